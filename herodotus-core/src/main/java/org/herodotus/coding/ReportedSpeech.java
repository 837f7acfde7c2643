package org.herodotus.coding;

import org.herodotus.model.Actor;
import org.herodotus.model.CameoCode;
import org.herodotus.model.Dependency;
import org.herodotus.model.Factuality;
import org.herodotus.model.Sentence;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Claims kept as claims: an event in the clausal complement of a verb of speech ("X said that Y
 * violated the ceasefire") is recorded as {@code claimed} by the speaker, unless the speaker speaks of
 * his own side; and when the claimed event is a conflict event, the speech act itself becomes an
 * accusation of the claimed event's source (X accuses Y). A speaker who claims or admits his own
 * side's act of force claims responsibility for it (015). A plain statement (CAMEO 01) whose content
 * was coded is dropped: the content is the event. A news medium that reports ("..., the news agency
 * said") attributes, it does not claim: what it reports stays asserted. A blaming predicate in the complement ("cause
 * instability") makes the speech a criticism of its subject.
 */
final class ReportedSpeech {

    /** Verbs by which a speaker who tells of his own side's act of force claims it (015). */
    private static final Set<String> CLAIMING = Set.of("claim", "admit", "acknowledge");

    private ReportedSpeech() {
    }

    static List<EventCandidate> apply(Sentence s, List<EventCandidate> found, List<EventCandidate> blamed,
                                      List<Integer> speechVerbs, CameoCode accuse, CameoCode responsibility) {
        if (speechVerbs.isEmpty()) {
            return found;
        }
        List<EventCandidate> out = new ArrayList<>(found);
        criticisms(s, out, blamed, speechVerbs);
        for (int v : speechVerbs) {
            Set<Integer> clause = complement(s, v);
            if (clause.isEmpty()) {
                continue;
            }
            List<EventCandidate> speeches = new ArrayList<>();
            for (EventCandidate c : out) {
                if (c.anchor() == v) {
                    speeches.add(c);
                }
            }
            boolean reported = out.stream().anyMatch(c -> clause.contains(c.anchor()))
                    || blamed.stream().anyMatch(c -> clause.contains(c.anchor()));
            for (EventCandidate speech : speeches) {
                Actor speaker = speech.source();
                if (reported && (speech.code().root().equals("01") || speech.target() == null)) {
                    out.remove(speech);   // what was said is the event: "claimed that they had attacked Iraq"
                }
                if (speaker.sectors().contains("MED")) {
                    continue;
                }
                for (int i = 0; i < out.size(); i++) {
                    EventCandidate c = out.get(i);
                    if (clause.contains(c.anchor()) && ownSide(c.source(), speaker) && c.target() != null
                            && c.code().quadClass() == 4 && c.factuality() == Factuality.ASSERTED
                            && CLAIMING.contains(s.token(v).lemma())) {   // "the US claimed they had attacked Iraq"
                        out.add(speech.withCode(responsibility, c.target(), speech.rule() + " + own act claimed"));
                        out.set(i, c.claimedBy(speaker));   // the act itself is known only by the claim
                        continue;
                    }
                    if (!clause.contains(c.anchor()) || ownSide(c.source(), speaker)) {
                        continue;
                    }
                    if (c.factuality() == Factuality.ASSERTED) {
                        out.set(i, c.claimedBy(speaker));
                    }
                    if (c.code().quadClass() >= 3) {
                        out.add(speech.withCode(accuse, c.source(), speech.rule() + " + claimed conflict"));
                    }
                }
            }
        }
        return out;
    }

    /**
     * A blaming predicate in what a speaker says makes the speech a criticism of its subjects: "he
     * explained that the Russian mercenaries and the Emirati support cause instability" is a
     * criticism of Russia and of the UAE. Outside speech, blame is not coded.
     */
    private static void criticisms(Sentence s, List<EventCandidate> out, List<EventCandidate> blamed,
                                   List<Integer> speechVerbs) {
        for (int v : speechVerbs) {
            Set<Integer> clause = complement(s, v);
            List<EventCandidate> speeches = out.stream().filter(c -> c.anchor() == v).toList();
            for (EventCandidate b : blamed) {
                if (!clause.contains(b.anchor())) {
                    continue;
                }
                for (EventCandidate speech : speeches) {
                    if (!ownSide(b.source(), speech.source())) {
                        out.add(speech.withCode(b.code(), b.source(), speech.rule() + " + blame " + b.rule()));
                    }
                }
            }
        }
    }

    /** A speaker speaking of his own party or country states, he does not claim. */
    private static boolean ownSide(Actor source, Actor speaker) {
        return source.sameParty(speaker) || speaker.country() != null && speaker.country().equals(source.country());
    }

    /** Tokens of the clausal complements of the speech verb (and of their conjuncts). */
    private static Set<Integer> complement(Sentence s, int v) {
        Set<Integer> out = new HashSet<>();
        for (Dependency d : s.children(v)) {
            if (d.relation().equals("ccomp") || d.relation().equals("parataxis")) {
                subtree(s, d.dependent(), out);
            }
        }
        return out;
    }

    /** The tokens under {@code root} (itself included), not following "ref" edges back to antecedents. */
    static void subtree(Sentence s, int root, Set<Integer> out) {
        if (!out.add(root)) {
            return;
        }
        for (Dependency d : s.children(root)) {
            if (!d.relation().equals("ref")) {
                subtree(s, d.dependent(), out);
            }
        }
    }
}
