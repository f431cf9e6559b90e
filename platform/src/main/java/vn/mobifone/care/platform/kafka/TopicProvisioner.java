package vn.mobifone.care.platform.kafka;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.jboss.logging.Logger;

/**
 * Creates the topics a service produces before its first event, with the partition count and
 * cleanup policy the catalogue documents (compacted for projections such as subscriber-changed).
 * Existing topics are left as they are.
 */
@ApplicationScoped
public class TopicProvisioner {

    private static final Logger LOG = Logger.getLogger(TopicProvisioner.class);

    @ConfigMapping(prefix = "care.kafka")
    public interface TopicsConfig {
        /**
         * Every topic this service creates at start, each named: those it produces, and the
         * dead-letter topics of the channels it consumes ({@code app-installations.dlt}). Nothing
         * is added to the list, so a consumed topic's dead-letter topic not listed here is left to
         * the broker (auto-creation) or to the operator.
         */
        Optional<List<String>> topics();

        /** Which of {@link #topics()} keep only the latest value per key. */
        Optional<Set<String>> compactedTopics();

        @WithDefault("3")
        int partitions();

        /** 1 on a single local broker; 3 in production clusters. */
        @WithDefault("1")
        short replicationFactor();
    }

    private final TopicsConfig config;
    private final KafkaSettings kafka;

    public TopicProvisioner(TopicsConfig config, KafkaSettings kafka) {
        this.config = config;
        this.kafka = kafka;
    }

    void provision(@Observes StartupEvent event) {
        List<String> names = config.topics().orElse(List.of());
        if (names.isEmpty()) {
            return;
        }
        Set<String> compacted = config.compactedTopics().orElse(Set.of());
        try (Admin admin = Admin.create(kafka.adminProperties())) {
            for (String name : names) {
                NewTopic topic = new NewTopic(name, config.partitions(), config.replicationFactor());
                if (compacted.contains(name)) {
                    topic.configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
                }
                create(admin, topic);
            }
        }
    }

    private static void create(Admin admin, NewTopic topic) {
        try {
            admin.createTopics(List.of(topic)).all().get();
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                LOG.warnf("Topic %s not created now (%s); the broker will create it on first use", topic.name(), e.getCause().getMessage());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
