package vn.mobifone.care.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code ./suite token} refuses a call that would mint a useless token, and says how to call it, before building anything. */
class SuiteScriptTest {

    private static final Path ROOT = Path.of(System.getProperty("care.repo.root", "..")).toAbsolutePath().normalize();

    @ParameterizedTest
    @ValueSource(strings = { "", "agent", "boss A001", "Agent A001", "agent A001 extra" })
    void aTokenCallWithoutAKnownRoleAndASubjectPrintsUsage(String arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", ROOT.resolve("suite").toString(), "token"));
        if (!arguments.isEmpty()) {
            command.addAll(List.of(arguments.split(" ")));
        }
        Process suite = new ProcessBuilder(command).start();
        assertThat(suite.waitFor(20, TimeUnit.SECONDS)).isTrue();

        assertThat(suite.exitValue()).isEqualTo(2);
        assertThat(new String(suite.getInputStream().readAllBytes())).isEmpty();
        assertThat(new String(suite.getErrorStream().readAllBytes()))
                .contains("usage: ./suite token <role> <subject>")
                .contains("agent supervisor ops integration admin");
    }
}
