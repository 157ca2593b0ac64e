package org.crossmargin.simulation.scenario;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The historical path itself ({@code type: replay}), rescaled so that it starts at the scenario's prices.
 *
 * @param pricesFile CSV of prices: a timestamp column and one column per market (resolved path)
 * @param start      first timestamp replayed; the file's first row when empty
 */
public record ReplaySpec(Path pricesFile, Optional<Instant> start) implements ModelSpec {
    public ReplaySpec {
        Objects.requireNonNull(pricesFile, "pricesFile");
        Objects.requireNonNull(start, "start");
    }

    @Override
    public String type() {
        return "replay";
    }
}
