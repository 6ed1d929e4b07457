#!/usr/bin/env python3
"""Write a CTDC-shaped case-level CSV with invented rows, for benchmarks and tests.

The file has the real column layout of CTDC's k-anonymised Global Dataset (63 columns, -99 for
missing, 0/1 flags, ISO alpha-2 countries) or of its Global Synthetic Dataset (27 columns, 1 or
empty flags, ISO alpha-3 countries), and value distributions of the same shape as the published
files: mostly female, many missing ages, sexual exploitation and forced labour dominant, whole
groups of flags missing together, and many identical rows. Every value is invented; nothing here
comes from a real case. The output depends only on the arguments (the generator is seeded).

    python3 Tests/Scripts/generate_ctdc.py --rows 250000 --variant global --out /tmp/ctdc.csv
"""

import argparse
import random
import sys

GLOBAL_MEANS = [
    "DebtBondage", "TakesEarnings", "RestrictsFinancialAccess", "Threats", "PsychologicalAbuse",
    "PhysicalAbuse", "SexualAbuse", "FalsePromises", "PsychoactiveSubstances", "RestrictsMovement",
    "RestrictsMedicalCare", "ExcessiveWorkingHours", "UsesChildren", "ThreatOfLawEnforcement",
    "WithholdsNecessities", "WithholdsDocuments", "Other",
]
GLOBAL_FORMS = [
    "isForcedLabour", "isSexualExploit", "isOtherExploit", "isSexAndLabour", "isForcedMarriage",
    "isForcedMilitary", "isOrganRemoval", "isSlaveryAndPractices",
]
LABOUR = [
    "Agriculture", "Aquafarming", "Begging", "Construction", "DomesticWork", "Hospitality",
    "IllicitActivities", "Manufacturing", "MiningOrDrilling", "Peddling", "Transportation", "Other",
]
SEX = ["Prostitution", "Pornography", "RemoteInteractiveServices", "PrivateSexualServices"]
RECRUITERS = ["IntimatePartner", "Friend", "Family", "Other", "Unknown"]

GLOBAL_HEADER = (
    ["yearOfRegistration", "Datasource", "gender", "ageBroad", "majorityStatus", "majorityStatusAtExploit",
     "majorityEntry", "citizenship"]
    + ["meansOfControl" + m for m in GLOBAL_MEANS] + ["meansOfControlNotSpecified", "meansOfControlConcatenated"]
    + GLOBAL_FORMS + ["typeOfExploitConcatenated"]
    + ["typeOfLabour" + t for t in LABOUR] + ["typeOfLabourNotSpecified", "typeOfLabourConcatenated"]
    + ["typeOfSex" + t for t in SEX] + ["typeOfSexConcatenated", "isAbduction", "RecruiterRelationship",
                                        "CountryOfExploitation"]
    + ["recruiterRelation" + r for r in RECRUITERS]
)

SYNTHETIC_HEADER = [
    "yearOfRegistration", "gender", "ageBroad", "citizenship", "CountryOfExploitation", "traffickMonths",
    "meansDebtBondageEarnings", "meansThreats", "meansAbusePsyPhySex", "meansFalsePromises", "meansDrugsAlcohol",
    "meansDenyBasicNeeds", "meansExcessiveWorkHours", "meansWithholdDocs", "isForcedLabour", "isSexualExploit",
    "isOtherExploit", "typeOfLabourAgriculture", "typeOfLabourConstruction", "typeOfLabourDomesticWork",
    "typeOfLabourHospitality", "typeOfSexProstitution", "typeOfSexPornography", "recruiterRelationIntimatePartner",
    "recruiterRelationFriend", "recruiterRelationFamily", "recruiterRelationOther",
]

# (alpha-2, alpha-3, weight): countries that dominate the published files, then a long tail.
COUNTRIES = [
    ("US", "USA", 18), ("UA", "UKR", 9), ("MD", "MDA", 8), ("PH", "PHL", 8), ("ID", "IDN", 5), ("KH", "KHM", 4),
    ("MM", "MMR", 4), ("HT", "HTI", 3), ("BY", "BLR", 3), ("RO", "ROU", 3), ("VN", "VNM", 3), ("TH", "THA", 3),
    ("NG", "NGA", 3), ("GH", "GHA", 2), ("UG", "UGA", 3), ("KE", "KEN", 2), ("LK", "LKA", 2), ("NP", "NPL", 2),
    ("BD", "BGD", 2), ("IN", "IND", 2), ("MX", "MEX", 2), ("AF", "AFG", 1), ("CN", "CHN", 1), ("KZ", "KAZ", 1),
    ("KG", "KGZ", 1), ("UZ", "UZB", 1), ("TJ", "TJK", 1), ("SV", "SLV", 1), ("GT", "GTM", 1), ("HN", "HND", 1),
    ("CO", "COL", 1), ("RU", "RUS", 2), ("TR", "TUR", 1), ("AE", "ARE", 1), ("SA", "SAU", 1), ("MY", "MYS", 1),
    ("LA", "LAO", 1), ("ET", "ETH", 1), ("SN", "SEN", 1), ("ML", "MLI", 1), ("BF", "BFA", 1), ("CI", "CIV", 1),
    ("ER", "ERI", 1), ("SD", "SDN", 1), ("LY", "LBY", 1), ("IT", "ITA", 1), ("GB", "GBR", 1), ("PL", "POL", 1),
]
AGES = [("0--8", 3), ("9--17", 22), ("18--20", 12), ("21--23", 11), ("24--26", 10), ("27--29", 9),
        ("30--38", 18), ("39--47", 9), ("48+", 6)]
YEARS = list(range(2002, 2023))


def weighted(rng, pairs):
    total = sum(w for _, w in pairs)
    pick = rng.random() * total
    for value, weight in pairs:
        pick -= weight
        if pick < 0:
            return value
    return pairs[-1][0]


def year(rng):
    # Later years carry more cases, as in the published files.
    return rng.choices(YEARS, weights=[1 + i * i for i in range(len(YEARS))])[0]


def global_row(rng):
    forced_labour = rng.random() < 0.33
    sexual = not forced_labour and rng.random() < 0.85
    age = weighted(rng, AGES) if rng.random() < 0.55 else "-99"
    minor = age in ("0--8", "9--17")
    majority = ("Minor" if minor else "Adult") if age != "-99" else rng.choice(["Adult", "Minor", "-99"])
    row = [
        str(year(rng)) if rng.random() > 0.01 else "-99",
        "Case Management" if rng.random() < 0.78 else "Hotline",
        "Female" if rng.random() < 0.71 else ("Male" if rng.random() < 0.97 else "-99"),
        age, majority,
        majority if rng.random() < 0.3 else "-99",
        majority if rng.random() < 0.2 else "-99",
    ]
    citizenship = weighted(rng, [(c[0], c[2]) for c in COUNTRIES]) if rng.random() > 0.08 else "-99"
    row.append(citizenship)
    # Means of control: two thirds of the cases record none of them (the whole group is -99).
    if rng.random() < 0.35:
        flags = [1 if rng.random() < p else 0 for p in (0.12, 0.18, 0.08, 0.3, 0.4, 0.2, 0.1, 0.2, 0.08, 0.3,
                                                       0.05, 0.1, 0.02, 0.05, 0.06, 0.15, 0.05)]
        labels = [m for m, f in zip(GLOBAL_MEANS, flags) if f]
        row += [str(f) for f in flags] + ["0" if labels else "1", ";".join(labels) or "Not specified"]
    else:
        row += ["-99"] * len(GLOBAL_MEANS) + ["-99", "-99"]
    other = not forced_labour and not sexual
    forms = [forced_labour, sexual, other, False, rng.random() < 0.01, False, False, False]
    row += [str(int(f)) for f in forms]
    row.append("Forced labour" if forced_labour else ("Sexual exploitation" if sexual else "Other"))
    if forced_labour and rng.random() < 0.5:
        sector = rng.randrange(len(LABOUR))
        row += ["1" if i == sector else "0" for i in range(len(LABOUR))] + ["0", LABOUR[sector]]
    else:
        row += ["-99"] * (len(LABOUR) + 2)
    if sexual and rng.random() < 0.4:
        kind = 0 if rng.random() < 0.85 else rng.randrange(len(SEX))
        row += ["1" if i == kind else "0" for i in range(len(SEX))] + [SEX[kind]]
    else:
        row += ["-99"] * (len(SEX) + 1)
    row.append(rng.choice(["0", "1"]) if rng.random() < 0.2 else "-99")
    if rng.random() < 0.25:
        recruiter = rng.randrange(len(RECRUITERS))
        row.append(["Intimate Partner", "Friend", "Family/Relative", "Other", "Unknown"][recruiter])
        exploitation = citizenship if rng.random() < 0.4 else weighted(rng, [(c[0], c[2]) for c in COUNTRIES])
        row.append(exploitation if rng.random() > 0.05 else "-99")
        row += ["1" if i == recruiter else "0" for i in range(len(RECRUITERS))]
    else:
        row.append("-99")
        exploitation = citizenship if rng.random() < 0.4 else weighted(rng, [(c[0], c[2]) for c in COUNTRIES])
        row.append(exploitation if rng.random() > 0.05 else "-99")
        row += ["-99"] * len(RECRUITERS)
    return row


def synthetic_row(rng):
    forced_labour = rng.random() < 0.4
    sexual = not forced_labour and rng.random() < 0.8
    citizenship = weighted(rng, [(c[1], c[2]) for c in COUNTRIES]) if rng.random() > 0.1 else ""
    exploitation = citizenship if citizenship and rng.random() < 0.4 else weighted(rng, [(c[1], c[2]) for c in COUNTRIES])
    gender = "Woman" if rng.random() < 0.68 else ("Man" if rng.random() < 0.98 else "Trans/Transgender/NonConforming")
    row = [
        str(year(rng)), gender, weighted(rng, AGES) if rng.random() < 0.7 else "",
        citizenship, exploitation if rng.random() > 0.03 else "",
        rng.choice(["0--12 (0-1 yr)", "13--24 (1-2 yrs)", "25+ (2+ yrs)"]) if rng.random() < 0.3 else "",
    ]
    if rng.random() < 0.4:
        row += ["1" if rng.random() < p else "" for p in (0.2, 0.35, 0.4, 0.2, 0.08, 0.3, 0.1, 0.15)]
    else:
        row += [""] * 8
    row += ["1" if forced_labour else "", "1" if sexual else "", "1" if not (forced_labour or sexual) else ""]
    sector = rng.randrange(4) if forced_labour and rng.random() < 0.5 else -1
    row += ["1" if i == sector else "" for i in range(4)]
    row += ["1" if sexual and rng.random() < 0.4 else "", "1" if sexual and rng.random() < 0.03 else ""]
    recruiter = rng.randrange(4) if rng.random() < 0.25 else -1
    row += ["1" if i == recruiter else "" for i in range(4)]
    return row


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, required=True, help="number of case rows to write")
    parser.add_argument("--variant", choices=["global", "synthetic"], default="global")
    parser.add_argument("--out", required=True, help="the CSV file to write")
    parser.add_argument("--seed", type=int, default=2020, help="random seed (default 2020)")
    args = parser.parse_args(argv)
    if args.rows < 0:
        parser.error("--rows must be 0 or more")
    rng = random.Random(args.seed)
    header, make = (GLOBAL_HEADER, global_row) if args.variant == "global" else (SYNTHETIC_HEADER, synthetic_row)
    with open(args.out, "w", encoding="utf-8", newline="") as out:
        out.write(",".join(header) + "\r\n")
        lines = []
        for _ in range(args.rows):
            row = make(rng)
            assert len(row) == len(header), (len(row), len(header))
            lines.append(",".join(row))
            if len(lines) == 10000:
                out.write("\r\n".join(lines) + "\r\n")
                lines = []
        if lines:
            out.write("\r\n".join(lines) + "\r\n")


if __name__ == "__main__":
    main(sys.argv[1:])
