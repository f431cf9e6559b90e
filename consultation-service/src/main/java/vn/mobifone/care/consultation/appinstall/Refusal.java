package vn.mobifone.care.consultation.appinstall;

/**
 * Why this customer is not consulted about the app, with a stable {@code reason}; for a wrong
 * line, the line to transfer the call to.
 */
public record Refusal(String reason, String detail, String transferTo) {

    static Refusal of(String reason, String detail) {
        return new Refusal(reason, detail, null);
    }
}
