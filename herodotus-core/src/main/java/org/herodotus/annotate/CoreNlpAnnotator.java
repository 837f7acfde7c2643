package org.herodotus.annotate;

import org.herodotus.internal.Lazy;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import org.herodotus.model.AnnotatedArticle;
import org.herodotus.model.Article;
import org.herodotus.model.Dependency;
import org.herodotus.model.EntityMention;
import org.herodotus.model.Sentence;
import org.herodotus.model.Span;
import org.herodotus.model.TimeMention;
import org.herodotus.model.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

/**
 * The one adapter to Stanford CoreNLP. It builds CoreNLP's properties from {@link AnnotatorConfig},
 * runs tokenize, ssplit, pos, lemma, ner (with SUTime date normalisation) and depparse, and converts
 * the result to our records at once; no CoreNLP type leaves this class.
 *
 * <p>Models load once per JVM on first use ({@link #shared}) and the pipeline is shared by all threads.
 */
public final class CoreNlpAnnotator implements Annotator {

    private static final Set<String> ENTITY_TYPES = Set.of("PERSON", "LOCATION", "ORGANIZATION", "MISC",
            "COUNTRY", "CITY", "STATE_OR_PROVINCE", "NATIONALITY", "TITLE");
    private static final Lazy<CoreNlpAnnotator> SHARED =
            Lazy.of(() -> new CoreNlpAnnotator(AnnotatorConfig.defaults()));

    private final StanfordCoreNLP pipeline;
    private final AnnotatorConfig config;

    private CoreNlpAnnotator(AnnotatorConfig config) {
        this.config = config;
        this.pipeline = new StanfordCoreNLP(properties(config));
    }

    /** The JVM-wide annotator for the default configuration; loads the models on first call. */
    public static CoreNlpAnnotator shared() {
        return SHARED.get();
    }

    public static CoreNlpAnnotator create(AnnotatorConfig config) {
        return new CoreNlpAnnotator(config);
    }

    static Properties properties(AnnotatorConfig config) {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
        p.setProperty("tokenize.language", "en");
        p.setProperty("tokenize.options", "invertible=true,ptb3Escaping=false,splitHyphenated=false");
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        p.setProperty("ner.applyFineGrained", Boolean.toString(config.fineGrainedNer()));
        p.setProperty("ner.buildEntityMentions", "true");
        p.setProperty("ner.useSUTime", "true");
        p.setProperty("ner.applyNumericClassifiers", "true");
        p.setProperty("pos.maxlen", Integer.toString(config.maxSentenceLength()));
        p.setProperty("depparse.maxlen", Integer.toString(config.maxSentenceLength()));
        p.setProperty("ner.maxlen", Integer.toString(config.maxSentenceLength() * 2));
        p.setProperty("tokenize.verbose", "false");
        return p;
    }

    public AnnotatorConfig config() {
        return config;
    }

    @Override
    public AnnotatedArticle annotate(Article article) {
        Annotation doc = new Annotation(article.text());
        if (article.published() != null) {
            doc.set(CoreAnnotations.DocDateAnnotation.class, article.published().toString());
        }
        pipeline.annotate(doc);
        List<Sentence> sentences = new ArrayList<>();
        List<EntityMention> entities = new ArrayList<>();
        List<TimeMention> times = new ArrayList<>();
        List<CoreMap> coreSentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        for (int s = 0; s < coreSentences.size(); s++) {
            CoreMap cs = coreSentences.get(s);
            sentences.add(sentence(s, cs));
            List<CoreMap> mentions = cs.get(CoreAnnotations.MentionsAnnotation.class);
            if (mentions != null) {
                for (CoreMap m : mentions) {
                    Span span = new Span(m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                            m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class));
                    String type = m.get(CoreAnnotations.EntityTypeAnnotation.class);
                    Timex timex = m.get(TimeAnnotations.TimexAnnotation.class);
                    if (timex != null && timex.value() != null) {
                        times.add(new TimeMention(s, span, timex.value(), timex.timexType()));
                    } else if (type != null && ENTITY_TYPES.contains(type)) {
                        entities.add(new EntityMention(s, span, type));
                    }
                }
            }
        }
        return new AnnotatedArticle(article, sentences, entities, times);
    }

    private static Sentence sentence(int index, CoreMap cs) {
        List<CoreLabel> labels = cs.get(CoreAnnotations.TokensAnnotation.class);
        List<Token> tokens = new ArrayList<>(labels.size());
        for (int i = 0; i < labels.size(); i++) {
            CoreLabel l = labels.get(i);
            String lemma = l.lemma() == null ? l.word() : l.lemma();
            tokens.add(new Token(i, new Span(l.beginPosition(), l.endPosition()), l.word(),
                    lemma.toLowerCase(Locale.ROOT), l.tag() == null ? "" : l.tag(), l.ner() == null ? "O" : l.ner()));
        }
        List<Dependency> deps = new ArrayList<>();
        SemanticGraph graph = cs.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
        if (graph != null) {
            for (IndexedWord root : graph.getRoots()) {
                deps.add(new Dependency(-1, root.index() - 1, "root"));
            }
            for (SemanticGraphEdge e : graph.edgeIterable()) {
                if (e.getGovernor().copyCount() > 0 || e.getDependent().copyCount() > 0) {
                    continue;
                }
                deps.add(new Dependency(e.getGovernor().index() - 1, e.getDependent().index() - 1,
                        e.getRelation().toString()));
            }
        }
        Span span = new Span(cs.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                cs.get(CoreAnnotations.CharacterOffsetEndAnnotation.class));
        return new Sentence(index, span, tokens, deps);
    }
}
