package vn.mobifone.care.smsgateway.delivery;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.mobifone.care.contracts.events.SmsStatusChanged;
import vn.mobifone.care.smsgateway.message.MessageEvents;
import vn.mobifone.care.smsgateway.message.MessageStatus;

/**
 * What one ledger transaction announces, gathered while its statements run and written after
 * them: the status events go to the outbox in one batched insert (a batch holds hundreds), in
 * the order the changes were made.
 */
final class Announcements {

    private final MessageEvents events;
    private final List<SmsStatusChanged> changes = new ArrayList<>();
    private final List<Runnable> counts = new ArrayList<>();

    Announcements(MessageEvents events) {
        this.events = events;
    }

    void statusChanged(Dispatch d, MessageStatus status, String reason) {
        statusChanged(d.messageId(), d.idempotencyKey(), d.msisdn(), d.campaignId(), d.channel().name(), status.name(), reason);
    }

    void statusChanged(UUID messageId, String idempotencyKey, String msisdn, String campaignId, String channel, String status,
            String reason) {
        changes.add(events.change(messageId, idempotencyKey, msisdn, campaignId, channel, status, reason));
    }

    void count(Runnable metric) {
        counts.add(metric);
    }

    /** Inside the transaction: the events commit with the changes they announce. */
    void publish() {
        events.statusChanged(changes);
        counts.forEach(Runnable::run);
    }
}
