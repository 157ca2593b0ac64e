package org.crossmargin.simulation.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The report's fixture output folders (see src/test/resources/report/README.md), copied where a test may edit. */
final class Fixtures {
    /** Two modes (cross, isolated), 400 paths, a flash crash. */
    static final String FLASH_CRASH = "flash-crash-mini";
    /** One mode (booked), 120 paths. */
    static final String BOOKED = "booked-calm";

    private Fixtures() {
    }

    /** A fresh copy of fixture {@code name} at {@code target}. */
    static Path copy(String name, Path target) {
        try {
            Path source = Path.of(Fixtures.class.getResource("/report/" + name).toURI());
            Files.createDirectories(target);
            try (Stream<Path> files = Files.list(source)) {
                for (Path file : (Iterable<Path>) files::iterator) {
                    Files.copy(file, target.resolve(file.getFileName()));
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** summary.json of a folder, parsed. */
    static JsonNode summary(Path dir) {
        try {
            return new ObjectMapper().readTree(dir.resolve("summary.json").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The node at a dotted key. */
    static JsonNode at(JsonNode root, String dottedKey) {
        JsonNode node = root;
        for (String part : dottedKey.split("\\.")) {
            node = node.path(part);
        }
        return node;
    }
}
