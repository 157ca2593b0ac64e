package org.crossmargin.simulation.scenario;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.crossmargin.core.book.Book;
import org.crossmargin.simulation.input.InputException;

/**
 * Reads and validates a book CSV (DESIGN §8) through Commons CSV: one row per holding, accounts in the order they
 * first appear, each problem located by the record's line and the field's 1-based column.
 */
public final class BookLoader {
    /** The header, in this order. */
    static final List<String> COLUMNS = List.of("account", "margin_mode", "type", "asset", "quantity", "entry_price",
            "isolated_margin");
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get();

    private BookLoader() {
    }

    /**
     * What a book file gave: the book when valid (else null) and its rows, for the cross-file checks.
     *
     * @param rows every row that parsed, with where its asset stands
     */
    record Draft(Book book, List<BookRow> rows) {
    }

    /**
     * The book in {@code file}.
     *
     * @throws InputException with every problem of the file, each naming line, column and field
     */
    public static Book load(Path file) throws InputException {
        ProblemLog log = ProblemLog.of(file.toString());
        Draft draft = read(file, log);
        if (log.count() > 0) {
            throw new InputException(log.problems());
        }
        return draft.book();
    }

    /** The book in {@code file}, or null when it cannot be read at all (problems logged). */
    static Draft read(Path file, ProblemLog log) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException missing) {
            log.add(0, 0, "(file)", "file not found");
            return null;
        } catch (CharacterCodingException binary) {
            log.add(0, 0, "(file)", "expected a UTF-8 text file of CSV rows, got bytes that are not UTF-8");
            return null;
        } catch (IOException unreadable) {
            log.add(0, 0, "(file)", "cannot read: " + unreadable.getMessage());
            return null;
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1); // a byte-order mark, as spreadsheets write them
        }
        int[] lineStarts = lineStarts(text);
        BookRows rows = new BookRows(log);
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(FORMAT).get()) {
            int[] columns = null;
            for (CSVRecord record : parser) {
                int line = lineOf(lineStarts, record.getCharacterPosition());
                if (columns == null) {
                    columns = header(record, line, log);
                    if (columns == null) {
                        return new Draft(null, List.of());
                    }
                    continue;
                }
                if (record.size() != COLUMNS.size()) {
                    log.add(line, 0, "(row)", "expected " + COLUMNS.size() + " fields (" + String.join(",", COLUMNS)
                            + "), got " + record.size());
                    continue;
                }
                String[] fields = new String[COLUMNS.size()];
                for (int c = 0; c < fields.length; c++) {
                    fields[c] = record.get(columns[c]).strip();
                }
                rows.add(line, fields, columns);
            }
            if (columns == null) {
                log.add(1, 1, "(header)", "expected the header " + String.join(",", COLUMNS) + ", got an empty file");
                return null;
            }
        } catch (IOException | UncheckedIOException | IllegalStateException malformed) {
            // Commons CSV reports an unterminated quote and the like this way, naming the line it reached.
            log.add(0, 0, "(csv)", "not valid CSV: " + malformed.getMessage());
            return new Draft(null, rows.rows());
        }
        return new Draft(rows.book(), rows.rows());
    }

    /**
     * For each expected column, its index in the file's header; null after logging what is wrong with the header
     * (a missing column, an unknown or repeated one).
     */
    private static int[] header(CSVRecord record, int line, ProblemLog log) {
        int[] columns = new int[COLUMNS.size()];
        Arrays.fill(columns, -1);
        boolean ok = true;
        for (int c = 0; c < record.size(); c++) {
            String name = record.get(c).strip();
            int expected = COLUMNS.indexOf(name);
            if (expected < 0) {
                log.add(line, c + 1, name, DidYouMean.unknown("column", name, COLUMNS) + " (the header is "
                        + String.join(",", COLUMNS) + ")");
                ok = false;
            } else if (columns[expected] >= 0) {
                log.add(line, c + 1, name, "column given twice (first as column " + (columns[expected] + 1)
                        + "); expected each column once");
                ok = false;
            } else {
                columns[expected] = c;
            }
        }
        for (int k = 0; k < COLUMNS.size(); k++) {
            if (columns[k] < 0) {
                log.add(line, 0, COLUMNS.get(k), "missing column; expected the header " + String.join(",", COLUMNS));
                ok = false;
            }
        }
        return ok ? columns : null;
    }

    /** Offsets at which each line starts: line {@code k + 1} starts at {@code starts[k]}. */
    private static int[] lineStarts(String text) {
        int[] starts = new int[16];
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean end = c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'));
            if (end) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        return Arrays.copyOf(starts, count);
    }

    /** The 1-based line holding character {@code position}. */
    private static int lineOf(int[] lineStarts, long position) {
        int found = Arrays.binarySearch(lineStarts, (int) position);
        return found >= 0 ? found + 1 : -found - 1;
    }
}
