package org.homeward.returns;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.homeward.support.HttpApi;
import tools.jackson.databind.JsonNode;

/**
 * Households and return cases through the real API, for integration tests: register the family of the registry
 * example, open its case, and drive it to any state with the requests of the contract.
 */
final class ReturnFixture {

    /** The registration request of the registry example (RegistryApiIT.REGISTRATION). */
    static final String REGISTRATION = """
            {"displacementStatus":"REFUGEE","originPcode":"C4121","currentCountry":"TUR","currentLocality":"Gaziantep",
             "members":[{"relationship":"HEAD","sex":"m","dateOfBirth":"1984-05-02",
                         "givenNameAr":"محمد","fatherNameAr":"أحمد","familyNameAr":"الحلبي",
                         "givenNameLatin":"Mohammad","familyNameLatin":"Al-Halabi"},
                        {"relationship":"SPOUSE","sex":"f","birthYear":1988,"givenNameAr":"فاطمة","familyNameAr":"الحلبي"},
                        {"relationship":"CHILD","sex":"f","dateOfBirth":"2015-09-10","givenNameLatin":"Sara"}]}
            """;

    /** An IDP family in Rukban camp, from Sarmada. */
    static final String IDP_REGISTRATION = """
            {"displacementStatus":"IDP","originPcode":"C4121","currentCountry":"SYR","currentSite":"SYR-S-RUK",
             "members":[{"relationship":"HEAD","sex":"f","birthYear":1979,"givenNameLatin":"Huda"},
                        {"relationship":"CHILD","sex":"m","birthYear":2012,"givenNameLatin":"Omar"}]}
            """;

    /** A registered household: its id, and its members' ids (the head first; for the example, two adults). */
    record Household(String id, List<String> members) {

        String head() {
            return members.get(0);
        }

        List<String> adults() {
            return members.subList(0, 2);
        }
    }

    private final HttpApi api;

    ReturnFixture(HttpApi api) {
        this.api = api;
    }

    Household register() {
        return register(REGISTRATION);
    }

    Household register(String registration) {
        HttpApi.Reply reply = api.post("/api/v1/households", registration);
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        List<String> members = new ArrayList<>();
        reply.json()
                .get("members")
                .forEach(member -> members.add(member.get("id").asString()));
        return new Household(reply.json().get("id").asString(), members);
    }

    String open(Household household, String destination) {
        HttpApi.Reply reply = api.post(
                "/api/v1/returns",
                Map.of(
                        "householdId", household.id(),
                        "memberIds", household.members(),
                        "intendedDestinationPcode", destination));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().get("id").asString();
    }

    JsonNode get(String caseId) {
        HttpApi.Reply reply = api.get("/api/v1/returns/" + caseId);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    String status(String caseId) {
        return get(caseId).get("status").asString();
    }

    HttpApi.Reply act(String caseId, String action, Object body) {
        return api.post("/api/v1/returns/" + caseId + "/" + action, body);
    }

    JsonNode ok(String caseId, String action, Object body) {
        HttpApi.Reply reply = act(caseId, action, body);
        assertThat(reply.status()).as(action + ": " + reply.body()).isEqualTo(200);
        return reply.json();
    }

    /** Takes a refugee case of the example household from INTENTION_RECORDED to {@code target}, by the contract. */
    void driveTo(String caseId, Household household, String target) {
        for (String[] step : PATH) {
            if (step[0].equals(status(caseId)) && !step[0].equals(target)) {
                ok(caseId, step[1], body(step[1], household));
            }
            if (status(caseId).equals(target)) {
                return;
            }
        }
        assertThat(status(caseId)).isEqualTo(target);
    }

    private static final String[][] PATH = {
        {"INTENTION_RECORDED", "counsel"},
        {"COUNSELLED", "sign-declaration"},
        {"DECLARATION_SIGNED", "clear"},
        {"CLEARED", "schedule"},
        {"SCHEDULED", "depart"},
        {"DEPARTED", "cross"},
        {"CROSSED", "arrive"}
    };

    static String body(String action, Household household) {
        return switch (action) {
            case "counsel" -> "{\"date\":\"2025-03-01\",\"topics\":[\"CONDITIONS\",\"DOCUMENTS\"]}";
            case "sign-declaration" ->
                "{\"date\":\"2025-03-02\",\"place\":\"Gaziantep\",\"witnessOrganisation\":\"UNHCR\",\"signedBy\":"
                        + json(household.adults()) + "}";
            case "clear" -> "{}";
            case "schedule" ->
                "{\"plannedDate\":\"2025-04-01\",\"transport\":\"CONVOY\",\"crossingPointCode\":\"XP-TUR-BHW\"}";
            case "depart" -> "{\"date\":\"2025-04-01\"}";
            case "cross" -> "{\"date\":\"2025-04-01\",\"crossingPointCode\":\"XP-TUR-BHW\"}";
            case "arrive" ->
                "{\"date\":\"2025-04-02\",\"pcode\":\"C4121\",\"memberIds\":" + json(household.members()) + "}";
            default -> throw new IllegalArgumentException(action);
        };
    }

    static String json(List<String> ids) {
        return ids.stream().map(id -> "\"" + id + "\"").collect(java.util.stream.Collectors.joining(",", "[", "]"));
    }
}
