package org.crossmargin.simulation.scenario;

import java.util.Collection;
import java.util.Optional;

/** Suggestions for misspelt keys and names: the closest allowed word within Levenshtein distance 2. */
final class DidYouMean {
    /** Two edits catch a swapped or dropped letter or two ({@code volatilty}) without suggesting unrelated words. */
    static final int MAX_DISTANCE = 2;

    private DidYouMean() {
    }

    /** The allowed word closest to {@code word} (first in iteration order on ties), if within two edits. */
    static Optional<String> suggest(String word, Collection<String> allowed) {
        String best = null;
        int bestDistance = MAX_DISTANCE + 1;
        for (String candidate : allowed) {
            int distance = distance(word, candidate);
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    /** {@code unknown key; did you mean "x"? expected one of a, b, c} (the suggestion only when there is one). */
    static String unknown(String what, String word, Collection<String> allowed) {
        StringBuilder message = new StringBuilder("unknown ").append(what);
        suggest(word, allowed).ifPresent(s -> message.append("; did you mean \"").append(s).append("\"?"));
        message.append(allowed.isEmpty() ? "; expected none here" : (message.toString().endsWith("?") ? " " : "; ")
                + "expected one of " + String.join(", ", allowed));
        return message.toString();
    }

    /** Levenshtein distance: the fewest single-character insertions, deletions and substitutions from a to b. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
