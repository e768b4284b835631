package org.homeward.registry.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.homeward.identity.Role;
import org.homeward.support.HttpApi;
import org.homeward.support.HttpApi.Reply;
import org.homeward.support.TestUsers;
import org.homeward.support.TestUsers.TestUser;
import org.homeward.support.WebSession;
import org.homeward.support.WebSession.Form;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/**
 * The registry's pages over real HTTP with a signed-in session: list and search, the household page as a
 * caseworker and as an analyst, the register and edit forms with their errors, consent and deletion. Every
 * test registers its own household under names made up for it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RegistryPagesIT {

    private static final Pattern LOCATION = Pattern.compile("/households/([0-9a-f-]{36})$");

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    TestUser caseworker;
    WebSession session;
    Names names;

    /** Made-up names, unique to one test, so that a search finds this test's household only. */
    record Names(String givenAr, String familyAr, String givenLatin, String familyLatin) {

        static Names random() {
            return new Names(
                    word("بتجدرزسفقكلمن"),
                    word("بتجدرزسفقكلمن"),
                    capital(word("bdfjklmnrstz")),
                    capital(word("bdfjklmnrstz")));
        }

        private static String word(String letters) {
            StringBuilder word = new StringBuilder();
            for (int i = 0; i < 8; i++) {
                word.append(letters.charAt(ThreadLocalRandom.current().nextInt(letters.length())));
            }
            return word.toString();
        }

        private static String capital(String word) {
            return Character.toUpperCase(word.charAt(0)) + word.substring(1);
        }
    }

    @BeforeEach
    void signIn() {
        caseworker = TestUsers.of(context).create(Role.CASEWORKER);
        session = WebSession.signIn(port, caseworker);
        names = Names.random();
    }

    @Test
    void theListFindsARegisteredHouseholdByItsArabicAndItsLatinName() {
        String reference = registerThroughTheApi(names).get("reference").asString();

        Reply byArabic = searchFor(names.givenAr());
        Reply byLatin = searchFor(names.familyLatin());

        assertThat(byArabic.status()).isEqualTo(200);
        assertThat(byArabic.body()).contains(reference, names.givenAr(), names.givenLatin());
        assertThat(byLatin.body()).contains(reference, names.familyAr());
        Reply fragment = session.post("/households", new Form().add("q", names.givenAr()), "HX-Request", "true");
        assertThat(fragment.body()).contains(reference).doesNotContain("<html", "household-search");
    }

    @Test
    void aNameSearchedForNeverReachesAUrl() {
        String reference = registerThroughTheApi(names).get("reference").asString();

        Reply found = searchFor(names.familyLatin());

        assertThat(found.status()).as("answered in place, not redirected").isEqualTo(200);
        assertThat(found.header("Location")).isNull();
        assertThat(found.body()).contains(reference);
        assertThat(found.body())
                .as("the form posts, and htmx neither gets nor pushes a URL")
                .contains("method=\"post\"", "hx-post=\"/households\"", "hx-push-url=\"false\"")
                .doesNotContain("hx-get=\"/households\"", "hx-push-url=\"true\"");
        for (String link : hrefs(found.body())) {
            assertThat(link).as("a link on the page").doesNotContain(names.familyLatin(), "q=");
        }
        Reply fromTheUrl = session.get("/households?q=" + encode(names.familyLatin()));
        assertThat(fromTheUrl.body())
                .as("a name in the URL is not searched for")
                .doesNotContain("value=\"" + names.familyLatin());
    }

    @Test
    void pagingKeepsTheSearchWithoutPuttingItInTheUrl() {
        String first = registerThroughTheApi(names).get("reference").asString();
        List<String> references = new ArrayList<>(List.of(first));
        for (int i = 0; i < HouseholdListPages.PAGE_SIZE; i++) {
            references.add(registerThroughTheApi(names).get("reference").asString());
        }

        Reply pageOne = searchFor(names.familyLatin());
        Reply pageTwo = session.post(
                "/households", new Form().add("q", names.familyLatin()).add("page", "1"));

        assertThat(pageOne.body()).contains(references.getLast()).doesNotContain(first);
        assertThat(pageTwo.status()).isEqualTo(200);
        assertThat(pageTwo.body()).contains(first).doesNotContain(references.getLast());
        assertThat(pageTwo.body()).contains("Households 26–26 of 26");
    }

    @Test
    void theListNamesABadSearchInsteadOfFailing() {
        Reply reply = searchFor("!!!");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body()).contains("Type a name in Arabic or Latin script");
        Reply whileTyping = session.post("/households", new Form().add("q", "!!!"), "HX-Request", "true");
        assertThat(whileTyping.status()).as("htmx swaps only 2xx answers").isEqualTo(200);
        assertThat(whileTyping.body()).contains("Type a name in Arabic or Latin script");
    }

    @Test
    void registryPagesSendNoReferrerAndAreNotCached() {
        String id = registerThroughTheApi(names).get("id").asString();

        Reply search = searchFor(names.givenLatin());
        for (Reply reply : List.of(search, session.get("/households/" + id))) {
            assertThat(reply.status()).isEqualTo(200);
            assertThat(reply.header("Referrer-Policy")).isEqualTo("no-referrer");
            assertThat(reply.header("Cache-Control")).contains("no-store");
        }
    }

    /** The list page's search form, posted as a browser would after opening the list. */
    private Reply searchFor(String q) {
        assertThat(session.get("/households").status()).isEqualTo(200);
        return session.post("/households", new Form().add("q", q));
    }

    private static List<String> hrefs(String html) {
        List<String> links = new ArrayList<>();
        java.util.regex.Matcher href =
                java.util.regex.Pattern.compile("href=\"([^\"]*)\"").matcher(html);
        while (href.find()) {
            links.add(href.group(1));
        }
        return links;
    }

    @Test
    void theHouseholdPageShowsNamesToACaseworkerAndNotToAnAnalyst() {
        String id = registerThroughTheApi(names).get("id").asString();
        WebSession analyst = WebSession.signIn(port, TestUsers.of(context).create(Role.ANALYST));

        Reply full = session.get("/households/" + id);
        Reply pseudonymised = analyst.get("/households/" + id);
        Reply analystList = analyst.get("/households?status=REFUGEE");

        assertThat(full.status()).isEqualTo(200);
        assertThat(full.body())
                .contains(names.givenAr(), names.familyAr(), names.givenLatin(), names.familyLatin())
                .contains("N1234567", "+90 555 123 4567", "Consent")
                .contains("href=\"/returns/new?household=" + id + "\"");
        assertThat(pseudonymised.status()).isEqualTo(200);
        assertThat(pseudonymised.body())
                .contains("You see a pseudonymised record")
                .doesNotContain(names.givenAr(), names.familyAr(), names.givenLatin(), names.familyLatin())
                .doesNotContain("N1234567", "555 123 4567", "1984-05-02", "/edit", "/returns/new");
        assertThat(analystList.body()).doesNotContain(names.givenAr(), names.givenLatin());
    }

    @Test
    void anAnalystCannotOpenTheEditForm() {
        String id = registerThroughTheApi(names).get("id").asString();
        WebSession analyst = WebSession.signIn(port, TestUsers.of(context).create(Role.ANALYST));

        assertThat(analyst.get("/households/" + id + "/edit").status()).isEqualTo(403);
    }

    @Test
    void anUnknownHouseholdIsNotFound() {
        assertThat(session.get("/households/" + UUID.randomUUID()).status()).isEqualTo(404);
    }

    @Test
    void aFormWithErrorsShowsEachProblemNextToItsFieldAndSavesNothing() {
        session.get("/households/new");
        Form form = validForm(names)
                .replace("displacementStatus", "")
                .replace("originPcode", "SY99")
                .replace("members[0].givenNameAr", names.givenLatin())
                .add("members[1].shown", "1")
                .add("members[1].relationship", "CHILD")
                .add("members[1].sex", "f")
                .add("members[1].birthYear", "1990")
                .add("members[1].ageAtRegistration", "30");

        Reply reply = session.post("/households/new", form);

        assertThat(reply.status()).isEqualTo(422);
        String html = reply.body();
        assertThat(html).contains("class=\"error-summary\"", "Nothing was saved.");
        assertThat(errorOf(html, "displacementStatus")).contains("Required.");
        assertThat(errorOf(html, "originPcode")).contains("Unknown P-code");
        assertThat(errorOf(html, "members-0-givenNameAr")).contains("Wrong script");
        assertThat(errorOf(html, "members-1")).contains("At least one name");
        assertThat(errorOf(html, "members-1-ageAtRegistration")).contains("Give the age only when");
        assertThat(html)
                .as("what was typed comes back")
                .contains("value=\"" + names.givenLatin() + "\"", "value=\"SY99\"");
        assertThat(searchThroughTheApi(names.familyLatin())).isZero();
    }

    @Test
    void aValidFormRegistersTheHouseholdAndOpensItsPage() {
        session.get("/households/new");

        Reply reply = session.post("/households/new", validForm(names));

        assertThat(reply.status()).as(reply.body()).isEqualTo(302);
        Matcher location = LOCATION.matcher(reply.header("Location"));
        assertThat(location.find()).as(reply.header("Location")).isTrue();
        Reply page = session.get("/households/" + location.group(1));
        assertThat(page.body())
                .contains("The household is registered.", names.givenAr(), names.familyLatin())
                .contains("Disability", "Passport", "N1234567");
        assertThat(searchThroughTheApi(names.familyLatin())).isEqualTo(1);
    }

    @Test
    void submittingTheSameRegistrationTwiceRegistersTheFamilyOnce() {
        session.get("/households/new");
        Form form = validForm(names);

        Reply first = session.post("/households/new", form.without("_csrf"));
        Reply second = session.post("/households/new", form.without("_csrf"));

        assertThat(first.status()).isEqualTo(302);
        assertThat(second.header("Location")).isEqualTo(first.header("Location"));
        assertThat(searchThroughTheApi(names.familyLatin())).isEqualTo(1);
    }

    @Test
    void addMemberWithoutJavaScriptShowsTheFormWithOneMoreBlankMember() {
        session.get("/households/new");

        Reply reply = session.post("/households/new", validForm(names).add("action", "addMember"));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body())
                .contains("name=\"members[1].shown\"", "Member 2")
                .doesNotContain("error-summary");
        assertThat(searchThroughTheApi(names.familyLatin())).isZero();
    }

    @Test
    void editingAStaleVersionShowsTheConflictAndKeepsTheOtherChange() {
        JsonNode household = registerThroughTheApi(names);
        String id = household.get("id").asString();
        Reply editForm = session.get("/households/" + id + "/edit");
        assertThat(editForm.body()).contains("name=\"version\" value=\"0\"");
        HttpApi api = caseworker.tokenApi(port);
        Reply read = api.get("/api/v1/households/" + id);
        assertThat(api.put(
                                "/api/v1/households/" + id,
                                read.body().replace("\"Gaziantep\"", "\"Kilis\""),
                                "If-Match",
                                read.header("ETag"))
                        .status())
                .isEqualTo(200);

        Reply stale = session.post(
                "/households/" + id + "/edit",
                validForm(names)
                        .add("version", "0")
                        .add("members[0].id", household.at("/members/0/id").asString())
                        .replace("currentLocality", "Urfa"));

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.body()).contains("Someone else changed this household", "Reload the household", "Urfa");
        assertThat(api.get("/api/v1/households/" + id)
                        .json()
                        .get("currentLocality")
                        .asString())
                .isEqualTo("Kilis");
    }

    @Test
    void editingKeepsTheMembersAndSavesTheChange() {
        JsonNode household = registerThroughTheApi(names);
        String id = household.get("id").asString();
        String html = session.get("/households/" + id + "/edit").body();
        assertThat(html).contains(names.givenAr(), household.at("/members/0/id").asString());

        Reply saved = session.post(
                "/households/" + id + "/edit",
                validForm(names)
                        .add("version", "0")
                        .add("members[0].id", household.at("/members/0/id").asString())
                        .replace("currentLocality", "Urfa"));

        assertThat(saved.status()).isEqualTo(302);
        JsonNode after =
                caseworker.tokenApi(port).get("/api/v1/households/" + id).json();
        assertThat(after.get("currentLocality").asString()).isEqualTo("Urfa");
        assertThat(after.at("/members/0/id").asString())
                .isEqualTo(household.at("/members/0/id").asString());
    }

    @Test
    void consentGivenThenWithdrawnShowsItsStateAndHistory() {
        JsonNode household = registerThroughTheApi(names);
        String id = household.get("id").asString();
        String person = household.at("/members/0/id").asString();
        session.get("/households/" + id);
        String consents = "/households/" + id + "/members/" + person + "/consents";

        Reply given = session.post(
                consents,
                new Form()
                        .add("kind", "GIVEN")
                        .add("purpose", "RETURN")
                        .add("givenBy", "SELF")
                        .add("method", "WRITTEN")
                        .add("date", "2024-05-01"));
        assertThat(given.status()).isEqualTo(302);
        assertThat(session.get("/households/" + id).body()).contains("consent-state--valid");
        Reply incomplete =
                session.post(consents, new Form().add("kind", "GIVEN").add("date", "2024-05-02"));
        Reply withdrawn = session.post(
                consents,
                new Form().add("kind", "WITHDRAWN").add("purpose", "RETURN").add("date", "2024-06-01"));

        assertThat(incomplete.status()).isEqualTo(422);
        assertThat(incomplete.body()).contains("The consent was not recorded", "c1-purpose-error");
        assertThat(withdrawn.status()).isEqualTo(302);
        String page = session.get("/households/" + id).body();
        assertThat(page).contains("consent-state--withdrawn", "History (2)", "2024-05-01", "2024-06-01");
    }

    @Test
    void deletingNeedsAReasonAndTakesTheHouseholdOutOfTheList() {
        JsonNode household = registerThroughTheApi(names);
        String id = household.get("id").asString();
        String confirmation = session.get("/households/" + id + "/delete").body();
        assertThat(confirmation).contains(household.get("reference").asString(), "name=\"version\" value=\"0\"");

        Reply withoutReason = session.post(
                "/households/" + id + "/delete", new Form().add("version", "0").add("reason", " "));
        Reply deleted = session.post(
                "/households/" + id + "/delete", new Form().add("version", "0").add("reason", "Registered twice"));

        assertThat(withoutReason.status()).isEqualTo(422);
        assertThat(withoutReason.body()).contains("reason-error", "Give a reason");
        assertThat(deleted.status()).isEqualTo(302);
        assertThat(deleted.header("Location")).endsWith("/households");
        assertThat(session.get("/households").body())
                .contains(household.get("reference").asString() + " was deleted");
        assertThat(session.get("/households/" + id).status()).isEqualTo(404);
    }

    /** The text of the error element of a field, by the field's id. */
    private static String errorOf(String html, String fieldId) {
        Matcher error = Pattern.compile("id=\"" + Pattern.quote(fieldId) + "-error\"[^>]*>(.*?)</p>", Pattern.DOTALL)
                .matcher(html);
        assertThat(error.find()).as("an error shown for %s", fieldId).isTrue();
        return error.group(1);
    }

    private JsonNode registerThroughTheApi(Names names) {
        String body = """
                {"displacementStatus":"REFUGEE","originPcode":"C4121","currentCountry":"TUR","currentLocality":"Gaziantep",
                 "phone":"+90 555 123 4567",
                 "members":[{"relationship":"HEAD","sex":"m","dateOfBirth":"1984-05-02",
                             "givenNameAr":"%s","familyNameAr":"%s","givenNameLatin":"%s","familyNameLatin":"%s",
                             "documents":[{"type":"PASSPORT","number":"N1234567","issuingCountry":"SYR"}]},
                            {"relationship":"SPOUSE","sex":"f","birthYear":1988,"givenNameAr":"فاطمة","familyNameAr":"%s"}]}
                """.formatted(
                        names.givenAr(), names.familyAr(), names.givenLatin(), names.familyLatin(), names.familyAr());
        Reply reply = caseworker.tokenApi(port).post("/api/v1/households", body);
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json();
    }

    private long searchThroughTheApi(String name) {
        return caseworker
                .tokenApi(port)
                .get("/api/v1/households?q=" + encode(name))
                .json()
                .get("total")
                .asLong();
    }

    /** The register form of a refugee household of one member, as a browser would submit it. */
    private static Form validForm(Names names) {
        return new Form()
                .add("idempotencyKey", UUID.randomUUID().toString())
                .add("displacementStatus", "REFUGEE")
                .add("originPcode", "C4121")
                .add("currentCountry", "TUR")
                .add("currentLocality", "Gaziantep")
                .add("currentPcode", "")
                .add("currentSite", "")
                .add("dateDisplaced", "2016-03-01")
                .add("phone", "+90 555 123 4567")
                .add("notes", "")
                .add("members[0].shown", "1")
                .add("members[0].relationship", "HEAD")
                .add("members[0].sex", "m")
                .add("members[0].dateOfBirth", "1984-05-02")
                .add("members[0].givenNameAr", names.givenAr())
                .add("members[0].familyNameAr", names.familyAr())
                .add("members[0].givenNameLatin", names.givenLatin())
                .add("members[0].familyNameLatin", names.familyLatin())
                .add("members[0].nationality", "SYR")
                .add("members[0].specificNeeds", "DS")
                .add("members[0].documents[0].type", "PASSPORT")
                .add("members[0].documents[0].number", "N1234567")
                .add("members[0].documents[0].issuingCountry", "SYR")
                .add("members[0].documents[1].type", "")
                .add("members[0].documents[1].number", "")
                .add("members[0].documents[1].issuingCountry", "");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
