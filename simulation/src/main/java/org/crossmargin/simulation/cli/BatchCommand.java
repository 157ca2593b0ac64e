package org.crossmargin.simulation.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.crossmargin.simulation.input.InputException;
import org.crossmargin.simulation.input.Problem;
import org.crossmargin.simulation.output.OutputFolder;
import org.crossmargin.simulation.report.BatchIndexWriter;
import org.crossmargin.simulation.scenario.RunInputs;
import org.crossmargin.simulation.stats.ModeSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code crossmargin batch SCENARIO... --out DIR}: every scenario into its own subfolder, plus {@code index.csv}
 * (one row per scenario and mode with the headline figures) and {@code index.html} — the committee's overview. All
 * scenarios are validated before any runs; the folder appears whole or not at all.
 */
@Command(name = "batch", mixinStandardHelpOptions = true,
        description = "Run several scenarios into one folder: a subfolder per scenario, index.csv and index.html.")
final class BatchCommand implements Callable<Integer> {
    static final List<String> INDEX_HEADER = List.of("scenario", "mode", "paths", "any_liquidation_probability",
            "mean_liquidated_accounts", "shortfall_mean", "shortfall_std_error", "shortfall_var_99",
            "shortfall_es_99", "insurance_fund_exhausted_probability", "user_loss_mean", "folder");

    @Parameters(arity = "1..*", paramLabel = "SCENARIO", description = "Scenario YAML files.")
    List<Path> scenarios;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "The batch output folder.")
    Path out;

    @Mixin
    RunOptions options = new RunOptions();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        Warmup.start(!options.noReport);
        ScenarioRun run = new ScenarioRun(stdout, spec.commandLine().getErr(), options);
        Map<String, RunInputs> inputs = loadAll(run);
        if (CompilerPlan.needsRestart(inputs.values(), options.engine, options.threadsOrDefault())) {
            return CompilerPlan.RESTART; // nothing written yet: the launcher runs it again with C2
        }
        try (TemporaryFolderGuard guard = TemporaryFolderGuard.arm();
             OutputFolder folder = guard.watch(ScenarioRun.open(out, options.force))) {
            List<Path> folders = new ArrayList<>();
            Map<String, ResultFiles> results = new LinkedHashMap<>();
            for (Map.Entry<String, RunInputs> entry : inputs.entrySet()) {
                stdout.println("== " + entry.getKey());
                Path sub = folder.path().resolve(entry.getKey());
                Files.createDirectories(sub);
                results.put(entry.getKey(), run.runInto(entry.getValue(), sub, true));
                folders.add(sub);
            }
            writeIndex(folder.path().resolve("index.csv"), results);
            if (!options.noReport) {
                BatchIndexWriter.write(folder.path(), folders);
            }
            folder.commit();
        }
        stdout.println("Outputs: " + out + (options.noReport ? "" : System.lineSeparator() + "Index:   "
                + out.resolve("index.html")));
        return Main.OK;
    }

    /** Loads every scenario first, so all problems of all files show at once and nothing runs on bad input. */
    private Map<String, RunInputs> loadAll(ScenarioRun run) throws InputException, UsageException {
        Map<String, RunInputs> loaded = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Path file : scenarios) {
            try {
                RunInputs inputs = run.load(file);
                String name = inputs.scenario().name();
                String folder = name;
                for (int k = 2; !names.add(folder); k++) {
                    folder = name + "-" + k;
                }
                loaded.put(folder, inputs);
            } catch (InputException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return loaded;
    }

    private static void writeIndex(Path file, Map<String, ResultFiles> results) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setRecordSeparator('\n')
                .setHeader(INDEX_HEADER.toArray(String[]::new)).get();
        try (CSVPrinter printer = new CSVPrinter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), format)) {
            for (Map.Entry<String, ResultFiles> entry : results.entrySet()) {
                for (ModeSummary mode : entry.getValue().summaries()) {
                    printer.printRecord(entry.getKey(), mode.mode().label(), mode.paths(),
                            number(mode.anyLiquidationProbability()), number(mode.liquidatedAccounts().mean()),
                            number(mode.shortfall().mean()), number(mode.shortfall().stdError()),
                            number(mode.shortfall().var99()), number(mode.shortfall().es99()),
                            number(mode.insuranceFundExhaustedProbability()), number(mode.userLoss().mean()),
                            entry.getKey());
                }
            }
        }
    }

    private static String number(double value) {
        return Double.isFinite(value) ? Double.toString(value) : "";
    }
}
