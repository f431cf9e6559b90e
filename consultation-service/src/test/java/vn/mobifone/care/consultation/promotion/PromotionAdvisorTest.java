package vn.mobifone.care.consultation.promotion;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.mobifone.care.consultation.promotion.Promotions.TODAY;
import static vn.mobifone.care.consultation.promotion.Promotions.about;
import static vn.mobifone.care.consultation.promotion.Promotions.catalogue;
import static vn.mobifone.care.consultation.promotion.Promotions.data;
import static vn.mobifone.care.consultation.promotion.Promotions.postpaid;
import static vn.mobifone.care.consultation.promotion.Promotions.prepaid;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.mobifone.care.platform.msisdn.Msisdn;

/** Seed 001's promotion rules, one by one, without a service start. */
class PromotionAdvisorTest {

    private static final Msisdn SUBSCRIBER = Msisdn.parse("0901234567");

    private static PromotionAdvice advise(AdviceSubject subject, AdviceQuestion question, List<PromotionView> catalogue) {
        return PromotionAdvisor.advise(SUBSCRIBER, subject, question, catalogue, TODAY);
    }

    private static List<String> codes(List<AdvisedPromotion> advised) {
        return advised.stream().map(AdvisedPromotion::code).toList();
    }

    @Test
    void eligibleForSeveralOfWhichOnlyOneAppliesGivesTheHighestValueOne() {
        PromotionAdvice advice = advise(prepaid(120_000, null), about("DATA"), catalogue(
                data("DATA-5GB").group("first-topup").value(50_000),
                data("DATA-10GB").group("first-topup").value(90_000),
                data("DATA-2GB").group("first-topup").value(20_000)));

        assertThat(codes(advice.promotions())).containsExactly("DATA-10GB");
        assertThat(advice.outranked()).containsExactlyInAnyOrder("DATA-5GB", "DATA-2GB");
    }

    @Test
    void eligibleForSeveralThatAllApplyGivesAll() {
        PromotionAdvice advice = advise(prepaid(120_000, null), about("DATA"), catalogue(
                data("DATA-5GB"), data("DATA-NIGHT").value(10_000), data("DATA-WEEKEND").group("weekend")));

        assertThat(codes(advice.promotions())).containsExactlyInAnyOrder("DATA-5GB", "DATA-NIGHT", "DATA-WEEKEND");
        assertThat(advice.outranked()).isEmpty();
        assertThat(advice.alternatives()).isEmpty();
    }

    @Test
    void eachPresentedEntryCarriesItsPeriodBenefitsAndConditions() {
        AdvisedPromotion advised = advise(postpaid(300_000, "C90N"), about("data"), catalogue(data("DATA-5GB"))).promotions().get(0);

        assertThat(advised.startsOn()).isEqualTo(TODAY.minusDays(10));
        assertThat(advised.endsOn()).isEqualTo(TODAY.plusDays(20));
        assertThat(advised.benefits()).isNotBlank();
        assertThat(advised.conditions()).isNotBlank();
        assertThat(advised.notices()).isEmpty();
    }

    @Test
    void paymentTypeArpuRangeAndPackageDecideEligibility() {
        List<PromotionView> catalogue = catalogue(
                data("POSTPAID-ONLY").paymentTypes(PaymentType.POSTPAID),
                data("HIGH-ARPU").arpu(150_000L, null),
                data("LOW-ARPU").arpu(null, 100_000L),
                data("ON-C90N").packages("c90n"));

        assertThat(codes(advise(prepaid(120_000, "C90N"), about("DATA"), catalogue).promotions()))
                .containsExactlyInAnyOrder("ON-C90N");
        assertThat(codes(advise(postpaid(150_000, null), about("DATA"), catalogue).promotions()))
                .containsExactlyInAnyOrder("POSTPAID-ONLY", "HIGH-ARPU");
        assertThat(codes(advise(prepaid(100_000, "MAX90"), about("DATA"), catalogue).promotions()))
                .containsExactlyInAnyOrder("LOW-ARPU");
    }

    @Test
    void nothingRunningForTheAskedServiceOffersOtherPromotionsAndCarePrograms() {
        PromotionAdvice advice = advise(prepaid(120_000, null), about("VOICE"), catalogue(
                data("DATA-5GB"),
                data("VOICE-ENDED").services("VOICE").period(TODAY.minusDays(40), TODAY.minusDays(1)),
                data("VOICE-LATER").services("VOICE").period(TODAY.plusDays(3), TODAY.plusDays(30)),
                data("KNDL-GIFTS").kind(PromotionKind.CARE_PROGRAMME).services()));

        assertThat(advice.promotions()).isEmpty();
        assertThat(advice.ended()).extracting(EndedPromotion::code).containsExactly("VOICE-ENDED");
        assertThat(advice.ended().get(0).endedOn()).isEqualTo(TODAY.minusDays(1));
        assertThat(codes(advice.alternatives())).containsExactly("DATA-5GB", "KNDL-GIFTS");
        assertThat(advice.alternativesWithheld()).isNull();
    }

    @Test
    void noPromotionRunningAtAllOffersTheCareProgrammes() {
        PromotionAdvice advice = advise(prepaid(120_000, null), about(null), catalogue(
                data("DATA-ENDED").period(TODAY.minusDays(40), TODAY.minusDays(5)),
                data("KNDL-GIFTS").kind(PromotionKind.CARE_PROGRAMME).services()));

        assertThat(advice.promotions()).isEmpty();
        assertThat(codes(advice.alternatives())).containsExactly("KNDL-GIFTS");
        assertThat(advice.ended()).extracting(EndedPromotion::code).containsExactly("DATA-ENDED");
    }

    @Test
    void alternativesAlsoGiveOnlyTheBestOfAGroup() {
        PromotionAdvice advice = advise(prepaid(120_000, null), about("VOICE"), catalogue(
                data("DATA-5GB").group("topup"), data("DATA-10GB").group("topup").value(90_000)));

        assertThat(codes(advice.alternatives())).containsExactly("DATA-10GB");
    }

    @Test
    void aReferenceOnlyEntryCarriesTheWarningAndTheDayToCallBack() {
        PromotionAdvice advice = advise(prepaid(120_000, null), about("DATA"), catalogue(
                data("DATA-TET").referenceOnly().period(TODAY.plusDays(40), TODAY.plusDays(60)).group("topup").value(500_000),
                data("DATA-5GB").group("topup")));

        assertThat(codes(advice.promotions())).containsExactly("DATA-5GB", "DATA-TET");
        AdvisedPromotion tet = advice.promotions().get(1);
        assertThat(tet.referenceOnly()).isTrue();
        assertThat(tet.callBackOn()).isEqualTo(TODAY.plusDays(40));
        assertThat(tet.notices()).singleElement().satisfies(n -> {
            assertThat(n.code()).isEqualTo("reference-only");
            assertThat(n.vi()).contains("chưa có công văn chính thức").contains("gọi lại vào ngày 11/01/2027");
        });
        assertThat(advice.outranked()).as("a reference-only entry cannot be received yet, so it outranks nothing").isEmpty();
    }

    @Test
    void prepaidOnNetCallPromotionsCarryTheVinaPhoneDomesticRoamingExclusion() {
        List<PromotionView> catalogue = catalogue(data("ONNET-FREE").services("VOICE").onNetCalls(), data("VOICE-INTL").services("VOICE"));

        PromotionAdvice prepaidAdvice = advise(prepaid(120_000, null), about("VOICE"), catalogue);
        assertThat(prepaidAdvice.promotions()).filteredOn(p -> p.code().equals("ONNET-FREE")).singleElement()
                .satisfies(p -> assertThat(p.notices()).extracting(Notice::code).containsExactly("vinaphone-domestic-roaming"));
        assertThat(prepaidAdvice.promotions()).filteredOn(p -> p.code().equals("VOICE-INTL")).singleElement()
                .satisfies(p -> assertThat(p.notices()).isEmpty());

        assertThat(advise(postpaid(120_000, null), about("VOICE"), catalogue).promotions())
                .allSatisfy(p -> assertThat(p.notices()).isEmpty());
    }

    @Test
    void onGoldenDaysOnlyTheAskedServiceAndItsPromotionAreGiven() {
        Promotions.Entry goldenDays = data("TOPUP-3NV").services("TOPUP").goldenDaysTopUp().period(TODAY, TODAY.plusDays(2));

        PromotionAdvice asksVoice = advise(prepaid(120_000, null), about("VOICE"), catalogue(goldenDays, data("DATA-5GB")));
        assertThat(asksVoice.goldenDays()).isTrue();
        assertThat(asksVoice.promotions()).isEmpty();
        assertThat(asksVoice.alternatives()).isEmpty();
        assertThat(asksVoice.alternativesWithheld()).isEqualTo("golden-days");

        PromotionAdvice asksData = advise(prepaid(120_000, null), about("DATA"), catalogue(goldenDays, data("DATA-5GB")));
        assertThat(codes(asksData.promotions())).containsExactly("DATA-5GB");

        PromotionAdvice dayAfter = PromotionAdvisor.advise(SUBSCRIBER, prepaid(120_000, null), about("VOICE"),
                catalogue(goldenDays, data("DATA-5GB")), TODAY.plusDays(3));
        assertThat(dayAfter.goldenDays()).isFalse();
        assertThat(codes(dayAfter.alternatives())).containsExactly("DATA-5GB");
    }

    @Test
    void aDifficultCustomerOrOneWithoutPurposeGetsNoExtraPromotions() {
        List<PromotionView> catalogue = catalogue(data("DATA-5GB"), data("KNDL-GIFTS").kind(PromotionKind.CARE_PROGRAMME).services());

        PromotionAdvice difficult = advise(prepaid(120_000, null), new AdviceQuestion("VOICE", "1090", true, false, false), catalogue);
        assertThat(difficult.alternatives()).isEmpty();
        assertThat(difficult.alternativesWithheld()).isEqualTo("difficult-customer");

        PromotionAdvice noPurpose = advise(prepaid(120_000, null), new AdviceQuestion("VOICE", "1090", false, true, false), catalogue);
        assertThat(noPurpose.alternatives()).isEmpty();
        assertThat(noPurpose.alternativesWithheld()).isEqualTo("no-purpose");

        PromotionAdvice askedData = advise(prepaid(120_000, null), new AdviceQuestion("DATA", "1090", true, false, false), catalogue);
        assertThat(codes(askedData.promotions())).as("what was asked is still answered").containsExactly("DATA-5GB");
    }

    @Test
    void premiumCustomersAreHandledWithPriorityOn18001090() {
        List<PromotionView> catalogue = catalogue(data("DATA-5GB"));
        AdviceSubject premium = new AdviceSubject(PaymentType.POSTPAID, 900_000, null, true);

        PromotionAdvice onPremiumLine = advise(premium, new AdviceQuestion("DATA", "18001090", false, false, false), catalogue);
        assertThat(onPremiumLine.premium()).isTrue();
        assertThat(onPremiumLine.priorityHandling()).isTrue();

        assertThat(advise(premium, new AdviceQuestion("DATA", "1090", false, false, false), catalogue).priorityHandling()).isFalse();
        assertThat(advise(postpaid(900_000, null), new AdviceQuestion("DATA", "18001090", false, false, false), catalogue).priorityHandling())
                .isFalse();
        assertThat(advise(postpaid(90_000, null), new AdviceQuestion("DATA", "18001090", false, false, true), catalogue).priorityHandling())
                .as("a premium customer asking about another number").isTrue();
    }
}
