package org.herodotus.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Finds the article in an HTML page: drops page furniture, keeps the {@code <article>} element or else
 * the block holding the most paragraph text, and joins its paragraphs with blank lines. Reads the title,
 * publication date, canonical URL and site name from the page's metadata.
 */
final class HtmlExtractor {

    private static final String BOILERPLATE =
            "script, style, nav, header, footer, aside, form, noscript, iframe, svg, template";

    /** What a page gave; any field but {@code text} may be null. */
    record Page(String text, String title, LocalDate published, String url, String source) {
    }

    private HtmlExtractor() {
    }

    /**
     * Parses {@code bytes[0, length)}. UTF-8 (or a byte-order mark) is decoded strictly; bytes that are
     * not UTF-8 are accepted only when the page declares its own charset in a {@code <meta>} tag.
     */
    static Page extract(String input, byte[] bytes, int length) throws ProblemException {
        try {
            return extract(Jsoup.parse(TextDecoder.decode(input, bytes, length)));
        } catch (ProblemException notUtf8) {
            if (notUtf8.problem().reason() != InputProblem.Reason.BAD_ENCODING
                    || TextDecoder.detect(bytes, length).bomLength() > 0) {
                throw notUtf8;
            }
            Document declared = parseWithDeclaredCharset(input, bytes, length);
            if (declared.charset().equals(StandardCharsets.UTF_8)) {
                throw notUtf8;
            }
            return extract(declared);
        }
    }

    /** Lets jsoup read the page's {@code <meta charset>}; it falls back to UTF-8 when there is none. */
    private static Document parseWithDeclaredCharset(String input, byte[] bytes, int length)
            throws ProblemException {
        try {
            return Jsoup.parse(new ByteArrayInputStream(bytes, 0, length), null, "");
        } catch (IOException e) {
            throw new ProblemException(input, InputProblem.Reason.UNREADABLE,
                    "cannot be parsed (" + e.getMessage() + ")");
        }
    }

    static Page extract(Document doc) {
        String title = meta(doc, "meta[property=og:title]", "content").orElse(blankToNull(doc.title()));
        LocalDate published = firstDate(doc);
        String url = meta(doc, "link[rel=canonical]", "href")
                .orElse(meta(doc, "meta[property=og:url]", "content").orElse(null));
        String source = meta(doc, "meta[property=og:site_name]", "content").orElse(null);
        doc.select(BOILERPLATE).remove();
        Element root = mainElement(doc);
        List<String> paragraphs = root.select("p").eachText().stream()
                .map(String::strip).filter(p -> !p.isEmpty()).collect(Collectors.toList());
        if (paragraphs.isEmpty()) {
            paragraphs = blocks(root);
        }
        return new Page(String.join("\n\n", paragraphs), title, published, url, source);
    }

    private static LocalDate firstDate(Document doc) {
        List<String> candidates = new ArrayList<>();
        doc.select("meta[property=article:published_time], meta[itemprop=datePublished]")
                .forEach(m -> candidates.add(m.attr("content")));
        doc.select("article time[datetime]").forEach(t -> candidates.add(t.attr("datetime")));
        doc.select("time[datetime]").forEach(t -> candidates.add(t.attr("datetime")));
        return candidates.stream().map(IsoDates::parse).flatMap(Optional::stream).findFirst().orElse(null);
    }

    /** The {@code <article>} with the most paragraph text, else the block whose paragraphs weigh most. */
    private static Element mainElement(Document doc) {
        Elements articles = doc.select("article");
        if (!articles.isEmpty()) {
            Element best = articles.first();
            for (Element a : articles) {
                if (paragraphLength(a) > paragraphLength(best)) {
                    best = a;
                }
            }
            return best;
        }
        // Readability's heuristic: a paragraph counts fully for its parent and half for its grandparent,
        // so text split over sibling blocks still elects their common container.
        Map<Element, Integer> scores = new HashMap<>();
        for (Element p : doc.select("p")) {
            int length = p.text().length();
            Element parent = p.parent();
            if (parent != null) {
                scores.merge(parent, length, Integer::sum);
                if (parent.parent() != null) {
                    scores.merge(parent.parent(), length / 2, Integer::sum);
                }
            }
        }
        return scores.entrySet().stream().filter(e -> e.getValue() > 0)
                .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElse(doc.body() != null ? doc.body() : doc);
    }

    private static int paragraphLength(Element e) {
        return e.select("p").eachText().stream().mapToInt(String::length).sum();
    }

    /** The text of a page without paragraphs: block elements and line breaks separate paragraphs. */
    private static List<String> blocks(Element root) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        Runnable flush = () -> {
            String p = current.toString().replaceAll("\\s+", " ").strip();
            if (!p.isEmpty()) {
                paragraphs.add(p);
            }
            current.setLength(0);
        };
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    current.append(text.getWholeText());
                } else if (node instanceof Element e && (e.isBlock() || e.normalName().equals("br"))) {
                    flush.run();
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && e.isBlock()) {
                    flush.run();
                }
            }
        }, root);
        flush.run();
        return paragraphs;
    }

    private static Optional<String> meta(Document doc, String query, String attribute) {
        Element e = doc.selectFirst(query);
        return e == null ? Optional.empty() : Optional.ofNullable(blankToNull(e.attr(attribute)));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
