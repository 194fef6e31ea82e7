package org.asistream.query.testing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.asistream.schemas.avro.DataQualityView;
import org.asistream.schemas.avro.ImagingCounts;
import org.asistream.schemas.avro.Membership;
import org.asistream.schemas.avro.Network;
import org.asistream.schemas.avro.Region;
import org.asistream.schemas.avro.Trust;
import org.asistream.schemas.reference.ReferenceData;

/**
 * The organisations and views every API test reads. Figures are small round numbers so that expected answers can be
 * worked out by hand; the comments give the sums the tests rely on.
 *
 * <ul>
 *   <li>R1: networks N1 (T01, T02, T04, and T03 until 2010-12-31) and N2 (T05, and T03 from 2011-01-01).</li>
 *   <li>R2: N3 (T06); N7 and N8, between which M1 moves on 2011-01-01 (the re-attribution test moves it again);
 *       N9 (L1, L2), whose January 2010 figures the live tests change.</li>
 *   <li>asOf is 2011-03-20T12:00Z: the earlier of the two partition clocks.</li>
 * </ul>
 */
public final class Fixture {

    public static final Instant AS_OF = Instant.parse("2011-03-20T12:00:00Z");
    public static final LocalDate LONG_AGO = LocalDate.of(2000, 1, 1);
    public static final LocalDate T03_MOVES = LocalDate.of(2011, 1, 1);

    private Fixture() {
    }

    public static ReferenceData reference() {
        return new ReferenceData(
                List.of(new Region("R1", "North of England"), new Region("R2", "South of England")),
                List.of(new Network("N1", "Northern Stroke Network", "R1", List.of()),
                        new Network("N2", "Lakes Stroke Network", "R1", List.of()),
                        new Network("N3", "Southern Stroke Network", "R2", List.of()),
                        new Network("N7", "Western Stroke Network", "R2", List.of()),
                        new Network("N8", "Eastern Stroke Network", "R2", List.of()),
                        new Network("N9", "Lune Stroke Network", "R2", List.of())),
                List.of(trust("T01", "Aire Valley Hospitals", true, "N1"),
                        trust("T02", "Beck Royal Infirmary", false, "N1"),
                        new Trust("T03", "Calder General", false, List.of(
                                new Membership("N1", LONG_AGO), new Membership("N2", T03_MOVES))),
                        trust("T04", "Derwent Community Hospital", false, "N1"),
                        trust("T05", "Eden Hospitals", false, "N2"),
                        trust("T06", "Frome Hospitals", false, "N3"),
                        m1MovingOn(T03_MOVES),
                        trust("L1", "Lune Hospitals", false, "N9"),
                        trust("L2", "Lyn Royal Hospital", false, "N9")));
    }

    /** M1: in N7 until the day before {@code moves}, in N8 from it. */
    public static Trust m1MovingOn(LocalDate moves) {
        return new Trust("M1", "Mersey Hospitals", false, List.of(
                new Membership("N7", LONG_AGO), new Membership("N8", moves)));
    }

    private static Trust trust(String code, String name, boolean esdTeam, String network) {
        return new Trust(code, name, esdTeam, List.of(new Membership(network, LONG_AGO)));
    }

    public static void write(ViewTopicsWriter writer) {
        writer.reference(reference());
        for (int month = 0; month < 12; month++) {
            LocalDate first = LocalDate.of(2010, 4, 1).plusMonths(month);
            // T01: 4a 3 met 1 not met, measure 2 two met one pending, each month (FY2010: 4a 36/48, 2 24/24).
            TrustDay t01 = TrustDay.of("T01", first.withDayOfMonth(10).toString())
                    .measure("4a", 3, 1, 0, 0).measure("2", 2, 0, 1, 0);
            if (month == 0) {
                t01.doorToScan(20, 1, 30, 2, 45, 1, 70, 1, 200, 1).scanToReport(15, 2, 40, 1).doorToNeedle(50, 1, 65, 1)
                        .imaging(new ImagingCounts(4L, 3L, 2L, 1L, 4L, 2L, 5L, 2L, 4L, 1L))
                        .tariff(3, 162_600, 9_200)
                        .incomplete(2, Map.of("BRAIN_IMAGING", 1L, "DISCHARGE_DETAILS", 1L));
            }
            writer.trustDay(t01);
            // T02: as T01 for 4a (a tie), measure 2 one met one not met (FY2010 12/24).
            writer.trustDay(TrustDay.of("T02", first.withDayOfMonth(12).toString())
                    .measure("4a", 3, 1, 0, 0).measure("2", 1, 1, 0, 0));
        }
        // T03 in N1 until 2010-12-31 (4a 15/25), in N2 from 2011-01-01 (4a 7/10).
        writer.trustDay(TrustDay.of("T03", "2010-06-15").measure("4a", 10, 10, 0, 0));
        writer.trustDay(TrustDay.of("T03", "2010-12-31").measure("4a", 5, 0, 0, 0));
        writer.trustDay(TrustDay.of("T03", "2011-01-01").measure("4a", 7, 3, 0, 0));
        // T04: too few to rank.
        writer.trustDay(TrustDay.of("T04", "2010-05-05").measure("4a", 2, 3, 0, 0));
        writer.trustDay(TrustDay.of("T05", "2010-07-01").measure("4a", 20, 5, 0, 0));
        writer.trustDay(TrustDay.of("T06", "2010-08-01").measure("4a", 1, 0, 0, 0));
        writer.trustDay(TrustDay.of("M1", "2010-12-31").measure("4a", 4, 0, 0, 0));
        writer.trustDay(TrustDay.of("M1", "2011-01-15").measure("4a", 6, 0, 0, 0));
        // Measure 7 around the rolling windows' edges (asOf 2011-03-20): last-30-days is 2011-02-19..2011-03-20.
        writer.trustDay(TrustDay.of("T01", "2011-02-18").measure("7", 1, 0, 0, 0));
        writer.trustDay(TrustDay.of("T01", "2011-02-19").measure("7", 2, 0, 0, 0));
        writer.trustDay(TrustDay.of("T01", "2011-03-20").measure("7", 4, 0, 0, 0));
        writer.trustDay(TrustDay.of("T01", "2011-03-21").measure("7", 8, 0, 0, 0));
        // The live network, January 2010.
        writer.trustDay(TrustDay.of("L1", "2010-01-05").measure("4a", 15, 10, 0, 0));
        writer.trustDay(TrustDay.of("L2", "2010-01-05").measure("4a", 12, 8, 0, 0));

        writer.dataQuality(new DataQualityView("T01", Instant.parse("2011-03-20T10:00:00Z"),
                Instant.parse("2011-03-20T10:00:05Z"), 500L, 3L,
                Map.of("duplicate event id with different content", 2L, "unknown trust", 1L), 4L, 7L,
                Map.of("invalid-events", 3L, "invalid-events:occurredAt", 6L, "invalid-events:trust", 1L,
                        "malformed-json", 1L)));
        writer.clock(0, AS_OF);
        writer.clock(1, Instant.parse("2011-03-22T00:00:00Z"));
    }
}
