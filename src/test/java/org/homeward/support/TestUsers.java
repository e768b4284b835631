package org.homeward.support;

import java.util.Set;
import java.util.UUID;
import org.homeward.identity.AlreadyExistsException;
import org.homeward.identity.NewOrganisation;
import org.homeward.identity.NewUser;
import org.homeward.identity.OrganisationKind;
import org.homeward.identity.Organisations;
import org.homeward.identity.Role;
import org.homeward.identity.UserAccount;
import org.homeward.identity.UserAdministration;
import org.springframework.context.ApplicationContext;

/**
 * Users for integration tests, made through the identity module's public API. Every call creates a new
 * user with a unique username and a random password, so tests never share or depend on each other's users;
 * organisations are created on first use and reused.
 *
 * <pre>
 * &#64;Autowired ApplicationContext context;
 * TestUser caseworker = TestUsers.of(context).create(Role.CASEWORKER, "ORG-A", Set.of("SY02"));
 * HttpApi api = caseworker.api(port);              // HTTP Basic: one Argon2 check per request
 * HttpApi fast = caseworker.tokenApi(port);        // bearer token: cheap per request, for many requests
 * </pre>
 */
public final class TestUsers {

    public static final String DEFAULT_ORGANISATION = "TEST-ORG";

    private final UserAdministration administration;
    private final Organisations organisations;

    private TestUsers(UserAdministration administration, Organisations organisations) {
        this.administration = administration;
        this.organisations = organisations;
    }

    public static TestUsers of(ApplicationContext context) {
        return new TestUsers(context.getBean(UserAdministration.class), context.getBean(Organisations.class));
    }

    /** A new user with this role in the default test organisation, for the whole country. */
    public TestUser create(Role role) {
        return create(role, DEFAULT_ORGANISATION, Set.of());
    }

    /** A new user with this role in the organisation with this code (created if missing), limited to areas. */
    public TestUser create(Role role, String organisationCode, Set<String> areas) {
        organisation(organisationCode);
        String username = role.code() + "-" + UUID.randomUUID().toString().substring(0, 12);
        String password = "pw-" + UUID.randomUUID();
        UserAccount user = administration.createUser(
                new NewUser(username, "Test " + role.code(), role, organisationCode, areas, password));
        return new TestUser(administration, user, password);
    }

    /** The organisation with this code, created as kind "other" when it does not exist yet. */
    public long organisation(String code) {
        return organisations.findByCode(code).map(o -> o.id()).orElseGet(() -> {
            try {
                return administration
                        .createOrganisation(
                                new NewOrganisation(code, "Test organisation " + code, null, OrganisationKind.OTHER))
                        .id();
            } catch (AlreadyExistsException raced) {
                return organisations.findByCode(code).orElseThrow().id();
            }
        });
    }

    /** A test user and their password (random, for this test run only). */
    public static final class TestUser {

        private final UserAdministration administration;
        private final UserAccount account;
        private final String password;
        private String token;

        private TestUser(UserAdministration administration, UserAccount account, String password) {
            this.administration = administration;
            this.account = account;
            this.password = password;
        }

        public long id() {
            return account.id();
        }

        public String username() {
            return account.username();
        }

        public String password() {
            return password;
        }

        public Role role() {
            return account.role();
        }

        public UserAccount account() {
            return account;
        }

        /** A personal access token of this user, issued on first call. */
        public synchronized String token() {
            if (token == null) {
                token = administration.issueToken(account.id(), "test", 1).token();
            }
            return token;
        }

        /** An HTTP client signed in as this user with HTTP Basic. */
        public HttpApi api(int port) {
            return new HttpApi(port).basic(username(), password);
        }

        /** An HTTP client signed in as this user with a bearer token (no password hashing per request). */
        public HttpApi tokenApi(int port) {
            return new HttpApi(port).bearer(token());
        }

        @Override
        public String toString() {
            return "TestUser[" + username() + ", " + role() + "]";
        }
    }
}
