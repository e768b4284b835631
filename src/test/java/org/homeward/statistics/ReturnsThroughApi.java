package org.homeward.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.homeward.support.HttpApi;

/**
 * Households and their returns through the real API, for the statistics tests: a refugee family from Lebanon or an
 * IDP family, taken home on the dates a test chooses, so that it can count exactly what it made.
 */
final class ReturnsThroughApi {

    /** A person to register: sex code, birth year, specific-need codes. */
    record Person(String sex, int birthYear, List<String> needs) {

        static Person of(String sex, int birthYear, String... needs) {
            return new Person(sex, birthYear, List.of(needs));
        }
    }

    /** A registered household with an open case. */
    record Family(String householdId, String caseId, List<String> members) {}

    private final HttpApi api;

    ReturnsThroughApi(HttpApi api) {
        this.api = api;
    }

    /** A refugee household in Lebanon (or an IDP household in Syria), with a case bound for {@code community}. */
    Family open(boolean refugee, String community, List<Person> people) {
        StringBuilder members = new StringBuilder();
        for (int i = 0; i < people.size(); i++) {
            Person person = people.get(i);
            members.append(i == 0 ? "" : ",")
                    .append("{\"relationship\":\"")
                    .append(i == 0 ? "HEAD" : i == 1 ? "SPOUSE" : "CHILD")
                    .append("\",\"sex\":\"")
                    .append(person.sex())
                    .append("\",\"birthYear\":")
                    .append(person.birthYear())
                    .append(",\"givenNameLatin\":\"Test ")
                    .append((char) ('A' + i))
                    .append("\",\"specificNeeds\":")
                    .append(json(person.needs()))
                    .append('}');
        }
        String registration = refugee
                ? "{\"displacementStatus\":\"REFUGEE\",\"originPcode\":\"" + community
                        + "\",\"currentCountry\":\"LBN\",\"currentLocality\":\"Tripoli\",\"members\":[" + members + "]}"
                : "{\"displacementStatus\":\"IDP\",\"originPcode\":\"" + community
                        + "\",\"currentCountry\":\"SYR\",\"currentSite\":\"SYR-S-RUK\",\"members\":[" + members + "]}";
        HttpApi.Reply registered = api.post("/api/v1/households", registration);
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        List<String> ids = new ArrayList<>();
        registered
                .json()
                .get("members")
                .forEach(member -> ids.add(member.get("id").asString()));
        String householdId = registered.json().get("id").asString();
        HttpApi.Reply opened = api.post(
                "/api/v1/returns",
                "{\"householdId\":\"" + householdId + "\",\"memberIds\":" + json(ids)
                        + ",\"intendedDestinationPcode\":\"" + community + "\"}");
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        return new Family(householdId, opened.json().get("id").asString(), ids);
    }

    /** Counsels, declares (every adult born before {@code departed} - 18 years signs), clears, schedules, departs. */
    void depart(Family family, boolean refugee, List<Person> people, LocalDate departed) {
        LocalDate counselled = departed.minusDays(20);
        ok(family, "counsel", "{\"date\":\"" + counselled + "\",\"topics\":[\"CONDITIONS\"]}");
        List<String> adults = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            if (counselled.plusDays(1).getYear() - people.get(i).birthYear() >= 18) {
                adults.add(family.members().get(i));
            }
        }
        ok(
                family,
                "sign-declaration",
                "{\"date\":\"" + counselled.plusDays(1) + "\",\"place\":\"Office\",\"witnessOrganisation\":\"UNHCR\","
                        + "\"signedBy\":" + json(adults) + "}");
        ok(family, "clear", "{}");
        String crossing = refugee ? ",\"crossingPointCode\":\"XP-LBN-JDY\"" : "";
        ok(
                family,
                "schedule",
                "{\"plannedDate\":\"" + departed + "\",\"transport\":\"SELF_ORGANISED\"" + crossing + "}");
        ok(family, "depart", "{\"date\":\"" + departed + "\"}");
        if (refugee) {
            ok(family, "cross", "{\"date\":\"" + departed + "\",\"crossingPointCode\":\"XP-LBN-JDY\"}");
        }
    }

    HttpApi.Reply arrive(Family family, LocalDate date, String community, List<String> members) {
        return api.post(
                "/api/v1/returns/" + family.caseId() + "/arrive",
                "{\"date\":\"" + date + "\",\"pcode\":\"" + community + "\",\"memberIds\":" + json(members) + "}");
    }

    private void ok(Family family, String action, String body) {
        HttpApi.Reply reply = api.post("/api/v1/returns/" + family.caseId() + "/" + action, body);
        assertThat(reply.status()).as(action + ": " + reply.body()).isEqualTo(200);
    }

    static String json(List<String> values) {
        return values.stream().map(value -> "\"" + value + "\"").collect(Collectors.joining(",", "[", "]"));
    }
}
