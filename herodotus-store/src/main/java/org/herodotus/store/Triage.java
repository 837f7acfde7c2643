package org.herodotus.store;

import org.herodotus.internal.Hashes;
import org.herodotus.ingest.InputProblem;
import org.herodotus.ingest.ReadResult;
import org.herodotus.model.Article;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sorts a batch of read results before anything is coded: inputs that gave no article are recorded as
 * they are; articles already stored (same id, same text) are skipped; an id stored with another text is
 * a problem; a text already stored under another id is a {@link ArticleStatus#DUPLICATE_TEXT}; the rest
 * is to be coded. Looks at the database and at the batch itself, so a batch is sorted alike whether its
 * predecessors were committed in this run or an earlier one.
 */
final class Triage {

    /** A read result and the input (as the user gave it) it came from. */
    record Read(String input, ReadResult result) {
    }

    /** An article to code and the hash of its text. */
    record ToCode(Article article, String textHash, String input) {
    }

    /** The sorted batch. */
    record Sorted(List<ArticleRow> recorded, List<ToCode> toCode, List<String> problems, long alreadyStored) {
    }

    private Triage() {
    }

    static Sorted sort(Connection c, List<Read> batch) throws SQLException {
        List<String> ids = new ArrayList<>();
        List<String> hashes = new ArrayList<>();
        Map<Read, String> hashOf = new HashMap<>();
        for (Read r : batch) {
            if (r.result() instanceof ReadResult.Ok ok) {
                String h = sha256(ok.article().text());
                hashOf.put(r, h);
                ids.add(ok.article().id());
                hashes.add(h);
            } else if (r.result() instanceof ReadResult.Failed f) {
                ids.add(f.problem().input());
            }
        }
        Map<String, String> storedHashById = lookup(c, "SELECT id, coalesce(text_hash, '') FROM articles WHERE id = ANY(?)", ids);
        Map<String, String> storedIdByHash = lookup(c, "SELECT text_hash, min(id) FROM articles WHERE text_hash = ANY(?) "
                + "AND duplicate_of IS NULL GROUP BY text_hash", hashes);
        List<ArticleRow> recorded = new ArrayList<>();
        List<ToCode> toCode = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        long already = 0;
        Map<String, String> batchHashById = new LinkedHashMap<>();
        Map<String, String> batchIdByHash = new HashMap<>();
        for (Read r : batch) {
            if (r.result() instanceof ReadResult.Failed f) {
                InputProblem p = f.problem();
                problems.add(p.message());
                if (storedHashById.containsKey(p.input()) || batchHashById.containsKey(p.input())) {
                    already++;
                    continue;
                }
                batchHashById.put(p.input(), "");
                ArticleStatus status = p.reason() == InputProblem.Reason.NOT_ENGLISH
                        ? ArticleStatus.NOT_ENGLISH : ArticleStatus.UNREADABLE;
                recorded.add(ArticleRow.unread(p.input(), status, p.message()));
                continue;
            }
            Article a = ((ReadResult.Ok) r.result()).article();
            String h = hashOf.get(r);
            String known = storedHashById.containsKey(a.id()) ? storedHashById.get(a.id()) : batchHashById.get(a.id());
            if (known != null) {
                if (known.equals(h)) {
                    already++;
                } else {
                    problems.add(a.id() + ": an article with this id is already stored with another text; the stored "
                            + "one is kept, give the new version its own id to store it too");
                }
                continue;
            }
            batchHashById.put(a.id(), h);
            String original = storedIdByHash.containsKey(h) ? storedIdByHash.get(h) : batchIdByHash.get(h);
            if (original != null) {
                recorded.add(new ArticleRow(a.id(), ArticleStatus.DUPLICATE_TEXT, "same text as " + original,
                        original, h, r.input(), a, null, 0, null));
                continue;
            }
            batchIdByHash.put(h, a.id());
            toCode.add(new ToCode(a, h, r.input()));
        }
        return new Sorted(recorded, toCode, problems, already);
    }

    private static Map<String, String> lookup(Connection c, String sql, List<String> keys) throws SQLException {
        Map<String, String> out = new HashMap<>();
        if (keys.isEmpty()) {
            return out;
        }
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setArray(1, c.createArrayOf("VARCHAR", keys.toArray()));
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.put(r.getString(1), r.getString(2));
                }
            }
        }
        return out;
    }

    /** SHA-256 of a text's UTF-8 bytes, in hex. */
    static String sha256(String text) {
        return Hashes.sha256(text);
    }
}
