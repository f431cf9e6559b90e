package vn.mobifone.care.itticket.sla;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.mobifone.care.contracts.events.Topics;
import vn.mobifone.care.devstack.testing.KafkaProbe;
import vn.mobifone.care.devstack.testing.TestStack;
import vn.mobifone.care.itticket.Tickets;
import vn.mobifone.care.itticket.ticket.RequestType;
import vn.mobifone.care.platform.outbox.Outbox;
import vn.mobifone.care.platform.time.CareClock;

/**
 * Three sweepers on one database race over the same due clocks: the service's own and two more
 * instances with small batches, as two further service instances would.
 */
@QuarkusTest
class BreachExactlyOnceTest {

    private static final int TICKETS = 80;

    @Inject
    EntityManager em;
    @Inject
    Outbox outbox;
    @Inject
    CareClock clock;
    @Inject
    MeterRegistry metrics;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void eachTicketAndStageBreachesExactlyOnce() throws Exception {
        List<String> ids = IntStream.range(0, TICKETS).mapToObj(i -> Tickets.receive(Tickets.of(RequestType.ACTIVATION))).toList();
        Set<String> ours = Set.copyOf(ids);
        try (KafkaProbe probe = KafkaProbe.watch(Topics.TICKET_SLA_BREACHED)) {
            BreachSweeper first = sweeper();
            BreachSweeper second = sweeper();
            CountDownLatch go = new CountDownLatch(1);
            CompletableFuture<Integer> a = CompletableFuture.supplyAsync(() -> drain(first, go));
            CompletableFuture<Integer> b = CompletableFuture.supplyAsync(() -> drain(second, go));
            clock.advance(Duration.ofHours(4).plusMinutes(1));
            go.countDown();
            int handledByTheTwo = a.get() + b.get();

            probe.awaitRecords(r -> ours.contains(r.key()), 2 * TICKETS, Duration.ofSeconds(30));
            List<ConsumerRecord<String, String>> breaches = probe.drain(Duration.ofMillis(1500)).stream().filter(r -> ours.contains(r.key())).toList();
            Map<String, Long> perTicketAndStage = breaches.stream()
                    .collect(Collectors.groupingBy(r -> r.key() + "/" + stageOf(r.value()), Collectors.counting()));
            assertThat(perTicketAndStage).hasSize(2 * TICKETS);
            assertThat(perTicketAndStage.values()).containsOnly(1L);
            assertThat(handledByTheTwo).as("the extra sweepers took part in the race").isPositive();
        }
        assertThat(breachedRows(ids)).isEqualTo(2 * TICKETS);
    }

    private BreachSweeper sweeper() {
        SlaConfig smallBatches = () -> new SlaConfig.Sweeper() {
            @Override
            public boolean enabled() {
                return true;
            }

            @Override
            public Duration interval() {
                return Duration.ofMillis(10);
            }

            @Override
            public int batchSize() {
                return 5;
            }
        };
        return new BreachSweeper(em, outbox, clock, smallBatches, metrics);
    }

    private static int drain(BreachSweeper sweeper, CountDownLatch go) {
        try {
            go.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
        int total = 0;
        for (int handled = sweeper.sweepOnce(); handled > 0; handled = sweeper.sweepOnce()) {
            total += handled;
        }
        return total;
    }

    private static String stageOf(String json) {
        int start = json.indexOf("\"stage\":\"") + 9;
        return json.substring(start, json.indexOf('"', start));
    }

    private static int breachedRows(List<String> ids) throws Exception {
        try (Connection db = TestStack.db();
                PreparedStatement s = db.prepareStatement("SELECT count(*) FROM sla_clock WHERE breached_at IS NOT NULL AND ticket_id::text = ANY(?)")) {
            s.setArray(1, db.createArrayOf("text", new ArrayList<>(ids).toArray()));
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
