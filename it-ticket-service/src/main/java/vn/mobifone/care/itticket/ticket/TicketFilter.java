package vn.mobifone.care.itticket.ticket;

/** The list filters ops and the tiers use; every field is optional. */
public record TicketFilter(Tier tier, Integer level, RequestType type, TicketState state, String customer, SlaFilter sla) {

    public enum SlaFilter {
        BREACHED,
        AT_RISK,
        PAUSED
    }
}
