package org.asistream.query.league;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.asistream.query.statistics.Measure.AF_ANTICOAGULATION;
import static org.asistream.query.statistics.Measure.BRAIN_IMAGING_WITHIN_1_HOUR;
import static org.asistream.query.statistics.Measure.STROKE_UNIT_WITHIN_4_HOURS;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.asistream.query.statistics.Measure;
import org.asistream.query.statistics.MeasureCounts;
import org.junit.jupiter.api.Test;

class LeagueTableTest {

    @Test
    void trustsAreRankedByRateHighestFirst() {
        LeagueTable table = LeagueTable.rank(List.of(
                trust("RAA", AF_ANTICOAGULATION, 10, 20),
                trust("RBB", AF_ANTICOAGULATION, 25, 5),
                trust("RCC", AF_ANTICOAGULATION, 15, 15)));

        assertThat(ranks(table, AF_ANTICOAGULATION)).containsExactly("RBB=1", "RCC=2", "RAA=3");
    }

    @Test
    void equalRatesShareTheBestRankAndTheNextRankIsSkipped() {
        LeagueTable table = LeagueTable.rank(List.of(
                trust("RAA", AF_ANTICOAGULATION, 15, 5),
                trust("RBB", AF_ANTICOAGULATION, 30, 10),
                trust("RCC", AF_ANTICOAGULATION, 10, 10)));

        assertThat(ranks(table, AF_ANTICOAGULATION)).containsExactly("RAA=1", "RBB=1", "RCC=3");
    }

    @Test
    void ratesEqualAsDoublesButNotAsFractionsAreRankedApart() {
        // 999,999,999 / 1,000,000,000 and 2,999,999,998 / 3,000,000,001 round to the same double; the second is
        // larger.
        LeagueTable table = LeagueTable.rank(List.of(
                trust("RAA", AF_ANTICOAGULATION, 999_999_999L, 1L),
                trust("RBB", AF_ANTICOAGULATION, 2_999_999_998L, 3L)));

        assertThat(ranks(table, AF_ANTICOAGULATION)).containsExactly("RBB=1", "RAA=2");
    }

    @Test
    void aTrustWithExactlyTwentyDecidedEpisodesIsRanked() {
        LeagueTable table = LeagueTable.rank(List.of(trust("RAA", AF_ANTICOAGULATION, 12, 8)));

        MeasureStanding standing = table.rows().get(0).standing(AF_ANTICOAGULATION);
        assertThat(standing.rank()).isEqualTo(1);
        assertThat(standing.summary().tooFewToRank()).isFalse();
    }

    @Test
    void aTrustWithNineteenDecidedEpisodesIsShownButNotRanked() {
        LeagueTable table = LeagueTable.rank(List.of(
                trust("RAA", AF_ANTICOAGULATION, 19, 0),
                trust("RBB", AF_ANTICOAGULATION, 12, 8)));

        MeasureStanding small = row(table, "RAA").standing(AF_ANTICOAGULATION);
        assertThat(small.rank()).isNull();
        assertThat(small.summary().tooFewToRank()).isTrue();
        assertThat(small.summary().rate()).isEqualTo(1.0);
        assertThat(row(table, "RBB").standing(AF_ANTICOAGULATION).rank()).isEqualTo(1);
    }

    @Test
    void everyRowShowsAllTenMeasuresEvenWithoutEpisodes() {
        LeagueTable table = LeagueTable.rank(List.of(trust("RAA", AF_ANTICOAGULATION, 12, 8)));

        LeagueRow row = table.rows().get(0);
        assertThat(row.measures().keySet()).containsExactly(Measure.values());
        MeasureStanding empty = row.standing(Measure.EARLY_SUPPORTED_DISCHARGE);
        assertThat(empty.summary().counts()).isEqualTo(MeasureCounts.ZERO);
        assertThat(empty.summary().rate()).isNull();
        assertThat(empty.rank()).isNull();
    }

    @Test
    void overallTheTrustWithMoreMeasuresAtTargetRanksFirst() {
        LeagueTable table = LeagueTable.rank(List.of(
                trust("RAA", Map.of(AF_ANTICOAGULATION, decided(12, 8), STROKE_UNIT_WITHIN_4_HOURS, decided(10, 10))),
                trust("RBB", Map.of(AF_ANTICOAGULATION, decided(12, 8), STROKE_UNIT_WITHIN_4_HOURS, decided(18, 2)))));

        assertThat(row(table, "RBB").overall()).isEqualTo(new OverallStanding(1, 2, 2, 0.75));
        assertThat(row(table, "RAA").overall()).isEqualTo(new OverallStanding(2, 1, 2, 0.55));
        assertThat(table.rows()).extracting(LeagueRow::trustCode).containsExactly("RBB", "RAA");
    }

    @Test
    void overallTiesInMeasuresAtTargetAreBrokenByTheMeanRate() {
        LeagueTable table = LeagueTable.rank(List.of(
                trust("RAA", Map.of(AF_ANTICOAGULATION, decided(20, 0), BRAIN_IMAGING_WITHIN_1_HOUR, decided(2, 18))),
                trust("RBB", Map.of(AF_ANTICOAGULATION, decided(12, 8), BRAIN_IMAGING_WITHIN_1_HOUR, decided(8, 12)))));

        assertThat(row(table, "RAA").overall().rank()).isEqualTo(1);
        assertThat(row(table, "RAA").overall().meanRate()).isEqualTo(0.55);
        assertThat(row(table, "RBB").overall().rank()).isEqualTo(2);
        assertThat(row(table, "RBB").overall().meanRate()).isEqualTo(0.5);
    }

    @Test
    void overallEqualCountsAndEqualMeansShareARank() {
        LeagueTable table = LeagueTable.rank(List.of(
                trust("RCC", AF_ANTICOAGULATION, 12, 8),
                trust("RAA", AF_ANTICOAGULATION, 24, 16),
                trust("RBB", AF_ANTICOAGULATION, 2, 18)));

        assertThat(table.rows()).extracting(row -> row.trustCode() + "=" + row.overall().rank())
                .containsExactly("RAA=1", "RCC=1", "RBB=3");
    }

    @Test
    void measuresATrustIsTooSmallToRankForDoNotCountOverall() {
        LeagueTable table = LeagueTable.rank(List.of(
                trust("RAA", Map.of(AF_ANTICOAGULATION, decided(19, 0), STROKE_UNIT_WITHIN_4_HOURS, decided(2, 18)))));

        OverallStanding overall = table.rows().get(0).overall();
        assertThat(overall.measuresRanked()).isEqualTo(1);
        assertThat(overall.measuresAtTarget()).isZero();
        assertThat(overall.meanRate()).isEqualTo(0.1);
    }

    @Test
    void aTrustRankableForNoMeasureIsNotRankedOverallAndListedLast() {
        LeagueTable table = LeagueTable.rank(List.of(
                trust("RAA", AF_ANTICOAGULATION, 5, 0),
                trust("RZZ", AF_ANTICOAGULATION, 2, 18)));

        assertThat(table.rows()).extracting(LeagueRow::trustCode).containsExactly("RZZ", "RAA");
        assertThat(row(table, "RAA").overall()).isEqualTo(new OverallStanding(null, 0, 0, null));
    }

    @Test
    void rowsWithEqualRanksOrUnrankedAreOrderedByTrustCode() {
        LeagueTable table = LeagueTable.rank(List.of(
                trust("RDD", AF_ANTICOAGULATION, 1, 0),
                trust("RCC", AF_ANTICOAGULATION, 12, 8),
                trust("RBB", AF_ANTICOAGULATION, 1, 1),
                trust("RAA", AF_ANTICOAGULATION, 24, 16)));

        assertThat(table.rows()).extracting(LeagueRow::trustCode).containsExactly("RAA", "RCC", "RBB", "RDD");
    }

    @Test
    void rowsCanBeOrderedByOneMeasuresRanking() {
        LeagueTable table = LeagueTable.rank(List.of(
                trust("RAA", Map.of(AF_ANTICOAGULATION, decided(20, 0), STROKE_UNIT_WITHIN_4_HOURS, decided(1, 19))),
                trust("RBB", Map.of(AF_ANTICOAGULATION, decided(10, 10), STROKE_UNIT_WITHIN_4_HOURS, decided(19, 1))),
                trust("RCC", Map.of(AF_ANTICOAGULATION, decided(10, 10)))));

        assertThat(table.rowsBy(STROKE_UNIT_WITHIN_4_HOURS)).extracting(LeagueRow::trustCode)
                .containsExactly("RBB", "RAA", "RCC");
        assertThat(table.rowsBy(AF_ANTICOAGULATION)).extracting(LeagueRow::trustCode)
                .containsExactly("RAA", "RBB", "RCC");
    }

    @Test
    void noTrustsMakeAnEmptyTable() {
        assertThat(LeagueTable.rank(List.of()).rows()).isEmpty();
    }

    @Test
    void aTrustListedTwiceIsRejected() {
        assertThatThrownBy(() -> LeagueTable.rank(List.of(
                trust("RAA", AF_ANTICOAGULATION, 1, 0),
                trust("RAA", AF_ANTICOAGULATION, 2, 0))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("RAA");
    }

    private static TrustFigures trust(String code, Measure measure, long met, long notMet) {
        return trust(code, Map.of(measure, decided(met, notMet)));
    }

    private static TrustFigures trust(String code, Map<Measure, MeasureCounts> counts) {
        return new TrustFigures(code, "Trust " + code, new EnumMap<>(counts));
    }

    private static MeasureCounts decided(long met, long notMet) {
        return new MeasureCounts(met, notMet, 0, 0);
    }

    private static LeagueRow row(LeagueTable table, String code) {
        return table.rows().stream().filter(row -> row.trustCode().equals(code)).findFirst().orElseThrow();
    }

    private static List<String> ranks(LeagueTable table, Measure measure) {
        return table.rowsBy(measure).stream()
                .map(row -> row.trustCode() + "=" + row.standing(measure).rank())
                .toList();
    }
}
