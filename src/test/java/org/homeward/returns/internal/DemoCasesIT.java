package org.homeward.returns.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.homeward.geography.Gazetteer;
import org.homeward.identity.Actor;
import org.homeward.identity.CurrentActor;
import org.homeward.identity.Role;
import org.homeward.identity.UserAccount;
import org.homeward.registry.Registry;
import org.homeward.returns.Convoys;
import org.homeward.returns.Monitoring;
import org.homeward.returns.ReturnCaseView;
import org.homeward.returns.ReturnStatus;
import org.homeward.returns.Returns;
import org.homeward.support.HttpApi;
import org.homeward.support.TestUsers;
import org.homeward.support.TestUsers.TestUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The demo's return cases, built through the real workflow as in the demo profile (the builder is a plain class, so
 * this runs in the shared test context): every state is reached, dates lie between 2018 and today, finished cases
 * carry monitoring visits, free texts say they are synthetic, and closing past convoys never moves a case the demo
 * left on its way.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DemoCasesIT {

    static final String REFUGEE = """
            {"displacementStatus":"REFUGEE","originPcode":"C4121","currentCountry":"TUR","currentLocality":"Gaziantep",
             "members":[{"relationship":"HEAD","sex":"m","birthYear":1980,"givenNameLatin":"Demo"},
                        {"relationship":"SPOUSE","sex":"f","birthYear":1985,"givenNameLatin":"Demo"},
                        {"relationship":"CHILD","sex":"f","birthYear":2014,"givenNameLatin":"Demo"}]}
            """;
    static final String IDP = """
            {"displacementStatus":"IDP","originPcode":"C4121","currentCountry":"SYR","currentSite":"SYR-S-ALHOL",
             "members":[{"relationship":"HEAD","sex":"f","birthYear":1979,"givenNameLatin":"Demo"},
                        {"relationship":"CHILD","sex":"m","birthYear":2012,"givenNameLatin":"Demo"}]}
            """;

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    Returns returns;

    @Autowired
    Monitoring monitoring;

    @Autowired
    Convoys convoys;

    @Autowired
    Gazetteer gazetteer;

    @Autowired
    Registry registry;

    @Autowired
    CurrentActor currentActor;

    @Autowired
    Clock clock;

    @Test
    void theDemoReachesEveryStateThroughTheWorkflowBetween2018AndToday() {
        TestUser coordinator = TestUsers.of(context).create(Role.COORDINATOR);
        HttpApi api = coordinator.tokenApi(port);
        DemoCaseBuilder builder = new DemoCaseBuilder(returns, monitoring, convoys, gazetteer, clock);
        LocalDate today = LocalDate.now(clock);
        Map<ReturnStatus, ReturnCaseView> made = new EnumMap<>(ReturnStatus.class);

        currentActor.runAs(actor(coordinator.account()), () -> {
            int round = 0;
            for (ReturnStatus target : ReturnStatus.values()) {
                boolean idp = round++ % 2 == 1 && target != ReturnStatus.CROSSED;
                UUID household = UUID.fromString(api.post("/api/v1/households", idp ? IDP : REFUGEE)
                        .json()
                        .get("id")
                        .asString());
                var facts = registry.facts(household).orElseThrow();
                made.put(target, builder.build(facts, target, new Random(2018 + round)));
            }
            builder.closePastConvoys();
            made.replaceAll((target, view) -> returns.get(view.id()));
            return null;
        });

        made.forEach((target, view) -> {
            assertThat(view.status()).as(target.name()).isEqualTo(target);
            assertThat(view.statusDate()).isBetween(DemoCaseBuilder.FIRST, today);
        });
        assertThat(made.get(ReturnStatus.MONITORED).monitoringVisits()).anyMatch(visit -> visit.visitedOn() != null);
        assertThat(made.get(ReturnStatus.CANCELLED).closingReason()).contains("synthetic");
        assertThat(made.get(ReturnStatus.ON_HOLD).hold().reason()).contains("synthetic");
    }

    private static Actor actor(UserAccount account) {
        return new Actor(
                account.id(),
                account.username(),
                account.role(),
                account.organisationId(),
                account.organisationCode(),
                Set.copyOf(account.areas()));
    }
}
