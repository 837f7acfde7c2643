package org.herodotus.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineSplitterTest {

    @Test
    void splitsOnLfAndDropsTheCrOfCrlf() throws IOException {
        assertEquals(List.of("a", "", "b", "c"), lines("a\r\n\nb\nc", StandardCharsets.UTF_8, 1, false));
    }

    @Test
    void utf16LinesSurviveReadsThatEndMidUnit() throws IOException {
        String text = "Café\r\nTea ☕\nlast";
        assertEquals(List.of("Café", "Tea ☕", "last"), lines(text, StandardCharsets.UTF_16LE, 2, false));
        assertEquals(List.of("Café", "Tea ☕", "last"), lines(text, StandardCharsets.UTF_16BE, 2, true));
    }

    @Test
    void lineOverTheCapIsMeasuredNotKept() throws IOException {
        LineSplitter splitter = new LineSplitter(
                new ByteArrayInputStream("0123456789\nok\n".getBytes(StandardCharsets.UTF_8)), 1, false, 5);
        LineSplitter.Line first = splitter.next();
        assertTrue(first.tooLong());
        assertEquals(10, first.size());
        LineSplitter.Line second = splitter.next();
        assertEquals(2, second.number());
        assertEquals("ok", new String(second.bytes(), 0, second.length(), StandardCharsets.UTF_8));
        assertNull(splitter.next());
    }

    /** Reads through a stream that gives one byte per read call, the worst case for unit alignment. */
    private static List<String> lines(String text, Charset charset, int unit, boolean bigEndian) throws IOException {
        InputStream trickle = new ByteArrayInputStream(text.getBytes(charset)) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 1));
            }
        };
        LineSplitter splitter = new LineSplitter(trickle, unit, bigEndian, 1000);
        List<String> lines = new ArrayList<>();
        for (LineSplitter.Line line = splitter.next(); line != null; line = splitter.next()) {
            lines.add(new String(line.bytes(), 0, line.length(), charset));
        }
        return lines;
    }
}
