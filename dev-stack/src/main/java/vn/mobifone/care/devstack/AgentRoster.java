package vn.mobifone.care.devstack;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.StringSerializer;
import vn.mobifone.care.contracts.events.AgentStatusChanged;
import vn.mobifone.care.contracts.events.Topics;

/**
 * Registers the people that local tokens name as active members of the agent directory, straight
 * on the {@code agent-status-changed} topic of a local broker, as the lookup's directory would
 * publish them: every service refuses a token of an agent or supervisor it does not find there.
 * Each person is published once per broker and process; the send is acknowledged before this
 * returns, so a request made afterwards finds the person on the topic.
 */
public final class AgentRoster {

    /** The partner company the local people work for. */
    public static final String PARTNER = "LOCAL";
    /**
     * The local roster's registrations carry the machine's time: no rule reads it, and a test that moves a
     * service's clock must not move when its people joined.
     */
    private static final Clock CLOCK = Clock.system(ZoneId.of("Asia/Ho_Chi_Minh"));
    private static final Set<String> PEOPLE = Set.of("agent", "supervisor");
    private static final Map<String, CompletableFuture<Void>> REGISTERED = new ConcurrentHashMap<>();
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private AgentRoster() {
    }

    /** Registers {@code subject} if one of {@code roles} is a person's (agent, supervisor); systems need no entry. */
    public static void register(String bootstrapServers, String subject, Set<String> roles) {
        String role = roles.contains("supervisor") ? "supervisor" : roles.contains("agent") ? "agent" : null;
        if (role == null) {
            return;
        }
        // Every caller for a person waits for the one send: a token handed out while another thread is
        // still registering its subject would reach a service before the person is on the topic.
        String key = bootstrapServers + "|" + subject;
        CompletableFuture<Void> mine = new CompletableFuture<>();
        CompletableFuture<Void> registration = REGISTERED.putIfAbsent(key, mine);
        if (registration != null) {
            registration.join();
            return;
        }
        try {
            send(bootstrapServers, new AgentStatusChanged(UUID.randomUUID(), CLOCK.instant(), AgentStatusChanged.VERSION, subject, PARTNER,
                    role.toUpperCase(), AgentStatusChanged.ACTIVE, null, "local-roster"));
            mine.complete(null);
        } catch (RuntimeException e) {
            REGISTERED.remove(key);
            mine.completeExceptionally(e);
            throw e;
        }
    }

    public static boolean person(Set<String> roles) {
        return roles.stream().anyMatch(PEOPLE::contains);
    }

    private static void send(String bootstrapServers, AgentStatusChanged event) {
        ensureTopic(bootstrapServers);
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props)) {
            ProducerRecord<String, String> record = new ProducerRecord<>(Topics.AGENT_STATUS_CHANGED, event.agentId(), JSON.writeValueAsString(event));
            record.headers().add("event-type", AgentStatusChanged.class.getSimpleName().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot register " + event.agentId() + " on " + Topics.AGENT_STATUS_CHANGED, e);
        }
    }

    /** Compacted, as the catalogue has it, whoever comes first: this roster or a service. */
    private static void ensureTopic(String bootstrapServers) {
        Properties props = new Properties();
        props.put("bootstrap.servers", bootstrapServers);
        try (Admin admin = Admin.create(props)) {
            admin.createTopics(List.of(new NewTopic(Topics.AGENT_STATUS_CHANGED, 3, (short) 1)
                    .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)))).all().get();
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("Cannot create " + Topics.AGENT_STATUS_CHANGED, e.getCause());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
