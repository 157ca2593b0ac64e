package org.crossmargin.simulation.scenario;

/** Geometric Brownian motion with Cholesky-correlated normals ({@code type: gbm}). */
public record GbmSpec() implements ModelSpec {
    @Override
    public String type() {
        return "gbm";
    }
}
