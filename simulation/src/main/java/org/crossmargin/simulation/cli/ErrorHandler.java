package org.crossmargin.simulation.cli;

import java.io.PrintWriter;
import org.crossmargin.simulation.input.InputException;
import org.crossmargin.simulation.input.Problem;
import picocli.CommandLine;

/**
 * Maps failures to exit codes and messages: bad input (every problem, one per line) and usage errors exit 2 without
 * a stack trace; anything else is an internal error, exit 1, with a one-line hint and the stack trace only under
 * {@code --debug}.
 */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {

    static int exitCode(Throwable failure) {
        return failure instanceof InputException || failure instanceof UsageException ? Main.BAD_INPUT
                : Main.INTERNAL_ERROR;
    }

    static int onParameterException(CommandLine.ParameterException e, String[] args) {
        PrintWriter err = e.getCommandLine().getErr();
        err.println("crossmargin: " + e.getMessage());
        if (!CommandLine.UnmatchedArgumentException.printSuggestions(e, err)) {
            e.getCommandLine().usage(err);
        }
        return Main.BAD_INPUT;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        if (e instanceof InputException input) {
            for (Problem problem : input.problems()) {
                err.println(problem);
            }
            err.println("crossmargin: " + input.problems().size() + " problem"
                    + (input.problems().size() == 1 ? "" : "s") + " in the input; nothing was written");
            return Main.BAD_INPUT;
        }
        if (e instanceof UsageException usage) {
            err.println("crossmargin: " + usage.getMessage());
            return Main.BAD_INPUT;
        }
        boolean debug = parseResult.subcommand() != null && parseResult.subcommand().hasMatchedOption("--debug");
        err.println("crossmargin: internal error: " + e);
        if (debug) {
            e.printStackTrace(err);
        } else {
            err.println("crossmargin: rerun with --debug for the stack trace, and report it with the scenario and seed");
        }
        return Main.INTERNAL_ERROR;
    }
}
