package org.crossmargin.simulation.output;

import java.io.IOException;
import java.nio.file.Path;

/** Writes the files of a run into a folder (the temporary folder of an {@link OutputFolder}). */
@FunctionalInterface
public interface FolderWriter {
    /** Writes every output file into {@code folder}, which exists and is empty. */
    void write(Path folder) throws IOException;
}
