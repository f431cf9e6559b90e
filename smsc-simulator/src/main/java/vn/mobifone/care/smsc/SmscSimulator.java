package vn.mobifone.care.smsc;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.jsmpp.bean.BroadcastSm;
import org.jsmpp.bean.CancelBroadcastSm;
import org.jsmpp.bean.CancelSm;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.DeliveryReceipt;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.GSMSpecificFeature;
import org.jsmpp.bean.GeneralDataCoding;
import org.jsmpp.bean.MessageMode;
import org.jsmpp.bean.MessageType;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.QueryBroadcastSm;
import org.jsmpp.bean.QuerySm;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.ReplaceSm;
import org.jsmpp.bean.SMSCDeliveryReceipt;
import org.jsmpp.bean.SubmitMulti;
import org.jsmpp.bean.SubmitSm;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.session.BindRequest;
import org.jsmpp.session.BroadcastSmResult;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.QueryBroadcastSmResult;
import org.jsmpp.session.QuerySmResult;
import org.jsmpp.session.SMPPServerSession;
import org.jsmpp.session.SMPPServerSessionListener;
import org.jsmpp.session.ServerMessageReceiverListener;
import org.jsmpp.session.Session;
import org.jsmpp.session.SubmitMultiResult;
import org.jsmpp.session.SubmitSmResult;
import org.jsmpp.util.DeliveryReceiptState;
import org.jsmpp.util.MessageId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An SMSC on a real SMPP 3.4 socket (jsmpp): binds any ESME, acknowledges submit_sm with a
 * message id, sends a delivery receipt (deliver_sm) per accepted part after a delay, and can
 * throttle (0x58 above a rate), refuse or fail messages on demand. Tests and the benchmark use it
 * as a library; {@link SimulatorMain} runs it on its own.
 */
public final class SmscSimulator implements AutoCloseable {

    public static final int DEFAULT_PORT = 2775;
    public static final int STATUS_THROTTLED = 0x58;
    public static final int STATUS_QUEUE_FULL = 0x14;
    public static final int STATUS_INVALID_DESTINATION = 0x0B;
    private static final int STATUS_SYSTEM_ERROR = 0x08;
    private static final byte UDH_CONCAT_IE = 0x00;
    /**
     * deliver_sm waiting for their response at once, as an SMSC's own window towards the ESME: an
     * ESME that answers a receipt only once it is stored must not hold up the next ones.
     */
    static final int RECEIPT_WINDOW = 50;
    private static final Logger LOG = LoggerFactory.getLogger(SmscSimulator.class);

    private final int requestedPort;
    private static final long FIRST_ID = 0x10000;
    /** Message ids as many SMSCs hand them out: counted from the same start after every restart. */
    private final AtomicLong ids = new AtomicLong(FIRST_ID);
    /** With ids per account, each system id has its own counter and two accounts get the same ids. */
    private final Map<String, AtomicLong> idsByAccount = new ConcurrentHashMap<>();
    private volatile boolean idsPerAccount;
    // Appended at the submit rate: a copy-on-write list would copy itself on every submit.
    private final ConcurrentLinkedQueue<ReceivedSubmit> submits = new ConcurrentLinkedQueue<>();
    private final List<SMPPServerSession> sessions = new CopyOnWriteArrayList<>();
    /** The account each session bound as: receipts go back to the account that submitted. */
    private final Map<SMPPServerSession, String> boundAs = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<Long> acceptedAt = new ConcurrentLinkedQueue<>();
    private final FailurePlan failures = new FailurePlan();
    private final ScheduledExecutorService receiptTimer = Executors.newSingleThreadScheduledExecutor(daemon("smsc-receipt-timer"));
    private final ExecutorService receiptWindow = Executors.newFixedThreadPool(RECEIPT_WINDOW, daemon("smsc-receipts"));
    private final ExecutorService binder = Executors.newCachedThreadPool(daemon("smsc-bind"));
    private volatile Duration receiptDelay;
    private volatile int maxPerSecond;
    private volatile boolean running;
    private SMPPServerSessionListener listener;

    private SmscSimulator(int port, Duration receiptDelay) {
        this.requestedPort = port;
        this.receiptDelay = receiptDelay;
    }

    /** Starts listening on {@code port} (0 picks a free one). */
    public static SmscSimulator start(int port, Duration receiptDelay) {
        SmscSimulator simulator = new SmscSimulator(port, receiptDelay);
        simulator.listen();
        return simulator;
    }

    public int port() {
        return listener.getPort();
    }

    /** Answers 0x58 to submits above this rate (per second, over all binds); 0 for no limit. */
    public void throttleAbove(int perSecond) {
        this.maxPerSecond = perSecond;
    }

    public void receiptDelay(Duration delay) {
        this.receiptDelay = delay;
    }

    /** The next {@code count} submits to {@code destination} are answered with {@code commandStatus}. */
    public void refuseNext(String destination, int count, int commandStatus) {
        failures.refuseNext(destination, count, commandStatus);
    }

    /** Every message to {@code destination} is accepted, then reported UNDELIV with {@code errorCode}. */
    public void undeliverable(String destination, String errorCode) {
        failures.undeliverable(destination, errorCode);
    }

    /** Receipts of messages to {@code destination} are never sent, as if the SMSC lost them. */
    public void withholdReceipts(String destination) {
        failures.withholdReceipts(destination);
    }

    /** Numbers message ids per account (system id) from now on, or over all binds (the default). */
    public void idsPerAccount(boolean perAccount) {
        this.idsPerAccount = perAccount;
    }

    /**
     * Restarts as an SMSC that does not keep its id counter: every session is closed and the ids
     * start again from the first one, so ids handed out before come back. Receipts still pending
     * go to the account's next session, as before.
     */
    public void restartWithIdsReset() {
        dropSessions();
        ids.set(FIRST_ID);
        idsByAccount.clear();
    }

    public void clearFailures() {
        failures.clear();
        maxPerSecond = 0;
    }

    public List<ReceivedSubmit> submits() {
        return List.copyOf(submits);
    }

    public List<ReceivedSubmit> submitsTo(String destination) {
        return submits.stream().filter(s -> s.destination().equals(destination)).toList();
    }

    public int boundSessions() {
        return (int) sessions.stream().filter(s -> s.getSessionState().isBound()).count();
    }

    /** Closes every bound session at once, as an SMSC restart would, and keeps listening. */
    public void dropSessions() {
        List<SMPPServerSession> open = new ArrayList<>(sessions);
        sessions.clear();
        // boundAs keeps the closed sessions: their pending receipts still need their account
        open.forEach(SMPPServerSession::close);
    }

    @Override
    public void close() {
        running = false;
        dropSessions();
        try {
            listener.close();
        } catch (IOException e) {
            LOG.debug("Listener already closed", e);
        }
        receiptTimer.shutdownNow();
        receiptWindow.shutdownNow();
        binder.shutdownNow();
    }

    private void listen() {
        try {
            listener = new SMPPServerSessionListener(requestedPort == 0 ? freePort() : requestedPort, new LoopbackListener());
        } catch (IOException e) {
            throw new IllegalStateException("SMSC simulator cannot listen on port " + requestedPort, e);
        }
        listener.setPduProcessorDegree(8);
        listener.setMessageReceiverListener(new Receiver());
        running = true;
        Thread acceptor = new Thread(this::acceptLoop, "smsc-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    private void acceptLoop() {
        while (running) {
            try {
                SMPPServerSession session = listener.accept();
                binder.execute(() -> bind(session));
            } catch (IOException e) {
                if (running) {
                    LOG.warn("Accept failed: {}", e.getMessage());
                }
            }
        }
    }

    private void bind(SMPPServerSession session) {
        try {
            BindRequest request = session.waitForBind(5_000);
            request.accept(request.getSystemId());
            boundAs.put(session, request.getSystemId());
            sessions.add(session);
            LOG.info("Bound {} ({})", request.getSystemId(), request.getBindType());
        } catch (Exception e) {
            LOG.warn("Bind failed: {}", e.getMessage());
            session.close();
        }
    }

    private SubmitSmResult accept(SubmitSm submit, SMPPServerSession session) throws ProcessRequestException {
        String destination = submit.getDestAddress();
        Optional<Integer> refusal = failures.refusalFor(destination);
        if (refusal.isPresent()) {
            throw new ProcessRequestException("Refused on demand", refusal.get());
        }
        if (overRate()) {
            throw new ProcessRequestException("Throttled", STATUS_THROTTLED);
        }
        String id = Long.toHexString(counterFor(session).incrementAndGet());
        submits.add(received(id, submit, session));
        boolean receiptRequested = SMSCDeliveryReceipt.SUCCESS_FAILURE.containedIn(submit.getRegisteredDelivery())
                || SMSCDeliveryReceipt.SUCCESS.containedIn(submit.getRegisteredDelivery());
        if (receiptRequested && !failures.receiptWithheld(destination)) {
            Instant submitted = Instant.now();
            scheduleReceipt(() -> sendReceipt(session, submit, id, submitted), receiptDelay.toMillis());
        }
        try {
            return new SubmitSmResult(new MessageId(id), new OptionalParameter[0]);
        } catch (Exception e) {
            throw new ProcessRequestException("Cannot build message id", STATUS_SYSTEM_ERROR, e);
        }
    }

    private AtomicLong counterFor(SMPPServerSession session) {
        if (!idsPerAccount) {
            return ids;
        }
        return idsByAccount.computeIfAbsent(Objects.toString(boundAs.get(session), ""), account -> new AtomicLong(FIRST_ID));
    }

    /** A sliding one-second window over accepted submits. */
    private boolean overRate() {
        int limit = maxPerSecond;
        if (limit <= 0) {
            return false;
        }
        long now = System.nanoTime();
        long horizon = now - TimeUnit.SECONDS.toNanos(1);
        synchronized (acceptedAt) {
            while (!acceptedAt.isEmpty() && acceptedAt.peek() < horizon) {
                acceptedAt.poll();
            }
            if (acceptedAt.size() >= limit) {
                return true;
            }
            acceptedAt.add(now);
            return false;
        }
    }

    private ReceivedSubmit received(String id, SubmitSm submit, SMPPServerSession session) {
        byte[] message = submit.getShortMessage();
        int reference = 0;
        int total = 1;
        int sequence = 1;
        byte[] payload = message;
        if ((submit.getEsmClass() & 0x40) != 0 && message.length > 0) {
            int headerLength = message[0] & 0xFF;
            if (headerLength >= 5 && message[1] == UDH_CONCAT_IE) {
                reference = message[3] & 0xFF;
                total = message[4] & 0xFF;
                sequence = message[5] & 0xFF;
            }
            payload = Arrays.copyOfRange(message, headerLength + 1, message.length);
        }
        return new ReceivedSubmit(id, session.getSessionId(), submit.getSourceAddr(), submit.getDestAddress(),
                submit.getDataCoding(), reference, total, sequence, payload, Instant.now());
    }

    private void sendReceipt(SMPPServerSession session, SubmitSm submit, String id, Instant submitted) {
        Optional<String> error = failures.undeliverableError(submit.getDestAddress());
        DeliveryReceiptState state = error.isPresent() ? DeliveryReceiptState.UNDELIV : DeliveryReceiptState.DELIVRD;
        DeliveryReceipt receipt = new DeliveryReceipt(id, 1, error.isPresent() ? 0 : 1, Date.from(submitted), new Date(),
                state, error.orElse("000"), "");
        try {
            session.deliverShortMessage("", TypeOfNumber.valueOf(submit.getDestAddrTon()), NumberingPlanIndicator.valueOf(submit.getDestAddrNpi()),
                    submit.getDestAddress(), TypeOfNumber.valueOf(submit.getSourceAddrTon()), NumberingPlanIndicator.valueOf(submit.getSourceAddrNpi()),
                    submit.getSourceAddr(), new ESMClass(MessageMode.DEFAULT, MessageType.SMSC_DEL_RECEIPT, GSMSpecificFeature.DEFAULT),
                    (byte) 0, (byte) 0, new RegisteredDelivery(0), GeneralDataCoding.DEFAULT, receipt.toString().getBytes(),
                    new OptionalParameter.Receipted_message_id(id),
                    new OptionalParameter.Message_state((byte) state.value()));
        } catch (Exception e) {
            // The ESME did not take the receipt (closed, refused, timed out): an SMSC retries it later.
            LOG.debug("Receipt {} not delivered, retrying: {}", id, e.getMessage());
            if (running) {
                scheduleReceipt(() -> sendReceipt(currentSession(session), submit, id, submitted), 500);
            }
        }
    }

    private void scheduleReceipt(Runnable send, long delayMillis) {
        receiptTimer.schedule(() -> receiptWindow.execute(send), delayMillis, TimeUnit.MILLISECONDS);
    }

    /**
     * After a reconnect the receipt goes to the ESME's new session: a bound session of the same
     * account (system id), never another ESME's, which would get a receipt for a message it
     * never sent.
     */
    private SMPPServerSession currentSession(SMPPServerSession previous) {
        if (previous.getSessionState().isBound()) {
            return previous;
        }
        String account = boundAs.get(previous);
        return sessions.stream()
                .filter(s -> s.getSessionState().isBound() && Objects.equals(boundAs.get(s), account))
                .findFirst().orElse(previous);
    }

    /** jsmpp reports the port it was given, not the one bound, so 0 is resolved here. */
    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    private final class Receiver implements ServerMessageReceiverListener {

        @Override
        public SubmitSmResult onAcceptSubmitSm(SubmitSm submitSm, SMPPServerSession source) throws ProcessRequestException {
            return accept(submitSm, source);
        }

        @Override
        public SubmitMultiResult onAcceptSubmitMulti(SubmitMulti submitMulti, SMPPServerSession source) throws ProcessRequestException {
            throw unsupported();
        }

        @Override
        public QuerySmResult onAcceptQuerySm(QuerySm querySm, SMPPServerSession source) throws ProcessRequestException {
            throw unsupported();
        }

        @Override
        public void onAcceptReplaceSm(ReplaceSm replaceSm, SMPPServerSession source) throws ProcessRequestException {
            throw unsupported();
        }

        @Override
        public void onAcceptCancelSm(CancelSm cancelSm, SMPPServerSession source) throws ProcessRequestException {
            throw unsupported();
        }

        @Override
        public BroadcastSmResult onAcceptBroadcastSm(BroadcastSm broadcastSm, SMPPServerSession source) throws ProcessRequestException {
            throw unsupported();
        }

        @Override
        public void onAcceptCancelBroadcastSm(CancelBroadcastSm cancelBroadcastSm, SMPPServerSession source) throws ProcessRequestException {
            throw unsupported();
        }

        @Override
        public QueryBroadcastSmResult onAcceptQueryBroadcastSm(QueryBroadcastSm queryBroadcastSm, SMPPServerSession source)
                throws ProcessRequestException {
            throw unsupported();
        }

        @Override
        public DataSmResult onAcceptDataSm(DataSm dataSm, Session source) throws ProcessRequestException {
            throw unsupported();
        }

        private ProcessRequestException unsupported() {
            // ESME_RINVCMDID: the simulator speaks submit_sm only, like the gateway.
            return new ProcessRequestException("Not supported by the simulator", 0x03);
        }
    }
}
