package vn.mobifone.care.itticket.report;

/** The dimensions the SLA report can be cut by, with the column each reads. */
public enum ReportGrouping {
    LEVEL("t.level::text"),
    TIER("t.tier"),
    TYPE("t.request_type"),
    SERVICE("t.it_service");

    private final String column;

    ReportGrouping(String column) {
        this.column = column;
    }

    String column() {
        return column;
    }
}
