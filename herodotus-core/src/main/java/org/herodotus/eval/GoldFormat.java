package org.herodotus.eval;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The gold formats {@code herodotus eval --format} accepts, each with its reader. */
public enum GoldFormat {
    /** JSON lines as {@code shared/eval/FORMAT.md} section 3 describes. */
    HERODOTUS("herodotus", new HerodotusGoldReader()),
    /** PETRARCH validation and unit-test XML records. */
    PETRARCH("petrarch", new PetrarchGoldReader()),
    /** PLOVER gold-standard records (a JSON array). */
    PLOVER("plover", new PloverGoldReader()),
    /** ConfliBERT PentaClass sentences: {@code sentence TAB label}. */
    CONFLI_CLASS("confli-class", new ConfliClassReader()),
    /** ConfliBERT CoNLL tokens with source and target tags. */
    CONFLI_SPANS("confli-spans", new ConfliSpansReader());

    private final String label;
    private final GoldReader reader;

    GoldFormat(String label, GoldReader reader) {
        this.label = label;
        this.reader = reader;
    }

    /** The name used on the command line: {@code confli-class}. */
    public String label() {
        return label;
    }

    public GoldReader reader() {
        return reader;
    }

    /** The format named {@code name} (its label, case-insensitive; {@code _} may stand for {@code -}). */
    public static GoldFormat fromName(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        for (GoldFormat f : values()) {
            if (f.label.equals(wanted)) {
                return f;
            }
        }
        throw new IllegalArgumentException("eval: unknown gold format '" + name + "'; use one of "
                + Arrays.stream(values()).map(GoldFormat::label).collect(Collectors.joining(", ")));
    }
}
