package vn.mobifone.care.consultation.promotion;

import java.time.LocalDate;
import java.util.List;

/** An entry the agent presents: period, benefits and conditions (seed 001), with the notices it needs. */
public record AdvisedPromotion(String code, String name, PromotionKind kind, LocalDate startsOn, LocalDate endsOn,
        String benefits, String conditions, long valueVnd, String exclusivityGroup, boolean referenceOnly,
        LocalDate callBackOn, List<Notice> notices) {
}
