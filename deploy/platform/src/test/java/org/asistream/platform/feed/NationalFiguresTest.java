package org.asistream.platform.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.asistream.platform.feed.EpisodeRecords.share;

import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.asistream.schemas.avro.Discharge;
import org.asistream.schemas.avro.EventType;
import org.asistream.schemas.reference.ReferenceDataFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Four months of the bundled registry at England's volume, without dirt, against the national figures. */
class NationalFiguresTest {

    private static final NationalFigures FIGURES = NationalFigures.ENGLAND;
    private static final LocalDate FROM = LocalDate.of(2010, 4, 1);
    private static final LocalDate TO = LocalDate.of(2010, 7, 31);
    private static EpisodeRecords sample;

    @BeforeAll
    static void generate() {
        sample = EpisodeRecords.of(new SyntheticEpisodes(ReferenceDataFile.syntheticRegistry(), 11,
                FeedSettings.DEFAULT.withDirt(DirtRates.NONE)).between(FROM, TO));
    }

    @Test
    void strokeAdmissionsFollowTheNationalVolumeAndTiasAreAboutHalfAsMany() {
        double days = ChronoUnit.DAYS.between(FROM, TO) + 1;

        assertThat(sample.strokes().size()).isCloseTo((int) (FIGURES.strokeAdmissionsPerYear() * days / 365.25),
                withinPercent(3));
        assertThat(sample.tias().size()).isCloseTo((int) (FIGURES.tiaPatientsPerYear() * days / 365.25),
                withinPercent(3));
    }

    @Test
    void arrivalsFollowTheHourOfDayProfile() {
        for (int band = 0; band < 8; band++) {
            int firstHour = band * 3;
            double observed = share(sample.strokes(), episode -> {
                int hour = episode.clockStart().atZone(London.ZONE).getHour();
                return hour >= firstHour && hour < firstHour + 3;
            });
            assertThat(observed).as("arrivals from %02d:00", firstHour)
                    .isCloseTo(FIGURES.arrivalShareByThreeHours().get(band), within(0.01));
        }
    }

    @Test
    void fewerPatientsArriveAtWeekends() {
        double weekend = share(sample.strokes(), episode -> London.isWeekend(London.dateOf(episode.clockStart())));
        double weekendTia = share(sample.tias(), episode -> London.isWeekend(London.dateOf(episode.clockStart())));

        // 2 days in 7 would be 28.6%.
        assertThat(weekend).isBetween(0.24, 0.27);
        assertThat(weekendTia).isBetween(0.17, 0.22);
    }

    @Test
    void aboutOneStrokeInTwentyBeginsInHospital() {
        assertThat(share(sample.strokes(), EpisodeRecords.Episode::isInHospitalStroke))
                .isCloseTo(FIGURES.inHospitalOnset(), within(0.005));
    }

    @Test
    void someSuspectedStrokesAreMimics() {
        assertThat(share(sample.strokes(), EpisodeRecords.Episode::isMimic)).isCloseTo(FIGURES.mimics(), within(0.01));
    }

    @Test
    void thrombolysisFollowsTheNationalRateAmongStrokesArrivingFromOutside() {
        List<EpisodeRecords.Episode> arrivingStrokes = sample.trueStrokes().stream()
                .filter(episode -> !episode.isInHospitalStroke()).toList();

        assertThat(share(arrivingStrokes, episode -> episode.has(EventType.THROMBOLYSIS)))
                .isCloseTo(FIGURES.thrombolysis(), within(0.015));
        assertThat(sample.all()).filteredOn(EpisodeRecords.Episode::isMimic)
                .noneMatch(episode -> episode.has(EventType.THROMBOLYSIS));
    }

    @Test
    void aboutOnePatientInFiveIsDischargedInAtrialFibrillationWithAnAnticoagulationDecision() {
        List<Discharge> discharges = sample.strokes().stream()
                .flatMap(episode -> episode.ofType(EventType.DISCHARGE).stream())
                .map(event -> (Discharge) event.getDetails())
                .toList();

        assertThat((double) discharges.stream().filter(Discharge::getInAtrialFibrillation).count() / discharges.size())
                .isCloseTo(FIGURES.atrialFibrillation(), within(0.01));
        assertThat(discharges)
                .filteredOn(discharge ->
                        (discharge.getAnticoagulation() != null) != discharge.getInAtrialFibrillation())
                .isEmpty();
    }

    @Test
    void aboutOneStrokePatientInSixDiesWithin30Days() {
        assertThat(share(sample.trueStrokes(), episode -> episode.sinceClockStart(EventType.DEATH)
                .filter(sinceStart -> sinceStart.compareTo(Duration.ofDays(30)) < 0).isPresent()))
                .isCloseTo(FIGURES.deathWithin30Days(), within(0.01));
    }

    @Test
    void somePatientsDieAfterBeingDischarged() {
        assertThat(share(sample.trueStrokes(), episode -> episode.has(EventType.DISCHARGE)
                && episode.has(EventType.DEATH))).isBetween(0.03, 0.12);
    }

    @Test
    void theMedianStayOfPatientsDischargedAliveIsAboutNineDays() {
        List<Long> stays = sample.trueStrokes().stream()
                .flatMap(episode -> episode.sinceClockStart(EventType.DISCHARGE).stream())
                .map(Duration::toHours)
                .sorted()
                .toList();

        assertThat(stays.get(stays.size() / 2) / 24.0).isCloseTo(FIGURES.medianStay().toDays(), within(1.0));
    }

    private static org.assertj.core.data.Percentage withinPercent(double percent) {
        return org.assertj.core.data.Percentage.withPercentage(percent);
    }
}
