package vn.mobifone.care.subscriberlookup.decree49;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import vn.mobifone.care.platform.msisdn.Msisdn;
import vn.mobifone.care.platform.problem.ResourceConflict;
import vn.mobifone.care.platform.security.Caller;
import vn.mobifone.care.subscriberlookup.LookupConfig;
import vn.mobifone.care.subscriberlookup.audit.AccessAudit;
import vn.mobifone.care.subscriberlookup.audit.AccessReason;
import vn.mobifone.care.subscriberlookup.audit.AccessView;
import vn.mobifone.care.subscriberlookup.subscriber.SubscriberRepository;

/**
 * The legacy pop-up's OK button: an agent acknowledges the warning of an incomplete subscriber
 * for one call (or stated purpose); only that agent, for that call, then sees the record, and
 * only for a call's length ({@code care.lookup.acknowledgement-validity}).
 */
@ApplicationScoped
public class Decree49Acknowledgements {

    private static final String ACKNOWLEDGED = "SELECT 1 FROM decree49_acknowledgement WHERE msisdn = ? AND subject = ? AND %s = ?"
            + " AND acknowledged_at >= ? LIMIT 1";
    private static final String ACKNOWLEDGED_FOR_CALL = ACKNOWLEDGED.formatted("call_id");
    private static final String ACKNOWLEDGED_FOR_PURPOSE = ACKNOWLEDGED.formatted("purpose");

    private final EntityManager em;
    private final AgroalDataSource dataSource;
    private final SubscriberRepository subscribers;
    private final AccessAudit audit;
    private final Caller caller;
    private final Clock clock;
    private final LookupConfig config;

    public Decree49Acknowledgements(EntityManager em, AgroalDataSource dataSource, SubscriberRepository subscribers, AccessAudit audit, Caller caller,
            Clock clock, LookupConfig config) {
        this.em = em;
        this.dataSource = dataSource;
        this.subscribers = subscribers;
        this.audit = audit;
        this.caller = caller;
        this.clock = clock;
        this.config = config;
    }

    @Transactional
    public Acknowledged acknowledge(Msisdn msisdn, AccessReason reason) {
        // The data source hands out the connection enlisted in this transaction, which the entity manager uses too
        try (Connection connection = dataSource.getConnection()) {
            return acknowledge(connection, msisdn, reason);
        } catch (SQLException e) {
            throw new IllegalStateException("The acknowledgement of " + msisdn + " could not be recorded", e);
        }
    }

    private Acknowledged acknowledge(Connection connection, Msisdn msisdn, AccessReason reason) {
        Decree49Status status = Decree49Status.of(subscribers.read(connection, msisdn));
        if (status.complete()) {
            throw new ResourceConflict("decree49-complete", "Subscriber " + msisdn + " is complete under Decree 49; there is no warning to acknowledge");
        }
        Decree49Acknowledgement ack = new Decree49Acknowledgement();
        ack.id = UUID.randomUUID();
        ack.msisdn = msisdn.value();
        ack.subject = caller.id();
        ack.callId = reason.callId();
        ack.purpose = reason.purpose();
        ack.acknowledgedAt = clock.instant();
        em.persist(ack);
        audit.record(connection, msisdn, AccessView.DECREE49_ACKNOWLEDGEMENT, reason);
        return new Acknowledged(ack.id, msisdn, ack.acknowledgedAt, ack.acknowledgedAt.plus(config.acknowledgementValidity()), status);
    }

    /**
     * {@link #acknowledged(Connection, Msisdn, AccessReason)} for a change: inside its transaction
     * the data source hands out the transaction's connection.
     */
    public boolean acknowledged(Msisdn msisdn, AccessReason reason) {
        try (Connection connection = dataSource.getConnection()) {
            return acknowledged(connection, msisdn, reason);
        } catch (SQLException e) {
            throw new IllegalStateException("The acknowledgements of " + msisdn + " could not be read", e);
        }
    }

    /**
     * Whether the calling agent acknowledged the warning for this number within this call, recently
     * enough. A plain query on the lookup's connection: it is asked on every lookup of an
     * incomplete subscriber, and a persistence session opened only for it would cost more than
     * the rest of the lookup.
     */
    public boolean acknowledged(Connection connection, Msisdn msisdn, AccessReason reason) {
        boolean byCall = reason.callId() != null;
        try (PreparedStatement query = connection.prepareStatement(byCall ? ACKNOWLEDGED_FOR_CALL : ACKNOWLEDGED_FOR_PURPOSE)) {
            query.setString(1, msisdn.value());
            query.setString(2, caller.id());
            query.setString(3, byCall ? reason.callId() : reason.purpose());
            query.setObject(4, OffsetDateTime.ofInstant(clock.instant().minus(config.acknowledgementValidity()), ZoneOffset.UTC));
            try (ResultSet found = query.executeQuery()) {
                return found.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The acknowledgements of " + msisdn + " could not be read", e);
        }
    }

    public record Acknowledged(UUID acknowledgementId, Msisdn msisdn, Instant acknowledgedAt, Instant validUntil, Decree49Status decree49) {
    }
}
