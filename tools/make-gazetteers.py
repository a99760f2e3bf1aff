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

Output (tab-separated, one alias a line, UTF-8):
  places.tsv     alias <TAB> canonical <TAB> type (country|subdivision|city|continent)
  demonyms.tsv   demonym <TAB> canonical country

Usage: tools/make-gazetteers.py [--attest train.conll] OUTDIR
"""
import argparse
import json
import os
import re

ISO = "/usr/share/iso-codes/json"
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


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--attest", help="CoNLL file whose MISC words attest demonyms")
    ap.add_argument("outdir")
    args = ap.parse_args()

    places = {}  # alias -> (canonical, type); first writer wins, countries first

    def add(alias, canonical, kind):
        alias = alias.strip()
        if alias and alias not in places:
            places[alias] = (canonical, kind)

    with open(os.path.join(ISO, "iso_3166-1.json"), encoding="utf-8") as f:
        countries = json.load(f)["3166-1"]
    by_code = {}
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

    with open(os.path.join(ISO, "iso_3166-2.json"), encoding="utf-8") as f:
        for s in json.load(f)["3166-2"]:
            name = re.sub(r"\s*\(.*\)$", "", s["name"])
            if "," in name or len(name) < 3:
                continue
            add(name, name, "subdivision")

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
                if parts[0] in CONTINENTS:
                    add(parts[0], parts[0], "continent")
                city = parts[-1].replace("_", " ")
                if city != parts[0]:
                    add(city, city, "city")

    attested = attested_words(args.attest) if args.attest else None
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

    os.makedirs(args.outdir, exist_ok=True)
    with open(os.path.join(args.outdir, "places.tsv"), "w", encoding="utf-8") as f:
        for alias in sorted(places):
            canon, kind = places[alias]
            f.write(f"{alias}\t{canon}\t{kind}\n")
    with open(os.path.join(args.outdir, "demonyms.tsv"), "w", encoding="utf-8") as f:
        for form in sorted(demonyms):
            f.write(f"{form}\t{demonyms[form]}\n")


if __name__ == "__main__":
    main()
