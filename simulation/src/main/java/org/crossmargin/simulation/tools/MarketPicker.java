package org.crossmargin.simulation.tools;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Chooses the markets of an account: by popularity weight, without replacement, among the markets whose venues
 * allow the account's leverage (high leverage is only on offer in the deepest markets).
 */
final class MarketPicker {

    private final BookProfile profile;
    private final List<VenueRates> venues;
    private final UniformRandomProvider rng;

    MarketPicker(BookProfile profile, List<VenueRates> venues, UniformRandomProvider rng) {
        this.profile = profile;
        this.venues = venues;
        this.rng = rng;
    }

    /**
     * Markets where {@code leverage} would put a first-tier position within {@link AccountSampler#TARGET_HEALTH} of
     * maintenance at some venue ({@code leverage * mmr * TARGET_HEALTH > 0.9}); none when that would exclude every
     * market.
     */
    boolean[] excludedAt(double leverage) {
        List<ReferenceAsset> markets = profile.markets();
        boolean[] excluded = new boolean[markets.size()];
        int left = markets.size();
        for (int m = 0; m < markets.size(); m++) {
            for (VenueRates venue : venues) {
                double firstRate = venue.tierTable(markets.get(m).name()).maintenanceRate(0);
                if (leverage * firstRate * AccountSampler.TARGET_HEALTH > 0.9) {
                    excluded[m] = true;
                }
            }
            left -= excluded[m] ? 1 : 0;
        }
        return left > 0 ? excluded : new boolean[markets.size()];
    }

    List<List<String>> hedgePairs(boolean[] excluded) {
        List<List<String>> pairs = new ArrayList<>();
        for (List<String> pair : profile.hedgePairs()) {
            if (!excluded[index(pair.get(0))] && !excluded[index(pair.get(1))]) {
                pairs.add(pair);
            }
        }
        return pairs;
    }

    private int index(String market) {
        for (int m = 0; m < profile.markets().size(); m++) {
            if (profile.markets().get(m).name().equals(market)) {
                return m;
            }
        }
        throw new IllegalArgumentException("profile " + profile.cliName() + " has no market " + market);
    }

    /** A market index not yet {@code taken}, drawn with probability proportional to its weight. */
    int pick(boolean[] taken) {
        List<ReferenceAsset> markets = profile.markets();
        double total = 0;
        int last = -1;
        for (int m = 0; m < markets.size(); m++) {
            if (!taken[m]) {
                total += markets.get(m).weight();
                last = m;
            }
        }
        double u = rng.nextDouble() * total;
        for (int m = 0; m < markets.size(); m++) {
            if (!taken[m]) {
                u -= markets.get(m).weight();
                if (u < 0) {
                    return m;
                }
            }
        }
        return last; // only reached through rounding at the top end
    }
}
