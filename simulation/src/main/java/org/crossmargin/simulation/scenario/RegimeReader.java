package org.crossmargin.simulation.scenario;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads a {@code type: regime-switching} model: its start regime and each regime's volatilities, correlations and
 * transitions. */
final class RegimeReader {
    private final YamlSection model;
    private final List<String> markets;
    private final CorrelationMatrix scenarioCorrelations;
    private final boolean repair;

    RegimeReader(YamlSection model, List<String> markets, CorrelationMatrix scenarioCorrelations, boolean repair) {
        this.model = model;
        this.markets = markets;
        this.scenarioCorrelations = scenarioCorrelations;
        this.repair = repair;
    }

    /** The model, or null when bad (problems logged). */
    RegimeSwitchingSpec read() {
        model.allowOnly(List.of("type", "start", "regimes"));
        ProblemLog log = model.log();
        final int before = log.count();
        YamlSection regimes = model.section("regimes", true, "a mapping of regime names to regimes");
        List<String> names = new ArrayList<>(regimes.entries().keySet());
        if (regimes.isPresent() && names.isEmpty()) {
            log.add(regimes.node(), regimes.path(), "expected at least one regime, got none");
        }
        String start = model.text("start", "the name of the regime every path starts in");
        if (start != null && regimes.isPresent() && !names.contains(start)) {
            log.add(model.get("start"), model.field("start"), DidYouMean.unknown("regime \"" + start + "\"", start,
                    names));
        }
        List<Regime> read = new ArrayList<>();
        for (Map.Entry<String, YamlNode> entry : regimes.entries().entrySet()) {
            Regime regime = regime(entry.getKey(), YamlSection.of(log, regimes.field(entry.getKey()),
                    entry.getValue(), "a mapping with volatilities, correlations, transitions"), names);
            if (regime != null) {
                read.add(regime);
            }
        }
        if (log.count() != before || read.size() != names.size()) {
            return null;
        }
        return new RegimeSwitchingSpec(start, read);
    }

    private Regime regime(String name, YamlSection regime, List<String> names) {
        if (!regime.isPresent()) {
            return null;
        }
        regime.allowOnly(List.of("volatilities", "correlations", "transitions"));
        ProblemLog log = regime.log();
        final int before = log.count();
        Map<String, Double> volatilities = new LinkedHashMap<>();
        YamlSection vols = regime.section("volatilities", false, "a mapping of markets to annual volatilities");
        for (Map.Entry<String, YamlNode> entry : vols.entries().entrySet()) {
            String market = entry.getKey();
            if (markets != null && !markets.contains(market)) {
                log.addAtKey(entry.getValue(), vols.field(market),
                        DidYouMean.unknown("market \"" + market + "\"", market, markets));
                continue;
            }
            Double volatility = vols.number(entry.getValue(), vols.field(market), "a number in [0, 10]",
                    v -> v >= 0 && v <= 10);
            if (volatility != null) {
                volatilities.put(market, volatility);
            }
        }
        CorrelationMatrix correlations = regime.has("correlations") && markets != null
                ? CorrelationReader.read(regime, "correlations", markets, repair)
                : scenarioCorrelations;
        Map<String, Double> transitions = new LinkedHashMap<>();
        YamlSection moves = regime.section("transitions", false,
                "a mapping of other regimes to probabilities per step");
        double total = 0;
        for (Map.Entry<String, YamlNode> entry : moves.entries().entrySet()) {
            String target = entry.getKey();
            if (target.equals(name)) {
                log.addAtKey(entry.getValue(), moves.field(target), "a regime cannot switch to itself (staying is "
                        + "what is left of 1); expected another regime, one of " + others(names, name));
                continue;
            }
            if (!names.contains(target)) {
                log.addAtKey(entry.getValue(), moves.field(target),
                        DidYouMean.unknown("regime \"" + target + "\"", target, others(names, name)));
                continue;
            }
            Double p = moves.number(entry.getValue(), moves.field(target), "a probability per step in [0, 1]",
                    v -> v >= 0 && v <= 1);
            if (p != null) {
                transitions.put(target, p);
                total += p;
            }
        }
        if (total > 1 + 1e-12) {
            log.add(moves.node(), moves.path(), "expected probabilities per step summing to at most 1, got "
                    + new BigDecimal(total).round(new MathContext(10)).stripTrailingZeros().toPlainString());
        }
        if (log.count() != before || correlations == null) {
            return null;
        }
        return new Regime(name, volatilities, correlations, transitions);
    }

    private static List<String> others(List<String> names, String name) {
        List<String> others = new ArrayList<>(names);
        others.remove(name);
        return others;
    }
}
