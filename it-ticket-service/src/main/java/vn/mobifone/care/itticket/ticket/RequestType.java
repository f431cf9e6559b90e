package vn.mobifone.care.itticket.ticket;

/** The rows of the seed-004 time-limit table, each with the level it is classified at by default. */
public enum RequestType {
    QUESTION(1),
    ACTIVATION(2),
    CONFIGURATION_CHANGE(2),
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
