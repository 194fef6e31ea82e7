package org.asistream.query.report;

import static org.asistream.query.view.ImagingCount.SCANNED_IN_HOURS;
import static org.asistream.query.view.ImagingCount.SCANNED_OUT_OF_HOURS;
import static org.asistream.query.view.ImagingCount.SCANNED_WITHIN_HOUR_IN_HOURS;
import static org.asistream.query.view.ImagingCount.SCANNED_WITHIN_HOUR_OUT_OF_HOURS;
import static org.asistream.query.view.ImagingCount.THROMBOLYSED;
import static org.asistream.query.view.ImagingCount.THROMBOLYSIS_COHORT;
import static org.asistream.query.view.ImagingCount.TIA_HIGH_RISK;
import static org.asistream.query.view.ImagingCount.TIA_HIGH_RISK_INVESTIGATED_WITH_MRI;
import static org.asistream.query.view.ImagingCount.TIA_HIGH_RISK_SCANNED_WITHIN_2H;
import static org.asistream.query.view.ImagingCount.TIA_HIGH_RISK_SCANNED_WITHIN_6H;

import org.asistream.query.view.Figures;

/**
 * The imaging and treatment figures shown beside the measures (asi-measures.md, "Imaging and treatment figures").
 * In hours is Monday to Friday 08:00-18:00 local time by the clock start, bank holidays excepted; the stream decides
 * which side an episode falls on.
 */
public record ImagingFigures(MinuteSummary doorToScanMinutes, Share scannedWithinHourInHours,
                             Share scannedWithinHourOutOfHours, MinuteSummary scanToReportMinutes,
                             Share thrombolysis, MinuteSummary doorToNeedleMinutes,
                             Share tiaHighRiskScannedWithin2Hours, Share tiaHighRiskScannedWithin6Hours,
                             Share tiaHighRiskInvestigatedWithMri) {

    public static ImagingFigures of(Figures figures) {
        return new ImagingFigures(
                MinuteSummary.of(figures.doorToScanMinutes()),
                Share.of(figures.imaging(SCANNED_WITHIN_HOUR_IN_HOURS), figures.imaging(SCANNED_IN_HOURS)),
                Share.of(figures.imaging(SCANNED_WITHIN_HOUR_OUT_OF_HOURS), figures.imaging(SCANNED_OUT_OF_HOURS)),
                MinuteSummary.of(figures.scanToReportMinutes()),
                Share.of(figures.imaging(THROMBOLYSED), figures.imaging(THROMBOLYSIS_COHORT)),
                MinuteSummary.of(figures.doorToNeedleMinutes()),
                Share.of(figures.imaging(TIA_HIGH_RISK_SCANNED_WITHIN_2H), figures.imaging(TIA_HIGH_RISK)),
                Share.of(figures.imaging(TIA_HIGH_RISK_SCANNED_WITHIN_6H), figures.imaging(TIA_HIGH_RISK)),
                Share.of(figures.imaging(TIA_HIGH_RISK_INVESTIGATED_WITH_MRI), figures.imaging(TIA_HIGH_RISK)));
    }
}
