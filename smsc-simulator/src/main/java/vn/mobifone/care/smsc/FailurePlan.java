package vn.mobifone.care.smsc;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Failures the simulator injects on demand, per destination address: refuse the next n submits
 * with a command status (throttling 0x58, queue full 0x14, invalid destination 0x0B...), or
 * report every message to the destination as undeliverable in its receipt, or lose its receipts.
 */
final class FailurePlan {

    private record Refusal(int commandStatus, AtomicInteger remaining) {
    }

    private final Map<String, Refusal> refusals = new ConcurrentHashMap<>();
    private final Map<String, String> undeliverable = new ConcurrentHashMap<>();
    private final Set<String> withheld = ConcurrentHashMap.newKeySet();

    void refuseNext(String destination, int count, int commandStatus) {
        refusals.put(destination, new Refusal(commandStatus, new AtomicInteger(count)));
    }

    void undeliverable(String destination, String errorCode) {
        undeliverable.put(destination, errorCode);
    }

    void withholdReceipts(String destination) {
        withheld.add(destination);
    }

    /** Whether receipts of messages to this destination are lost (never sent). */
    boolean receiptWithheld(String destination) {
        return withheld.contains(destination);
    }

    /** The status to answer this submit with, consuming one planned refusal. */
    Optional<Integer> refusalFor(String destination) {
        Refusal refusal = refusals.get(destination);
        if (refusal == null) {
            return Optional.empty();
        }
        if (refusal.remaining().getAndDecrement() > 0) {
            return Optional.of(refusal.commandStatus());
        }
        refusals.remove(destination, refusal);
        return Optional.empty();
    }

    /** The receipt error code when messages to this destination cannot be delivered. */
    Optional<String> undeliverableError(String destination) {
        return Optional.ofNullable(undeliverable.get(destination));
    }

    void clear() {
        refusals.clear();
        undeliverable.clear();
        withheld.clear();
    }
}
