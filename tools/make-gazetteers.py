#!/usr/bin/env python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""Generate the place gazetteers of the `facts` plugin from packaged data.

Sources, all Debian packages, so anyone can regenerate the same files:
  iso-codes  /usr/share/iso-codes/json/iso_3166-1.json   countries (names, codes)
             /usr/share/iso-codes/json/iso_3166-2.json   subdivisions (states, provinces)
  tzdata     /usr/share/zoneinfo/zone1970.tab, zone.tab  cities (time-zone locations)
             and continents (the areas of the zone names: Europe/, Asia/, ...)
Demonyms ("Russian" -> Russia) are derived from the country names by English
suffix rules; with --attest FILE (a CoNLL file) only the forms that occur in
it are kept, so the rules cannot invent words nobody writes.

With --language CODE (de, es, fr, it, nl, pt) the country and subdivision
names are iso-codes' translations into that language
(/usr/share/locale/CODE/LC_MESSAGES/iso_3166-{1,2}.mo, also Debian's
iso-codes), the cities tzdata's (mostly international forms: Berlin, Madrid,
Buenos Aires), the continents and short country names a small table; no
demonyms (they are adjectives written in lower case in most of these
languages, and MISC in CoNLL, which the plugin drops) but German's, whose
nouns of a nation's people are capitalized ("Aserbaidschaner", "Türken"):
derived by German suffix rules, kept when the --attest files write them.

With --towns, also towns.tsv: GeoNames' towns of 15,000 people or more
(CC BY 4.0), as Debian's libgeonames0 ships them (its compiled table,
read with glib's `gresource`), under their names and, from
libgeonames-common, their names in --language ("München", "Mailand"), and
the part before a qualifier ("Frankfurt" of "Frankfurt am Main", "Halle" of
"Halle (Saale)").  Many are also common words ("Essen"): the tagger reads
them as a feature only, never as an entry of the rules.

Former states (ISO 3166-3: "Jugoslawien", "UdSSR", "Tschechoslowakei") are
countries of the translated gazetteers too, with the short forms news writes
("DDR", "Sowjetunion").

Output (tab-separated, one alias a line, UTF-8):
  places.tsv     alias <TAB> canonical <TAB> type (country|subdivision|city|continent)
  demonyms.tsv   demonym <TAB> canonical country
  towns.tsv      town <TAB> ISO 3166-1 code of its country (with --towns)

Usage: tools/make-gazetteers.py [--attest train.conll] OUTDIR
       tools/make-gazetteers.py --language es OUTDIR/es
       tools/make-gazetteers.py --language de --attest a.conll --attest b.conll OUTDIR/de
"""
import argparse
import gettext
import json
import os
import re
import struct
import subprocess

ISO = "/usr/share/iso-codes/json"
GEONAMES = "/usr/lib/x86_64-linux-gnu/libgeonames.so.0"
GEONAMES_TABLE = "/com/lomiri/geonames/cities.compiled"
ZONES = ["/usr/share/zoneinfo/zone1970.tab", "/usr/share/zoneinfo/zone.tab"]

# English short names that ISO 3166 lacks, and the abbreviations news writes:
# the only hand-written part, kept to well-known common usage.
COMMON = {
    "RU": ["Russia"],
    "US": ["U.S.", "US", "USA", "U.S.A.", "America", "United States of America"],
    "GB": ["UK", "U.K.", "Britain", "Great Britain"],
    "AE": ["UAE", "U.A.E."],
    "KR": ["S. Korea"],
    "KP": ["N. Korea"],
    "CD": ["Congo-Kinshasa"],
    "CG": ["Congo-Brazzaville"],
    "TR": ["Turkey"],
    "CZ": ["Czech Republic"],
    "MM": ["Burma"],
    "NL": ["Holland"],
    "VA": ["Vatican"],
    "PS": ["Palestine"],
}
CANONICAL = {"RU": "Russia"}

# Per language: the short forms news writes that ISO's names lack, and the
# continents (tzdata's areas are English).  The only hand-written part of a
# translated gazetteer; the first form of a country is its canonical name.
COMMON_BY_LANGUAGE = {
    "de": {"US": ["USA", "US", "Amerika"], "GB": ["Großbritannien", "England"],
           "RU": ["Russland"], "NL": ["Holland"], "CZ": ["Tschechien"],
           "KR": ["Südkorea"], "KP": ["Nordkorea"], "VA": ["Vatikan"], "PS": ["Palästina"]},
    "es": {"US": ["Estados Unidos", "EE.UU.", "EEUU", "EE. UU.", "USA"],
           "GB": ["Reino Unido", "Gran Bretaña", "Inglaterra"], "RU": ["Rusia"],
           "NL": ["Holanda"], "KR": ["Corea del Sur"], "KP": ["Corea del Norte"],
           "VA": ["Vaticano"], "PS": ["Palestina"]},
    "fr": {"US": ["États-Unis", "USA", "Amérique"], "GB": ["Royaume-Uni", "Grande-Bretagne", "Angleterre"],
           "RU": ["Russie"], "NL": ["Hollande"], "KR": ["Corée du Sud"], "KP": ["Corée du Nord"],
           "VA": ["Vatican"], "PS": ["Palestine"]},
    "it": {"US": ["Stati Uniti", "USA", "Usa", "America"], "GB": ["Regno Unito", "Gran Bretagna", "Inghilterra"],
           "RU": ["Russia"], "NL": ["Olanda"], "KR": ["Corea del Sud"], "KP": ["Corea del Nord"],
           "VA": ["Vaticano"], "PS": ["Palestina"]},
    "nl": {"US": ["Verenigde Staten", "VS", "Amerika"], "GB": ["Verenigd Koninkrijk", "Groot-Brittannië", "Engeland"],
           "RU": ["Rusland"], "NL": ["Nederland", "Holland"], "KR": ["Zuid-Korea"], "KP": ["Noord-Korea"],
           "VA": ["Vaticaan"], "PS": ["Palestina"]},
    "pt": {"US": ["Estados Unidos", "EUA", "E.U.A."], "GB": ["Reino Unido", "Grã-Bretanha", "Inglaterra"],
           "RU": ["Rússia"], "NL": ["Holanda"], "KR": ["Coreia do Sul"], "KP": ["Coreia do Norte"],
           "VA": ["Vaticano"], "PS": ["Palestina"]},
}
CONTINENTS_BY_LANGUAGE = {
    "de": ["Europa", "Asien", "Afrika", "Australien", "Antarktis", "Nordamerika", "Südamerika", "Lateinamerika"],
    "es": ["Europa", "Asia", "África", "Australia", "Antártida", "América", "Norteamérica",
           "Sudamérica", "América Latina", "Latinoamérica", "Oceanía"],
    "fr": ["Europe", "Asie", "Afrique", "Australie", "Antarctique", "Amérique", "Amérique du Nord",
           "Amérique du Sud", "Amérique latine", "Océanie"],
    "it": ["Europa", "Asia", "Africa", "Australia", "Antartide", "America", "Nord America",
           "Sud America", "America Latina", "America latina", "Oceania"],
    "nl": ["Europa", "Azië", "Afrika", "Australië", "Antarctica", "Amerika", "Noord-Amerika",
           "Zuid-Amerika", "Latijns-Amerika", "Oceanië"],
    "pt": ["Europa", "Ásia", "África", "Austrália", "Antártida", "América", "América do Norte",
           "América do Sul", "América Latina", "Oceania"],
}
# Former states' short forms that ISO 3166-3's names lack, by their alpha-4 code.
FORMER_BY_LANGUAGE = {
    "de": {"DDDE": ["DDR"], "SUHH": ["Sowjetunion"]},
}
# iso-codes has no Portuguese subdivision names; Brazil's serve.
SUBDIVISION_LOCALES = {"pt": ["pt", "pt_BR"]}
CONTINENTS = {"Europe", "Asia", "Africa", "Australia", "Antarctica"}
IRREGULAR_DEMONYMS = {
    # Forms no suffix rule reaches; attested in any newspaper.
    "GB": ["British"], "FR": ["French"], "NL": ["Dutch"], "CH": ["Swiss"],
    "IE": ["Irish"], "ES": ["Spanish"], "DK": ["Danish"], "SE": ["Swedish"],
    "FI": ["Finnish"], "PL": ["Polish"], "TR": ["Turkish"], "GR": ["Greek"],
    "TH": ["Thai"], "PH": ["Filipino", "Philippine"], "NZ": ["New Zealander"],
    "IL": ["Israeli"], "PK": ["Pakistani"], "IQ": ["Iraqi"], "SA": ["Saudi"],
    "YE": ["Yemeni"], "KW": ["Kuwaiti"], "QA": ["Qatari"], "BD": ["Bangladeshi"],
    "AF": ["Afghan"], "US": ["American"], "CN": ["Chinese"], "JP": ["Japanese"],
    "VN": ["Vietnamese"], "PT": ["Portuguese"], "LB": ["Lebanese"], "SD": ["Sudanese"],
    "CZ": ["Czech"], "SK": ["Slovak"], "HR": ["Croatian", "Croat"], "RS": ["Serbian", "Serb"],
    "BA": ["Bosnian"], "SI": ["Slovenian", "Slovene"], "IS": ["Icelandic"],
}


def short_name(country):
    code = country["alpha_2"]
    if code in CANONICAL:
        return CANONICAL[code]
    return country.get("common_name") or country["name"]


def demonym_candidates(name):
    """English demonyms by the common suffix rules: Russia -> Russian,
    Ukraine -> Ukrainian, Kenya -> Kenyan, Canada -> Canadian, Germany -> German."""
    out = set()
    if " " in name:
        return out
    if name.endswith("ia"):
        out.add(name + "n")
    if name.endswith("a"):
        out.add(name + "n")
        out.add(name[:-1] + "an")
        out.add(name + "dian")
    if name.endswith("e"):
        out.add(name[:-1] + "ian")
        out.add(name + "an")
    if name.endswith("y"):
        out.add(name[:-1])
        out.add(name[:-1] + "ian")
    if name.endswith("o"):
        out.add(name[:-1] + "an")
    if name.endswith("an") or name.endswith("on") or name.endswith("in"):
        out.add(name + "ian")
        out.add(name + "ese")
    if re.search(r"[^aeiouy]$", name):
        out.add(name + "i")
        out.add(name + "ian")
        out.add(name + "ese")
    if name.endswith("stan"):
        out.add(name + "i")
    return out


def attested_words(path):
    words = set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if len(parts) >= 4 and parts[3].endswith("MISC"):
                words.add(parts[0])
    return words


def translator(domain, locales):
    """gettext of iso-codes' translations into the first locale that has them."""
    for loc in locales:
        try:
            return gettext.translation(domain, localedir="/usr/share/locale", languages=[loc]).gettext
        except OSError:
            continue
    raise SystemExit(f"no {domain} translation for {locales}: install iso-codes")


def add_countries(add, by_code):
    with open(os.path.join(ISO, "iso_3166-1.json"), encoding="utf-8") as f:
        countries = json.load(f)["3166-1"]
    for c in countries:
        canon = short_name(c)
        by_code[c["alpha_2"]] = canon
        add(canon, canon, "country")
        for key in ("name", "common_name", "official_name"):
            if key in c and "," not in c[key]:
                add(c[key], canon, "country")
        add(c["alpha_3"], canon, "country")
        for alias in COMMON.get(c["alpha_2"], []):
            add(alias, canon, "country")


def add_translated_countries(add, language):
    """Countries in `language`: the short forms of the table first, then
    iso-codes' translated names; "Corea, República de" also gives "Corea"."""
    tr = translator("iso_3166-1", [language])
    common = COMMON_BY_LANGUAGE.get(language, {})
    with open(os.path.join(ISO, "iso_3166-1.json"), encoding="utf-8") as f:
        countries = json.load(f)["3166-1"]
    for c in countries:
        names = [tr(c[key]) for key in ("common_name", "name", "official_name") if key in c]
        heads = [n.split(",")[0] for n in names if "," in n]
        plain = [n for n in names if "," not in n]
        forms = common.get(c["alpha_2"], []) + plain + heads
        canon = forms[0]
        for form in forms:
            add(form, canon, "country")
        add(c["alpha_3"], canon, "country")


def add_former_states(add, language):
    """ISO 3166-3's former states in `language`, as countries: "UdSSR" of
    "UdSSR, Union der Sozialistischen Sowjetrepubliken", and the table's
    short forms; each under its first form."""
    tr = translator("iso_3166-3", [language])
    common = FORMER_BY_LANGUAGE.get(language, {})
    with open(os.path.join(ISO, "iso_3166-3.json"), encoding="utf-8") as f:
        states = json.load(f)["3166-3"]
    for c in states:
        name = re.sub(r"\s*\(.*\)$", "", tr(c["name"]))
        forms = [name.split(",")[0]] + common.get(c["alpha_4"], [])
        if "," not in name:
            forms.append(name)
        for form in forms:
            add(form, forms[0], "country")


# A town's name qualified by its river or region: "Frankfurt am Main",
# "Halle (Saale)", "Freiburg im Breisgau", "Bad Homburg vor der Höhe".
TOWN_QUALIFIER = re.compile(r" \(| am | an der | an | im | in | ob der | vor der | bei ")


def geonames_towns():
    """(geonameid, name, country code) of libgeonames0's table: a GVariant
    a(sssssssudd) (id, name, admin1 code and name, country code and name,
    time zone, population, latitude, longitude) of one element per town,
    each ending at the offset of the array's 32-bit framing table."""
    data = subprocess.run(["gresource", "extract", GEONAMES, GEONAMES_TABLE],
                          check=True, capture_output=True).stdout
    table = struct.unpack_from("<I", data, len(data) - 4)[0]
    n = (len(data) - table) // 4
    start = 0
    for end in struct.unpack_from(f"<{n}I", data, table):
        fields = data[start:end].split(b"\0", 7)[:7]
        yield fields[0].decode(), fields[1].decode(), fields[4].decode()
        start = (end + 7) & ~7


def towns(language):
    """town name -> country code, with the names in `language` (libgeonames-common)."""
    try:
        tr = gettext.translation("geonames", localedir="/usr/share/locale", languages=[language]).gettext
    except OSError:
        tr = None
    out = {}
    for gid, name, country in geonames_towns():
        names = {name}
        if tr is not None and tr(gid) != gid:
            names.add(tr(gid))
        for form in list(names):
            m = TOWN_QUALIFIER.search(form)
            if m and m.start() >= 3:
                names.add(form[:m.start()])
        for form in sorted(names):
            if len(form) >= 3 and "," not in form:
                out.setdefault(form, country)
    return out


def add_subdivisions(add, tr=None):
    with open(os.path.join(ISO, "iso_3166-2.json"), encoding="utf-8") as f:
        for s in json.load(f)["3166-2"]:
            name = s["name"] if tr is None else tr(s["name"])
            name = re.sub(r"\s*\(.*\)$", "", name)
            if "," in name or len(name) < 3:
                continue
            add(name, name, "subdivision")


def island_of(city, names):
    """The island of the names `names` that tzdata's location `city` is
    the first word(s) of ("Easter Island", "Christmas Island"), or None.
    One island only: English names a group of islands without "Islands"
    ("Madeira", "the Canaries", "the Faroes"), and one island with
    "Island" ("Easter" alone is the feast, "Lord Howe" a person)."""
    for name in names:
        if name == city + " Island":
            return name
    return None


def add_cities(add, continents, by_code=None):
    """tzdata's locations; its areas are continents when `continents` is true.

    With `by_code` (English: ISO 3166-1 code -> country name), a location
    that names one island by the words before "Island" ("Pacific/Easter",
    "Easter Island"; "Indian/Christmas", the country "Christmas Island")
    gives the island's whole name, not those words alone: "Easter" and
    "Christmas" are feasts in English news, and their place in the
    gazetteer made them places (the BBC and CNN/DM dev articles:
    "Christmas" a place in 12)."""
    for path in ZONES:
        if not os.path.exists(path):
            continue
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.startswith("#"):
                    continue
                cols = line.rstrip("\n").split("\t")
                if len(cols) < 3:
                    continue
                parts = cols[2].split("/")
                if continents and parts[0] in CONTINENTS:
                    add(parts[0], parts[0], "continent")
                city = parts[-1].replace("_", " ")
                if city == parts[0]:
                    continue
                if by_code is not None:
                    names = cols[3:4] + [by_code[c] for c in cols[0].split(",") if c in by_code]
                    island = island_of(city, names)
                    if island is not None:
                        add(island, island, "city")
                        continue
                add(city, city, "city")


def english_demonyms(places, by_code, attest):
    attested = attested_words(attest) if attest else None
    demonyms = {}
    # Longest names first, so that "Nigerian" goes to Nigeria, not Niger.
    for code, canon in sorted(by_code.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        forms = set(IRREGULAR_DEMONYMS.get(code, []))
        generated = demonym_candidates(canon)
        if attested is not None:
            generated = {g for g in generated if g in attested}
        forms |= generated
        for form in sorted(forms):
            if form not in places and form not in demonyms:
                demonyms[form] = canon
    return demonyms


def german_demonym_candidates(name):
    """German nouns of a country's people by the common suffix rules, with
    their inflections: Aserbaidschan -> Aserbaidschaner, Kuba -> Kubaner,
    Italien -> Italiener, Brasilien -> Brasilianer, Türkei -> Türke(n),
    Russland -> Russe(n), Österreich -> Österreicher, Schweden -> Schwede."""
    if " " in name or "-" in name:
        return set()
    stems = {name + "er"}
    if name.endswith("a"):
        stems |= {name[:-1] + "aner", name + "ner"}
    if name.endswith("ien"):
        stems |= {name + "er", name[:-3] + "ianer", name[:-3] + "ier"}
    if name.endswith("ei"):
        stems.add(name[:-2] + "e")
    if name.endswith("land"):
        stems.add(name[:-4] + "e")
    if name.endswith("en") and not name.endswith("ien"):
        stems.add(name[:-1])
    if name.endswith("e"):
        stems.add(name[:-1] + "er")
    out = set()
    for stem in stems:
        out |= {stem, stem + "n", stem[:-1] + "innen" if stem.endswith("e") else stem + "innen"}
        if not stem.endswith("e"):
            out.add(stem + "in")
    # Short forms are other words as often ("Ire", "Pole", Spanish "Este").
    return {form for form in out if len(form) >= 6}


def german_demonyms(places, attest):
    """The German demonyms of the countries in `places` that the CoNLL
    files `attest` (any tag: GermEval tags them O, WikiNEuRal MISC) write
    capitalized, none of them a place itself."""
    words = set()
    for path in attest:
        with open(path, encoding="utf-8") as f:
            for line in f:
                parts = line.split()
                if parts and parts[0][:1].isupper():
                    words.add(parts[0])
    demonyms = {}
    countries = sorted({canon for alias, (canon, kind) in places.items() if kind == "country"},
                       key=lambda c: (-len(c), c))
    for canon in countries:
        for alias in sorted(a for a, (c, kind) in places.items() if c == canon and kind == "country"):
            for form in sorted(german_demonym_candidates(alias)):
                if form in words and form not in places and form not in demonyms:
                    demonyms[form] = canon
    return demonyms


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--attest", action="append",
                    help="CoNLL file whose words attest demonyms (English: its MISC words; German: any; repeatable)")
    ap.add_argument("--language", default="en", help="ISO 639-1 code of the names (en)")
    ap.add_argument("--towns", action="store_true",
                    help="also towns.tsv, GeoNames' towns (libgeonames0, libgeonames-common)")
    ap.add_argument("outdir")
    args = ap.parse_args()

    places = {}  # alias -> (canonical, type); first writer wins, countries first

    def add(alias, canonical, kind):
        alias = alias.strip()
        if alias and alias not in places:
            places[alias] = (canonical, kind)

    demonyms = {}
    if args.language == "en":
        by_code = {}
        add_countries(add, by_code)
        add_subdivisions(add)
        add_cities(add, True, by_code)
        demonyms = english_demonyms(places, by_code, args.attest[0] if args.attest else None)
    elif args.language in COMMON_BY_LANGUAGE:
        add_translated_countries(add, args.language)
        add_subdivisions(add, translator("iso_3166-2", SUBDIVISION_LOCALES.get(args.language, [args.language])))
        for name in CONTINENTS_BY_LANGUAGE[args.language]:
            add(name, name, "continent")
        add_cities(add, False)
        # Last: a state that was ("Sikkim", "Zaire") stays what it is now.
        if args.language in FORMER_BY_LANGUAGE:
            add_former_states(add, args.language)
        # German writes the people of a nation as capitalized nouns, which the
        # tagger takes for places ("Aserbaidschaner"); elsewhere they are
        # adjectives in lower case.
        if args.language == "de" and args.attest:
            demonyms = german_demonyms(places, args.attest)
    else:
        raise SystemExit(f"no gazetteer rules for language {args.language}")

    os.makedirs(args.outdir, exist_ok=True)
    with open(os.path.join(args.outdir, "places.tsv"), "w", encoding="utf-8") as f:
        for alias in sorted(places):
            canon, kind = places[alias]
            f.write(f"{alias}\t{canon}\t{kind}\n")
    with open(os.path.join(args.outdir, "demonyms.tsv"), "w", encoding="utf-8") as f:
        for form in sorted(demonyms):
            f.write(f"{form}\t{demonyms[form]}\n")
    if args.towns:
        by_name = towns(args.language)
        with open(os.path.join(args.outdir, "towns.tsv"), "w", encoding="utf-8") as f:
            for form in sorted(by_name):
                f.write(f"{form}\t{by_name[form]}\n")


if __name__ == "__main__":
    main()
