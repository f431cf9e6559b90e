package vn.mobifone.care.smsgateway.smpp;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;
import org.jsmpp.bean.AlertNotification;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.DataCodings;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.DeliverSm;
import org.jsmpp.bean.DeliveryReceipt;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.SMSCDeliveryReceipt;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.extra.NegativeResponseException;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.extra.ResponseTimeoutException;
import org.jsmpp.extra.SessionState;
import org.jsmpp.session.BindParameter;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.MessageReceiverListener;
import org.jsmpp.session.SMPPSession;
import org.jsmpp.session.Session;
import org.jsmpp.util.DeliveryReceiptState;
import vn.mobifone.care.platform.work.BackgroundWorker;
import vn.mobifone.care.platform.work.Backoff;
import vn.mobifone.care.platform.work.DaemonThreads;
import vn.mobifone.care.smsgateway.delivery.LedgerWriter;
import vn.mobifone.care.smsgateway.delivery.SmscId;

/**
 * The transceiver bind to the SMSC: binds, keeps the link alive with enquire_link, rebinds with
 * backoff when it drops, submits parts and takes delivery receipts. A receipt is acknowledged
 * only once it is committed; if that fails the SMSC gets an error and sends it again.
 *
 * <p>A submit that goes out has an outcome only the SMSC knows until it answers. A slow answer is
 * therefore not a failure: past the response timeout the submit is logged, counted and shrinks
 * the window, and its answer is still awaited up to the answer wait. Only a submit that never got
 * an answer (the wait passed, or the link dropped under it) is {@link NoAnswer}: what then happens
 * to the part is the configured {@link SmppConfig#unansweredSubmit() policy}, not a blind resend.
 */
@ApplicationScoped
public class SmppLink {

    private static final Logger LOG = Logger.getLogger(SmppLink.class);
    private static final int ESME_RSYSERR = 0x08;
    private static final DateTimeFormatter ABSOLUTE = DateTimeFormatter.ofPattern("yyMMddHHmmss").withZone(ZoneOffset.UTC);

    private final SmppConfig config;
    private final LedgerWriter writer;
    private final Clock clock;
    private final SmppMetrics metrics;
    private final String account;
    private final SubmitWindow window;
    /** The submits waiting for their answer, by the thread that waits. */
    private final Map<Thread, InFlight> inFlight = new ConcurrentHashMap<>();
    private final ScheduledExecutorService watch = Executors.newSingleThreadScheduledExecutor(
            DaemonThreads.named("smpp-response-watch", false));
    private volatile SMPPSession session;
    private volatile BackgroundWorker keeper;

    public SmppLink(SmppConfig config, LedgerWriter writer, Clock clock, SmppMetrics metrics) {
        this.config = config;
        this.writer = writer;
        this.clock = clock;
        this.metrics = metrics;
        this.account = config.account().orElse(config.systemId());
        this.window = new SubmitWindow(config.windowMin(), config.window());
        metrics.window(window::limit);
    }

    /** The SMSC account whose ids this bind's submits and receipts carry. */
    public String account() {
        return account;
    }

    /** How many submits may be in flight now. */
    public int window() {
        return window.limit();
    }

    /**
     * Submits one part; returns its SMSC id in the account's key form ({@link ReceiptIdForm}).
     *
     * @param validUntil the message's validity, sent as validity_period
     */
    public String submit(String brandname, String msisdn, byte dataCoding, boolean withHeader, byte[] payload, Instant validUntil)
            throws SmscRefusal, LinkUnavailable, NoAnswer, InterruptedException {
        long ticket = window.acquire();
        try {
            SMPPSession current = session;
            if (current == null || !current.getSessionState().isBound()) {
                throw new LinkUnavailable("not bound");
            }
            Instant sentAt = clock.instant();
            InFlight waiting = new InFlight(current, msisdn);
            inFlight.put(Thread.currentThread(), waiting);
            ScheduledFuture<?> timeout = watch.schedule(() -> timedOut(waiting, ticket), config.responseTimeout().toMillis(),
                    TimeUnit.MILLISECONDS);
            try {
                String id = current.submitShortMessage(config.systemType().orElse(""), TypeOfNumber.ALPHANUMERIC,
                        NumberingPlanIndicator.UNKNOWN, brandname, TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN, msisdn,
                        new ESMClass(withHeader ? 0x40 : 0x00), (byte) 0, (byte) 0, null, validityPeriod(sentAt, validUntil),
                        new RegisteredDelivery(SMSCDeliveryReceipt.SUCCESS_FAILURE), (byte) 0, DataCodings.newInstance(dataCoding), (byte) 0,
                        payload).getMessageId();
                answered(waiting, sentAt);
                return config.receiptIdForm().keyOfResponseId(id);
            } catch (NegativeResponseException e) {
                answered(waiting, sentAt);
                throw new SmscRefusal(e.getCommandStatus());
            } catch (ResponseTimeoutException e) {
                // Interrupted by a drop of the link, or the answer wait passed: the SMSC may have the part.
                Thread.interrupted();
                String cause = waiting.dropped ? SmppMetrics.LINK_DROPPED : SmppMetrics.NO_ANSWER;
                metrics.countUnanswered(cause, config.unansweredSubmit());
                LOG.warnf("submit_sm to %s got no answer (%s after %d ms): outcome unknown, the part is %s", msisdn, cause,
                        Duration.between(sentAt, clock.instant()).toMillis(),
                        config.unansweredSubmit() == SmppConfig.UnansweredSubmit.RESEND ? "sent again" : "failed");
                throw new NoAnswer(cause);
            } catch (IOException e) {
                // Not written: the socket broke before the submit went out.
                throw new LinkUnavailable(e.getClass().getSimpleName() + ": " + e.getMessage());
            } catch (Exception e) {
                throw new LinkUnavailable(e.getClass().getSimpleName() + ": " + e.getMessage());
            } finally {
                timeout.cancel(false);
                inFlight.remove(Thread.currentThread());
            }
        } finally {
            window.release();
        }
    }

    private void timedOut(InFlight waiting, long ticket) {
        waiting.timedOut = true;
        metrics.timedOut();
        boolean shrank = window.timedOut(ticket);
        LOG.warnf("submit_sm to %s not answered within %d ms; still waiting for the answer (up to %d ms)%s", waiting.msisdn,
                config.responseTimeout().toMillis(), config.answerWait().toMillis(),
                shrank ? ", window down to " + window.limit() : "");
    }

    private void answered(InFlight waiting, Instant sentAt) {
        if (waiting.timedOut) {
            metrics.answeredLate();
            LOG.infof("submit_sm to %s answered late, after %d ms: taken as sent", waiting.msisdn,
                    Duration.between(sentAt, clock.instant()).toMillis());
        } else {
            window.answered();
        }
    }

    /** The message's validity as validity_period: the SMSC gives up on the part when we do. */
    private String validityPeriod(Instant now, Instant validUntil) {
        if (validUntil == null) {
            return null;
        }
        return switch (config.validityPeriod()) {
            case NONE -> null;
            case ABSOLUTE -> ABSOLUTE.format(validUntil) + "000+";
            case RELATIVE -> relative(Duration.between(now, validUntil));
        };
    }

    /** YYMMDDhhmmss000R; days beyond 99 do not fit and are capped. */
    static String relative(Duration left) {
        long seconds = Math.max(1, Math.min(left.getSeconds(), Duration.ofDays(99).getSeconds()));
        return String.format("0000%02d%02d%02d%02d000R", seconds / 86_400, seconds / 3_600 % 24, seconds / 60 % 60, seconds % 60);
    }

    public boolean isBound() {
        SMPPSession current = session;
        return current != null && current.getSessionState().isBound();
    }

    /**
     * Keeps the link bound: a bind that fails is tried again after the reconnect backoff, which
     * starts over once a bind succeeds; a link that drops wakes the keeper at once, and a check
     * each second catches a drop no listener reported.
     */
    synchronized void start() {
        if (keeper != null) {
            return;
        }
        keeper = BackgroundWorker.named("smpp-link").interval(Duration.ofSeconds(1))
                .backoff(new Backoff(config.reconnectMin(), config.reconnectMax())).joinWait(Duration.ofSeconds(5))
                .start(this::bindIfUnbound);
    }

    /** Unbinds without waiting behind the SMSC's backlog; submits still waiting are given up. */
    synchronized void stop() {
        if (keeper != null) {
            keeper.close();
            keeper = null;
        }
        SMPPSession current = session;
        session = null;
        if (current != null) {
            current.setTransactionTimer(config.unbindTimeout().toMillis());
            current.unbindAndClose();
            abandon(current);
        }
    }

    /** The submits waiting on a session that is gone get no answer any more: they stop waiting. */
    private void abandon(SMPPSession gone) {
        inFlight.forEach((thread, waiting) -> {
            if (waiting.session == gone) {
                waiting.dropped = true;
                thread.interrupt();
            }
        });
    }

    /** @return false: after a bind, or with the link bound, the keeper waits for a drop or its next check */
    private boolean bindIfUnbound() throws IOException {
        if (isBound()) {
            return false;
        }
        try {
            session = bind();
        } catch (IOException e) {
            throw new IOException("SMSC " + config.host() + ":" + config.port() + " not reachable: " + e.getMessage(), e);
        }
        LOG.infof("Bound to SMSC %s:%d as %s", config.host(), config.port(), config.systemId());
        return false;
    }

    private SMPPSession bind() throws IOException {
        SMPPSession next = new SMPPSession();
        next.setEnquireLinkTimer((int) config.enquireLinkInterval().toMillis());
        // Answers to a backlogged SMSC come late, enquire_link's too: every request waits the answer wait.
        next.setTransactionTimer(config.answerWait().toMillis());
        next.setPduProcessorDegree(config.pduProcessors());
        next.setMessageReceiverListener(new Receipts());
        next.addSessionStateListener((SessionState newState, SessionState oldState, Session source) -> {
            if (!newState.isBound() && oldState.isBound()) {
                BackgroundWorker current = keeper;
                if (current != null && current.running()) {
                    LOG.warnf("SMSC link %s (was %s), rebinding", newState, oldState);
                    current.wakeUp();
                }
                abandon((SMPPSession) source);
            }
        });
        try {
            // A bind_resp lost to an SMSC closing the socket would otherwise hold the link for jsmpp's 60 s.
            next.connectAndBind(config.host(), config.port(), new BindParameter(BindType.BIND_TRX, config.systemId(), config.password(),
                    config.systemType().orElse(""), TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN, null),
                    config.responseTimeout().toMillis());
        } catch (IOException e) {
            next.close();
            throw e;
        }
        return next;
    }

    /** A submit waiting for its answer. */
    private static final class InFlight {
        final SMPPSession session;
        final String msisdn;
        volatile boolean timedOut;
        volatile boolean dropped;

        InFlight(SMPPSession session, String msisdn) {
            this.session = session;
            this.msisdn = msisdn;
        }
    }

    private final class Receipts implements MessageReceiverListener {

        @Override
        public void onAcceptDeliverSm(DeliverSm deliverSm) throws ProcessRequestException {
            if (!deliverSm.isSmscDeliveryReceipt()) {
                return; // mobile-originated texts are not this gateway's business
            }
            try {
                DeliveryReceipt receipt = deliverSm.getShortMessageAsDeliveryReceipt();
                boolean delivered = receipt.getFinalStatus() == DeliveryReceiptState.DELIVRD;
                String error = delivered ? null : receipt.getFinalStatus().name().toLowerCase() + "-" + receipt.getError();
                writer.receipt(new SmscId(account, receiptKey(deliverSm, receipt)), delivered, error, clock.instant())
                        .get(config.responseTimeout().toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ProcessRequestException("Interrupted", ESME_RSYSERR);
            } catch (Exception e) {
                throw new ProcessRequestException("Receipt not recorded: " + e.getMessage(), ESME_RSYSERR, e);
            }
        }

        /** receipted_message_id when the SMSC sends it (the submit_sm_resp's form), else the text's id in the account's form. */
        private String receiptKey(DeliverSm deliverSm, DeliveryReceipt receipt) {
            OptionalParameter tlv = deliverSm.getOptionalParameter(OptionalParameter.Tag.RECEIPTED_MESSAGE_ID);
            if (tlv instanceof OptionalParameter.COctetString id) {
                String value = id.getValueAsString().replace("\0", "").trim();
                if (!value.isEmpty()) {
                    return config.receiptIdForm().keyOfResponseId(value);
                }
            }
            return config.receiptIdForm().keyOfReceiptId(receipt.getId());
        }

        @Override
        public void onAcceptAlertNotification(AlertNotification alertNotification) {
            // No alert_notification is requested.
        }

        @Override
        public DataSmResult onAcceptDataSm(DataSm dataSm, Session source) throws ProcessRequestException {
            throw new ProcessRequestException("data_sm is not handled", 0x03);
        }
    }

    /** The SMSC answered a submit with an error status. */
    public static final class SmscRefusal extends Exception {
        private final int commandStatus;

        SmscRefusal(int commandStatus) {
            super(SmppStatus.reason(commandStatus));
            this.commandStatus = commandStatus;
        }

        public int commandStatus() {
            return commandStatus;
        }
    }

    /** Nothing went out: not bound, or the socket broke before the submit was written. */
    public static final class LinkUnavailable extends Exception {
        LinkUnavailable(String message) {
            super(message);
        }
    }

    /** The submit went out and no answer came: the SMSC may or may not have the part. */
    public static final class NoAnswer extends Exception {
        private final String cause;

        NoAnswer(String cause) {
            super(cause);
            this.cause = cause;
        }

        public String reason() {
            return cause;
        }
    }
}
