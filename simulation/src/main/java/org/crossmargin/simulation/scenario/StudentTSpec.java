package org.crossmargin.simulation.scenario;

/**
 * Multivariate Student t increments scaled to unit variance, one chi-square per step shared across markets
 * ({@code type: student-t}).
 *
 * @param degreesOfFreedom {@code nu}, &gt; 2 so that the variance exists
 */
public record StudentTSpec(double degreesOfFreedom) implements ModelSpec {
    public StudentTSpec {
        if (!(degreesOfFreedom > 2 && degreesOfFreedom <= 1e6)) {
            throw new IllegalArgumentException("degrees_of_freedom: expected a number > 2, got " + degreesOfFreedom);
        }
    }

    @Override
    public String type() {
        return "student-t";
    }
}
