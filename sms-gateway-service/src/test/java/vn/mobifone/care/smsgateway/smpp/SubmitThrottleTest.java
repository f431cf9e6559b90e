package vn.mobifone.care.smsgateway.smpp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class SubmitThrottleTest {

    private final AtomicLong now = new AtomicLong(TimeUnit.SECONDS.toNanos(100));

    @Test
    void holdsTheRateOverASecondAfterTheBurstCredit() {
        SubmitThrottle throttle = new SubmitThrottle(100, now::get);
        int immediate = 0;
        for (int i = 0; i < 300; i++) {
            if (throttle.reserve() == 0) {
                immediate++;
            }
        }
        // At most one second of credit goes out at once; the rest is spaced 10 ms apart.
        assertThat(immediate).isLessThanOrEqualTo(100);
        assertThat(throttle.reserve()).isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(1_990));
    }

    @Test
    void spacesSubmitsEvenlyWhenBusy() {
        SubmitThrottle throttle = new SubmitThrottle(10, now::get);
        for (int i = 0; i < 10; i++) {
            throttle.reserve();
        }
        long first = throttle.reserve();
        long second = throttle.reserve();
        assertThat(second - first).isEqualTo(TimeUnit.MILLISECONDS.toNanos(100));
    }

    @Test
    void zeroMeansNoLimit() {
        SubmitThrottle throttle = new SubmitThrottle(0, now::get);
        for (int i = 0; i < 10_000; i++) {
            assertThat(throttle.reserve()).isZero();
        }
    }
}
