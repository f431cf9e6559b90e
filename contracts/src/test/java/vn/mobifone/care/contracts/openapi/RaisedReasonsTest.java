package vn.mobifone.care.contracts.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every problem {@code reason} a service's code can answer is named in its published document, in
 * the description of an error answer of the status it comes with (a conflict in a 409, a business
 * rule in a 422), where an integrator writing the {@code switch} on reasons looks for it. Mapping each raise to its operations would
 * need the call graph; the source says which reasons exist, so a reason added in the code without
 * a word in the contract fails here, whatever operation raises it.
 *
 * <p>A reason is read from where the code names it: the first argument of a platform refusal
 * ({@code ResourceConflict}, {@code BusinessRuleViolation}, {@code AccessDenied}), a
 * {@code withReason(...)}, a refusal catalogue's entry (a type named {@code …Refusal}), and the
 * platform's {@code not-found} for a {@code ResourceNotFound}. A reason held in a constant is
 * looked up in the service's sources.
 */
class RaisedReasonsTest {

    private static final Path ROOT = Path.of(System.getProperty("care.repo.root", "..")).toAbsolutePath().normalize();
    private static final String ARGUMENT = "\\(\\s*(?:\"([a-z0-9-]+)\"|(?:\\w+\\.)?([A-Z][A-Z0-9_]*)\\b)";
    /** Each kind of raise with the status it answers, or {@code null} for a problem built with its own status. */
    private static final Map<Pattern, String> RAISES = Map.of(
            Pattern.compile("new\\s+ResourceConflict" + ARGUMENT), "409",
            Pattern.compile("new\\s+BusinessRuleViolation" + ARGUMENT), "422",
            Pattern.compile("new\\s+AccessDenied" + ARGUMENT), "403",
            Pattern.compile("(?:new\\s+\\w*Refusal|\\w*Refusal\\.of)" + ARGUMENT), "422",
            Pattern.compile("\\.withReason" + ARGUMENT), "");
    /** An entry of a refusal enum: {@code OUTSIDE_CALL_WINDOW("outside-call-window", "…")}. */
    private static final Pattern REFUSAL_ENTRY = Pattern.compile("^\\s*[A-Z][A-Z0-9_]*\\(\\s*\"([a-z0-9-]+)\"", Pattern.MULTILINE);
    private static final Pattern NOT_FOUND = Pattern.compile("new\\s+ResourceNotFound\\(");
    private static final Pattern CONSTANT = Pattern.compile("\\b([A-Z][A-Z0-9_]*)\\s*=\\s*\"([a-z0-9-]+)\"");

    @Test
    void everyReasonAServiceRaisesIsNamedInItsContract() throws IOException {
        Map<String, JsonNode> documents = CommonComponentsTest.documents();
        List<String> undocumented = new ArrayList<>();
        for (String service : CommonComponentsTest.SERVICES) {
            JsonNode document = documents.get(service);
            raisedReasons(ROOT.resolve(service).resolve("src/main/java")).forEach((raised, where) -> {
                String reason = raised.substring(raised.indexOf(' ') + 1);
                String status = raised.substring(0, raised.indexOf(' '));
                if (!Pattern.compile("(?<![a-z0-9-])" + Pattern.quote(reason) + "(?![a-z0-9-])").matcher(answerTexts(document, status)).find()) {
                    undocumented.add(service + ": " + reason + " not in any " + (status.equals("*") ? "error" : status)
                            + " answer (raised in " + where + ")");
                }
            });
        }
        assertThat(undocumented).as("reasons raised by the code that no operation of the contract names").isEmpty();
    }

    @Test
    void theScanFindsTheReasonsOfEveryKindOfRaise() throws IOException {
        Map<String, String> lookup = raisedReasons(ROOT.resolve("subscriber-lookup-service/src/main/java"));
        assertThat(lookup).containsKeys("409 decree49-complete", "403 not-a-partner-supervisor", "422 outside-call-window", "404 not-found");
        Map<String, String> consultation = raisedReasons(ROOT.resolve("consultation-service/src/main/java"));
        assertThat(consultation).containsKeys("* subscriber-lookup-unavailable", "422 wrong-line", "422 customer-complaint");
    }

    /** @return each status and reason the sources raise ({@code "409 invalid-transition"}), with the first file that raises it */
    static Map<String, String> raisedReasons(Path sources) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(sources)) {
            walk.filter(p -> p.toString().endsWith(".java")).forEach(p -> files.put(sources.relativize(p).toString(), read(p)));
        }
        Map<String, String> constants = new TreeMap<>();
        files.values().forEach(text -> {
            Matcher m = CONSTANT.matcher(text);
            while (m.find()) {
                constants.putIfAbsent(m.group(1), m.group(2));
            }
        });
        Map<String, String> reasons = new TreeMap<>();
        files.forEach((file, text) -> {
            RAISES.forEach((raise, status) -> {
                Matcher m = raise.matcher(text);
                while (m.find()) {
                    String reason = m.group(1) != null ? m.group(1) : constants.get(m.group(2));
                    if (reason != null) {
                        reasons.putIfAbsent((status.isEmpty() ? "*" : status) + " " + reason, file);
                    }
                }
            });
            if (file.endsWith("Refusal.java")) {
                Matcher m = REFUSAL_ENTRY.matcher(text);
                while (m.find()) {
                    reasons.putIfAbsent("422 " + m.group(1), file);
                }
            }
            if (NOT_FOUND.matcher(text).find()) {
                reasons.putIfAbsent("404 not-found", file);
            }
        });
        return reasons;
    }

    /** The descriptions of the answers of a status ({@code *}: of every error status) in every operation. */
    private static String answerTexts(JsonNode document, String status) {
        StringBuilder text = new StringBuilder();
        for (JsonNode item : document.path("paths")) {
            for (JsonNode operation : item) {
                operation.path("responses").fields().forEachRemaining(response -> {
                    if (status.equals("*") ? !response.getKey().startsWith("2") : response.getKey().equals(status)) {
                        text.append(response.getValue().path("description").asText()).append('\n');
                    }
                });
            }
        }
        return text.toString();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
