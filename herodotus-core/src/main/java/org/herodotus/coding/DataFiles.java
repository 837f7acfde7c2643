package org.herodotus.coding;

import org.herodotus.internal.DataLines;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Reading of the commented data files of this package. */
final class DataFiles {

    private DataFiles() {
    }

    static List<String> lines(String resource) {
        InputStream in = DataFiles.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new LexiconFormatException(resource, "missing from the classpath; rebuild the jar");
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return r.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("coding: cannot read " + resource, e);
        }
    }

    /** The line without its comment, stripped. */
    static String content(String line) {
        return DataLines.withoutComment(line).strip();
    }
}
