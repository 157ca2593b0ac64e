package org.crossmargin.simulation.scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small input files that tests write into a temporary folder. */
public final class TestFiles {
    private TestFiles() {
    }

    /**
     * {@code dir/venue.yaml}: one BTC tier to 1,000,000 at initial 1%, maintenance 0.5%, no fee, no slippage, no
     * fund, USDT collateral without haircut, plus {@code extraCollateral} lines (e.g. {@code "  BTC: {haircut: 0.5}"}).
     */
    public static Path flatBtcVenue(Path dir, String... extraCollateral) throws IOException {
        StringBuilder yaml = new StringBuilder("""
                name: flat
                insurance_fund: 0
                liquidation: {fee_rate: 0.0, slippage: 0.0, mode: full}
                markets:
                  BTC:
                    tiers:
                      - {max_notional: 1000000, initial_rate: 0.01, maintenance_rate: 0.005}
                collateral:
                  USDT: {haircut: 0.0}
                """);
        for (String line : extraCollateral) {
            yaml.append(line).append('\n');
        }
        return Files.writeString(dir.resolve("venue.yaml"), yaml);
    }
}
