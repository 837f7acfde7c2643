package org.herodotus.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines lazily, holding one line at a time. Lines longer than the cap are
 * measured and skipped instead of buffered, so one huge line cannot exhaust memory. Works on code
 * units of one byte (UTF-8) or two (UTF-16), so a line's bytes can be decoded on their own and a bad
 * line does not spoil the ones after it.
 */
final class LineSplitter {

    /**
     * One line without its terminator (LF or CRLF).
     *
     * @param number 1-based line number
     * @param bytes  holds the line in {@code bytes[0, length)}; null when the line was over the cap
     * @param length how many bytes of {@code bytes} are the line
     * @param size   the line's length in bytes, also when it was over the cap
     */
    record Line(int number, byte[] bytes, int length, long size) {
        boolean tooLong() {
            return bytes == null;
        }
    }

    private final InputStream in;
    private final int unit;
    private final boolean bigEndian;
    private final int cap;
    private final byte[] buffer = new byte[64 * 1024];
    private int position;
    private int limit;
    private int number;
    private boolean eof;

    /** {@code unit} is 1 for UTF-8 and 2 for UTF-16, whose byte order {@code bigEndian} gives. */
    LineSplitter(InputStream in, int unit, boolean bigEndian, long cap) {
        this.in = in;
        this.unit = unit;
        this.bigEndian = bigEndian;
        this.cap = (int) Math.min(cap, Integer.MAX_VALUE - 16);
    }

    /** The next line, or null at the end of the stream. */
    Line next() throws IOException {
        if (eof) {
            return null;
        }
        byte[] line = new byte[256];
        int length = 0;
        long size = 0;
        boolean any = false;
        while (true) {
            if (position == limit && !fill()) {
                eof = true;
                if (!any) {
                    return null;
                }
                break;
            }
            any = true;
            int end = position;
            while (end + unit <= limit && unitValue(buffer, end) != '\n') {
                end += unit;
            }
            boolean newline = end + unit <= limit;
            // at the end of a UTF-16 stream an odd last byte is kept, so that decoding reports it
            int chunk = (newline ? end : limit) - position;
            size += chunk;
            line = append(line, length, chunk, size);
            if (line != null) {
                length += chunk;
            }
            position = newline ? end + unit : limit;
            if (newline) {
                break;
            }
        }
        number++;
        if (line != null && length >= unit && length % unit == 0 && unitValue(line, length - unit) == '\r') {
            length -= unit;
            size -= unit;
        }
        return new Line(number, line, length, size);
    }

    /** Appends {@code buffer[position, +count)}, or gives null once the line, {@code size} bytes, is over the cap. */
    private byte[] append(byte[] line, int length, int count, long size) {
        if (line == null || size > cap) {
            return null;
        }
        byte[] into = line;
        if (length + count > into.length) {
            into = Arrays.copyOf(into, (int) Math.min(Math.max(into.length * 2L, length + count), cap + unit));
        }
        System.arraycopy(buffer, position, into, length, count);
        return into;
    }

    /** Refills the buffer with a whole number of code units, unless the stream ends mid-unit. */
    private boolean fill() throws IOException {
        int n = in.read(buffer);
        if (n <= 0) {
            return false;
        }
        if (n % unit != 0) {
            n += in.readNBytes(buffer, n, unit - n % unit);
        }
        position = 0;
        limit = n;
        return true;
    }

    private int unitValue(byte[] bytes, int at) {
        if (unit == 1) {
            return bytes[at] & 0xFF;
        }
        int first = bytes[at] & 0xFF;
        int second = bytes[at + 1] & 0xFF;
        return bigEndian ? first << 8 | second : second << 8 | first;
    }
}
