package vn.mobifone.care.consultation.vip;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.mobifone.care.consultation.promotion.PaymentType;
import vn.mobifone.care.platform.msisdn.Msisdn;

/** A request with its steps, as agents and the supervisors' queue see it. */
public record VipRequestView(
        UUID id,
        String leaderName,
        Msisdn callingNumber,
        VipRequestType requestType,
        Msisdn targetNumber,
        Msisdn callbackNumber,
        String statedOwnerName,
        PaymentType statedPaymentType,
        String note,
        String callId,
        VipState state,
        @Schema(description = "Whether the after-call check found the calling number to be a business number") Boolean callingIsBusiness,
        @Schema(enumeration = {"matches", "not-a-business-number", "lost-phone-cut-from-another-number", "data-mismatch"}) String outcomeReason,
        List<Mismatch> mismatches,
        @Schema(description = "What must be done next; absent once closed") VipTask task,
        String result,
        Instant receivedAt,
        String receivedBy,
        Instant checkedAt,
        Instant executedAt,
        Instant closedAt,
        @Schema(description = "Open and waiting longer than the configured time since the call") boolean overdue,
        @Schema(description = "How long the leader has waited: until closed, or until now") long waitingSeconds,
        List<VipStepView> steps) {

    /** The agent's words at the end of the call (seed 001 step 1). */
    public static final String PROMISE = "Em sẽ liên hệ lại và báo kết quả cho anh/chị ngay khi xử lý xong";
}
