package org.homeward.sites.web;

import java.util.List;
import org.homeward.sites.PopulationSnapshot;
import org.homeward.sites.SiteProfile;
import org.homeward.sites.SiteSummary;
import org.homeward.sites.Sites;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Camps and collective centres with their populations: {@code /api/v1/sites}. */
@RestController
@RequestMapping("/api/v1/sites")
class SiteApi {

    private final Sites sites;

    SiteApi(Sites sites) {
        this.sites = sites;
    }

    @GetMapping
    List<SiteSummary> list() {
        return sites.sites();
    }

    @GetMapping("/{code}")
    SiteProfile profile(@PathVariable String code) {
        return sites.profile(code);
    }

    @PostMapping("/{code}/population-snapshots")
    @ResponseStatus(HttpStatus.CREATED)
    PopulationSnapshot snapshot(@PathVariable String code, @RequestBody Sites.NewSnapshot snapshot) {
        return sites.recordSnapshot(code, snapshot);
    }

    @PutMapping("/{code}/capacity")
    SiteSummary capacity(@PathVariable String code, @RequestBody Capacity capacity) {
        return sites.setCapacity(code, capacity.capacity());
    }

    record Capacity(Integer capacity) {}
}
