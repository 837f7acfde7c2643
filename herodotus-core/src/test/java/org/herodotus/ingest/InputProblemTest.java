package org.herodotus.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class InputProblemTest {

    @Test
    void messageNamesInputDetailAndFix() {
        InputProblem p = InputProblem.of("x.jsonl:3", InputProblem.Reason.MALFORMED_JSON, "not valid JSON");
        assertEquals("x.jsonl:3: not valid JSON; fix the line or remove it", p.message());
        assertEquals(p.message(), p.toString());
    }

    @Test
    void multiLineLibraryMessageBecomesOneLine() {
        InputProblem p = InputProblem.of("a.txt", InputProblem.Reason.UNREADABLE, "failed\n at line 2\r\n  here");
        assertFalse(p.message().contains("\n"));
        assertFalse(p.message().contains("\r"));
        assertTrue(p.message().startsWith("a.txt: failed at line 2 here;"));
    }

    @Test
    void longDetailIsCapped() {
        InputProblem p = InputProblem.of("a.txt", InputProblem.Reason.UNREADABLE, "x".repeat(10_000));
        assertTrue(p.message().length() < 400);
    }
}
