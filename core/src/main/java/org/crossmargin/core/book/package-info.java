/**
 * The book and its two forms: the records ({@link org.crossmargin.core.book.Book},
 * {@link org.crossmargin.core.book.Venue}) walked by the slow {@link org.crossmargin.core.book.ReferenceSimulation}, and the struct-of-arrays
 * {@link org.crossmargin.core.book.CompiledBook} (the entry point, from {@code Book.compile}) stepped by the hot loop
 * with per-worker {@link org.crossmargin.core.book.PathState}. Both give the same
 * {@link org.crossmargin.core.book.PathOutcome} on the same prices. With market impact (DESIGN §10) the
 * {@link org.crossmargin.core.book.ImpactPathRunner} steps a compiled book on prices its own liquidations move.
 */
package org.crossmargin.core.book;
