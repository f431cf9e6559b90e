package vn.mobifone.care.outboundcampaign.simswap.report;

/** The report as the regional companies' spreadsheets read it: one line per area, header first. */
final class ReportCsv {

    static final String HEADER = "areaCode,areaName,provinceCode,total,open,servedAtHome,servedAtStore,unreachable,refused,localAuthority";

    private ReportCsv() {
    }

    static String write(SimSwapReport report) {
        StringBuilder out = new StringBuilder(HEADER).append("\r\n");
        for (SimSwapReport.Row row : report.rows()) {
            field(out, row.areaCode()).append(',');
            field(out, row.areaName()).append(',');
            field(out, row.provinceCode()).append(',');
            counts(out, row.counts()).append("\r\n");
        }
        return out.toString();
    }

    private static StringBuilder counts(StringBuilder out, SimSwapReport.Counts c) {
        return out.append(c.total()).append(',').append(c.open()).append(',').append(c.servedAtHome()).append(',')
                .append(c.servedAtStore()).append(',').append(c.unreachable()).append(',').append(c.refused()).append(',')
                .append(c.localAuthority());
    }

    /** RFC 4180: a field with a comma, quote or line break is quoted, quotes doubled. */
    private static StringBuilder field(StringBuilder out, String value) {
        if (value == null) {
            return out;
        }
        if (value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
            return out.append('"').append(value.replace("\"", "\"\"")).append('"');
        }
        return out.append(value);
    }
}
