package vn.mobifone.care.smsgateway.advertising;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Optional;
import vn.mobifone.care.platform.msisdn.Msisdn;

@ApplicationScoped
public class OptOutList {

    private final Clock clock;

    public OptOutList(Clock clock) {
        this.clock = clock;
    }

    /**
     * Whether the subscriber opted out, read on the intake's connection: a plain query, because the
     * intake opens no persistence session, and one opened on every advertising request only for
     * this would cost more than the query.
     */
    public boolean contains(Connection connection, Msisdn msisdn) {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM opt_out WHERE msisdn = ?")) {
            query.setString(1, msisdn.value());
            try (ResultSet found = query.executeQuery()) {
                return found.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The opt-out of " + msisdn + " could not be read", e);
        }
    }

    public Optional<OptOut> find(Msisdn msisdn) {
        return OptOut.findByIdOptional(msisdn.value());
    }

    /** Idempotent: opting out twice keeps the first record. */
    @Transactional
    public OptOut add(Msisdn msisdn, String source, String recordedBy) {
        OptOut existing = OptOut.findById(msisdn.value());
        if (existing != null) {
            return existing;
        }
        OptOut optOut = new OptOut();
        optOut.msisdn = msisdn.value();
        optOut.source = source;
        optOut.recordedBy = recordedBy;
        optOut.optedOutAt = clock.instant();
        optOut.persist();
        return optOut;
    }

    @Transactional
    public boolean remove(Msisdn msisdn) {
        return OptOut.deleteById(msisdn.value());
    }
}
