package vn.mobifone.care.subscriberlookup.removal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.mobifone.care.subscriberlookup.audit.AccessReports.ReportLine;

/**
 * Seed 000: "Các vấn đề liên quan đến user của ĐTV nghỉ việc xảy ra trong thời gian từ lúc ĐTV
 * nghỉ việc đến lúc báo cho Mobifone xóa user thì các đơn vị đối tác sẽ hoàn toàn chịu trách
 * nhiệm": from the start of the day the agent left ({@code opensAt}, Asia/Ho_Chi_Minh) until the
 * departure was recorded and the account refused everywhere ({@code removedAt}), whatever the
 * account did is the partner's liability. {@code accesses} are the reads answered in that window;
 * {@code refusedAttempts} what the account tried afterwards.
 */
public record LiabilityWindow(String agentId, String name, String partnerId, LocalDate departedOn, Instant opensAt, Instant removedAt,
        Duration length, List<ReportLine> accesses, List<ReportLine> refusedAttempts) {

    static Instant opensAt(LocalDate departedOn) {
        return departedOn.atStartOfDay(RemovalDeadline.ZONE).toInstant();
    }

    /** A departure recorded the same day it happened, before the day began, has no window to speak of. */
    static Duration length(Instant opensAt, Instant removedAt) {
        return removedAt.isAfter(opensAt) ? Duration.between(opensAt, removedAt) : Duration.ZERO;
    }
}
