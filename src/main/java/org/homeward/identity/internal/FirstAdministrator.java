package org.homeward.identity.internal;

import org.homeward.identity.AlreadyExistsException;
import org.homeward.identity.NewOrganisation;
import org.homeward.identity.NewUser;
import org.homeward.identity.OrganisationKind;
import org.homeward.identity.Organisations;
import org.homeward.identity.Role;
import org.homeward.identity.UserAdministration;
import org.homeward.shared.ValidationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Outside the demo profile Homeward has no default credentials. On a database without any user, setting
 * {@code HOMEWARD_ADMIN_PASSWORD} (and optionally {@code HOMEWARD_ADMIN_USERNAME}, default {@code admin})
 * creates the first administrator; once any user exists the setting is ignored. A password shorter than the
 * policy allows stops the start-up with a clear message rather than creating a weak account.
 */
@Component
@Order(20)
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final UserAdministration administration;
    private final Organisations organisations;
    private final UserStore users;
    private final IdentityProperties.Admin settings;

    FirstAdministrator(
            UserAdministration administration,
            Organisations organisations,
            UserStore users,
            IdentityProperties properties) {
        this.administration = administration;
        this.organisations = organisations;
        this.users = users;
        this.settings = properties.admin();
    }

    @Override
    public void run(ApplicationArguments arguments) {
        bootstrap();
    }

    /** Creates the first administrator if the users table is empty and a password is set; true if it did. */
    boolean bootstrap() {
        boolean passwordSet =
                settings.password() != null && !settings.password().isBlank();
        long existing = users.count();
        if (existing > 0) {
            if (passwordSet) {
                log.info("HOMEWARD_ADMIN_PASSWORD is ignored: users exist already");
            }
            return false;
        }
        if (!passwordSet) {
            log.warn("No users exist and HOMEWARD_ADMIN_PASSWORD is not set: nobody can sign in."
                    + " Set it (and optionally HOMEWARD_ADMIN_USERNAME) to create the first administrator;"
                    + " see docs/identity.md");
            return false;
        }
        try {
            if (organisations.findByCode(settings.organisation()).isEmpty()) {
                administration.createOrganisation(new NewOrganisation(
                        settings.organisation(), "System administration", null, OrganisationKind.OTHER));
            }
            administration.createUser(new NewUser(
                    settings.username(), null, Role.ADMIN, settings.organisation(), null, settings.password()));
        } catch (ValidationException invalid) {
            throw new IllegalStateException("Cannot create the first administrator from HOMEWARD_ADMIN_USERNAME /"
                    + " HOMEWARD_ADMIN_PASSWORD: " + describe(invalid));
        } catch (AlreadyExistsException raced) {
            log.info("The first administrator was created by another node");
            return false;
        }
        log.info("Created the first administrator '{}'", settings.username());
        return true;
    }

    /** The problems, by field; the messages never repeat the password. */
    private static String describe(ValidationException invalid) {
        return String.join(
                "; ",
                invalid.errors().stream()
                        .map(error -> error.field() + ": " + error.message())
                        .toList());
    }
}
