#!/usr/bin/env python3
"""Write a large, valid figures CSV for benchmarks and crash tests (deterministic for a seed).

Every row references real measures, places and one of a few sources, which the companion
sources file (--sources-out) defines.
Usage: generate_figures.py --rows 1000000 --out figures.csv --sources-out sources.csv [--seed 7]
"""
import argparse
import csv
import random

MEASURES = [
    ("forced-labour", "persons"), ("modern-slavery", "persons"), ("forced-marriage", "persons"),
    ("detected-trafficking-victims", "persons"), ("persons-prosecuted", "persons"),
    ("persons-convicted", "persons"), ("trafficking-offences", "cases"), ("forced-labour-profits", "USD"),
]
PLACES = ["WLD", "PHL", "IND", "NGA", "BRA", "USA", "GBR", "DEU", "THA", "VNM", "MEX", "ZAF", "EGY", "IDN",
          "PAK", "BGD", "FRA", "ITA", "ESP", "TUR", "ILO-ASIA-PACIFIC", "ILO-AFRICA", "Philippines", "Viet Nam",
          "United Kingdom", "608", "PH", "BR"]
SEXES = ["total", "female", "male"]
AGES = ["total", "children", "adults"]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--out", required=True)
    parser.add_argument("--sources-out", required=True)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    sources = [f"bench-source-{i}" for i in range(20)]
    with open(args.sources_out, "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["key", "kind", "title", "publisher", "date", "url", "accessed"])
        for i, key in enumerate(sources):
            w.writerow([key, "report", f"Benchmark report {i}", "Benchmark Institute", f"{2000 + i}",
                        f"https://example.org/report/{i}", "2026-11-29"])
    with open(args.out, "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["key", "measure", "value", "low", "high", "unit", "place", "period", "sex", "age_group",
                    "source", "method", "quote", "notes", "tags"])
        for i in range(args.rows):
            measure, unit = MEASURES[rng.randrange(len(MEASURES))]
            start = rng.randrange(1995, 2024)
            period = str(start) if rng.random() < 0.7 else f"{start}-{min(start + rng.randrange(1, 10), 2024)}"
            value = rng.randrange(5, 50_000_000)
            # Censored "<5" only for counts: tipdb refuses it in USD, as it should.
            if rng.random() < 0.05 and unit != "USD":
                text, low, high = "<5", "", ""
            elif rng.random() < 0.2:
                text, low, high = f"{value:,}", str(int(value * 0.8)), str(int(value * 1.2))
            elif rng.random() < 0.3:
                text, low, high = f"{value / 1e6:.2f} million", "", ""
            else:
                text, low, high = str(value), "", ""
            w.writerow([f"bench-{i}", measure, text, low, high, unit, PLACES[rng.randrange(len(PLACES))], period,
                        SEXES[rng.randrange(3)], AGES[rng.randrange(3)], sources[rng.randrange(len(sources))],
                        "detected" if measure.startswith(("detected", "persons", "trafficking-off")) else "estimated",
                        "" if rng.random() < 0.9 else f"an estimated {text} people, as quoted in row {i}",
                        "" if rng.random() < 0.8 else "generated for benchmarks", "bench;generated"])


if __name__ == "__main__":
    main()
