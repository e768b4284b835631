package org.homeward.geography;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.homeward.shared.InvalidParameterException;
import org.homeward.shared.NotFoundException;
import org.homeward.shared.PageRequest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The Java API other modules use. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class GazetteerIT {

    @Autowired
    Gazetteer gazetteer;

    @Test
    void findsAreasByPcodeInTheCurrentEdition() {
        Area sarmada = gazetteer.get("C4121");
        assertThat(sarmada.nameEn()).isEqualTo("Sarmada");
        assertThat(sarmada.edition()).isEqualTo("syria-2015").isEqualTo(gazetteer.currentEdition());
        assertThat(sarmada.adm1Pcode()).isEqualTo("SY07");
        assertThat(sarmada.latitude()).isBetween(32.0, 38.0);
        assertThat(sarmada.name(Locale.forLanguageTag("ar"))).isEqualTo("سرمدا");
        assertThat(gazetteer.exists("SY07")).isTrue();
        assertThat(gazetteer.exists("SY99")).isFalse();
        assertThat(gazetteer.find("sy07")).map(Area::pcode).hasValue("SY07");
    }

    @Test
    void getOfAnUnknownPcodeThrowsNotFoundNamingIt() {
        assertThatThrownBy(() -> gazetteer.get("SY99"))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("SY99");
    }

    @Test
    void largerAreasHaveTheirSeatAsPoint() {
        Area idleb = gazetteer.get("SY07");
        Area seat = gazetteer.get("C3871"); // Idleb city, capital_level 1
        assertThat(idleb.latitude()).isEqualTo(seat.latitude());
        assertThat(idleb.longitude()).isEqualTo(seat.longitude());
        assertThat(gazetteer.get("SY03").latitude())
                .as("Rural Damascus has no seat: mean point")
                .isNotNull();
    }

    @Test
    void ancestorsRunFromTheGovernorateDown() {
        assertThat(gazetteer.ancestors("C4121")).extracting(Area::pcode).containsExactly("SY07", "SY0703", "SY070301");
        assertThat(gazetteer.ancestors("SY07")).isEmpty();
        assertThat(gazetteer.ancestors("SY99")).isEmpty();
    }

    @Test
    void isWithinFollowsTheHierarchy() {
        assertThat(gazetteer.isWithin("C4121", "SY07")).isTrue();
        assertThat(gazetteer.isWithin("C4121", "SY0703")).isTrue();
        assertThat(gazetteer.isWithin("C4121", "SY070301")).isTrue();
        assertThat(gazetteer.isWithin("C4121", "C4121")).isTrue();
        assertThat(gazetteer.isWithin("C4121", "SY04")).isFalse();
        assertThat(gazetteer.isWithin("SY07", "C4121")).isFalse();
        assertThat(gazetteer.isWithin("C4121", "SY99")).isFalse();
    }

    @Test
    void childrenAndGovernoratesAreSortedByName() {
        assertThat(gazetteer.governorates())
                .hasSize(14)
                .first()
                .extracting(Area::nameEn)
                .isEqualTo("Al-Hasakeh");
        assertThat(gazetteer.children("SY07")).hasSize(5).allMatch(a -> a.level() == 2);
        assertThat(gazetteer.children("C4121")).isEmpty();
    }

    @Test
    void searchRanksExactMatchesFirstAndPages() {
        var first = gazetteer.search(AreaSearch.text("Hims").atLevel(1), PageRequest.of(0, 5));
        assertThat(first.items()).extracting(Area::pcode).first().isEqualTo("SY04");
        var communities = gazetteer.search(AreaSearch.all().within("SY07").atLevel(4), PageRequest.of(1, 10));
        assertThat(communities.items()).hasSize(10).allMatch(a -> a.adm1Pcode().equals("SY07"));
        var pastTheEnd = gazetteer.search(AreaSearch.all().atLevel(1), PageRequest.of(3, 10));
        assertThat(pastTheEnd.items()).isEmpty();
        assertThat(pastTheEnd.total()).isEqualTo(14);
    }

    @Test
    void searchRefusesAnUnknownEditionOrParent() {
        assertThatThrownBy(() -> gazetteer.search(AreaSearch.all().inEdition("nope-1999"), PageRequest.of(0, 5)))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessageContaining("edition");
        assertThatThrownBy(() -> gazetteer.search(AreaSearch.all().childrenOf("SY99"), PageRequest.of(0, 5)))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessageContaining("parent");
    }

    @Test
    void countriesAreFoundByEitherIsoCodeInAnyCase() {
        assertThat(gazetteer.country("TUR")).map(Country::iso2).hasValue("TR");
        assertThat(gazetteer.country("tr")).map(Country::iso3).hasValue("TUR");
        assertThat(gazetteer.country("lbn")).map(Country::nameAr).hasValue("لبنان");
        assertThat(gazetteer.country("XX")).isEmpty();
        assertThat(gazetteer.country(null)).isEmpty();
    }

    @Test
    void crossingPointsAndSitesByCode() {
        CrossingPoint nassib = gazetteer.crossingPoint("XP-JOR-NAS").orElseThrow();
        assertThat(nassib.kind()).isEqualTo(CrossingPoint.Kind.LAND);
        assertThat(nassib.partnerCountryIso3()).isEqualTo("JOR");
        assertThat(gazetteer.crossingPoint("XP-AIR-DAM").orElseThrow().partnerCountryIso3())
                .isNull();
        Site rukban = gazetteer.site("SYR-S-RUK").orElseThrow();
        assertThat(rukban.admin1Pcode()).isEqualTo("SY04");
        assertThat(rukban.capacity()).isNull();
        assertThat(gazetteer.site("nope")).isEmpty();
    }

    @Test
    void crossingPointsAndSitesPointAtKnownGovernoratesAndCountries() {
        assertThat(gazetteer.crossingPoints()).hasSize(16).allSatisfy(point -> {
            assertThat(gazetteer.get(point.admin1Pcode()).level()).isEqualTo(Area.GOVERNORATE);
            if (point.partnerCountryIso3() != null) {
                assertThat(gazetteer.country(point.partnerCountryIso3())).isPresent();
            }
        });
        assertThat(gazetteer.sites()).hasSize(15).allSatisfy(site -> {
            assertThat(gazetteer.country(site.countryIso3())).isPresent();
            assertThat(site.admin1Pcode() == null || gazetteer.exists(site.admin1Pcode()))
                    .isTrue();
        });
    }
}
