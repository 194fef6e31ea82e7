package org.asistream.faults;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.asistream.schemas.avro.OutcomeCounts;
import org.asistream.schemas.avro.TrustDayView;

/** Compares published views with a recomputation, and says precisely how they differ when they do. */
final class ViewsAssert {

    static void assertViewsEqual(Map<String, TrustDayView> published, Map<String, TrustDayView> expected, String what) {
        if (published.equals(expected)) {
            return;
        }
        Set<String> keys = new TreeSet<>(expected.keySet());
        keys.addAll(published.keySet());
        List<String> missing = new ArrayList<>();
        List<String> extra = new ArrayList<>();
        List<String> different = new ArrayList<>();
        for (String key : keys) {
            TrustDayView want = expected.get(key);
            TrustDayView got = published.get(key);
            if (got == null) {
                missing.add(key);
            } else if (want == null) {
                extra.add(key);
            } else if (!want.equals(got)) {
                different.add(key + ": expected " + want + "\n      published " + got);
            }
        }
        throw new AssertionError(what + ": the published views differ from the recomputation from scratch ("
                + expected.size() + " expected buckets, " + published.size() + " published): "
                + missing.size() + " missing " + head(missing) + ", "
                + extra.size() + " extra " + head(extra) + ", "
                + different.size() + " different " + head(different)
                + "; outcomes counted over all measures: published " + outcomes(published) + ", expected " + outcomes(expected));
    }

    /** Every episode outcome the views count: met, not met, pending and excluded, over every measure and bucket. */
    static long outcomes(Map<String, TrustDayView> views) {
        long total = 0;
        for (TrustDayView view : views.values()) {
            for (OutcomeCounts counts : view.getMeasures().values()) {
                total += counts.getMet() + counts.getNotMet() + counts.getPending() + counts.getExcluded();
            }
        }
        return total;
    }

    private static String head(List<String> items) {
        return items.isEmpty() ? "" : items.subList(0, Math.min(3, items.size())).toString();
    }

    private ViewsAssert() {
    }
}
