package org.crossmargin.simulation.scenario;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.crossmargin.simulation.input.Problem;

/**
 * Validates any input file for {@code crossmargin validate FILE...}: tells a scenario, a venue and a book apart by
 * extension and content, and for a scenario validates its book and venue too.
 */
public final class FileValidator {
    /** Keys only a scenario has. */
    private static final Set<String> SCENARIO_KEYS = Set.of("book", "venue", "horizon", "step", "paths", "seed",
            "model", "shocks", "correlations", "modes", "description");
    /** Keys only a venue has. */
    private static final Set<String> VENUE_KEYS = Set.of("insurance_fund", "liquidation", "collateral");

    private FileValidator() {
    }

    /** Every problem of {@code file} (and, for a scenario, of its book and venue); empty when the file is valid. */
    public static List<Problem> validate(Path file) {
        ProblemLog log = ProblemLog.of(file.toString());
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            BookLoader.read(file, log);
            log.sortSince(0);
        } else if (name.endsWith(".yaml") || name.endsWith(".yml")) {
            validateYaml(file, log);
        } else {
            log.add(0, 0, "(file)", "expected a scenario or venue file (.yaml, .yml) or a book file (.csv)");
        }
        return List.copyOf(log.problems());
    }

    /** True when {@code file} is a YAML file that reads as a scenario (it has scenario keys at the top). */
    public static boolean isScenario(Path file) {
        String name = file.getFileName().toString();
        if (!(name.endsWith(".yaml") || name.endsWith(".yml"))) {
            return false;
        }
        YamlNode root = YamlTree.read(file, ProblemLog.of(file.toString()));
        return root != null && root.fields().keySet().stream().anyMatch(SCENARIO_KEYS::contains);
    }

    private static void validateYaml(Path file, ProblemLog log) {
        ProblemLog probe = ProblemLog.of(file.toString());
        YamlNode root = YamlTree.read(file, probe);
        if (root == null) {
            log.problems().addAll(probe.problems());
            return;
        }
        Set<String> keys = root.fields().keySet();
        if (keys.stream().anyMatch(SCENARIO_KEYS::contains)) {
            ScenarioLoader.read(file, log);
        } else if (keys.stream().anyMatch(VENUE_KEYS::contains)) {
            VenueLoader.read(file, log);
            log.sortSince(0);
        } else {
            log.add(root, "(file)", "cannot tell a scenario from a venue; expected scenario keys (horizon, step, "
                    + "model, book, venue...) or venue keys (insurance_fund, liquidation, collateral)");
        }
    }
}
