package org.homeward.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.registry.HouseholdRequests.refugees;
import static org.homeward.registry.HouseholdRequests.register;
import static org.homeward.registry.HouseholdRequests.text;
import static org.homeward.registry.HouseholdRequests.uniqueArabicName;
import static org.homeward.registry.HouseholdRequests.uniqueLatinName;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.homeward.audit.AuditLog;
import org.homeward.identity.Role;
import org.homeward.support.HttpApi;
import org.homeward.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Two clients at the same moment: one change wins, the other is told the record moved on; nothing doubles. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RegistryConcurrencyIT {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditLog auditLog;

    @Test
    void twoUpdatesWithTheSameIfMatchAtOnceLetExactlyOneThrough() throws Exception {
        HttpApi first = TestUsers.of(context).create(Role.CASEWORKER).tokenApi(port);
        HttpApi second = TestUsers.of(context).create(Role.COORDINATOR).tokenApi(port);
        JsonNode stored = register(first, refugees("C4121", uniqueLatinName(), uniqueArabicName()));
        String id = stored.get("id").asString();
        String path = "/api/v1/households/" + id;
        ObjectNode toKilis = ((ObjectNode) stored.deepCopy()).put("currentLocality", "Kilis");
        ObjectNode toHatay = ((ObjectNode) stored.deepCopy()).put("currentLocality", "Hatay");

        List<HttpApi.Reply> replies = atOnce(
                () -> first.put(path, text(toKilis), "If-Match", "\"0\""),
                () -> second.put(path, text(toHatay), "If-Match", "\"0\""));

        List<Integer> statuses =
                replies.stream().map(HttpApi.Reply::status).sorted().toList();
        assertThat(statuses).containsExactly(200, 412);
        HttpApi.Reply winner =
                replies.stream().filter(r -> r.status() == 200).findFirst().orElseThrow();
        HttpApi.Reply now = first.get(path);
        assertThat(now.header("ETag")).isEqualTo("\"1\"");
        assertThat(now.json().get("currentLocality").asString())
                .isEqualTo(winner.json().get("currentLocality").asString());
        assertThat(now.json().get("members")).hasSize(3);
        assertThat(jdbc.sql("SELECT count(*) FROM person WHERE household_id = :id")
                        .param("id", UUID.fromString(id))
                        .query(Long.class)
                        .single())
                .as("members are not duplicated by the losing update")
                .isEqualTo(3);
        auditLog.sealPending();
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM audit_entry
                        WHERE entity_type = 'household' AND entity_id = :id AND action = 'UPDATE'""").param("id", id).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theSameRegistrationSentTwiceAtOnceRegistersOneHousehold() throws Exception {
        HttpApi caseworker = TestUsers.of(context).create(Role.CASEWORKER).tokenApi(port);
        String family = uniqueLatinName();
        String request = text(refugees("C4121", family, uniqueArabicName()));
        String key = UUID.randomUUID().toString();

        List<HttpApi.Reply> replies = atOnce(
                () -> caseworker.post("/api/v1/households", request, "Idempotency-Key", key),
                () -> caseworker.post("/api/v1/households", request, "Idempotency-Key", key));

        assertThat(replies).allSatisfy(reply -> assertThat(reply.status()).isEqualTo(201));
        assertThat(replies.get(0).json().get("id").asString())
                .isEqualTo(replies.get(1).json().get("id").asString());
        assertThat(jdbc.sql("SELECT count(*) FROM person WHERE family_name_latin = :name")
                        .param("name", family)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    /** Runs the requests on their own threads, released together by one latch. */
    @SafeVarargs
    private static List<HttpApi.Reply> atOnce(Supplier<HttpApi.Reply>... requests) throws Exception {
        CountDownLatch ready = new CountDownLatch(requests.length);
        CountDownLatch go = new CountDownLatch(1);
        try (ExecutorService threads = Executors.newFixedThreadPool(requests.length)) {
            List<Future<HttpApi.Reply>> futures = new ArrayList<>();
            for (Supplier<HttpApi.Reply> request : requests) {
                futures.add(threads.submit(() -> {
                    ready.countDown();
                    go.await();
                    return request.get();
                }));
            }
            assertThat(ready.await(10, TimeUnit.SECONDS)).isTrue();
            go.countDown();
            List<HttpApi.Reply> replies = new ArrayList<>();
            for (Future<HttpApi.Reply> future : futures) {
                replies.add(future.get(60, TimeUnit.SECONDS));
            }
            return replies;
        }
    }
}
