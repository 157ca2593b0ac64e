package org.crossmargin.core.account;

import org.crossmargin.core.market.Checks;

/**
 * A balance of one collateral asset held by an account.
 *
 * @param asset    asset name; priced by the run's market of the same name
 * @param quantity units of the asset, &gt; 0
 */
public record Collateral(String asset, double quantity) {
    public Collateral {
        Checks.name("asset", asset);
        Checks.finitePositive("quantity", quantity);
    }
}
