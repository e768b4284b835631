package org.homeward.identity.web;

import java.util.List;
import org.homeward.identity.Actor;
import org.homeward.identity.Organisations;
import org.homeward.identity.UserAccount;
import org.homeward.identity.UserAdministration;
import org.homeward.identity.internal.ActorPrincipal;
import org.homeward.identity.web.Views.MeView;
import org.homeward.identity.web.Views.OrganisationView;
import org.homeward.shared.NotFoundException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in user, as any role sees themselves. */
@RestController
class MeController {

    private final UserAdministration users;
    private final Organisations organisations;

    MeController(UserAdministration users, Organisations organisations) {
        this.users = users;
        this.organisations = organisations;
    }

    @GetMapping("/api/v1/me")
    MeView me(@AuthenticationPrincipal ActorPrincipal principal) {
        Actor actor = principal.actor();
        UserAccount account =
                users.findUser(actor.userId()).orElseThrow(() -> new NotFoundException("user", actor.username()));
        OrganisationView organisation = organisations
                .findById(actor.organisationId())
                .map(OrganisationView::of)
                .orElseThrow();
        return new MeView(
                actor.userId(),
                actor.username(),
                account.displayName(),
                actor.role().code(),
                organisation,
                List.copyOf(account.areas()),
                actor.hasWholeCountry(),
                principal.viaToken() ? "token" : "password");
    }
}
