package org.herodotus.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.herodotus.ingest.ArticleReader;
import org.herodotus.ingest.Format;
import org.herodotus.ingest.InputProblem;
import org.herodotus.ingest.ReadResult;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Reads RSS 2.0, RSS 1.0 (RDF) and Atom feeds: each item is one article, with its title, link, date and
 * the text of its content (or else its description), HTML removed ({@link FeedItems}).
 *
 * <p>Items go through the same reader and checks as a JSONL line (English, not binary, not too large),
 * so a feed item and a JSONL article are stored alike; problems are named {@code FEED:N} for the N-th
 * item. A feed that is not well-formed XML, or XML that is not a feed, gives one problem naming the file.
 */
final class FeedReader {

    private final ArticleReader reader;
    private final ObjectMapper mapper = new ObjectMapper();

    FeedReader(ArticleReader reader) {
        this.reader = reader;
    }

    /** Whether a file name is a feed's: {@code .xml}, {@code .rss} or {@code .atom}. */
    static boolean isFeed(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        return n.endsWith(".xml") || n.endsWith(".rss") || n.endsWith(".atom");
    }

    void read(String name, Path file, Consumer<? super ReadResult> sink) {
        List<FeedItems.Item> items;
        try (InputStream in = Files.newInputStream(file)) {
            items = FeedItems.of(parse(in));
        } catch (SAXParseException e) {
            sink.accept(failed(name, InputProblem.Reason.MALFORMED_JSON, "is not well-formed XML (line "
                    + e.getLineNumber() + ", column " + e.getColumnNumber() + ": " + e.getMessage() + ")",
                    "fix the feed or download it again; the other inputs are still read"));
            return;
        } catch (FeedItems.NotAFeed e) {
            sink.accept(failed(name, InputProblem.Reason.UNKNOWN_FORMAT, e.getMessage(),
                    "give an RSS or Atom feed, or rename the file if it holds something else"));
            return;
        } catch (IOException | SAXException e) {
            sink.accept(failed(name, InputProblem.Reason.UNREADABLE, "cannot be read (" + e.getMessage() + ")",
                    InputProblem.Reason.UNREADABLE.fix()));
            return;
        }
        if (items.isEmpty()) {
            sink.accept(failed(name, InputProblem.Reason.EMPTY, "is a feed without items",
                    "check that the feed was fully downloaded"));
            return;
        }
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < items.size(); i++) {
            FeedItems.Item item = items.get(i);
            if (item.text().isBlank()) {
                sink.accept(failed(name + ":" + (i + 1), InputProblem.Reason.EMPTY, "item \"" + item.title()
                        + "\" has no description or content", "fetch the article's page and ingest it as .html"));
                lines.append('\n');
            } else {
                lines.append(json(item)).append('\n');
            }
        }
        reader.read(name, new ByteArrayInputStream(lines.toString().getBytes(StandardCharsets.UTF_8)), Format.JSONL,
                sink);
    }

    private String json(FeedItems.Item item) {
        ObjectNode o = mapper.createObjectNode();
        if (item.id() != null) {
            o.put("id", item.id());
        }
        if (item.date() != null) {
            o.put("date", item.date().toString());
        }
        o.put("text", item.text());
        o.put("title", item.title());
        o.put("url", item.link());
        o.put("source", item.source());
        return o.toString();
    }

    /** Parses XML without fetching anything: no external DTDs or entities (feeds come from anywhere). */
    private static Document parse(InputStream in) throws IOException, SAXException {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(new DefaultHandler() {
                @Override
                public void fatalError(SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            return b.parse(in);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("ingest: the XML parser cannot be configured safely", e);
        }
    }

    private static ReadResult failed(String input, InputProblem.Reason reason, String detail, String fix) {
        return new ReadResult.Failed(new InputProblem(input, reason, detail, fix));
    }
}
