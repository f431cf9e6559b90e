package vn.mobifone.care.platform.time;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The one clock of a service, in Asia/Ho_Chi_Minh: every rule with a time in it (the 24 h lock,
 * the 07:00-22:00 window, SLA budgets) reads it through {@code @Inject Clock}. Tests move it with
 * {@link #advance(Duration)} or {@link #setTo(Instant)} instead of sleeping; production refuses
 * that unless {@code care.clock.movable} is set.
 */
@Singleton
public class CareClock extends Clock {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private final boolean movable;
    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);
    private final Clock system = Clock.system(ZONE);

    @ConfigMapping(prefix = "care.clock")
    public interface Config {
        /** Whether tests (or a demo) may move the clock. */
        @WithDefault("false")
        boolean movable();
    }

    public CareClock(Config config) {
        this.movable = config.movable();
    }

    @Override
    public ZoneId getZone() {
        return ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(system, offset.get()).withZone(zone);
    }

    @Override
    public Instant instant() {
        return system.instant().plus(offset.get());
    }

    public void advance(Duration duration) {
        requireMovable();
        offset.accumulateAndGet(duration, Duration::plus);
    }

    /** Moves the clock so that it reads {@code target} now and keeps ticking from there. */
    public void setTo(Instant target) {
        requireMovable();
        offset.set(Duration.between(system.instant(), target));
    }

    public void reset() {
        offset.set(Duration.ZERO);
    }

    private void requireMovable() {
        if (!movable) {
            throw new IllegalStateException("The clock is fixed to real time (care.clock.movable=false)");
        }
    }
}
