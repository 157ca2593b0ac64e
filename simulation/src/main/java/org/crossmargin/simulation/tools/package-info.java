/**
 * Tools that produce the shipped data: {@link org.crossmargin.simulation.tools.SampleBookGenerator} writes the
 * seeded sample books under {@code scenarios/books/} (DESIGN §8 book CSV), healthy at the start at the rates of the
 * venue profiles it is given.
 */
package org.crossmargin.simulation.tools;
