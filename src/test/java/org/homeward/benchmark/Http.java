package org.homeward.benchmark;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;

/**
 * The load generators' HTTP clients. {@link #get}/{@link #post}: the JDK's {@code java.net.http} client (HTTP/1.1
 * keep-alive, bearer tokens, bodies as strings). {@link Connection}: a lean blocking HTTP/1.1 keep-alive client
 * over one socket per load-generating thread, for the registry benchmark's measured loads. The JDK client costs
 * several times more CPU per request than the server's own work for a small request (its selector thread, executor
 * hand-offs, header maps); on one machine that CPU is taken from the server being measured, whereas real clients
 * run elsewhere. {@code -Dbenchmark.client=jdk} puts the JDK client back, to compare.
 */
final class Http {

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    private final String base;
    private final int port;

    Http(int port) {
        this.base = "http://localhost:" + port;
        this.port = port;
    }

    /** Whether the measured loads use the JDK client ({@code -Dbenchmark.client=jdk}) instead of {@link Connection}. */
    static boolean jdkClient() {
        return "jdk".equalsIgnoreCase(System.getProperty("benchmark.client", "lean"));
    }

    HttpResponse<String> get(String path, String token) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Bearer " + token)
                .GET());
    }

    HttpResponse<String> post(String path, String token, String json) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A client for one thread: the lean connection, or the JDK client behind the same interface. */
    Client client(String token) {
        if (jdkClient()) {
            return new Client() {
                @Override
                public Response get(String path) {
                    HttpResponse<String> response = Http.this.get(path, token);
                    return new Response(response.statusCode(), response.body().getBytes(StandardCharsets.UTF_8));
                }

                @Override
                public Response post(String path, byte[] json) {
                    HttpResponse<String> response =
                            Http.this.post(path, token, new String(json, StandardCharsets.UTF_8));
                    return new Response(response.statusCode(), null);
                }

                @Override
                public void close() {}
            };
        }
        return new Connection(port, token);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return CLIENT.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("request failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** An answer: status and body bytes (null where the caller did not ask to keep it). */
    record Response(int status, byte[] bytes) {
        String body() {
            return bytes == null ? "" : new String(bytes, StandardCharsets.UTF_8);
        }
    }

    /** One load-generating thread's client, used by that thread only. */
    interface Client extends AutoCloseable {
        Response get(String path);

        /** Posts JSON; the answer's body is read and dropped. */
        Response post(String path, byte[] json);

        @Override
        void close();
    }

    /**
     * HTTP/1.1 over one keep-alive socket: writes the request in one buffer, reads the status line, the headers
     * and a Content-Length or chunked body. Reconnects when the server closes the connection (Tomcat closes
     * after {@code maxKeepAliveRequests}, 100 by default, announcing it with {@code Connection: close}).
     */
    static final class Connection implements Client {

        private final int port;
        private final byte[] authorization;
        private Socket socket;
        private InputStream in;
        private OutputStream out;

        Connection(int port, String token) {
            this.port = port;
            this.authorization = ("Host: localhost:" + port + "\r\nAuthorization: Bearer " + token + "\r\n")
                    .getBytes(StandardCharsets.US_ASCII);
        }

        @Override
        public Response get(String path) {
            return exchange(("GET " + path + " HTTP/1.1\r\n").getBytes(StandardCharsets.US_ASCII), null, true);
        }

        @Override
        public Response post(String path, byte[] json) {
            return exchange(("POST " + path + " HTTP/1.1\r\n").getBytes(StandardCharsets.US_ASCII), json, false);
        }

        private Response exchange(byte[] requestLine, byte[] body, boolean keepBody) {
            for (int attempt = 0; ; attempt++) {
                boolean fresh = socket == null;
                try {
                    if (fresh) {
                        connect();
                    }
                    out.write(requestLine);
                    out.write(authorization);
                    if (body != null) {
                        out.write(("Content-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n")
                                .getBytes(StandardCharsets.US_ASCII));
                        out.write(body);
                    } else {
                        out.write(CRLF);
                    }
                    out.flush();
                    return read(keepBody);
                } catch (IOException e) {
                    close();
                    // A kept-alive socket the server closed meanwhile: retry once on a new one.
                    if (fresh || attempt > 0) {
                        throw new IllegalStateException("request failed: " + e.getMessage(), e);
                    }
                }
            }
        }

        private static final byte[] CRLF = {'\r', '\n'};

        private void connect() throws IOException {
            socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(60_000);
            socket.connect(new InetSocketAddress("localhost", port), 10_000);
            in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
            out = new BufferedOutputStream(socket.getOutputStream(), 16 * 1024);
        }

        private Response read(boolean keepBody) throws IOException {
            String status = line();
            if (!status.startsWith("HTTP/1.1 ") || status.length() < 12) {
                throw new IOException("unexpected status line");
            }
            int code = Integer.parseInt(status.substring(9, 12));
            long length = -1;
            boolean chunked = false;
            boolean closes = false;
            for (String header = line(); !header.isEmpty(); header = line()) {
                int colon = header.indexOf(':');
                String name = header.substring(0, colon).strip().toLowerCase(Locale.ROOT);
                String value = header.substring(colon + 1).strip();
                switch (name) {
                    case "content-length" -> length = Long.parseLong(value);
                    case "transfer-encoding" ->
                        chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
                    case "connection" -> closes = value.equalsIgnoreCase("close");
                    default -> {}
                }
            }
            ByteArrayOutputStream body = keepBody ? new ByteArrayOutputStream(4096) : null;
            if (chunked) {
                for (long size = Long.parseLong(chunkSize(line()), 16);
                        size > 0;
                        size = Long.parseLong(chunkSize(line()), 16)) {
                    copy(size, body);
                    line();
                }
                while (!line().isEmpty()) {
                    // trailers
                }
            } else if (length > 0) {
                copy(length, body);
            }
            if (closes) {
                close();
            }
            return new Response(code, body == null ? null : body.toByteArray());
        }

        private static String chunkSize(String line) {
            int extension = line.indexOf(';');
            return (extension < 0 ? line : line.substring(0, extension)).strip();
        }

        private void copy(long length, ByteArrayOutputStream body) throws IOException {
            byte[] buffer = new byte[8192];
            long left = length;
            while (left > 0) {
                int read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                if (read < 0) {
                    throw new IOException("connection closed in a body");
                }
                if (body != null) {
                    body.write(buffer, 0, read);
                }
                left -= read;
            }
        }

        /** One header line in ISO-8859-1, without its CRLF. */
        private String line() throws IOException {
            StringBuilder line = new StringBuilder(64);
            for (int c = in.read(); c != '\n'; c = in.read()) {
                if (c < 0) {
                    throw new IOException("connection closed");
                }
                if (c != '\r') {
                    line.append((char) c);
                }
            }
            return line.toString();
        }

        @Override
        public void close() {
            if (socket != null) {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // closing anyway
                }
            }
            socket = null;
            in = null;
            out = null;
        }
    }
}
