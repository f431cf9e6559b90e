package vn.mobifone.care.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The image's health check, run as the container runs it, against a service that answers what we tell it to. */
class HealthCheckScriptTest {

    private static final Path SCRIPT = Path.of(System.getProperty("care.repo.root", "..")).resolve("docker/health-check");

    private final AtomicInteger readiness = new AtomicInteger(200);
    private HttpServer service;

    @BeforeEach
    void start() throws IOException {
        service = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        service.createContext("/q/health/ready", exchange -> {
            byte[] body = "{\"status\":\"UP\"}".getBytes();
            exchange.sendResponseHeaders(readiness.get(), body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        service.start();
    }

    @AfterEach
    void stop() {
        service.stop(0);
    }

    @Test
    void readyServicePasses() throws Exception {
        assertThat(check(service.getAddress().getPort())).isZero();
    }

    @Test
    void serviceAnsweringDownFails() throws Exception {
        readiness.set(503);
        assertThat(check(service.getAddress().getPort())).isEqualTo(1);
    }

    @Test
    void nothingListeningFails() throws Exception {
        int port = service.getAddress().getPort();
        service.stop(0);
        assertThat(check(port)).isEqualTo(1);
    }

    private static int check(int port) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("bash", SCRIPT.toString()).redirectErrorStream(true);
        builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
        Process process = builder.start();
        assertThat(process.waitFor(10, TimeUnit.SECONDS)).as("health check finished").isTrue();
        return process.exitValue();
    }
}
