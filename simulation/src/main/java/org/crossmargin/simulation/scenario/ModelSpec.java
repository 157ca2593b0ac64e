package org.crossmargin.simulation.scenario;

/** The price-path model a scenario asks for ({@code model.type}); one record per model, parameters validated. */
public sealed interface ModelSpec
        permits GbmSpec, StudentTSpec, MertonSpec, RegimeSwitchingSpec, BootstrapSpec, ReplaySpec {

    /** The {@code model.type} name of this model. */
    String type();
}
