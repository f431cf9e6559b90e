package vn.mobifone.care.subscriberlookup.subscriber;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.mobifone.care.devstack.testing.TestStack;
import vn.mobifone.care.subscriberlookup.Subscribers;
import vn.mobifone.care.subscriberlookup.importing.SubscriberRecord;

/**
 * The plain-JDBC mapping of a subscriber row ({@link SubscriberRows}) is held against the table and
 * against the entity: a column added by a migration, or a field read from the wrong column, fails here.
 */
@QuarkusTest
class SubscriberRowsTest {

    @Inject
    EntityManager em;

    @Test
    void theMappingNamesEveryColumnOfTheTable() throws Exception {
        List<String> columns = new ArrayList<>();
        try (Connection db = TestStack.db();
                PreparedStatement q = db.prepareStatement("SELECT column_name FROM information_schema.columns "
                        + "WHERE table_name = 'subscriber' AND table_schema = current_schema()")) {
            ResultSet rs = q.executeQuery();
            while (rs.next()) {
                columns.add(rs.getString(1));
            }
        }
        assertThat(columns).isNotEmpty();
        assertThat(SubscriberRows.names()).containsExactlyInAnyOrderElementsOf(columns);
    }

    @Test
    @TestTransaction
    void aRowReadsAsTheEntityReadsIt() throws Exception {
        for (SubscriberRecord record : List.of(Subscribers.complete(), Subscribers.incompleteFeaturePhone(), Subscribers.internalVip())) {
            Subscribers.save(record);
            Subscriber byEntity = em.find(Subscriber.class, record.msisdn());
            Subscriber byRow;
            try (Connection db = TestStack.db();
                    PreparedStatement q = db.prepareStatement("SELECT " + SubscriberRows.SELECT + " FROM subscriber WHERE msisdn = ?")) {
                q.setString(1, record.msisdn());
                ResultSet rs = q.executeQuery();
                assertThat(rs.next()).isTrue();
                byRow = SubscriberRows.read(rs);
            }
            assertThat(byEntity).isNotNull();
            // Every mapped field compared; only the fields Hibernate's bytecode enhancement adds are not ours.
            assertThat(byRow).usingRecursiveComparison().ignoringFieldsMatchingRegexes("\\$\\$_hibernate.*").isEqualTo(byEntity);
        }
    }
}
