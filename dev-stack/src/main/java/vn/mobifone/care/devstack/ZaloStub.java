package vn.mobifone.care.devstack;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Stands in for Zalo's notification service in the local suite: accepts every message the way
 * the real endpoint answers a success ({@code error 0} and a {@code msg_id}) and counts them.
 */
public final class ZaloStub implements AutoCloseable {

    private final HttpServer server;
    private final AtomicLong received = new AtomicLong();

    private ZaloStub(HttpServer server) {
        this.server = server;
    }

    public static ZaloStub start(int port) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
            ZaloStub stub = new ZaloStub(server);
            server.createContext("/message", exchange -> {
                try (InputStream body = exchange.getRequestBody(); OutputStream out = exchange.getResponseBody()) {
                    body.readAllBytes();
                    stub.received.incrementAndGet();
                    byte[] answer = ("{\"error\":0,\"message\":\"Success\",\"data\":{\"msg_id\":\"" + UUID.randomUUID() + "\"}}")
                            .getBytes(StandardCharsets.UTF_8);
                    exchange.getResponseHeaders().add("Content-Type", "application/json");
                    exchange.sendResponseHeaders(200, answer.length);
                    out.write(answer);
                }
            });
            server.start();
            return stub;
        } catch (IOException e) {
            throw new IllegalStateException("Zalo stub cannot listen on " + port, e);
        }
    }

    public String url() {
        return "http://localhost:" + server.getAddress().getPort() + "/message";
    }

    public long received() {
        return received.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
