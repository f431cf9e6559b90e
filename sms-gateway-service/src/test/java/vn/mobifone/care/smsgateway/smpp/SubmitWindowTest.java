package vn.mobifone.care.smsgateway.smpp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

class SubmitWindowTest {

    @Test
    void timeoutsHalveTheWindowOncePerRoundAndTimelyAnswersGrowItBack() throws InterruptedException {
        SubmitWindow window = new SubmitWindow(2, 8);
        List<Long> round = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            round.add(window.acquire());
        }
        // Every submit of a full window times out: one halving, not eight.
        round.forEach(ticket -> window.timedOut(ticket));
        assertThat(window.limit()).isEqualTo(4);
        round.forEach(ticket -> window.release());

        long next = window.acquire();
        assertThat(window.timedOut(next)).isTrue();
        window.release();
        assertThat(window.limit()).isEqualTo(2);
        long again = window.acquire();
        window.timedOut(again);
        window.release();
        assertThat(window.limit()).as("never below the minimum").isEqualTo(2);

        for (int i = 0; i < 2; i++) {
            window.acquire();
            window.answered();
            window.release();
        }
        assertThat(window.limit()).isEqualTo(3);
        for (int i = 0; i < 100; i++) {
            window.acquire();
            window.answered();
            window.release();
        }
        assertThat(window.limit()).as("never above the configured window").isEqualTo(8);
    }

    @Test
    void noMoreSubmitsThanTheWindowAreInFlight() throws InterruptedException {
        SubmitWindow window = new SubmitWindow(1, 2);
        window.acquire();
        window.acquire();
        Thread third = new Thread(() -> {
            try {
                window.acquire();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        third.start();
        Awaitility.await("the third waits for a slot").atMost(Duration.ofSeconds(5)).until(() -> third.getState() == Thread.State.WAITING);
        assertThat(window.inFlight()).isEqualTo(2);
        window.release();
        Awaitility.await("the third took the slot freed").atMost(Duration.ofSeconds(5)).until(() -> !third.isAlive());
        assertThat(window.inFlight()).isEqualTo(2);
    }

    @Test
    void theRelativeValidityPeriodIsTheTimeLeft() {
        assertThat(SmppLink.relative(Duration.ofHours(24))).isEqualTo("000001000000000R");
        assertThat(SmppLink.relative(Duration.ofMinutes(90).plusSeconds(5))).isEqualTo("000000013005000R");
    }
}
