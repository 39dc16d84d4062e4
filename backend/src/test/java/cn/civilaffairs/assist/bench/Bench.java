package cn.civilaffairs.assist.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/** What every benchmark here shares: a percentile of sorted timings, and one statement on the MariaDB server. */
final class Bench {
    private Bench() {}

    static double p(double[] sorted, int percentile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1)];
    }

    static void exec(String url, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(url, "root", ""); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
