package org.homeward.exchange.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.homeward.support.HttpApi;
import tools.jackson.databind.JsonNode;

/** Starts import jobs through the API and waits for them, for the import tests. */
final class ImportJobs {

    private ImportJobs() {}

    static HttpApi.Reply upload(HttpApi api, String kind, String mode, String source, String fileName, byte[] content) {
        return api.multipart(
                "/api/v1/imports", Map.of("kind", kind, "mode", mode, "source", source), fileName, content);
    }

    static HttpApi.Reply upload(HttpApi api, String kind, String mode, String source, String csv) {
        return upload(api, kind, mode, source, "households.csv", csv.getBytes(StandardCharsets.UTF_8));
    }

    /** Uploads and waits until the job ends; answers the finished job. */
    static JsonNode run(HttpApi api, String kind, String mode, String source, String csv) {
        HttpApi.Reply started = upload(api, kind, mode, source, csv);
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        return await(api, started.header("Location"));
    }

    static JsonNode await(HttpApi api, String location) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (Instant.now().isBefore(deadline)) {
            HttpApi.Reply reply = api.get(location);
            assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
            JsonNode job = reply.json();
            String status = job.get("status").asString();
            if (!status.equals("QUEUED") && !status.equals("RUNNING")) {
                return job;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("import job did not finish in time: " + location);
    }
}
