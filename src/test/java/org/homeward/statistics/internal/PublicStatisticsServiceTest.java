package org.homeward.statistics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.homeward.geography.Area;
import org.homeward.geography.AreaSearch;
import org.homeward.geography.Country;
import org.homeward.geography.CrossingPoint;
import org.homeward.geography.Edition;
import org.homeward.geography.Gazetteer;
import org.homeward.geography.Site;
import org.homeward.shared.Page;
import org.homeward.shared.PageRequest;
import org.homeward.statistics.PublicReturns;
import org.homeward.statistics.ReturnCounts;
import org.homeward.statistics.ReturnCounts.GovernorateReturns;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/** The public table over counts from a plugged-in {@link ReturnCounts}, as the returns module will provide. */
class PublicStatisticsServiceTest {

    static final List<Area> GOVERNORATES = List.of(
            governorate("SY01", "Damascus", "مدينة دمشق"),
            governorate("SY02", "Aleppo", "حلب"),
            governorate("SY07", "Idleb", "إدلب"));

    static Area governorate(String pcode, String en, String ar) {
        return new Area("test", pcode, 1, en, ar, false, null, pcode, null, null, null, null);
    }

    static PublicStatisticsService service(ReturnCounts counts) {
        StaticListableBeanFactory beans = new StaticListableBeanFactory(Map.of("counts", counts));
        return new PublicStatisticsService(new Governorates(), beans.getBeanProvider(ReturnCounts.class));
    }

    @Test
    void smallCountsAndTheirComplementsAreSuppressedAndTotalsStayTrue() {
        ReturnCounts counts = (from, to) -> List.of(
                new GovernorateReturns("SY07", 3, 120),
                new GovernorateReturns("SY02", 40, 600),
                new GovernorateReturns("SY01", 25, 300));

        PublicReturns returns = service(counts).returnsByGovernorate(null, null);

        PublicReturns.Row idleb = returns.rows().get(2);
        assertThat(idleb.adm1()).isEqualTo("SY07");
        assertThat(idleb.refugees().display()).isEqualTo("<5");
        // the complements hold 5 or more: published as "x", never as a false "<5"
        assertThat(idleb.idps().display()).isEqualTo("x");
        assertThat(idleb.returns().display()).isEqualTo(123L);
        assertThat(returns.rows().get(0).refugees().display()).isEqualTo("x");
        assertThat(returns.rows().get(0).idps().display()).isEqualTo("x");
        assertThat(returns.refugees().display()).isEqualTo(68L);
        assertThat(returns.total().display()).isEqualTo(1088L);
        assertThat(returns.suppressed()).isTrue();
    }

    @Test
    void withoutCountsEveryGovernorateShowsZero() {
        PublicReturns returns = service(ReturnCounts.none()).returnsByGovernorate(null, null);

        assertThat(returns.rows())
                .hasSize(3)
                .allSatisfy(row -> assertThat(row.returns().display()).isEqualTo(0L));
        assertThat(returns.suppressed()).isFalse();
    }

    /** Only the governorates; the public table needs nothing else from the gazetteer. */
    static final class Governorates implements Gazetteer {

        @Override
        public List<Area> governorates() {
            return GOVERNORATES;
        }

        @Override
        public String currentEdition() {
            return "test";
        }

        @Override
        public List<Edition> editions() {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<Area> find(String pcode) {
            return GOVERNORATES.stream().filter(a -> a.pcode().equals(pcode)).findFirst();
        }

        @Override
        public Optional<Area> find(String edition, String pcode) {
            return find(pcode);
        }

        @Override
        public Area get(String pcode) {
            return find(pcode).orElseThrow();
        }

        @Override
        public boolean exists(String pcode) {
            return find(pcode).isPresent();
        }

        @Override
        public List<Area> ancestors(String pcode) {
            return List.of();
        }

        @Override
        public List<Area> ancestors(String edition, String pcode) {
            return List.of();
        }

        @Override
        public List<Area> children(String pcode) {
            return List.of();
        }

        @Override
        public List<Area> children(String edition, String pcode) {
            return List.of();
        }

        @Override
        public Page<Area> search(AreaSearch query, PageRequest page) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean isWithin(String pcode, String ancestorPcode) {
            return pcode.equals(ancestorPcode);
        }

        @Override
        public Optional<Country> country(String isoCode) {
            return Optional.empty();
        }

        @Override
        public List<Country> countries() {
            return List.of();
        }

        @Override
        public Optional<CrossingPoint> crossingPoint(String code) {
            return Optional.empty();
        }

        @Override
        public List<CrossingPoint> crossingPoints() {
            return List.of();
        }

        @Override
        public Optional<Site> site(String code) {
            return Optional.empty();
        }

        @Override
        public List<Site> sites() {
            return List.of();
        }
    }
}
