package vn.mobifone.care.outboundcampaign.fulfilment;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Seed 002, B4 refused online: the customer updates the identity in the app or at a store before
 * the 30th of the month or the 15th of the next month, whichever is nearer to the call day plus 15
 * days (the 30th is the month's last day in February).
 */
public final class IdentityDeadline {

    private IdentityDeadline() {
    }

    public static LocalDate of(LocalDate callDay) {
        LocalDate target = callDay.plusDays(15);
        LocalDate endOfMonth = callDay.withDayOfMonth(Math.min(30, callDay.lengthOfMonth()));
        LocalDate midNext = callDay.plusMonths(1).withDayOfMonth(15);
        long toEnd = Math.abs(ChronoUnit.DAYS.between(target, endOfMonth));
        long toMid = Math.abs(ChronoUnit.DAYS.between(target, midNext));
        return toEnd <= toMid && !endOfMonth.isBefore(callDay) ? endOfMonth : midNext;
    }
}
