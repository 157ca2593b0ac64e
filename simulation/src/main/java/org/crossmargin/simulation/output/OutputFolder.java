package org.crossmargin.simulation.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * An output folder created whole or not at all (DESIGN §7): files are written into a temporary sibling folder
 * {@code .<name>.tmp-<random>} next to the target, and {@link #commit()} renames it into place with an atomic
 * move. Closing without a commit deletes the temporary folder, so a run that fails half-way leaves nothing behind.
 *
 * <p>The target may be absent or an empty folder. An existing non-empty folder is replaced only with {@code force}:
 * it is first moved aside (also next to the target, so every move stays on one file system and is a rename), the
 * new folder is moved in, and only then is the old one deleted; if the move in fails the old folder is put back.
 *
 * <pre>{@code
 * try (OutputFolder out = OutputFolder.create(target, force)) {
 *     SummaryJson.write(out.path().resolve(SummaryJson.FILE_NAME), ...);
 *     out.commit();
 * }
 * }</pre>
 */
public final class OutputFolder implements AutoCloseable {
    private final Path target;
    private final Path shownTarget;
    private final boolean force;
    private final Path temporary;
    private boolean committed;

    private OutputFolder(Path target, Path shownTarget, boolean force, Path temporary) {
        this.target = target;
        this.shownTarget = shownTarget;
        this.force = force;
        this.temporary = temporary;
    }

    /**
     * Checks the target and creates the temporary folder next to it (and the target's parent folders).
     *
     * @param target the output folder the user asked for
     * @param force  whether an existing non-empty target may be replaced ({@code --force})
     * @throws OutputExistsException if the target is a non-empty folder without force, or is not a folder
     */
    public static OutputFolder create(Path target, boolean force) throws IOException {
        final Path absolute = target.toAbsolutePath().normalize();
        final Path parent = absolute.getParent();
        if (parent == null || absolute.getFileName() == null) {
            throw new OutputExistsException(target, target + " cannot be an output folder (a file-system root)");
        }
        checkTarget(absolute, target, force);
        Files.createDirectories(parent);
        removeOrphans(parent, absolute.getFileName().toString());
        // the owner's pid in the name lets a later run remove the folder of a run that was killed outright
        final Path temporary = Files.createTempDirectory(parent, "." + absolute.getFileName() + ".tmp-"
                + ProcessHandle.current().pid() + "-");
        return new OutputFolder(absolute, target, force, temporary);
    }

    /** Writes the folder with {@code writer} and commits it; if the writer throws, nothing is left behind. */
    public static void write(Path target, boolean force, FolderWriter writer) throws IOException {
        try (OutputFolder folder = create(target, force)) {
            writer.write(folder.path());
            folder.commit();
        }
    }

    /** The temporary folder to write the files into. */
    public Path path() {
        return temporary;
    }

    /** The final output folder (absolute). */
    public Path target() {
        return target;
    }

    /** Moves the written folder into place; the target then holds exactly the files written. */
    public void commit() throws IOException {
        if (committed) {
            throw new IllegalStateException(shownTarget + ": already committed");
        }
        checkTarget(target, shownTarget, force); // again: something may have appeared during the run
        Path aside = null;
        if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            if (isEmpty(target)) {
                Files.delete(target);
            } else {
                final Path holder = Files.createTempDirectory(target.getParent(), "." + target.getFileName()
                        + ".old-");
                aside = holder.resolve(target.getFileName());
                Files.move(target, aside, StandardCopyOption.ATOMIC_MOVE);
            }
        }
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            if (aside != null) {
                Files.move(aside, target, StandardCopyOption.ATOMIC_MOVE); // put the old results back
                deleteRecursively(aside.getParent());
            }
            throw e;
        }
        committed = true;
        if (aside != null) {
            deleteRecursively(aside.getParent());
        }
    }

    /** Deletes the temporary folder unless the folder was committed. */
    @Override
    public void close() throws IOException {
        if (!committed) {
            deleteRecursively(temporary);
        }
    }

    /**
     * Deletes temporary folders {@code .<name>.tmp-<pid>-*} next to the target whose process is no longer alive:
     * what a run killed outright (SIGKILL, power loss) left behind, since no code of its own could run.
     */
    private static void removeOrphans(Path parent, String name) throws IOException {
        final String prefix = "." + name + ".tmp-";
        try (var siblings = Files.newDirectoryStream(parent, entry -> entry.getFileName().toString()
                .startsWith(prefix))) {
            for (Path sibling : siblings) {
                final String rest = sibling.getFileName().toString().substring(prefix.length());
                final int dash = rest.indexOf('-');
                if (dash <= 0) {
                    continue;
                }
                try {
                    final long pid = Long.parseLong(rest.substring(0, dash));
                    if (ProcessHandle.of(pid).isEmpty() && Files.isDirectory(sibling, LinkOption.NOFOLLOW_LINKS)) {
                        deleteRecursively(sibling);
                    }
                } catch (NumberFormatException e) {
                    // not one of ours: leave it
                }
            }
        }
    }

    private static void checkTarget(Path absolute, Path shown, boolean force) throws IOException {
        if (!Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (!Files.isDirectory(absolute, LinkOption.NOFOLLOW_LINKS)) {
            throw new OutputExistsException(shown, shown + " exists and is not a folder");
        }
        if (!force && !isEmpty(absolute)) {
            throw new OutputExistsException(shown, shown + " exists and is not empty; use --force");
        }
    }

    private static boolean isEmpty(Path folder) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            return !entries.iterator().hasNext();
        }
    }

    private static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            // Deepest first, so every folder is empty when its turn comes. Files.walk does not follow links.
            walk.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
