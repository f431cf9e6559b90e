package vn.mobifone.care.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The demo numbers are well-formed export rows: the lookup's import refuses the whole file otherwise, and ./suite up with it. */
class DemoSubscribersTest {

    @Test
    void everyRowHasTheExportsColumnsAndItsOwnMobiFoneNumber() {
        List<String> lines = DemoSubscribers.csv().lines().toList();
        int columns = DemoSubscribers.HEADER.split(",", -1).length;

        assertThat(lines.get(0)).isEqualTo(DemoSubscribers.HEADER);
        assertThat(lines.subList(1, lines.size())).hasSize(5).allSatisfy(row -> assertThat(row.split(",", -1)).hasSize(columns));
        Set<String> numbers = new HashSet<>();
        DemoSubscribers.ALL.forEach(demo -> {
            assertThat(demo.msisdn()).matches("8490\\d{7}");
            assertThat(demo.national()).isEqualTo("0" + demo.msisdn().substring(2));
            assertThat(numbers.add(demo.msisdn())).isTrue();
        });
    }

    @Test
    void oneOfEachKindANewcomerTries() {
        assertThat(DemoSubscribers.ALL).anyMatch(d -> d.complete() && d.smartphone() && !d.golden() && !d.internalVip())
                .anyMatch(d -> !d.complete() && !d.golden())
                .anyMatch(DemoSubscribers.Demo::golden)
                .anyMatch(d -> !d.smartphone())
                .anyMatch(DemoSubscribers.Demo::internalVip);
    }
}
