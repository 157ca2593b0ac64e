package org.crossmargin.simulation.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads a scenario's {@code shocks:} list: when, over how long, the moves per market and an optional recovery. */
final class ShockReader {
    private static final String EXPECTED = "a mapping with at, over, moves and optionally recovery";

    private ShockReader() {
    }

    /**
     * The shocks, or null when any is bad (problems logged).
     *
     * @param horizonSeconds the scenario's horizon, or null when it was bad (then "outside the horizon" is not
     *                       checked)
     */
    static List<Shock> read(YamlSection scenario, List<String> markets, Long horizonSeconds) {
        ProblemLog log = scenario.log();
        final int before = log.count();
        List<YamlNode> items = scenario.list("shocks", false, "a list of shocks, each " + EXPECTED);
        List<Shock> shocks = new ArrayList<>();
        for (int k = 0; k < items.size(); k++) {
            YamlSection shock = YamlSection.of(log, "shocks[" + k + "]", items.get(k), EXPECTED);
            if (!shock.isPresent()) {
                continue;
            }
            shock.allowOnly(List.of("at", "over", "moves", "recovery"));
            Long at = shock.duration("at", 0);
            if (at != null && horizonSeconds != null && at >= horizonSeconds) {
                log.add(shock.get("at"), shock.field("at"), "the shock starts at or after the end of the horizon "
                        + Durations.format(horizonSeconds) + " (outside the horizon); expected a time before it");
            }
            Long over = shock.duration("over", 0);
            Map<String, Double> moves = moves(shock, markets);
            Optional<Recovery> recovery = recovery(shock);
            if (at != null && over != null && moves != null && recovery != null) {
                shocks.add(new Shock(at, over, moves, recovery));
            }
        }
        return log.count() == before ? shocks : null;
    }

    private static Map<String, Double> moves(YamlSection shock, List<String> markets) {
        ProblemLog log = shock.log();
        final int before = log.count();
        YamlSection moves = shock.section("moves", true, "a mapping of markets to price changes (BTC: -0.30)");
        if (moves.isPresent() && moves.entries().isEmpty()) {
            log.add(moves.node(), moves.path(), "expected at least one market's move, got none");
        }
        Map<String, Double> read = new LinkedHashMap<>();
        for (Map.Entry<String, YamlNode> entry : moves.entries().entrySet()) {
            String market = entry.getKey();
            if (markets != null && !markets.contains(market)) {
                log.addAtKey(entry.getValue(), moves.field(market),
                        DidYouMean.unknown("market \"" + market + "\"", market, markets));
                continue;
            }
            Double move = moves.number(entry.getValue(), moves.field(market),
                    "a price change > -1 (a fall of less than 100%)", m -> m > -1 && m < Double.POSITIVE_INFINITY);
            if (move != null) {
                read.put(market, move);
            }
        }
        return log.count() == before && moves.isPresent() ? read : null;
    }

    /** The recovery: empty when absent, null when bad. */
    private static Optional<Recovery> recovery(YamlSection shock) {
        if (!shock.has("recovery")) {
            return Optional.empty();
        }
        YamlSection recovery = shock.section("recovery", false, "a mapping {fraction, over}");
        if (!recovery.isPresent()) {
            return null;
        }
        recovery.allowOnly(List.of("fraction", "over"));
        Double fraction = recovery.number("fraction", "a share of the fall regained in [0, 1]", f -> f >= 0 && f <= 1);
        Long over = recovery.duration("over", 1);
        return fraction == null || over == null ? null : Optional.of(new Recovery(fraction, over));
    }
}
