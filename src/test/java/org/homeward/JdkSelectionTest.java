package org.homeward;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * ./mvnw sources .mvn/select-jdk.sh to run Maven on a JDK 25 where the default java is older. These tests run
 * that script in a shell with controlled environments.
 */
class JdkSelectionTest {

    record Outcome(int exitCode, String out, String err) {}

    static Outcome selectWith(Map<String, String> environment) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("sh", "-c", ". ./.mvn/select-jdk.sh && echo \"$JAVA_HOME\"");
        builder.environment().clear();
        builder.environment().put("PATH", "/usr/bin:/bin");
        builder.environment().putAll(environment);
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        return new Outcome(process.waitFor(), out, err);
    }

    @Test
    void withoutAnyJdk25ItFailsWithOneLineSayingWhatToInstall() throws Exception {
        Outcome outcome = selectWith(Map.of("HOMEWARD_JDK_ROOTS", "/nonexistent"));

        assertThat(outcome.exitCode()).isEqualTo(1);
        assertThat(outcome.err().lines()).hasSize(1);
        assertThat(outcome.err()).contains("needs a JDK 25").contains("install");
    }

    @Test
    void anOlderJavaHomeIsReplacedByAnInstalledJdk25() throws Exception {
        Path current = Path.of(System.getProperty("java.home"));
        assertThat(Runtime.version().feature()).isEqualTo(25);
        Path older = Files.createTempDirectory("jdk17");
        Files.writeString(older.resolve("release"), "JAVA_VERSION=\"17.0.15\"\n");

        Outcome outcome = selectWith(Map.of(
                "JAVA_HOME", older.toString(),
                "HOMEWARD_JDK_ROOTS", current.getParent().toString()));

        assertThat(outcome.exitCode()).as(outcome.err()).isZero();
        assertThat(Path.of(outcome.out()).toRealPath()).isEqualTo(current.toRealPath());
    }
}
