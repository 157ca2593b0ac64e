package org.crossmargin.simulation.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Optional;

import org.crossmargin.simulation.input.InputException;

/**
 * Writes report.html, the committee's one-file report of a run, into the run's output folder. The page is a pure
 * function of the folder's files (summary.json, accounts.csv, paths.csv, timeseries.csv, price_fan.csv,
 * shocks.csv): {@code crossmargin report DIR} rebuilds it at any time.
 */
public final class ReportWriter {
    /** The report's file name inside an output folder. */
    public static final String FILE_NAME = "report.html";

    private ReportWriter() {
    }

    /**
     * Reads the output folder {@code outputDir} and writes {@code outputDir/report.html}.
     *
     * @return the path of the written report
     * @throws InputException naming the file (and line, field) when an input file is missing or malformed
     */
    public static Path write(Path outputDir) throws InputException {
        String html = render(OutputFolder.read(outputDir));
        return writeAtomically(outputDir.resolve(FILE_NAME), html);
    }

    /**
     * Writes {@code outputDir/report.html} from the folder's summary.json and the CSV rows in memory (the CSV files
     * may still be being written): the same page as {@link #write(Path)} gives once they are complete.
     *
     * @return the path of the written report; empty, with nothing written, when summary.json or a row is one the
     *         file reader would reject: then {@link #write(Path)}, once the files are complete, names the problems
     */
    public static Optional<Path> write(Path outputDir, ReportRows rows) {
        return rows.folder(outputDir).map(folder -> writeAtomically(outputDir.resolve(FILE_NAME), render(folder)));
    }

    /**
     * Does now what every report needs first and what does not depend on the run: reads the inlined assets and
     * compiles the template. Only caches are filled: a report written before or while this runs is the same page.
     */
    public static void prepare() {
        Templates.prepare("report.mustache");
    }

    /** The page for {@code folder}, as HTML text. */
    static String render(OutputFolder folder) {
        Map<String, Object> page = ReportPage.of(folder);
        page.put("chartsJson", ReportPage.chartsJson(page));
        page.put("css", Templates.css());
        page.put("echarts", Templates.echarts());
        page.put("echartsVersion", Templates.ECHARTS_VERSION);
        return Templates.render("report.mustache", page);
    }

    /** Writes {@code text} to a temporary file beside {@code target}, then moves it into place. */
    static Path writeAtomically(Path target, String text) {
        try {
            // a plain file beside the target (default permissions: a report is meant to be shared), then a rename
            Path temporary = target.resolveSibling("." + target.getFileName() + ".tmp");
            try {
                Files.writeString(temporary, text, StandardCharsets.UTF_8);
                return Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }
}
