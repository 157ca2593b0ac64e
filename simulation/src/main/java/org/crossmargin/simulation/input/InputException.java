package org.crossmargin.simulation.input;

import java.util.List;
import java.util.stream.Collectors;

/** Bad user input: every problem found in the files at once. The CLI prints them all and exits 2. */
public final class InputException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    /** An exception carrying {@code problems}, at least one. */
    public InputException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining(System.lineSeparator())));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("problems: expected at least one");
        }
        this.problems = List.copyOf(problems);
    }

    /** The problems, in the order found. */
    public List<Problem> problems() {
        return problems;
    }
}
