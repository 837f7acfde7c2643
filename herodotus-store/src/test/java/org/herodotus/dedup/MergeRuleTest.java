package org.herodotus.dedup;

import org.junit.jupiter.api.Test;

import static org.herodotus.dedup.Reports.report;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MergeRuleTest {

    private static final MergeRule RULE = MergeRule.DEFAULT;
    private static final String VISIT = "Turkish Foreign Minister Mehmet Arslan arrived in Baghdad for talks with Iraqi leaders.";

    private static Mention visit(String id, String day, String source, String target, String cameo) {
        return report(id, "Wire " + id, day, source, target, cameo, VISIT).mention();
    }

    @Test
    void sameDyadRootAndDayAreCompatible() {
        assertTrue(RULE.compatible(visit("a", "2021-03-10", "TURGOV", "IRQGOV", "042"),
                visit("b", "2021-03-11", "TURGOV", "IRQGOV", "040")));
    }

    @Test
    void datesFurtherApartThanTheWindowAreNot() {
        Mention a = visit("a", "2021-03-10", "TURGOV", "IRQGOV", "042");
        assertTrue(RULE.compatible(a, visit("b", "2021-03-13", "TURGOV", "IRQGOV", "042")));
        assertFalse(RULE.compatible(a, visit("c", "2021-03-14", "TURGOV", "IRQGOV", "042")));
        assertTrue(RULE.withWindow(7).compatible(a, visit("d", "2021-03-14", "TURGOV", "IRQGOV", "042")));
    }

    @Test
    void anotherRootIsNot() {
        assertFalse(RULE.compatible(visit("a", "2021-03-10", "TURGOV", "IRQGOV", "042"),
                visit("b", "2021-03-10", "TURGOV", "IRQGOV", "036")));
    }

    @Test
    void countryCodeIsCompatibleWithItsSectorCodeButSectorsAreNotWithEachOther() {
        Mention gov = visit("a", "2021-03-10", "TURGOV", "IRQGOV", "042");
        assertTrue(RULE.compatible(gov, visit("b", "2021-03-10", "TUR", "IRQ", "042")));
        assertFalse(RULE.compatible(gov, visit("c", "2021-03-10", "TURMIL", "IRQGOV", "042")));
        assertFalse(RULE.compatible(gov, visit("d", "2021-03-10", "TURGOV", "SYRGOV", "042")));
    }

    @Test
    void reversedDyadMatchesForAVisitAndItsHostButNotForAnAttack() {
        assertTrue(RULE.compatible(visit("a", "2021-03-10", "TURGOV", "IRQGOV", "042"),
                visit("b", "2021-03-10", "IRQGOV", "TURGOV", "043")));
        assertFalse(RULE.compatible(visit("c", "2021-03-10", "TURMIL", "IRQMIL", "190"),
                visit("d", "2021-03-10", "IRQMIL", "TURMIL", "190")));
    }

    @Test
    void missingTargetIsCompatibleButAgreesLess() {
        Mention full = visit("a", "2021-03-10", "TURGOV", "IRQGOV", "042");
        Mention noTarget = visit("b", "2021-03-10", "TURGOV", null, "042");
        Mention same = visit("c", "2021-03-10", "TURGOV", "IRQGOV", "042");
        assertTrue(RULE.compatible(full, noTarget));
        assertTrue(RULE.similarity(full, noTarget) < RULE.similarity(full, same));
    }

    @Test
    void twoSentencesOfOneArticleAreNeverCompatible() {
        Reports.Report r = report("a", "Wire", "2021-03-10", "TURGOV", "IRQGOV", "042", VISIT);
        assertFalse(RULE.compatible(r.mention(), r.sentence(1).mention()));
        assertTrue(RULE.compatible(r.mention(), report("a", "Wire", "2021-03-10", "TURGOV", null, "042", VISIT)
                .mention()));
    }

    @Test
    void aDenialIsNotTheEventItDenies() {
        Reports.Report r = report("a", "Wire", "2021-03-10", "TURGOV", "IRQGOV", "042", VISIT);
        Mention other = visit("b", "2021-03-10", "TURGOV", "IRQGOV", "042");
        assertFalse(RULE.compatible(r.negated().mention(), other));
    }

    @Test
    void aMentionWithoutDayIsNeverCompatible() {
        Mention a = visit("a", "2021-03-10", "TURGOV", "IRQGOV", "042");
        Mention b = visit("b", "2021-03-10", "TURGOV", "IRQGOV", "042");
        Mention undated = new Mention(b.id(), b.articleId(), 0, null, null, b.sourceCode(), b.targetCode(), b.cameo(),
                false, null, null, b.evidence(), 0.5);
        assertFalse(RULE.compatible(a, undated));
    }

    @Test
    void similarityRisesWithSharedEvidenceWordsAndPlaces() {
        Mention a = visit("a", "2021-03-10", "TURGOV", "IRQGOV", "042");
        Mention close = report("b", "Wire b", "2021-03-10", "TURGOV", "IRQGOV", "042",
                "Iraqi leaders received Turkish Foreign Minister Mehmet Arslan in Baghdad.").mention();
        Mention far = report("c", "Wire c", "2021-03-10", "TURGOV", "IRQGOV", "042",
                "Officials discussed water quotas.").mention();
        assertTrue(RULE.similarity(a, close) > RULE.similarity(a, far));
        Reports.Report inBaghdad = report("d", "Wire d", "2021-03-10", "TURGOV", "IRQGOV", "042", VISIT);
        Reports.Report inMosul = report("e", "Wire e", "2021-03-10", "TURGOV", "IRQGOV", "042", VISIT);
        assertEquals(1.0, MergeRule.placeAgreement(inBaghdad.at("Baghdad", "IRQ").mention(),
                inBaghdad.at("Baghdad", "IRQ").mention()));
        assertEquals(0.5, MergeRule.placeAgreement(inBaghdad.at("Baghdad", "IRQ").mention(),
                inMosul.at("Mosul", "IRQ").mention()));
        assertEquals(0.0, MergeRule.placeAgreement(inBaghdad.at("Baghdad", "IRQ").mention(),
                inMosul.at("Ankara", "TUR").mention()));
    }

    @Test
    void weightsMustAddUpToOneAndTheThresholdLieInZeroToOne() {
        assertThrows(IllegalArgumentException.class, () -> new MergeRule(3, 0.4, 0.5, 0.3, 0.1));
        assertThrows(IllegalArgumentException.class, () -> new MergeRule(3, 1.4, 0.6, 0.3, 0.1));
        assertThrows(IllegalArgumentException.class, () -> new MergeRule(-1, 0.4, 0.6, 0.3, 0.1));
    }
}
