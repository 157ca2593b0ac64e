package org.crossmargin.simulation.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.crossmargin.simulation.input.Problem;

/**
 * One CSV file of an output folder, read whole with Commons CSV, whose typed getters collect every bad cell as a
 * {@link Problem} (file, line, column, field) instead of failing on the first, so the report names them all.
 */
final class CsvFile {
    private final String name;
    private final List<String> header;
    private final List<CSVRecord> records;
    private final List<Problem> problems;

    private CsvFile(String name, List<String> header, List<CSVRecord> records, List<Problem> problems) {
        this.name = name;
        this.header = header;
        this.records = records;
        this.problems = problems;
    }

    /**
     * Reads {@code dir/name}, checking that its header starts with {@code columns} (more columns may follow, as the
     * contract allows); problems go to {@code problems}. A missing or unreadable file gives an empty table.
     */
    static CsvFile read(Path dir, String name, List<String> columns, List<Problem> problems) {
        Path file = dir.resolve(name);
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(reader, format)) {
            List<String> header = parser.getHeaderNames();
            if (header.size() < columns.size() || !header.subList(0, columns.size()).equals(columns)) {
                problems.add(new Problem(file.toString(), 1, 0, "header",
                        "expected " + String.join(",", columns) + ", got " + String.join(",", header)));
                return new CsvFile(file.toString(), header, List.of(), problems);
            }
            return new CsvFile(file.toString(), header, parser.getRecords(), problems);
        } catch (NoSuchFileException e) {
            problems.add(new Problem(file.toString(), 0, 0, "file", "missing: expected the run's " + name));
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            problems.add(new Problem(file.toString(), 0, 0, "file", "cannot be read as CSV: " + e.getMessage()));
        }
        return new CsvFile(file.toString(), List.of(), List.of(), problems);
    }

    /** The data rows, in file order. */
    List<CSVRecord> records() {
        return records;
    }

    /** The text of {@code column}, or a problem (and "") when the row is short. */
    String text(CSVRecord row, String column) {
        if (!row.isSet(column)) {
            problem(row, column, "expected a value, the row has " + row.size() + " fields");
            return "";
        }
        return row.get(column);
    }

    /** A finite number in {@code column}; a problem (and NaN) otherwise. */
    double number(CSVRecord row, String column) {
        String text = text(row, column);
        try {
            double value = Double.parseDouble(text);
            if (Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below, with the text that failed
        }
        problem(row, column, "expected a number, got \"" + text + "\"");
        return Double.NaN;
    }

    /**
     * A number in {@code column} where a gap is legitimate (a ratio over a book with no equity left): NaN for an
     * empty cell or {@code NaN}/{@code Infinity}, which charts draw as a gap; a problem for anything else.
     */
    double numberOrGap(CSVRecord row, String column) {
        String text = text(row, column).trim();
        if (text.isEmpty() || text.equals("NaN") || text.endsWith("Infinity")) {
            return Double.NaN;
        }
        return number(row, column);
    }

    /** A finite number in {@code column}, or empty when the cell is empty (the contract's "none"). */
    OptionalDouble optionalNumber(CSVRecord row, String column) {
        String text = text(row, column);
        return text.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(number(row, column));
    }

    /** A non-negative whole number in {@code column}; a problem (and -1) otherwise. */
    int count(CSVRecord row, String column) {
        double value = number(row, column);
        if (Double.isNaN(value)) {
            return -1;
        }
        if (!(value >= 0 && value == Math.rint(value) && value <= Integer.MAX_VALUE)) {
            problem(row, column, "expected a whole number >= 0, got " + text(row, column));
            return -1;
        }
        return (int) value;
    }

    /** Records a problem located at {@code row} and {@code column}. */
    void problem(CSVRecord row, String column, String message) {
        // line numbers: the header is line 1, so record 1 is on line 2 (no multi-line cells in these files)
        int line = (int) row.getRecordNumber() + 1;
        int col = header.indexOf(column) + 1;
        problems.add(new Problem(name, line, Math.max(col, 0), column, message));
    }

    /** The problem list this file reports to. */
    List<Problem> problems() {
        return problems;
    }

    /** A fresh problem list, for callers that read several files and throw once. */
    static List<Problem> newProblems() {
        return new ArrayList<>();
    }
}
