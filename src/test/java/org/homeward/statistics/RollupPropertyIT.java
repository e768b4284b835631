package org.homeward.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.homeward.identity.Role;
import org.homeward.statistics.ReturnsThroughApi.Family;
import org.homeward.statistics.ReturnsThroughApi.Person;
import org.homeward.support.HttpApi;
import org.homeward.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/**
 * Random workflow operations through the real API — new cases, their steps, partial arrivals with the rest
 * following later, withdrawals, cancellations and arrival corrections — and after every batch: the roll-ups equal a
 * recompute from the movements (and the registry's population roll-up, which arrivals move by relocating households,
 * a recount of the households), and the breakdown equals what this test's own model of who arrived where and when
 * says. Seeded ({@code -Dstatistics.seed=...}, default below) and sized ({@code -Dstatistics.operations=...}), so a
 * failure can be replayed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RollupPropertyIT {

    /** Communities in three sub-districts no other test uses, and the period of this test's arrivals (2026). */
    static final Map<String, String> COMMUNITIES = Map.of(
            "C3109", "SY050200", "C3110", "SY050200", "C3135", "SY050201", "C4268", "SY070500", "C5187", "SY090300");

    static final String QUERY = "/api/v1/statistics/returns?from=2026-01-01&to=2026-12-31"
            + "&adm3=SY050200,SY050201,SY070500,SY090300&groupBy=adm3,month,type";

    /** Arrivals end here: before today, and after every due date of the returns tests' worklist (2025). */
    static final LocalDate LAST_DAY = LocalDate.of(2026, 10, 31);

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    /** One case of the test, with what the model knows of it. */
    static final class Case {
        final Family family;
        final boolean refugee;
        final List<Person> people;
        int stage; // 0 opened, 1 departed, 2 closed without arrival
        LocalDate departed;
        final Map<String, LocalDate> arrivedOn = new LinkedHashMap<>();
        final Map<String, String> arrivedAt = new HashMap<>();
        final List<String> pending = new ArrayList<>();

        Case(Family family, boolean refugee, List<Person> people) {
            this.family = family;
            this.refugee = refugee;
            this.people = people;
            pending.addAll(family.members());
        }
    }

    @Test
    void rollUpsEqualTheRecomputeAndTheModelAfterRandomOperations() {
        long seed = Long.getLong("statistics.seed", 20261122L);
        int operations = Integer.getInteger("statistics.operations", 2000);
        Random random = new Random(seed);
        HttpApi caseworker = TestUsers.of(context).create(Role.CASEWORKER).tokenApi(port);
        HttpApi coordinator = TestUsers.of(context).create(Role.COORDINATOR).tokenApi(port);
        HttpApi admin = TestUsers.of(context).create(Role.ADMIN).tokenApi(port);
        ReturnsThroughApi returns = new ReturnsThroughApi(caseworker);
        Map<String, Long> before = ArrivalCorrectionIT.cells(admin.get(QUERY));
        List<Case> cases = new ArrayList<>();
        String replay = "seed " + seed;
        for (int done = 0; done < operations; ) {
            done += step(random, cases, returns, caseworker, coordinator, replay + ", operation " + done);
            if (done % 250 < 8 || done >= operations) {
                JsonNode report =
                        admin.post("/api/v1/statistics/recompute", "{}").json();
                assertThat(report.get("consistent").asBoolean())
                        .as(replay + ": " + report)
                        .isTrue();
                assertThat(report.get("tables")
                                .valueStream()
                                .map(table -> table.get("table").asString()))
                        .as("the registry's population roll-up, moved by every arrival, is recounted too")
                        .contains("household_population");
                assertThat(ArrivalCorrectionIT.difference(ArrivalCorrectionIT.cells(admin.get(QUERY)), before))
                        .as(replay + ", after " + done + " operations")
                        .containsExactlyInAnyOrderEntriesOf(model(cases));
            }
        }
    }

    /** One random operation that the cases allow; answers how many requests it made. */
    private int step(
            Random random,
            List<Case> cases,
            ReturnsThroughApi returns,
            HttpApi caseworker,
            HttpApi coordinator,
            String replay) {
        List<Case> opened = cases.stream().filter(c -> c.stage == 0).toList();
        List<Case> moving =
                cases.stream().filter(c -> c.stage == 1 && !c.pending.isEmpty()).toList();
        List<Case> arrived = cases.stream().filter(c -> !c.arrivedOn.isEmpty()).toList();
        int choice = random.nextInt(10);
        if (opened.size() < 3 || choice == 0) {
            boolean refugee = random.nextBoolean();
            List<Person> people = new ArrayList<>();
            int size = 1 + random.nextInt(4);
            for (int i = 0; i < size; i++) {
                int born = i == 0 ? 1940 + random.nextInt(55) : 1940 + random.nextInt(80);
                people.add(new Person(random.nextBoolean() ? "f" : "m", born, List.of()));
            }
            cases.add(new Case(returns.open(refugee, community(random), people), refugee, people));
            return 2;
        }
        if (choice <= 2) {
            Case c = opened.get(random.nextInt(opened.size()));
            c.departed = LocalDate.of(2026, 1 + random.nextInt(6), 1 + random.nextInt(28));
            returns.depart(c.family, c.refugee, c.people, c.departed);
            c.stage = 1;
            return c.refugee ? 6 : 5;
        }
        if (choice == 3) {
            Case c = opened.get(random.nextInt(opened.size()));
            String action = random.nextBoolean() ? "withdraw" : "cancel";
            expectOk(
                    caseworker.post(
                            "/api/v1/returns/" + c.family.caseId() + "/" + action, "{\"reason\":\"changed plans\"}"),
                    replay);
            c.stage = 2;
            return 1;
        }
        if (choice <= 6 && !moving.isEmpty()) {
            Case c = moving.get(random.nextInt(moving.size()));
            List<String> who = subset(random, c.pending, true);
            LocalDate date = after(random, c.departed);
            String where = community(random);
            expectOk(returns.arrive(c.family, date, where, who), replay);
            for (String person : who) {
                c.arrivedOn.put(person, date);
                c.arrivedAt.put(person, where);
            }
            c.pending.removeAll(who);
            return 1;
        }
        if (choice == 7 && !moving.isEmpty()) {
            Case c = moving.stream()
                    .filter(m -> !m.arrivedOn.isEmpty())
                    .findFirst()
                    .orElse(null);
            if (c != null) {
                expectOk(caseworker.post("/api/v1/returns/" + c.family.caseId() + "/withdraw", "{}"), replay);
                c.pending.clear();
                return 1;
            }
        }
        if (!arrived.isEmpty()) {
            return correct(random, arrived.get(random.nextInt(arrived.size())), coordinator, replay);
        }
        return 0;
    }

    private int correct(Random random, Case c, HttpApi coordinator, String replay) {
        List<String> all = new ArrayList<>(c.arrivedOn.keySet());
        String path = "/api/v1/returns/" + c.family.caseId() + "/arrival-corrections";
        if (all.size() > 1 && random.nextInt(3) == 0) {
            List<String> removed = subset(random, all.subList(1, all.size()), true);
            expectOk(
                    coordinator.post(
                            path,
                            "{\"reason\":\"DUPLICATE_RECORD\",\"notArrivedMemberIds\":"
                                    + ReturnsThroughApi.json(removed) + "}"),
                    replay);
            removed.forEach(person -> {
                c.arrivedOn.remove(person);
                c.arrivedAt.remove(person);
            });
            c.pending.addAll(removed);
            return 1;
        }
        List<String> who = subset(random, all, false);
        LocalDate date = random.nextBoolean() ? after(random, c.departed) : null;
        String where = date == null || random.nextBoolean() ? community(random) : null;
        StringBuilder body =
                new StringBuilder("{\"reason\":\"RECORDING_ERROR\",\"memberIds\":").append(ReturnsThroughApi.json(who));
        if (date != null) {
            body.append(",\"date\":\"").append(date).append('"');
        }
        if (where != null) {
            body.append(",\"pcode\":\"").append(where).append('"');
        }
        expectOk(coordinator.post(path, body.append('}').toString()), replay);
        for (String person : who.isEmpty() ? all : who) {
            if (date != null) {
                c.arrivedOn.put(person, date);
            }
            if (where != null) {
                c.arrivedAt.put(person, where);
            }
        }
        return 1;
    }

    /** What the breakdown must have gained: arrivals by sub-district, month and type. */
    private static Map<String, Long> model(List<Case> cases) {
        Map<String, Long> cells = new HashMap<>();
        for (Case c : cases) {
            c.arrivedOn.forEach((person, date) -> cells.merge(
                    COMMUNITIES.get(c.arrivedAt.get(person)) + "|"
                            + date.toString().substring(0, 7) + "|" + (c.refugee ? "REFUGEE" : "IDP"),
                    1L,
                    Long::sum));
        }
        return cells;
    }

    private static String community(Random random) {
        List<String> codes = COMMUNITIES.keySet().stream().sorted().toList();
        return codes.get(random.nextInt(codes.size()));
    }

    /** A day from {@code day} to {@link #LAST_DAY}. */
    private static LocalDate after(Random random, LocalDate day) {
        int span = (int) (LAST_DAY.toEpochDay() - day.toEpochDay());
        return day.plusDays(random.nextInt(span + 1));
    }

    /** A random part of {@code from}: never empty when {@code nonEmpty}, else possibly empty (meaning all). */
    private static List<String> subset(Random random, List<String> from, boolean nonEmpty) {
        List<String> chosen = new ArrayList<>();
        for (String item : from) {
            if (random.nextBoolean()) {
                chosen.add(item);
            }
        }
        if (chosen.isEmpty() && nonEmpty) {
            chosen.add(from.get(random.nextInt(from.size())));
        }
        return chosen;
    }

    private static void expectOk(HttpApi.Reply reply, String replay) {
        assertThat(reply.status()).as(replay + ": " + reply.body()).isEqualTo(200);
    }
}
