package org.homeward.sites.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.homeward.audit.AuditLog;
import org.homeward.audit.AuditRecord;
import org.homeward.geography.Area;
import org.homeward.geography.Gazetteer;
import org.homeward.geography.Site;
import org.homeward.identity.Actor;
import org.homeward.identity.CurrentActor;
import org.homeward.identity.Role;
import org.homeward.shared.FieldError;
import org.homeward.shared.NotFoundException;
import org.homeward.shared.ValidationException;
import org.homeward.sites.PopulationSnapshot;
import org.homeward.sites.SiteProfile;
import org.homeward.sites.SiteSummary;
import org.homeward.sites.Sites;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class SiteService implements Sites {

    static final int MAX_POPULATION = 2_000_000;

    private final SiteStore store;
    private final Gazetteer gazetteer;
    private final CurrentActor currentActor;
    private final AuditLog audit;
    private final Clock clock;

    SiteService(SiteStore store, Gazetteer gazetteer, CurrentActor currentActor, AuditLog audit, Clock clock) {
        this.store = store;
        this.gazetteer = gazetteer;
        this.currentActor = currentActor;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<SiteSummary> sites() {
        currentActor.require();
        Map<String, Integer> capacities = store.capacities();
        Map<String, PopulationSnapshot> latest = store.latestSnapshots();
        Map<String, int[]> departed = store.departedTotals(latest);
        return gazetteer.sites().stream()
                .sorted(Comparator.comparing((Site site) -> !"SYR".equals(site.countryIso3()))
                        .thenComparing(Site::countryIso3)
                        .thenComparing(Site::nameEn))
                .map(site -> summary(site, capacities, latest, departed))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public SiteProfile profile(String code) {
        currentActor.require();
        Site site = site(code);
        List<PopulationSnapshot> snapshots = store.snapshots(site.code());
        List<SiteStore.Departure> departures = store.departures(site.code());
        Map<String, PopulationSnapshot> latest =
                snapshots.isEmpty() ? Map.of() : Map.of(site.code(), snapshots.get(snapshots.size() - 1));
        SiteSummary summary = summary(site, store.capacities(), latest, store.departedTotals(latest));
        Map<String, Integer> byGovernorate = new TreeMap<>();
        departures.forEach(departure -> byGovernorate.merge(
                departure.destinationAdm1() == null ? "" : departure.destinationAdm1(),
                departure.people(),
                Integer::sum));
        List<SiteProfile.DepartureCount> counts = new ArrayList<>();
        byGovernorate.forEach((pcode, people) -> {
            Area area = pcode.isEmpty() ? null : gazetteer.find(pcode).orElse(null);
            counts.add(new SiteProfile.DepartureCount(
                    pcode.isEmpty() ? null : pcode,
                    area == null ? null : area.nameEn(),
                    area == null ? null : area.nameAr(),
                    people));
        });
        counts.sort(Comparator.comparingInt(SiteProfile.DepartureCount::people).reversed());
        return new SiteProfile(
                summary, snapshots, PopulationTrend.of(snapshots, departures, LocalDate.now(clock)), counts);
    }

    @Override
    public PopulationSnapshot recordSnapshot(String code, NewSnapshot snapshot) {
        Actor actor = coordinator();
        Site site = site(code);
        List<FieldError> errors = check(snapshot.date(), snapshot.population(), snapshot.source());
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        String source = snapshot.source().strip();
        store.saveSnapshot(
                site.code(), snapshot.date(), snapshot.population(), null, source, actor.username(), clock.instant());
        audit.append(AuditRecord.updated("site", site.code(), List.of("population")));
        return new PopulationSnapshot(snapshot.date(), snapshot.population(), source, actor.username());
    }

    @Override
    @Transactional(readOnly = true)
    public boolean mayRecord() {
        return currentActor.require().role() == Role.COORDINATOR;
    }

    @Override
    public SnapshotImport importSnapshot(String code, ImportedSnapshot snapshot, Long replacing, boolean dryRun) {
        Actor actor = coordinator();
        List<FieldError> errors = new ArrayList<>();
        Site site = gazetteer.site(code).orElse(null);
        if (site == null) {
            errors.add(new FieldError("site", "unknown-site", "a site or camp code of the gazetteer"));
        }
        errors.addAll(check(snapshot.date(), snapshot.population(), snapshot.source()));
        Integer households = snapshot.households();
        if (households != null && (households < 0 || households > MAX_POPULATION)) {
            errors.add(new FieldError("households", "range", "a whole number from 0 to " + MAX_POPULATION));
        }
        if (!errors.isEmpty() || dryRun) {
            return new SnapshotImport(null, errors);
        }
        long id = store.saveImportedSnapshot(
                replacing,
                site.code(),
                snapshot.date(),
                snapshot.population(),
                households,
                snapshot.source().strip(),
                actor.username(),
                clock.instant());
        audit.append(AuditRecord.updated("site", site.code(), List.of("population")));
        return new SnapshotImport(id, List.of());
    }

    /** The rules every report meets, typed in or imported. */
    private List<FieldError> check(LocalDate date, Integer population, String reportedBy) {
        List<FieldError> errors = new ArrayList<>();
        if (date == null) {
            errors.add(new FieldError("date", "required", "the date of the count (YYYY-MM-DD)"));
        } else if (date.isAfter(LocalDate.now(clock))) {
            errors.add(new FieldError("date", "future-date", "may not be in the future"));
        }
        if (population == null || population < 0 || population > MAX_POPULATION) {
            errors.add(new FieldError("population", "range", "a whole number from 0 to " + MAX_POPULATION));
        }
        String source = reportedBy == null ? "" : reportedBy.strip();
        if (source.isEmpty() || source.length() > 200 || source.chars().anyMatch(Character::isISOControl)) {
            errors.add(new FieldError("source", "required", "who reported the figure, 1 to 200 characters"));
        }
        return errors;
    }

    @Override
    public SiteSummary setCapacity(String code, Integer capacity) {
        Actor actor = coordinator();
        Site site = site(code);
        if (capacity == null || capacity < 0 || capacity > MAX_POPULATION) {
            throw new ValidationException(
                    List.of(new FieldError("capacity", "range", "a whole number from 0 to " + MAX_POPULATION)));
        }
        store.setCapacity(site.code(), capacity, actor.username(), clock.instant());
        audit.append(AuditRecord.updated("site", site.code(), List.of("capacity")));
        Map<String, PopulationSnapshot> latest = store.latestSnapshots();
        return summary(site, store.capacities(), latest, store.departedTotals(latest));
    }

    private Site site(String code) {
        return gazetteer.site(code).orElseThrow(() -> new NotFoundException("site", code));
    }

    private Actor coordinator() {
        Actor actor = currentActor.require();
        if (actor.role() != Role.COORDINATOR) {
            throw new AccessDeniedException("Only coordinators record site populations and capacities");
        }
        return actor;
    }

    private static SiteSummary summary(
            Site site,
            Map<String, Integer> capacities,
            Map<String, PopulationSnapshot> latest,
            Map<String, int[]> departed) {
        PopulationSnapshot report = latest.get(site.code());
        int[] counts = departed.getOrDefault(site.code(), new int[2]);
        Integer estimate = report == null ? null : Math.max(0, report.population() - counts[0]);
        return new SiteSummary(
                site.code(),
                site.nameEn(),
                site.nameAr(),
                site.kind().name(),
                site.countryIso3(),
                site.admin1Pcode(),
                capacities.get(site.code()),
                report == null ? null : report.population(),
                report == null ? null : report.date(),
                counts[0],
                estimate,
                counts[1]);
    }
}
