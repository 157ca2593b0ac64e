package org.crossmargin.simulation.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class MainTest {
    private static List<Class<?>> classes(String... args) {
        return Main.commandsFor(args).stream().<Class<?>>map(Object::getClass).toList();
    }

    @Test
    void aNamedCommandIsTheOnlyOneBuilt() {
        assertEquals(List.of(RunCommand.class), classes("run", "x.yaml", "--quiet"));
        assertEquals(List.of(ReportCommand.class), classes("report", "dir"));
        assertEquals(List.of(BatchCommand.class), classes("batch"));
    }

    @Test
    void helpVersionAndUnknownNamesBuildEveryCommandInHelpOrder() {
        List<Class<?>> all = List.of(RunCommand.class, ValidateCommand.class, ScenariosCommand.class,
                BatchCommand.class, ReportCommand.class, CommandLine.HelpCommand.class);
        for (String[] args : List.of(new String[0], new String[] {"help", "run"}, new String[] {"--version"},
                new String[] {"rn"})) {
            assertEquals(all, classes(args), String.join(" ", args));
        }
    }

    @Test
    void usageListsEveryCommandAndASubcommandStillParsesItsOptions() {
        Cli.Result usage = Cli.run("--help");
        for (String command : List.of("run", "validate", "scenarios", "batch", "report", "help")) {
            assertTrue(usage.out().contains("\n  " + command + " "), command + " in\n" + usage.out());
        }
        Cli.Result bad = Cli.run("run", "x.yaml", "--threads", "0");
        assertEquals(Main.BAD_INPUT, bad.code(), bad.both());
    }
}
