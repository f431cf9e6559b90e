package vn.mobifone.care.subscriberlookup.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import vn.mobifone.care.devstack.testing.TestStack;
import vn.mobifone.care.platform.msisdn.Msisdn;
import vn.mobifone.care.platform.security.Roles;
import vn.mobifone.care.subscriberlookup.Subscribers;

@QuarkusTest
class AccessJournalTest {

    @Inject
    AccessJournal journal;

    @Test
    void aLineTheDatabaseRefusesFailsOnlyItsOwnCallerAndItsBatchIsWritten() throws Exception {
        Msisdn msisdn = new Msisdn(Subscribers.nextMsisdn());
        CompletableFuture<Void> first;
        List<CompletableFuture<Void>> valid = new ArrayList<>();
        CompletableFuture<Void> withoutReason;
        CompletableFuture<Void> withNul;
        try (Connection db = TestStack.db(); Statement lock = db.createStatement()) {
            db.setAutoCommit(false);
            lock.execute("LOCK TABLE personal_data_access IN SHARE MODE");
            first = journal.append(line(msisdn, "batch-1"));
            await().atMost(Duration.ofSeconds(10)).until(() -> writerWaitsForTheLock(db));

            // Queued while the writer is held: they go out together, in the next batch, with two
            // lines that bypassed the check of record(..) and that the database refuses
            for (int i = 0; i < 3; i++) {
                valid.add(journal.append(line(msisdn, "batch-2-" + i)));
            }
            withoutReason = journal.append(new AccessLine(Instant.now(), "J001", Roles.AGENT, msisdn, new AccessReason(null, null),
                    AccessView.PROFILE));
            withNul = journal.append(new AccessLine(Instant.now(), "J001", Roles.AGENT, msisdn, new AccessReason(null, "a\u0000b"),
                    AccessView.PROFILE));
            for (int i = 3; i < 6; i++) {
                valid.add(journal.append(line(msisdn, "batch-2-" + i)));
            }
            db.commit();
        }

        first.get(10, TimeUnit.SECONDS);
        for (CompletableFuture<Void> line : valid) {
            line.get(10, TimeUnit.SECONDS);
        }
        assertThatThrownBy(() -> withoutReason.get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .rootCause().hasMessageContaining("violates check constraint");
        assertThatThrownBy(() -> withNul.get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .rootCause().hasMessageContaining("0x00");
        journal.append(line(msisdn, "batch-3")).get(10, TimeUnit.SECONDS);
        assertThat(callIds(msisdn)).containsExactly("batch-1", "batch-2-0", "batch-2-1", "batch-2-2", "batch-2-3", "batch-2-4",
                "batch-2-5", "batch-3");
    }

    private static AccessLine line(Msisdn msisdn, String callId) {
        return new AccessLine(Instant.now(), "J001", Roles.AGENT, msisdn, new AccessReason(callId, null), AccessView.PROFILE);
    }

    private static boolean writerWaitsForTheLock(Connection db) throws SQLException {
        try (Statement q = db.createStatement();
                ResultSet rs = q.executeQuery("SELECT count(*) FROM pg_locks WHERE relation = 'personal_data_access'::regclass AND NOT granted")) {
            rs.next();
            return rs.getInt(1) > 0;
        }
    }

    private static List<String> callIds(Msisdn msisdn) throws SQLException {
        try (Connection db = TestStack.db();
                PreparedStatement q = db.prepareStatement("SELECT call_id FROM personal_data_access WHERE msisdn = ? ORDER BY id")) {
            q.setString(1, msisdn.value());
            ResultSet rs = q.executeQuery();
            List<String> callIds = new ArrayList<>();
            while (rs.next()) {
                callIds.add(rs.getString(1));
            }
            return callIds;
        }
    }
}
