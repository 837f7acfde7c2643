package org.herodotus.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.stream.StreamSupport;

/**
 * A merged event as stored: its id and counts, and the full JSON of its most confident mention
 * ({@code shared/eval/FORMAT.md} section 2), from which every other field is read.
 *
 * @param id          the event's stable id
 * @param numMentions coded reports merged into it
 * @param numSources  distinct publishers of those reports (an article without a publisher counts alone)
 * @param numArticles distinct articles
 * @param articleIds  the articles, sorted
 * @param mentionIds  the mentions, in the order they joined
 * @param day         the event's day (its date, or its article's publication date), or null
 * @param url         the URL of the most confident mention's article, or null
 * @param addedAt     when its first mention was stored (UTC)
 * @param mention     the most confident mention's JSON
 */
public record StoredEvent(String id, int numMentions, int numSources, int numArticles, List<String> articleIds,
                          List<String> mentionIds, LocalDate day, String url, LocalDateTime addedAt,
                          ObjectNode mention) {

    public StoredEvent {
        Objects.requireNonNull(id, "id");
        articleIds = List.copyOf(articleIds);
        mentionIds = List.copyOf(mentionIds);
        Objects.requireNonNull(mention, "mention");
    }

    /**
     * The event as {@code FORMAT.md} section 2b describes: the fields of its most confident mention, with
     * the event's own {@code id} (the mention's becomes {@code mention_id}), plus {@code num_mentions},
     * {@code num_sources}, {@code num_articles}, {@code article_ids} and {@code mention_ids}.
     */
    public ObjectNode toJson() {
        ObjectNode o = mention.deepCopy();
        o.put("id", id);
        o.put("mention_id", mention.path("id").asText());
        o.put("num_mentions", numMentions);
        o.put("num_sources", numSources);
        o.put("num_articles", numArticles);
        ArrayNode articles = o.putArray("article_ids");
        articleIds.forEach(articles::add);
        ArrayNode mentions = o.putArray("mention_ids");
        mentionIds.forEach(mentions::add);
        return o;
    }

    /** A text field of the mention's JSON by path ({@code "source", "code"}), or null. */
    public String text(String... path) {
        JsonNode n = node(path);
        return n == null || n.isNull() || n.isMissingNode() ? null : n.asText();
    }

    /** A number of the mention's JSON by path, or null. */
    public Double number(String... path) {
        JsonNode n = node(path);
        return n != null && n.isNumber() ? n.asDouble() : null;
    }

    /** The sectors of the source ({@code "source"}) or target ({@code "target"}). */
    public List<String> sectors(String side) {
        JsonNode s = node(side, "sectors");
        if (s == null || !s.isArray()) {
            return List.of();
        }
        return StreamSupport.stream(s.spliterator(), false).map(JsonNode::asText).toList();
    }

    private JsonNode node(String... path) {
        JsonNode n = mention;
        for (String p : path) {
            if (n == null || n.isNull()) {
                return null;
            }
            n = n.get(p);
        }
        return n;
    }
}
