package vn.mobifone.care.consultation.promotion;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import vn.mobifone.care.platform.msisdn.Msisdn;

/**
 * Seed 001's rules for promotion advice, on the catalogue as it stands today:
 * <ul>
 * <li>eligible for several promotions of which only one can apply (one exclusivity group) → the highest-value one;
 *     eligible for several that all apply → all of them;</li>
 * <li>nothing related running, or it ended → other promotions and care programmes, except for a difficult customer,
 *     a caller without purpose, and on "3 golden days" top-up days when a service was asked (only that service);</li>
 * <li>reference-only entries are given with their warning and the day to call back;</li>
 * <li>prepaid subscribers are told that on-net call promotions do not count while roaming domestically on VinaPhone;</li>
 * <li>a premium customer on 18001090 is handled with priority.</li>
 * </ul>
 */
public final class PromotionAdvisor {

    private static final Comparator<PromotionView> HIGHEST_VALUE_FIRST =
            Comparator.comparingLong(PromotionView::valueVnd).reversed().thenComparing(PromotionView::code);

    private PromotionAdvisor() {
    }

    public static PromotionAdvice advise(Msisdn msisdn, AdviceSubject subject, AdviceQuestion question,
            List<PromotionView> catalogue, LocalDate today) {
        String service = question.service() == null || question.service().isBlank()
                ? null : question.service().strip().toUpperCase(Locale.ROOT);
        Predicate<PromotionView> related = service == null
                ? p -> p.kind() == PromotionKind.PROMOTION
                : p -> p.services().contains(service);
        boolean goldenDays = catalogue.stream().anyMatch(p -> p.goldenDaysTopUp() && !p.referenceOnly() && runs(p, today));
        List<PromotionView> eligible = catalogue.stream().filter(p -> eligible(p, subject)).toList();

        List<PromotionView> outranked = new ArrayList<>();
        List<AdvisedPromotion> presented = new ArrayList<>(present(
                eligible.stream().filter(related).filter(p -> !p.referenceOnly() && runs(p, today)).toList(), subject, today, outranked));
        eligible.stream().filter(related).filter(p -> p.referenceOnly() && !p.endsOn().isBefore(today))
                .map(p -> advised(p, subject, today)).forEach(presented::add);
        List<EndedPromotion> ended = catalogue.stream().filter(related).filter(p -> p.endsOn().isBefore(today))
                .map(p -> new EndedPromotion(p.code(), p.name(), p.endsOn())).toList();

        List<AdvisedPromotion> alternatives = List.of();
        String withheld = null;
        if (presented.isEmpty()) {
            withheld = question.difficultCustomer() ? PromotionAdvice.DIFFICULT_CUSTOMER
                    : question.noPurpose() ? PromotionAdvice.NO_PURPOSE
                    : goldenDays && service != null ? PromotionAdvice.GOLDEN_DAYS
                    : null;
            if (withheld == null) {
                // Other promotions first, then the care programmes, each group still giving only its best entry.
                List<PromotionView> others = eligible.stream().filter(related.negate()).filter(p -> !p.referenceOnly() && runs(p, today))
                        .sorted(Comparator.comparing((PromotionView p) -> p.kind() != PromotionKind.PROMOTION).thenComparing(HIGHEST_VALUE_FIRST))
                        .toList();
                alternatives = present(others, subject, today, new ArrayList<>());
            }
        }
        boolean premium = subject.premium() || question.callerPremium();
        return new PromotionAdvice(msisdn, today, service, premium, premium && AdviceQuestion.PREMIUM_LINE.equals(question.line()),
                goldenDays, presented, outranked.stream().map(PromotionView::code).toList(), ended, alternatives, withheld);
    }

    static boolean eligible(PromotionView p, AdviceSubject s) {
        return p.paymentTypes().contains(s.paymentType())
                && (p.arpuMinVnd() == null || s.arpuVnd() >= p.arpuMinVnd())
                && (p.arpuMaxVnd() == null || s.arpuVnd() <= p.arpuMaxVnd())
                && (p.packages().isEmpty() || s.currentPackage() != null && p.packages().contains(s.currentPackage().strip().toUpperCase(Locale.ROOT)));
    }

    private static boolean runs(PromotionView p, LocalDate today) {
        return !p.startsOn().isAfter(today) && !p.endsOn().isBefore(today);
    }

    /** Keeps the highest-value entry of each exclusivity group, in the order given; the others go to {@code outranked}. */
    private static List<AdvisedPromotion> present(List<PromotionView> entries, AdviceSubject subject, LocalDate today,
            List<PromotionView> outranked) {
        Map<String, PromotionView> bestOfGroup = new LinkedHashMap<>();
        entries.stream().filter(p -> p.exclusivityGroup() != null).sorted(HIGHEST_VALUE_FIRST)
                .forEach(p -> bestOfGroup.putIfAbsent(p.exclusivityGroup(), p));
        List<AdvisedPromotion> kept = new ArrayList<>();
        for (PromotionView p : entries) {
            if (p.exclusivityGroup() == null || bestOfGroup.get(p.exclusivityGroup()) == p) {
                kept.add(advised(p, subject, today));
            } else {
                outranked.add(p);
            }
        }
        return kept;
    }

    private static AdvisedPromotion advised(PromotionView p, AdviceSubject subject, LocalDate today) {
        List<Notice> notices = new ArrayList<>();
        LocalDate callBackOn = null;
        if (p.referenceOnly()) {
            // The seed's "ngày dự kiến chương trình sẽ triển khai": the expected start as the catalogue has it.
            callBackOn = p.startsOn();
            notices.add(Notice.referenceOnly(callBackOn));
        }
        if (p.onNetCalls() && subject.paymentType() == PaymentType.PREPAID) {
            notices.add(Notice.vinaPhoneDomesticRoaming());
        }
        return new AdvisedPromotion(p.code(), p.name(), p.kind(), p.startsOn(), p.endsOn(), p.benefits(), p.conditions(),
                p.valueVnd(), p.exclusivityGroup(), p.referenceOnly(), callBackOn, List.copyOf(notices));
    }
}
