package vn.mobifone.care.itticket.ticket;

/**
 * The kinds of request of seed 004, each with the level it is classified at by default: the rows
 * of its time-limit table, plus the level-2 requests its §1 lists without a row of their own.
 */
public enum RequestType {
    QUESTION(1),
    ACTIVATION(2),
    CONFIGURATION_CHANGE(2),
    /** "tra cứu thông tin cước sử dụng dịch vụ" */
    USAGE_LOOKUP(2),
    /** "hướng dẫn cài đặt dịch vụ" */
    INSTALLATION_HELP(2),
    /** "hướng dẫn sử dụng chuyên sâu" */
    IN_DEPTH_USAGE_HELP(2),
    /** "các yêu cầu liên quan tới hỗ trợ kỹ thuật khác" at level 2: what the product room can still solve. */
    OTHER_TECHNICAL_HELP(2),
    INCIDENT_FIX(3),
    INTEGRATION(3),
    OTHER(3);

    private final int defaultLevel;

    RequestType(int defaultLevel) {
        this.defaultLevel = defaultLevel;
    }

    public int defaultLevel() {
        return defaultLevel;
    }
}
