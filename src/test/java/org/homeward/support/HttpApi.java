package org.homeward.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Real HTTP against the running application, for integration tests: no MockMvc, no mocks.
 *
 * <pre>
 * HttpApi api = new HttpApi(port).basic("admin", password);
 * Reply reply = api.get("/api/v1/geography/areas?level=1");
 * assertThat(reply.status()).isEqualTo(200);
 * assertThat(reply.json().get("total").asInt()).isEqualTo(14);
 * </pre>
 */
public final class HttpApi {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private final String base;
    private final String authorization;

    public HttpApi(int port) {
        this("http://localhost:" + port, null);
    }

    private HttpApi(String base, String authorization) {
        this.base = base;
        this.authorization = authorization;
    }

    public HttpApi basic(String user, String password) {
        String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new HttpApi(base, "Basic " + token);
    }

    public HttpApi bearer(String token) {
        return new HttpApi(base, "Bearer " + token);
    }

    public Reply get(String path, String... headers) {
        return send(request(path, headers).GET());
    }

    public Reply delete(String path, String... headers) {
        return send(request(path, headers).DELETE());
    }

    public Reply post(String path, Object body, String... headers) {
        return send(request(path, headers)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(toJson(body))));
    }

    public Reply put(String path, Object body, String... headers) {
        return send(request(path, headers)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(toJson(body))));
    }

    public Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response);
        } catch (IOException e) {
            throw new IllegalStateException("request failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** Builds a request to {@code path} with this client's credentials and extra header name/value pairs. */
    public HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder builder =
                HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return builder;
    }

    private static String toJson(Object body) {
        return body instanceof String text ? text : JSON.writeValueAsString(body);
    }

    /**
     * POSTs a multipart/form-data body: the text {@code fields}, then one file part named {@code fileField}. The file
     * is streamed from disk, so a test can upload files far larger than its heap.
     */
    public Reply multipart(
            String path,
            java.util.Map<String, String> fields,
            String fileField,
            String fileName,
            java.nio.file.Path file) {
        String boundary =
                "----homeward" + java.util.UUID.randomUUID().toString().replace("-", "");
        StringBuilder head = new StringBuilder();
        fields.forEach((name, value) -> head.append("--")
                .append(boundary)
                .append("\r\nContent-Disposition: form-data; name=\"")
                .append(name)
                .append("\"\r\n\r\n")
                .append(value)
                .append("\r\n"));
        head.append("--")
                .append(boundary)
                .append("\r\nContent-Disposition: form-data; name=\"")
                .append(fileField)
                .append("\"; filename=\"")
                .append(fileName)
                .append("\"\r\nContent-Type: application/octet-stream\r\n\r\n");
        String tail = "\r\n--" + boundary + "--\r\n";
        try {
            HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.concat(
                    HttpRequest.BodyPublishers.ofString(head.toString()),
                    HttpRequest.BodyPublishers.ofFile(file),
                    HttpRequest.BodyPublishers.ofString(tail));
            return send(request(path)
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(body));
        } catch (java.io.FileNotFoundException e) {
            throw new IllegalStateException("no such file: " + file, e);
        }
    }

    /** As {@link #multipart(String, java.util.Map, String, String, java.nio.file.Path)}, with the file's bytes. */
    public Reply multipart(String path, java.util.Map<String, String> fields, String fileName, byte[] content) {
        return multipart(path, fields, "file", fileName, content);
    }

    /** As above, with the file part under another name. */
    public Reply multipart(
            String path, java.util.Map<String, String> fields, String fileField, String fileName, byte[] content) {
        try {
            java.nio.file.Path file = java.nio.file.Files.createTempFile("upload", ".bin");
            try {
                java.nio.file.Files.write(file, content);
                return multipart(path, fields, fileField, fileName, file);
            } finally {
                java.nio.file.Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An answer: status, headers and body, with the body parsed as JSON on demand. */
    public record Reply(HttpResponse<String> response) {

        public int status() {
            return response.statusCode();
        }

        public String body() {
            return response.body();
        }

        public String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        public JsonNode json() {
            return JSON.readTree(response.body());
        }

        @Override
        public String toString() {
            return status() + " " + body();
        }
    }
}
