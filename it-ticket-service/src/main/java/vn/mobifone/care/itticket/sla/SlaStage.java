package vn.mobifone.care.itticket.sla;

import vn.mobifone.care.itticket.ticket.Tier;

/** The clocks of one ticket: an OLA per organisation (seed 004 columns) and the SLA overall. */
public enum SlaStage {
    REGIONAL_COMPANY("regional-company"),
    IT_CENTRE("it-centre"),
    TOTAL("total");

    private final String code;

    SlaStage(String code) {
        this.code = code;
    }

    /** The name used on events and in the API. */
    public String code() {
        return code;
    }

    /** Whose budget a tier spends: the front line and the product room both belong to the regional company. */
    public static SlaStage of(Tier tier) {
        return switch (tier) {
            case FRONT_LINE, PRODUCT_ROOM -> REGIONAL_COMPANY;
            case IT_CENTRE, SPECIALISED_UNITS -> IT_CENTRE;
        };
    }
}
