package vn.mobifone.care.outboundcampaign.simswap.report;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The level of the address the report counts by. */
@Schema(name = "SimSwapReportGrouping")
public enum AreaGrouping {
    PROVINCE("province_code"),
    DISTRICT("district_code"),
    WARD("ward_code");

    final String column;

    AreaGrouping(String column) {
        this.column = column;
    }
}
