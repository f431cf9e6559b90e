package vn.mobifone.care.consultation.promotion;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** A catalogue entry as supervisors manage it. */
public record PromotionView(UUID id, String code, String name, PromotionKind kind, LocalDate startsOn, LocalDate endsOn,
        String benefits, String conditions, long valueVnd, String exclusivityGroup, List<PaymentType> paymentTypes,
        Long arpuMinVnd, Long arpuMaxVnd, List<String> packages, List<String> services, boolean onNetCalls,
        boolean referenceOnly, boolean goldenDaysTopUp, Instant updatedAt, String updatedBy) {

    static PromotionView of(Promotion p) {
        return new PromotionView(p.id, p.code, p.name, p.kind, p.startsOn, p.endsOn, p.benefits, p.conditions, p.valueVnd,
                p.exclusivityGroup, Arrays.stream(p.paymentTypes).map(PaymentType::valueOf).sorted().toList(),
                p.arpuMinVnd, p.arpuMaxVnd, List.of(p.packages), List.of(p.services), p.onNetCalls, p.referenceOnly,
                p.goldenDaysTopUp, p.updatedAt, p.updatedBy);
    }
}
