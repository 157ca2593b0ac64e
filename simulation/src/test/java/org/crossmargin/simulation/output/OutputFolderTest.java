package org.crossmargin.simulation.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFolderTest {
    @TempDir
    Path dir;

    private List<String> entries(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void commitMovesTheWrittenFilesIntoPlaceAndLeavesNothingElse() throws Exception {
        Path target = dir.resolve("results").resolve("flash");
        OutputFolder.write(target, false, folder -> Files.writeString(folder.resolve("summary.json"), "{}\n"));
        assertEquals(List.of("summary.json"), entries(target));
        assertEquals(List.of("flash"), entries(dir.resolve("results")), "no temporary folder left");
    }

    @Test
    void writesGoToAHiddenSiblingUntilCommitted() throws Exception {
        Path target = dir.resolve("flash");
        try (OutputFolder out = OutputFolder.create(target, false)) {
            assertEquals(dir, out.path().getParent());
            assertTrue(out.path().getFileName().toString().startsWith(".flash.tmp-"));
            Files.writeString(out.path().resolve("paths.csv"), "path\n");
            assertFalse(Files.exists(target), "the target appears only on commit");
            out.commit();
        }
        assertTrue(Files.exists(target.resolve("paths.csv")));
    }

    @Test
    void aWriterThatFailsHalfWayLeavesNoTargetFolder() throws Exception {
        Path target = dir.resolve("flash");
        IOException failure = assertThrows(IOException.class, () -> OutputFolder.write(target, false, folder -> {
            Files.writeString(folder.resolve("summary.json"), "{}\n");
            throw new IOException("disk full while writing paths.csv");
        }));
        assertEquals("disk full while writing paths.csv", failure.getMessage());
        assertFalse(Files.exists(target));
        assertEquals(List.of(), entries(dir), "the temporary folder is deleted too");
    }

    @Test
    void aNonEmptyTargetWithoutForceIsRefusedBeforeAnythingIsWritten() throws Exception {
        Path target = dir.resolve("flash");
        Files.createDirectories(target);
        Files.writeString(target.resolve("old.csv"), "old\n");
        OutputExistsException refused = assertThrows(OutputExistsException.class,
                () -> OutputFolder.create(target, false));
        assertEquals(target + " exists and is not empty; use --force", refused.getMessage());
        assertEquals(List.of("flash"), entries(dir));
        assertEquals(List.of("old.csv"), entries(target));
    }

    @Test
    void forceReplacesTheOldResultsWhole() throws Exception {
        Path target = dir.resolve("flash");
        Files.createDirectories(target.resolve("sub"));
        Files.writeString(target.resolve("sub").resolve("old.csv"), "old\n");
        OutputFolder.write(target, true, folder -> Files.writeString(folder.resolve("new.csv"), "new\n"));
        assertEquals(List.of("new.csv"), entries(target));
        assertEquals(List.of("flash"), entries(dir), "neither the old folder nor the temporary one is left");
    }

    @Test
    void forceKeepsTheOldResultsWhenTheNewRunFails() throws Exception {
        Path target = dir.resolve("flash");
        Files.createDirectories(target);
        Files.writeString(target.resolve("old.csv"), "old\n");
        assertThrows(IOException.class, () -> OutputFolder.write(target, true, folder -> {
            throw new IOException("simulation failed");
        }));
        assertEquals(List.of("old.csv"), entries(target));
        assertEquals(List.of("flash"), entries(dir));
    }

    @Test
    void anEmptyExistingFolderNeedsNoForce() throws Exception {
        Path target = dir.resolve("flash");
        Files.createDirectories(target);
        OutputFolder.write(target, false, folder -> Files.writeString(folder.resolve("a.csv"), "a\n"));
        assertEquals(List.of("a.csv"), entries(target));
    }

    @Test
    void aFileInTheWayIsRefusedEvenWithForce() throws Exception {
        Path target = dir.resolve("flash");
        Files.writeString(target, "not a folder\n");
        assertThrows(OutputExistsException.class, () -> OutputFolder.create(target, true));
        assertEquals("not a folder\n", Files.readString(target));
    }

    @Test
    void resultsThatAppearDuringTheRunAreNotOverwrittenWithoutForce() throws Exception {
        Path target = dir.resolve("flash");
        try (OutputFolder out = OutputFolder.create(target, false)) {
            Files.writeString(out.path().resolve("mine.csv"), "mine\n");
            Files.createDirectories(target); // another run finished first
            Files.writeString(target.resolve("theirs.csv"), "theirs\n");
            assertThrows(OutputExistsException.class, out::commit);
        }
        assertEquals(List.of("theirs.csv"), entries(target));
        assertEquals(List.of("flash"), entries(dir));
    }

    @Test
    void aFailedMoveInPutsTheOldResultsBack() throws Exception {
        Path target = dir.resolve("flash");
        Files.createDirectories(target);
        Files.writeString(target.resolve("old.csv"), "old\n");
        try (OutputFolder out = OutputFolder.create(target, true)) {
            Files.delete(out.path()); // the temporary folder vanishes, so moving it into place must fail
            assertThrows(IOException.class, out::commit);
        }
        assertEquals(List.of("old.csv"), entries(target));
        assertEquals(List.of("flash"), entries(dir), "the folder the old results were moved aside into is gone");
    }
}
