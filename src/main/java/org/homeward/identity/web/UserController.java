package org.homeward.identity.web;

import java.net.URI;
import java.util.Set;
import org.homeward.identity.NewUser;
import org.homeward.identity.Role;
import org.homeward.identity.UserAccount;
import org.homeward.identity.UserAdministration;
import org.homeward.identity.web.Views.UserView;
import org.homeward.shared.NotFoundException;
import org.homeward.shared.Page;
import org.homeward.shared.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Users, administered by admins. */
@RestController
@RequestMapping("/api/v1/users")
@PreAuthorize("hasRole('ADMIN')")
class UserController {

    /**
     * @param role admin, coordinator, caseworker, analyst or partner
     * @param organisation the organisation's code
     * @param areas P-codes; empty or absent for the whole country
     */
    record NewUserRequest(
            String username, String displayName, String role, String organisation, Set<String> areas, String password) {
        @Override
        public String toString() {
            return "NewUserRequest[username=" + username + ", role=" + role + "]";
        }
    }

    record PasswordRequest(String password) {
        @Override
        public String toString() {
            return "PasswordRequest[***]";
        }
    }

    private final UserAdministration administration;

    UserController(UserAdministration administration) {
        this.administration = administration;
    }

    @GetMapping
    Page<UserView> list(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return administration.users(PageRequest.of(page, size)).map(UserView::of);
    }

    @GetMapping("/{id}")
    UserView one(@PathVariable long id) {
        return administration
                .findUser(id)
                .map(UserView::of)
                .orElseThrow(() -> new NotFoundException("user", Long.toString(id)));
    }

    @PostMapping
    ResponseEntity<UserView> create(@RequestBody NewUserRequest request) {
        UserAccount created = administration.createUser(new NewUser(
                request.username(),
                request.displayName(),
                Role.fromCode(request.role()).orElse(null),
                request.organisation(),
                request.areas(),
                request.password()));
        return ResponseEntity.created(URI.create("/api/v1/users/" + created.id()))
                .body(UserView.of(created));
    }

    @PutMapping("/{id}/password")
    ResponseEntity<Void> setPassword(@PathVariable long id, @RequestBody PasswordRequest request) {
        administration.setPassword(id, request.password());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/disable")
    ResponseEntity<Void> disable(@PathVariable long id) {
        administration.disable(id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/enable")
    ResponseEntity<Void> enable(@PathVariable long id) {
        administration.enable(id);
        return ResponseEntity.noContent().build();
    }
}
