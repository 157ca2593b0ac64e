package org.crossmargin.simulation.tools;

/**
 * An asset of a book profile with its reference price and a sampling weight.
 *
 * @param name   market or collateral asset name, e.g. {@code BTC}
 * @param price  reference (start) price, quote currency, &gt; 0; entries are drawn within a few % of it
 * @param weight for a market, its relative popularity among positions; for a collateral asset, the probability
 *               that an account holds part of its collateral in it; &gt;= 0
 */
public record ReferenceAsset(String name, double price, double weight) {
    public ReferenceAsset {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name: expected an asset name, got " + name);
        }
        if (!(price > 0 && price < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("price: expected a finite number > 0, got " + price);
        }
        if (!(weight >= 0 && weight < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("weight: expected a finite number >= 0, got " + weight);
        }
    }

    /** Decimals a quantity of this asset is rounded to: a lot worth about 0.01 to 0.1 quote units. */
    public int quantityDecimals() {
        return Math.max(0, Math.min(8, (int) Math.ceil(Math.log10(price)) + 1));
    }

    /** Decimals a price of this asset is rounded to: six significant digits. */
    public int priceDecimals() {
        return Math.max(0, Math.min(8, 5 - (int) Math.floor(Math.log10(price))));
    }
}
