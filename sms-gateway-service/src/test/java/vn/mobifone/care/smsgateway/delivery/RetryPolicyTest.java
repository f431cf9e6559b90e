package vn.mobifone.care.smsgateway.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private final RetryPolicy backoff = new RetryPolicy(Duration.ofSeconds(2), Duration.ofSeconds(30), 5);

    @Test
    void doublesFromTheMinimumUpToTheMaximum() {
        assertThat(backoff.after(1)).contains(Duration.ofSeconds(2));
        assertThat(backoff.after(2)).contains(Duration.ofSeconds(4));
        assertThat(backoff.after(4)).contains(Duration.ofSeconds(16));
        assertThat(new RetryPolicy(Duration.ofSeconds(2), Duration.ofSeconds(30), 100).after(20)).contains(Duration.ofSeconds(30));
    }

    @Test
    void stopsAfterTheLastAttempt() {
        assertThat(backoff.after(5)).isEmpty();
    }
}
