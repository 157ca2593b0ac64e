package org.crossmargin.core.book;

/** The margin mode a whole book is run in (the scenario's {@code modes:}). */
public enum RunMode {
    /** Every account is one cross pool, whatever its rows say. */
    CROSS,
    /** Every position of every account is on its own margin (allocation of DESIGN §3). */
    ISOLATED,
    /** Each account runs in the margin mode its rows give. */
    BOOKED;

    /** The lower-case name used in files and outputs: {@code cross}, {@code isolated}, {@code booked}. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
