package vn.mobifone.care.outboundcampaign.simswap.area;

/** The administrative levels seed 003 splits customers by, from the widest. */
public enum AreaLevel {
    PROVINCE,
    DISTRICT,
    WARD;

    /** The level an area of this level sits in; none for a province. */
    public AreaLevel parent() {
        return switch (this) {
            case PROVINCE -> null;
            case DISTRICT -> PROVINCE;
            case WARD -> DISTRICT;
        };
    }
}
