package org.herodotus.pipeline;

import org.herodotus.actors.ActorResolver;
import org.herodotus.actors.KbLoader;
import org.herodotus.actors.KnowledgeBase;
import org.herodotus.actors.PetrarchActors;
import org.herodotus.annotate.Annotator;
import org.herodotus.coding.CameoTable;
import org.herodotus.coding.EventCoder;
import org.herodotus.coding.Lexicon;
import org.herodotus.coding.PetrarchVerbs;
import org.herodotus.dates.DateResolver;

import java.nio.file.Path;
import java.util.List;

/**
 * A pipeline over PETRARCH-format dictionaries ({@code --dictionaries DIR}): their actors, agents and
 * verbs read into our knowledge base and lexicon, instead of the built-in ones or on top of them, and
 * their discards applied.
 *
 * @param kb       the knowledge base in use
 * @param lexicon  the lexicon in use
 * @param discards the discard phrases
 * @param warnings problems found while reading (file:line: problem), capped
 */
public record Dictionaries(KnowledgeBase kb, Lexicon lexicon, List<PetrarchActors.Discard> discards,
                           List<String> warnings) {

    /** Reads the dictionaries of {@code dir}; {@code replace} uses them instead of the built-in data. */
    public static Dictionaries load(Path dir, boolean replace) {
        PetrarchActors.Loaded actors = PetrarchActors.loadDirectory(dir);
        PetrarchVerbs.Loaded verbs = PetrarchVerbs.loadDirectory(dir);
        KnowledgeBase kb = KnowledgeBase.combine(KbLoader.builtIn(), actors.entities(), actors.agents(), replace);
        Lexicon lexicon = verbs.patterns().isEmpty() ? Lexicon.builtIn()
                : Lexicon.combine(Lexicon.builtIn(), verbs.patterns(), replace);
        List<String> warnings = new java.util.ArrayList<>(actors.warnings());
        warnings.addAll(verbs.warnings());
        return new Dictionaries(kb, lexicon, actors.discards(), warnings);
    }

    /** The built-in stages with these dictionaries. */
    public Pipeline pipeline(Annotator annotator) {
        String version = Pipeline.version(lexicon, kb);
        return new Pipeline(annotator, ActorResolver.over(kb, Places.countries()), EventCoder.over(lexicon, CameoTable.builtIn()),
                Places.builtIn(), DateResolver.builtIn(), version, new Discards(discards));
    }
}
