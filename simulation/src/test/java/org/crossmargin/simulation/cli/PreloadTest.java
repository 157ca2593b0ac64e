package org.crossmargin.simulation.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.crossmargin.simulation.input.InputException;
import org.crossmargin.simulation.scenario.RunInputs;
import org.crossmargin.simulation.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

class PreloadTest {
    @Test
    void theScenarioReadAheadEqualsAFreshLoadOfTheSameFile() throws Exception {
        Path file = Cli.input("shock.yaml");
        // an option and its value before the scenario: the guess skips them and finds the file
        Preload.start(new String[] {"run", "--paths", "7", file.toString(), "--quiet"});
        RunInputs ahead = Preload.load(file);
        RunInputs fresh = ScenarioLoader.load(file);
        assertEquals(fresh, ahead);
        assertEquals(fresh, Preload.load(file)); // used once; a second call reads the file itself
    }

    @Test
    void aScenarioThatFailsAheadFailsWithTheSameProblemsOnTheMainThread() throws Exception {
        Path file = Cli.input("bad-scenario.yaml");
        Preload.start(new String[] {"run", file.toString()});
        InputException ahead = assertThrows(InputException.class, () -> Preload.load(file));
        InputException fresh = assertThrows(InputException.class, () -> ScenarioLoader.load(file));
        assertEquals(fresh.problems(), ahead.problems());
    }

    @Test
    void anotherFileThanTheGuessIsLoadedAfresh() throws Exception {
        Path guessed = Cli.input("shock.yaml");
        Path other = Cli.input("small.yaml");
        Preload.start(new String[] {"run", guessed.toString()});
        assertEquals(ScenarioLoader.load(other), Preload.load(other));
        assertEquals(ScenarioLoader.load(guessed), Preload.load(guessed)); // consumed: later tests load afresh
    }
}
