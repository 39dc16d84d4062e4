package cn.civilaffairs.assist.monitoring.internal;

import java.time.Duration;
import java.util.SortedMap;

/**
 * Log-scale duration buckets: bucket 0 is under 15 minutes, bucket k ≥ 1 covers
 * [15 min · 2^((k−1)/2), 15 min · 2^(k/2)), so a bucket is √2 wide and a percentile read back from
 * the counts is within about ±19 % of the true value (the bucket's geometric interpolation).
 * Bucket 40 (about 8 years) takes everything longer.
 */
public final class DurationHistogram {
    static final double BASE_MINUTES = 15.0;
    static final int MAX_BUCKET = 40;

    private DurationHistogram() {}

    public static int bucket(Duration d) {
        double minutes = Math.max(0, d.toMillis()) / 60_000.0;
        if (minutes < BASE_MINUTES) {
            return 0;
        }
        int k = (int) Math.floor(2 * (Math.log(minutes / BASE_MINUTES) / Math.log(2))) + 1;
        return Math.min(k, MAX_BUCKET);
    }

    static double lowerMinutes(int k) {
        return k == 0 ? 0 : BASE_MINUTES * Math.pow(2, (k - 1) / 2.0);
    }

    static double upperMinutes(int k) {
        return BASE_MINUTES * Math.pow(2, k / 2.0);
    }

    /**
     * The q-quantile (0 < q ≤ 1) in hours from counts by bucket, or null for no counts: the bucket that
     * holds the rank, interpolated geometrically by the rank's place inside it (linearly in bucket 0).
     */
    public static Double quantileHours(SortedMap<Integer, Long> counts, double q) {
        long n = counts.values().stream().mapToLong(Long::longValue).sum();
        if (n == 0) {
            return null;
        }
        double rank = Math.max(1, Math.ceil(q * n));
        long before = 0;
        for (var e : counts.entrySet()) {
            long c = e.getValue();
            if (c <= 0) {
                continue;
            }
            if (before + c >= rank) {
                double f = (rank - before - 0.5) / c;
                int k = e.getKey();
                double lo = lowerMinutes(k);
                double hi = upperMinutes(k);
                double minutes = k == 0 ? hi * f : lo * Math.pow(hi / lo, f);
                return Math.round(minutes / 60.0 * 10) / 10.0;
            }
            before += c;
        }
        return null;
    }
}
