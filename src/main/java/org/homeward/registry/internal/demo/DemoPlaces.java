package org.homeward.registry.internal.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.homeward.geography.Area;
import org.homeward.geography.Gazetteer;
import org.homeward.geography.Site;

/**
 * Where synthetic households come from and where they live now, weighted as {@code demo/README.md}
 * explains: refugees against IDPs and countries of asylum by UNHCR figures ({@code asylum_countries.csv},
 * {@code idps.csv}), host localities and camps by {@code host_localities.csv}, governorates of origin by
 * their number of communities in the gazetteer (there is no published split by governorate of origin).
 */
public final class DemoPlaces {

    /** The least share of households a governorate of origin gets: Damascus city is 2 communities, not 0.04%. */
    static final double GOVERNORATE_FLOOR = 0.015;

    static final String OTHER = "OTHER";
    static final String SYRIA = "SYR";

    /** A governorate of origin and its communities (level-4 P-codes). */
    record Governorate(String pcode, List<String> communities, double weight) {}

    /** A host locality or camp; {@code group} is its country of asylum, {@code OTHER}, or {@code SYR}. */
    record HostPlace(String group, String iso3, String locality, String site, double weight) {}

    private final Weighted<Governorate> governorates;
    private final Weighted<String> asylumGroups;
    private final Map<String, Weighted<HostPlace>> localities;
    private final Map<String, Double> groupRefugees;
    private final int year;
    private final long refugees;
    private final long idps;

    private DemoPlaces(List<Governorate> governorates, List<HostPlace> places) {
        this.governorates = new Weighted<>(governorates, Governorate::weight);
        Map<String, List<HostPlace>> byGroup = new LinkedHashMap<>();
        places.forEach(place ->
                byGroup.computeIfAbsent(place.group(), key -> new ArrayList<>()).add(place));
        this.localities = new LinkedHashMap<>();
        byGroup.forEach((group, list) -> localities.put(group, new Weighted<>(list, HostPlace::weight)));
        this.groupRefugees = new LinkedHashMap<>();
        int latest = 0;
        for (var row : DemoCsv.rows("demo/asylum_countries.csv")) {
            latest = Integer.parseInt(row.getField("year"));
            groupRefugees.put(row.getField("iso3"), Double.parseDouble(row.getField("refugees")));
        }
        for (String group : groupRefugees.keySet()) {
            if (!localities.containsKey(group)) {
                throw new IllegalStateException("host_localities.csv has no locality for " + group);
            }
        }
        if (!localities.containsKey(SYRIA)) {
            throw new IllegalStateException("host_localities.csv has no Syrian site");
        }
        this.asylumGroups = new Weighted<>(List.copyOf(groupRefugees.keySet()), groupRefugees::get);
        this.year = latest;
        this.refugees = Math.round(
                groupRefugees.values().stream().mapToDouble(Double::doubleValue).sum());
        var idpRow = DemoCsv.rows("demo/idps.csv").getFirst();
        this.idps = Long.parseLong(idpRow.getField("idps"));
    }

    /**
     * Places from plain lists: communities by governorate P-code, and the codes of known sites (host places
     * naming an unknown site are left out).
     */
    public static DemoPlaces of(Map<String, List<String>> communitiesByGovernorate, Set<String> knownSites) {
        int total =
                communitiesByGovernorate.values().stream().mapToInt(List::size).sum();
        List<Governorate> governorates = new ArrayList<>();
        new TreeMap<>(communitiesByGovernorate).forEach((pcode, communities) -> {
            if (!communities.isEmpty()) {
                double weight = Math.max(communities.size(), GOVERNORATE_FLOOR * total);
                governorates.add(new Governorate(pcode, List.copyOf(communities), weight));
            }
        });
        List<HostPlace> places = new ArrayList<>();
        for (var row : DemoCsv.rows("demo/host_localities.csv")) {
            String site = row.getField("site").isBlank() ? null : row.getField("site");
            if (site == null || knownSites.contains(site)) {
                places.add(new HostPlace(
                        row.getField("group"),
                        row.getField("iso3"),
                        row.getField("locality"),
                        site,
                        Double.parseDouble(row.getField("weight"))));
            }
        }
        return new DemoPlaces(governorates, places);
    }

    /** Places of the gazetteer's current edition. */
    public static DemoPlaces fromGazetteer(Gazetteer gazetteer) {
        Map<String, List<String>> communities = new LinkedHashMap<>();
        for (Area governorate : gazetteer.governorates()) {
            List<String> found = new ArrayList<>();
            collectCommunities(gazetteer, governorate, found);
            communities.put(governorate.pcode(), found);
        }
        Set<String> sites =
                Set.copyOf(gazetteer.sites().stream().map(Site::code).toList());
        return of(communities, sites);
    }

    private static void collectCommunities(Gazetteer gazetteer, Area area, List<String> into) {
        for (Area child : gazetteer.children(area.pcode())) {
            if (child.level() == Area.COMMUNITY) {
                into.add(child.pcode());
            } else {
                collectCommunities(gazetteer, child, into);
            }
        }
    }

    Governorate origin(SplittableRandom random) {
        return governorates.pick(random);
    }

    /** A community in a governorate other than {@code except}, for an IDP household's current place. */
    String communityOutside(String except, SplittableRandom random) {
        Governorate governorate;
        do {
            governorate = governorates.pick(random);
        } while (governorate.pcode().equals(except));
        return community(governorate, random);
    }

    static String community(Governorate governorate, SplittableRandom random) {
        return governorate
                .communities()
                .get(random.nextInt(governorate.communities().size()));
    }

    /** A place of asylum: country by UNHCR refugee figures, then locality or camp within it. */
    HostPlace asylum(SplittableRandom random) {
        return localities.get(asylumGroups.pick(random)).pick(random);
    }

    HostPlace syrianSite(SplittableRandom random) {
        return localities.get(SYRIA).pick(random);
    }

    /** Refugees' share of all displaced people (refugees and IDPs) in the UNHCR figures. */
    public double refugeeShare() {
        return (double) refugees / (refugees + idps);
    }

    /** Share of refugees in a country of asylum ({@code OTHER} for all countries outside the top ten). */
    public double asylumShare(String group) {
        return asylumGroups.share(group);
    }

    public List<String> asylumGroups() {
        return asylumGroups.items();
    }

    /** The share of households whose origin is in the governorate. */
    public double originShare(String governoratePcode) {
        return governorates.items().stream()
                .filter(governorate -> governorate.pcode().equals(governoratePcode))
                .findFirst()
                .map(governorates::share)
                .orElse(0.0);
    }

    /** The year of the UNHCR figures. */
    public int year() {
        return year;
    }
}
