package vn.mobifone.care.consultation.vip;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import vn.mobifone.care.platform.problem.InvalidInput;
import vn.mobifone.care.platform.problem.ResourceNotFound;
import vn.mobifone.care.platform.web.Page;
import vn.mobifone.care.platform.web.PageRequest;

/** Internal-VIP requests from the call to the result call-back, every step timestamped on the service clock. */
@ApplicationScoped
public class VipRequests {

    private static final TypeReference<List<Mismatch>> MISMATCHES = new TypeReference<>() {
    };

    private final Clock clock;
    private final VipConfig config;
    private final ObjectMapper json;

    public VipRequests(Clock clock, VipConfig config, ObjectMapper json) {
        this.clock = clock;
        this.config = config;
        this.json = json;
    }

    /** Step 1: taken as the leader gives it, with no lookup, so the answer is immediate. */
    @Transactional
    public VipRequestView receive(VipIntakeRequest intake, String actor) {
        if (intake.requestType() == VipRequestType.OTHER && (intake.note() == null || intake.note().isBlank())) {
            throw new InvalidInput("note", "must say what the leader asked when the request type is OTHER");
        }
        VipRequest r = new VipRequest();
        r.id = UUID.randomUUID();
        r.leaderName = intake.leaderName().strip();
        r.callingNumber = intake.callingNumber();
        r.requestType = intake.requestType();
        r.targetNumber = intake.targetNumber();
        r.callbackNumber = intake.callbackNumber();
        r.statedOwnerName = blankToNull(intake.statedOwnerName());
        r.statedPaymentType = intake.statedPaymentType();
        r.note = blankToNull(intake.note());
        r.callId = intake.callId();
        r.state = VipState.RECEIVED;
        r.receivedAt = clock.instant();
        r.receivedBy = actor;
        r.persist();
        step(r, actor, "received", VipRequestView.PROMISE);
        return view(r);
    }

    /** Step 2 on what the lookup answered; the request must still be waiting for it. */
    @Transactional
    public VipRequestView applyCheck(UUID id, LineOnRecord calling, LineOnRecord target, String actor) {
        VipRequest r = lock(id);
        VipLifecycle.requireReceived(r.state);
        CheckOutcome outcome = AfterCallCheck.check(r, calling, target);
        r.state = outcome.state();
        r.outcomeReason = outcome.reason();
        r.callingIsBusiness = outcome.callingIsBusiness();
        r.mismatches = outcome.mismatches().isEmpty() ? null : write(outcome.mismatches());
        r.checkedAt = clock.instant();
        step(r, actor, "checked", outcome.reason());
        return view(r);
    }

    /** A request the check cannot run on (already checked) is refused before anything is looked up. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public VipRequest awaitingCheck(UUID id) {
        VipRequest r = find(id);
        VipLifecycle.requireReceived(r.state);
        return r;
    }

    @Transactional
    public VipRequestView act(UUID id, VipActionRequest action, String actor) {
        VipRequest r = lock(id);
        r.state = VipLifecycle.after(r.state, action.action());
        Instant now = clock.instant();
        String note = action.note().strip();
        if (action.action() == VipAction.EXECUTE) {
            r.executedAt = now;
            r.result = note;
        }
        if (r.state == VipState.CLOSED) {
            r.closedAt = now;
        }
        step(r, actor, action.action().name().toLowerCase(Locale.ROOT).replace('_', '-'), note);
        return view(r);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public VipRequestView get(UUID id) {
        return view(find(id));
    }

    /** Oldest first: open requests unless a state is asked for; {@code overdue} keeps those waiting too long. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<VipRequestView> queue(VipState state, boolean overdueOnly, PageRequest page) {
        StringBuilder where = new StringBuilder(state == null ? "closedAt IS NULL" : "state = :state");
        Parameters params = new Parameters();
        if (state != null) {
            params.and("state", state);
        }
        if (overdueOnly) {
            where.append(" AND closedAt IS NULL AND receivedAt <= :due");
            params.and("due", clock.instant().minus(config.overdueAfter()));
        }
        var query = VipRequest.<VipRequest>find(where.toString(), Sort.ascending("receivedAt", "id"), params);
        List<VipRequestView> items = query.page(page.page, page.size).list().stream().map(this::view).toList();
        return Page.of(items, page, query.count());
    }

    private VipRequestView view(VipRequest r) {
        Instant now = clock.instant();
        Instant until = r.closedAt != null ? r.closedAt : now;
        Duration waited = Duration.between(r.receivedAt, until);
        boolean overdue = r.closedAt == null && waited.compareTo(config.overdueAfter()) >= 0;
        List<VipStepView> steps = VipRequestStep.<VipRequestStep>list("requestId", Sort.ascending("id"), r.id)
                .stream().map(VipStepView::of).toList();
        List<Mismatch> mismatches = r.mismatches == null ? List.of() : read(r.mismatches);
        return new VipRequestView(r.id, r.leaderName, r.callingNumber, r.requestType, r.targetNumber, r.callbackNumber,
                r.statedOwnerName, r.statedPaymentType, r.note, r.callId, r.state, r.callingIsBusiness, r.outcomeReason,
                mismatches, task(r, mismatches), r.result, r.receivedAt, r.receivedBy, r.checkedAt, r.executedAt, r.closedAt,
                overdue, Math.max(0, waited.toSeconds()), steps);
    }

    private static VipTask task(VipRequest r, List<Mismatch> mismatches) {
        var callTo = Boolean.TRUE.equals(r.callingIsBusiness) ? r.callingNumber : r.callbackNumber;
        var also = callTo.equals(r.callbackNumber) ? null : r.callbackNumber;
        return switch (r.state) {
            case RECEIVED -> new VipTask(VipTask.Kind.CHECK, null, null,
                    "After the call: check that the calling number is a business number and that the request matches the data");
            case QUALITY_MANAGEMENT -> new VipTask(VipTask.Kind.QUALITY_MANAGEMENT, null, null,
                    CheckOutcome.LOST_PHONE_FROM_ANOTHER_NUMBER.equals(r.outcomeReason)
                            ? "Not a business number, asking to cut the business number " + r.targetNumber.national()
                                    + " (lost phone?): contact the quality-management team (QLCL), in or out of shift, for guidance"
                            : "Not a business number: contact the quality-management team (QLCL), in or out of shift, for guidance");
            case MISMATCH_CALLBACK -> new VipTask(VipTask.Kind.MISMATCH_CALLBACK, callTo, also,
                    "Call the leader back and say what does not match: "
                            + String.join("; ", mismatches.stream().map(Mismatch::message).toList()));
            case VERIFIED -> new VipTask(VipTask.Kind.EXECUTE, null, null, "Carry out the request: " + r.requestType);
            case EXECUTED -> new VipTask(VipTask.Kind.RESULT_CALLBACK, callTo, also, "Call the leader back with the result: " + r.result);
            case CLOSED -> null;
        };
    }

    private void step(VipRequest r, String actor, String step, String note) {
        VipRequestStep s = new VipRequestStep();
        s.requestId = r.id;
        s.at = clock.instant();
        s.actor = actor;
        s.step = step;
        s.state = r.state;
        s.note = note;
        s.persist();
    }

    private VipRequest find(UUID id) {
        VipRequest r = VipRequest.findById(id);
        if (r == null) {
            throw new ResourceNotFound("VIP request", id);
        }
        return r;
    }

    /** Two agents acting on one request at once: the second sees the first one's state. */
    private VipRequest lock(UUID id) {
        VipRequest r = VipRequest.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (r == null) {
            throw new ResourceNotFound("VIP request", id);
        }
        return r;
    }

    private String write(List<Mismatch> mismatches) {
        try {
            return json.writeValueAsString(mismatches);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<Mismatch> read(String text) {
        try {
            return json.readValue(text, MISMATCHES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
