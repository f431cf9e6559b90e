package vn.mobifone.care.itticket.sla;

import java.time.Duration;
import java.util.Optional;
import vn.mobifone.care.itticket.ticket.RequestType;

/** One version of the budgets for a request type; a zero IT-centre budget means the stage does not apply. */
public record SlaPolicy(
        long id,
        RequestType requestType,
        int version,
        Duration regionalBudget,
        Duration itCentreBudget,
        Duration totalBudget,
        int warningPercent,
        long calendarId) {

    /**
     * The budgets of a reopened ticket, which goes to the IT centre (seed 004 step 1.5): a type the
     * seed gives no IT-centre time gets {@code itCentre}, added to its total as the seed's
     * level-3/4 rows add the IT centre's 44 h to the regional company's 4 h.
     */
    public SlaPolicy reopened(Duration itCentre) {
        if (!itCentreBudget.isZero()) {
            return this;
        }
        return new SlaPolicy(id, requestType, version, regionalBudget, itCentre, totalBudget.plus(itCentre), warningPercent, calendarId);
    }

    public Optional<Duration> budget(SlaStage stage) {
        Duration budget = switch (stage) {
            case REGIONAL_COMPANY -> regionalBudget;
            case IT_CENTRE -> itCentreBudget;
            case TOTAL -> totalBudget;
        };
        return budget.isZero() ? Optional.empty() : Optional.of(budget);
    }
}
