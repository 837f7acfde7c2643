package org.herodotus.cli;

import org.herodotus.annotate.CoreNlpAnnotator;
import org.herodotus.pipeline.Dictionaries;
import org.herodotus.pipeline.Pipeline;

import java.nio.file.Files;
import java.util.Locale;

/** Builds the pipeline once, telling the user that the models load. */
final class Models {

    private Models() {
    }

    static Pipeline pipeline() {
        return pipeline(null);
    }

    static Pipeline pipeline(DictionaryOptions dictionaries) {
        long t0 = System.nanoTime();
        Pipeline p;
        if (dictionaries != null && dictionaries.dir != null) {
            if (!Files.isDirectory(dictionaries.dir)) {
                throw new IllegalArgumentException("--dictionaries " + dictionaries.dir
                        + " is not a directory; give the folder that holds the PETRARCH dictionary files");
            }
            Dictionaries d = Dictionaries.load(dictionaries.dir, dictionaries.replace);
            System.err.printf(Locale.ROOT, "herodotus: dictionaries %s: %d entities, %d verb patterns, %d discards, "
                            + "%d warnings%n", dictionaries.dir, d.kb().entities().size(),
                    d.lexicon().verbPatternCount(), d.discards().size(), d.warnings().size());
            d.warnings().stream().limit(5).forEach(w -> System.err.println("herodotus: warning: " + w));
            System.err.println("herodotus: loading the language models (once, about 15 s)...");
            p = d.pipeline(CoreNlpAnnotator.shared());
        } else {
            System.err.println("herodotus: loading the language models (once, about 15 s)...");
            p = Pipeline.builtIn();
        }
        System.err.printf(Locale.ROOT, "herodotus: ready in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        return p;
    }
}
