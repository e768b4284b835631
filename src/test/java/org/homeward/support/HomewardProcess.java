package org.homeward.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Homeward as a separate operating-system process, started from the test classpath against an external PostgreSQL:
 * for tests that must kill the application for real ({@code destroyForcibly}, SIGKILL) or bound its heap. Its output
 * goes to a log file beside its data.
 */
public final class HomewardProcess implements AutoCloseable {

    private final Process process;
    private final int port;
    private final Path log;

    private HomewardProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /**
     * Starts Homeward with the test profile on a free port and waits until it answers its health check.
     *
     * @param jvmOptions such as {@code -Xmx1g}
     * @param settings Spring properties, such as {@code homeward.db.url}
     */
    public static HomewardProcess start(List<String> jvmOptions, Map<String, String> settings, Path log)
            throws IOException, InterruptedException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.homeward.Homeward"));
        command.add("--spring.profiles.active=test");
        command.add("--server.port=" + port);
        settings.forEach((name, value) -> command.add("--" + name + "=" + value));
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        HomewardProcess homeward = new HomewardProcess(process, port, log);
        homeward.awaitHealthy();
        return homeward;
    }

    public int port() {
        return port;
    }

    public HttpApi api() {
        return new HttpApi(port);
    }

    public long pid() {
        return process.pid();
    }

    /** SIGKILL, as {@code kill -9}: no shutdown hook, no graceful stop. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** Stops the process gracefully (SIGTERM; a flight recording is written then), or kills it after 60 s. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
            kill();
        }
    }

    private void awaitHealthy() throws InterruptedException, IOException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new AssertionError("Homeward stopped at start-up; see " + log + "\n" + tail());
            }
            try {
                if (new HttpApi(port).get("/actuator/health").status() == 200) {
                    return;
                }
            } catch (IllegalStateException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        process.destroyForcibly();
        throw new AssertionError("Homeward did not start in time; see " + log);
    }

    private String tail() throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }
}
