package org.crossmargin.core.market;

import java.util.List;

/**
 * Risk-limit brackets as the large venues publish them, with the maintenance and initial amounts derived so that
 * margin is continuous in notional: {@code cum_1 = 0}, {@code cum_k = cum_{k-1} + cap_{k-1} (rate_k - rate_{k-1})}.
 *
 * <p>Caps must ascend and rates must not fall as notional grows (so margin is convex in notional, which the
 * screened hot loop relies on).
 */
public record TierTable(List<Tier> tiers) implements MaintenanceSchedule {

    public TierTable {
        if (tiers == null || tiers.isEmpty()) {
            throw new IllegalArgumentException("tiers: expected at least one tier, got none");
        }
        tiers = List.copyOf(tiers);
        for (int k = 1; k < tiers.size(); k++) {
            Tier previous = tiers.get(k - 1);
            Tier tier = tiers.get(k);
            if (!(tier.maxNotional() > previous.maxNotional())) {
                throw new IllegalArgumentException("tiers[" + k + "].max_notional: expected above "
                        + previous.maxNotional() + " (caps ascend), got " + tier.maxNotional());
            }
            if (tier.maintenanceRate() < previous.maintenanceRate()) {
                throw new IllegalArgumentException("tiers[" + k + "].maintenance_rate: expected at least "
                        + previous.maintenanceRate() + " (rates may not fall as notional grows), got "
                        + tier.maintenanceRate());
            }
            if (tier.initialRate() < previous.initialRate()) {
                throw new IllegalArgumentException("tiers[" + k + "].initial_rate: expected at least "
                        + previous.initialRate() + " (rates may not fall as notional grows), got "
                        + tier.initialRate());
            }
        }
    }

    /** A table from {@code tiers}. */
    public static TierTable of(Tier... tiers) {
        return new TierTable(List.of(tiers));
    }

    @Override
    public int tierCount() {
        return tiers.size();
    }

    @Override
    public double cap(int k) {
        return tiers.get(k).maxNotional();
    }

    @Override
    public double maintenanceRate(int k) {
        return tiers.get(k).maintenanceRate();
    }

    @Override
    public double initialRate(int k) {
        return tiers.get(k).initialRate();
    }

    @Override
    public double maintenanceAmount(int k) {
        double amount = 0.0;
        for (int j = 1; j <= k; j++) {
            amount += cap(j - 1) * (maintenanceRate(j) - maintenanceRate(j - 1));
        }
        return amount;
    }

    @Override
    public double initialAmount(int k) {
        double amount = 0.0;
        for (int j = 1; j <= k; j++) {
            amount += cap(j - 1) * (initialRate(j) - initialRate(j - 1));
        }
        return amount;
    }
}
