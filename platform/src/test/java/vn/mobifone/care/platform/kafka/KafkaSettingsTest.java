package vn.mobifone.care.platform.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.kafka.client.runtime.KafkaRuntimeConfigProducer;
import io.quarkus.runtime.ApplicationConfig;
import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * A production broker's security settings, given once as environment variables, reach the raw
 * clients through the very map the SmallRye connector hands every consumer channel.
 */
class KafkaSettingsTest {

    private static final String JAAS = "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"care\" password=\"s3cret\";";

    private static final Map<String, String> PRODUCTION_ENV = Map.of(
            "KAFKA_BOOTSTRAP", "kafka-0.kafka:9093,kafka-1.kafka:9093",
            "KAFKA_SECURITY_PROTOCOL", "SASL_SSL",
            "KAFKA_SASL_MECHANISM", "SCRAM-SHA-512",
            "KAFKA_SASL_JAAS_CONFIG", JAAS,
            "KAFKA_SSL_TRUSTSTORE_LOCATION", "/etc/kafka-tls/ca.p12",
            "KAFKA_SSL_TRUSTSTORE_TYPE", "PKCS12");

    @Test
    void securitySettingsReachTheConnectorAndTheOwnClients() {
        Map<String, Object> connector = connectorDefaults(PRODUCTION_ENV);
        KafkaSettings settings = new KafkaSettings(connector);

        Properties producer = settings.producerProperties("outbox-relay");
        Properties admin = settings.adminProperties();
        for (Properties client : new Properties[] { producer, admin }) {
            assertThat(client).containsEntry("bootstrap.servers", "kafka-0.kafka:9093,kafka-1.kafka:9093")
                    .containsEntry("security.protocol", "SASL_SSL")
                    .containsEntry("sasl.mechanism", "SCRAM-SHA-512")
                    .containsEntry("sasl.jaas.config", JAAS)
                    .containsEntry("ssl.truststore.location", "/etc/kafka-tls/ca.p12")
                    .containsEntry("ssl.truststore.type", "PKCS12");
        }
        assertThat(connector).containsEntry("security.protocol", "SASL_SSL").containsEntry("sasl.jaas.config", JAAS);
    }

    @Test
    void consumerOnlyAndUnrelatedNamesStayOutOfTheProducer() {
        Map<String, Object> connector = connectorDefaults(PRODUCTION_ENV);
        assertThat(connector).containsKey("group.id").containsKey("bootstrap");

        Properties producer = new KafkaSettings(connector).producerProperties("outbox-relay");

        assertThat(producer).doesNotContainKeys("group.id", "bootstrap");
    }

    @Test
    void durabilityIsNotLoosenedByTheSharedSettings() {
        Map<String, String> env = new java.util.HashMap<>(PRODUCTION_ENV);
        env.put("KAFKA_ACKS", "1");
        env.put("KAFKA_ENABLE_IDEMPOTENCE", "false");

        Properties producer = new KafkaSettings(connectorDefaults(env)).producerProperties("outbox-relay");

        assertThat(producer).containsEntry("acks", "all").containsEntry("enable.idempotence", true);
    }

    @Test
    void aPlainLocalBrokerNeedsOnlyItsAddress() {
        Properties producer = new KafkaSettings(connectorDefaults(Map.of())).producerProperties("dead-letters");

        assertThat(producer).containsEntry("bootstrap.servers", "localhost:19092").doesNotContainKeys("security.protocol", "sasl.jaas.config");
    }

    /** What Quarkus builds from the platform's defaults and this environment, as the connector gets it. */
    private static Map<String, Object> connectorDefaults(Map<String, String> env) {
        Properties defaults = new Properties();
        defaults.setProperty("kafka.bootstrap.servers", "${KAFKA_BOOTSTRAP:localhost:19092}");
        SmallRyeConfig config = new SmallRyeConfigBuilder().addDefaultInterceptors()
                .withSources(new EnvConfigSource(env, 300), new PropertiesConfigSource(defaults, "platform defaults", 100))
                .build();
        return new KafkaRuntimeConfigProducer().createKafkaRuntimeConfig(config, new ApplicationConfig() {
            @Override
            public Optional<String> name() {
                return Optional.of("probe-service");
            }

            @Override
            public Optional<String> version() {
                return Optional.empty();
            }

            @Override
            public Optional<String> uiHeader() {
                return Optional.empty();
            }
        });
    }
}
