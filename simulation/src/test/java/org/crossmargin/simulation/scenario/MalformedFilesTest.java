package org.crossmargin.simulation.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.crossmargin.simulation.input.Problem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every malformed file under {@code src/test/resources/bad/} is rejected with a problem at the exact line and field
 * at fault, saying what was wrong. Line numbers are those of the fixture files (scenarios are edits of one
 * 17-line base scenario, venues of one 17-line base venue, books of the DESIGN §8 sample book).
 */
class MalformedFilesTest {
    private static final Path BAD = Path.of("src/test/resources/bad");

    @ParameterizedTest(name = "{0} -> line {2}, {3}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            # file                            | problems | line | field                          | message contains
            s-unknown-market-key.yaml         | 1 | 10 | markets.BTC.drfit                        | unknown key; did you mean "drift"? expected one of price, volatility, drift
            s-unknown-top-key.yaml            | 1 | 9  | horizn                                   | did you mean "horizon"?
            s-missing-description.yaml        | 1 | 1  | description                              | missing key
            s-missing-seed.yaml               | 1 | 1  | seed                                     | missing key; expected a whole number (the run's seed: required
            s-missing-volatility.yaml         | 1 | 11 | markets.ETH.volatility                   | missing key; expected a number in [0, 10]
            s-duplicate-key.yaml              | 1 | 9  | seed                                     | key given twice (first on line 8)
            s-alias.yaml                      | 1 | 11 | markets.ETH                              | aliases (*btc) are not supported
            s-syntax.yaml                     | 1 | 13 | (yaml)                                   | not valid YAML
            s-price-text.yaml                 | 1 | 10 | markets.BTC.price                        | expected a price > 0 (quote currency), got "abc"
            s-price-negative.yaml             | 1 | 11 | markets.ETH.price                        | expected a price > 0 (quote currency), got -3100
            s-price-zero.yaml                 | 1 | 12 | markets.SOL.price                        | got 0
            s-volatility-high.yaml            | 1 | 10 | markets.BTC.volatility                   | expected a number in [0, 10], got 12
            s-volatility-negative.yaml        | 1 | 12 | markets.SOL.volatility                   | expected a number in [0, 10], got -0.1
            s-market-name-dash.yaml           | 2 | 12 | markets.SOL-PERP                         | expected a market name without '-'
            s-flag-type.yaml                  | 1 | 9  | repair_correlation                       | expected true or false, got "maybe"
            s-correlation-range.yaml          | 1 | 15 | correlations.BTC-ETH                     | expected a correlation in [-1, 1], got 1.5
            s-correlation-unknown-market.yaml | 1 | 15 | correlations.BTC-DOGE                    | unknown market "DOGE"
            s-correlation-twice.yaml          | 1 | 16 | correlations.ETH-BTC                     | pair given twice (first on line 15)
            s-correlation-self.yaml           | 1 | 15 | correlations.BTC-BTC                     | expected a pair of two different markets
            s-correlation-pair-name.yaml      | 1 | 15 | correlations.BTCETH                      | expected a pair of markets written A-B
            s-correlation-not-psd.yaml        | 1 | 14 | correlations                             | not positive semi-definite (most negative eigenvalue -0.800000)
            s-step-longer-than-horizon.yaml   | 1 | 6  | step                                     | a step of 2d is longer than the horizon 1d
            s-horizon-not-whole-steps.yaml    | 1 | 5  | horizon                                  | expected a whole number of steps of 7m, got 1d
            s-duration-fraction.yaml          | 1 | 5  | horizon                                  | a whole number followed by s, m, h or d (30s, 15m, 2h, 1d), got "1.5h"
            s-duration-number.yaml            | 1 | 6  | step                                     | got 60
            s-too-many-steps.yaml             | 1 | 5  | horizon                                  | expected at most 2147483647 steps, got 2592000000 steps of 1s
            s-paths-zero.yaml                 | 1 | 7  | paths                                    | expected a whole number of paths in [1, 10000000], got 0
            s-paths-too-many.yaml             | 1 | 7  | paths                                    | got 20000000
            s-paths-text.yaml                 | 1 | 7  | paths                                    | got "many"
            s-memory.yaml                     | 1 | 7  | paths                                    | more than the JVM's maximum heap of
            s-modes-unknown.yaml              | 1 | 9  | modes[1]                                 | unknown margin mode "isolatd"; did you mean "isolated"?
            s-modes-twice.yaml                | 1 | 9  | modes[2]                                 | margin mode "cross" given twice
            s-book-missing.yaml               | 1 | 3  | book                                     | file not found: src/test/resources/good/nobook.csv
            s-model-unknown-type.yaml         | 1 | 17 | model.type                               | unknown model type; expected one of gbm, student-t
            s-model-missing.yaml              | 1 | 1  | model                                    | missing key
            s-model-unknown-key.yaml          | 1 | 19 | model.degrees                            | unknown key; expected one of type, degrees_of_freedom
            s-student-t-dof.yaml              | 1 | 18 | model.degrees_of_freedom                 | got 2
            s-merton-missing-stdev.yaml       | 1 | 16 | model.jump_stdev                         | missing key
            s-merton-unknown-market.yaml      | 1 | 23 | model.jumps.DOGE                         | unknown market "DOGE"
            s-regime-unknown-transition.yaml  | 1 | 21 | model.regimes.calm.transitions.panic     | unknown regime "panic"; expected one of stress
            s-regime-transitions-sum.yaml     | 1 | 21 | model.regimes.calm.transitions           | summing to at most 1, got 1.1
            s-regime-unknown-start.yaml       | 1 | 18 | model.start                              | unknown regime "clam"; did you mean "calm"?
            s-regime-volatility.yaml          | 1 | 23 | model.regimes.stress.volatilities.BTC    | expected a number in [0, 10], got 15
            s-regime-correlation-not-psd.yaml | 1 | 23 | model.regimes.stress.correlations        | not positive semi-definite
            s-bootstrap-missing-file.yaml     | 1 | 18 | model.file                               | file not found: src/test/resources/good/nowhere.csv
            s-bootstrap-block-zero.yaml       | 1 | 19 | model.mean_block_length                  | more than 0, got 0s
            s-replay-start.yaml               | 1 | 19 | model.start                              | expected an ISO-8601 instant such as 2025-01-08T00:00:00Z, got "yesterday"
            s-shock-unknown-market.yaml       | 1 | 21 | shocks[0].moves.DOGE                     | unknown market "DOGE"
            s-shock-outside-horizon.yaml      | 1 | 19 | shocks[0].at                             | (outside the horizon)
            s-shock-move-minus-100.yaml       | 1 | 21 | shocks[0].moves.BTC                      | expected a price change > -1 (a fall of less than 100%), got -1.0
            s-shock-recovery-fraction.yaml    | 1 | 22 | shocks[0].recovery.fraction              | got 1.5
            s-shock-missing-at.yaml           | 1 | 19 | shocks[0].at                             | missing key
            v-market-without-tiers.yaml       | 1 | 13 | markets.ETH.tiers                        | got an empty list
            v-market-missing-tiers.yaml       | 1 | 12 | markets.ETH.tiers                        | missing key
            v-tiers-not-ascending.yaml        | 1 | 11 | markets.BTC.tiers[1].max_notional        | expected a cap above the previous tier's 50000 (tiers ascend), got 40000
            v-rate-falls.yaml                 | 1 | 11 | markets.BTC.tiers[1].maintenance_rate    | expected at least the previous tier's 0.004
            v-maintenance-above-initial.yaml  | 1 | 10 | markets.BTC.tiers[0].maintenance_rate    | expected at most initial_rate 0.008, got 0.009
            v-two-bad-tiers.yaml              | 2 | 15 | markets.ETH.tiers[1].max_notional        | previous tier's 100000 (tiers ascend), got 90000
            v-fund-negative.yaml              | 1 | 2  | insurance_fund                           | got -1
            v-fee-rate-one.yaml               | 1 | 4  | liquidation.fee_rate                     | expected a fraction in [0, 1), got 1
            v-partial-without-fraction.yaml   | 1 | 3  | liquidation.partial_fraction             | missing key
            v-mode-unknown.yaml               | 1 | 6  | liquidation.mode                         | unknown liquidation mode "half"
            v-haircut-one.yaml                | 1 | 17 | collateral.BTC.haircut                   | expected a fraction in [0, 1), got 1.0
            v-tier-unknown-key.yaml           | 1 | 11 | markets.BTC.tiers[1].funding             | unknown key
            v-missing-collateral.yaml         | 1 | 1  | collateral                               | missing key
            b-bad-number.csv                  | 1 | 4  | quantity                                 | expected a number, got "1,5"
            b-mode-disagrees.csv              | 1 | 5  | margin_mode                              | account A0001 is cross on line 2
            b-perpetual-without-entry.csv     | 1 | 5  | entry_price                              | missing entry price
            b-collateral-negative.csv         | 1 | 6  | quantity                                 | expected a quantity > 0 (a collateral balance), got -5000
            b-isolated-margin-on-cross.csv    | 1 | 4  | isolated_margin                          | expected isolated_margin only on isolated rows, got 3000 on a cross row
            b-duplicate-perpetual.csv         | 1 | 8  | asset                                    | already has a perpetual BTC row on line 4
            b-header-missing-column.csv       | 1 | 1  | isolated_margin                          | missing column
            b-header-typo.csv                 | 2 | 1  | acount                                   | unknown column; did you mean "account"?
            b-unknown-type.csv                | 1 | 5  | type                                     | unknown type "perp"
            b-zero-quantity.csv               | 1 | 4  | quantity                                 | other than 0
            b-collateral-with-entry.csv       | 1 | 3  | entry_price                              | expected no entry price on a collateral row
            b-field-count.csv                 | 1 | 6  | (row)                                    | expected 7 fields
            b-empty.csv                       | 1 | 1  | (book)                                   | expected at least one row after the header
            b-blank-lines.csv                 | 1 | 7  | entry_price                              | got "31O0"
            b-bad-mode.csv                    | 1 | 6  | margin_mode                              | expected cross or isolated, got "isolate"
            b-negative-entry.csv              | 1 | 7  | entry_price                              | expected a price > 0, got -150
            c-unknown-market.yaml             | 2 | 8  | asset                                    | unknown asset "DOGE": not a market of the scenario
            c-collateral-not-in-venue.yaml    | 1 | 8  | asset                                    | not a collateral asset of the venue
            """)
    void reportsTheLineAndFieldAtFault(String file, int count, int line, String field, String message) {
        List<Problem> problems = FileValidator.validate(BAD.resolve(file));

        assertEquals(count, problems.size(), () -> "problems of " + file + ": " + problems);
        assertTrue(problems.stream().anyMatch(p -> p.line() == line && p.field().equals(field)
                        && p.message().contains(message)),
                () -> "expected line " + line + ", field " + field + ", \"" + message + "\" in " + problems);
    }
}
