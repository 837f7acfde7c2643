package org.herodotus.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Turns bytes into article text: detects a byte-order mark, rejects binary content, decodes strictly
 * (never replacing bad bytes, so a wrong encoding is reported instead of silently mangled) and
 * normalises line ends. Nothing else in the text is changed.
 */
final class TextDecoder {

    /** How much of the start of an input is examined for binary content. */
    static final int SAMPLE = 8192;

    /** Above this share of control characters, content is taken to be binary. */
    private static final double MAX_CONTROL_SHARE = 0.10;

    /** The encoding of some bytes and the length of the byte-order mark that announced it. */
    record Encoding(Charset charset, int bomLength) {
        boolean utf16() {
            return !charset.equals(StandardCharsets.UTF_8);
        }
    }

    private TextDecoder() {
    }

    /** UTF-8 unless a UTF-16 byte-order mark says otherwise; a UTF-8 mark is recognised and skipped. */
    static Encoding detect(byte[] head, int length) {
        if (length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            return new Encoding(StandardCharsets.UTF_8, 3);
        }
        if (length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            return new Encoding(StandardCharsets.UTF_16LE, 2);
        }
        if (length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            return new Encoding(StandardCharsets.UTF_16BE, 2);
        }
        return new Encoding(StandardCharsets.UTF_8, 0);
    }

    /** Decodes a whole input (a .txt or .html file, or standard input) into normalised text. */
    static String decode(String input, byte[] bytes, int length) throws ProblemException {
        Encoding encoding = detect(bytes, length);
        if (!encoding.utf16()) {
            rejectBinary(input, bytes, encoding.bomLength(), Math.min(length, encoding.bomLength() + SAMPLE));
        }
        return decode(input, bytes, encoding.bomLength(), length, encoding.charset());
    }

    /** Rejects bytes holding a zero byte or many control characters; not for UTF-16, which holds zeros. */
    static void rejectBinary(String input, byte[] bytes, int from, int to) throws ProblemException {
        int controls = 0;
        for (int i = from; i < to; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                throw new ProblemException(input, InputProblem.Reason.BINARY, "looks like a binary file (zero bytes)");
            }
            if (isControl(b)) {
                controls++;
            }
        }
        if (to > from && controls > MAX_CONTROL_SHARE * (to - from)) {
            throw new ProblemException(input, InputProblem.Reason.BINARY,
                    "looks like a binary file (" + controls + " control characters in " + (to - from) + " bytes)");
        }
    }

    /** Whether decoded text holds a NUL or many control characters (e.g. from JSON escapes). */
    static boolean looksBinary(String text) {
        int controls = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return true;
            }
            if (isControl(c)) {
                controls++;
            }
        }
        return !text.isEmpty() && controls > MAX_CONTROL_SHARE * text.length();
    }

    /** Strictly decodes {@code bytes[from, to)} and normalises line ends. */
    static String decode(String input, byte[] bytes, int from, int to, Charset charset) throws ProblemException {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, from, to - from);
        CharBuffer out = CharBuffer.allocate((int) Math.ceil((to - from) * (double) decoder.maxCharsPerByte()) + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw badEncoding(input, bytes, in.position(), charset);
        }
        return normaliseLineEnds(out.flip().toString());
    }

    /** CRLF and lone CR become LF, the one change made to text besides dropping a byte-order mark. */
    static String normaliseLineEnds(String text) {
        if (text.indexOf('\r') < 0) {
            return text;
        }
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static ProblemException badEncoding(String input, byte[] bytes, int at, Charset charset) {
        String where = at < bytes.length
                ? String.format(Locale.ROOT, "byte 0x%02X at offset %d", bytes[at] & 0xFF, at)
                : "truncated at the end";
        if (charset.equals(StandardCharsets.UTF_8)) {
            return new ProblemException(input, InputProblem.Reason.BAD_ENCODING, "not valid UTF-8 (" + where + ")");
        }
        return new ProblemException(input, InputProblem.Reason.BAD_ENCODING,
                "has a UTF-16 byte-order mark but is not valid UTF-16 (" + where + ")");
    }

    private static boolean isControl(int c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F;
    }
}
