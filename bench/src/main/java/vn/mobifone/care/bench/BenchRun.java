package vn.mobifone.care.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.mobifone.care.devstack.AgentRoster;
import vn.mobifone.care.devstack.DevTokens;
import vn.mobifone.care.devstack.LocalKafka;

/** What every benchmark needs around the services it measures: the repository, work folders, JVM options. */
public final class BenchRun {

    private BenchRun() {
    }

    /** The checkout the packaged services are taken from ({@code bench/run} passes it). */
    public static Path repositoryRoot() {
        return Path.of(System.getProperty("care.repo.root", ".")).toAbsolutePath().normalize();
    }

    /** {@code bench/target/<name>}, created if missing. */
    public static Path workFolder(String name) {
        try {
            return Files.createDirectories(repositoryRoot().resolve("bench/target").resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes a folder and what it holds, so a run starts from fresh data, never a previous run's. */
    public static void delete(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (var paths = Files.walk(folder)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The measured service's JVM options, plus those of {@code -Dbench.service.jvm-options="..."}
     * (e.g. {@code -XX:StartFlightRecording=filename=/tmp/{phase}.jfr,settings=profile}, where
     * {@code {phase}} names the part of the run), so any benchmark can be profiled unchanged.
     */
    public static List<String> serviceJvmOptions(String phase, String... options) {
        List<String> all = new ArrayList<>(List.of(options));
        String extra = System.getProperty("bench.service.jvm-options", "").replace("{phase}", phase);
        if (!extra.isBlank()) {
            all.addAll(List.of(extra.trim().split("\\s+")));
        }
        return all;
    }

    /**
     * A bearer token for {@code subject} with {@code role}; an agent or supervisor is first registered
     * as active on the broker's agent directory topic, as every service refuses people it does not know.
     */
    public static String bearer(DevTokens tokens, LocalKafka kafka, String role, String subject) {
        AgentRoster.register(kafka.bootstrapServers(), subject, Set.of(role));
        return "Bearer " + tokens.mint(role, subject);
    }

    /**
     * Server settings for a benchmark's PostgreSQL: durable commits. The embedded server defaults
     * to {@code fsync} off and asynchronous commit, right for throwaway test data but not for
     * figures that stand for production, where every commit waits for its WAL flush.
     */
    public static Map<String, String> durablePostgres(Map<String, String> tuning) {
        Map<String, String> settings = new LinkedHashMap<>(tuning);
        settings.put("fsync", "on");
        settings.put("synchronous_commit", "on");
        return settings;
    }
}
