package vn.mobifone.care.subscriberlookup.occupation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDateTime;
import static java.time.ZoneOffset.UTC;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.mobifone.care.platform.time.CareClock;
import vn.mobifone.care.subscriberlookup.subscriber.SubscriberCategory;

class OccupationRulesTest {

    private static final Clock NOON = at("12:00:00");

    @ParameterizedTest
    @CsvSource({ "06:59:59,false", "07:00:00,true", "12:00:00,true", "21:59:59,true", "22:00:00,false", "23:30:00,false", "00:00:00,false" })
    void theWindowIsSevenToTwentyTwoInVietnam(String time, boolean open) {
        assertThat(OccupationWindow.isOpen(at(time))).isEqualTo(open);
    }

    @Test
    void theWindowIsReadInVietnamWhateverTheClocksZone() {
        Clock utcNoonIsSevenPmInVietnam = Clock.fixed(LocalDateTime.parse("2026-03-12T12:00:00").toInstant(UTC), UTC);
        assertThat(OccupationWindow.isOpen(utcNoonIsSevenPmInVietnam)).isTrue();
        Clock utcFifteenIsTwentyTwo = Clock.fixed(LocalDateTime.parse("2026-03-12T15:00:00").toInstant(UTC), UTC);
        assertThat(OccupationWindow.isOpen(utcFifteenIsTwentyTwo)).isFalse();
    }

    @Test
    void eachRefusalHasItsReason() {
        assertThat(OccupationChangePolicy.refusal(true, SubscriberCategory.NORMAL, NOON)).contains(OccupationRefusal.LOST_PHONE_CALL);
        assertThat(OccupationChangePolicy.refusal(false, SubscriberCategory.OFFICIAL, NOON)).contains(OccupationRefusal.OFFICIAL_SUBSCRIBER);
        assertThat(OccupationChangePolicy.refusal(false, SubscriberCategory.BUSINESS, NOON)).contains(OccupationRefusal.BUSINESS_SUBSCRIBER);
        assertThat(OccupationChangePolicy.refusal(false, SubscriberCategory.TEST_SIM, NOON)).contains(OccupationRefusal.TEST_SIM);
        assertThat(OccupationChangePolicy.refusal(false, SubscriberCategory.NORMAL, at("22:00:00"))).contains(OccupationRefusal.OUTSIDE_CALL_WINDOW);
        assertThat(OccupationChangePolicy.refusal(false, SubscriberCategory.NORMAL, NOON)).isEmpty();
    }

    @Test
    void theCatalogueHasEighteenConsecutiveCodes() {
        assertThat(Occupation.values()).hasSize(18);
        for (int code = 1; code <= 18; code++) {
            assertThat(Occupation.byCode(code).code()).isEqualTo(code);
        }
        assertThat(Occupation.byCode(17)).isEqualTo(Occupation.PUPILS_AND_STUDENTS);
    }

    private static Clock at(String time) {
        return Clock.fixed(LocalDateTime.parse("2026-03-12T" + time).atZone(CareClock.ZONE).toInstant(), CareClock.ZONE);
    }
}
