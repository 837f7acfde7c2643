package org.herodotus.store;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The items of a parsed feed: RSS 2.0 ({@code rss/channel/item}), RSS 1.0 ({@code rdf:RDF/item}) and
 * Atom ({@code feed/entry}). Elements are matched by local name, whatever their namespace prefix.
 */
final class FeedItems {

    /** One feed item; {@code text} is plain text with paragraphs separated by blank lines. */
    record Item(String id, String title, String link, LocalDate date, String source, String text) {
    }

    /** The XML is well formed but is not a feed. */
    static final class NotAFeed extends Exception {
        NotAFeed(String message) {
            super(message);
        }
    }

    private static final Pattern ISO_DATE = Pattern.compile("^\\s*(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern RFC_822_DATE = Pattern.compile("(\\d{1,2})\\s+([A-Za-z]{3})[a-z]*\\.?\\s+(\\d{2,4})");

    private FeedItems() {
    }

    static List<Item> of(Document doc) throws NotAFeed {
        org.w3c.dom.Element root = doc.getDocumentElement();
        String kind = root.getLocalName() == null ? root.getNodeName() : root.getLocalName();
        boolean atom = kind.equals("feed");
        if (!atom && !kind.equals("rss") && !kind.equals("RDF")) {
            throw new NotAFeed("is XML but not an RSS or Atom feed (its root element is <" + root.getNodeName() + ">)");
        }
        String source = null;
        List<org.w3c.dom.Element> entries = new ArrayList<>();
        org.w3c.dom.Element channel = atom ? root : child(root, "channel");
        if (channel != null) {
            source = text(child(channel, "title"));
        }
        collect(root, atom ? "entry" : "item", entries);
        List<Item> items = new ArrayList<>();
        for (org.w3c.dom.Element e : entries) {
            items.add(atom ? atomItem(e, source) : rssItem(e, source));
        }
        return items;
    }

    private static Item rssItem(org.w3c.dom.Element e, String source) {
        String link = text(child(e, "link"));
        String guid = text(child(e, "guid"));
        return new Item(guid != null ? guid : link, orEmpty(text(child(e, "title"))), link,
                date(firstText(e, "pubDate", "date")), source, body(e, "encoded", "description"));
    }

    private static Item atomItem(org.w3c.dom.Element e, String source) {
        String link = null;
        for (org.w3c.dom.Element l : children(e, "link")) {
            String rel = l.getAttribute("rel");
            if (link == null || rel.isEmpty() || rel.equals("alternate")) {
                link = blankToNull(l.getAttribute("href"));
            }
        }
        String id = text(child(e, "id"));
        return new Item(id != null ? id : link, orEmpty(text(child(e, "title"))), link,
                date(firstText(e, "published", "updated")), source, body(e, "content", "summary"));
    }

    /** The text of the first child, else of the second ("pubDate", else "date"); null when neither. */
    private static String firstText(org.w3c.dom.Element e, String first, String second) {
        String t = text(child(e, first));
        return t != null ? t : text(child(e, second));
    }

    /** The plain text of the full body, else of the summary when the full body is missing or empty. */
    private static String body(org.w3c.dom.Element e, String full, String summary) {
        String body = text(child(e, full));
        if (body == null || plain(body).isBlank()) {
            body = text(child(e, summary));
        }
        return body == null ? "" : plain(body);
    }

    /** Text of an HTML fragment: block elements become paragraphs separated by blank lines. */
    static String plain(String html) {
        Element body = Jsoup.parseBodyFragment(html).body();
        List<String> blocks = new ArrayList<>();
        for (Element block : body.select("p, li, h1, h2, h3, h4, h5, h6, blockquote, pre")) {
            if (block.parents().stream().noneMatch(p -> p.is("p, li, blockquote, pre"))) {
                String t = block.text().strip();
                if (!t.isEmpty()) {
                    blocks.add(t);
                }
            }
        }
        if (blocks.isEmpty()) {
            return body.text().strip();
        }
        return String.join("\n\n", blocks);
    }

    /** The date of {@code 2021-03-10T...} or {@code Wed, 10 Mar 2021 08:00:00 GMT}; null when neither. */
    static LocalDate date(String s) {
        if (s == null) {
            return null;
        }
        try {
            Matcher iso = ISO_DATE.matcher(s);
            if (iso.find()) {
                return LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                        Integer.parseInt(iso.group(3)));
            }
            Matcher rfc = RFC_822_DATE.matcher(s);
            if (rfc.find()) {
                int year = Integer.parseInt(rfc.group(3));
                return LocalDate.of(year < 100 ? 2000 + year : year, month(rfc.group(2)),
                        Integer.parseInt(rfc.group(1)));
            }
        } catch (RuntimeException e) {
            return null;
        }
        return null;
    }

    private static Month month(String abbreviation) {
        String a = abbreviation.toLowerCase(Locale.ROOT);
        for (Month m : Month.values()) {
            if (m.name().toLowerCase(Locale.ROOT).startsWith(a)) {
                return m;
            }
        }
        throw new IllegalArgumentException("no month " + abbreviation);
    }

    private static void collect(org.w3c.dom.Element parent, String localName, List<org.w3c.dom.Element> out) {
        for (org.w3c.dom.Element c : children(parent, null)) {
            if (name(c).equals(localName)) {
                out.add(c);
            } else if (name(c).equals("channel")) {
                collect(c, localName, out);
            }
        }
    }

    private static org.w3c.dom.Element child(org.w3c.dom.Element parent, String localName) {
        List<org.w3c.dom.Element> found = children(parent, localName);
        return found.isEmpty() ? null : found.get(0);
    }

    private static List<org.w3c.dom.Element> children(org.w3c.dom.Element parent, String localName) {
        List<org.w3c.dom.Element> out = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node n = nodes.item(i);
            if (n instanceof org.w3c.dom.Element el && (localName == null || name(el).equals(localName))) {
                out.add(el);
            }
        }
        return out;
    }

    private static String name(org.w3c.dom.Element e) {
        return e.getLocalName() == null ? e.getNodeName() : e.getLocalName();
    }

    private static String text(org.w3c.dom.Element e) {
        return e == null ? null : blankToNull(e.getTextContent());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
