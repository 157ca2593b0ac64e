package org.crossmargin.simulation.cli;

import java.util.Locale;
import org.crossmargin.simulation.engine.EngineKind;
import picocli.CommandLine;

/** Parses {@code exhaustive} or {@code screened}. */
final class EngineConverter implements CommandLine.ITypeConverter<EngineKind> {
    @Override
    public EngineKind convert(String value) {
        try {
            return EngineKind.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException("expected exhaustive or screened, got '" + value + "'");
        }
    }
}
