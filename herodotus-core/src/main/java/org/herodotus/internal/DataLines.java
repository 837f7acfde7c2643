package org.herodotus.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reading data files: the lines of a UTF-8 file, and the comment convention of Herodotus' data files (a
 * '#' at the start of a line or after white space).
 */
public final class DataLines {

    private DataLines() {
    }

    /**
     * The line without its comment and trailing white space; leading white space is kept (it marks the
     * fields of a block in the {@code .kb} files). A '#' inside a word ("C#") is not a comment.
     */
    public static String withoutComment(String line) {
        int hash = line.indexOf('#');
        while (hash > 0 && !Character.isWhitespace(line.charAt(hash - 1))) {
            hash = line.indexOf('#', hash + 1);
        }
        return (hash < 0 ? line : line.substring(0, hash)).stripTrailing();
    }

    /**
     * The lines of a UTF-8 text file (bytes that are not UTF-8 become U+FFFD rather than failing the
     * read); {@code stage} names who reads it in the error.
     */
    public static List<String> read(Path file, String stage) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(Files.newInputStream(file),
                StandardCharsets.UTF_8))) {
            return r.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(stage + ": cannot read " + file, e);
        }
    }
}
