package org.homeward.identity.web;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.homeward.identity.Actor;
import org.homeward.identity.CurrentActor;
import org.homeward.identity.IssuedToken;
import org.homeward.identity.UserAdministration;
import org.homeward.identity.web.Views.IssuedTokenView;
import org.homeward.identity.web.Views.TokenView;
import org.homeward.shared.Page;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A user's own personal access tokens. Nobody sees or revokes another user's tokens here. */
@RestController
@RequestMapping("/api/v1/tokens")
class TokenController {

    /** @param expiresInDays 1 to 365; 90 when absent */
    record NewTokenRequest(String name, Integer expiresInDays) {}

    private final UserAdministration administration;
    private final CurrentActor currentActor;
    private final Clock clock;

    TokenController(UserAdministration administration, CurrentActor currentActor, Clock clock) {
        this.administration = administration;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    @PostMapping
    ResponseEntity<IssuedTokenView> issue(@RequestBody NewTokenRequest request) {
        Actor actor = currentActor.require();
        IssuedToken token = administration.issueToken(actor.userId(), request.name(), request.expiresInDays());
        return ResponseEntity.created(URI.create("/api/v1/tokens/" + token.id()))
                .body(IssuedTokenView.of(token));
    }

    @GetMapping
    Page<TokenView> list() {
        Instant now = clock.instant();
        List<TokenView> tokens = administration.tokens(currentActor.require().userId()).stream()
                .map(token -> TokenView.of(token, now))
                .toList();
        return new Page<>(tokens, tokens.size(), 0, Math.max(1, tokens.size()));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> revoke(@PathVariable long id) {
        administration.revokeToken(currentActor.require().userId(), id);
        return ResponseEntity.noContent().build();
    }
}
