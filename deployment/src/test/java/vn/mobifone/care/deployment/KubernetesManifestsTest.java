package vn.mobifone.care.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import vn.mobifone.care.devstack.SuiteService;

/**
 * The Kubernetes manifests, checked against the API's types offline (no cluster here) and against
 * what the services need: every service deployed on its port with probes on its health endpoints,
 * limits, a Service and a disruption budget, every ConfigMap and Secret it reads provided, and as
 * many replicas as the service can safely run.
 */
class KubernetesManifestsTest {

    private static final Path ROOT = Path.of(System.getProperty("care.repo.root", "..")).toAbsolutePath().normalize();
    private static final Path DIR = ROOT.resolve("deployment/kubernetes");
    private static final String EXAMPLES = "secrets.example.yaml";
    private static final List<SuiteService> SERVICES = SuiteService.ALL;
    /** One bind per instance on the operator's SMSC account: never two. */
    private static final Set<String> SINGLE_INSTANCE = Set.of("sms-gateway-service");

    private static final Map<String, HasMetadata> applied = new HashMap<>();
    private static final Map<String, HasMetadata> created = new HashMap<>();

    @BeforeAll
    static void read() throws IOException {
        for (String file : resources()) {
            applied.putAll(valid(file));
        }
        created.putAll(valid(EXAMPLES));
    }

    @Test
    void kustomizationListsEveryManifestButTheExamples() throws IOException {
        Set<String> files = new HashSet<>();
        try (Stream<Path> dir = Files.list(DIR)) {
            dir.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml")).forEach(files::add);
        }
        files.removeAll(Set.of("kustomization.yaml", EXAMPLES));

        assertThat(resources()).containsExactlyInAnyOrderElementsOf(files);
    }

    @ParameterizedTest
    @FieldSource("SERVICES")
    void everyServiceRunsOnItsPortWithProbesAndLimits(SuiteService service) {
        Deployment deployment = object(Deployment.class, service.module());
        PodSpec pod = deployment.getSpec().getTemplate().getSpec();
        assertThat(pod.getContainers()).hasSize(1);
        Container container = pod.getContainers().get(0);

        assertThat(container.getImage()).isEqualTo("care/" + service.module() + ":1.0.0-SNAPSHOT");
        assertThat(container.getPorts()).singleElement().satisfies(port -> {
            assertThat(port.getName()).isEqualTo("http");
            assertThat(port.getContainerPort()).isEqualTo(service.port());
        });
        assertThat(container.getEnv()).anySatisfy(env -> {
            assertThat(env.getName()).isEqualTo("QUARKUS_HTTP_PORT");
            assertThat(env.getValue()).isEqualTo(Integer.toString(service.port()));
        });
        assertProbe(container.getStartupProbe(), "/q/health/started");
        assertProbe(container.getReadinessProbe(), "/q/health/ready");
        assertProbe(container.getLivenessProbe(), "/q/health/live");
        assertThat(container.getResources().getRequests()).containsKeys("cpu", "memory");
        assertThat(container.getResources().getLimits()).containsKey("memory");
        assertThat(pod.getSecurityContext().getRunAsNonRoot()).isTrue();
        assertThat(container.getSecurityContext().getReadOnlyRootFilesystem()).isTrue();
        assertThat(container.getVolumeMounts()).anySatisfy(m -> assertThat(m.getMountPath()).isEqualTo("/tmp"));
        assertThat(deployment.getSpec().getSelector().getMatchLabels()).isEqualTo(Map.of("app.kubernetes.io/name", service.module()));
        assertThat(deployment.getSpec().getTemplate().getMetadata().getLabels()).containsAllEntriesOf(deployment.getSpec().getSelector().getMatchLabels());
    }

    @ParameterizedTest
    @FieldSource("SERVICES")
    void everyServiceIsReachableByNameOnItsPort(SuiteService service) {
        Service svc = object(Service.class, service.module());
        Map<String, String> podLabels = object(Deployment.class, service.module()).getSpec().getTemplate().getMetadata().getLabels();

        assertThat(podLabels).containsAllEntriesOf(svc.getSpec().getSelector());
        assertThat(svc.getSpec().getPorts()).singleElement().satisfies(port -> {
            assertThat(port.getPort()).isEqualTo(service.port());
            assertThat(port.getTargetPort().getStrVal()).isEqualTo("http");
        });
    }

    @ParameterizedTest
    @FieldSource("SERVICES")
    void replicasAreWhatTheServiceCanRunAndDrainsKeepOneUp(SuiteService service) {
        Deployment deployment = object(Deployment.class, service.module());
        PodDisruptionBudget budget = object(PodDisruptionBudget.class, service.module());
        assertThat(deployment.getSpec().getTemplate().getMetadata().getLabels()).containsAllEntriesOf(budget.getSpec().getSelector().getMatchLabels());

        if (SINGLE_INSTANCE.contains(service.module())) {
            assertThat(deployment.getSpec().getReplicas()).isEqualTo(1);
            assertThat(deployment.getSpec().getStrategy().getType()).isEqualTo("Recreate");
            assertThat(budget.getSpec().getMaxUnavailable().getIntVal()).isEqualTo(1);
        } else {
            assertThat(deployment.getSpec().getReplicas()).isEqualTo(2);
            assertThat(deployment.getSpec().getStrategy().getRollingUpdate().getMaxUnavailable().getIntVal()).isZero();
            assertThat(budget.getSpec().getMinAvailable().getIntVal()).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @FieldSource("SERVICES")
    void everyConfigMapAndSecretAServiceReadsIsProvided(SuiteService service) {
        PodSpec pod = object(Deployment.class, service.module()).getSpec().getTemplate().getSpec();
        Map<String, Set<String>> keys = new HashMap<>();
        List<String> missing = new ArrayList<>();
        for (EnvFromSource source : pod.getContainers().get(0).getEnvFrom()) {
            if (source.getConfigMapRef() != null) {
                require(ConfigMap.class, source.getConfigMapRef().getName(), source.getConfigMapRef().getOptional(), keys, missing);
            } else {
                require(Secret.class, source.getSecretRef().getName(), source.getSecretRef().getOptional(), keys, missing);
            }
        }
        for (Volume volume : pod.getVolumes()) {
            if (volume.getConfigMap() != null) {
                require(ConfigMap.class, volume.getConfigMap().getName(), volume.getConfigMap().getOptional(), keys, missing);
            } else if (volume.getSecret() != null) {
                require(Secret.class, volume.getSecret().getSecretName(), volume.getSecret().getOptional(), keys, missing);
            }
        }
        assertThat(missing).as("referenced but neither applied nor in " + EXAMPLES).isEmpty();

        Set<String> variables = new HashSet<>();
        keys.values().forEach(variables::addAll);
        assertThat(variables).contains("DB_URL_BASE", "DB_USER", "DB_PASSWORD", "KAFKA_BOOTSTRAP", "JWT_ISSUER", "JWT_PUBLIC_KEY");
        assertThat(keys.get("ConfigMap/care-jwt")).contains("public.pem");
        if (service.module().equals("sms-gateway-service")) {
            assertThat(variables).contains("SMSC_HOST", "SMSC_PORT", "SMSC_SYSTEM_ID", "SMSC_PASSWORD", "ZALO_URL", "ZALO_ACCESS_TOKEN");
        }
    }

    @Test
    void theCheckRefusesWhatTheApiServerWould() {
        String broken = """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: broken
                spec:
                  replicas: two
                  selector: {matchLabels: {app: broken}}
                  template:
                    metadata: {labels: {app: broken}}
                    spec:
                      containers: [{name: broken, image: care/broken}]
                ---
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: misspelt
                spec:
                  selector: {matchLabels: {app: misspelt}}
                  template:
                    metadata: {labels: {app: misspelt}}
                    spec:
                      containers:
                        - name: misspelt
                          image: care/misspelt
                          readinesProbe: {httpGet: {path: /q/health/ready, port: 8080}}
                          resources: {limits: {memory: 768 MiB}}
                ---
                apiVersion: policy/v1beta1
                kind: PodDisruptionBudget
                metadata:
                  name: gone
                """;

        List<String> violations = KubernetesModel.read("broken.yaml", broken).violations();

        assertThat(violations).hasSize(4)
                .anySatisfy(v -> assertThat(v).startsWith("broken.yaml #0").contains("two"))
                .anySatisfy(v -> assertThat(v).contains("Deployment/misspelt").contains("unknown field(s) [readinesProbe]"))
                .anySatisfy(v -> assertThat(v).contains("Deployment/misspelt").contains("invalid quantity '768 MiB'"))
                .anySatisfy(v -> assertThat(v).startsWith("broken.yaml #2").contains("unknown apiVersion/kind 'policy/v1beta1 PodDisruptionBudget'"));
    }

    @Test
    void kustomizeRendersTheSameObjects() throws Exception {
        Process kubectl;
        try {
            kubectl = new ProcessBuilder("kubectl", "kustomize", DIR.toString()).redirectErrorStream(false).start();
        } catch (IOException e) {
            Assumptions.abort("kubectl is not installed: the files were checked one by one");
            return;
        }
        String rendered = new String(kubectl.getInputStream().readAllBytes());
        assertThat(kubectl.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(kubectl.exitValue()).as(new String(kubectl.getErrorStream().readAllBytes())).isZero();

        KubernetesModel.Result result = KubernetesModel.read("kubectl kustomize", rendered);

        assertThat(result.violations()).isEmpty();
        assertThat(result.objects().stream().map(KubernetesManifestsTest::key)).containsExactlyInAnyOrderElementsOf(applied.keySet());
    }

    private static void assertProbe(Probe probe, String path) {
        assertThat(probe).as(path).isNotNull();
        assertThat(probe.getHttpGet().getPath()).isEqualTo(path);
        assertThat(probe.getHttpGet().getPort().getStrVal()).isEqualTo("http");
    }

    private static void require(Class<? extends HasMetadata> kind, String name, Boolean optional, Map<String, Set<String>> keys, List<String> missing) {
        String key = kind.getSimpleName() + "/" + name;
        HasMetadata object = applied.containsKey(key) ? applied.get(key) : created.get(key);
        if (object == null) {
            missing.add(key);
            return;
        }
        if (Boolean.TRUE.equals(optional) && applied.containsKey(key)) {
            missing.add(key + " is applied, yet read as optional");
        }
        Set<String> names = new HashSet<>();
        if (object instanceof ConfigMap map) {
            names.addAll(map.getData().keySet());
        } else if (object instanceof Secret secret) {
            if (secret.getStringData() != null) {
                names.addAll(secret.getStringData().keySet());
            }
            if (secret.getData() != null) {
                names.addAll(secret.getData().keySet());
            }
        }
        keys.put(key, names);
    }

    private static <T extends HasMetadata> T object(Class<T> kind, String name) {
        HasMetadata object = applied.get(kind.getSimpleName() + "/" + name);
        assertThat(object).as(kind.getSimpleName() + "/" + name + " in " + DIR).isNotNull();
        return kind.cast(object);
    }

    private static Map<String, HasMetadata> valid(String file) throws IOException {
        KubernetesModel.Result result = KubernetesModel.read(file, Files.readString(DIR.resolve(file)));
        assertThat(result.violations()).as(file).isEmpty();
        Map<String, HasMetadata> objects = new HashMap<>();
        result.objects().forEach(o -> assertThat(objects.put(key(o), o)).as("twice: " + key(o)).isNull());
        return objects;
    }

    private static String key(HasMetadata object) {
        return object.getKind() + "/" + object.getMetadata().getName();
    }

    private static List<String> resources() throws IOException {
        JsonNode kustomization = new ObjectMapper(new YAMLFactory()).readTree(DIR.resolve("kustomization.yaml").toFile());
        List<String> files = new ArrayList<>();
        kustomization.get("resources").forEach(r -> files.add(r.asText()));
        return files;
    }
}
