package vn.mobifone.care.platform.agents;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.mobifone.care.contracts.events.AgentStatusChanged;
import vn.mobifone.care.contracts.events.Topics;
import vn.mobifone.care.platform.kafka.KafkaSettings;

/**
 * This service's copy of the agent directory: the latest {@link AgentStatusChanged} of every
 * person, read from the compacted {@code agent-status-changed} topic from its beginning at every
 * start. Each instance reads every partition itself (no consumer group): a group would share the
 * partitions among the instances of a service, and each would know only part of the directory.
 *
 * <p>Fail closed: until the topic has been read up to the end it had at start, nobody is known,
 * so a departed agent cannot slip in while a restarted service is still catching up. A person not
 * (yet) known is looked up once more after the feed has read up to the topic's end at the time of
 * the question, so an agent registered a moment ago is let in as soon as the event is on the
 * topic, and an unknown one is refused only once the directory is current.
 */
@ApplicationScoped
public class AgentDirectory {

    private static final Logger LOG = Logger.getLogger(AgentDirectory.class);
    private static final Duration IDLE_POLL = Duration.ofMillis(500);
    private static final Duration CATCH_UP_POLL = Duration.ofMillis(50);

    /** Where a person stands for this service: known or not, and if known, whether active. */
    public record Standing(String agentId, AgentStatusChanged latest) {
        public boolean active() {
            return latest != null && AgentStatusChanged.ACTIVE.equals(latest.status());
        }

        /** ACTIVE, SUSPENDED, DEPARTED, or UNKNOWN when the directory holds no such person. */
        public String status() {
            return latest == null ? "UNKNOWN" : latest.status();
        }
    }

    private final KafkaSettings kafka;
    private final ObjectMapper json;
    private final Duration catchUpTimeout;
    private final Map<String, AgentStatusChanged> latest = new ConcurrentHashMap<>();
    /** Questions waiting for the feed to reach the topic's end, by the generation they asked in. */
    private final ConcurrentSkipListMap<Long, CompletableFuture<Void>> waiting = new ConcurrentSkipListMap<>();
    private final AtomicLong asked = new AtomicLong();
    private volatile long answered = -1;
    private volatile boolean running;
    private volatile KafkaConsumer<String, String> consumer;
    private Thread feed;

    public AgentDirectory(KafkaSettings kafka, ObjectMapper json,
            @ConfigProperty(name = "care.agents.catch-up-timeout", defaultValue = "3s") Duration catchUpTimeout) {
        this.kafka = kafka;
        this.json = json.copy().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        this.catchUpTimeout = catchUpTimeout;
    }

    void start(@Observes StartupEvent event) {
        running = true;
        feed = new Thread(this::follow, "agent-directory-feed");
        feed.setDaemon(true);
        feed.start();
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        KafkaConsumer<String, String> current = consumer;
        if (current != null) {
            current.wakeup();
        }
        if (feed != null) {
            try {
                feed.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        waiting.values().forEach(w -> w.complete(null));
    }

    /** True once the topic has been read up to the end it had when this service started. */
    public boolean caughtUp() {
        return answered >= 0;
    }

    /**
     * The person's standing. Known persons are answered at once from memory; an unknown one (or any
     * one before the first catch-up) once the feed has read up to the topic's current end, or
     * after {@code care.agents.catch-up-timeout}, whichever comes first; then unknown is unknown.
     */
    public CompletableFuture<Standing> standing(String agentId) {
        AgentStatusChanged known = latest.get(agentId);
        if (known != null && caughtUp()) {
            return CompletableFuture.completedFuture(new Standing(agentId, known));
        }
        return readToEnd()
                .completeOnTimeout(null, catchUpTimeout.toMillis(), TimeUnit.MILLISECONDS)
                .thenApply(ignored -> new Standing(agentId, caughtUp() ? latest.get(agentId) : null));
    }

    private CompletableFuture<Void> readToEnd() {
        CompletableFuture<Void> done = new CompletableFuture<>();
        long generation = asked.incrementAndGet();
        waiting.put(generation, done);
        KafkaConsumer<String, String> current = consumer;
        if (current != null) {
            current.wakeup();
        }
        return done.whenComplete((v, e) -> waiting.remove(generation));
    }

    private void follow() {
        while (running) {
            try (KafkaConsumer<String, String> opened = new KafkaConsumer<>(consumerProperties())) {
                consumer = opened;
                List<TopicPartition> partitions = assign(opened);
                while (running) {
                    try {
                        long generation = asked.get();
                        Map<TopicPartition, Long> end = opened.endOffsets(partitions);
                        while (running && !reached(opened, end)) {
                            apply(opened, CATCH_UP_POLL);
                        }
                        settle(generation);
                        while (running && asked.get() == generation) {
                            apply(opened, IDLE_POLL);
                        }
                    } catch (WakeupException e) {
                        // a new question (or the shutdown): the loop looks again at what is asked
                    }
                }
            } catch (WakeupException e) {
                // woken while assigning: try again
            } catch (RuntimeException e) {
                LOG.warnf("Agent directory feed interrupted (%s); reading again from the start", e.getMessage());
                backOff();
            } finally {
                consumer = null;
            }
        }
    }

    private List<TopicPartition> assign(KafkaConsumer<String, String> opened) {
        List<PartitionInfo> infos = opened.partitionsFor(Topics.AGENT_STATUS_CHANGED, Duration.ofSeconds(10));
        while (running && (infos == null || infos.isEmpty())) {
            ensureTopic();
            backOff();
            infos = opened.partitionsFor(Topics.AGENT_STATUS_CHANGED, Duration.ofSeconds(10));
        }
        List<TopicPartition> partitions = infos == null ? List.of()
                : infos.stream().map(p -> new TopicPartition(p.topic(), p.partition())).toList();
        opened.assign(partitions);
        opened.seekToBeginning(partitions);
        return partitions;
    }

    private boolean reached(KafkaConsumer<String, String> opened, Map<TopicPartition, Long> end) {
        for (Map.Entry<TopicPartition, Long> partition : end.entrySet()) {
            if (opened.position(partition.getKey()) < partition.getValue()) {
                return false;
            }
        }
        return true;
    }

    private void apply(KafkaConsumer<String, String> opened, Duration wait) {
        for (ConsumerRecord<String, String> record : opened.poll(wait)) {
            AgentStatusChanged event = read(record);
            if (event != null) {
                latest.put(event.agentId(), event);
            }
        }
    }

    /** A record that cannot be read changes nobody's standing; the directory's producer is the lookup alone. */
    private AgentStatusChanged read(ConsumerRecord<String, String> record) {
        if (record.value() == null) {
            return null;
        }
        try {
            AgentStatusChanged event = json.readValue(record.value(), AgentStatusChanged.class);
            if (event.agentId() == null || event.status() == null) {
                throw new IllegalArgumentException("no agentId or status");
            }
            return event;
        } catch (Exception e) {
            LOG.warnf("Unreadable agent-status-changed record %d@%d (key %s) ignored: %s", record.partition(), record.offset(),
                    record.key(), e.getMessage());
            return null;
        }
    }

    private void settle(long generation) {
        if (answered < 0) {
            LOG.infof("Agent directory read up to date (%d entries)", latest.size());
        }
        answered = Math.max(answered, generation);
        waiting.headMap(generation, true).values().forEach(w -> w.complete(null));
    }

    /** Every service reads the directory, so whichever starts first creates the topic, compacted as the catalogue says. */
    private void ensureTopic() {
        try (Admin admin = Admin.create(kafka.adminProperties())) {
            admin.createTopics(List.of(new NewTopic(Topics.AGENT_STATUS_CHANGED, 3, (short) 1)
                    .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)))).all().get();
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                LOG.debugf("agent-status-changed not created now: %s", e.getCause().getMessage());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.debugf("agent-status-changed not created now: %s", e.getMessage());
        }
    }

    private Properties consumerProperties() {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, "agent-directory");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000);
        return props;
    }

    /** Before trying the broker again. */
    private void backOff() {
        try {
            Thread.sleep(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
