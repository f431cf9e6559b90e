package vn.mobifone.care.smsgateway.message;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import vn.mobifone.care.contracts.events.SmsStatusChanged;
import vn.mobifone.care.contracts.events.Topics;
import vn.mobifone.care.platform.outbox.Outbox;

/** Publishes every status change as {@code sms-status-changed}, in the transaction that made it. */
@ApplicationScoped
public class MessageEvents {

    private final Outbox outbox;
    private final Clock clock;

    public MessageEvents(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    public SmsStatusChanged change(UUID messageId, String idempotencyKey, String msisdn, String campaignId, String channel,
            String status, String reason) {
        return new SmsStatusChanged(UUID.randomUUID(), clock.instant(), SmsStatusChanged.VERSION,
                messageId, idempotencyKey, msisdn, campaignId, channel, status, reason);
    }

    /**
     * The intake's changes, on the connection the intake runs on (its local transaction): they
     * commit with the message rows, all with one batched statement.
     */
    public void statusChanged(Connection connection, List<Message> messages) {
        List<SmsStatusChanged> changes = messages.stream()
                .map(m -> change(m.id, m.idempotencyKey, m.msisdn.value(), m.campaignId, m.channel.name(), m.status.name(), m.reason))
                .toList();
        try {
            outbox.publishAll(connection, Topics.SMS_STATUS_CHANGED, changes);
        } catch (SQLException e) {
            throw new IllegalStateException("The status changes of " + messages.size() + " messages could not be recorded", e);
        }
    }

    /** The changes of a whole delivery batch, in order, with one statement. */
    public void statusChanged(List<SmsStatusChanged> changes) {
        outbox.publishAll(Topics.SMS_STATUS_CHANGED, changes);
    }
}
