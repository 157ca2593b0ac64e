package org.crossmargin.simulation.cli;

/** A command used wrongly in a way picocli cannot see (an existing --out folder without --force): exit 2. */
final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
