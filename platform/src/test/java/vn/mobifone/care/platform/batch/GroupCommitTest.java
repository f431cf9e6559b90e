package vn.mobifone.care.platform.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class GroupCommitTest {

    private final List<List<Integer>> attempts = new ArrayList<>();
    private final List<Integer> committed = new ArrayList<>();

    @Test
    void aBatchWithoutFaultIsWrittenOnce() {
        assertThat(GroupCommit.write(items(10), this::refusingNegatives)).isEmpty();
        assertThat(attempts).hasSize(1);
        assertThat(committed).isEqualTo(items(10));
    }

    @Test
    void onlyTheItemsAtFaultAreRefusedAndEveryOtherIsCommittedOnce() {
        List<Integer> batch = new ArrayList<>(items(30));
        batch.set(7, -7);
        batch.set(21, -21);
        List<GroupCommit.Refused<Integer>> refused = GroupCommit.write(batch, this::refusingNegatives);
        assertThat(refused).extracting(GroupCommit.Refused::item).containsExactly(-7, -21);
        assertThat(refused).allSatisfy(r -> assertThat(GroupCommit.causedByData(r.error())).isTrue());
        assertThat(committed).hasSize(28).doesNotHaveDuplicates().doesNotContain(-7, -21);
        // Bisection: a handful of attempts, far fewer than one per item
        assertThat(attempts.size()).isLessThan(30);
    }

    @Test
    void aFailureOfTheDatabaseItselfRefusesTheWholeBatchWithoutSplitting() {
        List<GroupCommit.Refused<Integer>> refused = GroupCommit.write(items(16), batch -> {
            attempts.add(batch);
            throw new IllegalStateException("not written", new SQLException("Connection refused", "08001"));
        });
        assertThat(refused).hasSize(16);
        assertThat(attempts).hasSize(1);
    }

    private void refusingNegatives(List<Integer> batch) {
        attempts.add(batch);
        if (batch.stream().anyMatch(i -> i < 0)) {
            throw new IllegalStateException("batch refused",
                    new SQLException("invalid byte sequence for encoding \"UTF8\": 0x00", "22021"));
        }
        committed.addAll(batch);
    }

    private static List<Integer> items(int count) {
        return IntStream.range(0, count).boxed().toList();
    }
}
