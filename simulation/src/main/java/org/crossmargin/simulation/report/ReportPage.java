package org.crossmargin.simulation.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The view of one scenario's report page: every value the report template prints, computed from an
 * {@link OutputFolder} (the template itself only lays them out).
 */
final class ReportPage {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ReportPage() {
    }

    /** The template scope for {@code folder}. */
    static Map<String, Object> of(OutputFolder folder) {
        Summary summary = folder.summary();
        Verdicts verdicts = new Verdicts(folder);
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("scenario", summary.text("scenario", ""));
        page.put("description", summary.text("description", ""));
        page.put("source", summary.text("source", summary.text("scenario_file", "")));
        page.put("model", summary.text("model", "not recorded"));
        page.put("modes", summary.modes());
        page.put("run", runFacts(summary, verdicts));
        page.put("book", bookFacts(folder, verdicts));
        page.put("leverageCounts", leverageCounts(folder));
        page.put("collateralMix", collateralMix(folder));
        page.put("warnings", warnings(summary));
        page.put("hasWarnings", !warnings(summary).isEmpty());
        page.put("reading", PlainReading.of(folder));
        page.put("cards", verdicts.cards());
        page.put("impact", impactOn(summary) ? CascadeSection.of(summary) : Map.of());
        page.put("hasImpact", impactOn(summary));
        RiskCharts risk = new RiskCharts(folder);
        TimeCharts time = new TimeCharts(folder);
        page.put("riskCharts", List.of(risk.leverage(), risk.shortfallCcdf(), risk.timeToFirstLiquidation()));
        page.put("timeCharts", List.of(time.utilisation(), time.insuranceFund(), time.cascade(impactOn(summary))));
        page.put("priceCharts", time.priceFans());
        page.put("riskiest", RiskyAccount.of(folder));
        page.put("riskiestShown", Math.min(RiskyAccount.SHOWN, folder.accountsOf(summary.modes().get(0)).size()));
        return page;
    }

    /** All chart options of a page as one JSON object keyed by element id, safe to inline in a script element. */
    @SuppressWarnings("unchecked")
    static String chartsJson(Map<String, Object> page) {
        ObjectNode all = JSON.createObjectNode();
        for (String group : List.of("riskCharts", "timeCharts", "priceCharts")) {
            for (ChartSpec chart : (List<ChartSpec>) page.get(group)) {
                all.set(chart.id(), chart.option());
            }
        }
        return inlineJson(all);
    }

    /** JSON text that cannot end its script element: {@code </} is written as the equivalent {@code <\/}. */
    static String inlineJson(JsonNode node) {
        try {
            return JSON.writeValueAsString(node).replace("</", "<\\/").replace("\u2028", "\\u2028")
                    .replace("\u2029", "\\u2029");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("chart options cannot be written as JSON", e);
        }
    }

    private static List<Map<String, Object>> runFacts(Summary summary, Verdicts verdicts) {
        List<Map<String, Object>> facts = new ArrayList<>();
        facts.add(fact("paths", verdicts.sourced("paths", x -> Formats.decimal(x, 0))));
        facts.add(fact("steps", verdicts.sourced("steps", x -> Formats.decimal(x, 0))));
        facts.add(fact("step", verdicts.sourced("step_seconds", x -> Formats.decimal(x, 0) + " s")));
        facts.add(fact("horizon", verdicts.sourced("horizon_seconds", x -> Formats.hours(x / 3600))));
        facts.add(fact("seed", verdicts.sourced("seed", x -> Long.toString((long) x))));
        facts.add(textFact("engine", summary.text("run.engine", "?") + " " + summary.text("run.engine_version", "")));
        facts.add(fact("threads", verdicts.sourced("run.threads", x -> Formats.decimal(x, 0))));
        facts.add(fact("wall time", verdicts.sourced("run.wall_seconds", x -> Formats.decimal(x, 1) + " s")));
        return facts;
    }

    private static List<Map<String, Object>> bookFacts(OutputFolder folder, Verdicts verdicts) {
        Summary summary = folder.summary();
        List<AccountRow> rows = folder.accountsOf(summary.modes().get(0));
        double value = rows.stream().mapToDouble(AccountRow::startValue).sum();
        double notional = rows.stream().mapToDouble(AccountRow::notional).sum();
        List<Map<String, Object>> facts = new ArrayList<>();
        facts.add(textFact("book", summary.text("book.file", "not recorded")));
        facts.add(fact("accounts", verdicts.sourced("book.accounts", x -> Formats.decimal(x, 0))));
        facts.add(fact("positions", verdicts.sourced("book.positions", x -> Formats.decimal(x, 0))));
        facts.add(textFact("account value at start", Formats.money(value)));
        facts.add(textFact("notional at start", Formats.money(notional)));
        facts.add(textFact("book leverage", value > 0 ? Formats.decimal(notional / value, 1) + "x" : "no equity"));
        facts.add(textFact("venue", summary.text("venue.name", "not recorded")));
        facts.add(fact("insurance fund", verdicts.sourced("venue.insurance_fund", Formats::money)));
        return facts;
    }

    private static Map<String, Object> fact(String label, Figure figure) {
        Map<String, Object> fact = new LinkedHashMap<>();
        fact.put("label", label);
        fact.put("figure", figure);
        return fact;
    }

    private static Map<String, Object> textFact(String label, String text) {
        Map<String, Object> fact = new LinkedHashMap<>();
        fact.put("label", label);
        fact.put("text", text);
        return fact;
    }

    private static List<Map<String, Object>> leverageCounts(OutputFolder folder) {
        List<double[]> buckets = LeverageBucket.summarise(folder.accountsOf(folder.summary().modes().get(0)));
        List<Map<String, Object>> counts = new ArrayList<>();
        for (int b = 0; b < buckets.size(); b++) {
            counts.add(Map.of("label", LeverageBucket.ALL.get(b).label(), "count", (int) buckets.get(b)[0]));
        }
        return counts;
    }

    private static List<Map<String, Object>> collateralMix(OutputFolder folder) {
        Map<String, Integer> mix = new TreeMap<>();
        for (AccountRow row : folder.accountsOf(folder.summary().modes().get(0))) {
            mix.merge(row.collateral().isEmpty() ? "none" : String.join(" + ", row.collateral()), 1, Integer::sum);
        }
        List<Map<String, Object>> list = new ArrayList<>();
        mix.forEach((assets, count) -> list.add(Map.of("assets", assets, "count", count)));
        return list;
    }

    private static List<String> warnings(Summary summary) {
        List<String> warnings = new ArrayList<>();
        summary.node("warnings").forEach(node -> warnings.add(node.asText()));
        return warnings;
    }

    /** Whether the scenario ran with market impact: summary.json then carries a {@code market_impact} object. */
    static boolean impactOn(Summary summary) {
        return summary.node("market_impact").isObject();
    }
}
