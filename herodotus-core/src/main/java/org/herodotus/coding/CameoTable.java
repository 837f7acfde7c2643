package org.herodotus.coding;

import org.herodotus.internal.Lazy;
import org.herodotus.model.CameoCode;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The CAMEO code table ({@code cameo/cameo.tsv}): every code with its Goldstein value, QuadClass and
 * PLOVER mapping. Loaded once; immutable.
 */
public final class CameoTable {

    public static final String RESOURCE = "cameo/cameo.tsv";
    private static final Lazy<CameoTable> BUILT_IN =
            Lazy.of(() -> parse(RESOURCE, DataFiles.lines(RESOURCE)));

    private final Map<String, CameoCode> codes;

    private CameoTable(Map<String, CameoCode> codes) {
        this.codes = Map.copyOf(codes);
    }

    public static CameoTable builtIn() {
        return BUILT_IN.get();
    }

    static CameoTable parse(String origin, List<String> lines) {
        Map<String, CameoCode> codes = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String where = origin + ":" + (i + 1);
            String[] f = line.split("\t", -1);
            if (f.length != 7) {
                throw new LexiconFormatException(where, "expected 7 TAB-separated columns (code goldstein quad_class "
                        + "plover_type plover_mode plover_context description), found " + f.length);
            }
            try {
                List<String> context = f[5].equals("-") ? List.of() : Arrays.asList(f[5].split(";"));
                codes.put(f[0], new CameoCode(f[0], Double.parseDouble(f[1]), Integer.parseInt(f[2]),
                        dash(f[3]), dash(f[4]), context, f[6]));
            } catch (IllegalArgumentException e) {
                throw new LexiconFormatException(where, e.getMessage());
            }
        }
        return new CameoTable(codes);
    }

    private static String dash(String s) {
        return s.equals("-") ? "" : s;
    }

    public Optional<CameoCode> get(String code) {
        return Optional.ofNullable(codes.get(code));
    }

    /**
     * The code; one outside the table, as a dictionary may define ({@code 1213}, {@code 901}), with the
     * facts of its nearest ancestor in the table ({@code 121}), or with none when no ancestor is listed.
     */
    public CameoCode orDefined(String code, String origin) {
        CameoCode c = codes.get(code);
        if (c != null) {
            return c;
        }
        for (int len = code.length() - 1; len >= 2; len--) {
            CameoCode a = codes.get(code.substring(0, len));
            if (a != null) {
                return new CameoCode(code, a.goldstein(), a.quadClass(), a.ploverType(), a.ploverMode(),
                        a.ploverContext(), "defined by " + origin + "; facts of " + a.code() + " ("
                        + a.description() + ")");
            }
        }
        return CameoCode.withoutFacts(code, "defined by " + origin + "; not under a CAMEO root");
    }

    /** The code, or a clear error naming the unknown code. */
    public CameoCode require(String code, String where) {
        CameoCode c = codes.get(code);
        if (c == null) {
            throw new LexiconFormatException(where, "unknown CAMEO code '" + code + "'; see " + RESOURCE);
        }
        return c;
    }

    public int size() {
        return codes.size();
    }
}
