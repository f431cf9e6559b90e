package vn.mobifone.care.consultation.appinstall;

import java.time.Instant;

/**
 * One line of a consultation's history: {@code RECORDED}, the link SMS {@code SMS_SENT} /
 * {@code SMS_DELIVERED} / {@code SMS_FAILED}, and {@code CONVERTED} when the app is installed.
 */
public record HistoryLine(Instant at, String entry, String detail) {
}
