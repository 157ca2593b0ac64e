package org.crossmargin.core.book;

/**
 * A shortcut for the top of the screened kernel's tree: per unit, how far every market may move from the start
 * prices, in units of per-market scales (say volatilities), before the unit's bound at its start state can fail.
 * A path whose prices all stay within a smaller move clears the unit without its bound; the rest are bounded as
 * usual. It changes which units are bounded at the root, never a result.
 *
 * <p>Why it is exact. Unit {@code u}'s radius {@code tau_u} is a move at which the kernel's own bound was evaluated
 * and cleared the unit, on the box {@code [P0_m e^(-tau w_m) (1 - 1e-12), P0_m e^(tau w_m) (1 + 1e-12)]} of every
 * market {@code m} ({@code w_m} its scale; a market of scale 0 only at {@code P0_m}): so the unit stays above
 * maintenance at every price vector in that box (the bound's own argument, {@link ScreenedKernel}). A path whose
 * every market {@code m} stays within {@code D w_m} in log price, {@code D <= tau_u}, stays in the box: the 1e-12
 * slack is far above the rounding of the logs and exps on either side. A market of scale 0 that moved makes
 * {@code D} infinite. Radii are found by bisection (40 halvings of {@code [0, 64]}); only a bound that cleared the
 * unit sets one, so the search needs no monotonicity to be exact; a unit its start box does not clear gets -1.
 */
final class SafeRadii {
    private static final double SLACK = 1e-12;
    private static final double MAX_RADIUS = 64.0;
    private static final int HALVINGS = 40;

    private final double[] scales;
    private final double[] radius;

    private SafeRadii(double[] scales, double[] radius) {
        this.scales = scales;
        this.radius = radius;
    }

    /** The radii of every unit of {@code kernel}'s book, bounded on {@code start}, a freshly reset state. */
    static SafeRadii of(ScreenedKernel kernel, CompiledBook book, PathState start, double[] scales) {
        final int markets = book.markets;
        final double[] box = new double[2 * markets];
        final double[] radius = new double[book.units()];
        for (int u = 0; u < radius.length; u++) {
            if (!clears(kernel, book, start, u, scales, 0.0, box)) {
                radius[u] = -1.0;
                continue;
            }
            double safe = 0.0;
            double unsafe = MAX_RADIUS;
            if (clears(kernel, book, start, u, scales, MAX_RADIUS, box)) {
                safe = MAX_RADIUS;
            } else {
                for (int i = 0; i < HALVINGS; i++) {
                    final double mid = 0.5 * (safe + unsafe);
                    if (clears(kernel, book, start, u, scales, mid, box)) {
                        safe = mid;
                    } else {
                        unsafe = mid;
                    }
                }
            }
            radius[u] = safe;
        }
        return new SafeRadii(scales.clone(), radius);
    }

    private static boolean clears(ScreenedKernel kernel, CompiledBook book, PathState start, int u, double[] scales,
                                  double tau, double[] box) {
        final int markets = book.markets;
        for (int m = 0; m < markets; m++) {
            final double p0 = book.startPrice(m);
            final double factor = scales[m] > 0 ? Math.exp(tau * scales[m]) : 1.0;
            box[m] = p0 / factor * (1 - SLACK);
            box[markets + m] = p0 * factor * (1 + SLACK);
        }
        return !kernel.mayTrigger(start, u, box, 0);
    }

    /** True when these radii were found for {@code otherScales}. */
    boolean scaledBy(double[] otherScales) {
        return java.util.Arrays.equals(scales, otherScales);
    }

    /**
     * The largest move, in units of the scales, of the path whose root ranges are at {@code base} of {@code r}, from
     * the book's start prices: infinite when a market of scale 0 moved or a range is NaN.
     */
    double distance(CompiledBook book, double[] r, int base) {
        final int markets = book.markets;
        double distance = 0.0;
        for (int m = 0; m < markets; m++) {
            final double p0 = book.startPrice(m);
            final double low = r[base + m];
            final double high = r[base + markets + m];
            if (low == p0 && high == p0) {
                continue;
            }
            if (!(scales[m] > 0)) {
                return Double.POSITIVE_INFINITY;
            }
            final double move = Math.max(Math.log(high / p0), Math.log(p0 / low)) / scales[m];
            if (!(move < Double.POSITIVE_INFINITY)) {
                return Double.POSITIVE_INFINITY; // NaN or infinite
            }
            distance = Math.max(distance, move);
        }
        return distance;
    }

    /** The radius of unit {@code u}: -1 when its start box is not cleared. */
    double of(int u) {
        return radius[u];
    }
}
