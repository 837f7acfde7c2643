package org.herodotus.cli;

import picocli.CommandLine;

/** The {@code herodotus} command. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(HerodotusCommand.commandLine().execute(args));
    }
}
