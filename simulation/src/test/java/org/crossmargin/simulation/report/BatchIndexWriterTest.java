package org.crossmargin.simulation.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.crossmargin.simulation.input.InputException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchIndexWriterTest {
    @TempDir
    Path batch;

    @Test
    void indexHasOneRowPerScenarioLinkingItsReport() throws Exception {
        Path flash = Fixtures.copy(Fixtures.FLASH_CRASH, batch.resolve("flash"));
        Path booked = Fixtures.copy(Fixtures.BOOKED, batch.resolve("booked"));
        ReportWriter.write(flash);
        ReportWriter.write(booked);
        Path index = BatchIndexWriter.write(batch, List.of(flash, booked));
        assertEquals(batch.resolve("index.html"), index);

        String html = Files.readString(index, StandardCharsets.UTF_8);
        Parser parser = Parser.htmlParser().setTrackErrors(100);
        Document page = Jsoup.parse(html, "", parser);
        assertEquals(List.of(), parser.getErrors().stream().map(Object::toString).toList(), "HTML parse errors");
        List<Element> rows = page.select("tbody tr");
        assertEquals(2, rows.size());
        assertEquals("flash/report.html", rows.get(0).selectFirst("a").attr("href"));
        assertEquals("flash-crash-mini", rows.get(0).selectFirst("a").text());
        assertEquals("booked/report.html", rows.get(1).selectFirst("a").attr("href"));
        // modes across the batch in first-seen order: cross, isolated, booked
        assertEquals(List.of("cross", "isolated", "booked"),
                page.select("thead tr").get(0).select("th[colspan=4]").eachText());
        // the booked-only scenario did not run cross: its cross cells say so
        assertEquals("not run", rows.get(1).select("td").get(2).text());
    }

    @Test
    void everyNumberEqualsItsScenarioSummary() throws Exception {
        Path flash = Fixtures.copy(Fixtures.FLASH_CRASH, batch.resolve("flash"));
        Path booked = Fixtures.copy(Fixtures.BOOKED, batch.resolve("booked"));
        Document page = Jsoup.parse(BatchIndexWriter.write(batch, List.of(flash, booked)).toFile());
        int checked = 0;
        for (Element row : page.select("tbody tr")) {
            JsonNode summary = Fixtures.summary(batch.resolve(row.attr("data-summary")).getParent());
            for (Element number : row.select("[data-key]")) {
                JsonNode expected = Fixtures.at(summary, number.attr("data-key"));
                assertEquals(expected.doubleValue(), Double.parseDouble(number.attr("data-value")), 0.0);
                DisplayedNumbers.assertShows(expected.doubleValue(), number.text(), number.attr("data-key"));
                checked++;
            }
        }
        // flash: paths + 2 modes x 4 + 3 comparison figures = 12; booked: paths + 4 = 5
        assertEquals(17, checked);
    }

    @Test
    void scenarioWithoutReportIsListedWithoutLink() throws Exception {
        Path flash = Fixtures.copy(Fixtures.FLASH_CRASH, batch.resolve("flash"));
        Document page = Jsoup.parse(BatchIndexWriter.write(batch, List.of(flash)).toFile());
        assertTrue(page.select("a").isEmpty(), "no report.html, no link");
    }

    @Test
    void missingSummaryIsNamed() {
        Path empty = batch.resolve("empty");
        InputException e = assertThrows(InputException.class, () -> BatchIndexWriter.write(batch, List.of(empty)));
        assertEquals(empty.resolve("summary.json").toString(), e.problems().get(0).file());
    }
}
