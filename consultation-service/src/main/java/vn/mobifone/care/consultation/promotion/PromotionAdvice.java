package vn.mobifone.care.consultation.promotion;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.mobifone.care.platform.msisdn.Msisdn;

/** What the agent's screen shows when the customer asks about promotions or a service. */
public record PromotionAdvice(
        Msisdn msisdn,
        LocalDate on,
        @Schema(description = "The service asked about; absent: promotions in general") String service,
        @Schema(description = "Premium customer (KHCC): the subscriber, or the caller asking about it") boolean premium,
        @Schema(description = "Premium customer on 18001090: consultation and complaints with priority") boolean priorityHandling,
        @Schema(description = "A \"3 golden days\" top-up promotion runs today") boolean goldenDays,
        @Schema(description = "What to present: the related entries, one per exclusivity group (the highest value)") List<AdvisedPromotion> promotions,
        @Schema(description = "Eligible entries not presented because a higher-value one of their group applies") List<String> outranked,
        @Schema(description = "Related entries that have ended lately") List<EndedPromotion> ended,
        @Schema(description = "Nothing related runs: other promotions and care programmes to offer") List<AdvisedPromotion> alternatives,
        @Schema(description = "Why no alternatives are offered although nothing related runs",
                enumeration = {"difficult-customer", "no-purpose", "golden-days"}) String alternativesWithheld) {

    public static final String DIFFICULT_CUSTOMER = "difficult-customer";
    public static final String NO_PURPOSE = "no-purpose";
    public static final String GOLDEN_DAYS = "golden-days";
}
