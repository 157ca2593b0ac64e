package org.crossmargin.simulation.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The end-to-end tests' way in: runs the command line in-process through {@link Main#execute} with captured
 * streams, finds the hand-written inputs under {@code src/test/resources/e2e/}, and reads the output files back
 * with the same libraries a user would (Jackson, Commons CSV). Public so the engine package's tests can use it.
 */
public final class Cli {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Cli() {
    }

    /** What one command line run printed and returned. */
    public record Result(int code, String out, String err) {
        /** stdout and stderr together, for failure messages. */
        public String both() {
            return "exit " + code + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    /** Runs {@code crossmargin args...} in this JVM. */
    public static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code;
        try (PrintWriter outWriter = new PrintWriter(out, true); PrintWriter errWriter = new PrintWriter(err, true)) {
            code = Main.execute(args, outWriter, errWriter);
        }
        return new Result(code, out.toString(), err.toString());
    }

    /** The e2e input file {@code name} (a real file in target/test-classes, so relative paths resolve). */
    public static Path input(String name) {
        URL url = Cli.class.getResource("/e2e/" + name);
        if (url == null) {
            throw new IllegalArgumentException("no test resource e2e/" + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code summary.json} of an output folder as a tree. */
    public static JsonNode summary(Path folder) throws IOException {
        return JSON.readTree(folder.resolve("summary.json").toFile());
    }

    /** A CSV output file's header, in file order. */
    public static List<String> header(Path file) throws IOException {
        try (CSVParser parser = parser(file)) {
            return parser.getHeaderNames();
        }
    }

    /** A CSV output file's records (after the header). */
    public static List<CSVRecord> rows(Path file) throws IOException {
        try (CSVParser parser = parser(file)) {
            return parser.getRecords();
        }
    }

    private static CSVParser parser(Path file) throws IOException {
        Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader);
    }

    /** Names in {@code folder} (hidden ones included), sorted; empty when the folder does not exist. */
    public static List<String> listing(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
