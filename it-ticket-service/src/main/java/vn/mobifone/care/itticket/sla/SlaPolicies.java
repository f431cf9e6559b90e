package vn.mobifone.care.itticket.sla;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.util.List;
import vn.mobifone.care.itticket.ticket.RequestType;
import vn.mobifone.care.platform.problem.InvalidInput;
import vn.mobifone.care.platform.problem.ResourceNotFound;

/** Policy versions: the current one per request type, and the one a ticket started with. */
@ApplicationScoped
public class SlaPolicies {

    private final Calendars calendars;
    private final Clock clock;

    public SlaPolicies(Calendars calendars, Clock clock) {
        this.calendars = calendars;
        this.clock = clock;
    }

    public SlaPolicy current(RequestType type) {
        return currentRow(type, LockModeType.NONE).policy();
    }

    public SlaPolicy byId(long id) {
        SlaPolicyRow row = SlaPolicyRow.findById(id);
        if (row == null) {
            throw new ResourceNotFound("SLA policy", id);
        }
        return row.policy();
    }

    public List<SlaPolicyRow> currentVersions() {
        return SlaPolicyRow.list("currentVersion = true order by requestType");
    }

    public List<SlaPolicyRow> versions(RequestType type) {
        return SlaPolicyRow.list("requestType = ?1 order by version", type);
    }

    /** Adds the next version; tickets already open keep theirs until they are reclassified. */
    public SlaPolicyRow revise(RequestType type, PolicyRevision revision, String actor) {
        if (revision.totalBudgetMinutes() < revision.regionalBudgetMinutes()) {
            throw new InvalidInput("totalBudgetMinutes", "must not be shorter than the regional company's budget");
        }
        if (revision.totalBudgetMinutes() < revision.itCentreBudgetMinutes()) {
            throw new InvalidInput("totalBudgetMinutes", "must not be shorter than the IT centre's budget");
        }
        CalendarRow calendar = calendars.byCode(revision.calendar());
        SlaPolicyRow previous = currentRow(type, LockModeType.PESSIMISTIC_WRITE);
        // Before the insert: the partial unique index allows one current version per type.
        SlaPolicyRow.update("currentVersion = false where id = ?1", previous.id);
        SlaPolicyRow next = new SlaPolicyRow();
        next.requestType = type;
        next.version = previous.version + 1;
        next.regionalBudgetMinutes = revision.regionalBudgetMinutes();
        next.itCentreBudgetMinutes = revision.itCentreBudgetMinutes();
        next.totalBudgetMinutes = revision.totalBudgetMinutes();
        next.warningPercent = revision.warningPercent();
        next.calendarId = calendar.id;
        next.currentVersion = true;
        next.createdAt = clock.instant();
        next.createdBy = actor;
        next.persist();
        return next;
    }

    private static SlaPolicyRow currentRow(RequestType type, LockModeType lock) {
        return SlaPolicyRow.<SlaPolicyRow>find("requestType = ?1 and currentVersion = true", type)
                .withLock(lock).firstResultOptional()
                .orElseThrow(() -> new ResourceNotFound("SLA policy for", type));
    }
}
