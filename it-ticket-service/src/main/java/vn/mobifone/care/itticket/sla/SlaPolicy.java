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

    public Optional<Duration> budget(SlaStage stage) {
        Duration budget = switch (stage) {
            case REGIONAL_COMPANY -> regionalBudget;
            case IT_CENTRE -> itCentreBudget;
            case TOTAL -> totalBudget;
        };
        return budget.isZero() ? Optional.empty() : Optional.of(budget);
    }
}
