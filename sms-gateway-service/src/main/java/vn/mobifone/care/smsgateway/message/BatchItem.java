package vn.mobifone.care.smsgateway.message;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.mobifone.care.platform.problem.Problem;

/**
 * The answer for one message of a batch, at its position in the request.
 *
 * @param messageId the message made now (ACCEPTED) or before (DUPLICATE); absent when REFUSED
 * @param status    that message's status; REJECTED with its {@code reason} when a cap or the opt-out list refused it
 * @param problem   why a REFUSED message was not recorded: the body {@code POST /messages} would have answered
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "BatchItem", requiredProperties = {"index", "outcome"})
public record BatchItem(
        @Schema(description = "Position of the message in the request, from 0") int index,
        String idempotencyKey,
        ItemOutcome outcome,
        UUID messageId,
        MessageStatus status,
        @Schema(description = "The message's own reason, e.g. cap-exceeded, opted-out", examples = "cap-exceeded") String reason,
        Problem problem) {

    static BatchItem accepted(int index, MessageIntake.Recorded outcome) {
        Message m = outcome.message();
        return new BatchItem(index, m.idempotencyKey, outcome.created() ? ItemOutcome.ACCEPTED : ItemOutcome.DUPLICATE, m.id, m.status,
                m.reason, null);
    }

    static BatchItem refused(int index, String idempotencyKey, Problem problem) {
        return new BatchItem(index, idempotencyKey, ItemOutcome.REFUSED, null, null, null, problem);
    }
}
