package org.crossmargin.core.book;

import java.util.Locale;

/** How a step's liquidation flow moves the log price of its market (DESIGN §10). */
public enum ImpactModel {
    /**
     * The square-root law {@code I = -sign(Q) Y sigma_d sqrt(|Q| / V)} (Tóth et al. 2011, "Anomalous price impact and
     * the critical nature of liquidity in financial markets", Phys. Rev. X 1, 021006; Bouchaud, "Price impact", 2010).
     */
    SQUARE_ROOT,
    /** Linear (Kyle 1985) impact {@code I = -lambda Q}. */
    LINEAR,
    /** No impact: prices are the exogenous path, results equal a run without a {@code market_impact} section. */
    NONE;

    /** The name used in scenario files and outputs: {@code square-root}, {@code linear}, {@code none}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
