package org.herodotus.eval;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

/**
 * Reads the geoparsing corpora of {@code shared/eval/dev/geo/}: {@code <articles>} of {@code <article>}s,
 * each with a {@code <text>} and {@code <toponyms>}. Two toponym layouts are read:
 * <ul>
 *   <li>TR-News: {@code <phrase>}, {@code <start>}, {@code <end>} and a {@code <gaztag geonameid>} holding
 *       {@code <lat>} and {@code <lon>};</li>
 *   <li>GeoWebNews: {@code <extractedName>}, {@code <start>}, {@code <end>}, {@code <geonamesID>},
 *       {@code <latitude>} and {@code <longitude>}.</li>
 * </ul>
 * Toponyms without coordinates (GeoWebNews' non-toponyms and expressions, TR-News' untagged phrases) are
 * left out. Where the offsets do not cover the toponym's text (some TR-News articles are off by a
 * character or two), the span is moved to the nearest occurrence of the text, or kept as given when there
 * is none. Stateless and thread-safe.
 */
public final class GeoCorpusReader {

    private static final int REALIGN_WINDOW = 10;

    private GeoCorpusReader() {
    }

    public static List<GeoArticle> read(Path file) throws IOException {
        return parse(Files.readString(file), file.toString());
    }

    /** The articles of a corpus file's content; {@code fileName} is for error messages. */
    public static List<GeoArticle> parse(String content, String fileName) {
        Document doc = document(content, fileName);
        List<GeoArticle> articles = new ArrayList<>();
        NodeList nodes = doc.getElementsByTagName("article");
        for (int i = 0; i < nodes.getLength(); i++) {
            Element article = (Element) nodes.item(i);
            String id = article.hasAttribute("docid") ? article.getAttribute("docid") : article.getAttribute("file");
            if (id.isEmpty()) {
                id = "#" + (i + 1);
            }
            String text = childText(article, "text");
            if (text == null) {
                throw new GoldFormatException(fileName, "article " + id, "no <text>", "give every article a <text>");
            }
            List<GeoToponym> toponyms = new ArrayList<>();
            NodeList tags = article.getElementsByTagName("toponym");
            for (int t = 0; t < tags.getLength(); t++) {
                GeoToponym toponym = toponym((Element) tags.item(t), text, fileName, id);
                if (toponym != null) {
                    toponyms.add(toponym);
                }
            }
            articles.add(new GeoArticle(id, text, toponyms));
        }
        return articles;
    }

    private static GeoToponym toponym(Element e, String text, String file, String article) {
        String phrase = childText(e, "phrase");
        String lat;
        String lon;
        String geonamesId;
        if (phrase != null) {
            Element gaztag = child(e, "gaztag");
            if (gaztag == null) {
                return null;
            }
            lat = childText(gaztag, "lat");
            lon = childText(gaztag, "lon");
            geonamesId = gaztag.getAttribute("geonameid");
        } else {
            phrase = childText(e, "extractedName");
            lat = childText(e, "latitude");
            lon = childText(e, "longitude");
            geonamesId = childText(e, "geonamesID");
        }
        if (phrase == null || isBlank(lat) || isBlank(lon)) {
            return null;
        }
        String record = "article " + article + ", toponym '" + phrase + "'";
        try {
            int begin = Integer.parseInt(childText(e, "start").strip());
            int end = Integer.parseInt(childText(e, "end").strip());
            int[] span = align(text, phrase, begin, end);
            long id = isBlank(geonamesId) ? 0 : Long.parseLong(geonamesId.strip());
            return new GeoToponym(phrase, span[0], span[1], Double.parseDouble(lat.strip()),
                    Double.parseDouble(lon.strip()), id);
        } catch (NumberFormatException | NullPointerException e1) {
            throw new GoldFormatException(file, record, "offsets, coordinates or id missing or not numbers",
                    "give <start>, <end> and the coordinates as numbers");
        } catch (IllegalArgumentException e2) {
            throw new GoldFormatException(file, record, e2.getMessage(), "correct the toponym's span or coordinates");
        }
    }

    /** The span of {@code phrase} at or nearest to {@code [begin, end)}, or that span clipped to the text. */
    static int[] align(String text, String phrase, int begin, int end) {
        if (end <= text.length() && begin <= end && text.startsWith(phrase, begin) && end - begin == phrase.length()) {
            return new int[] {begin, end};
        }
        int best = -1;
        for (int d = 0; d <= REALIGN_WINDOW && best < 0; d++) {
            if (begin - d >= 0 && text.startsWith(phrase, begin - d)) {
                best = begin - d;
            } else if (text.startsWith(phrase, begin + d)) {
                best = begin + d;
            }
        }
        if (best >= 0) {
            return new int[] {best, best + phrase.length()};
        }
        int b = Math.min(Math.max(begin, 0), text.length());
        return new int[] {b, Math.min(Math.max(end, b), text.length())};
    }

    private static Document document(String content, String fileName) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(new InputSource(new StringReader(content)));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new GoldFormatException(fileName, "the document", "not well-formed XML: " + e.getMessage(),
                    "fix the XML (TR-News and GeoWebNews files are read as published)");
        }
    }

    private static Element child(Element parent, String tag) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element el && el.getTagName().equals(tag)) {
                return el;
            }
        }
        return null;
    }

    private static String childText(Element parent, String tag) {
        Element el = child(parent, tag);
        return el == null ? null : el.getTextContent();
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
