package org.crossmargin.simulation.scenario;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations as scenario files write them: a whole number and a unit, {@code 30s}, {@code 15m}, {@code 2h}, {@code 1d}.
 */
public final class Durations {
    /** Whole numbers only: {@code 1.5h} is ambiguous to read and easy to get wrong, {@code 90m} is not. */
    private static final Pattern DURATION = Pattern.compile("(\\d{1,15})([smhd])");

    /** What a duration looks like, for messages. */
    static final String EXPECTED = "a duration: a whole number followed by s, m, h or d (30s, 15m, 2h, 1d)";

    private Durations() {
    }

    /**
     * The number of seconds {@code text} stands for: {@code s} seconds, {@code m} minutes, {@code h} hours,
     * {@code d} days of 86,400 seconds.
     *
     * @throws IllegalArgumentException when {@code text} is not such a duration (the message says what is expected)
     */
    public static long parseSeconds(String text) {
        Matcher matcher = DURATION.matcher(text == null ? "" : text.strip());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("expected " + EXPECTED + ", got \"" + text + "\"");
        }
        long amount = Long.parseLong(matcher.group(1));
        long unitSeconds = switch (matcher.group(2)) {
            case "s" -> 1L;
            case "m" -> 60L;
            case "h" -> 3_600L;
            default -> 86_400L;
        };
        try {
            return Math.multiplyExact(amount, unitSeconds);
        } catch (ArithmeticException overflow) {
            throw new IllegalArgumentException("expected " + EXPECTED + " of at most " + Long.MAX_VALUE
                    + " seconds, got \"" + text + "\"", overflow);
        }
    }

    /** {@code seconds} in the largest unit that divides it exactly: 7200 is {@code 2h}, 90 is {@code 90s}. */
    public static String format(long seconds) {
        if (seconds != 0 && seconds % 86_400 == 0) {
            return seconds / 86_400 + "d";
        }
        if (seconds != 0 && seconds % 3_600 == 0) {
            return seconds / 3_600 + "h";
        }
        if (seconds != 0 && seconds % 60 == 0) {
            return seconds / 60 + "m";
        }
        return seconds + "s";
    }
}
