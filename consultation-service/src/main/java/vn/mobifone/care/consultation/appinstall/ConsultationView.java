package vn.mobifone.care.consultation.appinstall;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import vn.mobifone.care.platform.msisdn.Msisdn;

/**
 * A recorded consultation. {@code smsStatus}: REQUESTED, SENT, DELIVERED or FAILED;
 * {@code installedAt} is set when the app was installed within 7 days (converted).
 */
public record ConsultationView(UUID id, Msisdn msisdn, Channel channel, String agentId, String callId, String line,
        Instant recordedAt, Instant reopensAt, String smsStatus, boolean converted, Instant installedAt, List<HistoryLine> history) {
}
