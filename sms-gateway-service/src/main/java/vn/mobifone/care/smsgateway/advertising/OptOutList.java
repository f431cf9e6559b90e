package vn.mobifone.care.smsgateway.advertising;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import vn.mobifone.care.platform.msisdn.Msisdn;

@ApplicationScoped
public class OptOutList {

    private final Clock clock;

    public OptOutList(Clock clock) {
        this.clock = clock;
    }

    /**
     * Which of the subscribers opted out, read on the intake's connection with one query: a plain
     * query, because the intake opens no persistence session, and one opened on every advertising
     * request only for this would cost more than the query.
     */
    public Set<String> optedOut(Connection connection, Collection<Msisdn> msisdns) {
        Set<String> found = new HashSet<>();
        if (msisdns.isEmpty()) {
            return found;
        }
        try (PreparedStatement query = connection.prepareStatement("SELECT msisdn FROM opt_out WHERE msisdn = ANY (?)")) {
            query.setArray(1, connection.createArrayOf("text", msisdns.stream().map(Msisdn::value).distinct().toArray()));
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    found.add(rs.getString(1));
                }
            }
            return found;
        } catch (SQLException e) {
            throw new IllegalStateException("The opt-outs of " + msisdns.size() + " subscribers could not be read", e);
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
