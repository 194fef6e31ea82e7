package org.asistream.platform.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.asistream.platform.feed.EpisodeRecords.share;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.asistream.schemas.avro.Discharge;
import org.asistream.schemas.avro.DischargeDestination;
import org.asistream.schemas.avro.EventType;
import org.asistream.schemas.avro.PathwayEvent;
import org.asistream.schemas.avro.TiaFirstContact;
import org.asistream.schemas.avro.TransferOut;
import org.asistream.schemas.avro.Trust;
import org.asistream.schemas.avro.Ward;
import org.asistream.schemas.avro.WardEntered;
import org.asistream.schemas.reference.OrganisationHierarchy;
import org.asistream.schemas.reference.ReferenceData;
import org.asistream.schemas.reference.ReferenceDataFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Two months of the bundled registry, without dirt: the shape of the pathways and the differences between trusts. */
class PathwayRealismTest {

    private static final ReferenceData REGISTRY = ReferenceDataFile.syntheticRegistry();
    private static final OrganisationHierarchy HIERARCHY = OrganisationHierarchy.of(REGISTRY);
    private static final FeedSettings CLEAN = FeedSettings.DEFAULT.withDirt(DirtRates.NONE);
    private static EpisodeRecords sample;

    @BeforeAll
    static void generate() {
        sample = episodes(LocalDate.of(2010, 12, 1), LocalDate.of(2011, 1, 31));
    }

    @Test
    void aTransferKeepsTheEpisodeIdAndArrivesAsATransferAtATrustOfTheSameNetwork() {
        List<EpisodeRecords.Episode> transferred = sample.strokes().stream()
                .filter(episode -> episode.has(EventType.TRANSFER_OUT)).toList();

        assertThat(transferred).hasSizeGreaterThan(100);
        assertThat(transferred).allSatisfy(episode -> {
            PathwayEvent out = episode.only(EventType.TRANSFER_OUT).orElseThrow();
            String receiving = ((TransferOut) out.getDetails()).getToTrust();
            PathwayEvent arrival = episode.transferArrivals().get(0);
            assertThat(arrival.getEpisodeId()).isEqualTo(out.getEpisodeId());
            assertThat(arrival.getTrust()).isEqualTo(receiving).isNotEqualTo(out.getTrust());
            assertThat(arrival.getOccurredAt()).isAfter(out.getOccurredAt());
            LocalDate day = London.dateOf(out.getOccurredAt());
            assertThat(HIERARCHY.networkOf(receiving, day)).isEqualTo(HIERARCHY.networkOf(out.getTrust(), day));
            PathwayEvent end = episode.events().stream()
                    .filter(event -> event.getType() == EventType.DISCHARGE || event.getType() == EventType.DEATH)
                    .findFirst().orElseThrow();
            assertThat(end.getTrust()).isEqualTo(receiving);
        });
    }

    @Test
    void someGoToCriticalCareFirstAndMostReachTheStrokeUnit() {
        List<EpisodeRecords.Episode> withWards = sample.strokes().stream()
                .filter(episode -> episode.has(EventType.WARD_ENTERED)).toList();

        assertThat(share(withWards, episode -> firstWard(episode) == Ward.CRITICAL_CARE)).isBetween(0.03, 0.07);
        assertThat(share(withWards, episode -> episode.ofType(EventType.WARD_ENTERED).stream()
                .anyMatch(event -> ((WardEntered) event.getDetails()).getWard() == Ward.STROKE_UNIT)))
                .isGreaterThan(0.8);
    }

    @Test
    void psychologicalSupportAndSixMonthReviewsComeMonthsLater() {
        List<Duration> reviewsAfterDischarge = sample.trueStrokes().stream()
                .filter(episode -> episode.has(EventType.FOLLOW_UP_REVIEW))
                .map(episode -> Duration.between(episode.only(EventType.DISCHARGE).orElseThrow().getOccurredAt(),
                        episode.only(EventType.FOLLOW_UP_REVIEW).orElseThrow().getOccurredAt()))
                .toList();

        assertThat(reviewsAfterDischarge).isNotEmpty()
                .filteredOn(after -> after.toDays() < 90 || after.toDays() > 270).isEmpty();
        assertThat(share(sample.trueStrokes(), episode -> episode.has(EventType.PSYCHOLOGICAL_SUPPORT)))
                .isBetween(0.2, 0.6);
    }

    @Test
    void tiaPatientsHaveAnAbcd2ScoreAndAreInvestigatedAndTreated() {
        List<EpisodeRecords.Episode> tias = sample.tias();

        assertThat(tias).filteredOn(episode -> episode.first().getType() != EventType.TIA_FIRST_CONTACT
                || abcd2(episode) < 0 || abcd2(episode) > 7).isEmpty();
        assertThat(share(tias, episode -> abcd2(episode) >= 4))
                .isBetween(0.6, 0.7);
        assertThat(share(tias, episode -> episode.has(EventType.TIA_INVESTIGATION))).isGreaterThan(0.95);
        assertThat(share(tias, episode -> episode.has(EventType.TIA_TREATMENT_STARTED))).isBetween(0.93, 0.97);
    }

    @Test
    void earlySupportedDischargeIsMoreLikelyWhereTheTrustRunsAnEsdTeam() {
        Map<String, Boolean> esdTeam = REGISTRY.trusts().stream()
                .collect(Collectors.toMap(Trust::getCode, Trust::getEsdTeam));
        List<PathwayEvent> dischargesHome = sample.trueStrokes().stream()
                .flatMap(episode -> episode.ofType(EventType.DISCHARGE).stream())
                .filter(event ->
                        ((Discharge) event.getDetails()).getDestination() == DischargeDestination.USUAL_RESIDENCE)
                .toList();

        double withTeam = esdShare(dischargesHome.stream().filter(event -> esdTeam.get(event.getTrust())).toList());
        double withoutTeam = esdShare(dischargesHome.stream().filter(event -> !esdTeam.get(event.getTrust())).toList());

        assertThat(withTeam).isGreaterThan(0.3);
        assertThat(withoutTeam).isLessThan(0.1);
    }

    @Test
    void trustsDifferInHowFastTheyScan() {
        Map<String, List<EpisodeRecords.Episode>> byTrust = sample.trueStrokes().stream()
                .filter(episode -> !episode.isInHospitalStroke())
                .collect(Collectors.groupingBy(EpisodeRecords.Episode::firstTrust));
        List<Double> withinAnHour = byTrust.values().stream()
                .filter(episodes -> episodes.size() >= 50)
                .map(PathwayRealismTest::scannedWithinAnHour)
                .sorted(Comparator.naturalOrder())
                .toList();

        assertThat(withinAnHour).hasSizeGreaterThan(50);
        double lowestDecile = withinAnHour.get(withinAnHour.size() / 10);
        double highestDecile = withinAnHour.get(withinAnHour.size() * 9 / 10);
        assertThat(highestDecile - lowestDecile).isGreaterThan(0.2);
    }

    @Test
    void trustsScanFasterInHoursThanOutOfHours() {
        List<EpisodeRecords.Episode> arriving = sample.trueStrokes().stream()
                .filter(episode -> !episode.isInHospitalStroke()).toList();

        double inHours = scannedWithinAnHour(
                arriving.stream().filter(episode -> London.inHours(episode.clockStart())).toList());
        double outOfHours = scannedWithinAnHour(
                arriving.stream().filter(episode -> !London.inHours(episode.clockStart())).toList());

        assertThat(inHours - outOfHours).isGreaterThan(0.05);
    }

    @Test
    void theNationImprovesFromApril2010ToMarch2011() {
        double april2010 = scannedWithinAnHour(
                episodes(LocalDate.of(2010, 4, 1), LocalDate.of(2010, 4, 30)).trueStrokes());
        double march2011 = scannedWithinAnHour(
                episodes(LocalDate.of(2011, 3, 1), LocalDate.of(2011, 3, 31)).trueStrokes());

        assertThat(march2011 - april2010).isGreaterThan(0.05);
    }

    private static EpisodeRecords episodes(LocalDate from, LocalDate to) {
        return EpisodeRecords.of(new SyntheticEpisodes(REGISTRY, 5, CLEAN).between(from, to));
    }

    private static int abcd2(EpisodeRecords.Episode episode) {
        return ((TiaFirstContact) episode.first().getDetails()).getAbcd2();
    }

    private static Ward firstWard(EpisodeRecords.Episode episode) {
        return ((WardEntered) episode.ofType(EventType.WARD_ENTERED).get(0).getDetails()).getWard();
    }

    private static double scannedWithinAnHour(List<EpisodeRecords.Episode> episodes) {
        return share(episodes, episode -> episode.sinceClockStart(EventType.BRAIN_IMAGING)
                .filter(sinceStart -> sinceStart.compareTo(Duration.ofHours(1)) <= 0).isPresent());
    }

    private static double esdShare(List<PathwayEvent> discharges) {
        return (double) discharges.stream().filter(event -> ((Discharge) event.getDetails()).getEsdSupport()).count()
                / discharges.size();
    }
}
