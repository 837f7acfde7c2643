package org.herodotus.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The options that choose PETRARCH-format dictionaries, shared by the commands that code. */
final class DictionaryOptions {

    @Option(names = "--dictionaries", paramLabel = "DIR",
            description = "PETRARCH-format dictionaries (*actors*.txt, *agents*.txt, *discards*.txt, *verbs*.txt "
                    + "or CAMEO*.txt) read on top of the built-in knowledge base and lexicon")
    Path dir;

    @Option(names = "--dictionaries-only",
            description = "use the dictionaries instead of the built-in knowledge base and lexicon "
                    + "(the built-in country names are kept to recognise countries)")
    boolean replace;
}
