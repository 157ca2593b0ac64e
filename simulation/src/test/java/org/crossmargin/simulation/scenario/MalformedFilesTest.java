package org.crossmargin.simulation.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.crossmargin.simulation.input.Problem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * Every malformed file under {@code src/test/resources/bad/} is rejected with a problem at the exact line and field
 * at fault, saying what was wrong. Line numbers are those of the fixture files (scenarios are edits of one
 * 17-line base scenario, venues of one 17-line base venue, books of the DESIGN §8 sample book); the table is
 * {@code src/test/resources/malformed-files.psv}: file, number of problems, line, field, part of the message.
 */
class MalformedFilesTest {
    private static final Path BAD = Path.of("src/test/resources/bad");

    @ParameterizedTest(name = "{0} -> line {2}, {3}")
    @CsvFileSource(resources = "/malformed-files.psv", delimiter = '|', quoteCharacter = '`')
    void reportsTheLineAndFieldAtFault(String file, int count, int line, String field, String message) {
        List<Problem> problems = FileValidator.validate(BAD.resolve(file));

        assertEquals(count, problems.size(), () -> "problems of " + file + ": " + problems);
        assertTrue(problems.stream().anyMatch(p -> p.line() == line && p.field().equals(field)
                        && p.message().contains(message)),
                () -> "expected line " + line + ", field " + field + ", \"" + message + "\" in " + problems);
    }
}
