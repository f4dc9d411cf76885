#!/usr/bin/env python3
"""Build cost and query time of the words index at N contacts: FTS5 as kard has it
(prefix indexes 1-3, contentless-delete), FTS5 without prefix indexes, and a B-tree
(word, contact) table instead (issue 15's suggestion). SQLite alone, no kard.

Usage: benches/words_index.py N   (e.g. 1000000; prints one line a measurement)

Needs SQLite 3.43 or later in Python (contentless-delete FTS5); Debian's Python links
an older one, so build kard's bundled SQLite as a shared library first:

    gcc -shared -fPIC -O2 -DSQLITE_ENABLE_FTS5 \\
        ~/.cargo/registry/src/*/libsqlite3-sys-*/sqlite3/sqlite3.c \\
        -o /tmp/sq/libsqlite3.so.0 -lpthread -lm
    LD_LIBRARY_PATH=/tmp/sq python3 benches/words_index.py 1000000

The words are made up (names, organization, title, city, an email's words) and
loaded untimed into plain tables; each index is then filled from them by SQL, in one
transaction, so only SQLite's own work is timed.
"""
import os
import random
import sqlite3
import sys
import time

N = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
WORK = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "benches/work")
DB = os.path.join(WORK, f"words-{N}.db")

FIRST = "ana bo chen dmitri eva farah gustav hana ivan jorg kofi lena mateo nia oscar priya quinn rosa sven tariq uma vera wen xavier yara zoe benedikt".split()
LAST = "smith muller garcia kim nakamura rossi dubois novak silva okafor lindqvist chen patel alvarez obrien angstrom quist".split()
ORGS = "acme globex initech umbrella hooli stark wayne wonka tyrell cyberdyne".split()
TITLES = "engineer manager director clerk analyst designer".split()
CITIES = "london berlin paris austin tokyo sydney toronto".split()


def load():
    os.makedirs(WORK, exist_ok=True)
    c = sqlite3.connect(DB)
    c.execute("PRAGMA journal_mode=off")
    c.execute("CREATE TABLE docs(id INTEGER PRIMARY KEY, words TEXT)")
    c.execute("CREATE TABLE pairs(word TEXT, id INTEGER)")
    rnd = random.Random(1)
    rows = []
    for i in range(1, N + 1):
        g, f = rnd.choice(FIRST), rnd.choice(LAST)
        words = [g, f, g, f, rnd.choice(ORGS), rnd.choice(TITLES), rnd.choice(CITIES),
                 g, f + str(i), "example", "com"]
        rows.append((i, " ".join(words)))
    c.executemany("INSERT INTO docs VALUES (?,?)", rows)
    c.executemany("INSERT INTO pairs VALUES (?,?)",
                  ((w, i) for i, t in rows for w in sorted(set(t.split()))))
    c.commit()
    c.close()


def main():
    if not os.path.exists(DB):
        load()
    c = sqlite3.connect(DB, isolation_level=None)
    c.execute("PRAGMA cache_size=-16384")
    print(f"SQLite {sqlite3.sqlite_version}, {N} contacts, "
          f"{c.execute('SELECT count(*) FROM pairs').fetchone()[0]} (word, contact) pairs")
    for t in ["fts_p", "fts", "bt", "bt2"]:
        c.execute(f"DROP TABLE IF EXISTS {t}")

    def timed(label, *sqls):
        start = time.perf_counter()
        c.execute("BEGIN")
        for sql in sqls:
            c.execute(sql)
        c.execute("COMMIT")
        print(f"build {label}: {time.perf_counter() - start:.2f} s", flush=True)

    timed("FTS5, prefix indexes 1-3 (kard's)",
          "CREATE VIRTUAL TABLE fts_p USING fts5(words, content='', contentless_delete=1, "
          "tokenize='unicode61 remove_diacritics 2', prefix='1 2 3')",
          "INSERT INTO fts_p(rowid, words) SELECT id, words FROM docs")
    timed("FTS5, no prefix indexes",
          "CREATE VIRTUAL TABLE fts USING fts5(words, content='', contentless_delete=1, "
          "tokenize='unicode61 remove_diacritics 2')",
          "INSERT INTO fts(rowid, words) SELECT id, words FROM docs")
    timed("B-tree (word, id) WITHOUT ROWID, sorted insert",
          "CREATE TABLE bt(word TEXT, id INTEGER, PRIMARY KEY(word, id)) WITHOUT ROWID",
          "INSERT INTO bt SELECT word, id FROM pairs ORDER BY word, id")
    timed("B-tree rowid table + CREATE INDEX",
          "CREATE TABLE bt2(word TEXT, id INTEGER)",
          "INSERT INTO bt2 SELECT word, id FROM pairs",
          "CREATE INDEX bt2_w ON bt2(word, id)")

    def query(label, sql):
        best = None
        for _ in range(3):
            start = time.perf_counter()
            n = len(c.execute(sql).fetchall())
            took = time.perf_counter() - start
            best = took if best is None else min(best, took)
        print(f"query {label}: {n} contacts, {best * 1000:.1f} ms")

    for name in ["fts_p", "fts"]:
        for q in ['"bened"* "angs"*', '"b"*', '"b"* "a"*', '"smi"* "j"*']:
            query(f"{name} {q}", f"SELECT rowid FROM {name} WHERE {name} MATCH '{q}'")
    query("bt bened* angs*", "SELECT id FROM bt WHERE word >= 'bened' AND word < 'benee' "
          "INTERSECT SELECT id FROM bt WHERE word >= 'angs' AND word < 'angt'")
    query("bt b*", "SELECT DISTINCT id FROM bt WHERE word >= 'b' AND word < 'c'")


if __name__ == "__main__":
    main()
