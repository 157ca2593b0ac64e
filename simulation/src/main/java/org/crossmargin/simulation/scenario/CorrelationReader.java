package org.crossmargin.simulation.scenario;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a {@code correlations:} mapping of {@code A-B: rho} pairs into a {@link CorrelationMatrix} over the
 * scenario's markets (unspecified pairs 0), checks it is positive semi-definite and, when the scenario allows it,
 * replaces a matrix that is not by the nearest correlation matrix with a warning.
 */
final class CorrelationReader {
    private CorrelationReader() {
    }

    /**
     * The matrix under {@code key} of {@code parent}: the identity when absent, null when bad (problems logged).
     *
     * @param markets market names in column order
     * @param repair  {@code repair_correlation}: repair a non-PSD matrix instead of rejecting it
     */
    static CorrelationMatrix read(YamlSection parent, String key, List<String> markets, boolean repair) {
        ProblemLog log = parent.log();
        YamlSection pairs = parent.section(key, false, "a mapping of market pairs to correlations (BTC-ETH: 0.8)");
        if (!pairs.isPresent()) {
            return parent.has(key) ? null : CorrelationMatrix.identity(markets.size());
        }
        final int before = log.count();
        final int n = markets.size();
        double[][] entries = new double[n][n];
        for (int i = 0; i < n; i++) {
            entries[i][i] = 1.0;
        }
        Map<String, YamlNode> seen = new HashMap<>();
        for (Map.Entry<String, YamlNode> pair : pairs.entries().entrySet()) {
            String name = pair.getKey();
            YamlNode value = pair.getValue();
            String field = pairs.field(name);
            String[] sides = name.split("-", -1);
            if (sides.length != 2 || sides[0].isBlank() || sides[1].isBlank()) {
                log.addAtKey(value, field, "expected a pair of markets written A-B (BTC-ETH), got \"" + name + "\"");
                continue;
            }
            int i = column(sides[0], markets, value, field, log);
            int j = column(sides[1], markets, value, field, log);
            Double rho = pairs.number(value, field, "a correlation in [-1, 1]", r -> r >= -1 && r <= 1);
            if (i < 0 || j < 0) {
                continue;
            }
            if (i == j) {
                log.addAtKey(value, field, "a market's correlation with itself is 1; expected a pair of two "
                        + "different markets");
                continue;
            }
            // a pair is "given" whatever its value, so a repeat is reported even when the first had a bad value
            String canonical = i < j ? sides[0] + "-" + sides[1] : sides[1] + "-" + sides[0];
            YamlNode first = seen.putIfAbsent(canonical, value);
            if (first != null) {
                log.addAtKey(value, field, "pair given twice (first on line " + first.keyLine()
                        + "); expected each pair once");
                continue;
            }
            if (rho == null) {
                continue;
            }
            entries[i][j] = rho;
            entries[j][i] = rho;
        }
        if (log.count() != before) {
            return null;
        }
        return positiveSemiDefinite(entries, markets, repair, pairs);
    }

    private static int column(String market, List<String> markets, YamlNode value, String field, ProblemLog log) {
        int column = markets.indexOf(market);
        if (column < 0) {
            log.addAtKey(value, field, DidYouMean.unknown("market \"" + market + "\"", market, markets));
        }
        return column;
    }

    /** The matrix if PSD; else the repaired one with a warning, or null with a problem naming the eigenvalue. */
    private static CorrelationMatrix positiveSemiDefinite(double[][] entries, List<String> markets, boolean repair,
                                                          YamlSection pairs) {
        double smallest = NearestCorrelation.smallestEigenvalue(entries);
        if (smallest >= -NearestCorrelation.PSD_TOLERANCE) {
            return CorrelationMatrix.of(entries);
        }
        String eigenvalue = String.format(Locale.ROOT, "%.6g", smallest);
        if (!repair) {
            pairs.log().addAtKey(pairs.node(), pairs.path(), "the correlation matrix is not positive semi-definite "
                    + "(most negative eigenvalue " + eigenvalue + "); expected a valid correlation matrix: fix the "
                    + "pairs, or set repair_correlation: true to use the nearest one");
            return null;
        }
        double[][] repaired = NearestCorrelation.of(entries);
        double largest = 0;
        String where = "";
        for (int i = 0; i < entries.length; i++) {
            for (int j = i + 1; j < entries.length; j++) {
                double change = Math.abs(repaired[i][j] - entries[i][j]);
                if (change > largest) {
                    largest = change;
                    where = markets.get(i) + "-" + markets.get(j) + " " + fixed(entries[i][j]) + " -> "
                            + fixed(repaired[i][j]);
                }
            }
        }
        pairs.log().warn(pairs.node(), pairs.path(), "the correlation matrix is not positive semi-definite (most "
                + "negative eigenvalue " + eigenvalue + "); replaced by the nearest correlation matrix (Higham 2002), "
                + "largest change " + fixed(largest) + " at " + where);
        return CorrelationMatrix.of(repaired);
    }

    private static String fixed(double value) {
        return String.format(Locale.ROOT, "%.4f", value);
    }
}
