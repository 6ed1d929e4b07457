#!/usr/bin/env python3
"""The baseline an analyst would write by hand: Python's csv module and sqlite3.executemany.

Loads FILE into a plain table (every column TEXT, no validation) in one transaction.
Usage: python_csv_baseline.py FILE DB
"""
import csv
import sqlite3
import sys


def main():
    path, db_path = sys.argv[1], sys.argv[2]
    db = sqlite3.connect(db_path)
    with open(path, newline="", encoding="utf-8") as f:
        reader = csv.reader(f)
        header = next(reader)
        columns = ", ".join('"%s" TEXT' % name.replace('"', '""') for name in header)
        db.execute("CREATE TABLE t (%s)" % columns)
        marks = ", ".join("?" for _ in header)
        db.executemany("INSERT INTO t VALUES (%s)" % marks, reader)
    db.commit()
    db.close()


if __name__ == "__main__":
    main()
