package org.homeward.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.registry.HouseholdRequests.uniqueLatinName;

import java.util.ArrayList;
import java.util.List;
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
 * A registration is written by one statement whose text is the same for every household (members and documents as
 * one array per column): households of every size, with and without documents, nulls and characters that array
 * literals quote, read back exactly as registered and are found by their names.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RegistrationShapesIT {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    HttpApi caseworker;

    @BeforeEach
    void signIn() {
        caseworker = TestUsers.of(context).create(Role.CASEWORKER).tokenApi(port);
    }

    @Test
    void householdsOfEverySizeReadBackAsRegistered() {
        for (int size : List.of(1, 2, 5, 12)) {
            for (boolean documents : List.of(false, true)) {
                String family = uniqueLatinName();
                HttpApi.Reply registered = caseworker.post("/api/v1/households", household(family, size, documents));
                assertThat(registered.status())
                        .as("%d members, documents %s: %s", size, documents, HouseholdRequests.problemType(registered))
                        .isEqualTo(201);
                String id = registered.json().get("id").asString();

                JsonNode read = caseworker.get("/api/v1/households/" + id).json();

                assertThat(read).isEqualTo(registered.json());
                assertThat(read.get("members")).hasSize(size);
                assertThat(read.at("/members/0/familyNameLatin").asString()).isEqualTo("O'" + family);
                assertThat(read.at("/members/0/specificNeeds/1").asString()).isEqualTo("SP");
                if (documents) {
                    assertThat(read.at("/members/" + (size - 1) + "/documents/1/number")
                                    .asString())
                            .isEqualTo("AB 12/34-" + size);
                }
                JsonNode found =
                        caseworker.get("/api/v1/households?q=" + family).json();
                assertThat(found.get("items")).hasSize(1);
                assertThat(found.at("/items/0/id").asString()).isEqualTo(id);
            }
        }
    }

    /**
     * A head with an apostrophe, a comma-free Arabic name, needs and a nationality; other members with estimated
     * ages, no Latin names, and (when asked) documents on the last member only.
     */
    private static String household(String family, int size, boolean documents) {
        List<String> members = new ArrayList<>();
        members.add("""
                {"relationship":"HEAD","sex":"m","dateOfBirth":"1980-01-31","givenNameAr":"عبد الله",
                 "familyNameAr":"الحلبي","givenNameLatin":"Abd al-Rahman","fatherNameLatin":"Sa'id",
                 "familyNameLatin":"O'%s","nationality":"SYR","specificNeeds":["ER","SP"]}""".formatted(family));
        for (int i = 1; i < size; i++) {
            String papers = documents && i == size - 1 ? """
                    ,"documents":[{"type":"PASSPORT","number":"N%07d","issuingCountry":"SYR"},
                                  {"type":"NATIONAL_ID","number":"AB 12/34-%d"}]""".formatted(i, size) : "";
            members.add("""
                    {"relationship":"CHILD","sex":"%s","ageAtRegistration":%d,"givenNameAr":"فاطمة"%s}""".formatted(i % 2 == 0 ? "f" : "x", i, papers));
        }
        if (size == 1 && documents) {
            members.set(0, members.getFirst().replace("\"nationality\"", """
                    "documents":[{"type":"PASSPORT","number":"P0000001"},
                                 {"type":"NATIONAL_ID","number":"AB 12/34-1"}],"nationality\""""));
        }
        return """
                {"displacementStatus":"REFUGEE","originPcode":"C4121","currentCountry":"TUR",%s
                 "members":[%s]}""".formatted(size % 2 == 0 ? "\"phone\":\"+90 532 000 00 00\"," : "", String.join(",", members));
    }
}
