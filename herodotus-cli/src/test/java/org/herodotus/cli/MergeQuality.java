package org.herodotus.cli;

import org.herodotus.dedup.Clusterer;
import org.herodotus.dedup.Mention;
import org.herodotus.dedup.MergeRule;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

/**
 * Pairwise quality of a merge against {@code reports-truth.tsv}: two articles are merged when one event
 * holds mentions of both; they should be when the truth gives them the same shared event key (E01..E14).
 * Exact text duplicates (DUP) are left out: they are stored as duplicate_text and have no mentions.
 *
 * @param precision merged pairs that are right / merged pairs
 * @param recall    right merged pairs / pairs that should be merged
 * @param merged    merged pairs
 * @param right     right merged pairs
 * @param expected  pairs that should be merged
 * @param reachable pairs that should be merged for which the coder gave the two articles a pair of mentions
 *                  the rule allows to merge (same root, compatible dyad, dates within the window, a shared
 *                  word): the most any threshold can reach with this coder
 */
record MergeQuality(double precision, double recall, int merged, int right, int expected, int reachable) {

    /** Article id to event key; NONE and U.. articles get their own id as key, DUP articles are left out. */
    static Map<String, String> truth(Path file) throws IOException {
        Map<String, String> keys = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file)) {
            if (line.startsWith("#") || line.startsWith("article_id") || line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t");
            if (!f[1].startsWith("DUP")) {
                keys.put(f[0], f[1].startsWith("E") ? f[1] : f[0]);
            }
        }
        return keys;
    }

    static MergeQuality of(List<Set<String>> articlesByEvent, Map<String, String> truth, MergeRule rule,
                           List<Mention> mentions) {
        Set<String> merged = new HashSet<>();
        for (Set<String> articles : articlesByEvent) {
            List<String> ids = new ArrayList<>(new TreeSet<>(articles));
            ids.retainAll(truth.keySet());
            for (int i = 0; i < ids.size(); i++) {
                for (int j = i + 1; j < ids.size(); j++) {
                    merged.add(ids.get(i) + " " + ids.get(j));
                }
            }
        }
        List<String> ids = new ArrayList<>(new TreeSet<>(truth.keySet()));
        Set<String> expected = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            for (int j = i + 1; j < ids.size(); j++) {
                if (truth.get(ids.get(i)).equals(truth.get(ids.get(j)))) {
                    expected.add(ids.get(i) + " " + ids.get(j));
                }
            }
        }
        int right = (int) merged.stream().filter(expected::contains).count();
        return new MergeQuality(merged.isEmpty() ? 1 : right / (double) merged.size(),
                expected.isEmpty() ? 1 : right / (double) expected.size(), merged.size(), right, expected.size(),
                reachable(expected, rule, mentions));
    }

    /** Re-clusters the stored mentions, in their order, under another rule, and scores the result. */
    static MergeQuality recluster(List<Mention> mentions, MergeRule rule, Map<String, String> truth,
                                  UnaryOperator<Mention> change) {
        Clusterer c = new Clusterer(rule);
        List<Mention> changed = mentions.stream().map(change).toList();
        changed.forEach(c::place);
        List<Set<String>> events = c.events().stream()
                .map(e -> (Set<String>) new HashSet<>(e.members().stream().map(Mention::articleId).toList())).toList();
        return of(events, truth, rule, changed);
    }

    private static int reachable(Set<String> expected, MergeRule rule, List<Mention> mentions) {
        Map<String, List<Mention>> byArticle = new HashMap<>();
        mentions.forEach(m -> byArticle.computeIfAbsent(m.articleId(), k -> new ArrayList<>()).add(m));
        int n = 0;
        for (String pair : expected) {
            String[] ab = pair.split(" ");
            boolean found = false;
            for (Mention x : byArticle.getOrDefault(ab[0], List.of())) {
                for (Mention y : byArticle.getOrDefault(ab[1], List.of())) {
                    found |= rule.compatible(x, y);
                }
            }
            n += found ? 1 : 0;
        }
        return n;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "P=%.3f R=%.3f (merged pairs %d, right %d, expected %d, reachable %d)",
                precision, recall, merged, right, expected, reachable);
    }
}
