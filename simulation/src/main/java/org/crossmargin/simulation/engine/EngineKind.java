package org.crossmargin.simulation.engine;

import java.util.Locale;

/** Which hot loop runs the paths: both give byte-identical results (tested); screened skips safe work. */
public enum EngineKind {
    /** Every unit evaluated on every step: the reference. */
    EXHAUSTIVE,
    /** Units far from liquidation skipped over blocks of steps by an exact bound (the default). */
    SCREENED;

    /** The lower-case name used on the command line and in summary.json. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
