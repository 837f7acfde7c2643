package org.herodotus.eval;

import java.util.Comparator;
import java.util.List;
import org.herodotus.model.Event;

/**
 * ConfliBERT's PentaClass of a sentence, from the events coded in it.
 *
 * <p>PentaClass (the Phoenix / UT Dallas event data convention) splits CAMEO's verbal cooperation in two:
 * 0 statement = roots 01-02 (make a public statement, appeal), 1 verbal cooperation = 03-05,
 * 2 material cooperation = 06-08, 3 verbal conflict = 09-13 and 16 (reduce relations), 4 material
 * conflict = 14-15 and 17-20. The ConfliBERT sentences bear this out: "urged", "launched an appeal",
 * "expressed hopes" are labelled 0, "will meet", "is hosting", "praised" 1, and all 57 sentences whose
 * main event we code in root 16 (sanctions, expulsions, cut aid) are labelled 3. So the class comes from
 * the CAMEO root, not from the QuadClass.
 *
 * <p>A sentence's class is that of its main event: the most confident one, ties going to the earlier
 * sentence and then the earlier trigger; events under no CAMEO root, which only a dictionary defines, have no
 * class and are passed over. A sentence without events is 0 (statement), the class ConfliBERT
 * gives sentences whose only act is speech.
 */
final class PentaClass {

    static final List<String> NAMES = List.of("statement", "verbal cooperation", "material cooperation",
            "verbal conflict", "material conflict");

    private static final Comparator<Event> MAIN_FIRST = Comparator
            .comparingDouble(Event::confidence).reversed()
            .thenComparingInt(Event::sentence)
            .thenComparingInt(PentaClass::triggerBegin)
            .thenComparing(e -> e.cameo().code());

    private PentaClass() {
    }

    /** The class of CAMEO root {@code root} ({@code "01"} .. {@code "20"}). */
    static int ofRoot(String root) {
        int r;
        try {
            r = Integer.parseInt(root);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a CAMEO root: " + root, e);
        }
        if (r < 1 || r > 20) {
            throw new IllegalArgumentException("not a CAMEO root: " + root);
        }
        return r <= 2 ? 0 : r <= 5 ? 1 : r <= 8 ? 2 : r <= 13 || r == 16 ? 3 : 4;
    }

    /** Whether {@code root} is one of CAMEO's 20 roots (a dictionary may define codes under others). */
    static boolean isRoot(String root) {
        return root.matches("0[1-9]|1\\d|20");
    }

    /** The class of a sentence coded with {@code events}. */
    static int ofSentence(List<Event> events) {
        return ofSentence(events, null);
    }

    /**
     * The class of the sentence: of its main trigger when it has one (see {@link Prediction#of}), else
     * of its most confident event, else statement.
     */
    static int ofSentence(List<Event> events, String mainRoot) {
        if (mainRoot != null && isRoot(mainRoot)) {
            return ofRoot(mainRoot);
        }
        return events.stream().filter(e -> isRoot(e.cameo().root())).min(MAIN_FIRST)
                .map(e -> ofRoot(e.cameo().root())).orElse(0);
    }

    private static int triggerBegin(Event e) {
        return e.evidence() == null || e.evidence().trigger() == null ? Integer.MAX_VALUE
                : e.evidence().trigger().begin();
    }
}
