package org.herodotus.cli;

import org.herodotus.pipeline.Pipeline;

/** Builds the pipeline once, telling the user that the models load. */
final class Models {

    private Models() {
    }

    static Pipeline pipeline() {
        long t0 = System.nanoTime();
        System.err.println("herodotus: loading the language models (once, about 15 s)...");
        Pipeline p = Pipeline.builtIn();
        System.err.printf("herodotus: ready in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        return p;
    }
}
