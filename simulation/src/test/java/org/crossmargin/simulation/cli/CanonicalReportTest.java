package org.crossmargin.simulation.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 8: the report of the canonical scenario (the shipped flash crash, its full 2,000 paths over the 1,100-account
 * book) is well-formed HTML5 and under 3 MB. Its size does not grow with paths or accounts beyond fixed caps (500
 * shortfall-curve points per mode, 121 time points, 20 account rows), which this run at full size confirms.
 */
class CanonicalReportTest {
    @TempDir
    Path dir;

    @Test
    void canonicalFlashCrashReportIsWellFormedHtml5UnderThreeMegabytes() throws Exception {
        Path out = dir.resolve("bench-crash");
        Cli.Result result = Cli.run("run", "../scenarios/bench-crash.yaml", "--out", out.toString(), "--quiet");
        assertEquals(0, result.code(), result.err());
        String html = Files.readString(out.resolve("report.html"), StandardCharsets.UTF_8);
        long bytes = html.getBytes(StandardCharsets.UTF_8).length;
        assertTrue(bytes < 3_000_000, "report.html is " + bytes + " bytes, expected under 3 MB");
        Parser parser = Parser.htmlParser().setTrackErrors(100);
        Jsoup.parse(html, "", parser);
        assertEquals(List.of(), parser.getErrors().stream().map(Object::toString).toList(), "HTML parse errors");
        assertTrue(html.startsWith("<!DOCTYPE html>"), "HTML5 doctype first");
    }
}
