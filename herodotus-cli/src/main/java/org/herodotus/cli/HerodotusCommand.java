package org.herodotus.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top command: lists the subcommands. */
@Command(name = "herodotus", mixinStandardHelpOptions = true, version = "herodotus 0.1.0",
        description = "Reads news and records who did what to whom, when and where (CAMEO and PLOVER events).",
        subcommands = {CodeCommand.class, DemoCommand.class, BenchCommand.class, ActorsCommand.class, EvalCommand.class,
                IngestCommand.class, QueryCommand.class, StatsCommand.class, ExportCommand.class,
                CommandLine.HelpCommand.class})
public final class HerodotusCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Exit code when an input was bad (the rest of the batch was still processed). */
    public static final int BAD_INPUT = 2;

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
    }

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new HerodotusCommand());
        cl.setExecutionExceptionHandler((ex, line, parse) -> {
            line.getErr().println("herodotus: " + ex.getMessage());
            return 1;
        });
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine c = ex.getCommandLine();
            c.getErr().println("herodotus: " + ex.getMessage());
            c.getErr().println("Try '" + c.getCommandSpec().qualifiedName() + " --help'.");
            return BAD_INPUT;
        });
        return cl;
    }
}
