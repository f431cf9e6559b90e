package vn.mobifone.care.smsgateway.smpp;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.time.Clock;
import java.util.concurrent.Semaphore;
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
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.SMSCDeliveryReceipt;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.extra.NegativeResponseException;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.extra.SessionState;
import org.jsmpp.session.BindParameter;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.MessageReceiverListener;
import org.jsmpp.session.SMPPSession;
import org.jsmpp.session.Session;
import org.jsmpp.util.DeliveryReceiptState;
import vn.mobifone.care.smsgateway.delivery.Backoff;
import vn.mobifone.care.smsgateway.delivery.LedgerWriter;
import vn.mobifone.care.smsgateway.delivery.SmscId;

/**
 * The transceiver bind to the SMSC: binds, keeps the link alive with enquire_link, rebinds with
 * backoff when it drops, submits parts and takes delivery receipts. A receipt is acknowledged
 * only once it is committed; if that fails the SMSC gets an error and sends it again.
 */
@ApplicationScoped
public class SmppLink {

    private static final Logger LOG = Logger.getLogger(SmppLink.class);
    private static final int ESME_RSYSERR = 0x08;

    private final SmppConfig config;
    private final LedgerWriter writer;
    private final Clock clock;
    private final String account;
    private final Semaphore linkDown = new Semaphore(0);
    private volatile SMPPSession session;
    private volatile boolean running;
    private Thread keeper;

    public SmppLink(SmppConfig config, LedgerWriter writer, Clock clock) {
        this.config = config;
        this.writer = writer;
        this.clock = clock;
        this.account = config.account().orElse(config.systemId());
    }

    /** The SMSC account whose ids this bind's submits and receipts carry. */
    public String account() {
        return account;
    }

    /** Submits one part; returns the SMSC's message id. */
    public String submit(String brandname, String msisdn, byte dataCoding, boolean withHeader, byte[] payload)
            throws SmscRefusal, LinkUnavailable {
        SMPPSession current = session;
        if (current == null || !current.getSessionState().isBound()) {
            throw new LinkUnavailable("not bound");
        }
        try {
            return current.submitShortMessage(config.systemType().orElse(""), TypeOfNumber.ALPHANUMERIC, NumberingPlanIndicator.UNKNOWN, brandname,
                    TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN, msisdn,
                    new ESMClass(withHeader ? 0x40 : 0x00), (byte) 0, (byte) 0, null, null,
                    new RegisteredDelivery(SMSCDeliveryReceipt.SUCCESS_FAILURE), (byte) 0, DataCodings.newInstance(dataCoding), (byte) 0,
                    payload).getMessageId();
        } catch (NegativeResponseException e) {
            throw new SmscRefusal(e.getCommandStatus());
        } catch (Exception e) {
            // Timeout or broken socket: the SMSC may or may not have the part; it goes again.
            throw new LinkUnavailable(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    public boolean isBound() {
        SMPPSession current = session;
        return current != null && current.getSessionState().isBound();
    }

    synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        keeper = new Thread(this::keepBound, "smpp-link");
        keeper.setDaemon(true);
        keeper.start();
    }

    synchronized void stop() {
        running = false;
        linkDown.release();
        if (keeper != null) {
            try {
                keeper.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            keeper = null;
        }
        SMPPSession current = session;
        session = null;
        if (current != null) {
            current.unbindAndClose();
        }
    }

    private void keepBound() {
        Backoff backoff = new Backoff(config.reconnectMin(), config.reconnectMax(), Integer.MAX_VALUE);
        int failures = 0;
        while (running) {
            if (isBound()) {
                awaitDrop();
                continue;
            }
            try {
                session = bind();
                failures = 0;
                LOG.infof("Bound to SMSC %s:%d as %s", config.host(), config.port(), config.systemId());
            } catch (IOException e) {
                failures++;
                long wait = backoff.after(failures).orElseThrow().toMillis();
                LOG.warnf("SMSC %s:%d not reachable (%s), next bind in %d ms", config.host(), config.port(), e.getMessage(), wait);
                sleep(wait);
            }
        }
    }

    private SMPPSession bind() throws IOException {
        SMPPSession next = new SMPPSession();
        next.setEnquireLinkTimer((int) config.enquireLinkInterval().toMillis());
        next.setTransactionTimer(config.responseTimeout().toMillis());
        next.setPduProcessorDegree(config.pduProcessors());
        next.setMessageReceiverListener(new Receipts());
        next.addSessionStateListener((SessionState newState, SessionState oldState, Session source) -> {
            if (!newState.isBound() && oldState.isBound()) {
                LOG.warnf("SMSC link %s (was %s), rebinding", newState, oldState);
                linkDown.release();
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

    private void awaitDrop() {
        try {
            linkDown.tryAcquire(1, TimeUnit.SECONDS);
            linkDown.drainPermits();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
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
                writer.receipt(new SmscId(account, receipt.getId()), delivered, error, clock.instant())
                        .get(config.responseTimeout().toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ProcessRequestException("Interrupted", ESME_RSYSERR);
            } catch (Exception e) {
                throw new ProcessRequestException("Receipt not recorded: " + e.getMessage(), ESME_RSYSERR, e);
            }
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

    /** No answer: not bound, timed out or the socket broke. */
    public static final class LinkUnavailable extends Exception {
        LinkUnavailable(String message) {
            super(message);
        }
    }
}
