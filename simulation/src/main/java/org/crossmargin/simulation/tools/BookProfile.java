package org.crossmargin.simulation.tools;

import java.util.List;

/**
 * A family of sample books: the markets (reference prices and popularity), the non-stable collateral accounts may
 * hold, the correlated pairs hedged accounts trade, and the shares of account kinds. Every account also holds USDT
 * (price 1), unless its whole collateral is in another asset.
 */
public enum BookProfile {

    /**
     * The sample exchange book: ten markets at the reference prices every scenario of it starts from, USDT plus
     * some BTC/ETH collateral. Popularity weights are an assumption (majors first, as venue open interest ranks).
     */
    EXCHANGE("exchange",
            List.of(new ReferenceAsset("BTC", 100_000, 0.26), new ReferenceAsset("ETH", 3_500, 0.18),
                    new ReferenceAsset("SOL", 180, 0.11), new ReferenceAsset("XRP", 2.5, 0.08),
                    new ReferenceAsset("DOGE", 0.25, 0.08), new ReferenceAsset("BNB", 650, 0.06),
                    new ReferenceAsset("ADA", 0.8, 0.05), new ReferenceAsset("AVAX", 30, 0.05),
                    new ReferenceAsset("LINK", 20, 0.05), new ReferenceAsset("SUI", 3.5, 0.08)),
            List.of(new ReferenceAsset("BTC", 100_000, 0.09), new ReferenceAsset("ETH", 3_500, 0.06)),
            List.of(List.of("BTC", "ETH"), List.of("ETH", "SOL"), List.of("SOL", "SUI"), List.of("BTC", "BNB"),
                    List.of("XRP", "ADA"), List.of("DOGE", "XRP"), List.of("SOL", "AVAX"), List.of("ETH", "LINK")),
            0.007),

    /** A BTC-only desk (for the bootstrap of Bitstamp BTC/USD returns): one market, USDT and BTC collateral. */
    BTC_DESK("btc-desk",
            List.of(new ReferenceAsset("BTC", 100_000, 1.0)),
            List.of(new ReferenceAsset("BTC", 100_000, 0.15)),
            List.of(),
            0.01),

    /**
     * A May-2022 book around the LUNA/UST collapse: LUNA, BTC and ETH perpetuals at their 7 May 2022 prices
     * (LUNA ~80, BTC ~36,000, ETH ~2,700 USD), half the accounts holding UST collateral.
     */
    LUNA_2022("luna-2022",
            List.of(new ReferenceAsset("LUNA", 80, 0.45), new ReferenceAsset("BTC", 36_000, 0.30),
                    new ReferenceAsset("ETH", 2_700, 0.25)),
            List.of(new ReferenceAsset("UST", 1.0, 0.50), new ReferenceAsset("BTC", 36_000, 0.05)),
            List.of(List.of("LUNA", "BTC"), List.of("BTC", "ETH")),
            0.01),

    /**
     * A November-2022 book around the FTX collapse: FTT, SOL, BTC and ETH perpetuals at their 6 November 2022
     * prices (FTT ~22, SOL ~35, BTC ~20,900, ETH ~1,600 USD), a quarter of the accounts holding FTT collateral.
     */
    FTX_2022("ftx-2022",
            List.of(new ReferenceAsset("FTT", 22, 0.30), new ReferenceAsset("SOL", 35, 0.30),
                    new ReferenceAsset("BTC", 20_900, 0.20), new ReferenceAsset("ETH", 1_600, 0.20)),
            List.of(new ReferenceAsset("FTT", 22, 0.25), new ReferenceAsset("BTC", 20_900, 0.05)),
            List.of(List.of("FTT", "SOL"), List.of("SOL", "ETH"), List.of("BTC", "ETH")),
            0.01);

    /** The stable collateral every profile uses, priced 1 in the quote currency. */
    public static final String STABLE = "USDT";

    private final String cliName;
    private final List<ReferenceAsset> markets;
    private final List<ReferenceAsset> cryptoCollateral;
    private final List<List<String>> hedgePairs;
    private final double whaleShare;

    BookProfile(String cliName, List<ReferenceAsset> markets, List<ReferenceAsset> cryptoCollateral,
                List<List<String>> hedgePairs, double whaleShare) {
        this.cliName = cliName;
        this.markets = markets;
        this.cryptoCollateral = cryptoCollateral;
        this.hedgePairs = hedgePairs;
        this.whaleShare = whaleShare;
    }

    /** The profile named {@code name} on the command line ({@code exchange}, {@code btc-desk}, ...). */
    public static BookProfile of(String name) {
        for (BookProfile profile : values()) {
            if (profile.cliName.equals(name)) {
                return profile;
            }
        }
        throw new IllegalArgumentException("profile: expected one of exchange, btc-desk, luna-2022, ftx-2022, got "
                + name);
    }

    /** Name on the command line. */
    public String cliName() {
        return cliName;
    }

    /** Perpetual markets with reference prices and popularity weights. */
    public List<ReferenceAsset> markets() {
        return markets;
    }

    /** Non-stable collateral assets, each with the probability an account holds some of it. */
    public List<ReferenceAsset> cryptoCollateral() {
        return cryptoCollateral;
    }

    /** Correlated market pairs a hedged account is long one of and short the other. */
    public List<List<String>> hedgePairs() {
        return hedgePairs;
    }

    /** Probability that an account is a whale whose main position lands in a higher tier. */
    public double whaleShare() {
        return whaleShare;
    }

    /** The reference asset of market {@code name}. */
    public ReferenceAsset market(String name) {
        for (ReferenceAsset market : markets) {
            if (market.name().equals(name)) {
                return market;
            }
        }
        throw new IllegalArgumentException("profile " + cliName + " has no market " + name);
    }
}
