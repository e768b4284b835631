package org.homeward.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class RoleTest {

    @Test
    void rolesAreNamedByLowerCaseCodesAndSpringAuthorities() {
        assertThat(Role.CASEWORKER.code()).isEqualTo("caseworker");
        assertThat(Role.CASEWORKER.authority()).isEqualTo("ROLE_CASEWORKER");
        assertThat(Role.fromCode(" Analyst ")).contains(Role.ANALYST);
        assertThat(Role.fromCode("superuser")).isEmpty();
        assertThat(Role.fromCode(null)).isEmpty();
    }

    @Test
    void organisationKindsUseHyphenatedCodes() {
        assertThat(OrganisationKind.RED_CROSS_RED_CRESCENT.code()).isEqualTo("red-cross-red-crescent");
        assertThat(OrganisationKind.fromCode("red-cross-red-crescent"))
                .contains(OrganisationKind.RED_CROSS_RED_CRESCENT);
    }

    @Test
    void anActorWithoutAreasHasTheWholeCountry() {
        Actor everywhere = new Actor(1, "coordinator", Role.COORDINATOR, 1, "COORD", Set.of());
        Actor aleppo = new Actor(2, "caseworker", Role.CASEWORKER, 1, "SARC", Set.of("SY02"));

        assertThat(everywhere.hasWholeCountry()).isTrue();
        assertThat(aleppo.hasWholeCountry()).isFalse();
    }

    @Test
    void passwordsAndSecretsStayOutOfToString() {
        NewUser user = new NewUser("amira", null, Role.PARTNER, "NGO", null, "secret password 1");
        IssuedToken token = new IssuedToken(1, "laptop", "hw_secret", "hw_secre", java.time.Instant.EPOCH);

        assertThat(user.toString()).doesNotContain("secret password 1");
        assertThat(token.toString()).doesNotContain("hw_secret");
    }
}
