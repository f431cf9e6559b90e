package vn.mobifone.care.subscriberlookup.occupation;

/** Why an occupation update is refused (422); {@link #reason()} is the problem's reason code. */
public enum OccupationRefusal {

    LOST_PHONE_CALL("lost-phone-call", "Occupation is not collected on a lost-phone call"),
    OFFICIAL_SUBSCRIBER("official-subscriber", "Official (công vụ) subscribers have no occupation update"),
    BUSINESS_SUBSCRIBER("business-subscriber", "Business (nghiệp vụ) subscribers have no occupation update"),
    TEST_SIM("test-sim", "Test SIMs have no occupation update"),
    CALL_REQUIRED("call-required", "Occupation is collected on a call: callId and callStartedAt are required"),
    CALL_START_IMPLAUSIBLE("call-start-implausible", "callStartedAt is in the future or too long ago to be the call being served"),
    OUTSIDE_CALL_WINDOW("outside-call-window", "Occupation is collected only on calls that started between 07:00 and 22:00 (Asia/Ho_Chi_Minh)");

    private final String reason;
    private final String detail;

    OccupationRefusal(String reason, String detail) {
        this.reason = reason;
        this.detail = detail;
    }

    public String reason() {
        return reason;
    }

    public String detail() {
        return detail;
    }
}
