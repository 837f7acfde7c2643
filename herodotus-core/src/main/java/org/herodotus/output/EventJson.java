package org.herodotus.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.herodotus.model.Actor;
import org.herodotus.model.Event;
import org.herodotus.model.Location;

/**
 * An event as one JSON object, in the field names of {@code shared/eval/FORMAT.md} section 2, with a
 * few more fields (date source, modality, actor names and how they were resolved).
 */
public final class EventJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private EventJson() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static ObjectNode toJson(Event e, String articleText) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("id", e.id());
        o.put("article_id", e.articleId());
        o.put("sentence", e.sentence());
        o.set("source", actor(e.source(), articleText));
        o.set("target", e.target() == null ? null : actor(e.target(), articleText));
        o.put("cameo", e.cameo().code());
        o.put("cameo_root", e.cameo().root());
        if (e.cameo().known()) {
            o.put("goldstein", e.cameo().goldstein());
            o.put("quad_class", e.cameo().quadClass());
        } else {
            o.putNull("goldstein");
            o.putNull("quad_class");
        }
        if (e.cameo().ploverType().isEmpty()) {
            o.putNull("plover");
        } else {
            ObjectNode p = o.putObject("plover");
            p.put("type", e.cameo().ploverType());
            p.put("mode", e.cameo().ploverMode());
            ArrayNode ctx = p.putArray("context");
            e.cameo().ploverContext().forEach(ctx::add);
        }
        o.put("factuality", e.factuality().label());
        ArrayNode modality = o.putArray("modality");
        e.modality().forEach(modality::add);
        o.set("claimant", e.claimant() == null ? null : actor(e.claimant(), articleText));
        o.put("date", e.date().value());
        o.put("date_precision", e.date().precision().label());
        o.put("date_source", e.date().source());
        o.set("location", location(e.location(), articleText));
        ObjectNode ev = o.putObject("evidence");
        ev.put("sentence_text", e.evidence().sentence().of(articleText));
        ObjectNode trig = ev.putObject("trigger");
        trig.put("text", e.evidence().trigger().of(articleText));
        trig.put("begin", e.evidence().trigger().begin());
        trig.put("end", e.evidence().trigger().end());
        ev.put("rule", e.evidence().rule());
        o.put("confidence", e.confidence());
        o.put("coder", e.coder());
        return o;
    }

    static ObjectNode actor(Actor a, String text) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("text", a.span().of(text));
        o.put("begin", a.span().begin());
        o.put("end", a.span().end());
        o.put("code", a.code());
        o.put("country", a.country());
        ArrayNode sectors = o.putArray("sectors");
        a.sectors().forEach(sectors::add);
        o.put("kb_id", a.kbId());
        o.put("name", a.name());
        o.put("score", a.score());
        o.put("via", a.via());
        return o;
    }

    static ObjectNode location(Location l, String text) {
        if (l == null) {
            return null;
        }
        ObjectNode o = MAPPER.createObjectNode();
        o.put("name", l.name());
        o.put("country", l.country());
        o.put("admin1", l.admin1());
        o.put("lat", l.lat());
        o.put("lon", l.lon());
        o.put("geonames_id", l.geonamesId());
        o.put("precision", l.precision().label());
        o.put("text", l.span().of(text));
        o.put("begin", l.span().begin());
        o.put("end", l.span().end());
        return o;
    }
}
