package vn.mobifone.care.smsgateway.smpp;

/**
 * How many submit_sm may wait for their answer at once, adapted to what the SMSC keeps up with.
 * An SMSC that answers one PDU at a time in 300 ms answers the 50th of a full window after 15 s:
 * a fixed window turns a slow SMSC into timeouts. Here a submit that took longer than the response
 * timeout halves the window (once per round: the submits sent under the old window do not shrink
 * it again), and each window's worth of timely answers adds one slot, up to the configured window.
 */
public final class SubmitWindow {

    private final int min;
    private final int max;
    private int limit;
    private int inFlight;
    private int timelyAnswers;
    /** Submits started before this number were sent under a larger window. */
    private long round;
    private long started;

    public SubmitWindow(int min, int max) {
        this.min = Math.max(1, Math.min(min, max));
        this.max = Math.max(1, max);
        this.limit = this.max;
    }

    /** Waits for a free slot; returns the ticket to hand back to {@link #answered} or {@link #timedOut}. */
    public synchronized long acquire() throws InterruptedException {
        while (inFlight >= limit) {
            wait();
        }
        inFlight++;
        return started++;
    }

    /** The submit is over (answered, late or not, or given up): its slot is free. */
    public synchronized void release() {
        inFlight--;
        notifyAll();
    }

    /** An answer within the response timeout. */
    public synchronized void answered() {
        if (limit < max && ++timelyAnswers >= limit) {
            limit++;
            timelyAnswers = 0;
            notifyAll();
        }
    }

    /** No answer within the response timeout; returns whether the window shrank. */
    public synchronized boolean timedOut(long ticket) {
        timelyAnswers = 0;
        if (ticket < round || limit == min) {
            return false;
        }
        limit = Math.max(min, limit / 2);
        round = started;
        return true;
    }

    public synchronized int limit() {
        return limit;
    }

    public synchronized int inFlight() {
        return inFlight;
    }
}
