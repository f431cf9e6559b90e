package vn.mobifone.care.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.cloud.tools.jib.api.Containerizer;
import com.google.cloud.tools.jib.api.Jib;
import com.google.cloud.tools.jib.api.JibContainer;
import com.google.cloud.tools.jib.api.TarImage;
import com.google.cloud.tools.jib.api.buildplan.AbsoluteUnixPath;
import com.google.cloud.tools.jib.api.buildplan.FileEntriesLayer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A service image built here, where neither a Docker daemon nor a registry is reachable: the base
 * comes from a tarball, the image goes to one, and the tarball is read back as {@code docker load}
 * would read it. The packaged service is the real one the reactor built before this module.
 */
class ServiceImageTest {

    private static final Path ROOT = Path.of(System.getProperty("care.repo.root", "..")).toAbsolutePath().normalize();
    private static final Path WORK = ROOT.resolve("deployment/target/image-test");
    private static final String MODULE = "it-ticket-service";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Path base;
    private static JibContainer built;
    private static Path tarball;

    @BeforeAll
    static void build() throws Exception {
        Files.createDirectories(WORK);
        base = baseImage();
        tarball = WORK.resolve(MODULE + ".tar");
        Files.deleteIfExists(tarball);
        built = new ServiceImage(ROOT, MODULE, 8084).toTarball("tar://" + base, tarball, "care/" + MODULE + ":test");
    }

    @Test
    void theImageRunsTheServiceAsTheDockerfileDoes() throws Exception {
        Map<String, byte[]> image = entries(Files.newInputStream(tarball));
        JsonNode manifest = JSON.readTree(image.get("manifest.json")).get(0);
        assertThat(manifest.get("RepoTags").toString()).contains("care/" + MODULE + ":test");
        JsonNode config = JSON.readTree(image.get(manifest.get("Config").asText())).get("config");

        assertThat(config.get("Entrypoint").toString())
                .isEqualTo("[\"java\",\"-Djava.util.logging.manager=org.jboss.logmanager.LogManager\",\"-jar\",\"/deployments/quarkus-run.jar\"]");
        assertThat(config.get("ExposedPorts").has("8084/tcp")).isTrue();
        assertThat(config.get("User").asText()).isEqualTo("185");
        assertThat(config.get("WorkingDir").asText()).isEqualTo("/deployments");
        assertThat(config.get("Env").toString()).contains("QUARKUS_HTTP_PORT=8084").contains("TZ=Asia/Ho_Chi_Minh")
                .contains("BASE_MARKER=test-base");
    }

    @Test
    void theLayersHoldTheBaseThenThePackagedServiceAndItsHealthCheck() throws Exception {
        Map<String, byte[]> image = entries(Files.newInputStream(tarball));
        JsonNode layers = JSON.readTree(image.get("manifest.json")).get(0).get("Layers");
        assertThat(layers).hasSize(1 + 4);

        Map<String, TarArchiveEntry> files = new HashMap<>();
        for (JsonNode layer : layers) {
            files.putAll(headers(new GZIPInputStream(new ByteArrayInputStream(image.get(layer.asText())))));
        }
        assertThat(files).containsKeys("etc/care-base", "deployments/quarkus-run.jar", "deployments/quarkus/quarkus-application.dat",
                "usr/local/bin/health-check");
        Path packaged = ROOT.resolve(MODULE).resolve("target/quarkus-app");
        try (var libs = Files.list(packaged.resolve("lib/main"))) {
            assertThat(libs).allSatisfy(jar -> assertThat(files).containsKey("deployments/lib/main/" + jar.getFileName()));
        }
        assertThat(files).containsKey("deployments/app/" + MODULE + "-1.0.0-SNAPSHOT.jar");
        assertThat(files.get("usr/local/bin/health-check").getMode() & 0777).isEqualTo(0755);
    }

    @Test
    void theSameInputsGiveTheSameImage() {
        Path again = WORK.resolve(MODULE + "-again.tar");
        JibContainer second = new ServiceImage(ROOT, MODULE, 8084).toTarball("tar://" + base, again, "care/" + MODULE + ":test");

        assertThat(second.getImageId()).isEqualTo(built.getImageId());
        assertThat(second.getDigest()).isEqualTo(built.getDigest());
    }

    @Test
    void aServiceNotPackagedIsNamedInTheFailure() {
        assertThatThrownBy(() -> new ServiceImage(ROOT, "no-such-service", 8089).toTarball("tar://" + base, WORK.resolve("none.tar"), "care/none:test"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no-such-service/target/quarkus-app is missing");
    }

    /** Stands in for the Java runtime image a registry would give: one layer with a marker file. */
    private static Path baseImage() throws Exception {
        Path marker = WORK.resolve("care-base");
        Files.writeString(marker, "test base\n");
        Path tar = WORK.resolve("base.tar");
        Files.deleteIfExists(tar);
        Jib.fromScratch()
                .addFileEntriesLayer(FileEntriesLayer.builder().addEntry(marker, AbsoluteUnixPath.get("/etc/care-base")).build())
                .addEnvironmentVariable("BASE_MARKER", "test-base")
                .containerize(Containerizer.to(TarImage.at(tar).named("care/test-base:1"))
                        .setBaseImageLayersCache(WORK.resolve("cache/base"))
                        .setApplicationLayersCache(WORK.resolve("cache/application")));
        return tar;
    }

    private static Map<String, byte[]> entries(InputStream tar) throws IOException {
        Map<String, byte[]> entries = new HashMap<>();
        try (TarArchiveInputStream in = new TarArchiveInputStream(tar)) {
            for (TarArchiveEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.isFile()) {
                    entries.put(entry.getName(), in.readAllBytes());
                }
            }
        }
        return entries;
    }

    private static Map<String, TarArchiveEntry> headers(InputStream layer) throws IOException {
        Map<String, TarArchiveEntry> headers = new HashMap<>();
        try (TarArchiveInputStream in = new TarArchiveInputStream(layer)) {
            for (TarArchiveEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                headers.put(entry.getName().replaceFirst("^/", ""), entry);
            }
        }
        return headers;
    }
}
