/**
 * Correlated price paths (DESIGN §4): {@link org.crossmargin.simulation.paths.PathModels#factory} builds a
 * {@link org.crossmargin.simulation.paths.PathModelFactory} for a scenario, whose
 * {@link org.crossmargin.simulation.paths.PathModel}s (one per worker thread) fill the prices of path {@code p} from
 * the random stream of {@code (seed, p)} alone: gbm, student-t, merton, regime-switching, bootstrap and replay,
 * with the scenario's shocks on top.
 */
package org.crossmargin.simulation.paths;
