package org.herodotus.coding;

import org.herodotus.model.Actor;
import org.herodotus.model.CameoCode;
import org.herodotus.model.Factuality;
import org.herodotus.model.Span;

import java.util.List;

/**
 * An event the coder found in one sentence, before place and date are attached.
 *
 * @param sentence   0-based sentence index
 * @param anchor     index of the token that governs the event (verb or event noun): places and dates
 *                   are looked for around it
 * @param trigger    the words that express the event
 * @param code       CAMEO code
 * @param source     who acts
 * @param target     who is acted upon, or null
 * @param factuality asserted, negated, future, hypothetical or claimed
 * @param modality   modal marks beside factuality ({@code future} on a negated event)
 * @param claimant   whoever claims the event, for claimed events
 * @param rule       the lexicon pattern or rule, with its file and line
 * @param strength   0..1, how directly the parse supports the event (before actor scores)
 */
public record EventCandidate(int sentence, int anchor, Span trigger, CameoCode code, Actor source, Actor target,
                             Factuality factuality, List<String> modality, Actor claimant, String rule,
                             double strength) {

    public EventCandidate {
        modality = List.copyOf(modality);
    }

    EventCandidate claimedBy(Actor speaker) {
        return new EventCandidate(sentence, anchor, trigger, code, source, target, Factuality.CLAIMED, modality,
                speaker, rule, strength * 0.9);
    }

    EventCandidate withCode(CameoCode c, Actor newTarget, String newRule) {
        return new EventCandidate(sentence, anchor, trigger, c, source, newTarget, factuality, modality, claimant,
                newRule, strength);
    }

    /** Source, target and root code: two candidates with the same key report the same thing. */
    String key() {
        return source.code() + "|" + (source.kbId() == null ? "" : source.kbId()) + "|"
                + (target == null ? "-" : target.code() + "|" + target.kbId()) + "|" + code.root() + "|" + factuality;
    }
}
