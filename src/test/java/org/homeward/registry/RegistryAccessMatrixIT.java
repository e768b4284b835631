package org.homeward.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.registry.HouseholdRequests.idps;
import static org.homeward.registry.HouseholdRequests.refugees;
import static org.homeward.registry.HouseholdRequests.register;
import static org.homeward.registry.HouseholdRequests.uniqueArabicName;
import static org.homeward.registry.HouseholdRequests.uniqueLatinName;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.homeward.geography.Gazetteer;
import org.homeward.identity.Role;
import org.homeward.support.HttpApi;
import org.homeward.support.TestUsers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Who sees and changes which household, tested cell by cell: every actor against households of two
 * organisations in two governorates, through every endpoint, including requests for ids the actor was never
 * shown. The expectations are stated once, in {@link #MATRIX}; the endpoint outcomes follow from the cell.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegistryAccessMatrixIT {

    /**
     * What each actor sees of each household: F in full, P pseudonymised, - nothing at all. X is the
     * governorate of C4121 (Idleb), Y another one (Aleppo). Households: AX registered by organisation A with
     * origin in X; AY by A with origin in Y; BY by B with origin in Y; BYX by B, displaced from Y and living in X.
     */
    private static final String MATRIX = """
            actor          AX  AY  BY  BYX
            admin          P   P   P   P
            coordinator    F   F   F   F
            coordinator-X  F   P   P   F
            caseworker-X   F   P   P   F
            caseworker-Y   P   F   F   F
            analyst        P   P   P   P
            partner-A      F   F   -   -
            partner-A-Y    -   F   -   -
            partner-B      -   -   F   F
            """;

    /** Who may register a household with origin in X. */
    private static final Map<String, Boolean> MAY_REGISTER_IN_X = Map.of(
            "admin", false,
            "coordinator", true,
            "coordinator-X", true,
            "caseworker-X", true,
            "caseworker-Y", false,
            "analyst", false,
            "partner-A", true,
            "partner-A-Y", false,
            "partner-B", true);

    /** Top-level fields a pseudonymised record may have; members have only sex and ageGroup. */
    private static final Set<String> PSEUDONYMISED_FIELDS = Set.of(
            "id",
            "reference",
            "displacementStatus",
            "originPcode",
            "currentCountry",
            "currentPcode",
            "currentSite",
            "members",
            "access");

    private static final List<String> PERSONAL_HOUSEHOLD_FIELDS =
            List.of("phone", "notes", "currentLocality", "dateDisplaced", "organisation");
    private static final List<String> PERSONAL_MEMBER_FIELDS = List.of(
            "id",
            "givenNameAr",
            "fatherNameAr",
            "grandfatherNameAr",
            "familyNameAr",
            "givenNameLatin",
            "fatherNameLatin",
            "grandfatherNameLatin",
            "familyNameLatin",
            "dateOfBirth",
            "birthYear",
            "documents",
            "nationality",
            "specificNeeds");

    private static final String CONSENT = """
            {"purpose":"REGISTRATION","givenBy":"SELF","date":"2024-01-01","method":"WRITTEN"}""";

    enum Visibility {
        FULL,
        PSEUDONYMISED,
        NONE
    }

    enum Endpoint {
        GET_ONE,
        LIST_BY_ORIGIN,
        SEARCH_BY_NAME,
        UPDATE,
        DELETE,
        CONSENT_READ,
        CONSENT_GIVE
    }

    /** One household of the matrix: what it was registered from, and what came back. */
    record Household(String key, ObjectNode request, String registrar, String id, String personId, String name) {}

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    Gazetteer gazetteer;

    private final Map<String, HttpApi> actors = new HashMap<>();
    private final Map<String, Household> households = new LinkedHashMap<>();
    private String communityX;
    private String communityY;

    @BeforeAll
    void setUp() {
        String x = gazetteer.get("C4121").adm1Pcode();
        assertThat(x).isEqualTo("SY07");
        String y = "SY02";
        assertThat(gazetteer.isWithin(communityIn(y), x)).isFalse();
        communityX = communityIn(x);
        communityY = communityIn(y);

        String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String orgA = "MATRIX-A-" + suffix;
        String orgB = "MATRIX-B-" + suffix;
        TestUsers users = TestUsers.of(context);
        actors.put("admin", users.create(Role.ADMIN).tokenApi(port));
        actors.put("coordinator", users.create(Role.COORDINATOR).tokenApi(port));
        actors.put(
                "coordinator-X", users.create(Role.COORDINATOR, orgA, Set.of(x)).tokenApi(port));
        actors.put(
                "caseworker-X", users.create(Role.CASEWORKER, orgA, Set.of(x)).tokenApi(port));
        actors.put(
                "caseworker-Y", users.create(Role.CASEWORKER, orgB, Set.of(y)).tokenApi(port));
        actors.put("analyst", users.create(Role.ANALYST).tokenApi(port));
        actors.put("partner-A", users.create(Role.PARTNER, orgA, Set.of()).tokenApi(port));
        actors.put("partner-A-Y", users.create(Role.PARTNER, orgA, Set.of(y)).tokenApi(port));
        actors.put("partner-B", users.create(Role.PARTNER, orgB, Set.of()).tokenApi(port));
        // Registrars put the households in place and refresh ETags; they are not cells of the matrix.
        actors.put("registrar-A", users.create(Role.COORDINATOR, orgA, Set.of()).tokenApi(port));
        actors.put("registrar-B", users.create(Role.COORDINATOR, orgB, Set.of()).tokenApi(port));

        for (String key : List.of("AX", "AY", "BY", "BYX")) {
            households.put(key, registerFresh(key));
        }
    }

    private String communityIn(String governorate) {
        return HouseholdRequests.communityIn(gazetteer, governorate);
    }

    /** A new household of the kind {@code key} names, registered by its organisation's registrar. */
    private Household registerFresh(String key) {
        String name = uniqueLatinName();
        ObjectNode request = switch (key) {
            case "AX" -> refugees(communityX, name, uniqueArabicName());
            case "AY", "BY" -> refugees(communityY, name, uniqueArabicName());
            case "BYX" -> idps(communityY, communityX, name, uniqueArabicName());
            default -> throw new IllegalArgumentException(key);
        };
        String registrar = key.startsWith("A") ? "registrar-A" : "registrar-B";
        JsonNode stored = register(actors.get(registrar), request);
        return new Household(
                key,
                request,
                registrar,
                stored.get("id").asString(),
                stored.at("/members/0/id").asString(),
                name);
    }

    Stream<Arguments> cells() {
        List<Arguments> cells = new ArrayList<>();
        List<String> lines = MATRIX.lines().toList();
        String[] columns = lines.getFirst().trim().split("\\s+");
        for (String line : lines.subList(1, lines.size())) {
            String[] cell = line.trim().split("\\s+");
            for (int column = 1; column < columns.length; column++) {
                Visibility expected = switch (cell[column]) {
                    case "F" -> Visibility.FULL;
                    case "P" -> Visibility.PSEUDONYMISED;
                    case "-" -> Visibility.NONE;
                    default -> throw new IllegalArgumentException(cell[column]);
                };
                for (Endpoint endpoint : Endpoint.values()) {
                    cells.add(Arguments.of(cell[0], columns[column], endpoint, expected));
                }
            }
        }
        return cells.stream();
    }

    @ParameterizedTest(name = "{0} {2} {1}: {3}")
    @MethodSource("cells")
    void eachActorSeesAndChangesExactlyWhatTheRulesAllow(
            String actor, String householdKey, Endpoint endpoint, Visibility expected) {
        HttpApi api = actors.get(actor);
        Household household = endpoint == Endpoint.DELETE ? registerFresh(householdKey) : households.get(householdKey);
        switch (endpoint) {
            case GET_ONE -> getOne(api, household, expected);
            case LIST_BY_ORIGIN -> listByOrigin(api, household, expected);
            case SEARCH_BY_NAME -> searchByName(api, household, expected);
            case UPDATE -> update(api, household, expected);
            case DELETE -> delete(api, household, expected);
            case CONSENT_READ -> consentRead(api, household, expected);
            case CONSENT_GIVE -> consentGive(api, household, expected);
        }
    }

    private void getOne(HttpApi api, Household household, Visibility expected) {
        HttpApi.Reply reply = api.get("/api/v1/households/" + household.id());
        switch (expected) {
            case FULL -> {
                assertThat(reply.status()).isEqualTo(200);
                assertFull(reply.json(), household);
                assertThat(reply.header("ETag")).isNotNull();
            }
            case PSEUDONYMISED -> {
                assertThat(reply.status()).isEqualTo(200);
                assertPseudonymised(reply.json(), reply.body(), household);
                assertThat(reply.header("ETag")).isNull();
            }
            case NONE -> assertLikeANeverIssuedId(reply, household, api.get("/api/v1/households/" + UUID.randomUUID()));
        }
    }

    private void listByOrigin(HttpApi api, Household household, Visibility expected) {
        String origin = household.request().get("originPcode").asString();
        HttpApi.Reply reply = api.get("/api/v1/households?size=500&origin=" + origin);
        assertThat(reply.status()).isEqualTo(200);
        assertListed(reply, household, expected);
    }

    /** A name search must not tie a name to a record the actor may not read: it matches only full records. */
    private void searchByName(HttpApi api, Household household, Visibility expected) {
        HttpApi.Reply reply =
                api.get("/api/v1/households?q=" + URLEncoder.encode(household.name(), StandardCharsets.UTF_8));
        assertThat(reply.status()).isEqualTo(200);
        assertListed(reply, household, expected == Visibility.FULL ? Visibility.FULL : Visibility.NONE);
        assertThat(reply.json().get("total").asLong()).isEqualTo(expected == Visibility.FULL ? 1 : 0);
    }

    private void assertListed(HttpApi.Reply reply, Household household, Visibility expected) {
        JsonNode item = null;
        for (JsonNode candidate : reply.json().get("items")) {
            if (candidate.get("id").asString().equals(household.id())) {
                item = candidate;
            }
        }
        switch (expected) {
            case FULL -> {
                assertThat(item != null).as("listed").isTrue();
                assertFull(item, household);
            }
            case PSEUDONYMISED -> {
                assertThat(item != null).as("listed").isTrue();
                assertPseudonymised(item, item.toString(), household);
            }
            case NONE -> {
                assertThat(item != null).as("listed").isFalse();
                assertAbsent(reply.body(), household.id(), "household id");
                assertAbsent(reply.body(), household.name(), "family name");
            }
        }
    }

    private void update(HttpApi api, Household household, Visibility expected) {
        String path = "/api/v1/households/" + household.id();
        HttpApi.Reply current = actors.get(household.registrar()).get(path);
        String body = current.body()
                .replace(household.request().get("currentLocality").asString(), "Kilis");
        HttpApi.Reply reply = api.put(path, body, "If-Match", current.header("ETag"));
        switch (expected) {
            case FULL -> {
                assertThat(reply.status()).isEqualTo(200);
                assertThat(reply.json().get("currentLocality").asString()).isEqualTo("Kilis");
            }
            case PSEUDONYMISED -> assertForbidden(reply);
            case NONE ->
                assertLikeANeverIssuedId(reply, household, api.put(randomHousehold(), body, "If-Match", "\"0\""));
        }
        if (expected != Visibility.FULL) {
            HttpApi.Reply after = actors.get(household.registrar()).get(path);
            assertThat(after.header("ETag")).isEqualTo(current.header("ETag"));
        }
    }

    private void delete(HttpApi api, Household household, Visibility expected) {
        String path = "/api/v1/households/" + household.id();
        HttpApi.Reply reply = deleteWithReason(api, path);
        switch (expected) {
            case FULL -> assertThat(reply.status()).isEqualTo(204);
            case PSEUDONYMISED -> assertForbidden(reply);
            case NONE -> assertLikeANeverIssuedId(reply, household, deleteWithReason(api, randomHousehold()));
        }
        int afterwards = actors.get(household.registrar()).get(path).status();
        assertThat(afterwards).as("household still there").isEqualTo(expected == Visibility.FULL ? 404 : 200);
    }

    private void consentRead(HttpApi api, Household household, Visibility expected) {
        HttpApi.Reply reply = api.get(consents(household.id(), household.personId()));
        switch (expected) {
            case FULL -> {
                assertThat(reply.status()).isEqualTo(200);
                assertThat(reply.json().has("history")).isTrue();
            }
            case PSEUDONYMISED -> assertForbidden(reply);
            case NONE -> {
                assertLikeANeverIssuedId(
                        reply, household, api.get(consents(UUID.randomUUID().toString(), household.personId())));
                // A guessed person id in a real household answers like a guessed household.
                assertLikeANeverIssuedId(
                        api.get(consents(household.id(), UUID.randomUUID().toString())),
                        household,
                        api.get(consents(
                                UUID.randomUUID().toString(), UUID.randomUUID().toString())));
            }
        }
    }

    private void consentGive(HttpApi api, Household household, Visibility expected) {
        HttpApi.Reply reply = api.post(consents(household.id(), household.personId()), CONSENT);
        switch (expected) {
            case FULL -> assertThat(reply.status()).isEqualTo(201);
            case PSEUDONYMISED -> assertForbidden(reply);
            case NONE ->
                assertLikeANeverIssuedId(
                        reply,
                        household,
                        api.post(consents(UUID.randomUUID().toString(), household.personId()), CONSENT));
        }
    }

    @Test
    void onlyRolesThatWorkWithHouseholdsRegisterAndOnlyWithinTheirAreas() {
        MAY_REGISTER_IN_X.forEach((actor, allowed) -> {
            HttpApi.Reply reply = actors.get(actor)
                    .post(
                            "/api/v1/households",
                            HouseholdRequests.text(refugees(communityX, uniqueLatinName(), uniqueArabicName())));
            assertThat(reply.status()).as(actor).isEqualTo(allowed ? 201 : 403);
        });
    }

    @Test
    void aCaseworkerCannotMoveAHouseholdOutOfTheirAreas() {
        Household household = registerFresh("AX");
        String path = "/api/v1/households/" + household.id();
        HttpApi caseworker = actors.get("caseworker-X");
        HttpApi.Reply current = caseworker.get(path);
        ObjectNode moved = (ObjectNode) current.json();
        moved.put("originPcode", communityY);

        HttpApi.Reply reply = caseworker.put(path, HouseholdRequests.text(moved), "If-Match", current.header("ETag"));

        assertForbidden(reply);
        assertThat(caseworker.get(path).json().get("originPcode").asString()).isEqualTo(communityX);
    }

    @Test
    void aRepeatedRegistrationShowsTheHouseholdOnlyWhileTheActorMayReadItInFull() {
        HttpApi caseworker = actors.get("caseworker-X");
        String name = uniqueLatinName();
        String request = HouseholdRequests.text(refugees(communityX, name, uniqueArabicName()));
        String key = UUID.randomUUID().toString();
        HttpApi.Reply first = caseworker.post("/api/v1/households", request, "Idempotency-Key", key);
        assertThat(first.status()).isEqualTo(201);
        assertThat(caseworker
                        .post("/api/v1/households", request, "Idempotency-Key", key)
                        .status())
                .isEqualTo(201);
        // Someone with wider access corrects the origin: the family is now outside the caseworker's areas.
        ObjectNode moved = (ObjectNode) first.json();
        moved.put("originPcode", communityY);
        String path = "/api/v1/households/" + moved.get("id").asString();
        assertThat(actors.get("coordinator")
                        .put(path, HouseholdRequests.text(moved), "If-Match", "\"0\"")
                        .status())
                .isEqualTo(200);

        HttpApi.Reply replayed = caseworker.post("/api/v1/households", request, "Idempotency-Key", key);

        assertForbidden(replayed);
        assertAbsent(replayed.body(), name, "family name");
    }

    private void assertFull(JsonNode record, Household household) {
        assertThat(record.get("access").asString()).isEqualTo("full");
        assertThat(household
                        .name()
                        .equals(record.at("/members/0/familyNameLatin").asString()))
                .as("the head's family name is shown")
                .isTrue();
        assertThat(record.at("/members/0/dateOfBirth").isMissingNode())
                .as("date of birth missing")
                .isFalse();
    }

    private static void assertPseudonymised(JsonNode record, String text, Household household) {
        assertThat(record.get("access").asString()).isEqualTo("pseudonymised");
        assertThat(record.get("reference").asString()).startsWith("HH-");
        List<String> fields = new ArrayList<>(record.propertyNames());
        assertThat(fields).isSubsetOf(PSEUDONYMISED_FIELDS).doesNotContainAnyElementsOf(PERSONAL_HOUSEHOLD_FIELDS);
        assertThat(record.get("members")).hasSize(3);
        for (JsonNode member : record.get("members")) {
            assertThat(new ArrayList<>(member.propertyNames()))
                    .isSubsetOf("sex", "ageGroup")
                    .doesNotContainAnyElementsOf(PERSONAL_MEMBER_FIELDS);
        }
        JsonNode head = household.request().get("members").get(0);
        assertAbsent(text, household.name(), "Latin family name");
        assertAbsent(text, head.get("familyNameAr").asString(), "Arabic family name");
        assertAbsent(text, head.get("dateOfBirth").asString(), "date of birth");
        assertAbsent(text, household.request().get("currentLocality").asString(), "current locality");
    }

    private static void assertForbidden(HttpApi.Reply reply) {
        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.header("Content-Type")).contains("application/problem+json");
    }

    /**
     * A household the actor may not know of answers exactly like an id nobody ever issued: same status, same
     * problem, same words once the id itself is set aside.
     */
    private static void assertLikeANeverIssuedId(HttpApi.Reply reply, Household household, HttpApi.Reply guessed) {
        assertThat(guessed.status()).isEqualTo(404);
        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.header("Content-Type")).isEqualTo(guessed.header("Content-Type"));
        JsonNode answer = reply.json();
        JsonNode random = guessed.json();
        assertThat(answer.get("type")).isEqualTo(random.get("type"));
        assertThat(answer.get("title")).isEqualTo(random.get("title"));
        assertThat(answer.get("kind")).isEqualTo(random.get("kind"));
        assertThat(withoutIds(reply.body(), answer)).isEqualTo(withoutIds(guessed.body(), random));
        assertAbsent(reply.body(), household.name(), "family name");
    }

    /** Fails without printing the text or the value: both may be personal data. */
    private static void assertAbsent(String text, String value, String what) {
        assertThat(text.contains(value)).as(what + " must not appear").isFalse();
    }

    private static String withoutIds(String body, JsonNode problem) {
        String withoutInstance = body.replace(problem.path("instance").asString("{instance}"), "{instance}");
        return withoutInstance.replace(problem.path("key").asString("{key}"), "{key}");
    }

    private static String randomHousehold() {
        return "/api/v1/households/" + UUID.randomUUID();
    }

    private static String consents(String householdId, String personId) {
        return "/api/v1/households/" + householdId + "/members/" + personId + "/consents";
    }

    private static HttpApi.Reply deleteWithReason(HttpApi api, String path) {
        return api.send(api.request(path, "Content-Type", "application/json")
                .method("DELETE", HttpRequest.BodyPublishers.ofString("{\"reason\":\"access matrix test\"}")));
    }
}
