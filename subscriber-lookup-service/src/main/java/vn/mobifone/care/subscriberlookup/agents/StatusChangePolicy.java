package vn.mobifone.care.subscriberlookup.agents;

import java.time.LocalDate;
import java.util.Optional;
import vn.mobifone.care.platform.problem.BusinessRuleViolation;
import vn.mobifone.care.platform.problem.InvalidInput;
import vn.mobifone.care.platform.problem.ResourceConflict;

/**
 * What a status change may be. A departure is final (the seed's removal of the user), carries the
 * day the person left, which is neither before they started nor after today; only a departure
 * carries a date.
 */
public final class StatusChangePolicy {

    private StatusChangePolicy() {
    }

    /** @return the departure date to record, empty for a change to ACTIVE or SUSPENDED */
    public static Optional<LocalDate> check(AgentStatus from, AgentStatus to, LocalDate departureDate, LocalDate startDate, LocalDate today) {
        if (from == AgentStatus.DEPARTED) {
            throw new ResourceConflict("agent-departed", "A departed account is removed for good; a returning person gets a new account");
        }
        if (to != AgentStatus.DEPARTED) {
            if (departureDate != null) {
                throw new InvalidInput("departureDate", "only a departure has a departure date");
            }
            return Optional.empty();
        }
        if (departureDate == null) {
            throw new InvalidInput("departureDate", "a departure needs the day the person left");
        }
        if (departureDate.isAfter(today)) {
            throw new BusinessRuleViolation("departure-in-future", "A departure is recorded when it happened; " + departureDate + " is after today");
        }
        if (departureDate.isBefore(startDate)) {
            throw new InvalidInput("departureDate", "must not be before the start date " + startDate);
        }
        return Optional.of(departureDate);
    }
}
