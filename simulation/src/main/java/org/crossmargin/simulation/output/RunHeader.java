package org.crossmargin.simulation.output;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.crossmargin.core.book.Book;
import org.crossmargin.core.book.Venue;
import org.crossmargin.simulation.scenario.Scenario;

/**
 * What {@code summary.json} says about the inputs of a run, ahead of the statistics: scenario, sizes, model, book,
 * venue and the warnings listed before the run.
 *
 * @param scenario        scenario name
 * @param description     scenario description
 * @param paths           number of paths actually run (after {@code --paths})
 * @param steps           steps per path
 * @param stepSeconds     length of a step, seconds
 * @param horizonSeconds  length of a path, seconds
 * @param seed            seed actually used (after {@code --seed})
 * @param model           the path model's type name
 * @param bookFile        the book file as the scenario names it, relative to the scenario's folder
 * @param accounts        accounts in the book
 * @param positions       perpetual positions in the book
 * @param venueName       the venue profile's name
 * @param insuranceFund   insurance fund at the start of every path, quote currency
 * @param warnings        warnings shown before the run, in order
 */
public record RunHeader(String scenario, String description, int paths, int steps, long stepSeconds,
                        long horizonSeconds, long seed, String model, String bookFile, int accounts, int positions,
                        String venueName, double insuranceFund, List<String> warnings) {
    public RunHeader {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(bookFile, "bookFile");
        Objects.requireNonNull(venueName, "venueName");
        if (paths <= 0 || steps <= 0 || stepSeconds <= 0 || horizonSeconds <= 0 || accounts < 0 || positions < 0) {
            throw new IllegalArgumentException("run header: expected positive sizes, got paths " + paths + ", steps "
                    + steps + ", step " + stepSeconds + "s, horizon " + horizonSeconds + "s");
        }
        warnings = List.copyOf(warnings);
    }

    /** The header of a run of {@code scenario} (effective paths and seed) over {@code book} at {@code venue}. */
    public static RunHeader of(Scenario scenario, Book book, Venue venue, List<String> warnings) {
        int positions = 0;
        for (var account : book.accounts()) {
            positions += account.positions().size();
        }
        return new RunHeader(scenario.name(), scenario.description(), scenario.paths(), scenario.steps(),
                scenario.stepSeconds(), scenario.horizonSeconds(), scenario.seed(), scenario.model().type(),
                shownPath(scenario.file(), scenario.book()), book.accounts().size(), positions, venue.name(),
                venue.insuranceFund(), warnings);
    }

    /** {@code file} relative to the folder of {@code scenarioFile} where possible, with {@code /} separators. */
    static String shownPath(Path scenarioFile, Path file) {
        Path shown = file;
        final Path folder = scenarioFile == null ? null : scenarioFile.toAbsolutePath().normalize().getParent();
        if (folder != null) {
            try {
                shown = folder.relativize(file.toAbsolutePath().normalize());
            } catch (IllegalArgumentException differentRoots) {
                shown = file; // e.g. another drive on Windows: keep the path as resolved
            }
        }
        return shown.toString().replace(File.separatorChar, '/');
    }
}
