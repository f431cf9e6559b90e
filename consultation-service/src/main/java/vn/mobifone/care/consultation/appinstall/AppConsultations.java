package vn.mobifone.care.consultation.appinstall;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import vn.mobifone.care.consultation.subscriber.Subscriber;
import vn.mobifone.care.consultation.subscriber.SubscriberDirectory;
import vn.mobifone.care.contracts.events.ConsultationRecorded;
import vn.mobifone.care.contracts.events.SmsRequested;
import vn.mobifone.care.contracts.events.Topics;
import vn.mobifone.care.platform.msisdn.Msisdn;
import vn.mobifone.care.platform.persistence.LocalTransaction;
import vn.mobifone.care.platform.outbox.Outbox;
import vn.mobifone.care.platform.problem.BusinessRuleViolation;
import vn.mobifone.care.platform.problem.ResourceConflict;
import vn.mobifone.care.platform.problem.ResourceNotFound;
import vn.mobifone.care.platform.time.CareClock;

/**
 * The app-install consultation of seed 000: what the screen shows for a subscriber, and the save
 * of a consultation with its history line, its event and the link SMS, in one local transaction.
 * The lookup is read before any connection is taken, so a slow lookup holds no database resources
 * and a failed one leaves nothing written.
 */
@ApplicationScoped
public class AppConsultations {

    static final String OUTCOME = "CONSULTED";
    /** Care messages go before campaign traffic in the gateway's queue: the customer is still on the line. */
    private static final int SMS_PRIORITY = 7;

    private final SubscriberDirectory directory;
    private final AgroalDataSource dataSource;
    private final LocalTransaction transaction;
    private final Outbox outbox;
    private final Clock clock;
    private final ConversionMetrics metrics;

    public AppConsultations(SubscriberDirectory directory, AgroalDataSource dataSource, LocalTransaction transaction, Outbox outbox,
            Clock clock, ConversionMetrics metrics) {
        this.directory = directory;
        this.dataSource = dataSource;
        this.transaction = transaction;
        this.outbox = outbox;
        this.clock = clock;
        this.metrics = metrics;
    }

    /** A consultation and whether this request created it (false: a retry found it). */
    public record Recorded(ConsultationView consultation, boolean created) {
    }

    public AppConsultationScreen screen(Msisdn msisdn, CallContext call) {
        Subscriber subscriber = directory.read(msisdn, call.callId());
        requireAcknowledged(subscriber);
        return read(c -> {
            Optional<Instant> installed = Installations.installedAt(c, msisdn);
            boolean appInstalled = subscriber.appInstalled() || installed.isPresent();
            ConsultBox box = box(subscriber, call, appInstalled, ChannelLock.holder(c, msisdn), clock.instant());
            LocalDate installedOn = subscriber.appInstalledOn() != null ? subscriber.appInstalledOn()
                    : installed.map(at -> LocalDate.ofInstant(at, CareClock.ZONE)).orElse(null);
            return new AppConsultationScreen(msisdn, subscriber.smartphone(), appInstalled, installedOn, box,
                    box.state() == BoxState.ALREADY_INSTALLED ? AppScripts.FEATURES : List.of(),
                    box.state() == BoxState.AVAILABLE ? AppScripts.PITCH : null,
                    Consultations.ofSubscriber(c, msisdn));
        });
    }

    public ConsultationView get(UUID id) {
        return read(c -> Consultations.byId(c, id)).orElseThrow(() -> new ResourceNotFound("Consultation", id));
    }

    public Recorded record(ConsultationRequest request, String agentId) {
        Optional<ConsultationView> earlier = read(c -> Consultations.byKey(c, agentId, request.idempotencyKey()));
        if (earlier.isPresent()) {
            return replay(earlier.get(), request);
        }
        CallContext call = new CallContext(request.callId(), Line.of("line", request.line()), request.callReason(), request.flags());
        Msisdn msisdn = request.msisdn();
        Subscriber subscriber = directory.read(msisdn, call.callId());
        requireAcknowledged(subscriber);
        // The database keeps microseconds: the answer shows the instants as they are stored.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        // The clear refusals first; the lock itself is decided again by the database below.
        refuseUnlessAvailable(read(c -> box(subscriber, call, subscriber.appInstalled() || Installations.installedAt(c, msisdn).isPresent(),
                ChannelLock.holder(c, msisdn), now)));
        UUID id = UUID.randomUUID();
        Recorded recorded = transaction.run(c -> Sql.run(c, tx -> save(tx, id, request, call, agentId, now)));
        if (!recorded.created()) {
            return replay(recorded.consultation(), request);
        }
        metrics.recorded(request.channel(), agentId);
        return recorded;
    }

    private Recorded save(Connection c, UUID id, ConsultationRequest request, CallContext call, String agentId, Instant now)
            throws SQLException {
        Msisdn msisdn = request.msisdn();
        if (!Consultations.insert(c, id, msisdn, request.channel(), agentId, call.callId(), call.line(), request.idempotencyKey(), now)) {
            // The same save raced itself (a retry while the first was still running); the first one stands.
            return new Recorded(Consultations.byKey(c, agentId, request.idempotencyKey()).orElseThrow(), false);
        }
        if (!ChannelLock.take(c, msisdn, id, request.channel(), now)) {
            throw channelLocked(ChannelLock.holder(c, msisdn).orElseThrow());
        }
        String detail = request.channel() + " by " + agentId + " on " + call.line().number();
        Consultations.line(c, id, now, "RECORDED", detail);
        outbox.publishAll(c, Topics.CONSULTATION_RECORDED, List.of(new ConsultationRecorded(UUID.randomUUID(), now,
                ConsultationRecorded.VERSION, id, msisdn.value(), request.channel().name(), agentId, OUTCOME)));
        outbox.publishAll(c, Topics.SMS_REQUESTED, List.of(new SmsRequested(UUID.randomUUID(), now, SmsRequested.VERSION,
                Consultations.smsKey(id), msisdn.value(), AppScripts.LINK_TEMPLATE, Map.of(), "SMS", null, "CARE", SMS_PRIORITY, null)));
        return new Recorded(new ConsultationView(id, msisdn, request.channel(), agentId, call.callId(), call.line().number(), now,
                now.plus(ChannelLock.HOLD), "REQUESTED", false, null, List.of(new HistoryLine(now, "RECORDED", detail))), true);
    }

    /** The box's state for this subscriber on this call, in the order of the seed's steps. */
    static ConsultBox box(Subscriber subscriber, CallContext call, boolean appInstalled, Optional<ChannelLock.Holder> holder, Instant now) {
        Optional<Refusal> refusal = Eligibility.refusal(call, subscriber);
        if (subscriber.otherNetwork()) {
            return ConsultBox.notEligible(refusal.orElseThrow());
        }
        if (!subscriber.smartphone()) {
            return ConsultBox.of(BoxState.NOT_SMARTPHONE);
        }
        if (appInstalled) {
            return ConsultBox.of(BoxState.ALREADY_INSTALLED);
        }
        if (refusal.isPresent()) {
            return ConsultBox.notEligible(refusal.get());
        }
        if (holder.isPresent() && holder.get().heldAt(now)) {
            return ConsultBox.locked(holder.get());
        }
        return ConsultBox.of(BoxState.AVAILABLE);
    }

    private static void refuseUnlessAvailable(ConsultBox box) {
        switch (box.state()) {
            case NOT_SMARTPHONE -> throw new BusinessRuleViolation("not-smartphone",
                    "The subscriber does not use a smartphone: greet and end, no app consultation");
            case ALREADY_INSTALLED -> throw new ResourceConflict("app-already-installed", "My MobiFone is already installed");
            case NOT_ELIGIBLE -> throw new BusinessRuleViolation(box.reason(), box.detail());
            case LOCKED -> throw new ResourceConflict("channel-locked", box.detail());
            case AVAILABLE -> {
            }
        }
    }

    private static ResourceConflict channelLocked(ChannelLock.Holder holder) {
        return new ResourceConflict("channel-locked", ConsultBox.locked(holder).detail());
    }

    private static Recorded replay(ConsultationView earlier, ConsultationRequest request) {
        if (!earlier.msisdn().equals(request.msisdn()) || earlier.channel() != request.channel()) {
            throw new ResourceConflict("idempotency-key-reused", "Idempotency key " + request.idempotencyKey()
                    + " was used for another consultation (" + earlier.id() + ")");
        }
        return new Recorded(earlier, false);
    }

    private static void requireAcknowledged(Subscriber subscriber) {
        if (subscriber.acknowledgementRequired()) {
            throw new ResourceConflict("decree49-acknowledgement-required", "Subscriber " + subscriber.msisdn()
                    + " lacks Decree-49 information: acknowledge the lookup's warning for this call first");
        }
    }

    private <T> T read(Sql<T> work) {
        try (Connection c = dataSource.getConnection()) {
            return Sql.run(c, work);
        } catch (SQLException e) {
            throw new IllegalStateException("The consultation store could not be reached", e);
        }
    }
}
