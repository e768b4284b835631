package org.homeward.returns.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.homeward.geography.Gazetteer;
import org.homeward.geography.Site;
import org.homeward.identity.Actor;
import org.homeward.identity.CurrentActor;
import org.homeward.identity.UserAccount;
import org.homeward.identity.UserAdministration;
import org.homeward.registry.DisplacementStatus;
import org.homeward.registry.HouseholdFacts;
import org.homeward.registry.HouseholdSearch;
import org.homeward.registry.HouseholdView;
import org.homeward.registry.Registry;
import org.homeward.returns.ReturnCaseView;
import org.homeward.returns.ReturnStatus;
import org.homeward.returns.Returns;
import org.homeward.shared.PageRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Demo profile only: return cases for the demo households, in every state, spread from 2018 to today, with convoys
 * through the real crossing points, departures from the camps the households stay in, monitoring visits and one
 * area on hold. Everything goes through the public workflow as the demo coordinator, so the demo data obeys the
 * same rules, writes the same movements and audit entries as real use, and every free text says it is synthetic.
 *
 * <p>Idempotent and resumable: it counts the cases the demo coordinator opened and adds only the missing ones, for
 * households without a case. Without demo households (they come from the registry's demo data, which may start
 * later) it creates nothing and says so; the next start fills in.
 */
@Component
@Profile("demo")
@Order(100)
class DemoReturns implements ApplicationRunner {

    static final String COORDINATOR = "coordinator";
    private static final Logger log = LoggerFactory.getLogger(DemoReturns.class);

    private final UserAdministration users;
    private final CurrentActor currentActor;
    private final Registry registry;
    private final DemoCaseBuilder builder;
    private final Returns returns;
    private final JdbcClient jdbc;
    private final Gazetteer gazetteer;
    private final Clock clock;
    private final int target;

    DemoReturns(
            UserAdministration users,
            CurrentActor currentActor,
            Registry registry,
            DemoCaseBuilder builder,
            Returns returns,
            JdbcClient jdbc,
            Gazetteer gazetteer,
            Clock clock,
            @Value("${homeward.returns.demo.cases:300}") int target) {
        this.users = users;
        this.currentActor = currentActor;
        this.registry = registry;
        this.builder = builder;
        this.returns = returns;
        this.jdbc = jdbc;
        this.gazetteer = gazetteer;
        this.clock = clock;
        this.target = target;
    }

    @Override
    public void run(ApplicationArguments args) {
        Optional<UserAccount> coordinator = users.findUser(COORDINATOR);
        if (coordinator.isEmpty()) {
            log.info("Demo return cases: no demo coordinator account, nothing loaded");
            return;
        }
        int existing = jdbc.sql("SELECT count(*) FROM return_case WHERE created_by = :actor")
                .param("actor", COORDINATOR)
                .query(Integer.class)
                .single();
        if (existing >= target) {
            log.info("Demo return cases: {} present already", existing);
            return;
        }
        UserAccount account = coordinator.get();
        Actor actor = new Actor(
                account.id(),
                account.username(),
                account.role(),
                account.organisationId(),
                account.organisationCode(),
                Set.copyOf(account.areas()));
        currentActor.runAs(actor, () -> {
            load(target - existing);
            return null;
        });
    }

    private void load(int wanted) {
        List<UUID> households = candidates(wanted);
        if (households.isEmpty()) {
            log.info("Demo return cases: no displaced demo households yet, nothing loaded");
            return;
        }
        Random random = new Random(2018L + wanted);
        Map<ReturnStatus, Integer> made = new EnumMap<>(ReturnStatus.class);
        int failed = 0;
        ReturnStatus[] everyState = ReturnStatus.values();
        int built = 0;
        for (UUID household : households) {
            Optional<HouseholdFacts> facts = registry.facts(household);
            if (facts.isEmpty()) {
                continue;
            }
            // the first cases take every state once (refugees come first, so CROSSED is reachable), so that even a
            // small demo shows them all; the rest follow the weights
            ReturnStatus target = built < everyState.length ? everyState[built] : DemoCaseBuilder.pick(random);
            built++;
            try {
                ReturnCaseView done = builder.build(facts.get(), target, random);
                made.merge(done.status(), 1, Integer::sum);
            } catch (RuntimeException e) {
                // A household the workflow refuses (no adult, a place it cannot use) is skipped; only the type is
                // logged, as messages may quote values.
                failed++;
                log.debug("Demo return case skipped: {}", e.getClass().getSimpleName());
            }
        }
        holdOneArea(random);
        builder.closePastConvoys();
        log.info(
                "Demo return cases (synthetic): {} created by status {}, {} households skipped",
                made.values().stream().mapToInt(Integer::intValue).sum(),
                made,
                failed);
    }

    /**
     * Displaced households without a case, as the coordinator finds them: three in five refugees; of the IDPs, half
     * from the camps inside Syria (few demo IDPs live in camps, and camp pages should show departures), the rest
     * from anywhere.
     */
    private List<UUID> candidates(int wanted) {
        List<UUID> found = new ArrayList<>();
        int refugees = wanted * 3 / 5;
        collect(new HouseholdSearch(DisplacementStatus.REFUGEE.name(), null, null, null, null), refugees, found);
        List<String> camps = gazetteer.sites().stream()
                .filter(site -> "SYR".equals(site.countryIso3()))
                .map(Site::code)
                .toList();
        int fromCamps = (wanted - found.size()) / 2;
        int campStart = found.size();
        for (int i = 0; i < camps.size(); i++) {
            int share = (fromCamps - (found.size() - campStart)) / (camps.size() - i);
            collect(new HouseholdSearch(DisplacementStatus.IDP.name(), null, null, camps.get(i), null), share, found);
        }
        collect(
                new HouseholdSearch(DisplacementStatus.IDP.name(), null, null, null, null),
                wanted - found.size(),
                found);
        return found;
    }

    /** Adds up to {@code share} households of the search that have no case and are not taken yet. */
    private void collect(HouseholdSearch search, int share, List<UUID> found) {
        int before = found.size();
        for (int page = 0; found.size() - before < share && page < 20; page++) {
            List<HouseholdView> views =
                    registry.search(search, PageRequest.of(page, 200)).items();
            if (views.isEmpty()) {
                return;
            }
            for (HouseholdView view : views) {
                if (found.size() - before < share && !found.contains(view.id()) && !hasCase(view.id())) {
                    found.add(view.id());
                }
            }
        }
    }

    private boolean hasCase(UUID household) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM return_case WHERE household_id = :household)")
                .param("household", household)
                .query(Boolean.class)
                .single();
    }

    /** One sub-district assessed unsafe, where some open cases are bound, to show what a hold does. */
    private void holdOneArea(Random random) {
        List<String> bound = jdbc.sql("""
                        SELECT destination_adm3 FROM return_case
                        WHERE status IN ('COUNSELLED', 'DECLARATION_SIGNED', 'CLEARED') AND destination_adm3 IS NOT NULL
                        ORDER BY destination_adm3 LIMIT 20
                        """).query(String.class).list();
        boolean held = !jdbc.sql("SELECT id FROM return_area_hold WHERE released_at IS NULL LIMIT 1")
                .query(Long.class)
                .list()
                .isEmpty();
        if (bound.isEmpty() || held) {
            return;
        }
        String pcode = bound.get(random.nextInt(bound.size()));
        returns.placeHold(new Returns.AreaHoldRequest(
                pcode, "Assessed unsafe: unexploded ordnance reported (synthetic demo record)"));
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }
}
