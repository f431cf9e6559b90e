package vn.mobifone.care.deployment;

import com.google.cloud.tools.jib.api.Containerizer;
import com.google.cloud.tools.jib.api.InvalidImageReferenceException;
import com.google.cloud.tools.jib.api.Jib;
import com.google.cloud.tools.jib.api.JibContainer;
import com.google.cloud.tools.jib.api.JibContainerBuilder;
import com.google.cloud.tools.jib.api.RegistryImage;
import com.google.cloud.tools.jib.api.TarImage;
import com.google.cloud.tools.jib.api.buildplan.AbsoluteUnixPath;
import com.google.cloud.tools.jib.api.buildplan.FileEntriesLayer;
import com.google.cloud.tools.jib.api.buildplan.FilePermissions;
import com.google.cloud.tools.jib.api.buildplan.Port;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The image of one packaged service ({@code <module>/target/quarkus-app}), built without a Docker
 * daemon: the same layout, user, port and entry point as {@code docker/Dockerfile.jvm}, one layer
 * per part of the fast-jar (dependencies first, the service's own classes last) so a release
 * changes only the small top layers. Built from the same inputs it is the same image, byte for byte.
 *
 * <p>The base is a Java 17 runtime: a registry name ({@code eclipse-temurin:17-jre}) where a
 * registry is reachable, or {@code tar://base.tar} (a {@code docker save} of it) where none is.
 */
public final class ServiceImage {

    public static final String DEFAULT_BASE = "eclipse-temurin:17-jre";
    static final AbsoluteUnixPath DEPLOYMENTS = AbsoluteUnixPath.get("/deployments");
    static final AbsoluteUnixPath HEALTH_CHECK = AbsoluteUnixPath.get("/usr/local/bin/health-check");
    /** The base images' unprivileged user, as in the Dockerfile. */
    static final String USER = "185";

    private final Path repoRoot;
    private final String module;
    private final int port;

    public ServiceImage(Path repoRoot, String module, int port) {
        this.repoRoot = repoRoot;
        this.module = module;
        this.port = port;
    }

    /** Writes the image as a tarball that {@code docker load}, {@code podman load} or {@code skopeo} read. */
    public JibContainer toTarball(String base, Path tarball, String imageName) {
        try {
            Files.createDirectories(tarball.toAbsolutePath().getParent());
            return containerize(base, Containerizer.to(TarImage.at(tarball).named(imageName)), tarball.getParent());
        } catch (InvalidImageReferenceException | IOException e) {
            throw new IllegalStateException("Cannot write the image of " + module + " to " + tarball, e);
        }
    }

    /** Pushes the image to a registry, with the credentials of the Docker configuration or a credential helper. */
    public JibContainer toRegistry(String base, String imageName, Path cache) {
        try {
            return containerize(base, Containerizer.to(RegistryImage.named(imageName)), cache);
        } catch (InvalidImageReferenceException e) {
            throw new IllegalStateException("Invalid image name " + imageName, e);
        }
    }

    private JibContainer containerize(String base, Containerizer target, Path cacheRoot) throws InvalidImageReferenceException {
        Path app = repoRoot.resolve(module).resolve("target/quarkus-app");
        if (!Files.isRegularFile(app.resolve("quarkus-run.jar"))) {
            throw new IllegalStateException(app + " is missing: package the service first (./mvnw -DskipTests package)");
        }
        JibContainerBuilder image = Jib.from(base)
                .addFileEntriesLayer(layer("dependencies", app, "lib"))
                .addFileEntriesLayer(layer("quarkus", app, "quarkus"))
                .addFileEntriesLayer(layer("application", app, "app"))
                .addFileEntriesLayer(FileEntriesLayer.builder().setName("launcher")
                        .addEntry(app.resolve("quarkus-run.jar"), DEPLOYMENTS.resolve("quarkus-run.jar"))
                        .addEntry(repoRoot.resolve("docker/health-check"), HEALTH_CHECK, FilePermissions.fromOctalString("755"))
                        .build())
                .setEnvironment(Map.of(
                        "LANGUAGE", "en_US:en",
                        "TZ", "Asia/Ho_Chi_Minh",
                        "QUARKUS_HTTP_PORT", Integer.toString(port),
                        "JAVA_TOOL_OPTIONS", "-XX:+UseParallelGC -XX:MaxRAMPercentage=75"))
                .setExposedPorts(Port.tcp(port))
                .setUser(USER)
                .setWorkingDirectory(DEPLOYMENTS)
                .setEntrypoint(List.of("java", "-Djava.util.logging.manager=org.jboss.logmanager.LogManager", "-jar",
                        DEPLOYMENTS.resolve("quarkus-run.jar").toString()))
                .addLabel("org.opencontainers.image.title", module);
        target.setToolName("care-deployment")
                .setBaseImageLayersCache(cacheRoot.resolve("jib-cache/base"))
                .setApplicationLayersCache(cacheRoot.resolve("jib-cache/application"));
        try {
            return image.containerize(target);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Image build of " + module + " interrupted", e);
        } catch (Exception e) {
            throw new IllegalStateException("Image build of " + module + " failed: " + e.getMessage(), e);
        }
    }

    /** Every file under {@code app/<part>} at {@code /deployments/<part>}, in a stable order. */
    private static FileEntriesLayer layer(String name, Path app, String part) {
        FileEntriesLayer.Builder layer = FileEntriesLayer.builder().setName(name);
        Path root = app.resolve(part);
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(Files::isRegularFile).sorted().forEach(file ->
                    layer.addEntry(file, DEPLOYMENTS.resolve(part).resolve(unix(root.relativize(file)))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return layer.build();
    }

    private static String unix(Path relative) {
        return relative.toString().replace('\\', '/');
    }
}
