package vn.mobifone.care.smsgateway.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import vn.mobifone.care.smsgateway.message.MessageStatus;

/** What happened to a dispatch or to a part, recorded by the {@link LedgerWriter} in batches. */
public sealed interface DeliveryOutcome {

    /** What happened to a claimed message: the state it moves to and the parts acknowledged meanwhile. */
    sealed interface OfDispatch extends DeliveryOutcome {

        Dispatch dispatch();

        MessageStatus status();

        default List<SubmittedPart> parts() {
            return List.of();
        }

        default String reason() {
            return null;
        }

        /** A new earliest send time, or null to keep it. */
        default Instant notBefore() {
            return null;
        }

        default Duration retryDelay() {
            return Duration.ZERO;
        }

        /** Whether the SMSC or provider was actually tried. */
        default boolean attempted() {
            return true;
        }
    }

    /** Every remaining part was acknowledged. */
    record Submitted(Dispatch dispatch, List<SubmittedPart> parts) implements OfDispatch {
        public MessageStatus status() {
            return MessageStatus.SUBMITTED;
        }
    }

    /** A transient refusal: the parts acknowledged so far stay, the rest goes again after the delay. */
    record Retry(Dispatch dispatch, List<SubmittedPart> parts, String reason, Duration retryDelay) implements OfDispatch {
        public MessageStatus status() {
            return MessageStatus.QUEUED;
        }
    }

    record Failed(Dispatch dispatch, List<SubmittedPart> parts, String reason) implements OfDispatch {
        public MessageStatus status() {
            return MessageStatus.FAILED;
        }
    }

    /** Its time ran out before it was sent: its validity, or its campaign's send dates. */
    record Expired(Dispatch dispatch, String reason) implements OfDispatch {

        public Expired(Dispatch dispatch) {
            this(dispatch, DeliveryLedger.EXPIRED_REASON);
        }

        public MessageStatus status() {
            return MessageStatus.EXPIRED;
        }

        public boolean attempted() {
            return false;
        }
    }

    /** Advertising that came due outside the window waits for the next opening. */
    record Deferred(Dispatch dispatch, Instant notBefore) implements OfDispatch {
        public MessageStatus status() {
            return MessageStatus.ACCEPTED;
        }

        public String reason() {
            return DeliveryLedger.WINDOW_REASON;
        }

        public boolean attempted() {
            return false;
        }
    }

    /** A channel that confirms delivery in its answer (Zalo): the provider's id is kept as the part's. */
    record Delivered(Dispatch dispatch, String providerAccount, String providerMessageId, Instant at) implements OfDispatch {
        public MessageStatus status() {
            return MessageStatus.DELIVERED;
        }
    }

    /** A delivery receipt; {@code committed} completes once it is durable, so the SMSC can be acknowledged. */
    record Receipt(String smscAccount, String smscMessageId, boolean delivered, String error, Instant receivedAt,
            CompletableFuture<Void> committed) implements DeliveryOutcome {

        public SmscId smscId() {
            return new SmscId(smscAccount, smscMessageId);
        }
    }
}
