package org.crossmargin.simulation.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.crossmargin.simulation.input.InputException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every shipped scenario (and through it its book and venue) loads without a problem. */
class ShippedScenariosTest {
    static final Path SCENARIOS = Path.of("..", "scenarios");

    static Stream<Path> shippedScenarios() throws IOException {
        try (Stream<Path> files = Files.list(SCENARIOS)) {
            List<Path> yaml = files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
            assertTrue(yaml.size() >= 8, "expected at least 8 shipped scenarios, found " + yaml.size());
            return yaml.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("shippedScenarios")
    void shippedScenarioLoadsWithoutProblems(Path file) {
        try {
            RunInputs inputs = ScenarioLoader.load(file);
            assertTrue(inputs.scenario().description().length() > 40,
                    "a shipped scenario describes its event and sources: " + file);
        } catch (InputException e) {
            throw new AssertionError(file + " has problems:\n" + e.getMessage(), e);
        }
    }

    @ParameterizedTest
    @MethodSource("shippedScenarios")
    void shippedScenarioValidatesClean(Path file) {
        assertEquals(List.of(), FileValidator.validate(file));
    }
}
