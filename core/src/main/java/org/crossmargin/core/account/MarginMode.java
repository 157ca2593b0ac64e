package org.crossmargin.core.account;

/** How an account's positions share collateral: one pool ({@code CROSS}) or one margin per position. */
public enum MarginMode {
    /** All positions and collateral of the account form one pool; one trigger for the whole account. */
    CROSS,
    /** Each position has its own margin and its own trigger; its loss is capped at that margin. */
    ISOLATED
}
