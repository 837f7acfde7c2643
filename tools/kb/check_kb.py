#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Check the actor knowledge-base data files of herodotus-core.

Usage: python3 tools/kb/check_kb.py [KB_DIR] [--verbose]

KB_DIR defaults to herodotus-core/src/main/resources/kb next to this repository's root.
Checks countries.tsv, agents.tsv and every *.kb file:
  - TSV column counts, code shapes, known sector codes, duplicate keys and demonyms;
  - .kb blocks: ids unique across files and well formed, exactly one name and one type,
    known types and keys, role codes built from a known prefix (an iso3 from
    countries.tsv, or IGO/NGO/IMG) and sector codes, valid dates, FROM <= TO, and no
    overlapping roles with different three-letter prefixes in one entity.
Aliases shared by several entities are reported as warnings (--verbose lists them).
Exit status 0 when there is no error, 1 otherwise. Prints counts at the end.
"""
import calendar
import os
import re
import sys
from collections import defaultdict
from datetime import date

SECTORS = {
    "GOV", "MIL", "REB", "INS", "UAF", "OPP", "PTY", "COP", "JUD", "LEG", "BUS", "MED",
    "EDU", "REL", "HLH", "CVL", "REF", "SPY", "LAB", "AGR", "ELI", "CRM", "HRI", "ENV",
}
NON_STATE_PREFIXES = {"IGO", "NGO", "IMG"}
TYPES = {"person", "igo", "ngo", "armed_group", "party", "organisation", "media", "company"}
ID_RE = re.compile(r"^[a-z0-9_]+$")
CODE_RE = re.compile(r"^(?:[A-Z]{3})+$")
DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")

errors = []
warnings = []


def err(where, msg):
    errors.append(f"{where}: {msg}")


def warn(where, msg):
    warnings.append(f"{where}: {msg}")


def strip_comment(line):
    """Remove a comment: '#' at the start of the line or after whitespace."""
    if line.lstrip().startswith("#"):
        return ""
    m = re.search(r"\s#", line)
    return line[: m.start()] if m else line


def data_lines(path):
    """(number, where, line) for each line of a data file that is not blank once its comment is stripped."""
    with open(path, encoding="utf-8") as f:
        for n, raw in enumerate(f, 1):
            line = strip_comment(raw.rstrip("\n")).rstrip()
            if line.strip():
                yield n, f"{os.path.basename(path)}:{n}", line


def columns(where, line, count):
    """The TAB-separated columns of a line, or None (with an error) when there are not `count` of them."""
    cols = line.split("\t")
    if len(cols) != count:
        err(where, f"expected {count} TAB-separated columns, found {len(cols)}")
        return None
    return cols


def split_multi(value):
    return [] if value == "-" else [v.strip() for v in value.split("|")]


def check_countries(path):
    iso3s, iso2s = set(), set()
    demonym_owner = {}
    name_owner = defaultdict(set)
    rows = 0
    for n, where, line in data_lines(path):
        cols = columns(where, line, 6)
        if cols is None:
            continue
        rows += 1
        iso3, iso2, name, others, demonyms, capitals = cols
        if not re.fullmatch(r"[A-Z]{3}", iso3):
            err(where, f"bad iso3 {iso3!r}")
        if not re.fullmatch(r"[A-Z]{2}", iso2):
            err(where, f"bad iso2 {iso2!r}")
        if iso3 in iso3s:
            err(where, f"duplicate iso3 {iso3}")
        if iso2 in iso2s:
            err(where, f"duplicate iso2 {iso2}")
        iso3s.add(iso3)
        iso2s.add(iso2)
        if not name or name == "-":
            err(where, "empty name")
        for col_name, value in (("other_names", others), ("demonyms", demonyms),
                                ("capitals", capitals)):
            if value.strip() != value or not value:
                err(where, f"{col_name}: empty or padded value")
            for item in split_multi(value):
                if not item:
                    err(where, f"{col_name}: empty item in {value!r}")
        for d in split_multi(demonyms):
            if d in demonym_owner:
                err(where, f"demonym {d!r} also on {demonym_owner[d]}")
            demonym_owner[d] = iso3
        for nm in [name] + split_multi(others) + split_multi(capitals):
            name_owner[nm].add(iso3)
    for nm, owners in name_owner.items():
        if len(owners) > 1:
            warn("countries.tsv", f"name {nm!r} on several countries: {sorted(owners)}")
    return iso3s, rows


def check_agents(path):
    seen = {}
    rows = 0
    for n, where, line in data_lines(path):
        cols = columns(where, line, 2)
        if cols is None:
            continue
        rows += 1
        phrase, sectors = cols
        if phrase != phrase.lower() or phrase != phrase.strip() or "  " in phrase:
            err(where, f"phrase must be lowercase, single-spaced: {phrase!r}")
        if phrase in seen:
            err(where, f"duplicate phrase {phrase!r} (line {seen[phrase]})")
        seen[phrase] = n
        codes = sectors.split(" ")
        if not codes or any(c not in SECTORS for c in codes):
            err(where, f"unknown sector code in {sectors!r}")
        if len(set(codes)) != len(codes):
            err(where, f"repeated sector in {sectors!r}")
    return rows


def parse_date(text, end):
    """Return the first (end=False) or last (end=True) day a date denotes, or None."""
    m = DATE_RE.match(text)
    if not m:
        return None
    y = int(m.group(1))
    mo = int(m.group(2)) if m.group(2) else None
    d = int(m.group(3)) if m.group(3) else None
    try:
        if mo is None:
            return date(y, 12, 31) if end else date(y, 1, 1)
        if d is None:
            return date(y, mo, calendar.monthrange(y, mo)[1]) if end else date(y, mo, 1)
        return date(y, mo, d)
    except ValueError:
        return None


def check_role(where, args, iso3s):
    """Validate 'role CODE [FROM [TO]]'; return (prefix, start, end) or None."""
    if not 1 <= len(args) <= 3:
        err(where, f"role takes CODE [FROM [TO]], got {' '.join(args)!r}")
        return None
    code = args[0]
    if not CODE_RE.match(code):
        err(where, f"bad role code {code!r}")
        return None
    prefix, rest = code[:3], [code[i:i + 3] for i in range(3, len(code), 3)]
    if prefix in NON_STATE_PREFIXES:
        if prefix in ("IGO", "NGO") and not rest:
            err(where, f"{code}: {prefix} needs an organisation code")
        tail = rest[1:] if prefix in ("IGO", "NGO") else rest
    elif prefix in iso3s:
        tail = rest
    else:
        err(where, f"{code}: unknown prefix {prefix}")
        return None
    for s in tail:
        if s not in SECTORS:
            err(where, f"{code}: unknown sector {s}")
    lo, hi = date.min, date.max
    if len(args) >= 2 and args[1] != "..":
        lo = parse_date(args[1], end=False)
        if lo is None:
            err(where, f"bad FROM date {args[1]!r}")
            return None
    if len(args) == 3 and args[2] != "..":
        hi = parse_date(args[2], end=True)
        if hi is None:
            err(where, f"bad TO date {args[2]!r}")
            return None
    if lo > hi:
        err(where, f"{code}: FROM {args[1]} is after TO {args[2]}")
    return prefix, lo, hi


def check_kb(path, iso3s, ids, alias_owners, counts):
    base = os.path.basename(path)
    current = None

    def finish(block):
        if block is None:
            return
        where = f"{base}:{block['line']} ({block['id']})"
        if len(block["name"]) != 1:
            err(where, f"needs exactly one name, has {len(block['name'])}")
        if len(block["type"]) != 1:
            err(where, f"needs exactly one type, has {len(block['type'])}")
        elif block["type"][0] not in TYPES:
            err(where, f"unknown type {block['type'][0]!r}")
        roles = block["roles"]
        for i in range(len(roles)):
            for j in range(i + 1, len(roles)):
                (p1, a1, b1, l1), (p2, a2, b2, l2) = roles[i], roles[j]
                if p1 != p2 and a1 <= b2 and a2 <= b1:
                    err(where, f"roles on lines {l1} and {l2} overlap with different prefixes {p1}/{p2}")
        counts["entities"] += 1
        counts["roles"] += len(roles)
        counts["types"][block["type"][0] if block["type"] else "?"] += 1

    for n, where, line in data_lines(path):
        if not line[0].isspace():
            parts = line.split()
            if parts[0] != "entity" or len(parts) != 2:
                err(where, f"expected 'entity ID', got {line!r}")
                continue
            finish(current)
            eid = parts[1]
            if not ID_RE.match(eid):
                err(where, f"bad id {eid!r}")
            if eid in ids:
                err(where, f"duplicate id {eid!r} (first at {ids[eid]})")
            ids[eid] = where
            current = {"id": eid, "line": n, "name": [], "type": [], "roles": []}
            continue
        if current is None:
            err(where, "indented line outside an entity block")
            continue
        key, _, value = line.strip().partition(" ")
        value = value.strip()
        if key == "name":
            if not value:
                err(where, "empty name")
            current["name"].append(value)
            alias_owners[value].add(current["id"])
        elif key == "type":
            current["type"].append(value)
        elif key == "alias":
            items = [a.strip() for a in value.split("|")]
            for a in items:
                if not a:
                    err(where, f"empty alias in {value!r}")
                else:
                    alias_owners[a].add(current["id"])
                    counts["aliases"] += 1
        elif key == "role":
            r = check_role(where, value.split(), iso3s)
            if r:
                current["roles"].append((*r, n))
        else:
            err(where, f"unknown key {key!r}")
    finish(current)


def main(argv):
    verbose = "--verbose" in argv
    args = [a for a in argv if not a.startswith("--")]
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    kb_dir = args[0] if args else os.path.join(root, "herodotus-core", "src", "main", "resources", "kb")

    iso3s, n_countries = check_countries(os.path.join(kb_dir, "countries.tsv"))
    n_agents = check_agents(os.path.join(kb_dir, "agents.tsv"))
    ids, alias_owners = {}, defaultdict(set)
    counts = {"entities": 0, "roles": 0, "aliases": 0, "types": defaultdict(int)}
    kb_files = sorted(p for p in os.listdir(kb_dir) if p.endswith(".kb"))
    for p in kb_files:
        check_kb(os.path.join(kb_dir, p), iso3s, ids, alias_owners, counts)

    shared = {a: sorted(o) for a, o in alias_owners.items() if len(o) > 1}
    for a, owners in sorted(shared.items()):
        warn("aliases", f"{a!r} names several entities: {', '.join(owners)}")

    for e in errors:
        print("ERROR", e)
    shown = warnings if verbose else [w for w in warnings if not w.startswith("aliases:")]
    for w in shown:
        print("WARNING", w)
    if shared and not verbose:
        print(f"WARNING {len(shared)} aliases name several entities (--verbose lists them)")
    types = ", ".join(f"{t} {c}" for t, c in sorted(counts["types"].items()))
    print(f"countries {n_countries}, agents {n_agents}, kb files {len(kb_files)}, "
          f"entities {counts['entities']} ({types}), aliases {counts['aliases']}, "
          f"roles {counts['roles']}")
    print(f"{len(errors)} errors, {len(warnings)} warnings")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
