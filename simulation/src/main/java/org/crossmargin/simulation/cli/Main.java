package org.crossmargin.simulation.cli;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code crossmargin} command line: {@code run}, {@code validate}, {@code scenarios}, {@code batch},
 * {@code report}. Exit codes: 0 success, 2 bad input or usage, 1 internal error.
 */
@Command(name = "crossmargin", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Monte Carlo stress tests of margined crypto-derivatives books: cross versus isolated margin.")
public final class Main implements Runnable {
    /** Exit code of success. */
    public static final int OK = 0;
    /** Exit code of an internal error. */
    public static final int INTERNAL_ERROR = 1;
    /** Exit code of bad input or usage. */
    public static final int BAD_INPUT = 2;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "expected a command: run, validate, "
                + "scenarios, batch or report");
    }

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /**
     * The subcommands to build for {@code args}, in help order: only the one named first when there is one, since
     * picocli builds the model of every registered command by reflection before parsing (a few hundredths of a
     * second each in a fresh JVM); all of them for help, version or a mistyped name, so the usage and the
     * suggestions list every command.
     */
    static List<Object> commandsFor(String[] args) {
        List<Object> all = List.of(new RunCommand(), new ValidateCommand(), new ScenariosCommand(),
                new BatchCommand(), new ReportCommand(), new CommandLine.HelpCommand());
        if (args.length > 0) {
            for (Object command : all) {
                if (!(command instanceof CommandLine.HelpCommand)
                        && command.getClass().getAnnotation(Command.class).name().equals(args[0])) {
                    return List.of(command);
                }
            }
        }
        return all;
    }

    /** Runs the command line with the given streams and returns the exit code (for tests). */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new Main());
        for (Object command : commandsFor(args)) {
            commandLine.addSubcommand(command);
        }
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExitCodeExceptionMapper(ErrorHandler::exitCode);
        commandLine.setExecutionExceptionHandler(new ErrorHandler());
        commandLine.setParameterExceptionHandler(ErrorHandler::onParameterException);
        return commandLine.execute(args);
    }
}
