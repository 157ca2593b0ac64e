/**
 * Scenario, venue and book files: reading, validation and the specification records of a stress scenario. The entry
 * point is {@link org.crossmargin.simulation.scenario.ScenarioLoader#load(java.nio.file.Path)}, which reads a
 * scenario with its book and venue into {@link org.crossmargin.simulation.scenario.RunInputs}, or throws one
 * {@link org.crossmargin.simulation.input.InputException} naming every problem by file, line, column and field;
 * {@link org.crossmargin.simulation.scenario.FileValidator} checks any single file.
 */
package org.crossmargin.simulation.scenario;
