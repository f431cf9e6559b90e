package vn.mobifone.care.subscriberlookup.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import vn.mobifone.care.platform.msisdn.Msisdn;
import vn.mobifone.care.subscriberlookup.decree49.Decree49Check;
import vn.mobifone.care.subscriberlookup.decree49.GoldenNumber;
import vn.mobifone.care.subscriberlookup.decree49.IdentityDocuments;
import vn.mobifone.care.subscriberlookup.subscriber.DeviceType;
import vn.mobifone.care.subscriberlookup.subscriber.SubscriberCategory;
import vn.mobifone.care.subscriberlookup.vip.InternalVip;

class SyntheticBaseTest {

    private static final int SIZE = 20_000;
    private final List<SubscriberRecord> base = new SyntheticBase(7, LocalDate.of(2026, 3, 12)).records(SIZE).toList();

    @Test
    void theSameSeedGivesTheSameBase() {
        assertThat(new SyntheticBase(7, LocalDate.of(2026, 3, 12)).records(100).toList()).isEqualTo(base.subList(0, 100));
        assertThat(new SyntheticBase(8, LocalDate.of(2026, 3, 12)).subscriber(5)).isNotEqualTo(base.get(5));
    }

    @Test
    void numbersAreUniqueValidAndMostlyMobiFone() {
        Set<String> numbers = new HashSet<>();
        base.forEach(s -> numbers.add(new Msisdn(s.msisdn()).value()));
        assertThat(numbers).hasSize(SIZE);
        assertThat(share(s -> new Msisdn(s.msisdn()).isMobiFone())).isBetween(0.98, 1.0);
    }

    @Test
    void distributionsHaveTheShapeOfTheRealBase() {
        assertThat(share(s -> s.deviceType() == DeviceType.SMARTPHONE)).isBetween(0.67, 0.73);
        assertThat(share(s -> s.arpuVnd() >= 50_000 && s.arpuVnd() <= 2_000_000)).isGreaterThan(0.85);
        assertThat(share(s -> GoldenNumber.test(s.commitmentType(), s.company()))).isBetween(0.02, 0.06);
        assertThat(share(s -> !Decree49Check.of(new IdentityDocuments(s.hasPortrait(), s.hasIdFront(), s.hasIdBack(), s.idNameMatchesOwner())).complete()))
                .isBetween(0.02, 0.06);
        assertThat(share(s -> InternalVip.test(s.ownerName()))).isGreaterThan(0.0);
        for (SubscriberCategory category : SubscriberCategory.values()) {
            assertThat(share(s -> s.category() == category)).as(category.name()).isGreaterThan(0.0);
        }
    }

    @Test
    void everyRecordIsAValidExportLine() {
        base.stream().limit(2_000).forEach(s -> assertThat(SubscriberCsv.parse(SubscriberCsv.format(s))).isEqualTo(s));
    }

    private double share(Predicate<SubscriberRecord> test) {
        return base.stream().filter(test).count() / (double) SIZE;
    }
}
