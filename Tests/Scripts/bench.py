#!/usr/bin/env python3
"""`make bench`: tipdb side by side with the tools analysts would otherwise use, in one run.

Generates its inputs deterministically (seeded) in a scratch folder, runs every workload once to
warm up and then --runs times (the short ones at least five or seven), and reports the median, the spread (min-max) and the peak memory
(RSS) of each, with ratios to sqlite3's .import of the same file. Writes BENCHMARKS.md.

Usage: bench.py --tipdb .build/release/tipdb --scratch bench --out BENCHMARKS.md [--runs 3]
       [--figures 1000000] [--cases 250000] [--brief-figures 100000]
"""
import argparse
import datetime
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def run_once(command, cwd, stdin=None, ok=(0,)):
    """Runs a command; returns (seconds, peak RSS in MB). Fails loudly on an exit code not in `ok`."""
    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                               stdin=subprocess.PIPE if stdin else None)
    if stdin:
        process.stdin.write(stdin.encode())
        process.stdin.close()
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    stderr = process.stderr.read().decode(errors="replace")
    code = os.waitstatus_to_exitcode(status)
    if code not in ok:
        sys.exit("benchmark command failed (%d): %s\n%s" % (code, " ".join(command), stderr))
    return elapsed, usage.ru_maxrss / 1024


def measure(name, tool, command, cwd, runs, setup=None, stdin=None, ok=(0,)):
    """Warm-up plus `runs` timed runs; `setup` runs untimed before each."""
    times, peaks = [], []
    for attempt in range(runs + 1):
        if setup:
            setup()
        seconds, peak = run_once(command, cwd, stdin, ok)
        if attempt > 0:
            times.append(seconds)
            peaks.append(peak)
    result = {"workload": name, "tool": tool, "median": statistics.median(times), "min": min(times),
              "max": max(times), "rss": max(peaks), "runs": runs}
    print("%-34s %-32s %8.3f s  (%.3f-%.3f)  %6.1f MB" % (name, tool, result["median"], result["min"], result["max"], result["rss"]),
          flush=True)
    return result


def fresh(path):
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(path + suffix):
            os.remove(path + suffix)


def cpu_model():
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--tipdb", required=True)
    parser.add_argument("--scratch", default="bench")
    parser.add_argument("--out", default="BENCHMARKS.md")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--figures", type=int, default=1_000_000)
    parser.add_argument("--cases", type=int, default=250_000)
    parser.add_argument("--brief-figures", type=int, default=100_000)
    args = parser.parse_args()
    tipdb = os.path.abspath(args.tipdb)
    scratch = os.path.abspath(args.scratch)
    os.makedirs(scratch, exist_ok=True)
    python = sys.executable
    sqlite3 = shutil.which("sqlite3")
    if not sqlite3:
        sys.exit("the sqlite3 shell is needed for the baseline: apt-get install sqlite3")

    def path(name):
        return os.path.join(scratch, name)

    # Inputs, generated once per size and seed, and again whenever their generator changes.
    def stale(output, generator):
        return not os.path.exists(output) or os.path.getmtime(output) < os.path.getmtime(os.path.join(HERE, generator))

    figures = path("figures-%d.csv" % args.figures)
    sources = path("sources.csv")
    if stale(figures, "generate_figures.py"):
        subprocess.check_call([python, os.path.join(HERE, "generate_figures.py"), "--rows", str(args.figures),
                               "--out", figures, "--sources-out", sources])
    brief_input = path("figures-%d.csv" % args.brief_figures)
    if stale(brief_input, "generate_figures.py"):
        subprocess.check_call([python, os.path.join(HERE, "generate_figures.py"), "--rows", str(args.brief_figures),
                               "--out", brief_input, "--sources-out", sources])
    ingest_help = subprocess.run([tipdb, "ingest", "--help"], capture_output=True, text=True).stdout
    cases = path("ctdc-%d.csv" % args.cases)
    has_ctdc = "ctdc" in ingest_help and os.path.exists(os.path.join(HERE, "generate_ctdc.py"))
    if has_ctdc and stale(cases, "generate_ctdc.py"):
        subprocess.check_call([python, os.path.join(HERE, "generate_ctdc.py"), "--rows", str(args.cases),
                               "--variant", "global", "--out", cases])

    results = []
    notes = []
    db = path("tipdb.sqlite")
    plain = path("plain.sqlite")

    def tipdb_with_sources():
        fresh(db)
        subprocess.check_call([tipdb, "init", "--db", db], stdout=subprocess.DEVNULL)
        subprocess.check_call([tipdb, "ingest", "--db", db, "--quiet", sources], stdout=subprocess.DEVNULL)

    def baselines(name, csv_path):
        out = [measure(name, "sqlite3 .import (plain table)", [sqlite3, plain, ".mode csv", ".import %s t" % csv_path],
                       scratch, args.runs, setup=lambda: fresh(plain))]
        out.append(measure(name, "Python csv + executemany", [python, os.path.join(HERE, "python_csv_baseline.py"), csv_path, plain],
                           scratch, args.runs, setup=lambda: fresh(plain)))
        utils = shutil.which("sqlite-utils")
        if utils:
            out.append(measure(name, "sqlite-utils insert --csv", [utils, "insert", plain, "t", csv_path, "--csv"],
                               scratch, 1, setup=lambda: fresh(plain)))
        else:
            note = "sqlite-utils is not installed here, so it was skipped (`pip install sqlite-utils` adds it)."
            if note not in notes:
                notes.append(note)
        return out

    name = "figures CSV, %s rows" % format(args.figures, ",")
    base = baselines(name, figures)
    results += base
    results.append(measure(name, "tipdb ingest (full validation)", [tipdb, "ingest", "--db", db, "--quiet", figures],
                           scratch, args.runs, setup=tipdb_with_sources))

    if has_ctdc:
        name = "CTDC case CSV, %s rows" % format(args.cases, ",")
        results += baselines(name, cases)

        def empty_db():
            fresh(db)
            subprocess.check_call([tipdb, "init", "--db", db], stdout=subprocess.DEVNULL)
        results.append(measure(name, "tipdb ingest --format ctdc", [tipdb, "ingest", "--db", db, "--quiet", "--format", "ctdc",
                                                                    "--dataset", "bench", cases], scratch, args.runs, setup=empty_db))
    else:
        notes.append("CTDC ingest is not available in this build, so the case-file workload was skipped.")

    # Queries on a database of --brief-figures figures, built once.
    tipdb_with_sources()
    subprocess.check_call([tipdb, "ingest", "--db", db, "--quiet", brief_input], stdout=subprocess.DEVNULL)
    name = "database of %s figures" % format(args.brief_figures, ",")
    report_help = subprocess.run([tipdb, "report", "brief", "--help"], capture_output=True, text=True)
    if report_help.returncode == 0 and "--format" in report_help.stdout:
        # Seven runs at least, as for the other short workloads below: a second on a shared host
        # varies by a tenth between runs, and the median of three moved with it (sessions 58-60).
        for fmt in ("md", "html"):
            results.append(measure(name, "tipdb report brief --format %s" % fmt,
                                   [tipdb, "report", "brief", "--db", db, "--format", fmt, "--date", "2026-11-29", "-o", path("brief." + fmt)],
                                   scratch, max(args.runs, 7)))
    else:
        notes.append("tipdb report is not available in this build, so the brief workload was skipped.")
    # check exits 1 when it finds errors, as the generated figures' overlapping sources do.
    results.append(measure(name, "tipdb check", [tipdb, "check", "--db", db], scratch, args.runs, ok=(0, 1)))
    results.append(measure(name, "tipdb sql (start to exit)", [tipdb, "sql", "--db", db, "SELECT count(*) FROM figures WHERE place = 'PHL'"],
                           scratch, max(args.runs, 5)))
    results.append(measure(name, "sqlite3 shell, same query", [sqlite3, db, "SELECT count(*) FROM figures WHERE place = 'PHL'"],
                           scratch, max(args.runs, 5)))
    results.append(measure(name, "tipdb search", [tipdb, "search", "--db", db, "generated benchmarks", "--limit", "20"],
                           scratch, max(args.runs, 5)))
    write_report(args, results, notes, tipdb)


def write_report(args, results, notes, tipdb):
    version = subprocess.run([tipdb, "--version"], capture_output=True, text=True).stdout.strip()
    sqlite_version = subprocess.run([shutil.which("sqlite3") or "sqlite3", "--version"], capture_output=True, text=True).stdout.split(" ")[0]
    imports = {r["workload"]: r["median"] for r in results if r["tool"].startswith("sqlite3 .import")}
    lines = [
        "# Benchmarks",
        "",
        "Measured by `make bench` (`Tests/Scripts/bench.py`) on %s, %d cores, %s; tipdb %s, SQLite %s, Python %s. "
        "Each workload ran once to warm up, then %d times, or more for the short ones (the Runs column); the table shows the median, "
        "the spread (fastest-slowest) and the peak resident memory. Ratios compare with `sqlite3`'s `.import` of the same file into a plain table, measured in the same run: "
        "absolute times vary between machines, ratios much less." % (
            cpu_model(), os.cpu_count() or 0, datetime.date.today().isoformat(), version, sqlite_version,
            platform.python_version(), args.runs),
        "",
        "| Workload | Tool | Runs | Median | Spread | Peak RSS | Ratio to .import |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    for r in results:
        ratio = ""
        if r["workload"] in imports and not r["tool"].startswith("sqlite3 .import"):
            ratio = "%.2f×" % (r["median"] / imports[r["workload"]])
        lines.append("| %s | %s | %d | %.3f s | %.3f-%.3f s | %.0f MB | %s |" % (
            r["workload"], r["tool"], r["runs"], r["median"], r["min"], r["max"], r["rss"], ratio))
    lines += ["", "Inputs: `Tests/Scripts/generate_figures.py` (figures with real measures, places and sources; 5 % censored, "
              "20 % with ranges, values written as 2,450,000 or 2.45 million) and `Tests/Scripts/generate_ctdc.py` "
              "(the 63-column CTDC layout), both seeded."]
    if notes:
        lines += [""] + ["- " + n for n in notes]
    extra = os.path.join(HERE, "BENCHMARKS-notes.md")
    if os.path.exists(extra):
        lines += ["", open(extra).read().rstrip()]
    with open(args.out, "w") as f:
        f.write("\n".join(lines) + "\n")
    print("wrote %s" % args.out)


if __name__ == "__main__":
    main()
