package org.homeward.identity.web;

import java.net.URI;
import java.util.List;
import org.homeward.identity.NewOrganisation;
import org.homeward.identity.Organisation;
import org.homeward.identity.OrganisationKind;
import org.homeward.identity.Organisations;
import org.homeward.identity.UserAdministration;
import org.homeward.identity.web.Views.OrganisationView;
import org.homeward.shared.NotFoundException;
import org.homeward.shared.Page;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Organisations, administered by admins. */
@RestController
@RequestMapping("/api/v1/organisations")
@PreAuthorize("hasRole('ADMIN')")
class OrganisationController {

    /** @param kind government, un, red-cross-red-crescent, ngo or other */
    record NewOrganisationRequest(String code, String nameEn, String nameAr, String kind) {}

    private final Organisations organisations;
    private final UserAdministration administration;

    OrganisationController(Organisations organisations, UserAdministration administration) {
        this.organisations = organisations;
        this.administration = administration;
    }

    @GetMapping
    Page<OrganisationView> list() {
        List<OrganisationView> all =
                organisations.list().stream().map(OrganisationView::of).toList();
        return new Page<>(all, all.size(), 0, Math.max(1, all.size()));
    }

    @GetMapping("/{code}")
    OrganisationView one(@PathVariable String code) {
        return organisations
                .findByCode(code)
                .map(OrganisationView::of)
                .orElseThrow(() -> new NotFoundException("organisation", code));
    }

    @PostMapping
    ResponseEntity<OrganisationView> create(@RequestBody NewOrganisationRequest request) {
        Organisation created = administration.createOrganisation(new NewOrganisation(
                request.code(),
                request.nameEn(),
                request.nameAr(),
                OrganisationKind.fromCode(request.kind()).orElse(null)));
        return ResponseEntity.created(URI.create("/api/v1/organisations/" + created.code()))
                .body(OrganisationView.of(created));
    }
}
