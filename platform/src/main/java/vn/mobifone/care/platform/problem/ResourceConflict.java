package vn.mobifone.care.platform.problem;

/** The request clashes with the current state of a resource (answered 409). */
public class ResourceConflict extends RuntimeException {

    private final String reason;

    public ResourceConflict(String reason, String detail) {
        super(detail);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
