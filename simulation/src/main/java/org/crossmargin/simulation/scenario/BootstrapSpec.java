package org.crossmargin.simulation.scenario;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Stationary block bootstrap of historical log returns ({@code type: bootstrap}).
 *
 * @param pricesFile       CSV of prices: a timestamp column and one column per market (resolved path)
 * @param meanBlockSeconds mean block length, seconds, &gt; 0 (geometric block lengths, Politis–Romano 1994)
 */
public record BootstrapSpec(Path pricesFile, long meanBlockSeconds) implements ModelSpec {
    public BootstrapSpec {
        Objects.requireNonNull(pricesFile, "pricesFile");
        if (meanBlockSeconds <= 0) {
            throw new IllegalArgumentException("mean_block_length: expected a duration > 0, got "
                    + meanBlockSeconds + "s");
        }
    }

    @Override
    public String type() {
        return "bootstrap";
    }
}
