package org.crossmargin.simulation.paths;

/**
 * A source of {@link PathModel}s for one scenario: holds the immutable, shared parts (factors, shock table, parsed
 * price files) and hands each worker thread its own model with its own samplers and scratch.
 */
public interface PathModelFactory {

    /** Number of steps of a path. */
    int steps();

    /** Number of markets, in the scenario's order. */
    int markets();

    /** A new model for one worker thread; every model of this factory fills the same path with the same bits. */
    PathModel newModel();
}
