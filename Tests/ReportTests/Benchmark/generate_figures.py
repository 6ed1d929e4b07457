#!/usr/bin/env python3
"""Writes a large, deterministic data set for timing `tipdb report brief`.

    python3 Tests/ReportTests/Benchmark/generate_figures.py DIR [ROWS]

DIR receives bench-sources.csv (6 sources) and bench-figures.csv (ROWS figures, default 100000)
over real measure codes and the countries and regions of an initialised tipdb database
(read from DIR/places.txt, one code a line: `sqlite3 DB "SELECT code FROM places"`). About one
figure in twenty repeats an earlier one, so lineage is exercised. Same arguments, same files.
"""
import csv
import os
import random
import sys

MEASURES = [
    ("forced-labour", "persons"), ("forced-marriage", "persons"), ("modern-slavery", "persons"),
    ("state-imposed-forced-labour", "persons"), ("forced-labour-private", "persons"),
    ("forced-commercial-sexual-exploitation", "persons"), ("trafficking-victims", "persons"),
    ("detected-trafficking-victims", "persons"), ("persons-convicted", "persons"),
    ("persons-prosecuted", "persons"), ("forced-labour-profits", "USD"),
]
SEXES = ["total", "total", "total", "female", "male"]
AGES = ["total", "total", "total", "children", "adults"]


def main():
    out = sys.argv[1]
    rows = int(sys.argv[2]) if len(sys.argv) > 2 else 100_000
    rng = random.Random(20261129)
    with open(os.path.join(out, "places.txt")) as f:
        places = [line.strip() for line in f if line.strip()]
    sources = [f"bench-source-{i}" for i in range(6)]
    with open(os.path.join(out, "bench-sources.csv"), "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["key", "kind", "title", "authors", "publisher", "date", "accessed"])
        for i, key in enumerate(sources):
            w.writerow([key, "report", f"Benchmark report {i}", f"Analyst, Number{i}", "Benchmark Institute",
                        f"{2000 + 4 * i}", "2026-11-29"])
    written = []
    with open(os.path.join(out, "bench-figures.csv"), "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["key", "measure", "value", "low", "high", "unit", "place", "period", "sex", "age_group",
                    "source", "cites", "method"])
        for n in range(rows):
            measure, unit = MEASURES[n % len(MEASURES)]
            place = places[rng.randrange(len(places))]
            start = rng.randrange(2000, 2025)
            period = str(start) if rng.random() < 0.8 else f"{start}-{min(2024, start + rng.randrange(1, 6))}"
            value = rng.randrange(100, 5_000_000)
            low, high = ("", "") if rng.random() < 0.7 else (int(value * 0.8), int(value * 1.2))
            cites, method = "", "estimated"
            if written and rng.random() < 0.05:
                cites, method = written[rng.randrange(len(written))], "reported"
            key = f"bench-{n:06d}"
            w.writerow([key, measure, value, low, high, unit, place, period, SEXES[n % 5], AGES[(n // 5) % 5],
                        sources[n % len(sources)], cites, method])
            written.append(key)


if __name__ == "__main__":
    main()
