package org.homeward.registry.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.homeward.identity.Role;
import org.homeward.registry.HouseholdDraft;
import org.homeward.registry.HouseholdPage;
import org.homeward.registry.MemberDraft;
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
 * A name borne by more than {@link HouseholdSearches#RARE_NAME} persons takes the other plan (households newest
 * first, a sampled count); the answers must not differ from a rare name's: the exact count up to the limit, a
 * lower bound past it, newest first.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CommonNameSearchIT {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    HouseholdBulkWriter writer;

    @Test
    void aCommonNameIsCountedUpToTheLimitAndNarrowedExactly() {
        String family = randomName();
        // 1,300 households of 4 bearers: 5,200 persons, past the rare-name limit; 200 of them IDPs.
        List<BulkHousehold> households = new ArrayList<>();
        for (int i = 0; i < 1_300; i++) {
            households.add(new BulkHousehold(household(family, i < 200 ? "IDP" : "REFUGEE"), "SARC", List.of()));
        }
        TestUsers users = TestUsers.of(context);
        users.organisation("SARC");
        writer.write(households, "system");
        HttpApi api = users.create(Role.COORDINATOR).tokenApi(port);

        JsonNode all = api.get("/api/v1/households?size=5&q=" + family).json();
        JsonNode idps =
                api.get("/api/v1/households?size=5&status=IDP&q=" + family).json();

        assertThat(all.get("total").asLong()).isEqualTo(HouseholdPage.COUNT_LIMIT + 1);
        assertThat(all.get("totalIsLowerBound").asBoolean()).isTrue();
        assertThat(all.get("items")).hasSize(5);
        assertThat(idps.get("total").asLong())
                .as("counted exactly below the limit")
                .isEqualTo(200);
        assertThat(idps.get("totalIsLowerBound").asBoolean()).isFalse();
    }

    private static HouseholdDraft household(String family, String status) {
        List<MemberDraft> members = new ArrayList<>();
        String[] relationships = {"HEAD", "SPOUSE", "CHILD", "CHILD"};
        for (int i = 0; i < relationships.length; i++) {
            members.add(new MemberDraft(
                    null,
                    relationships[i],
                    i == 1 ? "f" : "m",
                    null,
                    1960 + 10 * i,
                    null,
                    null,
                    null,
                    null,
                    null,
                    "Omar",
                    null,
                    null,
                    family,
                    null,
                    List.of(),
                    List.of()));
        }
        return TestDrafts.fromAleppo(status, members);
    }

    private static String randomName() {
        String consonants = "bdfklmnrstz";
        StringBuilder name = new StringBuilder("Q");
        for (int i = 0; i < 7; i++) {
            name.append(consonants.charAt(ThreadLocalRandom.current().nextInt(consonants.length())))
                    .append('a');
        }
        return name.toString();
    }
}
