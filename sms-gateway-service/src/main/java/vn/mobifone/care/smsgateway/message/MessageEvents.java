package vn.mobifone.care.smsgateway.message;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
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

    public void statusChanged(UUID messageId, String idempotencyKey, String msisdn, String campaignId, String channel,
            String status, String reason) {
        outbox.publish(Topics.SMS_STATUS_CHANGED, new SmsStatusChanged(UUID.randomUUID(), clock.instant(), SmsStatusChanged.VERSION,
                messageId, idempotencyKey, msisdn, campaignId, channel, status, reason));
    }

    public void statusChanged(Message m) {
        statusChanged(m.id, m.idempotencyKey, m.msisdn.value(), m.campaignId, m.channel.name(), m.status.name(), m.reason);
    }
}
