#!/usr/bin/env python3
"""Generate Migrations/m0003_places.sql: countries, the world, UN M49 regions and ILO regions.

Run once at development time, from the repository root, in a throwaway venv:

    python3 -m venv /tmp/placesvenv
    /tmp/placesvenv/bin/pip install pycountry country_converter
    /tmp/placesvenv/bin/python Migrations/tools/generate_places.py [--date YYYY-MM-DD]

Sources:
  * pycountry: every ISO 3166-1 country (alpha-2, alpha-3, numeric, name, common and official name).
  * country_converter (coco): its packaged country_data.tsv, column UNregion, gives each country's
    M49 subregion or intermediate region by name (joined on ISO3).
  * Hard-coded here (a small, stable table): the UN M49 region / subregion / intermediate-region
    codes, names and parents; two corrections to coco (OVERRIDES: Guernsey and Jersey are in
    Channel Islands, which coco folds into Northern Europe; Nauru is in Micronesia, coco says
    Polynesia); the ILO Arab States and the Western Asian countries the ILO puts in Europe
    and Central Asia; a short list of common aliases.

Output is deterministic for a given --date and package versions (sorted rows, one per line).
"""
import argparse
import csv
import datetime
import importlib.metadata
import importlib.resources
import sys

import pycountry

# M49 code -> (name, kind, parent M49 code). Parents are always listed before children.
M49 = {
    "001": ("World", "world", None),
    "002": ("Africa", "m49-region", "001"),
    "015": ("Northern Africa", "m49-subregion", "002"),
    "202": ("Sub-Saharan Africa", "m49-subregion", "002"),
    "014": ("Eastern Africa", "m49-intermediate-region", "202"),
    "017": ("Middle Africa", "m49-intermediate-region", "202"),
    "018": ("Southern Africa", "m49-intermediate-region", "202"),
    "011": ("Western Africa", "m49-intermediate-region", "202"),
    "019": ("Americas", "m49-region", "001"),
    "419": ("Latin America and the Caribbean", "m49-subregion", "019"),
    "029": ("Caribbean", "m49-intermediate-region", "419"),
    "013": ("Central America", "m49-intermediate-region", "419"),
    "005": ("South America", "m49-intermediate-region", "419"),
    "021": ("Northern America", "m49-subregion", "019"),
    "142": ("Asia", "m49-region", "001"),
    "143": ("Central Asia", "m49-subregion", "142"),
    "030": ("Eastern Asia", "m49-subregion", "142"),
    "035": ("South-eastern Asia", "m49-subregion", "142"),
    "034": ("Southern Asia", "m49-subregion", "142"),
    "145": ("Western Asia", "m49-subregion", "142"),
    "150": ("Europe", "m49-region", "001"),
    "151": ("Eastern Europe", "m49-subregion", "150"),
    "154": ("Northern Europe", "m49-subregion", "150"),
    "830": ("Channel Islands", "m49-intermediate-region", "154"),
    "039": ("Southern Europe", "m49-subregion", "150"),
    "155": ("Western Europe", "m49-subregion", "150"),
    "009": ("Oceania", "m49-region", "001"),
    "053": ("Australia and New Zealand", "m49-subregion", "009"),
    "054": ("Melanesia", "m49-subregion", "009"),
    "057": ("Micronesia", "m49-subregion", "009"),
    "061": ("Polynesia", "m49-subregion", "009"),
}
# Country -> M49 code, where coco's UNregion differs from the UN M49 list.
OVERRIDES = {
    "GGY": "830", "JEY": "830",  # Channel Islands (Sark has no ISO code); coco: Northern Europe
    "NRU": "057",  # Nauru is in Micronesia; coco: Polynesia
}

ILO = {  # code -> name (the ILO's own words; suffix where an M49 region has the same name)
    "ILO-AFRICA": "Africa (ILO region)",
    "ILO-AMERICAS": "Americas (ILO region)",
    "ILO-ARAB-STATES": "Arab States",
    "ILO-ASIA-PACIFIC": "Asia and the Pacific",
    "ILO-EUROPE-CENTRAL-ASIA": "Europe and Central Asia",
}
ARAB_STATES = {"BHR", "IRQ", "JOR", "KWT", "LBN", "OMN", "QAT", "SAU", "SYR", "ARE", "YEM", "PSE"}
ASIA_IN_ECA = {"ARM", "AZE", "CYP", "GEO", "ISR", "TUR"}  # Western Asia -> Europe and Central Asia

# Hand-written aliases -> place code. Entries equal to a place's own name or code are dropped.
ALIASES = {
    "WLD": ["World", "Global", "Worldwide", "Whole world"],
    "VNM": ["Vietnam"], "TUR": ["Turkey", "Turkiye"], "RUS": ["Russia"], "IRN": ["Iran",
        "Iran (Islamic Republic of)"], "SYR": ["Syria"], "KOR": ["South Korea", "Republic of Korea"],
    "PRK": ["North Korea", "Democratic People's Republic of Korea"], "LAO": ["Laos", "Lao PDR"],
    "BOL": ["Bolivia", "Bolivia (Plurinational State of)"], "TZA": ["Tanzania"],
    "VEN": ["Venezuela", "Venezuela (Bolivarian Republic of)"], "MDA": ["Moldova",
        "Republic of Moldova"], "CZE": ["Czech Republic"],
    "COD": ["DR Congo", "DRC", "Congo-Kinshasa", "Congo (Kinshasa)", "Democratic Republic of Congo",
            "Democratic Republic of the Congo", "Congo, Dem. Rep."],
    "COG": ["Republic of the Congo", "Congo-Brazzaville", "Congo (Brazzaville)", "Congo, Rep."],
    "CIV": ["Ivory Coast", "Cote d'Ivoire"], "USA": ["United States of America", "U.S.", "U.S.A."],
    "GBR": ["UK", "U.K.", "Great Britain", "Britain"], "PSE": ["Palestine", "State of Palestine"],
    "FSM": ["Micronesia", "Micronesia (Federated States of)"], "SWZ": ["Swaziland"],
    "MKD": ["Macedonia", "The former Yugoslav Republic of Macedonia"], "MMR": ["Burma"],
    "CPV": ["Cape Verde"], "TLS": ["East Timor"], "ARE": ["UAE"], "TWN": ["Taiwan"],
    "HKG": ["Hong Kong SAR", "China, Hong Kong SAR"], "MAC": ["Macau", "China, Macao SAR"],
    "M49-035": ["Southeast Asia", "South-East Asia", "South East Asia"],
    "M49-419": ["Latin America & the Caribbean", "Latin America and Caribbean"],
    "ILO-AFRICA": ["Africa (ILO)", "ILO Africa"],
    "ILO-AMERICAS": ["Americas (ILO)", "ILO Americas"],
    "ILO-ARAB-STATES": ["Arab states", "ILO Arab States"],
    "ILO-ASIA-PACIFIC": ["Asia-Pacific", "Asia Pacific", "Asia and Pacific", "Asia & Pacific"],
    "ILO-EUROPE-CENTRAL-ASIA": ["Europe & Central Asia"],
}


def m49_code(num):
    return "WLD" if num == "001" else "M49-" + num


def coco_unregion():
    """ISO3 -> UNregion name from country_converter's packaged country_data.tsv."""
    path = importlib.resources.files("country_converter") / "country_data.tsv"
    with path.open(encoding="utf-8") as f:
        return {r["ISO3"]: r["UNregion"] for r in csv.DictReader(f, delimiter="\t")}


def build():
    places = {}  # code -> (kind, name, alpha2, alpha3, m49)
    for num, (name, kind, _) in M49.items():
        places[m49_code(num)] = (kind, name, None, None, num)
    for code, name in ILO.items():
        places[code] = ("ilo-region", name, None, None, None)
    by_name = {name: num for num, (name, _, _) in M49.items()}
    unregion = coco_unregion()
    members = {code: set() for code in places}
    aliases = []  # (alias, place)
    no_m49 = []
    for c in pycountry.countries:
        a3 = c.alpha_3
        places[a3] = ("country", c.name, c.alpha_2, a3, "%03d" % int(c.numeric))
        members["WLD"].add(a3)
        for attr in ("common_name", "official_name"):
            alt = getattr(c, attr, None)
            if alt and alt.startswith("the "):
                alt = alt[4:]
            if alt and alt != c.name:
                aliases.append((alt, a3))
        region = unregion.get(a3, "")
        num = OVERRIDES.get(a3) or by_name.get(region)
        if num is None:
            no_m49.append((a3, region))
            continue
        m49_chain = []
        while num != "001":
            m49_chain.append(num)
            num = M49[num][2]
        for n in m49_chain:
            members[m49_code(n)].add(a3)
        top = m49_chain[-1]
        if top == "002":
            ilo = "ILO-AFRICA"
        elif top == "019":
            ilo = "ILO-AMERICAS"
        elif a3 in ARAB_STATES:
            ilo = "ILO-ARAB-STATES"
        elif top == "150" or "143" in m49_chain or a3 in ASIA_IN_ECA:
            ilo = "ILO-EUROPE-CENTRAL-ASIA"
        else:  # rest of Asia, and Oceania
            ilo = "ILO-ASIA-PACIFIC"
        members[ilo].add(a3)
    for code, alts in ALIASES.items():
        aliases += [(alt, code) for alt in alts]
    return places, members, dedupe_aliases(places, aliases), no_m49


def dedupe_aliases(places, aliases):
    """Drop aliases that are a place's own name or code; fail on an alias naming two places."""
    taken = {}  # lower-cased name/code -> place
    for code, (_, name, a2, a3, m49) in places.items():
        for key in (code, name, a2, a3, m49):
            if key is None:
                continue
            if taken.setdefault(key.lower(), code) != code:
                sys.exit("duplicate place name or code: %r (%s, %s)" % (key, taken[key.lower()], code))
    out = {}
    for alias, code in aliases:
        key = alias.lower()
        if key in taken:
            note = "its own name/code" if taken[key] == code else "name/code of " + taken[key]
            print("skip alias %r -> %s: %s" % (alias, code, note), file=sys.stderr)
            continue
        if out.setdefault(key, (alias, code))[1] != code:
            sys.exit("alias %r names both %s and %s" % (alias, out[key][1], code))
    return sorted(out.values(), key=lambda ac: (ac[0].lower(), ac[0]))


def check(places, members, no_m49):
    countries = [c for c, p in places.items() if p[0] == "country"]
    assert len(countries) == len(set(countries)) == 249, len(countries)
    assert ARAB_STATES | ASIA_IN_ECA <= members["M49-145"]  # all from Western Asia
    for c in countries:
        if c in dict(no_m49):
            continue
        kinds = [places[r][0] for r in members if c in members[r]]
        assert kinds.count("m49-region") == 1 and kinds.count("ilo-region") == 1, (c, kinds)
        assert kinds.count("m49-subregion") == 1, (c, kinds)
    empty = [r for r, m in members.items() if not m]
    assert not empty, empty


def lit(v):
    return "NULL" if v is None else "'" + v.replace("'", "''") + "'"


def insert(table, cols, rows):
    body = ",\n".join("    (" + ", ".join(lit(v) for v in row) + ")" for row in rows)
    return "INSERT INTO %s (%s) VALUES\n%s;\n" % (table, ", ".join(cols), body)


KIND_ORDER = ["world", "m49-region", "m49-subregion", "m49-intermediate-region", "ilo-region",
              "country"]


def render(places, members, aliases, date):
    versions = {p: importlib.metadata.version(p) for p in ("pycountry", "country_converter")}
    out = [
        "-- Places: ISO 3166-1 countries, the world, UN M49 regions and ILO regions, with the",
        "-- countries each region contains (flattened) and common alternative names.",
        "--",
        "-- GENERATED FILE - DO NOT EDIT BY HAND. Change and re-run Migrations/tools/generate_places.py.",
        "-- Generated %s with Python %s, pycountry %s, country_converter %s." % (
            date, ".".join(map(str, sys.version_info[:3])), versions["pycountry"],
            versions["country_converter"]),
        "-- Countries from pycountry; M49 membership from country_converter's UNregion column;",
        "-- the M49 region table, corrections to coco (GGY, JEY in Channel Islands; NRU in",
        "-- Micronesia) and the ILO region rules are hard-coded in the generator. ILO regions",
        "-- follow the ILO global estimates: Arab States = BHR IRQ JOR KWT LBN OMN QAT SAU SYR",
        "-- ARE YEM PSE; Africa = M49 Africa; Americas = M49 Americas;",
        "-- Europe and Central Asia = M49 Europe + Central Asia + ARM AZE CYP GEO ISR TUR;",
        "-- Asia and the Pacific = rest of M49 Asia + Oceania.",
        "",
    ]
    rows = sorted(((c,) + p for c, p in places.items()), key=lambda r: (KIND_ORDER.index(r[1]), r[0]))
    out.append(insert("places", ("code", "kind", "name", "alpha2", "alpha3", "m49"), rows))
    for region in sorted(members, key=lambda r: (KIND_ORDER.index(places[r][0]), r)):
        out.append(insert("place_members", ("region", "country"),
                          [(region, c) for c in sorted(members[region])]))
    out.append(insert("place_aliases", ("alias", "place"), aliases))
    return "\n".join(out)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--date", default=datetime.date.today().isoformat(), help="date for the header")
    ap.add_argument("--out", default="Migrations/m0003_places.sql")
    args = ap.parse_args()
    places, members, aliases, no_m49 = build()
    check(places, members, no_m49)
    with open(args.out, "w", encoding="utf-8", newline="\n") as f:
        f.write(render(places, members, aliases, args.date))
    for a3, region in no_m49:
        print("no M49 region: %s (coco UNregion %r); member of WLD only" % (a3, region), file=sys.stderr)
    print("wrote %s: %d places, %d memberships, %d aliases" % (
        args.out, len(places), sum(map(len, members.values())), len(aliases)), file=sys.stderr)


if __name__ == "__main__":
    main()
