package vn.mobifone.care.smsgateway.interop;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.DataCodings;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.InterfaceVersion;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.SubmitSm;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.examples.SMPPServerSimulator;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.session.BindRequest;
import org.jsmpp.session.SMPPServerSession;
import org.jsmpp.session.SMPPServerSessionListener;
import org.jsmpp.session.SubmitSmResult;
import vn.mobifone.care.smsc.ReceivedSubmit;

/**
 * jsmpp's own SMSC simulator ({@code org.jsmpp.examples.SMPPServerSimulator}, jsmpp-examples 3.0.2
 * from Maven Central) on a loopback port, as an operator would point the gateway at it. Its
 * submit_sm handling is the simulator's own, quirks included: random hex message ids in
 * submit_sm_resp, receipts one second later that carry the id in decimal, no receipt for a
 * session that is gone, no {@code query_sm}, and a "Hello World" mobile-originated deliver_sm
 * right after the bind. Its accept loop cannot be stopped, so this class runs the same loop
 * (transceiver binds of {@code j}/{@code jpwd} only, as the simulator's) where a test can stop the
 * SMSC and bring it back. On top it records what arrived, and can answer slowly, one submit at a
 * time, as OpenSmpp's simulator does (300 ms a PDU there).
 */
final class JsmppSimulatorSmsc implements AutoCloseable {

    static final String SYSTEM_ID = "j";
    static final String PASSWORD = "jpwd";

    private final int port;
    private final Recording simulator = new Recording();
    private final List<SMPPServerSession> sessions = new CopyOnWriteArrayList<>();
    private final ExecutorService binds = Executors.newCachedThreadPool(daemon("interop-smsc-bind"));
    private final ScheduledExecutorService later = Executors.newSingleThreadScheduledExecutor(daemon("interop-smsc-restart"));
    private volatile SMPPServerSessionListener listener;

    private JsmppSimulatorSmsc(int port) {
        this.port = port;
    }

    static JsmppSimulatorSmsc start(int port) {
        JsmppSimulatorSmsc smsc = new JsmppSimulatorSmsc(port);
        smsc.open();
        return smsc;
    }

    /** What the SMSC accepted for a subscriber, in arrival order. */
    List<ReceivedSubmit> submitsTo(String msisdn) {
        return simulator.received.stream().filter(s -> s.destination().equals(msisdn)).toList();
    }

    List<ReceivedSubmit> submits() {
        return List.copyOf(simulator.received);
    }

    /** The fields of the submits to a subscriber that {@link ReceivedSubmit} does not keep. */
    List<Fields> fieldsTo(String msisdn) {
        return simulator.fields.stream().filter(f -> f.destination().equals(msisdn)).toList();
    }

    record Fields(String destination, byte sourceTon, byte esmClass, String validityPeriod) {
    }

    /** Each submit_sm answered {@code delay} after the one before it: a backlogged SMSC. */
    void answerOneAtATime(Duration delay) {
        simulator.delay = delay;
    }

    int boundSessions() {
        return (int) sessions.stream().filter(s -> s.getSessionState().isBound()).count();
    }

    /** The SMSC goes away (its port closed, every bind cut) and comes back after {@code outage}. */
    void stopFor(Duration outage) {
        stop();
        later.schedule(this::open, outage.toMillis(), TimeUnit.MILLISECONDS);
    }

    boolean isListening() {
        return listener != null;
    }

    @Override
    public void close() {
        later.shutdownNow();
        stop();
    }

    private synchronized void open() {
        try {
            SMPPServerSessionListener next = new SMPPServerSessionListener(port);
            next.setMessageReceiverListener(simulator);
            next.setResponseDeliveryListener(simulator);
            listener = next;
            Thread accept = new Thread(() -> acceptLoop(next), "interop-smsc-accept");
            accept.setDaemon(true);
            accept.start();
        } catch (IOException e) {
            throw new IllegalStateException("The SMSC cannot listen on " + port, e);
        }
    }

    private synchronized void stop() {
        SMPPServerSessionListener current = listener;
        listener = null;
        if (current != null) {
            try {
                current.close();
            } catch (IOException e) {
                // closing anyway
            }
        }
        sessions.forEach(SMPPServerSession::close);
        sessions.clear();
    }

    /**
     * Counts a bound session as the SMSC's own, unless the SMSC stopped while the bind was under way:
     * a connection accepted just before a stop must not outlive it, or the outage would not be one.
     */
    private synchronized boolean admit(SMPPServerSession session) {
        if (listener == null) {
            return false;
        }
        sessions.add(session);
        return true;
    }

    private void acceptLoop(SMPPServerSessionListener from) {
        while (listener == from) {
            try {
                SMPPServerSession session = from.accept();
                binds.execute(() -> bind(session));
            } catch (IOException e) {
                return; // closed: the SMSC stopped
            }
        }
    }

    /** As the simulator's own WaitBindTask: transceiver binds with its credentials, then a mobile-originated text. */
    private void bind(SMPPServerSession session) {
        try {
            BindRequest request = session.waitForBind(5_000);
            if (request.getBindType() != BindType.BIND_TRX || !SYSTEM_ID.equals(request.getSystemId())
                    || !PASSWORD.equals(request.getPassword())) {
                request.reject(SMPPConstant.STAT_ESME_RBINDFAIL);
                return;
            }
            if (!admit(session)) {
                session.close();
                return;
            }
            session.setInterfaceVersion(InterfaceVersion.IF_50.min(request.getInterfaceVersion()));
            request.accept("sys", InterfaceVersion.IF_50);
            session.deliverShortMessage("CMT", TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN, "555",
                    TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN, "12345", new ESMClass(0), (byte) 0x00, (byte) 0x00,
                    new RegisteredDelivery(), DataCodings.ZERO, "Hello World".getBytes());
        } catch (Exception e) {
            session.close();
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    /** The simulator itself, recording each submit it accepts. */
    private static final class Recording extends SMPPServerSimulator {

        final List<ReceivedSubmit> received = new CopyOnWriteArrayList<>();
        final List<Fields> fields = new CopyOnWriteArrayList<>();
        final ReentrantLock oneAtATime = new ReentrantLock();
        volatile Duration delay = Duration.ZERO;

        Recording() {
            super(false, 0, SYSTEM_ID, PASSWORD);
        }

        @Override
        public SubmitSmResult onAcceptSubmitSm(SubmitSm submitSm, SMPPServerSession source) throws ProcessRequestException {
            Duration wait = delay;
            if (!wait.isZero()) {
                oneAtATime.lock();
                try {
                    // The slow SMSC's own time per PDU (what it costs to answer), not a test waiting for something.
                    long until = System.nanoTime() + wait.toNanos();
                    for (long left = wait.toNanos(); left > 0 && !Thread.currentThread().isInterrupted(); left = until - System.nanoTime()) {
                        LockSupport.parkNanos(left);
                    }
                } finally {
                    oneAtATime.unlock();
                }
            }
            SubmitSmResult result = super.onAcceptSubmitSm(submitSm, source);
            received.add(received(submitSm, result.getMessageId()));
            fields.add(new Fields(submitSm.getDestAddress(), submitSm.getSourceAddrTon(), submitSm.getEsmClass(),
                    submitSm.getValidityPeriod()));
            return result;
        }

        private static ReceivedSubmit received(SubmitSm submit, String messageId) {
            byte[] message = submit.getShortMessage();
            int reference = 0;
            int total = 1;
            int sequence = 1;
            byte[] payload = message;
            if ((submit.getEsmClass() & 0x40) != 0 && message.length > 0) {
                int headerLength = message[0] & 0xff;
                for (int i = 1; i + 1 < 1 + headerLength; ) {
                    int element = message[i] & 0xff;
                    int length = message[i + 1] & 0xff;
                    if (element == 0x00 && length == 3) {
                        reference = message[i + 2] & 0xff;
                        total = message[i + 3] & 0xff;
                        sequence = message[i + 4] & 0xff;
                    }
                    i += 2 + length;
                }
                payload = Arrays.copyOfRange(message, 1 + headerLength, message.length);
            }
            return new ReceivedSubmit(messageId, SYSTEM_ID, submit.getSourceAddr(),
                    submit.getDestAddress(), submit.getDataCoding(), reference, total, sequence, payload, Instant.now());
        }
    }
}
