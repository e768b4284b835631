package org.homeward.identity.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.homeward.identity.NewOrganisation;
import org.homeward.identity.NewUser;
import org.homeward.identity.OrganisationKind;
import org.homeward.identity.Organisations;
import org.homeward.identity.Role;
import org.homeward.identity.UserAccount;
import org.homeward.identity.UserAdministration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo profile's organisations and one account per role, usernames = role codes. On every start the
 * accounts get the password from {@code HOMEWARD_DEMO_PASSWORD}, or else a new random one that is printed
 * once to the console (standard output, not the log, so it does not end up in log files). Resetting on
 * every start is deliberate: a random password printed by an earlier run is gone, and changing
 * {@code HOMEWARD_DEMO_PASSWORD} takes effect at the next start.
 *
 * <p>Only the demo's own accounts are touched: an existing user with a demo username is reset only if it
 * belongs to a demo organisation and has the demo display name, so a demo start against a real database
 * cannot take over a real {@code admin}.
 */
@Component
@Profile("demo")
@Order(10)
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    record DemoOrganisation(String code, String nameEn, String nameAr, OrganisationKind kind) {}

    record DemoUser(Role role, String organisation, Set<String> areas, String displayName) {}

    static final List<DemoOrganisation> ORGANISATIONS = List.of(
            new DemoOrganisation("COORD", "Return Coordination Body", "هيئة تنسيق العودة", OrganisationKind.GOVERNMENT),
            new DemoOrganisation(
                    "MOLA",
                    "Ministry of Local Administration and Environment",
                    "وزارة الإدارة المحلية والبيئة",
                    OrganisationKind.GOVERNMENT),
            new DemoOrganisation(
                    "UNHCR",
                    "UNHCR, the UN Refugee Agency",
                    "المفوضية السامية للأمم المتحدة لشؤون اللاجئين",
                    OrganisationKind.UN),
            new DemoOrganisation(
                    "IOM", "International Organization for Migration", "المنظمة الدولية للهجرة", OrganisationKind.UN),
            new DemoOrganisation(
                    "SARC",
                    "Syrian Arab Red Crescent",
                    "الهلال الأحمر العربي السوري",
                    OrganisationKind.RED_CROSS_RED_CRESCENT),
            new DemoOrganisation("DEMO-NGO", "Demo Partner NGO", "منظمة شريكة تجريبية", OrganisationKind.NGO));

    static final List<DemoUser> USERS = List.of(
            new DemoUser(Role.ADMIN, "COORD", Set.of(), "Demo administrator"),
            new DemoUser(Role.COORDINATOR, "COORD", Set.of(), "Demo coordinator"),
            // Scoped to Aleppo governorate, to show what an area scope hides.
            new DemoUser(Role.CASEWORKER, "SARC", Set.of("SY02"), "Demo caseworker"),
            new DemoUser(Role.ANALYST, "UNHCR", Set.of(), "Demo analyst"),
            new DemoUser(Role.PARTNER, "DEMO-NGO", Set.of(), "Demo partner"));

    private final UserAdministration administration;
    private final Organisations organisations;
    private final DemoProperties properties;

    DemoData(UserAdministration administration, Organisations organisations, DemoProperties properties) {
        this.administration = administration;
        this.organisations = organisations;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        seed().ifPresentOrElse(
                        DemoData::printBanner,
                        () -> log.info("Demo accounts {} use the password from HOMEWARD_DEMO_PASSWORD", usernames()));
    }

    /** Creates or resets the demo data; answers the generated password, or empty if it was configured. */
    Optional<String> seed() {
        boolean configured =
                properties.password() != null && !properties.password().isBlank();
        String password = configured ? properties.password() : RandomPasswords.generate();
        for (DemoOrganisation organisation : ORGANISATIONS) {
            if (organisations.findByCode(organisation.code()).isEmpty()) {
                administration.createOrganisation(new NewOrganisation(
                        organisation.code(), organisation.nameEn(), organisation.nameAr(), organisation.kind()));
            }
        }
        for (DemoUser user : USERS) {
            String username = user.role().code();
            administration
                    .findUser(username)
                    .ifPresentOrElse(
                            existing -> reset(existing, user, password),
                            () -> administration.createUser(new NewUser(
                                    username,
                                    user.displayName(),
                                    user.role(),
                                    user.organisation(),
                                    user.areas(),
                                    password)));
        }
        return configured ? Optional.empty() : Optional.of(password);
    }

    private void reset(UserAccount existing, DemoUser user, String password) {
        boolean ours = existing.displayName().equals(user.displayName())
                && ORGANISATIONS.stream().anyMatch(o -> o.code().equals(existing.organisationCode()));
        if (!ours) {
            log.warn(
                    "User '{}' exists and is not a demo account; the demo profile leaves it alone",
                    existing.username());
            return;
        }
        administration.setPassword(existing.id(), password);
        administration.enable(existing.id());
    }

    private static String usernames() {
        return String.join(", ", USERS.stream().map(user -> user.role().code()).toList());
    }

    @SuppressWarnings("java:S106") // printed, not logged, on purpose: see the class comment
    private static void printBanner(String password) {
        String rule = "=".repeat(72);
        System.out.println(rule);
        System.out.println("  Homeward demo accounts: " + usernames());
        System.out.println("  Password for this run: " + password);
        System.out.println("  (shown once; a new one is made at every start unless HOMEWARD_DEMO_PASSWORD is set)");
        System.out.println(rule);
    }
}
