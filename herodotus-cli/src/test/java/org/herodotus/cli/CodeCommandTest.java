package org.herodotus.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bad inputs are reported in one line each, without loading any model. */
class CodeCommandTest {

    @Test
    void missingFileGivesOneLineNamingItAndExitCode2(@TempDir Path dir) {
        Run r = Run.of("code", dir.resolve("nope.txt").toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("nope.txt"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
        assertEquals("", r.out());
    }

    @Test
    void emptyAndBinaryFilesAreEachReported(@TempDir Path dir) throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");
        Path binary = Files.write(dir.resolve("blob.txt"), new byte[]{0, 1, 2, 0, (byte) 0xff, 0, 7});
        Run r = Run.of("code", empty.toString(), binary.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("empty.txt"), r.err());
        assertTrue(r.err().contains("blob.txt"), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
    }

    @Test
    void unknownOutputFormatIsAClearError(@TempDir Path dir) throws IOException {
        Path f = Files.writeString(dir.resolve("a.txt"), "Germany criticised Russia.");
        Run r = Run.of("code", "--format", "xml", f.toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("unknown output format 'xml'"), r.err());
    }

    @Test
    void badDateOptionIsAUsageError() {
        Run r = Run.of("code", "--date", "yesterday", "x.txt");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("--date"), r.err());
    }

    @Test
    void everyCommandHasHelp() {
        for (String cmd : new String[]{"code", "demo", "bench", "eval", "actors"}) {
            Run r = Run.of(cmd, "--help");
            assertEquals(0, r.exit(), cmd);
            assertTrue(r.out().contains("Usage: herodotus " + cmd), r.out());
        }
    }
}
