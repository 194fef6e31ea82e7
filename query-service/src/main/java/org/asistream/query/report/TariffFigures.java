package org.asistream.query.report;

import java.math.BigDecimal;
import org.asistream.query.view.Figures;

/** The TIA Best Practice Tariff earned and forgone, in pounds, over the TIA episodes whose tariff is decided. */
public record TariffFigures(long episodes, BigDecimal earned, BigDecimal forgone, String currency) {

    public static TariffFigures of(Figures.Tariff tariff) {
        return new TariffFigures(tariff.episodes(), BigDecimal.valueOf(tariff.earnedPence(), 2),
                BigDecimal.valueOf(tariff.forgonePence(), 2), "GBP");
    }
}
