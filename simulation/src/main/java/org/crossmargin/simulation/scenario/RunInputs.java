package org.crossmargin.simulation.scenario;

import java.util.List;
import java.util.Objects;
import org.crossmargin.core.book.Book;
import org.crossmargin.core.book.Venue;

/**
 * Everything a run reads, validated together: the scenario, the book and the venue it names.
 *
 * @param scenario the scenario
 * @param book     its book
 * @param venue    its venue
 * @param warnings what the user should know but that does not stop the run (a repaired correlation matrix), each
 *                 formatted like a problem: {@code file:line:column: field: message}
 */
public record RunInputs(Scenario scenario, Book book, Venue venue, List<String> warnings) {
    public RunInputs {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(book, "book");
        Objects.requireNonNull(venue, "venue");
        warnings = List.copyOf(warnings);
    }
}
