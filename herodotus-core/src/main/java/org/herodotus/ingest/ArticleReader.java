package org.herodotus.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.herodotus.model.Article;

/**
 * Turns inputs (files, directories, standard input) into {@link Article}s or {@link InputProblem}s.
 *
 * <p>Never throws for bad input: each input, and each line of a JSONL input, gives its own
 * {@link ReadResult}, so one bad article never stops a batch. JSONL is read line by line and results
 * are handed to the sink as they come, so inputs of any size are read in bounded memory.
 *
 * <p>Instances are immutable and may be shared between threads.
 */
public final class ArticleReader {

    /** The input name that stands for standard input. */
    public static final String STDIN = "-";

    private final ReadOptions options;
    private final Supplier<InputStream> stdin;
    private final JsonLines jsonLines;

    public ArticleReader(ReadOptions options) {
        this(options, () -> System.in);
    }

    ArticleReader(ReadOptions options, Supplier<InputStream> stdin) {
        this.options = Objects.requireNonNull(options, "options");
        this.stdin = stdin;
        this.jsonLines = new JsonLines(options);
    }

    /** Reads all inputs, in order, into one list; for small batches and tests. */
    public List<ReadResult> readAll(List<String> inputs) {
        List<ReadResult> results = new ArrayList<>();
        inputs.forEach(input -> read(input, results::add));
        return results;
    }

    /**
     * Reads one input: a .txt, .html, .htm, .jsonl or .json file, a directory (its .txt, .html, .htm
     * and .jsonl files, recursively, in path order; hidden files skipped), or {@link #STDIN}. Results
     * go to {@code sink} as they are read; an exception thrown by the sink stops reading and propagates.
     */
    public void read(String input, Consumer<? super ReadResult> sink) {
        if (STDIN.equals(input)) {
            read(STDIN, stdin.get(), Format.SNIFF, sink);
            return;
        }
        Path path;
        try {
            path = Path.of(input);
        } catch (InvalidPathException e) {
            sink.accept(failed(input, InputProblem.Reason.MISSING, "is not a valid path (" + e.getReason() + ")"));
            return;
        }
        if (!Files.exists(path)) {
            sink.accept(failed(input, InputProblem.Reason.MISSING, "no such file or directory"));
        } else if (Files.isDirectory(path)) {
            readDirectory(input, path, sink);
        } else {
            Format format = Format.ofFileName(path.getFileName().toString()).orElse(null);
            if (format == null) {
                sink.accept(failed(input, InputProblem.Reason.UNKNOWN_FORMAT, "is not a kind of file Herodotus reads"));
            } else {
                readFile(input, path, format, sink);
            }
        }
    }

    /**
     * Reads a stream (standard input, an upload) of the given format; {@link Format#SNIFF} decides from
     * the first non-blank character. {@code name} names it in problems and, for text and HTML, gives
     * the article's id (its file name without extension, or {@code stdin} for {@link #STDIN}). The
     * stream is read to its end but not closed.
     */
    public void read(String name, InputStream in, Format format, Consumer<? super ReadResult> sink) {
        try {
            Format actual = format;
            InputStream stream = in;
            if (format == Format.SNIFF) {
                stream = new BufferedInputStream(in, TextDecoder.SAMPLE);
                stream.mark(TextDecoder.SAMPLE);
                byte[] head = stream.readNBytes(TextDecoder.SAMPLE);
                stream.reset();
                actual = Format.sniff(head, head.length);
            }
            if (actual == Format.JSONL) {
                jsonLines.read(name, idOf(name, false), stream, sink);
                return;
            }
            byte[] bytes = stream.readNBytes((int) Math.min(options.maxBytes() + 1, Integer.MAX_VALUE - 16));
            if (bytes.length > options.maxBytes()) {
                throw Checks.tooLarge(name, -1, options.maxBytes());
            }
            sink.accept(single(name, bytes, actual));
        } catch (ProblemException e) {
            sink.accept(new ReadResult.Failed(e.problem()));
        } catch (IOException e) {
            sink.accept(failed(name, InputProblem.Reason.UNREADABLE, "cannot be read (" + describe(e) + ")"));
        }
    }

    private void readFile(String name, Path path, Format format, Consumer<? super ReadResult> sink) {
        try {
            long size = Files.size(path);
            if (format != Format.JSONL && size > options.maxBytes()) {
                throw Checks.tooLarge(name, size, options.maxBytes());
            }
            try (InputStream in = Files.newInputStream(path)) {
                read(name, in, format, sink);
            }
        } catch (ProblemException e) {
            sink.accept(new ReadResult.Failed(e.problem()));
        } catch (IOException e) {
            sink.accept(failed(name, InputProblem.Reason.UNREADABLE, "cannot be read (" + describe(e) + ")"));
        }
    }

    private ReadResult single(String name, byte[] bytes, Format format) throws ProblemException {
        if (bytes.length == 0) {
            throw new ProblemException(name, InputProblem.Reason.EMPTY, "is empty");
        }
        String id = idOf(name, true);
        if (format == Format.HTML) {
            HtmlExtractor.Page page = HtmlExtractor.extract(name, bytes, bytes.length);
            if (page.text().isBlank()) {
                throw new ProblemException(name, InputProblem.Reason.EMPTY, "has no text once boilerplate is removed");
            }
            LocalDate published = page.published() != null ? page.published() : options.defaultDate();
            return Checks.check(name, new Article(id, page.text(), published, page.source(), page.url(), page.title()));
        }
        String text = TextDecoder.decode(name, bytes, bytes.length);
        return Checks.check(name, new Article(id, text, options.defaultDate(), null, null, null));
    }

    private void readDirectory(String input, Path dir, Consumer<? super ReadResult> sink) {
        List<Path> files = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        try {
            Files.walkFileTree(dir, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                            return !d.equals(dir) && hidden(d)
                                    ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            if (attrs.isRegularFile() && !hidden(file)
                                    && Format.readInDirectory(file.getFileName().toString())) {
                                files.add(file);
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            problems.add(InputProblem.of(file.toString(), InputProblem.Reason.UNREADABLE,
                                    "cannot be read (" + describe(e) + ")"));
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            problems.add(InputProblem.of(input, InputProblem.Reason.UNREADABLE,
                    "cannot be listed (" + describe(e) + ")"));
        }
        problems.forEach(p -> sink.accept(new ReadResult.Failed(p)));
        if (files.isEmpty() && problems.isEmpty()) {
            sink.accept(failed(input, InputProblem.Reason.EMPTY,
                    "is a directory without .txt, .html, .htm or .jsonl files"));
        }
        files.sort(null);
        for (Path file : files) {
            readFile(file.toString(), file, Format.ofFileName(file.getFileName().toString()).orElseThrow(), sink);
        }
    }

    /** A text or HTML article's id is its file name without extension; a JSONL line's, FILE:LINE. */
    private static String idOf(String name, boolean stripExtension) {
        if (STDIN.equals(name)) {
            return "stdin";
        }
        String fileName;
        try {
            Path file = Path.of(name).getFileName();
            fileName = file == null ? name : file.toString();
        } catch (InvalidPathException e) {
            fileName = name;
        }
        int dot = fileName.lastIndexOf('.');
        return stripExtension && dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    private static boolean hidden(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    private static String describe(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof FileSystemLoopException) {
            return "a link leads back into a directory above it";
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    private static ReadResult failed(String input, InputProblem.Reason reason, String detail) {
        return new ReadResult.Failed(InputProblem.of(input, reason, detail));
    }
}
