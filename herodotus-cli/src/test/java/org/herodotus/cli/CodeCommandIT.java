package org.herodotus.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The whole command with the real models: a batch with a bad line still codes the good ones. */
class CodeCommandIT {

    @Test
    void badJsonLineIsReportedAndTheRestOfTheBatchIsCoded(@TempDir Path dir) throws IOException {
        Path in = Files.writeString(dir.resolve("batch.jsonl"), String.join("\n",
                "{\"id\": \"a1\", \"date\": \"2021-03-10\", \"text\": \"Germany criticised Russia on Monday.\"}",
                "{\"id\": \"a2\", \"text\": ",
                "{\"id\": \"a3\", \"date\": \"2021-03-11\", \"text\": \"Turkish Foreign Minister Mevlut Cavusoglu "
                        + "visited Baghdad.\"}"));
        Path out = dir.resolve("events.jsonl");
        Run r = Run.of("code", "--out", out.toString(), in.toString());
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains("batch.jsonl:2"), r.err());
        List<JsonNode> events = new ArrayList<>();
        ObjectMapper m = new ObjectMapper();
        for (String line : Files.readAllLines(out)) {
            events.add(m.readTree(line));
        }
        assertTrue(events.stream().anyMatch(e -> e.get("article_id").asText().equals("a1")
                && e.get("source").get("code").asText().equals("DEU")
                && e.get("target").get("code").asText().equals("RUS")
                && e.get("cameo").asText().equals("111")
                && e.get("date").asText().equals("2021-03-08")), events.toString());
        assertTrue(events.stream().anyMatch(e -> e.get("article_id").asText().equals("a3")
                && e.get("source").get("code").asText().startsWith("TUR")
                && e.get("cameo").asText().equals("042")), events.toString());
    }

    @Test
    void jsonEventsFollowTheOutputContract(@TempDir Path dir) throws IOException {
        Path in = Files.writeString(dir.resolve("one.txt"), "Egypt condemned the Israeli air strike on Gaza.");
        Path out = dir.resolve("e.jsonl");
        Run r = Run.of("code", "--date", "2021-05-12", "--out", out.toString(), in.toString());
        assertEquals(0, r.exit(), r.err());
        String text = Files.readString(in);
        for (String line : Files.readAllLines(out)) {
            JsonNode e = new ObjectMapper().readTree(line);
            for (String f : List.of("id", "article_id", "sentence", "source", "target", "cameo", "cameo_root",
                    "goldstein", "quad_class", "plover", "factuality", "claimant", "date", "date_precision",
                    "location", "evidence", "confidence", "coder")) {
                assertTrue(e.has(f), "missing field " + f + " in " + line);
            }
            JsonNode src = e.get("source");
            assertEquals(src.get("text").asText(), text.substring(src.get("begin").asInt(), src.get("end").asInt()));
            JsonNode trig = e.get("evidence").get("trigger");
            assertEquals(trig.get("text").asText(), text.substring(trig.get("begin").asInt(), trig.get("end").asInt()));
        }
    }
}
