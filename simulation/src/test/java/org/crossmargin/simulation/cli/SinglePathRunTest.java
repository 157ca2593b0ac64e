package org.crossmargin.simulation.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One path: every standard error is undefined (n - 1 = 0), summary.json writes null for it, and the report shows a
 * dash instead of refusing the folder.
 */
class SinglePathRunTest {
    @TempDir
    Path dir;

    @Test
    void aSinglePathRunWritesNullStandardErrorsAndStillReports() throws Exception {
        Path out = dir.resolve("one");
        Cli.Result result = Cli.run("run", Cli.input("small.yaml").toString(), "--paths", "1", "--out", out.toString(),
                "--quiet");
        assertEquals(0, result.code(), result.err());
        assertTrue(Cli.summary(out).path("modes").path("cross").path("shortfall").path("std_error").isNull());
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("data-key=\"modes.cross.shortfall.std_error\" data-value=\"null\">—<"),
                "the report shows an undefined standard error as a dash");
    }
}
