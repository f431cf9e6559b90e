package vn.mobifone.care.subscriberlookup.occupation;

import java.time.Instant;
import java.time.LocalTime;
import vn.mobifone.care.platform.time.CareClock;

/**
 * Occupation is collected only on calls from 07:00 up to (not including) 22:00, Vietnam time. The
 * seed speaks of calls ("cuộc gọi từ 7h đến 22h"), so it is the call's start that counts, not the
 * moment the agent saves: a call taken at 21:59 and saved at 22:01 is inside.
 */
public final class OccupationWindow {

    static final LocalTime OPENS = LocalTime.of(7, 0);
    static final LocalTime CLOSES = LocalTime.of(22, 0);

    private OccupationWindow() {
    }

    public static boolean isOpen(Instant callStartedAt) {
        LocalTime started = callStartedAt.atZone(CareClock.ZONE).toLocalTime();
        return !started.isBefore(OPENS) && started.isBefore(CLOSES);
    }
}
