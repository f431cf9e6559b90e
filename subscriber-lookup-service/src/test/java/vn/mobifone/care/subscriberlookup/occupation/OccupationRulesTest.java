package vn.mobifone.care.subscriberlookup.occupation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import static java.time.ZoneOffset.UTC;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.mobifone.care.platform.time.CareClock;
import vn.mobifone.care.subscriberlookup.subscriber.SubscriberCategory;

class OccupationRulesTest {

    private static final Instant NOON = at("12:00:00");
    private static final Duration LONGEST_CALL = Duration.ofHours(2);

    @ParameterizedTest
    @CsvSource({ "06:59:59,false", "07:00:00,true", "12:00:00,true", "21:59:59,true", "22:00:00,false", "23:30:00,false", "00:00:00,false" })
    void theWindowIsSevenToTwentyTwoInVietnam(String time, boolean open) {
        assertThat(OccupationWindow.isOpen(at(time))).isEqualTo(open);
    }

    @Test
    void theWindowIsReadInVietnamWhateverTheInstantsZone() {
        assertThat(OccupationWindow.isOpen(LocalDateTime.parse("2026-03-12T12:00:00").toInstant(UTC))).isTrue();
        assertThat(OccupationWindow.isOpen(LocalDateTime.parse("2026-03-12T15:00:00").toInstant(UTC))).isFalse();
    }

    @Test
    void aCallThatStartedAt2159IsInsideThoughSavedAt2201() {
        OccupationCall call = new OccupationCall("call-1", at("21:59:00"));
        assertThat(refusal(call, at("22:01:00"))).isNull();
        assertThat(refusal(new OccupationCall("call-2", at("22:00:30")), at("22:01:00"))).isEqualTo(OccupationRefusal.OUTSIDE_CALL_WINDOW);
        assertThat(refusal(new OccupationCall("call-3", at("06:58:00")), at("07:05:00"))).isEqualTo(OccupationRefusal.OUTSIDE_CALL_WINDOW);
    }

    @Test
    void eachRefusalHasItsReason() {
        OccupationCall call = new OccupationCall("call-1", NOON);
        assertThat(OccupationChangePolicy.refusal(true, SubscriberCategory.NORMAL, call, NOON, LONGEST_CALL)).contains(OccupationRefusal.LOST_PHONE_CALL);
        assertThat(OccupationChangePolicy.refusal(false, SubscriberCategory.OFFICIAL, call, NOON, LONGEST_CALL)).contains(OccupationRefusal.OFFICIAL_SUBSCRIBER);
        assertThat(OccupationChangePolicy.refusal(false, SubscriberCategory.BUSINESS, call, NOON, LONGEST_CALL)).contains(OccupationRefusal.BUSINESS_SUBSCRIBER);
        assertThat(OccupationChangePolicy.refusal(false, SubscriberCategory.TEST_SIM, call, NOON, LONGEST_CALL)).contains(OccupationRefusal.TEST_SIM);
        assertThat(refusal(new OccupationCall("call-1", at("22:00:00")), at("22:00:00"))).isEqualTo(OccupationRefusal.OUTSIDE_CALL_WINDOW);
        assertThat(refusal(call, NOON)).isNull();
    }

    @Test
    void aChangeWithoutItsCallIsRefused() {
        assertThat(refusal(null, NOON)).isEqualTo(OccupationRefusal.CALL_REQUIRED);
        assertThat(refusal(new OccupationCall(null, NOON), NOON)).isEqualTo(OccupationRefusal.CALL_REQUIRED);
        assertThat(refusal(new OccupationCall("call-1", null), NOON)).isEqualTo(OccupationRefusal.CALL_REQUIRED);
    }

    @Test
    void aStartInTheFutureOrHoursAgoIsNotTheCallBeingServed() {
        assertThat(refusal(new OccupationCall("call-1", at("12:00:50")), NOON)).isNull();
        assertThat(refusal(new OccupationCall("call-1", at("12:05:00")), NOON)).isEqualTo(OccupationRefusal.CALL_START_IMPLAUSIBLE);
        assertThat(refusal(new OccupationCall("call-1", at("10:00:00")), NOON)).isNull();
        assertThat(refusal(new OccupationCall("call-1", at("09:59:00")), NOON)).isEqualTo(OccupationRefusal.CALL_START_IMPLAUSIBLE);
    }

    @Test
    void theCatalogueHasEighteenConsecutiveCodes() {
        assertThat(Occupation.values()).hasSize(18);
        for (int code = 1; code <= 18; code++) {
            assertThat(Occupation.byCode(code).code()).isEqualTo(code);
        }
        assertThat(Occupation.byCode(17)).isEqualTo(Occupation.PUPILS_AND_STUDENTS);
    }

    private static OccupationRefusal refusal(OccupationCall call, Instant now) {
        return OccupationChangePolicy.refusal(false, SubscriberCategory.NORMAL, call, now, LONGEST_CALL).orElse(null);
    }

    private static Instant at(String time) {
        return LocalDateTime.parse("2026-03-12T" + time).atZone(CareClock.ZONE).toInstant();
    }
}
