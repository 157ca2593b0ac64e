package org.crossmargin.simulation.cli;

import java.io.InterruptedIOException;
import java.io.PrintWriter;
import java.nio.channels.ClosedByInterruptException;
import org.crossmargin.simulation.input.InputException;
import org.crossmargin.simulation.input.Problem;
import picocli.CommandLine;

/**
 * Maps failures to exit codes and messages: bad input (every problem, one per line) and usage errors exit 2 without
 * a stack trace; an interrupted run exits 1 saying so; anything else is an internal error, exit 1, with a one-line
 * hint and the stack trace only under {@code --debug}.
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

    /** An interrupt, or file I/O that an interrupt closed (NIO channels throw ClosedByInterruptException). */
    private static boolean interrupted(Throwable e) {
        return e instanceof InterruptedException || e instanceof ClosedByInterruptException
                || e instanceof InterruptedIOException;
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
        if (interrupted(e)) {
            // Not a bug: the run was stopped (a thread interrupt). The output folder's close already removed the
            // temporary folder; keep the interrupt visible to whoever called us.
            Thread.currentThread().interrupt();
            err.println("crossmargin: interrupted; nothing was written");
            return Main.INTERNAL_ERROR;
        }
        boolean debug = parseResult.subcommand() != null && parseResult.subcommand().hasMatchedOption("--debug");
        err.println("crossmargin: internal error: " + e);
        if (debug) {
            e.printStackTrace(err);
        } else {
            err.println("crossmargin: rerun with --debug for the stack trace, and report it with the scenario and "
                    + "seed");
        }
        return Main.INTERNAL_ERROR;
    }
}
