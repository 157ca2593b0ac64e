package org.crossmargin.simulation.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.crossmargin.simulation.input.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Safe loading: no alias expansion, no arbitrary types, explicit size limits; and telling file kinds apart. */
class YamlSafetyTest {

    @Test
    void refusesAliasesInsteadOfExpandingThem(@TempDir Path folder) throws IOException {
        // The "billion laughs": nine levels of ten aliases would expand to 10^9 strings if aliases were honoured.
        StringBuilder yaml = new StringBuilder("name: laughs\ninsurance_fund: 0\nl0: &l0 [lol, lol]\n");
        for (int level = 1; level <= 9; level++) {
            yaml.append('l').append(level).append(": &l").append(level).append(" [");
            for (int k = 0; k < 10; k++) {
                yaml.append(k == 0 ? "" : ", ").append("*l").append(level - 1);
            }
            yaml.append("]\n");
        }
        Path file = folder.resolve("venue.yaml");
        Files.writeString(file, yaml);

        List<Problem> problems = FileValidator.validate(file);

        assertEquals(90, problems.stream().filter(p -> p.message().startsWith("aliases (*l")).count()); // 9 x 10
        assertTrue(problems.stream().anyMatch(p -> p.field().equals("l9[0]") && p.line() == 12));
    }

    @Test
    void ignoresTagsThatAskForJavaTypes(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("venue.yaml");
        Files.writeString(file, "name: !!javax.script.ScriptEngineManager [x]\ninsurance_fund: 0\n");

        List<Problem> problems = FileValidator.validate(file);

        // The tag builds nothing: the value is read as a plain list, which is the wrong type for a name.
        assertTrue(problems.stream().anyMatch(p -> p.line() == 1 && p.field().equals("name")
                && p.message().equals("expected a venue name, got a list")), problems::toString);
    }

    @Test
    void refusesAFileBeyondTheSizeLimit(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("venue.yaml");
        Files.writeString(file, "name: x\n" + "# padding\n".repeat(YamlTree.MAX_CODE_POINTS / 10 + 1));

        List<Problem> problems = FileValidator.validate(file);

        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).message().contains("3145728"), problems::toString); // 3 MiB, named
    }

    @Test
    void tellsAScenarioFromAVenueAndRefusesOtherFiles(@TempDir Path folder) throws IOException {
        Path unknown = folder.resolve("what.yaml");
        Files.writeString(unknown, "colour: blue\n");
        Path text = folder.resolve("notes.txt");
        Files.writeString(text, "hello\n");

        assertEquals(List.of(), FileValidator.validate(Path.of("src/test/resources/good/scenario.yaml")));
        assertEquals(List.of(), FileValidator.validate(Path.of("src/test/resources/good/venue.yaml")));
        assertEquals(List.of(), FileValidator.validate(Path.of("src/test/resources/good/book.csv")));
        assertEquals("cannot tell a scenario from a venue", FileValidator.validate(unknown).get(0).message()
                .substring(0, 35));
        assertEquals("(file)", FileValidator.validate(text).get(0).field());
    }
}
