package org.crossmargin.simulation.output;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The output folder already exists and is not empty, and {@code --force} was not given (or it is not a folder at
 * all). A usage error: the command line maps it to exit code 2.
 */
public final class OutputExistsException extends IOException {
    private static final long serialVersionUID = 1L;

    private final transient Path target;

    /** The target {@code target} exists; {@code message} says why it may not be replaced. */
    public OutputExistsException(Path target, String message) {
        super(message);
        this.target = target;
    }

    /** The output folder as the user gave it. */
    public Path target() {
        return target;
    }
}
