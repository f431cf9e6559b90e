package vn.mobifone.care.subscriberlookup.occupation;

import java.time.Clock;
import java.time.LocalTime;
import vn.mobifone.care.platform.time.CareClock;

/** Occupation is collected only on calls from 07:00 up to (not including) 22:00, Vietnam time. */
public final class OccupationWindow {

    static final LocalTime OPENS = LocalTime.of(7, 0);
    static final LocalTime CLOSES = LocalTime.of(22, 0);

    private OccupationWindow() {
    }

    public static boolean isOpen(Clock clock) {
        LocalTime now = clock.instant().atZone(CareClock.ZONE).toLocalTime();
        return !now.isBefore(OPENS) && now.isBefore(CLOSES);
    }
}
