package org.crossmargin.simulation.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.crossmargin.simulation.input.InputException;
import org.crossmargin.simulation.input.Problem;

/**
 * Writes a batch's index.html: the committee's overview, one row per scenario with its headline numbers per margin
 * mode and a relative link to the scenario's report.html. Built from each scenario's summary.json alone.
 */
public final class BatchIndexWriter {
    /** The index's file name inside a batch folder. */
    public static final String FILE_NAME = "index.html";

    private BatchIndexWriter() {
    }

    /**
     * Reads {@code summary.json} of every folder in {@code scenarioDirs} and writes {@code batchDir/index.html}.
     * A scenario links to its report when {@code report.html} exists (so write the reports first).
     *
     * @return the path of the written index
     * @throws InputException naming every missing or malformed summary.json
     */
    public static Path write(Path batchDir, List<Path> scenarioDirs) throws InputException {
        List<Problem> problems = new ArrayList<>();
        List<Summary> summaries = new ArrayList<>();
        for (Path dir : scenarioDirs) {
            summaries.add(Summary.read(dir, problems));
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        Set<String> modes = new LinkedHashSet<>();
        summaries.forEach(summary -> modes.addAll(summary.modes()));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < summaries.size(); i++) {
            rows.add(row(batchDir, scenarioDirs.get(i), summaries.get(i), modes));
        }
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("count", summaries.size());
        page.put("modes", List.copyOf(modes));
        page.put("rows", rows);
        page.put("css", Templates.css());
        return ReportWriter.writeAtomically(batchDir.resolve(FILE_NAME), Templates.render("index.mustache", page));
    }

    private static Map<String, Object> row(Path batchDir, Path dir, Summary summary, Set<String> modes) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("scenario", summary.text("scenario", dir.getFileName().toString()));
        row.put("description", summary.text("description", ""));
        row.put("summary", relative(batchDir, dir.resolve("summary.json")));
        Path report = dir.resolve(ReportWriter.FILE_NAME);
        if (Files.exists(report)) {
            row.put("link", relative(batchDir, report));
        }
        row.put("paths", figure(summary, "paths", x -> Formats.decimal(x, 0)));
        List<Map<String, Object>> cells = new ArrayList<>();
        for (String mode : modes) {
            boolean ran = summary.modes().contains(mode);
            String key = "modes." + mode + ".";
            cells.add(cell(ran, summary, key + "any_liquidation_probability", Formats::probability));
            cells.add(cell(ran, summary, key + "shortfall.mean", Formats::money));
            cells.add(cell(ran, summary, key + "shortfall.es_99", Formats::money));
            cells.add(cell(ran, summary, key + "insurance_fund_exhausted_probability", Formats::probability));
        }
        row.put("cells", cells);
        if (summary.hasComparison()) {
            row.put("difference", figure(summary, "comparison.shortfall.mean", Formats::money));
            row.put("differenceLow", figure(summary, "comparison.shortfall.ci_low", Formats::money));
            row.put("differenceHigh", figure(summary, "comparison.shortfall.ci_high", Formats::money));
        }
        return row;
    }

    private static Map<String, Object> cell(boolean ran, Summary summary, String key, Verdicts.DoubleFormat format) {
        Map<String, Object> cell = new LinkedHashMap<>();
        cell.put("figure", ran ? figure(summary, key, format) : new Figure("", "", "not run"));
        return cell;
    }

    private static Figure figure(Summary summary, String key, Verdicts.DoubleFormat format) {
        double value = summary.number(key);
        return new Figure(key, summary.node(key).asText(), format.apply(value));
    }

    /** A relative link with forward slashes, as HTML wants on every platform. */
    private static String relative(Path from, Path to) {
        return from.toAbsolutePath().normalize().relativize(to.toAbsolutePath().normalize()).toString()
                .replace('\\', '/');
    }
}
