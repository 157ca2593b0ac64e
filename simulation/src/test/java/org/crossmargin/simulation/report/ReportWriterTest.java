package org.crossmargin.simulation.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.crossmargin.simulation.input.InputException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportWriterTest {
    @TempDir
    Path temp;

    private Document write(String fixture) throws InputException, IOException {
        Path dir = Fixtures.copy(fixture, temp.resolve(fixture));
        Path report = ReportWriter.write(dir);
        assertEquals(dir.resolve("report.html"), report);
        return Jsoup.parse(Files.readString(report, StandardCharsets.UTF_8));
    }

    @Test
    void everySourcedNumberOnThePageEqualsSummaryJson() throws Exception {
        Document page = write(Fixtures.FLASH_CRASH);
        JsonNode summary = Fixtures.summary(temp.resolve(Fixtures.FLASH_CRASH));
        List<Element> numbers = page.select("[data-key]");
        Set<String> keys = new HashSet<>();
        for (Element number : numbers) {
            String key = number.attr("data-key");
            JsonNode expected = Fixtures.at(summary, key);
            assertTrue(expected.isNumber(), key + " is a number in summary.json");
            assertEquals(expected.doubleValue(), Double.parseDouble(number.attr("data-value")), 0.0, key);
            DisplayedNumbers.assertShows(expected.doubleValue(), number.text(), key);
            keys.add(key);
        }
        // the verdict cards' headline numbers, per mode, and the paired comparison
        for (String mode : List.of("cross", "isolated")) {
            for (String key : List.of("any_liquidation_probability", "any_liquidation_ci95.low",
                    "liquidated_accounts.mean", "shortfall.mean", "shortfall.std_error", "shortfall.var_99",
                    "shortfall.es_99", "shortfall.var_999", "shortfall.es_999",
                    "insurance_fund_exhausted_probability", "insurance_fund_exhausted_ci95.high",
                    "socialised_loss.mean")) {
                assertTrue(keys.contains("modes." + mode + "." + key), "page shows modes." + mode + "." + key);
            }
        }
        for (String key : List.of("comparison.shortfall.mean", "comparison.shortfall.ci_low",
                "comparison.shortfall.ci_high", "comparison.liquidated_accounts.mean", "comparison.fund_exhausted.mean",
                "paths", "seed", "run.wall_seconds", "book.accounts", "venue.insurance_fund")) {
            assertTrue(keys.contains(key), "page shows " + key);
        }
    }

    @Test
    void pageIsSelfContainedWellFormedHtml5UnderThreeMegabytes() throws Exception {
        Path dir = Fixtures.copy(Fixtures.FLASH_CRASH, temp.resolve("f"));
        String html = Files.readString(ReportWriter.write(dir), StandardCharsets.UTF_8);
        assertTrue(html.getBytes(StandardCharsets.UTF_8).length < 3_000_000, "under 3 MB");
        assertTrue(html.startsWith("<!DOCTYPE html>"), "HTML5 doctype first");
        Parser parser = Parser.htmlParser().setTrackErrors(100);
        Document page = Jsoup.parse(html, "", parser);
        assertEquals(List.of(), parser.getErrors().stream().map(Object::toString).toList(), "HTML parse errors");
        assertEquals("en", page.selectFirst("html").attr("lang"));
        assertEquals("utf-8", page.selectFirst("meta[charset]").attr("charset"));
        // no network: nothing is loaded from elsewhere (the empty data: icon stops the browser asking for one)
        assertTrue(page.select("script[src], link[href]:not([href^=data:]), img[src], iframe").isEmpty(),
                "no external resources");
        assertFalse(html.contains("@import"), "no imported style sheets");
        assertTrue(html.contains("@page { size: A4; margin: 12mm; }"), "prints on A4");
    }

    @Test
    void everyChartElementHasAnOptionWithData() throws Exception {
        Document page = write(Fixtures.FLASH_CRASH);
        JsonNode options = new ObjectMapper().readTree(page.getElementById("chart-options").data());
        List<Element> charts = page.select("div.chart");
        // leverage, shortfall, first liquidation, utilisation, fund, cascade, BTC and ETH price fans
        assertEquals(8, charts.size());
        for (Element chart : charts) {
            JsonNode option = options.get(chart.id());
            assertTrue(option != null && option.get("series").size() > 0, chart.id() + " has series");
        }
        assertEquals(8, options.size(), "no option without its element");
    }

    @Test
    void readingStatesHowMuchMoreBadDebtIsolatedLeaves() throws Exception {
        Document page = write(Fixtures.FLASH_CRASH);
        // summary.json: isolated mean shortfall 92405.64 / cross 71467.24 = 1.2930: 29% more
        String reading = page.getElementById("reading").text();
        assertTrue(reading.startsWith("Isolated leaves the venue 29% more bad debt than cross on these paths, "
                + "95% CI +"), reading);
    }

    @Test
    void singleModeRunHasNoComparison() throws Exception {
        Document page = write(Fixtures.BOOKED);
        assertTrue(page.select(".diff").isEmpty(), "no difference lines");
        assertEquals(null, page.getElementById("reading"));
        assertEquals("booked", page.selectFirst(".card th").text());
    }

    @Test
    void missingFileIsNamed() throws Exception {
        Path dir = Fixtures.copy(Fixtures.FLASH_CRASH, temp.resolve("f"));
        Files.delete(dir.resolve("paths.csv"));
        InputException e = org.junit.jupiter.api.Assertions.assertThrows(InputException.class,
                () -> ReportWriter.write(dir));
        assertEquals(dir.resolve("paths.csv").toString(), e.problems().get(0).file());
        assertTrue(e.getMessage().contains("missing"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("report.html")), "no page from bad input");
    }

    @Test
    void readingSaysWhenNeitherModeLeftBadDebt() throws Exception {
        Path dir = Fixtures.copy(Fixtures.FLASH_CRASH, temp.resolve("f"));
        // zero every path's shortfall (column 4) in both modes
        java.util.List<String> lines = Files.readAllLines(dir.resolve("paths.csv"), StandardCharsets.UTF_8);
        java.util.List<String> zeroed = new java.util.ArrayList<>(java.util.List.of(lines.get(0)));
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            cells[3] = "0.0";
            zeroed.add(String.join(",", cells));
        }
        Files.write(dir.resolve("paths.csv"), zeroed, StandardCharsets.UTF_8);
        Document page = Jsoup.parse(ReportWriter.write(dir).toFile());
        assertEquals("Neither mode left bad debt on these paths.", page.getElementById("reading").text());
    }
}
