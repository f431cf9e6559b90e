package vn.mobifone.care.smsgateway.message;

import jakarta.enterprise.context.ApplicationScoped;
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

    /** The intake's change, with the outbox's plain insert (the message row is written without the ORM too). */
    public void statusChanged(Message m) {
        statusChanged(List.of(change(m.id, m.idempotencyKey, m.msisdn.value(), m.campaignId, m.channel.name(), m.status.name(), m.reason)));
    }

    /** The changes of a whole delivery batch, in order, with one statement. */
    public void statusChanged(List<SmsStatusChanged> changes) {
        outbox.publishAll(Topics.SMS_STATUS_CHANGED, changes);
    }
}
