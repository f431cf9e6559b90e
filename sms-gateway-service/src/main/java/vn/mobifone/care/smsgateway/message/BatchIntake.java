package vn.mobifone.care.smsgateway.message;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vn.mobifone.care.platform.problem.Problem;
import vn.mobifone.care.smsgateway.delivery.Dispatcher;

/**
 * {@code POST /messages/batch}: each message checked on its own, the valid ones written together
 * in one transaction ({@link GroupIntake}), every message answered at its position. Partial
 * success is the rule, not an error: an invalid or refused message is answered REFUSED with the
 * problem a single request would have got, and its neighbours are recorded. The answer leaves
 * only after the commit; if the database fails, nothing of the batch is recorded and the whole
 * call fails, so sending it again (same idempotency keys) is always safe.
 */
@ApplicationScoped
public class BatchIntake {

    private final GroupIntake group;
    private final Validator validator;
    private final Dispatcher dispatcher;

    public BatchIntake(GroupIntake group, Validator validator, Dispatcher dispatcher) {
        this.group = group;
        this.validator = validator;
        this.dispatcher = dispatcher;
    }

    public BatchResult accept(BatchRequest batch, String requestedBy, boolean mayWriteFreeText) {
        List<SendRequest> requests = batch.messages();
        Problem[] invalid = new Problem[requests.size()];
        GroupIntake.Entry[] entries = new GroupIntake.Entry[requests.size()];
        List<GroupIntake.Entry> valid = new ArrayList<>(requests.size());
        for (int i = 0; i < requests.size(); i++) {
            SendRequest request = requests.get(i);
            Set<ConstraintViolation<SendRequest>> violations = validator.validate(request);
            if (!violations.isEmpty()) {
                invalid[i] = ItemProblem.of(violations);
            } else {
                entries[i] = new GroupIntake.Entry(request, requestedBy, mayWriteFreeText);
                valid.add(entries[i]);
            }
        }
        if (!valid.isEmpty() && group.write(valid) > 0) {
            dispatcher.wakeUp();
        }
        List<BatchItem> items = new ArrayList<>(requests.size());
        for (int i = 0; i < requests.size(); i++) {
            GroupIntake.Entry entry = entries[i];
            if (entry == null) {
                items.add(BatchItem.refused(i, requests.get(i).idempotencyKey(), invalid[i]));
            } else if (entry.refusal != null) {
                items.add(BatchItem.refused(i, entry.request.idempotencyKey(), ItemProblem.of(entry.refusal)));
            } else {
                items.add(BatchItem.accepted(i, entry.outcome));
            }
        }
        return BatchResult.of(items);
    }
}
