package org.asistream.query.statistics;

import java.util.Arrays;

/** Bin(n, p): the number of successes in n independent trials, each a success with probability p. */
final class BinomialDistribution {

    private final int trials;
    private final double[] cumulative;

    BinomialDistribution(int trials, double successProbability) {
        if (trials < 0 || !(successProbability >= 0 && successProbability <= 1)) {
            throw new IllegalArgumentException("needs n >= 0 and 0 <= p <= 1, got n=" + trials
                    + ", p=" + successProbability);
        }
        this.trials = trials;
        double[] weight = weightsRelativeToMode(trials, successProbability);
        double[] running = new double[trials + 1];
        double sum = 0;
        for (int k = 0; k <= trials; k++) {
            sum += weight[k];
            running[k] = sum;
        }
        final double total = sum;
        // Dividing by the last running sum makes P(X <= n) exactly 1, so every quantile below 1 is found.
        this.cumulative = Arrays.stream(running).map(s -> s / total).toArray();
    }

    /**
     * P(X = k) up to a common factor, by the ratio of neighbouring terms walked out from the mode (whose weight is
     * 1). No factorials are formed, so nothing overflows for large n; terms far in the tails underflow to 0, which
     * is their value to double precision anyway.
     */
    private static double[] weightsRelativeToMode(int n, double p) {
        double[] weight = new double[n + 1];
        int mode = (int) Math.min(n, Math.floor((n + 1) * p));
        weight[mode] = 1;
        double oddsUp = p / (1 - p);
        for (int k = mode + 1; k <= n; k++) {
            weight[k] = weight[k - 1] * (n - k + 1) / k * oddsUp;
        }
        double oddsDown = (1 - p) / p;
        for (int k = mode - 1; k >= 0; k--) {
            weight[k] = weight[k + 1] * (k + 1) / (n - k) * oddsDown;
        }
        return weight;
    }

    int trials() {
        return trials;
    }

    /** P(X <= r). */
    double cumulative(int r) {
        if (r < 0) {
            return 0;
        }
        return r >= trials ? 1 : cumulative[r];
    }

    /** The smallest r with P(X <= r) >= q, for 0 < q <= 1. */
    int quantile(double q) {
        if (!(q > 0 && q <= 1)) {
            throw new IllegalArgumentException("quantile level must be in (0, 1], got " + q);
        }
        int index = Arrays.binarySearch(cumulative, q);
        if (index < 0) {
            return -index - 1;
        }
        // Several r may share this cumulative value when some probabilities are 0; the smallest one is wanted.
        while (index > 0 && cumulative[index - 1] >= q) {
            index--;
        }
        return index;
    }
}
