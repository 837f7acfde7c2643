package org.herodotus.testkit;

import org.herodotus.model.AnnotatedArticle;
import org.herodotus.model.Article;
import org.herodotus.model.Dependency;
import org.herodotus.model.Sentence;
import org.herodotus.model.Span;
import org.herodotus.model.TimeMention;
import org.herodotus.model.Token;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds annotated articles by hand, so unit tests of the stages after annotation need no models.
 *
 * <pre>
 * Docs.article("2020-08-18")
 *     .sentence("Turkish Defense Minister Akar visited|visit Libya .",
 *               "JJ NNP NNP NNP VBD NNP .",
 *               "amod(3,0) compound(2,1) compound(3,2) nsubj(4,3) root(-1,4) obj(4,5) punct(4,6)")
 *     .build();
 * </pre>
 * Tokens are {@code word[|lemma[|NER]]}, separated by spaces; the text is the words joined by single
 * spaces, sentences joined by a space. Dependencies are {@code rel(governor,dependent)} with 0-based
 * token indices, -1 for the root.
 */
public final class Docs {

    private static final Pattern DEP = Pattern.compile("([a-z:_]+)\\((-?\\d+),(\\d+)\\)");

    private final LocalDate published;
    private final StringBuilder text = new StringBuilder();
    private final List<Sentence> sentences = new ArrayList<>();
    private final List<TimeMention> times = new ArrayList<>();
    private final List<org.herodotus.model.EntityMention> entities = new ArrayList<>();

    private Docs(LocalDate published) {
        this.published = published;
    }

    public static Docs article(String published) {
        return new Docs(published == null ? null : LocalDate.parse(published));
    }

    public Docs sentence(String tokens, String tags, String deps) {
        String[] toks = tokens.trim().split("\\s+");
        String[] pos = tags.trim().split("\\s+");
        if (toks.length != pos.length) {
            throw new IllegalArgumentException(toks.length + " tokens but " + pos.length + " tags");
        }
        if (text.length() > 0) {
            text.append(' ');
        }
        int sentBegin = text.length();
        List<Token> list = new ArrayList<>();
        for (int i = 0; i < toks.length; i++) {
            String[] parts = toks[i].split("\\|");
            String word = parts[0];
            String lemma = parts.length > 1 && !parts[1].isEmpty() ? parts[1] : word.toLowerCase(Locale.ROOT);
            String ner = parts.length > 2 ? parts[2] : "O";
            if (i > 0) {
                text.append(' ');
            }
            int b = text.length();
            text.append(word);
            list.add(new Token(i, new Span(b, text.length()), word, lemma, pos[i], ner));
        }
        List<Dependency> dl = new ArrayList<>();
        Matcher m = DEP.matcher(deps);
        while (m.find()) {
            dl.add(new Dependency(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), m.group(1)));
        }
        sentences.add(new Sentence(sentences.size(), new Span(sentBegin, text.length()), list, dl));
        return this;
    }

    /** A time expression: the first occurrence of {@code surface} in the last sentence. */
    public Docs time(String surface, String value) {
        times.add(new TimeMention(sentences.size() - 1, inLastSentence(surface), value, "DATE"));
        return this;
    }

    private Span inLastSentence(String surface) {
        int at = text.indexOf(surface, sentences.get(sentences.size() - 1).span().begin());
        if (at < 0) {
            throw new IllegalArgumentException("no '" + surface + "' in the last sentence");
        }
        return new Span(at, at + surface.length());
    }

    /** A named-entity mention: the first occurrence of {@code surface} in the last sentence. */
    public Docs entity(String surface, String type) {
        entities.add(new org.herodotus.model.EntityMention(sentences.size() - 1, inLastSentence(surface), type));
        return this;
    }

    public AnnotatedArticle build() {
        return new AnnotatedArticle(new Article("test", text.toString(), published, null, null, null), sentences,
                entities, times);
    }
}
