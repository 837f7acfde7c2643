package org.herodotus.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads one gold format into {@link GoldArticle}s. Implementations are stateless and thread-safe; get one
 * from {@link GoldFormat#reader()}.
 */
@FunctionalInterface
public interface GoldReader {

    /**
     * Parses the content of a gold file.
     *
     * @param content  the whole file as text
     * @param fileName the file's name, for messages
     * @throws GoldFormatException when the content does not follow the format
     */
    List<GoldArticle> parse(String content, String fileName);

    /** Reads a UTF-8 gold file. */
    default List<GoldArticle> read(Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    }
}
