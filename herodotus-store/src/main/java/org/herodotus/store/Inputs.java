package org.herodotus.store;

import org.herodotus.ingest.ArticleReader;
import org.herodotus.ingest.ReadResult;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What {@code herodotus ingest} reads: everything {@link ArticleReader} reads (text, HTML, JSONL,
 * directories of them, standard input) plus RSS and Atom feeds ({@code .xml}, {@code .rss}, {@code .atom}),
 * given on their own or found in a directory. Also estimates how many articles the inputs hold, so that
 * progress can show the time left.
 */
final class Inputs {

    private static final Pattern ITEM = Pattern.compile("<(?:[A-Za-z0-9_]+:)?(?:item|entry)[\\s>]");

    private final ArticleReader reader;
    private final FeedReader feeds;

    Inputs(ArticleReader reader) {
        this.reader = reader;
        this.feeds = new FeedReader(reader);
    }

    /** Reads one input, handing each article or problem to {@code sink} in order. */
    void read(String input, Consumer<? super ReadResult> sink) {
        Path path = pathOf(input);
        if (path == null || !Files.exists(path)) {
            reader.read(input, sink);
            return;
        }
        if (Files.isDirectory(path)) {
            List<Path> files = files(path);
            List<Path> feedFiles = files.stream().filter(p -> FeedReader.isFeed(p.getFileName().toString())).toList();
            if (feedFiles.isEmpty() || files.size() > feedFiles.size()) {
                reader.read(input, sink);
            }
            feedFiles.forEach(f -> feeds.read(f.toString(), f, sink));
        } else if (FeedReader.isFeed(path.getFileName().toString())) {
            feeds.read(input, path, sink);
        } else {
            reader.read(input, sink);
        }
    }

    /** About how many articles the inputs hold; empty when it cannot be told (standard input). */
    static OptionalLong estimate(List<String> inputs) {
        long total = 0;
        for (String input : inputs) {
            if (ArticleReader.STDIN.equals(input)) {
                return OptionalLong.empty();
            }
            Path path = pathOf(input);
            if (path == null) {
                total++;
                continue;
            }
            try {
                total += Files.isDirectory(path) ? files(path).stream().mapToLong(Inputs::articlesIn).sum()
                        : Files.exists(path) ? articlesIn(path) : 1;
            } catch (UncheckedIOException e) {
                return OptionalLong.empty();
            }
        }
        return OptionalLong.of(total);
    }

    private static long articlesIn(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            if (name.endsWith(".jsonl") || name.endsWith(".json")) {
                try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
                    return r.lines().filter(l -> !l.isBlank()).count();
                }
            }
            if (FeedReader.isFeed(name)) {
                Matcher m = ITEM.matcher(Files.readString(file, StandardCharsets.ISO_8859_1));
                long n = 0;
                while (m.find()) {
                    n++;
                }
                return Math.max(1, n);
            }
            return 1;
        } catch (IOException e) {
            return 1;
        }
    }

    /** Regular, non-hidden files under {@code dir} that ingest reads, in path order. */
    private static List<Path> files(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            List<Path> out = new ArrayList<>(s.filter(Files::isRegularFile)
                    .filter(p -> !hidden(dir, p))
                    .filter(p -> readable(p.getFileName().toString()))
                    .toList());
            out.sort(null);
            return out;
        } catch (IOException | UncheckedIOException e) {
            return List.of();
        }
    }

    private static boolean hidden(Path dir, Path file) {
        for (Path part : dir.relativize(file)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static boolean readable(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        return FeedReader.isFeed(n) || n.endsWith(".txt") || n.endsWith(".html") || n.endsWith(".htm")
                || n.endsWith(".jsonl");
    }

    /** The input's path; null for standard input and for names that are not valid paths. */
    private static Path pathOf(String input) {
        if (ArticleReader.STDIN.equals(input)) {
            return null;
        }
        try {
            return Path.of(input);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
