package vn.mobifone.care.outboundcampaign.lead;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A recorded call and what it set in motion: the lead's next state, the tasks and messages it created. */
public record AttemptView(UUID attemptId, long leadId, CallOutcome outcome, String greetAs, String leadState, int attempts,
        Instant nextAttemptAt, List<Task> tasks, List<Message> messages) {

    public record Task(UUID id, String kind, java.time.LocalDate dueOn) {
    }

    public record Message(String templateId, String channel, String idempotencyKey) {
    }
}
