#!/usr/bin/env python3
"""Bulk writes against abook on both generated data sets: imports, the floor, exports,
full listings, and the lookups of the speed table on the imported store.

Usage: [KARD_BEFORE=OTHER-KARD] benches/import.py N [N ...]   (after `cargo build
--release`; needs abook, hyperfine, sqlite3 and /usr/bin/time, which benches/run.sh
installs). With KARD_BEFORE, that binary's vCard import is timed too, each followed by
this build's again (the store the second leaves is the one exported and looked up).

Data: benches/gen.py (vCard and Google CSV of the same people) and
/work/shared/bench/gen_contacts.py or $GEN_CONTACTS (`--seed 1`, vcf and google-csv).
One run each (the machine is shared: every row carries the load average at its start
and the process's CPU time, user + system, beside its wall time). Prints a Markdown
table for BENCHMARKS.md.
"""
import os
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KARD = os.environ.get("KARD_BIN", os.path.join(ROOT, "target/release/kard"))
WORK = os.path.join(ROOT, "benches/work")
# An earlier build to time beside (its vCard imports only), e.g. main's.
BEFORE = os.environ.get("KARD_BEFORE")
GEN_CONTACTS = os.environ.get("GEN_CONTACTS", "/work/shared/bench/gen_contacts.py")


def load():
    with open("/proc/loadavg") as f:
        return float(f.read().split()[0])


def timed(cmd, env=None, stdin=None, stdout=subprocess.DEVNULL):
    """(wall s, cpu s, peak MB) of cmd; fails unless it exits 0."""
    fd, tfile = tempfile.mkstemp()
    os.close(fd)
    start = time.perf_counter()
    p = subprocess.run(["/usr/bin/time", "-f", "%M %U %S", "-o", tfile] + cmd, env=env,
                       stdin=stdin, stdout=stdout, stderr=subprocess.PIPE)
    wall = time.perf_counter() - start
    with open(tfile) as f:
        mem, user, sys_ = f.read().split()[-3:]
    os.unlink(tfile)
    if p.returncode != 0:
        sys.exit(f"failed (exit {p.returncode}): {' '.join(cmd)}\n{p.stderr.decode()[-2000:]}")
    return wall, float(user) + float(sys_), int(mem) / 1024


def data_sets(n):
    data = os.path.join(WORK, "data")
    os.makedirs(data, exist_ok=True)
    vcf, csv = f"{data}/contacts-{n}.vcf", f"{data}/contacts-{n}.csv"
    if not os.path.exists(csv):
        subprocess.run(["python3", os.path.join(ROOT, "benches/gen.py"), str(n), data], check=True)
    gvcf, gcsv = f"{data}/gc-{n}.vcf", f"{data}/gc-{n}.csv"
    for path, fmt in ((gvcf, "vcf"), (gcsv, "google-csv")):
        if not os.path.exists(path):
            subprocess.run(["python3", GEN_CONTACTS, "-n", str(n), "--seed", "1", "--format", fmt,
                            "-o", path], check=True, stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL)
    return [("gen.py", vcf, csv), ("gen_contacts.py", gvcf, gcsv)]


# Lookups of the speed table on the gen.py store (its contact N//2 is this person).
LOOKUPS = [
    ("show NAME", ["show", "Benedikt Ångström-Quist"]),
    ("show NUMBER (+1)", ["show", "+1 555 100 4242"]),
    ("show NUMBER (+44)", ["show", "+44 161 496 0123"]),
    ("list NAME-PREFIX --limit 20", ["list", "Benedi", "--limit", "20"]),
    ("list EMAIL-FRAGMENT --limit 20", ["list", "benedikt.angs", "--limit", "20"]),
    ("list PHONE-DIGITS --limit 20", ["list", "1004242", "--limit", "20"]),
    ("list DIGITS-MIDDLE --limit 20", ["list", "555 100 42", "--limit", "20"]),
    ("list DIGITS-NATIONAL --limit 20", ["list", "0161 496", "--limit", "20"]),
]


def lookups(n, env, row):
    """Mean of 30 hyperfine runs (5 warm-ups, no shell) of each lookup, checked first to
    exit 0 and name the target."""
    import json
    for op, args in LOOKUPS:
        p = subprocess.run([KARD] + args, env=env, capture_output=True)
        if p.returncode != 0 or "Ångström".encode() not in p.stdout:
            sys.exit(f"lookup failed: {args}: {p.stdout[:300]!r} {p.stderr[:300]!r}")
        out = tempfile.mktemp(suffix=".json")
        cmd = " ".join([KARD] + ["'" + a + "'" if " " in a else a for a in args])
        at = load()
        subprocess.run(["hyperfine", "-N", "--warmup", "5", "--runs", "30", "--export-json", out,
                        cmd], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       check=True)
        with open(out) as f:
            r = json.load(f)["results"][0]
        os.unlink(out)
        row(n, "gen.py", op, "kard", r["mean"], r["user"] + r["system"], 0, at)


def fmt_s(s):
    if s < 0.1:
        return f"{s * 1000:.1f} ms"
    return f"{s * 1000:.0f} ms" if s < 1 else f"{s:.2f} s"


def main():
    sizes = [int(a) for a in sys.argv[1:]] or [100_000, 1_000_000]
    rows = []

    def row(n, data, op, tool, wall, cpu, mem, at):
        rows.append((n, data, op, tool, wall, cpu, mem, at))
        print(f"{n:>8} {data:<16} {tool:<6} {op:<34} {fmt_s(wall):>9} cpu {fmt_s(cpu):>9} "
              f"{mem:5.0f} MB  load {at:.2f}", flush=True)

    for n in sizes:
        for data, vcf, csv in data_sets(n):
            tmp = tempfile.mkdtemp(dir=WORK)
            env = dict(os.environ, HOME=tmp, XDG_CONFIG_HOME=f"{tmp}/config", NO_COLOR="1",
                       KARD_REGION="US", KARD_DB=f"{tmp}/kard.db")
            db = env["KARD_DB"]

            def fresh():
                for suffix in ("", "-wal", "-shm"):
                    if os.path.exists(db + suffix):
                        os.unlink(db + suffix)

            for op, path in (("import Google CSV", csv), ("import vCard 3.0", vcf)):
                fresh()
                at = load()
                row(n, data, op, "kard", *timed([KARD, "import", "-q", path], env), at)
            if BEFORE:
                fresh()
                at = load()
                row(n, data, "import vCard 3.0 (before)", "kard", *timed(
                    [BEFORE, "import", "-q", vcf], env), at)
                fresh()
                at = load()
                row(n, data, "import vCard 3.0", "kard", *timed([KARD, "import", "-q", vcf], env), at)
            book = f"{tmp}/addressbook"
            at = load()
            row(n, data, "import vCard 3.0 (--convert)", "abook", *timed(
                ["abook", "--convert", "--informat", "vcard", "--infile", vcf, "--outformat",
                 "abook", "--outfile", book]), at)
            if data == "gen.py":
                stage, floor_db = f"{tmp}/floor-stage.db", f"{tmp}/floor.db"
                subprocess.run(["sqlite3", stage, "PRAGMA page_size = 16384",
                                "PRAGMA journal_mode = WAL", f".import --csv {csv} g"],
                               check=True, capture_output=True)
                shutil.copyfile(stage, floor_db)
                with open(os.path.join(ROOT, "benches/floor.sql"), "rb") as f:
                    at = load()
                    row(n, data, "import floor: SQLite alone (floor.sql)", "sqlite3",
                        *timed(["sqlite3", floor_db], stdin=f), at)
            out = f"{tmp}/kard-out.vcf"
            at = load()
            row(n, data, "export vCard", "kard",
                *timed([KARD, "export", "--format", "vcard", "-o", out], env), at)
            at = load()
            row(n, data, "export vCard", "abook", *timed(
                ["abook", "--convert", "--informat", "abook", "--infile", book, "--outformat",
                 "vcard", "--outfile", f"{tmp}/abook-out.vcf"]), at)
            with open(os.devnull, "wb") as null:
                # A pipe read to its end by `cat`, as `kard list | consumer` is.
                at = load()
                start = time.perf_counter()
                fd, tfile = tempfile.mkstemp()
                os.close(fd)
                kard = subprocess.Popen(["/usr/bin/time", "-f", "%M %U %S", "-o", tfile, KARD,
                                         "list", "--format", "jsonl"], env=env,
                                        stdout=subprocess.PIPE)
                cat = subprocess.Popen(["cat"], stdin=kard.stdout, stdout=null)
                kard.stdout.close()
                cat.wait()
                kard.wait()
                wall = time.perf_counter() - start
                with open(tfile) as f:
                    mem, user, sys_ = f.read().split()[-3:]
                os.unlink(tfile)
                row(n, data, "list --format jsonl to a pipe", "kard", wall,
                    float(user) + float(sys_), int(mem) / 1024, at)
            if data == "gen.py" and n == max(sizes):
                lookups(n, env, row)
            shutil.rmtree(tmp)

    print()
    print("| data | operation | tool | " + " | ".join(f"{n:,}" for n in sizes) + " |")
    print("|---|---|---|" + "---:|" * len(sizes))
    keys = []
    for r in rows:
        if (r[1], r[2], r[3]) not in keys:
            keys.append((r[1], r[2], r[3]))
    for data, op, tool in keys:
        cells = []
        for n in sizes:
            hit = [r for r in rows if r[:4] == (n, data, op, tool)][-1:]
            cells.append("—" if not hit else
                         f"{fmt_s(hit[0][4])} (cpu {fmt_s(hit[0][5])}), {hit[0][6]:.0f} MB, "
                         f"load {hit[0][7]:.1f}")
        print(f"| {data} | {op} | {tool} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
