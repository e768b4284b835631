package org.homeward.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.registry.HouseholdRequests.refugees;
import static org.homeward.registry.HouseholdRequests.register;
import static org.homeward.registry.HouseholdRequests.uniqueArabicName;
import static org.homeward.registry.HouseholdRequests.uniqueLatinName;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.homeward.identity.Role;
import org.homeward.support.HttpApi;
import org.homeward.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/**
 * Consent per person and purpose: a history of givings and withdrawals that is never overwritten, and the one
 * question other modules ask ({@link Consents#holds}) answered for any day.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ConsentIT {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    Consents consents;

    private String organisation;
    private HttpApi caseworker;
    private String household;
    private UUID person;

    @BeforeEach
    void registerAHousehold() {
        organisation = "CONSENT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        caseworker = TestUsers.of(context)
                .create(Role.CASEWORKER, organisation, Set.of())
                .tokenApi(port);
        JsonNode stored = register(caseworker, refugees("C4121", uniqueLatinName(), uniqueArabicName()));
        household = stored.get("id").asString();
        person = UUID.fromString(stored.at("/members/0/id").asString());
    }

    @Test
    void givenWithdrawnAndGivenAgainKeepsTheWholeHistoryAndHoldsOnTheRightDays() {
        assertThat(give("REGISTRATION", null, "2024-01-01").status()).isEqualTo(201);
        assertThat(withdraw("REGISTRATION", null, "2024-06-01").status()).isEqualTo(201);
        assertThat(give("REGISTRATION", null, "2025-01-01").status()).isEqualTo(201);

        JsonNode state = caseworker.get(consentsPath()).json();
        List<String> history = new ArrayList<>();
        for (JsonNode event : state.get("history")) {
            history.add(event.get("kind").asString() + " " + event.get("date").asString());
        }
        assertThat(history).containsExactly("GIVEN 2024-01-01", "WITHDRAWN 2024-06-01", "GIVEN 2025-01-01");
        assertThat(state.at("/current/0/purpose").asString()).isEqualTo("REGISTRATION");
        assertThat(state.at("/current/0/valid").asBoolean()).isTrue();
        List<String> neverRecorded = new ArrayList<>();
        state.get("neverRecorded").forEach(purpose -> neverRecorded.add(purpose.asString()));
        assertThat(neverRecorded).containsExactlyInAnyOrder("RETURN", "SHARING", "FOLLOW_UP");

        assertThat(holdsOn("2023-12-31")).isFalse();
        assertThat(holdsOn("2024-01-01")).isTrue();
        assertThat(holdsOn("2024-05-31")).isTrue();
        assertThat(holdsOn("2024-06-01")).isFalse();
        assertThat(holdsOn("2024-12-31")).isFalse();
        assertThat(holdsOn("2025-01-01")).isTrue();
        assertThat(consents.holds(person, ConsentPurpose.RETURN, null, LocalDate.of(2025, 1, 1)))
                .as("another purpose")
                .isFalse();
    }

    @Test
    void aWithdrawalEndsConsentForItsPurposeOnly() {
        give("REGISTRATION", null, "2024-01-01");
        give("FOLLOW_UP", null, "2024-01-01");

        withdraw("FOLLOW_UP", null, "2024-03-01");

        LocalDate after = LocalDate.of(2024, 4, 1);
        assertThat(consents.holds(person, ConsentPurpose.REGISTRATION, null, after))
                .isTrue();
        assertThat(consents.holds(person, ConsentPurpose.FOLLOW_UP, null, after))
                .isFalse();
    }

    @Test
    void sharingConsentNamesThePartnerOrganisationAndHoldsForThatPartnerOnly() {
        HttpApi.Reply unnamed = give("SHARING", null, "2024-01-01");
        assertThat(unnamed.status()).isEqualTo(400);
        assertThat(unnamed.json().at("/errors/0/field").asString()).isEqualTo("partnerOrganisation");

        assertThat(give("SHARING", "PARTNER-X", "2024-01-01").status()).isEqualTo(201);

        LocalDate day = LocalDate.of(2024, 2, 1);
        assertThat(consents.holds(person, ConsentPurpose.SHARING, "PARTNER-X", day))
                .isTrue();
        assertThat(consents.holds(person, ConsentPurpose.SHARING, "partner-x", day))
                .as("organisation codes are upper case however a caller spells them")
                .isTrue();
        assertThat(consents.holds(person, ConsentPurpose.SHARING, "PARTNER-Y", day))
                .isFalse();
        assertThat(consents.holds(person, ConsentPurpose.SHARING, null, day)).isFalse();
    }

    @Test
    void onlySharingNamesAPartner() {
        HttpApi.Reply reply = give("RETURN", "PARTNER-X", "2024-01-01");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().at("/errors/0/field").asString()).isEqualTo("partnerOrganisation");
    }

    @Test
    void aDateInTheFutureIsRefusedAndNothingIsRecorded() {
        String tomorrow = LocalDate.now().plusDays(1).toString();

        HttpApi.Reply given = give("REGISTRATION", null, tomorrow);
        HttpApi.Reply withdrawn = withdraw("REGISTRATION", null, tomorrow);

        for (HttpApi.Reply reply : List.of(given, withdrawn)) {
            assertThat(reply.status()).isEqualTo(400);
            assertThat(reply.header("Content-Type")).contains("application/problem+json");
            assertThat(reply.json().at("/errors/0/field").asString()).isEqualTo("date");
        }
        assertThat(caseworker.get(consentsPath()).json().get("history")).isEmpty();
    }

    @Test
    void everyProblemOfAConsentIsNamedAtOnce() {
        HttpApi.Reply reply = caseworker.post(consentsPath(), "{\"purpose\":\"SHOPPING\",\"givenBy\":\"NEIGHBOUR\"}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("purpose", "givenBy", "method", "date");
    }

    @Test
    void anAnalystMayNotReadConsentAndAPartnerOfAnotherOrganisationDoesNotKnowTheHousehold() {
        give("REGISTRATION", null, "2024-01-01");
        HttpApi analyst = TestUsers.of(context).create(Role.ANALYST).tokenApi(port);
        HttpApi otherPartner = TestUsers.of(context)
                .create(Role.PARTNER, "OTHER-" + organisation, Set.of())
                .tokenApi(port);

        assertThat(analyst.get(consentsPath()).status()).isEqualTo(403);
        assertThat(analyst.post(consentsPath(), consent("REGISTRATION", null, "2024-01-02"))
                        .status())
                .isEqualTo(403);
        HttpApi.Reply read = otherPartner.get(consentsPath());
        assertThat(read.status()).isEqualTo(404);
        assertThat(read.json().get("kind").asString()).isEqualTo("household");
        assertThat(otherPartner
                        .post(consentsPath(), consent("REGISTRATION", null, "2024-01-02"))
                        .status())
                .isEqualTo(404);
        assertThat(caseworker.get(consentsPath()).json().get("history")).hasSize(1);
    }

    @Test
    void aPersonOfAnotherHouseholdIsNotAMemberOfThisOne() {
        JsonNode other = register(caseworker, refugees("C4121", uniqueLatinName(), uniqueArabicName()));
        String path = "/api/v1/households/" + household + "/members/"
                + other.at("/members/0/id").asString() + "/consents";

        HttpApi.Reply reply = caseworker.post(path, consent("REGISTRATION", null, "2024-01-01"));

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.json().get("kind").asString()).isEqualTo("member");
    }

    private boolean holdsOn(String day) {
        return consents.holds(person, ConsentPurpose.REGISTRATION, null, LocalDate.parse(day));
    }

    private HttpApi.Reply give(String purpose, String partner, String date) {
        return caseworker.post(consentsPath(), consent(purpose, partner, date));
    }

    private HttpApi.Reply withdraw(String purpose, String partner, String date) {
        String body = partner == null
                ? "{\"purpose\":\"%s\",\"date\":\"%s\"}".formatted(purpose, date)
                : "{\"purpose\":\"%s\",\"partnerOrganisation\":\"%s\",\"date\":\"%s\"}"
                        .formatted(purpose, partner, date);
        return caseworker.post(consentsPath() + "/withdrawals", body);
    }

    private static String consent(String purpose, String partner, String date) {
        String partnerField = partner == null ? "" : ",\"partnerOrganisation\":\"" + partner + "\"";
        return """
                {"purpose":"%s"%s,"givenBy":"SELF","date":"%s","method":"WRITTEN","place":"Gaziantep"}""".formatted(purpose, partnerField, date);
    }

    private String consentsPath() {
        return "/api/v1/households/" + household + "/members/" + person + "/consents";
    }
}
