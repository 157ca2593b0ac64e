package org.crossmargin.simulation.scenario;

import java.nio.file.Path;
import java.util.List;
import org.crossmargin.core.account.Account;
import org.crossmargin.core.account.Collateral;
import org.crossmargin.core.account.Position;
import org.crossmargin.core.book.Book;
import org.crossmargin.core.book.Venue;
import org.crossmargin.core.market.CollateralRule;
import org.crossmargin.simulation.input.InputException;

/**
 * Loads what a run needs: the scenario file, then the book and venue it names (relative to the scenario file),
 * checked one against another. Every problem of the three files comes back in one {@link InputException}: each file's
 * problems in line order, then the problems between files.
 */
public final class ScenarioLoader {
    private ScenarioLoader() {
    }

    /** What was read from a scenario and its files; any part may be null when it could not be read. */
    record Loaded(ScenarioReader.Draft scenario, BookLoader.Draft book, VenueLoader.Draft venue) {
    }

    /**
     * The scenario in {@code scenarioFile} with its book and venue.
     *
     * @throws InputException with every problem of the scenario, book and venue files and between them
     */
    public static RunInputs load(Path scenarioFile) throws InputException {
        ProblemLog log = ProblemLog.of(scenarioFile.toString());
        Loaded loaded = read(scenarioFile, log);
        if (log.count() > 0) {
            throw new InputException(log.problems());
        }
        return new RunInputs(loaded.scenario().scenario(), loaded.book().book(), loaded.venue().venue(),
                log.warnings());
    }

    /** Reads the three files into {@code log}, then checks them against each other. */
    static Loaded read(Path scenarioFile, ProblemLog log) {
        int from = log.count();
        ScenarioReader.Draft scenario = ScenarioReader.read(scenarioFile, log);
        log.sortSince(from);
        if (scenario == null) {
            return new Loaded(null, null, null);
        }
        ProblemLog bookLog = scenario.book() == null ? null : log.forFile(scenario.book().toString());
        from = log.count();
        BookLoader.Draft book = bookLog == null ? null : BookLoader.read(scenario.book(), bookLog);
        log.sortSince(from);
        ProblemLog venueLog = scenario.venue() == null ? null : log.forFile(scenario.venue().toString());
        from = log.count();
        VenueLoader.Draft venue = venueLog == null ? null : VenueLoader.read(scenario.venue(), venueLog);
        log.sortSince(from);
        if (book != null) {
            crossCheck(book.rows(), scenario, venue, bookLog, log.file());
            if (book.book() != null && venue != null && venue.venue() != null && scenario.scenario() != null) {
                explicitMarginCheck(book.rows(), book.book(), venue.venue(), scenario.scenario(), bookLog);
            }
        }
        if (scenario.scenario() != null) {
            memoryGuard(scenario, book == null ? null : book.book(), log);
        }
        return new Loaded(scenario, book, venue);
    }

    /** Every asset of the book must be priced by the scenario and known to the venue in its role. */
    private static void crossCheck(List<BookRow> rows, ScenarioReader.Draft scenario, VenueLoader.Draft venue,
                                   ProblemLog bookLog, String scenarioFile) {
        for (BookRow row : rows) {
            String unknown = "unknown asset \"" + row.asset() + "\": ";
            if (!scenario.markets().isEmpty() && !scenario.markets().contains(row.asset())) {
                bookLog.add(row.line(), row.assetColumn(), "asset", unknown + "not a market of the scenario "
                        + scenarioFile + suggestion(row.asset(), scenario.markets()));
            }
            if (venue == null) {
                continue;
            }
            List<String> known = row.perpetual() ? venue.markets() : venue.collateral();
            if (!known.contains(row.asset())) {
                bookLog.add(row.line(), row.assetColumn(), "asset", unknown + "not a "
                        + (row.perpetual() ? "market" : "collateral asset") + " of the venue "
                        + scenario.venue() + suggestion(row.asset(), known));
            }
        }
    }

    /**
     * Explicit isolated margins may not exceed the account's haircut collateral value at the scenario's start prices:
     * both margin modes must put the same money at risk (DESIGN §3), so isolated mode may not conjure margin the
     * account does not have.
     */
    private static void explicitMarginCheck(List<BookRow> rows, Book book, Venue venue, Scenario scenario,
                                            ProblemLog bookLog) {
        for (Account account : book.accounts()) {
            double explicit = 0.0;
            for (Position position : account.positions()) {
                explicit += position.isolatedMargin().orElse(0.0);
            }
            if (explicit == 0.0) {
                continue;
            }
            double value = 0.0;
            for (Collateral collateral : account.collateral()) {
                int column = scenario.column(collateral.asset());
                CollateralRule rule = venue.collateral().get(collateral.asset());
                if (column < 0 || rule == null) {
                    return; // reported by crossCheck
                }
                value += collateral.quantity() * scenario.markets().get(column).price() * (1 - rule.haircut());
            }
            if (explicit > value * (1 + 1e-12)) {
                int line = rows.stream().filter(r -> r.account().equals(account.id())).mapToInt(BookRow::line)
                        .min().orElse(0);
                bookLog.add(line, 0, "isolated_margin", String.format(java.util.Locale.ROOT,
                        "account %s: explicit isolated margins sum to %.2f, more than its haircut collateral value "
                                + "%.2f at the scenario's start prices; expected at most the collateral it has",
                        account.id(), explicit, value));
            }
        }
    }

    private static String suggestion(String asset, List<String> known) {
        StringBuilder text = new StringBuilder();
        DidYouMean.suggest(asset, known).ifPresent(s -> text.append("; did you mean \"").append(s).append("\"?"));
        return text.append(text.length() > 0 ? " " : "; ").append("expected one of ").append(String.join(", ", known))
                .toString();
    }

    /** Refuses a run whose estimated memory exceeds the JVM's maximum heap, naming both figures. */
    private static void memoryGuard(ScenarioReader.Draft draft, Book book, ProblemLog log) {
        Scenario scenario = draft.scenario();
        int accounts = book == null ? 0 : book.accounts().size();
        int positions = book == null ? 0 : book.accounts().stream().mapToInt(a -> a.positions().size()).sum();
        int threads = Runtime.getRuntime().availableProcessors();
        long needed = MemoryEstimate.bytes(scenario, accounts, positions, threads);
        long available = Runtime.getRuntime().maxMemory();
        if (needed > available) {
            YamlNode paths = draft.pathsNode();
            log.add(paths.line(), paths.column(), "paths", "the run needs an estimated "
                    + MemoryEstimate.megabytes(needed) + " MB (" + scenario.paths() + " paths, " + scenario.steps()
                    + " steps of " + scenario.markets().size() + " markets, " + threads + " threads), more than the "
                    + "JVM's maximum heap of " + MemoryEstimate.megabytes(available) + " MB; expected fewer paths, "
                    + "fewer steps or a larger heap (java -Xmx)");
        }
    }
}
