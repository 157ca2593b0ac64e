package org.crossmargin.core.market;

/** Argument checks that name the field and the value, and reject NaN (written so that NaN fails every test). */
public final class Checks {
    private Checks() {
    }

    /** Returns {@code value} if it is finite and strictly positive. */
    public static double finitePositive(String field, double value) {
        if (!(value > 0 && value < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException(field + ": expected a finite number > 0, got " + value);
        }
        return value;
    }

    /** Returns {@code value} if it is finite and at least zero. */
    public static double finiteNonNegative(String field, double value) {
        if (!(value >= 0 && value < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException(field + ": expected a finite number >= 0, got " + value);
        }
        return value;
    }

    /** Returns {@code value} if it is finite (not NaN, not infinite). */
    public static double finite(String field, double value) {
        if (!(Math.abs(value) < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException(field + ": expected a finite number, got " + value);
        }
        return value;
    }

    /** Returns {@code value} if it is finite and not zero. */
    public static double finiteNonZero(String field, double value) {
        if (!(Math.abs(value) > 0 && Math.abs(value) < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException(field + ": expected a finite number other than 0, got " + value);
        }
        return value;
    }

    /** Returns {@code value} if it is a rate in [0, 1]. */
    public static double rate(String field, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(field + ": expected a rate in [0, 1], got " + value);
        }
        return value;
    }

    /** Returns {@code value} if it is a non-blank string. */
    public static String name(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + ": expected a non-empty name, got " + value);
        }
        return value;
    }
}
