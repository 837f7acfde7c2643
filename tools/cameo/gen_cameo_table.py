#!/usr/bin/env python3
"""Generate herodotus-core/src/main/resources/cameo/cameo.tsv from the reference tables.

Inputs (facts, not creative content):
  * CAMEO.eventcodes.txt      CAMEO event codes and descriptions (GDELT lookup table)
  * CAMEO.goldsteinscale.txt  Goldstein scale value per CAMEO code (GDELT lookup table)
  * CAMEO2PLOVER-2021.txt     CAMEO -> PLOVER type/mode/context (P. Schrodt, 17-Sep-2021)

Output: one row per CAMEO code (2, 3 and 4 digits), tab separated:
  code  goldstein  quad_class  plover_type  plover_mode  plover_context  description

Run from the repository root (defaults expect ../shared beside it):
  python3 tools/cameo/gen_cameo_table.py
Standard library only. The output is deterministic (no timestamps), so a re-run
on unchanged inputs gives an identical file.
"""

import argparse
import re
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
SHARED = REPO_ROOT.parent / "shared"
DEFAULT_CODES = SHARED / "reference" / "cameo" / "CAMEO.eventcodes.txt"
DEFAULT_GOLDSTEIN = SHARED / "reference" / "cameo" / "CAMEO.goldsteinscale.txt"
DEFAULT_PLOVER = SHARED / "reference" / "plover" / "CAMEO2PLOVER-2021.txt"
DEFAULT_OUT = REPO_ROOT / "herodotus-core" / "src" / "main" / "resources" / "cameo" / "cameo.tsv"

NONE = "-"

# Descriptions in the GDELT lookup table that are garbled or misspelt.  Each fix
# names the text it expects to replace, so a changed input is noticed, not overwritten.
DESCRIPTION_FIXES = {
    # Mac Roman curly quotes decoded as UTF-8, and a lost "t" and space.
    "044": ("Meet at a \u00d2hird\u00d3location", "Meet at a 'third' location"),
    "033": ("Express intent to provide matyerial aid, not specified below",
            "Express intent to provide material aid, not specified below"),
    "2041": ("Use chemical, biological, or radiologicalweapons",
             "Use chemical, biological, or radiological weapons"),
}

# PLOVER drops CAMEO 01 (make public statement) and 02 (appeal): PLOVER manual,
# table 7.1 "PLOVER equivalents to CAMEO cue categories".  They get no PLOVER type.
PLOVER_DROPPED_ROOTS = {"01", "02"}

CODE_RE = re.compile(r"^\d{2,4}$")
PLOVER_LINE_RE = re.compile(r"^(\d{2,4})\s*:\s*(.*)$")


def quad_class(code):
    root = int(code[:2])
    if 1 <= root <= 5:
        return 1   # verbal cooperation
    if 6 <= root <= 9:
        return 2   # material cooperation
    if 10 <= root <= 14:
        return 3   # verbal conflict
    if 15 <= root <= 20:
        return 4   # material conflict
    raise ValueError(f"CAMEO code {code}: root {root} outside 01-20")


def read_tab_table(path, value_name):
    """Read a two-column GDELT lookup table (header line, then CODE<TAB>VALUE)."""
    rows = {}
    order = []
    with open(path, encoding="utf-8") as f:
        for lineno, raw in enumerate(f, 1):
            line = raw.rstrip("\r\n")
            if not line.strip():
                continue
            parts = line.split("\t")
            if len(parts) < 2:
                sys.exit(f"{path}:{lineno}: expected CODE<TAB>{value_name}, got {line!r}")
            code, value = parts[0].strip(), parts[1].strip()
            if lineno == 1 and not CODE_RE.match(code):
                continue  # header
            if not CODE_RE.match(code):
                sys.exit(f"{path}:{lineno}: bad CAMEO code {code!r}")
            if code in rows:
                sys.exit(f"{path}:{lineno}: duplicate code {code}")
            rows[code] = value
            order.append(code)
    return rows, order


def clean_description(code, text):
    text = " ".join(text.split())
    if code in DESCRIPTION_FIXES:
        expected, fixed = DESCRIPTION_FIXES[code]
        if text != expected:
            sys.exit(f"description of {code} is {text!r}, fix expects {expected!r}: "
                     "update DESCRIPTION_FIXES")
        text = fixed
    return text


def normalise_field(text):
    text = " ".join(text.split())
    return text if text else NONE


def normalise_context(text):
    items = [" ".join(t.split()) for t in text.split(";")]
    items = [t for t in items if t]
    return ";".join(items) if items else NONE


def read_plover(path):
    """Parse lines like '042: CONSULT, visit,   # Make a visit'.

    Returns {code: (type, mode, context, comment)} and notes about odd lines.
    Where a code is listed twice the first entry is kept (and the fact noted).
    """
    mapping = {}
    notes = []
    with open(path, encoding="utf-8") as f:
        for lineno, raw in enumerate(f, 1):
            line = raw.strip()
            m = PLOVER_LINE_RE.match(line)
            if not m:
                continue
            code, rest = m.group(1), m.group(2)
            body, _, comment = rest.partition("#")
            fields = [x.strip() for x in body.split(",")]
            while len(fields) < 3:
                fields.append("")
            if len(fields) > 3:
                sys.exit(f"{path}:{lineno}: more than three fields in {line!r}")
            ptype = fields[0].upper()
            if not ptype:
                sys.exit(f"{path}:{lineno}: no PLOVER type in {line!r}")
            entry = (ptype, normalise_field(fields[1]), normalise_context(fields[2]),
                     comment.strip())
            if code in mapping:
                if mapping[code][:3] != entry[:3]:
                    notes.append(f"{code} listed twice ({mapping[code][0]}, then {ptype}); "
                                 f"first kept")
                continue
            mapping[code] = entry
    return mapping, notes


def plover_for(code, plover):
    """Mapping for code, or its nearest listed ancestor; returns (entry, inherited_from)."""
    if code[:2] in PLOVER_DROPPED_ROOTS:
        return (NONE, NONE, NONE, ""), None
    for k in (len(code), 3, 2):
        if k > len(code):
            continue
        anc = code[:k]
        if anc in plover:
            return plover[anc], (None if anc == code else anc)
    sys.exit(f"no PLOVER mapping for {code} nor any ancestor")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--eventcodes", type=Path, default=DEFAULT_CODES)
    ap.add_argument("--goldstein", type=Path, default=DEFAULT_GOLDSTEIN)
    ap.add_argument("--plover", type=Path, default=DEFAULT_PLOVER)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = ap.parse_args(argv)

    descriptions, codes = read_tab_table(args.eventcodes, "DESCRIPTION")
    goldstein, _ = read_tab_table(args.goldstein, "GOLDSTEIN")
    plover, plover_notes = read_plover(args.plover)

    missing = [c for c in codes if c not in goldstein]
    if missing:
        sys.exit(f"no Goldstein value for {', '.join(missing)}")
    extra_goldstein = sorted(set(goldstein) - set(codes))
    for c in codes:
        v = float(goldstein[c])
        if not -10.0 <= v <= 10.0:
            sys.exit(f"Goldstein value of {c} out of range: {v}")

    rows = []
    inherited = []
    dropped = []
    for code in codes:
        (ptype, pmode, pcontext, _), source = plover_for(code, plover)
        if ptype == NONE:
            dropped.append(code)
        elif source is not None:
            inherited.append(f"{code}<-{source}")
        rows.append((code, goldstein[code], str(quad_class(code)), ptype, pmode, pcontext,
                     clean_description(code, descriptions[code])))

    not_in_cameo = sorted(set(plover) - set(codes))

    header = [
        "# CAMEO event codes with Goldstein values, QuadClass and PLOVER mapping.",
        "#",
        "# GENERATED FILE: do not edit by hand, re-run tools/cameo/gen_cameo_table.py",
        "#   python3 tools/cameo/gen_cameo_table.py   (from the repository root)",
        "#",
        "# Sources (facts, see docs/sources-cameo.md):",
        "#   codes and descriptions: CAMEO codebook via the GDELT lookup table CAMEO.eventcodes.txt",
        "#   goldstein: Goldstein scale via the GDELT lookup table CAMEO.goldsteinscale.txt",
        "#   plover_*: CAMEO2PLOVER-2021.txt, the CAMEO-to-PLOVER table by Philip Schrodt",
        "#     (PLOVER manual draft 0.8, 17-Sep-2021)",
        "#",
        "# Format: one row per code, TAB separated, columns:",
        "#   code  goldstein  quad_class  plover_type  plover_mode  plover_context  description",
        "#   code: 2-digit root, 3- or 4-digit CAMEO code, kept as a string (leading zero)",
        "#   goldstein: -10..10 as written in the source",
        "#   quad_class: by root, 01-05 -> 1 verbal cooperation, 06-09 -> 2 material cooperation,",
        "#               10-14 -> 3 verbal conflict, 15-20 -> 4 material conflict",
        "#   plover_type: PLOVER 2021 event type in capitals; '-' for none",
        "#   plover_mode, plover_context: '-' when empty; several contexts are joined by ';'",
        "#",
        "# PLOVER notes:",
        "#   roots 01 and 02 have no PLOVER type (the PLOVER manual, table 7.1, drops them):",
        "#     " + " ".join(dropped[:12]),
    ]
    for i in range(12, len(dropped), 12):
        header.append("#     " + " ".join(dropped[i:i + 12]))
    header.append("#   codes missing from the PLOVER table inherit the nearest listed ancestor "
                  "(code<-ancestor):")
    if inherited:
        for i in range(0, len(inherited), 8):
            header.append("#     " + " ".join(inherited[i:i + 8]))
    else:
        header.append("#     (none)")
    root_type = {r[0]: r[3] for r in rows if len(r[0]) == 2}
    odd = [f"{r[0]}->{r[3]}" for r in rows
           if len(r[0]) > 2 and r[3] != NONE and r[3] != root_type[r[0][:2]]]
    header.append("#   kept as the PLOVER table has them, although their type differs from "
                  "their root's:")
    for i in range(0, len(odd), 8):
        header.append("#     " + " ".join(odd[i:i + 8]))
    for note in plover_notes:
        header.append("#   " + note)
    if not_in_cameo:
        header.append("#   in the PLOVER table but not in the CAMEO code list (left out): "
                      + " ".join(not_in_cameo))
    if extra_goldstein:
        header.append("#   Goldstein values without a CAMEO code (left out): " + " ".join(extra_goldstein))
    fixed = sorted(DESCRIPTION_FIXES)
    header += [
        "#",
        "# Descriptions: whitespace normalised; garbled or misspelt text repaired in "
        + " ".join(fixed) + ".",
        "#   The GDELT descriptions of 101 and 105-108 differ from the CAMEO 1.1b3 manual (and the",
        "#   comments of the PLOVER table): there 101 = demand material cooperation,",
        "#   105 = demand that target yields, 106 = demand meeting or negotiation,",
        "#   107 = demand settling of dispute, 108 = demand mediation.  The GDELT text is kept here.",
        "#",
        f"# {len(rows)} codes; every line not starting with '#' is a data row.",
    ]

    args.out.parent.mkdir(parents=True, exist_ok=True)
    with open(args.out, "w", encoding="utf-8", newline="\n") as f:
        for line in header:
            f.write(line + "\n")
        for row in rows:
            f.write("\t".join(row) + "\n")
    print(f"wrote {len(rows)} codes to {args.out} "
          f"({len(inherited)} PLOVER mappings inherited, {len(dropped)} without PLOVER type)")


if __name__ == "__main__":
    main()
