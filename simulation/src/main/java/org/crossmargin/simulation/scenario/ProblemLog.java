package org.crossmargin.simulation.scenario;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.crossmargin.simulation.input.Problem;

/**
 * The problems (and warnings) found in one input file, in the order found. Loaders add to it and throw one
 * {@code InputException} at the end, so the user sees every problem of a file at once.
 */
final class ProblemLog {
    private final String file;
    private final List<Problem> problems;
    private final List<String> warnings;

    /** A log for {@code file} (the path as the user gave it) that appends to shared lists. */
    ProblemLog(String file, List<Problem> problems, List<String> warnings) {
        this.file = file;
        this.problems = problems;
        this.warnings = warnings;
    }

    /** A log for {@code file} with lists of its own. */
    static ProblemLog of(String file) {
        return new ProblemLog(file, new ArrayList<>(), new ArrayList<>());
    }

    /** A log for another file that appends to the same lists (a scenario's book and venue). */
    ProblemLog forFile(String otherFile) {
        return new ProblemLog(otherFile, problems, warnings);
    }

    String file() {
        return file;
    }

    /** Records a problem at {@code line:column} (1-based; 0 when unknown). */
    void add(int line, int column, String field, String message) {
        problems.add(new Problem(file, line, column, field, message));
    }

    /** Records a problem at the start of {@code node}, unless the node was already reported as unusable. */
    void add(YamlNode node, String field, String message) {
        if (!node.isRejected()) {
            add(node.line(), node.column(), field, message);
        }
    }

    /** Records a problem at the key that introduced {@code node} (where a missing or unknown key is reported). */
    void addAtKey(YamlNode node, String field, String message) {
        add(node.keyLine(), node.keyColumn(), field, message);
    }

    /** Records a warning at the key of {@code node}, formatted like a problem. */
    void warn(YamlNode node, String field, String message) {
        warnings.add(new Problem(file, node.keyLine(), node.keyColumn(), field, message).toString());
    }

    /** Number of problems so far (of every file sharing the lists): lets a reader tell whether a part was clean. */
    int count() {
        return problems.size();
    }

    /** Puts the problems found since {@code from} in file order (line, then column): they were found by topic. */
    void sortSince(int from) {
        problems.subList(from, problems.size())
                .sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
    }

    List<Problem> problems() {
        return problems;
    }

    List<String> warnings() {
        return warnings;
    }
}
