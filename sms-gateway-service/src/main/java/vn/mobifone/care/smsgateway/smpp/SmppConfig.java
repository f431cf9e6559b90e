package vn.mobifone.care.smsgateway.smpp;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** The bind to the operator's SMSC. */
@ConfigMapping(prefix = "care.sms.smpp")
public interface SmppConfig {

    @WithDefault("localhost")
    String host();

    @WithDefault("2775")
    int port();

    @WithDefault("care")
    String systemId();

    @WithDefault("care")
    String password();

    Optional<String> systemType();

    /**
     * The SMSC account the message ids of this bind belong to (ids are unique per account only);
     * the system id unless two SMSCs share one. Receipts join only parts of their own account.
     */
    Optional<String> account();

    /**
     * At most this many submit_sm in flight at once on the bind, unanswered. The window in use
     * adapts below it: it halves when answers come later than {@link #responseTimeout()} and grows
     * back by one for every window's worth of timely answers ({@link SubmitWindow}).
     */
    @WithDefault("50")
    int window();

    /** The window never shrinks below this. */
    @WithDefault("1")
    int windowMin();

    /** Submits per second on the bind as agreed with the SMSC; 0 for no limit. */
    @WithDefault("0")
    int maxPerSecond();

    @WithDefault("30s")
    Duration enquireLinkInterval();

    /**
     * How long a submit_sm_resp may take before the SMSC counts as slow: the timeout is logged and
     * counted ({@code sms_submit_timeouts_total}) and the window shrinks, but the submit is not
     * given up, the SMSC may well have the part: the answer is still awaited up to
     * {@link #answerWait()}. Also the timeout of enquire_link and of everything else on the bind.
     */
    @WithDefault("10s")
    Duration responseTimeout();

    /**
     * How long a submit waits for a late answer before its outcome counts as unknown. A backlogged
     * SMSC answers in order, after everything queued before: long enough for that backlog.
     */
    @WithDefault("2m")
    Duration answerWait();

    /** What happens to a part whose submit never got an answer (see {@link UnansweredSubmit}). */
    @WithDefault("resend")
    UnansweredSubmit unansweredSubmit();

    /**
     * The form the receipts of this account give the id in, against the submit_sm_resp's
     * (see {@link ReceiptIdForm}). A receipt's {@code receipted_message_id} is always read in the
     * submit_sm_resp's form, as SMPP 3.4 defines it.
     */
    @WithDefault("as-is")
    ReceiptIdForm receiptIdForm();

    /** How the message's validity goes to the SMSC as validity_period. */
    @WithDefault("relative")
    ValidityPeriodFormat validityPeriod();

    @WithDefault("1s")
    Duration reconnectMin();

    /** Rebinds are at most this far apart while the SMSC is away: its return is noticed within it. */
    @WithDefault("2s")
    Duration reconnectMax();

    /** How long a stop waits for unbind_resp: a backlogged SMSC answers it after all its queue. */
    @WithDefault("1s")
    Duration unbindTimeout();

    /**
     * Threads handling incoming PDUs (submit responses and receipts). A receipt holds its thread
     * until it is committed, and the SMSC sends as many receipts at once as its own window allows:
     * with fewer threads than that window plus ours, submit responses queue behind receipts waiting
     * for a commit, and the whole link slows to the pace of the ledger (32 threads drained about
     * 700 msg/s in the benchmark, 128 about 1,900). Parked threads cost next to nothing.
     */
    @WithDefault("128")
    int pduProcessors();

    /** Resend the part after the answer wait, or fail the message: a duplicate or a loss. */
    enum UnansweredSubmit {
        /** At least once: the part goes again (a copy at the subscriber if the SMSC had it). */
        RESEND,
        /** At most once: the message fails with {@code smsc-no-answer}. */
        FAIL
    }

    /** validity_period in submit_sm: relative to the submit (immune to clock skew), absolute or none. */
    enum ValidityPeriodFormat {
        RELATIVE,
        ABSOLUTE,
        NONE
    }
}
