package org.homeward.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.homeward.identity.Organisations;
import org.homeward.identity.Role;
import org.homeward.identity.UserAccount;
import org.homeward.identity.UserAdministration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Where the first credentials come from: nowhere in the test profile, the demo data in the demo profile,
 * HOMEWARD_ADMIN_PASSWORD on an empty database. The demo data and the bootstrap run here inside a
 * transaction that is rolled back, so they neither need a second Spring context nor leave users behind.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class BootstrapIT {

    @Autowired
    ApplicationContext context;

    @Autowired
    UserAdministration administration;

    @Autowired
    Organisations organisations;

    @Autowired
    UserStore users;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void outsideTheDemoProfileThereAreNoDefaultAccounts() {
        assertThat(context.getBeansOfType(DemoData.class)).isEmpty();
        // Spring Boot's generated "user" account exists only when no authentication bean is defined.
        assertThat(context.getBeansOfType(UserDetailsService.class)).isEmpty();
        Long demoAccounts = jdbc.sql("SELECT count(*) FROM users WHERE lower(username) IN"
                        + " ('admin', 'coordinator', 'caseworker', 'analyst', 'partner', 'user')")
                .query(Long.class)
                .single();
        assertThat(demoAccounts).isZero();
    }

    @Test
    void demoDataCreatesOneAccountPerRoleWithTheConfiguredPassword() {
        inRolledBackTransaction(() -> {
            Optional<String> generated = demoData("a configured demo password").seed();

            assertThat(generated).as("a configured password is not printed").isEmpty();
            Map<String, UserAccount> demo = demoAccounts();
            assertThat(demo.keySet())
                    .containsExactlyInAnyOrder("admin", "coordinator", "caseworker", "analyst", "partner");
            demo.values().forEach(user -> {
                assertThat(user.role().code()).isEqualTo(user.username());
                assertThat(passwordMatches(user, "a configured demo password")).isTrue();
            });
            assertThat(demo.get("caseworker").areas()).containsExactly("SY02");
            assertThat(demo.get("coordinator").areas()).isEmpty();
            assertThat(demo.get("partner").organisationCode()).isEqualTo("DEMO-NGO");
            assertThat(organisations.findByCode("SARC").orElseThrow().nameAr())
                    .isEqualTo("الهلال الأحمر العربي السوري");
        });
    }

    @Test
    void demoDataOnARestartWithoutAPasswordGivesTheSameAccountsANewRandomPassword() {
        inRolledBackTransaction(() -> {
            String first = demoData(null).seed().orElseThrow();
            Map<String, UserAccount> before = demoAccounts();

            String second = demoData("").seed().orElseThrow();

            assertThat(second).isNotEqualTo(first).hasSizeGreaterThanOrEqualTo(PasswordPolicy.MIN_LENGTH);
            Map<String, UserAccount> after = demoAccounts();
            assertThat(after.get("admin").id()).isEqualTo(before.get("admin").id());
            assertThat(passwordMatches(after.get("admin"), second)).isTrue();
            assertThat(passwordMatches(after.get("admin"), first)).isFalse();
            assertThat(organisations.list().stream().filter(o -> o.code().equals("COORD")))
                    .hasSize(1);
        });
    }

    @Test
    void demoDataLeavesARealAccountWithADemoUsernameAlone() {
        inRolledBackTransaction(() -> {
            demoData("a configured demo password").seed();
            UserAccount admin = demoAccounts().get("admin");
            jdbc.sql("UPDATE users SET display_name = 'The real administrator' WHERE id = ?")
                    .param(admin.id())
                    .update();

            demoData("another demo password").seed();

            assertThat(passwordMatches(administration.findUser(admin.id()).orElseThrow(), "another demo password"))
                    .isFalse();
        });
    }

    @Test
    void anAdminPasswordCreatesTheFirstAdministratorOnAnEmptyDatabaseOnly() {
        inRolledBackTransaction(() -> {
            jdbc.sql("DELETE FROM users").update();
            FirstAdministrator bootstrap = firstAdministrator("root", "the first admin password");

            assertThat(bootstrap.bootstrap()).isTrue();
            UserAccount root = administration.findUser("root").orElseThrow();
            assertThat(root.role()).isEqualTo(Role.ADMIN);
            assertThat(passwordMatches(root, "the first admin password")).isTrue();
            assertThat(firstAdministrator("root2", "the first admin password").bootstrap())
                    .as("ignored once a user exists")
                    .isFalse();
        });
    }

    @Test
    void aShortAdminPasswordStopsTheStartInsteadOfMakingAWeakAccount() {
        inRolledBackTransaction(() -> {
            jdbc.sql("DELETE FROM users").update();
            FirstAdministrator bootstrap = firstAdministrator("root", "short");

            assertThatThrownBy(bootstrap::bootstrap)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("password")
                    .hasMessageNotContaining("short:");
        });
    }

    @Test
    void withoutAnAdminPasswordNobodyIsCreated() {
        inRolledBackTransaction(() -> {
            jdbc.sql("DELETE FROM users").update();

            assertThat(firstAdministrator("admin", null).bootstrap()).isFalse();
            assertThat(users.count()).isZero();
        });
    }

    private DemoData demoData(String password) {
        return new DemoData(administration, organisations, new DemoProperties(password));
    }

    private FirstAdministrator firstAdministrator(String username, String password) {
        var settings = new IdentityProperties(
                new IdentityProperties.Login(5, 50, java.time.Duration.ofMinutes(15)),
                new IdentityProperties.Tokens(90, 365, java.time.Duration.ofSeconds(5), 10_000),
                new IdentityProperties.Admin(username, password, "ADMIN"));
        return new FirstAdministrator(administration, organisations, users, settings);
    }

    private Map<String, UserAccount> demoAccounts() {
        return DemoData.USERS.stream()
                .map(user -> administration.findUser(user.role().code()).orElseThrow())
                .collect(Collectors.toMap(UserAccount::username, Function.identity()));
    }

    private boolean passwordMatches(UserAccount user, String password) {
        String hash = jdbc.sql("SELECT password_hash FROM users WHERE id = ?")
                .param(user.id())
                .query(String.class)
                .single();
        return passwordEncoder.matches(password, hash);
    }

    private void inRolledBackTransaction(Runnable work) {
        transactions.executeWithoutResult(status -> {
            status.setRollbackOnly();
            work.run();
        });
    }
}
