package vn.mobifone.care.platform.problem;

/**
 * 403 for a caller whose role allows the operation but not on this resource (a supervisor asking
 * for another partner's agents), with a stable {@code reason}.
 */
public class AccessDenied extends RuntimeException {

    private final String reason;

    public AccessDenied(String reason, String detail) {
        super(detail);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
