package vn.mobifone.care.platform.kafka;

import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Client settings for the suite's own producers and admin calls (outbox relay, dead letters, topic
 * provisioning). They start from the same {@code kafka.*} settings the SmallRye connector gives
 * every channel, so a production broker's TLS or SASL settings ({@code KAFKA_SECURITY_PROTOCOL},
 * {@code KAFKA_SASL_JAAS_CONFIG}, ...) are set once and reach consumers and these clients alike.
 */
@ApplicationScoped
public class KafkaSettings {

    /** The connector's defaults for every channel, produced by the Quarkus Kafka client from {@code kafka.*}. */
    static final String CONNECTOR_DEFAULTS = "default-kafka-broker";

    private static final Set<String> PRODUCER_KEYS = ProducerConfig.configNames();
    private static final Set<String> ADMIN_KEYS = AdminClientConfig.configNames();

    private final Map<String, Object> broker;

    public KafkaSettings(@Identifier(CONNECTOR_DEFAULTS) Map<String, Object> broker) {
        this.broker = Map.copyOf(broker);
    }

    public String bootstrapServers() {
        return String.valueOf(broker.get(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG));
    }

    /**
     * Durable and ordered per key: acks from all replicas, idempotent, bounded waits. These win
     * over the shared settings, since the outbox deletes a row only once the broker has it.
     */
    public Properties producerProperties(String clientId) {
        Properties props = shared(PRODUCER_KEYS);
        props.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        props.put(ProducerConfig.LINGER_MS_CONFIG, 2);
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000);
        props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 10_000);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        return props;
    }

    public Properties adminProperties() {
        Properties props = shared(ADMIN_KEYS);
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000);
        return props;
    }

    /**
     * Only the keys this kind of client knows: the shared map also holds consumer settings
     * ({@code group.id}) and names made from unrelated variables ({@code KAFKA_BOOTSTRAP}), which a
     * producer would log as unknown on every start.
     */
    private Properties shared(Set<String> known) {
        Properties props = new Properties();
        broker.forEach((key, value) -> {
            if (known.contains(key) && value != null && !String.valueOf(value).isEmpty()) {
                props.put(key, value);
            }
        });
        return props;
    }
}
