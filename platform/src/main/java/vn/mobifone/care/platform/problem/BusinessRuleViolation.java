package vn.mobifone.care.platform.problem;

/**
 * A request that is well formed but that a business rule refuses (answered 422). The reason is a
 * stable kebab-case code, e.g. {@code outside-call-window}.
 */
public class BusinessRuleViolation extends RuntimeException {

    private final String reason;

    public BusinessRuleViolation(String reason, String detail) {
        super(detail);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
