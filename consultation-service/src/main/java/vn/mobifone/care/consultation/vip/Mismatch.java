package vn.mobifone.care.consultation.vip;

/**
 * One thing the leader's request does not match in the data, to be said on the call-back.
 * {@code onRecord} is left empty for the owner name: the call-back says the name differs, it does
 * not read out whose name the number carries.
 */
public record Mismatch(String field, String stated, String onRecord, String message) {
}
