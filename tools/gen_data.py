#!/usr/bin/env python3
"""Generate stancegraph's embedded data files (data/*.json) from facts.

Reads, at generation time only:
  * Debian iso-codes   /usr/share/iso-codes/json/iso_3166-1.json   (names, alpha-3)
  * <shared>/data/officials/people_leaders.csv, people_gov.csv   (dated office holders)
  * <shared>/data/blocs/cow_igo_v3_selected_memberships.csv      (IGO memberships)
  * <shared>/data/cameo/cameo_codebook_goldstein.csv              (CAMEO codebook)
  * tools/curated/*.json                                          (hand-curated overlays)

Writes data/actors.json, data/officials.json, data/memberships.json, data/cameo.json.
The generated files are committed; the build never needs ../shared.

Usage:  python3 tools/gen_data.py [--shared DIR] [--iso FILE] [--out DIR]
                                  [--dict WORDLIST] [--check]
Standard library only.  Output is deterministic.
"""

import argparse
import calendar
import csv
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
CURATED = os.path.join(HERE, "curated")

LIST_FIELDS = ["names", "abbreviations", "capitals", "seats", "demonyms",
               "plurals", "misspellings", "generic"]
ACTOR_KINDS = ("state", "bloc", "territory")
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class DataError(Exception):
    pass


def die(msg):
    sys.stderr.write("gen_data.py: error: %s\n" % msg)
    sys.exit(1)


def warn(msg):
    sys.stderr.write("gen_data.py: warning: %s\n" % msg)


def load_json(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def write_json(path, obj):
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8", newline="\n") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1, sort_keys=False)
        f.write("\n")
    os.replace(tmp, path)


def check_date(d, what):
    if d is None:
        return
    if not isinstance(d, str) or not DATE_RE.match(d):
        raise DataError("%s: bad date %r" % (what, d))
    y, m, dd = int(d[:4]), int(d[5:7]), int(d[8:])
    if not (1 <= m <= 12 and 1 <= dd <= calendar.monthrange(y, m)[1]):
        raise DataError("%s: impossible date %r" % (what, d))


def yyyymmdd(s):
    """CSV date YYYYMMDD -> YYYY-MM-DD; invalid days clamp to the month's last day."""
    s = (s or "").strip()
    if not re.match(r"^\d{8}$", s):
        return None
    y, m, d = int(s[:4]), int(s[4:6]), int(s[6:])
    if m < 1:
        m = 1
    if m > 12:
        m = 12
    last = calendar.monthrange(y, m)[1]
    d = min(max(d, 1), last)
    return "%04d-%02d-%02d" % (y, m, d)


def uniq(seq):
    out, seen = [], set()
    for x in seq:
        if x not in seen:
            seen.add(x)
            out.append(x)
    return out


# ---------------------------------------------------------------- actors

# official-name heads that take "the" in running text ("the Russian Federation")
THE_WORDS = ("Republic", "Kingdom", "Federation", "State", "States", "Union",
             "Emirates", "Principality", "Sultanate", "Commonwealth",
             "Confederation", "Duchy", "Islands", "See")


def the_form(name):
    if name.startswith("the ") or name.startswith("The "):
        return None
    words = name.split()
    if any(w in THE_WORDS for w in words):
        return "the " + name
    return None


def iso_names(entry):
    out = []
    for key in ("common_name", "name", "official_name"):
        v = entry.get(key)
        if not v or "," in v or "(" in v:
            continue
        if v.startswith("the "):
            v = v[4:]
        out.append(v)
        t = the_form(v)
        if t:
            out.append(t)
    return out


def load_dict_words(path):
    words = set()
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            w = line.strip()
            if w:
                words.add(w.lower())
    return words


def generated_misspellings(name, words, taken):
    """Systematic typos of a single-word name (>= 7 letters); only with a word list."""
    if " " in name or "-" in name or len(name) < 7 or not name.isalpha():
        return []
    cands = []
    for i in range(1, len(name)):
        if name[i] == name[i - 1]:
            cands.append(name[:i] + name[i:][1:])          # dropped doubled letter
    for i in range(1, len(name) - 2):                       # swapped interior pair
        if name[i] != name[i + 1]:
            cands.append(name[:i] + name[i + 1] + name[i] + name[i + 2:])
    return [c for c in uniq(cands) if c.lower() not in words and c.lower() not in taken]


def build_actors(iso_path, words):
    iso = {e["alpha_3"]: e for e in load_json(iso_path)["3166-1"]}
    states = load_json(os.path.join(CURATED, "states.json"))["states"]
    others = load_json(os.path.join(CURATED, "nonstates.json"))["actors"]
    actors = []
    for code in sorted(states):
        c = states[code]
        kind = c.get("kind", "state")
        e = iso.get(code)
        if e is None:
            raise DataError("curated state %s is not in iso-codes" % code)
        a = {"id": code, "kind": kind, "name": c["name"], "iso3": code}
        names = [c["name"]] + c.get("names", []) + iso_names(e)
        for n in c.get("drop_names", []):
            names = [x for x in names if x != n]
        a["names"] = uniq(names)
        for f in LIST_FIELDS[1:]:
            a[f] = list(c.get(f, []))
        a["from"] = c.get("from")
        a["until"] = c.get("until")
        actors.append(a)
    for c in others:
        a = {"id": c["id"], "kind": c["kind"], "name": c["name"], "iso3": c.get("iso3", "")}
        a["names"] = uniq([c["name"]] + c.get("names", []))
        for f in LIST_FIELDS[1:]:
            a[f] = list(c.get(f, []))
        a["from"] = c.get("from")
        a["until"] = c.get("until")
        actors.append(a)

    if words is not None:
        taken = set()
        for a in actors:
            for f in ("names", "abbreviations", "capitals", "seats", "plurals", "misspellings"):
                taken.update(x.lower() for x in a[f])
        for a in actors:
            if a["kind"] != "state":
                continue
            gen = []
            for n in a["names"][:3]:
                gen += generated_misspellings(n, words, taken)
            room = max(0, 6 - len(a["misspellings"]))
            a["misspellings"] = uniq(a["misspellings"] + gen[:room])
            taken.update(x.lower() for x in a["misspellings"])
    for a in actors:
        for f in LIST_FIELDS:
            a[f] = uniq(a[f])
    actors.sort(key=lambda a: a["id"])
    order = ["id", "kind", "name", "iso3"] + LIST_FIELDS + ["from", "until"]
    return [{k: a[k] for k in order} for a in actors]


def validate_actors(actors):
    errors = []
    ids = [a["id"] for a in actors]
    dup = sorted(set(i for i in ids if ids.count(i) > 1))
    if dup:
        errors.append("duplicate actor ids: %s" % ", ".join(dup))
    for a in actors:
        if a["kind"] not in ACTOR_KINDS:
            errors.append("%s: bad kind %r" % (a["id"], a["kind"]))
        if not re.match(r"^[A-Z][A-Z0-9_]*$", a["id"]):
            errors.append("%s: bad id" % a["id"])
        if a["iso3"] and not re.match(r"^[A-Z]{3}$", a["iso3"]):
            errors.append("%s: bad iso3 %r" % (a["id"], a["iso3"]))
        for f in ["name"] + LIST_FIELDS:
            vals = [a[f]] if f == "name" else a[f]
            if not isinstance(vals, list):
                errors.append("%s.%s: not a list" % (a["id"], f))
                continue
            for v in vals:
                if not isinstance(v, str) or not v or v != v.strip() or "  " in v:
                    errors.append("%s.%s: bad string %r" % (a["id"], f, v))
        if a["generic"] and a["kind"] != "bloc":
            errors.append("%s: generic is for blocs only" % a["id"])
        for f in ("from", "until"):
            try:
                check_date(a[f], "%s.%s" % (a["id"], f))
            except DataError as e:
                errors.append(str(e))
    # text forms shared by two actors (case-insensitive, except abbreviations)
    owner = {}
    forms = ("names", "capitals", "seats", "plurals", "misspellings")
    for a in actors:
        for f in forms:
            for v in a[f]:
                keys = {v.casefold()}
                if v.casefold().startswith("the "):
                    keys.add(v.casefold()[4:])
                for k in keys:
                    owner.setdefault(("t", k), set()).add((a["id"], f))
        for v in a["abbreviations"]:
            owner.setdefault(("a", v), set()).add((a["id"], "abbreviations"))
            # an abbreviation that is also a name form elsewhere (e.g. "Chad" vs "CHAD") is fine;
            # one identical to another actor's name would be ambiguous
            owner.setdefault(("t", v.casefold()), set())
    for (space, k), who in sorted(owner.items()):
        ids_ = sorted(set(i for i, _ in who))
        if len(ids_) > 1:
            errors.append("text form %r assigned to %s" % (k, ", ".join(
                "%s(%s)" % (i, f) for i, f in sorted(who))))
    # demonyms may legitimately be shared; report only
    dem = {}
    for a in actors:
        for v in a["demonyms"]:
            dem.setdefault(v.casefold(), set()).add(a["id"])
    for k, who in sorted(dem.items()):
        if len(who) > 1:
            warn("demonym %r shared by %s" % (k, ", ".join(sorted(who))))
    return errors


# ---------------------------------------------------------------- officials

HONORIFICS = {"hojatolislam", "hojjatoleslam", "ayatollah", "sheikh", "shaykh",
              "sheik", "dr", "gen", "general", "col", "colonel", "lt", "maj",
              "brig", "sir", "dame", "hrh", "mullah", "mawlawi", "maulvi",
              "prince", "princess", "king", "queen", "emir", "amir", "sultan",
              "lord", "rev", "father", "mr", "mrs", "ms", "haji", "hajji", "field",
              "marshal", "adm", "admiral", "capt", "captain", "cdr", "dato",
              "datuk", "tun", "tan", "sri", "pehin", "dato'"}
LOWER_PARTICLES = {"de", "da", "di", "do", "dos", "das", "du", "van", "von",
                   "der", "den", "la", "le", "y", "bin", "bint", "ibn", "e", "del"}
DASH_PARTICLES = {"al", "el", "ul", "ud"}
FAMILY_FIRST = {"CHN", "TWN", "PRK", "KOR", "SGP"}   # surname written first
HYPHEN_GIVEN = {"PRK", "KOR"}                         # Kim Jong-un, Lee Myung-bak


def cap_token(t):
    if re.match(r"^(ii|iii|iv|vi|vii|viii|ix)$", t):
        return t.upper()
    if t in ("jr", "sr"):
        return t.capitalize() + "."
    if len(t) == 1:
        return t.upper() + "."
    parts = t.split("-")
    out = []
    for p in parts:
        if p.startswith("mc") and len(p) > 3:
            out.append("Mc" + p[2:].capitalize())
        elif p.startswith("o'") and len(p) > 2:
            out.append("O'" + p[2:].capitalize())
        else:
            out.append(p[:1].upper() + p[1:])
    return "-".join(out)


def person_name(raw, actor):
    """lowercase_underscore CSV name -> (display name, surname) or None."""
    toks = [t.strip() for t in raw.strip().strip("_").split("_") if t.strip()]
    while toks and toks[0] in HONORIFICS and len(toks) > 2:
        toks = toks[1:]
    if not toks:
        return None
    words = []
    i = 0
    while i < len(toks):
        t = toks[i]
        if i > 0 and t in DASH_PARTICLES and i + 1 < len(toks):
            words.append(t + "-" + cap_token(toks[i + 1]))
            i += 2
            continue
        if i > 0 and t in LOWER_PARTICLES and i + 1 < len(toks):
            words.append(t)
        else:
            words.append(cap_token(t))
        i += 1
    if actor in HYPHEN_GIVEN and len(words) == 3 and all(w.isalpha() for w in words):
        words = [words[0], words[1] + "-" + words[2].lower()]
    name = " ".join(words)
    if actor in FAMILY_FIRST:
        surname = words[0]
    else:
        core = [w for w in words if not re.match(r"^(Jr\.|Sr\.|I{1,3}|IV|VI{0,3}|IX)$", w)]
        surname = core[-1] if core else words[-1]
        m = re.match(r"^(al|el|ul|ud)-(.+)$", surname)
        if m:
            surname = m.group(2)
        if len(surname) == 2 and surname.endswith("."):
            return None
    return name, surname


def norm_key(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"[^a-z]", "", s.lower())


LEADER_TITLES = {
    "president": "president",
    "prime minister": "prime minister",
    "prime": "prime minister",
    "first prime minister": "prime minister",
    "second prime minister": "prime minister",
    "coequal prime minister": "prime minister",
    "premier": "premier",
    "chancellor": "chancellor",
    "king": "king",
    "emperor": "emperor",
    "emir": "emir",
    "sultan": "sultan",
    "shah": "shah",
    "head of state": "head of state",
    "head of government": "head of government",
    "chief of government": "head of government",
    "vice president": "vice president",
    "general secretary": "general secretary",
    "general secretary of the communist party": "general secretary",
    "paramount ruler": "king",
    "chairman of the council of state": "head of state",
    "president of the council of state": "head of state",
    "leader of the revolution": "supreme leader",
}
QUEENS = {"elizabeth", "beatrix", "margrethe", "juliana", "wilhelmina"}


def gov_roles(desc, actor):
    """Roles (normalised) found in a people_gov.csv description."""
    roles = []
    desc = re.sub(r'"[^"]*"', "", desc)
    for part in desc.split("&"):
        p = part.strip().rstrip(".,")
        if not p:
            continue
        if re.search(r"\bspokes(man|woman|person)\b", p, re.I):
            roles.append("spokesperson")
        if re.search(r"\b(acting|deputy|vice|state secretary|to the minister)\b", p, re.I) and \
                not re.match(r"^(Vice President|First Vice President)$", p):
            continue
        if re.match(r"^(Minister|Secretary|Secretary of State|Chief, Federal Department)"
                    r" (of|for) (Foreign|External) (Affairs|Relations)\b", p) or \
                re.match(r"^Secretary of State for Foreign and Commonwealth Affairs$", p) or \
                re.match(r"^Minister of State, Minister of Foreign Affairs", p):
            roles.append("foreign minister")
        elif re.match(r"^(Minister|Secretary|Secretary of State|Secy\. of State|"
                      r"Chief, Federal Department)( of| for)( the)?( National)? Defen[cs]e\b", p) and \
                not re.search(r"Production|Science|Legal Defense", p) or \
                re.match(r"^Minister Responsible for Defen[cs]e Affairs$", p):
            roles.append("defence minister")
        elif re.match(r"^Permanent Representative to the (UN|United Nations)\b", p):
            roles.append("un ambassador")
        elif p in ("Prime Minister",):
            roles.append("prime minister")
        elif p in ("President",):
            roles.append("president")
        elif p in ("Vice President", "First Vice President"):
            roles.append("vice president")
        elif p in ("Premier",) or re.match(r'^President, Executive Yuan$', p):
            roles.append("premier")
        elif p in ("Chancellor", "Federal Chancellor") and actor in ("DEU", "AUT"):
            roles.append("chancellor")
        elif p in ("Head of State",):
            roles.append("head of state")
    return uniq(roles)


SINGLE_HOLDER = {"president", "prime minister", "premier", "chancellor", "foreign minister",
                 "secretary of state", "defence minister", "un ambassador", "king", "queen",
                 "emir", "sultan", "supreme leader", "general secretary", "secretary general",
                 "commission president", "council president", "high representative"}
PLACEHOLDER_END = "2016-12-01"


def person_key(name):
    w = [x for x in re.split(r"[\s]+", name) if x]
    return (norm_key(w[0]), norm_key(w[-1])) if w else ("", "")


def overlaps(a, b):
    af, au = a["from"] or "0000-00-00", a["until"] or "9999-12-31"
    bf, bu = b["from"] or "0000-00-00", b["until"] or "9999-12-31"
    return af <= bu and bf <= au


def load_country_map():
    m = load_json(os.path.join(CURATED, "country_map.json"))
    return m["officials"], m["cow"]


def build_officials(shared, cmap):
    rows = []
    unmapped = {}
    leaders = os.path.join(shared, "data", "officials", "people_leaders.csv")
    gov = os.path.join(shared, "data", "officials", "people_gov.csv")
    for path, col, kind in ((leaders, "title", "leaders"), (gov, "description", "gov")):
        with open(path, encoding="utf-8", newline="") as f:
            for r in csv.DictReader(f):
                actor = cmap.get(r["country"])
                if actor is None:
                    unmapped[r["country"]] = unmapped.get(r["country"], 0) + 1
                    continue
                if actor == "":
                    continue  # deliberately skipped (dependencies etc.)
                if kind == "leaders":
                    t = r[col].strip().lower()
                    role = LEADER_TITLES.get(t)
                    roles = [role] if role else []
                else:
                    roles = gov_roles(r[col], actor)
                if not roles:
                    continue
                variants = [v for v in r["name"].split("|") if v.strip("_ ")]
                if not variants:
                    continue
                parsed = [person_name(v, actor) for v in variants]
                parsed = [p for p in parsed if p]
                if not parsed:
                    continue
                name, surname = parsed[0]
                others = uniq([p[0] for p in parsed[1:] if p[0] != name])
                start = yyyymmdd(r["startYr"])
                end = yyyymmdd(r["endYr"])
                for role in roles:
                    if role == "premier" and actor not in ("CHN", "TWN", "PRK"):
                        role = "prime minister"
                    if role == "king" and norm_key(name.split()[0]) in QUEENS:
                        role = "queen"
                    rows.append({"actor": actor, "name": name, "variants": others,
                                 "surname": surname, "role": role,
                                 "from": start, "until": end, "_src": kind})
    # curated overlay: a person curated for an actor replaces every CSV row of that
    # person at that actor (the CSV's later dates are often placeholders).  People are
    # matched on (actor, first word, last word) of any of their name forms.
    cur_doc = load_json(os.path.join(CURATED, "officials.json"))
    cur = cur_doc["officials"]
    curated_people = set()
    for c in cur:
        for k in [c["name"]] + c.get("variants", []):
            curated_people.add((c["actor"],) + person_key(k))
    drop_keys = set((d["actor"],) + person_key(d["name"]) for d in cur_doc.get("drop", []))
    kept = []
    for r in rows:
        keys = set((r["actor"],) + person_key(k) for k in [r["name"]] + r["variants"])
        if keys & curated_people or keys & drop_keys:
            continue
        kept.append(r)
    # a CSV row starting inside a curated term of the same single-holder office,
    # held by someone else, contradicts the curated facts: drop it
    cur_terms = {}
    for c in cur:
        if c["role"] in SINGLE_HOLDER:
            cur_terms.setdefault((c["actor"], c["role"]), []).append(
                (c.get("from") or "0000-00-00", c.get("until") or "9999-12-31"))
    kept = [r for r in kept if not any(
        f < (r["from"] or "") < u for f, u in cur_terms.get((r["actor"], r["role"]), []))]
    for c in cur:
        kept.append({"actor": c["actor"], "name": c["name"],
                     "variants": list(c.get("variants", [])), "surname": c["surname"],
                     "role": c["role"], "from": c.get("from"), "until": c.get("until"),
                     "_src": "curated"})
    # same person, same role from both CSVs: a people_gov row overlapping a
    # people_leaders (or curated) row of that person is a coarser duplicate
    byp = {}
    for r in kept:
        byp.setdefault((r["actor"], norm_key(r["name"]), r["role"]), []).append(r)
    kept2 = []
    for k, rs in byp.items():
        exact = [r for r in rs if r["_src"] != "gov"]
        for r in rs:
            if r["_src"] == "gov" and any(overlaps(r, e) for e in exact):
                for e in exact:
                    if overlaps(r, e):
                        e["variants"] = uniq(e["variants"] + r["variants"])
                continue
            kept2.append(r)
    kept = kept2
    # merge duplicates: same actor, person, role, from
    merged = {}
    for r in kept:
        k = (r["actor"], norm_key(r["name"]), r["role"], r["from"])
        if k in merged:
            m = merged[k]
            m["variants"] = uniq(m["variants"] + [v for v in r["variants"] if v != m["name"]])
            if m["until"] is not None and (r["until"] is None or r["until"] > m["until"]):
                m["until"] = r["until"]
        else:
            merged[k] = dict(r)
    # the compilation date (2016-12-01) as an end is a placeholder: in a single-holder
    # office, the next holder's start ends the term
    byrole = {}
    for r in merged.values():
        if r["role"] in SINGLE_HOLDER:
            byrole.setdefault((r["actor"], r["role"]), []).append(r)
    for rs in byrole.values():
        rs.sort(key=lambda r: r["from"] or "")
        for r in rs:
            if r["until"] != PLACEHOLDER_END or r["_src"] == "curated" or not r["from"]:
                continue
            later = [x["from"] for x in rs if x["from"] and x["from"] > r["from"]
                     and norm_key(x["name"]) != norm_key(r["name"])]
            if later and min(later) < r["until"]:
                r["until"] = min(later)
    out = []
    for r in merged.values():
        r.pop("_src", None)
        r["variants"] = sorted(v for v in r["variants"] if v != r["name"])
        out.append(r)
    out.sort(key=lambda r: (r["actor"], r["surname"], r["from"] or "", r["name"], r["role"]))
    order = ["actor", "name", "variants", "surname", "role", "from", "until"]
    return [{k: r[k] for k in order} for r in out], unmapped


def validate_officials(officials, actor_ids):
    errors = []
    for o in officials:
        w = "%s/%s" % (o["actor"], o["name"])
        if o["actor"] not in actor_ids:
            errors.append("%s: unknown actor" % w)
        for f in ("name", "surname", "role"):
            if not isinstance(o[f], str) or not o[f] or o[f] != o[f].strip():
                errors.append("%s: bad %s %r" % (w, f, o[f]))
        for v in o["variants"]:
            if not isinstance(v, str) or not v or v != v.strip():
                errors.append("%s: bad variant %r" % (w, v))
        for f in ("from", "until"):
            try:
                check_date(o[f], w)
            except DataError as e:
                errors.append(str(e))
        if o["from"] and o["until"] and o["until"] < o["from"]:
            errors.append("%s: until %s before from %s" % (w, o["until"], o["from"]))
    return errors


# ---------------------------------------------------------------- memberships

COW_BLOCS = {"UN": "UN", "OAU": "OAU", "AU": "AU", "NATO": "NATO", "EU": "EU",
             "LOAS": "ARAB_LEAGUE", "CIS": "CIS", "OPEC": "OPEC", "ASEAN": "ASEAN",
             "WEU": "WEU", "CSTO": "CSTO", "EAEC": "EURASEC", "GCC": "GCC", "SCO": "SCO"}
COW_STATUS = {"full": "member", "observer": "observer", "associate": "associate"}
COW_DEFUNCT_2014 = {"EURASEC"}   # dissolved at the end of 2014: last year is an end


def build_memberships(shared, cowmap):
    path = os.path.join(shared, "data", "blocs", "cow_igo_v3_selected_memberships.csv")
    cur = load_json(os.path.join(CURATED, "memberships.json"))
    replaced = set()
    for c in cur["memberships"]:
        replaced.add((c["member"], c["bloc"]))
    for d in cur.get("drop", []):
        replaced.add((d["member"], d["bloc"]))
    out, unmapped = [], {}
    with open(path, encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            bloc = COW_BLOCS.get(r["ioname"])
            if bloc is None:
                unmapped["io:" + r["ioname"]] = unmapped.get("io:" + r["ioname"], 0) + 1
                continue
            member = cowmap.get(r["state"])
            if member is None:
                unmapped[r["state"]] = unmapped.get(r["state"], 0) + 1
                continue
            if member == "":
                continue
            if (member, bloc) in replaced:
                continue
            first, last = int(r["first_year"]), int(r["last_year"])
            until = None if (last >= 2014 and bloc not in COW_DEFUNCT_2014) else "%04d-12-31" % last
            out.append({"member": member, "bloc": bloc, "status": COW_STATUS[r["status"]],
                        "from": "%04d-01-01" % first, "until": until, "source": "COW IGO v3"})
    for c in cur["memberships"]:
        out.append({"member": c["member"], "bloc": c["bloc"], "status": c["status"],
                    "from": c.get("from"), "until": c.get("until"), "source": "curated"})
    # merge consecutive COW spells of the same status (e.g. DEU 1955-1989 + 1990-)
    out.sort(key=lambda m: (m["bloc"], m["member"], m["from"] or "", m["status"]))
    merged = []
    for m in out:
        p = merged[-1] if merged else None
        if p and p["bloc"] == m["bloc"] and p["member"] == m["member"] and \
                p["status"] == m["status"] and p["source"] == m["source"] and \
                p["until"] and m["from"] and int(m["from"][:4]) == int(p["until"][:4]) + 1 \
                and p["until"].endswith("-12-31") and m["from"].endswith("-01-01"):
            p["until"] = m["until"]
            continue
        merged.append(m)
    return merged, unmapped


def validate_memberships(ms, actors_by_id):
    errors = []
    seen = set()
    for m in ms:
        w = "%s in %s" % (m["member"], m["bloc"])
        if m["member"] not in actors_by_id:
            errors.append("%s: unknown member" % w)
        b = actors_by_id.get(m["bloc"])
        if b is None or b["kind"] != "bloc":
            errors.append("%s: unknown bloc" % w)
        if m["status"] not in ("member", "observer", "associate"):
            errors.append("%s: bad status %r" % (w, m["status"]))
        for f in ("from", "until"):
            try:
                check_date(m[f], w)
            except DataError as e:
                errors.append(str(e))
        if m["from"] and m["until"] and m["until"] < m["from"]:
            errors.append("%s: until before from" % w)
        k = (m["member"], m["bloc"], m["status"], m["from"])
        if k in seen:
            errors.append("%s: duplicate row" % w)
        seen.add(k)
    return errors


# ---------------------------------------------------------------- cameo

def build_cameo(shared):
    path = os.path.join(shared, "data", "cameo", "cameo_codebook_goldstein.csv")
    codes = []
    with open(path, encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            code = r["cameo_code"].strip()
            if not code:
                continue
            g = r["goldstein"].strip()
            q = r["quad_class"].strip()
            codes.append({"code": code, "description": r["description"].strip(),
                          "goldstein": float(g) if g else None,
                          "quad_class": int(q) if q else None})
    codes.sort(key=lambda c: c["code"])
    if len(set(c["code"] for c in codes)) != len(codes):
        raise DataError("duplicate CAMEO codes")
    return codes


# ---------------------------------------------------------------- main

def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", default=os.path.join(REPO, "..", "shared"),
                    help="the shared reference-data folder (default: ../shared next to the repo)")
    ap.add_argument("--iso", default="/usr/share/iso-codes/json/iso_3166-1.json",
                    help="Debian iso-codes ISO 3166-1 JSON")
    ap.add_argument("--out", default=os.path.join(REPO, "data"), help="output folder")
    ap.add_argument("--dict", default=None,
                    help="English word list; when given, systematic misspellings are "
                         "generated and filtered against it (off by default so that "
                         "output does not depend on the machine)")
    ap.add_argument("--check", action="store_true",
                    help="build and validate, but do not write files")
    args = ap.parse_args(argv)

    shared = os.path.normpath(args.shared)
    needed = [os.path.join(shared, "data", p) for p in (
        "officials/people_leaders.csv", "officials/people_gov.csv",
        "blocs/cow_igo_v3_selected_memberships.csv", "cameo/cameo_codebook_goldstein.csv")]
    if not os.path.isdir(shared):
        die("shared data folder %s not found; pass --shared DIR (the committed "
            "data/*.json files do not need it to build)" % shared)
    missing = [p for p in needed if not os.path.isfile(p)]
    if missing:
        die("missing fact source(s): %s" % ", ".join(missing))
    if not os.path.isfile(args.iso):
        die("iso-codes file %s not found (Debian package iso-codes); pass --iso FILE" % args.iso)

    words = load_dict_words(args.dict) if args.dict else None
    try:
        actors = build_actors(args.iso, words)
        errors = validate_actors(actors)
        by_id = {a["id"]: a for a in actors}
        offmap, cowmap = load_country_map()
        officials, un_off = build_officials(shared, offmap)
        errors += validate_officials(officials, by_id)
        memberships, un_cow = build_memberships(shared, cowmap)
        errors += validate_memberships(memberships, by_id)
        cameo = build_cameo(shared)
    except (DataError, KeyError, ValueError) as e:
        die(str(e))
    for k, n in sorted(un_off.items()):
        warn("officials: unmapped country %r (%d rows)" % (k, n))
    for k, n in sorted(un_cow.items()):
        warn("memberships: unmapped COW name %r (%d rows)" % (k, n))
    if errors:
        for e in errors:
            sys.stderr.write("gen_data.py: invalid: %s\n" % e)
        die("%d validation error(s); nothing written" % len(errors))
    print("actors: %d (%s)" % (len(actors), ", ".join(
        "%d %s" % (sum(1 for a in actors if a["kind"] == k), k) for k in ACTOR_KINDS)))
    print("officials: %d" % len(officials))
    print("memberships: %d" % len(memberships))
    print("cameo codes: %d" % len(cameo))
    if args.check:
        return 0
    os.makedirs(args.out, exist_ok=True)
    write_json(os.path.join(args.out, "actors.json"), {"version": 1, "actors": actors})
    write_json(os.path.join(args.out, "officials.json"), {"version": 1, "officials": officials})
    write_json(os.path.join(args.out, "memberships.json"),
               {"version": 1, "memberships": memberships})
    write_json(os.path.join(args.out, "cameo.json"), {"version": 1, "codes": cameo})
    print("wrote %s/{actors,officials,memberships,cameo}.json" % os.path.relpath(args.out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
