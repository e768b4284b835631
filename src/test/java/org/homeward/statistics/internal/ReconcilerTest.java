package org.homeward.statistics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.homeward.statistics.FindingKind;
import org.homeward.statistics.Indicator;
import org.homeward.statistics.Qualifier;
import org.homeward.statistics.RegistryFigures;
import org.homeward.statistics.ReportedFigure;
import org.homeward.statistics.Severity;
import org.junit.jupiter.api.Test;

class ReconcilerTest {

    static final LocalDate SINCE_2018 = LocalDate.of(2018, 1, 1);
    static final LocalDate MEETING = LocalDate.of(2021, 11, 16);
    static final String JOINT_MEETING = "Joint meeting of the Syrian and Russian coordinating bodies (as reported)";
    static final String ISLAM_TIMES = "Islam Times";

    static long ids = 1;

    static ReportedFigure figure(
            Indicator indicator, long value, Qualifier qualifier, String publisher, LocalDate end, LocalDate reported) {
        return new ReportedFigure(
                ids++,
                indicator,
                value,
                qualifier,
                SINCE_2018,
                end,
                "SYR",
                publisher,
                null,
                reported,
                null,
                null,
                org.homeward.statistics.SourceKind.STATEMENT,
                0,
                "test",
                Instant.EPOCH,
                "test",
                Instant.EPOCH);
    }

    /** The four figures of reported_figures.csv. */
    static List<ReportedFigure> november2021() {
        return List.of(
                figure(Indicator.RETURNEES_TOTAL, 2_500_000, Qualifier.MORE_THAN, JOINT_MEETING, MEETING, MEETING),
                figure(
                        Indicator.RETURNEES_TOTAL,
                        2_350_000,
                        Qualifier.MORE_THAN,
                        ISLAM_TIMES,
                        MEETING,
                        MEETING.plusDays(1)),
                figure(Indicator.RETURNEES_IDP, 1_372_000, Qualifier.EXACT, ISLAM_TIMES, MEETING, MEETING.plusDays(1)),
                figure(
                        Indicator.RETURNEES_REFUGEE,
                        947_000,
                        Qualifier.MORE_THAN,
                        ISLAM_TIMES,
                        MEETING,
                        MEETING.plusDays(1)));
    }

    static Reconciler reconciler(RegistryFigures registry) {
        return new Reconciler(0.05, registry);
    }

    @Test
    void november2021GivesTheGapOf31000AndTheDisagreementOf150000AsNotices() {
        List<Discrepancy> found = reconciler(RegistryFigures.none()).reconcile(november2021());

        assertThat(found)
                .extracting(Discrepancy::kind)
                .containsExactly(FindingKind.PARTS_DO_NOT_SUM, FindingKind.SOURCES_DISAGREE);
        Discrepancy parts = found.get(0);
        assertThat(parts.severity()).isEqualTo(Severity.NOTICE);
        assertThat(parts.arithmetic())
                .containsEntry("parts", List.of(1_372_000L, 947_000L))
                .containsEntry("sumOfParts", 2_319_000L)
                .containsEntry("total", 2_350_000L)
                .containsEntry("gap", 31_000L);
        assertThat(parts.figures()).extracting(ReportedFigure::publisher).containsOnly(ISLAM_TIMES);
        Discrepancy sources = found.get(1);
        assertThat(sources.severity()).isEqualTo(Severity.NOTICE);
        assertThat(sources.arithmetic())
                .containsEntry("values", List.of(2_500_000L, 2_350_000L))
                .containsEntry("difference", 150_000L);
    }

    @Test
    void exactPartsThatMissTheTotalAreAWarning() {
        List<ReportedFigure> figures = List.of(
                figure(Indicator.RETURNEES_TOTAL, 2_350_000, Qualifier.MORE_THAN, "A", MEETING, MEETING),
                figure(Indicator.RETURNEES_IDP, 1_372_000, Qualifier.EXACT, "A", MEETING, MEETING),
                figure(Indicator.RETURNEES_REFUGEE, 947_000, Qualifier.EXACT, "A", MEETING, MEETING));

        Discrepancy found =
                reconciler(RegistryFigures.none()).partsThatDoNotSum(figures).getFirst();

        assertThat(found.severity()).isEqualTo(Severity.WARNING);
        assertThat(found.arithmetic()).containsEntry("consistentByQualifiers", false);
    }

    @Test
    void partsThatSumExactlyAreFine() {
        List<ReportedFigure> figures = List.of(
                figure(Indicator.RETURNEES_TOTAL, 300, Qualifier.EXACT, "A", MEETING, MEETING),
                figure(Indicator.RETURNEES_IDP, 100, Qualifier.EXACT, "A", MEETING, MEETING),
                figure(Indicator.RETURNEES_REFUGEE, 200, Qualifier.EXACT, "A", MEETING, MEETING));

        assertThat(reconciler(RegistryFigures.none()).reconcile(figures)).isEmpty();
    }

    @Test
    void partsFromOneSourceAreNotSummedAgainstAnotherSourcesTotal() {
        List<ReportedFigure> figures = List.of(
                figure(Indicator.RETURNEES_TOTAL, 500, Qualifier.EXACT, "A", MEETING, MEETING),
                figure(Indicator.RETURNEES_IDP, 100, Qualifier.EXACT, "B", MEETING, MEETING),
                figure(Indicator.RETURNEES_REFUGEE, 200, Qualifier.EXACT, "B", MEETING, MEETING));

        assertThat(reconciler(RegistryFigures.none()).partsThatDoNotSum(figures))
                .isEmpty();
    }

    @Test
    void exactFiguresThatDifferAreAWarningAndAboutFiguresWithinToleranceAgree() {
        List<ReportedFigure> exact = List.of(
                figure(Indicator.IDPS, 6_800_000, Qualifier.EXACT, "A", MEETING, MEETING),
                figure(Indicator.IDPS, 6_700_000, Qualifier.EXACT, "B", MEETING, MEETING));
        List<ReportedFigure> about = List.of(
                figure(Indicator.IDPS, 6_800_000, Qualifier.ABOUT, "A", MEETING, MEETING),
                figure(Indicator.IDPS, 6_700_000, Qualifier.ABOUT, "B", MEETING, MEETING));

        assertThat(reconciler(RegistryFigures.none()).sourcesThatDisagree(exact))
                .singleElement()
                .extracting(Discrepancy::severity)
                .isEqualTo(Severity.WARNING);
        assertThat(reconciler(RegistryFigures.none()).sourcesThatDisagree(about))
                .isEmpty();
    }

    @Test
    void onlyEachSourcesLatestFigureIsCompared() {
        List<ReportedFigure> figures = List.of(
                figure(Indicator.IDPS, 5_000_000, Qualifier.EXACT, "A", MEETING, MEETING),
                figure(Indicator.IDPS, 6_000_000, Qualifier.EXACT, "A", MEETING, MEETING.plusDays(3)),
                figure(Indicator.IDPS, 6_000_000, Qualifier.EXACT, "B", MEETING, MEETING));

        assertThat(reconciler(RegistryFigures.none()).sourcesThatDisagree(figures))
                .isEmpty();
    }

    @Test
    void aCumulativeFigureThatShrinksIsFlagged() {
        List<ReportedFigure> figures = List.of(
                figure(Indicator.RETURNEES_TOTAL, 2_000_000, Qualifier.EXACT, "A", LocalDate.of(2021, 6, 30), MEETING),
                figure(Indicator.RETURNEES_TOTAL, 1_900_000, Qualifier.EXACT, "A", MEETING, MEETING),
                figure(
                        Indicator.RETURNEES_TOTAL,
                        2_100_000,
                        Qualifier.EXACT,
                        "A",
                        LocalDate.of(2021, 12, 31),
                        MEETING));

        List<Discrepancy> found = reconciler(RegistryFigures.none()).cumulativeFiguresThatShrink(figures);

        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.severity()).isEqualTo(Severity.WARNING);
            assertThat(d.arithmetic())
                    .containsEntry("earlier", 2_000_000L)
                    .containsEntry("later", 1_900_000L)
                    .containsEntry("decrease", 100_000L);
        });
    }

    @Test
    void aShrinkThatMoreThanAllowsIsANoticeAndFlowsNeverShrink() {
        List<ReportedFigure> cumulative = List.of(
                figure(Indicator.RETURNEES_IDP, 2_000_000, Qualifier.EXACT, "A", LocalDate.of(2021, 6, 30), MEETING),
                figure(Indicator.RETURNEES_IDP, 1_900_000, Qualifier.MORE_THAN, "A", MEETING, MEETING));
        List<ReportedFigure> flows = List.of(
                figure(
                        Indicator.RETURNED_REFUGEES,
                        2_000_000,
                        Qualifier.EXACT,
                        "A",
                        LocalDate.of(2021, 6, 30),
                        MEETING),
                figure(Indicator.RETURNED_REFUGEES, 1_000, Qualifier.EXACT, "A", MEETING, MEETING));

        assertThat(reconciler(RegistryFigures.none()).cumulativeFiguresThatShrink(cumulative))
                .singleElement()
                .extracting(Discrepancy::severity)
                .isEqualTo(Severity.NOTICE);
        assertThat(reconciler(RegistryFigures.none()).cumulativeFiguresThatShrink(flows))
                .isEmpty();
    }

    @Test
    void aFigureAboveWhatTheRecordsCountIsFlaggedWithTheArithmetic() {
        List<String> asked = new ArrayList<>();
        RegistryFigures records = (indicator, from, to, area) -> {
            asked.add(indicator + " " + from + " " + to + " " + area);
            return indicator.equals("returnees_total") ? OptionalLong.of(2_400_000) : OptionalLong.empty();
        };

        List<Discrepancy> found = reconciler(records).registryDifferences(november2021());

        assertThat(asked).contains("returnees_total 2018-01-01 2021-11-16 SYR");
        assertThat(found).hasSize(2);
        Discrepancy above = found.stream()
                .filter(d -> d.figures().getFirst().value() == 2_500_000)
                .findFirst()
                .orElseThrow();
        assertThat(above.severity()).isEqualTo(Severity.WARNING);
        assertThat(above.arithmetic())
                .isEqualTo(Map.of(
                        "reported", 2_500_000L,
                        "registry", 2_400_000L,
                        "difference", 100_000L,
                        "consistentByQualifiers", false));
        Discrepancy below = found.stream()
                .filter(d -> d.figures().getFirst().value() == 2_350_000)
                .findFirst()
                .orElseThrow();
        assertThat(below.severity()).isEqualTo(Severity.NOTICE);
    }

    @Test
    void recordsThatMatchTheFigureGiveNoFinding() {
        RegistryFigures records = (indicator, from, to, area) -> OptionalLong.of(1_372_000);
        List<ReportedFigure> figures =
                List.of(figure(Indicator.RETURNEES_IDP, 1_372_000, Qualifier.EXACT, ISLAM_TIMES, MEETING, MEETING));

        assertThat(reconciler(records).registryDifferences(figures)).isEmpty();
    }

    @Test
    void withoutRecordsThereIsNoRegistryFinding() {
        assertThat(reconciler(RegistryFigures.none()).registryDifferences(november2021()))
                .isEmpty();
    }
}
