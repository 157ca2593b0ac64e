/**
 * The friendly object model of one account: {@link org.crossmargin.core.account.Account} (the entry point), its
 * collateral balances and perpetual positions, validated when built.
 */
package org.crossmargin.core.account;
