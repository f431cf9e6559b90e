package vn.mobifone.care.outboundcampaign.simswap.report;

/** The level of the address the report counts by. */
public enum AreaGrouping {
    PROVINCE("province_code"),
    DISTRICT("district_code"),
    WARD("ward_code");

    final String column;

    AreaGrouping(String column) {
        this.column = column;
    }
}
