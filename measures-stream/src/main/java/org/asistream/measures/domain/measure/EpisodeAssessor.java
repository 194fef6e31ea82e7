package org.asistream.measures.domain.measure;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Objects;

import org.asistream.measures.domain.episode.EpisodeFacts;
import org.asistream.measures.domain.episode.EpisodeLog;
import org.asistream.measures.domain.event.PathwayEvent;
import org.asistream.measures.domain.time.BankHolidays;

/**
 * Judges an episode against every measure. A pure function of the log, the platform's clock and the bank holidays:
 * the same inputs give an equal assessment, whatever order the events arrived in.
 */
public final class EpisodeAssessor {

    private static final List<MeasureRule> RULES = List.of(
            new AfAnticoagulation(),
            new StrokeUnitWithinFourHours(),
            new StayOnStrokeUnit(),
            BrainImaging.WITHIN_1_HOUR,
            BrainImaging.WITHIN_24_HOURS,
            new HighRiskTia(),
            new PsychologicalSupport(),
            new JointCarePlan(),
            new FollowUpReview(),
            new EarlySupportedDischarge());

    private final BankHolidays bankHolidays;

    public EpisodeAssessor(BankHolidays bankHolidays) {
        this.bankHolidays = Objects.requireNonNull(bankHolidays, "bankHolidays");
    }

    public EpisodeAssessment assess(EpisodeLog log, Instant now) {
        EpisodeFacts facts = EpisodeFacts.of(log);
        EnumMap<Measure, MeasureOutcome> outcomes = new EnumMap<>(Measure.class);
        Instant nextDeadline = null;
        for (MeasureRule rule : RULES) {
            MeasureOutcome outcome = rule.assess(facts, now);
            if (outcome != null) {
                outcomes.put(outcome.measure(), outcome);
                if (outcome.state() == OutcomeState.PENDING) {
                    nextDeadline = earlier(nextDeadline, outcome.deadline());
                }
            }
        }
        TiaTariff tariff = TiaTariff.of(facts, outcomes.get(Measure.HIGH_RISK_TIA_WITHIN_24_HOURS), now);
        PathwayEvent firstContact = facts.tiaFirstContact();
        if (tariff == null && firstContact != null) {
            nextDeadline = earlier(nextDeadline, TiaTariff.dueAfter(firstContact));
        }
        Instant openStayReported = Completeness.openStayReportedAfter(facts);
        if (openStayReported != null && !now.isAfter(openStayReported)) {
            nextDeadline = earlier(nextDeadline, openStayReported);
        }
        return new EpisodeAssessment(outcomes, HyperacuteFigures.of(facts, bankHolidays), TiaFigures.of(facts),
                tariff, Completeness.gaps(facts, now), nextDeadline);
    }

    private static Instant earlier(Instant current, Instant candidate) {
        return current == null || candidate.isBefore(current) ? candidate : current;
    }
}
