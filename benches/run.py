#!/usr/bin/env python3
"""Times kard, abook and khard on the same generated contacts; writes BENCHMARKS.md.

Whole-process wall times: medians of several runs after a warm-up (hyperfine for the
lookups), peak memory (max RSS) from /usr/bin/time. Run through benches/run.sh.
"""
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KARD = os.path.join(ROOT, "target/release/kard")
WORK = os.path.join(ROOT, "benches/work")
# Known targets of benches/gen.py: contact N//2, and directory person (N//100)//2.
NAME, NUMBER, NUMBER_44 = "Benedikt Ångström-Quist", "+1 555 100 4242", "+44 161 496 0123"
EMAIL_FRAGMENT, DIGITS = "benedikt.angs", "1004242"
# Digits inside a number: the middle of its E.164 form, and its national form (0161 …).
DIGITS_MIDDLE, DIGITS_NATIONAL = "555 100 42", "0161 496"
# Numbers no generated contact has (gen.py's American ones are 555 0xx/2xx xxxx, its
# British ones 20 7946 xxxx), so that `kard block` accepts them.
BLOCKED, BLOCKED_44 = "+1 555 199 9999", "+44 161 496 0999"
KHARD_MAX = 10_000
# BENCHMARKS.md from this heading on is written by hand and kept by each run.
ANALYSIS = "## Where the time goes"
RUNS = 3
LOOKUP_RUNS = 30


def extension(n):
    return str(10000 + max(n // 100, 1) // 2)


def load():
    with open("/proc/loadavg") as f:
        return float(f.read().split()[0])


def sh(cmd, env=None, stdout=subprocess.DEVNULL, stdin=None, ok=(0,)):
    """Run cmd under /usr/bin/time: (seconds, peak MB, exit code). Fails unless the exit
    code is in `ok`: a failing run must not be timed as if it were a result."""
    fd, tfile = tempfile.mkstemp()
    os.close(fd)
    start = time.perf_counter()
    p = subprocess.run(["/usr/bin/time", "-f", "%M", "-o", tfile] + cmd, env=env, stdout=stdout,
                       stderr=subprocess.DEVNULL, stdin=stdin)
    elapsed = time.perf_counter() - start
    with open(tfile) as f:
        lines = [l for l in f.read().split() if l.isdigit()]
    os.unlink(tfile)
    if p.returncode not in ok:
        sys.exit(f"benchmark command failed (exit {p.returncode}): {' '.join(cmd)}")
    return elapsed, int(lines[-1]) / 1024 if lines else 0.0, p.returncode


def median_of(fn, runs=RUNS):
    results = [fn() for _ in range(runs)]
    return statistics.median(r[0] for r in results), max(r[1] for r in results)


def hyperfine(cmd, env, runs=LOOKUP_RUNS, want=b""):
    """Median wall time of cmd (no shell), after checking once that it succeeds and
    prints `want`."""
    p = subprocess.run(cmd, env=env, capture_output=True)
    if p.returncode != 0 or want not in p.stdout:
        sys.exit(f"lookup failed (exit {p.returncode}, expected {want!r} in the output): "
                 f"{' '.join(cmd)}\n{p.stdout.decode()[:500]}{p.stderr.decode()[:500]}")
    out = tempfile.mktemp(suffix=".json")
    subprocess.run(["hyperfine", "-N", "--warmup", "5", "--runs", str(runs), "--export-json", out,
                    "--", " ".join(shellquote(c) for c in cmd)],
                   env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    with open(out) as f:
        data = json.load(f)
    os.unlink(out)
    return statistics.median(data["results"][0]["times"])


def shellquote(s):
    return "'" + s.replace("'", "'\\''") + "'" if any(c in s for c in " '\"$&;|<>()") else s


def fmt_s(s):
    return f"{s * 1000:.1f} ms" if s < 1 else f"{s:.2f} s"


def bench(n, rows, loads):
    data = os.path.join(WORK, "data")
    vcf, gcsv, dcsv = f"{data}/contacts-{n}.vcf", f"{data}/contacts-{n}.csv", f"{data}/directory-{n}.csv"
    vdir = f"{data}/vdir-{n}"
    if not os.path.exists(dcsv) or (n <= KHARD_MAX and not os.path.isdir(vdir)):
        args = ["python3", os.path.join(ROOT, "benches/gen.py"), str(n), data]
        if n <= KHARD_MAX:
            args.append("--vdir")
        subprocess.run(args, check=True)
    tmp = tempfile.mkdtemp(dir=WORK)
    env = dict(os.environ, HOME=tmp, XDG_CONFIG_HOME=f"{tmp}/config", NO_COLOR="1", KARD_REGION="US")
    env.pop("KARD_DB", None)
    db = f"{tmp}/kard.db"
    env_db = dict(env, KARD_DB=db)
    loads.append((n, "start", load()))

    def fresh_import(path):
        def run():
            for suffix in ("", "-wal", "-shm"):
                if os.path.exists(db + suffix):
                    os.unlink(db + suffix)
            return sh([KARD, "import", "-q", path], env=env_db)
        return run

    def row(op, tool, secs, mem=None):
        rows.append((op, tool, n, secs, mem))
        print(f"{n:>8} {tool:<6} {op:<40} {fmt_s(secs):>10} {'' if mem is None else f'{mem:.0f} MB'}"
              f"   (load {load():.2f})", flush=True)

    # Imports: a fresh store each run; the vCard one is kept for what follows.
    t, m = median_of(fresh_import(gcsv))
    row("import Google CSV", "kard", t, m)
    t, m = median_of(fresh_import(vcf))
    row("import vCard 3.0", "kard", t, m)
    # A lower bound for any import that stores and indexes this (benches/floor.sql): SQLite
    # alone copies the Google CSV, loaded into a staging store beforehand (not timed), into
    # the smallest schema that answers the lookups. Each run on a fresh copy of the stage.
    stage, floor_db = f"{tmp}/floor-stage.db", f"{tmp}/floor.db"
    subprocess.run(["sqlite3", stage, "PRAGMA page_size = 16384", "PRAGMA journal_mode = WAL",
                    f".import --csv {gcsv} g"], check=True, capture_output=True)

    def floor():
        shutil.copyfile(stage, floor_db)
        with open(os.path.join(ROOT, "benches/floor.sql"), "rb") as f:
            return sh(["sqlite3", floor_db], stdin=f)
    t, m = median_of(floor)
    row("import floor: SQLite alone (floor.sql)", "sqlite3", t, m)
    for path in (stage, floor_db, floor_db + "-wal", floor_db + "-shm"):
        if os.path.exists(path):
            os.unlink(path)
    book = f"{tmp}/addressbook"

    def fresh(path, cmd, env=env):
        # abook refuses to overwrite its --outfile: every run starts without it.
        def run():
            if os.path.exists(path):
                os.unlink(path)
            return sh(cmd, env=env)
        return run

    t, m = median_of(fresh(book, ["abook", "--convert", "--informat", "vcard", "--infile", vcf,
                                 "--outformat", "abook", "--outfile", book]))
    row("import vCard 3.0 (--convert)", "abook", t, m)
    with open(book, encoding="utf-8", errors="replace") as f:
        abook_entries = sum(1 for line in f if line.startswith("name="))
    if abook_entries != n:
        sys.exit(f"abook imported {abook_entries} of {n} contacts")
    # Some generated people share a name and a number (British numbers come from a pool of
    # 10,000): kard merges them, as it should; 1,532 of 1,000,000 here.
    stored = int(subprocess.run(["sqlite3", db, "SELECT count(*) FROM contact"], check=True,
                                capture_output=True, text=True).stdout)
    if not n * 0.995 <= stored <= n:
        sys.exit(f"kard stored {stored} of {n} contacts")
    size = sum(os.path.getsize(db + s) for s in ("", "-wal") if os.path.exists(db + s))
    rows.append(("store bytes per contact", "kard", n, size / n, None))
    print(f"{n:>8} kard   store size {size} bytes, {size / n:.0f} bytes/contact")

    # Exports and full listings: kard and abook both write a file; lists go to a pipe.
    t, m = median_of(fresh(f"{tmp}/kard-out.vcf", [
        KARD, "export", "--format", "vcard", "-o", f"{tmp}/kard-out.vcf"], env_db))
    row("export vCard", "kard", t, m)
    with open(f"{tmp}/kard-out.vcf", "rb") as f:
        exported = sum(1 for line in f if line.startswith(b"BEGIN:VCARD"))
    if exported != stored:
        sys.exit(f"kard exported {exported} of {stored} contacts")
    t, m = median_of(fresh(f"{tmp}/abook-out.vcf", [
        "abook", "--convert", "--informat", "abook", "--infile", book,
        "--outformat", "vcard", "--outfile", f"{tmp}/abook-out.vcf"]))
    row("export vCard", "abook", t, m)
    for fmt in ("tsv", "jsonl"):
        def piped(fmt=fmt):
            start = time.perf_counter()
            fd, tfile = tempfile.mkstemp()
            os.close(fd)
            p = subprocess.Popen(["/usr/bin/time", "-f", "%M", "-o", tfile, KARD, "list", "--format", fmt],
                                 env=env_db, stdout=subprocess.PIPE)
            lines = 0
            while chunk := p.stdout.read(1 << 20):
                lines += chunk.count(b"\n")
            p.wait()
            elapsed = time.perf_counter() - start
            with open(tfile) as f:
                mem = int(f.read().split()[-1]) / 1024
            os.unlink(tfile)
            want = stored + (1 if fmt == "tsv" else 0)
            if p.returncode != 0 or lines != want:
                sys.exit(f"kard list --format {fmt}: exit {p.returncode}, {lines} lines, not {want}")
            return elapsed, mem, p.returncode
        t, m = median_of(piped)
        row(f"list --format {fmt} to a pipe", "kard", t, m)

    # Lookups: whole process, hyperfine medians. The company directory (n/100 people with
    # extensions) is synced into the same store first, and two outside numbers blocked.
    subprocess.run([KARD, "-q", "directory", "sync", dcsv], env=env_db, check=True)
    for number in (BLOCKED, BLOCKED_44):
        subprocess.run([KARD, "-q", "block", number], env=env_db, check=True)
    ext = extension(n)
    for op, cmd, want in [
        ("show NAME", [KARD, "show", NAME], NAME.encode()),
        ("show NUMBER (+1)", [KARD, "show", NUMBER], NAME.encode()),
        ("show NUMBER (+44)", [KARD, "show", NUMBER_44], NAME.encode()),
        ("blocked NUMBER (+1)", [KARD, "blocked", BLOCKED], b"is blocked"),
        ("blocked NUMBER (+44)", [KARD, "blocked", BLOCKED_44], b"is blocked"),
        ("list NAME-PREFIX --limit 20", [KARD, "list", "--limit", "20", "Benedi"], NAME.encode()),
        ("list EMAIL-FRAGMENT --limit 20", [KARD, "list", "--limit", "20", EMAIL_FRAGMENT], NAME.encode()),
        ("list PHONE-DIGITS --limit 20", [KARD, "list", "--limit", "20", DIGITS], NAME.encode()),
        ("list DIGITS-MIDDLE --limit 20", [KARD, "list", "--limit", "20", DIGITS_MIDDLE], NAME.encode()),
        ("list DIGITS-NATIONAL --limit 20", [KARD, "list", "--limit", "20", DIGITS_NATIONAL], NAME.encode()),
        ("list EXTENSION --limit 20", [KARD, "list", "--limit", "20", ext], ext.encode()),
        ("mutt query NAME", [KARD, "list", "--format", "mutt", "Benedikt"], b"benedikt.angstrom@"),
    ]:
        row(op, "kard", hyperfine(cmd, env_db, want=want))
    runs = 10 if n >= 1_000_000 else LOOKUP_RUNS
    row("mutt query NAME", "abook", hyperfine(["abook", "--datafile", book, "--mutt-query", "Benedikt"],
                                               env, runs, want=b"benedikt.angstrom@"))

    if n <= KHARD_MAX and shutil.which("khard"):
        os.makedirs(f"{tmp}/config/khard", exist_ok=True)
        with open(f"{tmp}/config/khard/khard.conf", "w") as f:
            f.write(f"[addressbooks]\n[[bench]]\npath = {vdir}\n[general]\ndefault_action = list\n"
                    "editor = true\nmerge_editor = true\n")
        for op, cmd in [("show NAME", ["khard", "show", "--format", "yaml", "Benedikt"]),
                        ("list NAME-PREFIX", ["khard", "list", "Benedi"]),
                        ("mutt query NAME", ["khard", "email", "--parsable", "Benedikt"])]:
            p = subprocess.run(cmd, env=env, capture_output=True)
            if p.returncode != 0 or b"ngstr" not in p.stdout:
                sys.exit(f"khard failed (exit {p.returncode}): {' '.join(cmd)}\n{p.stdout[:300]}{p.stderr[:300]}")
            t, m = median_of(lambda: sh(cmd, env=env), runs=3)
            row(op, "khard", t, m)
    loads.append((n, "end", load()))
    shutil.rmtree(tmp, ignore_errors=True)


def machine():
    model = ""
    try:
        with open("/proc/cpuinfo") as f:
            model = next((l.split(":", 1)[1].strip() for l in f if l.startswith("model name")), "")
    except OSError:
        pass
    mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return f"{os.cpu_count()} cores ({model}), {mem:.0f} GiB, {platform.system()} {platform.release()}"


def version(cmd):
    p = subprocess.run(cmd, capture_output=True, text=True)
    return (p.stdout.strip() or p.stderr.strip()).splitlines()[0] if p.returncode == 0 else "?"


def write_md(sizes, rows, loads):
    ops, cell = [], {}
    for op, tool, n, secs, mem in rows:
        if (op, tool) not in ops:
            ops.append((op, tool))
        cell[(op, tool, n)] = (secs, mem)
    head = "| operation | tool | " + " | ".join(f"{n:,}" for n in sizes) + " |"
    lines = [head, "|---|---|" + "---:|" * len(sizes)]
    for op, tool in ops:
        cells = []
        for n in sizes:
            v = cell.get((op, tool, n))
            if v is None:
                cells.append("—")
            elif op.startswith("store bytes"):
                cells.append(f"{v[0]:.0f} B")
            else:
                cells.append(fmt_s(v[0]) + (f", {v[1]:.0f} MB" if v[1] else ""))
        lines.append(f"| {op} | {tool} | " + " | ".join(cells) + " |")

    # Ratios: the other tool's time over kard's (above 1: kard is faster).
    ratio_rows = [("import vCard 3.0", "import vCard 3.0", "import vCard 3.0 (--convert)", "abook"),
                  ("import Google CSV", "import Google CSV", "import vCard 3.0 (--convert)", "abook"),
                  ("export vCard", "export vCard", "export vCard", "abook"),
                  ("mutt query NAME", "mutt query NAME", "mutt query NAME", "abook"),
                  ("mutt query NAME", "mutt query NAME", "mutt query NAME", "khard"),
                  ("show NAME", "show NAME", "show NAME", "khard")]
    ratios = ["| kard operation | vs | " + " | ".join(f"{n:,}" for n in sizes) + " |",
              "|---|---|" + "---:|" * len(sizes)]
    for label, kop, oop, other in ratio_rows:
        cells = []
        for n in sizes:
            k, o = cell.get((kop, "kard", n)), cell.get((oop, other, n))
            cells.append(f"{o[0] / k[0]:.1f}×" if k and o else "—")
        if any(c != "—" for c in cells):
            ratios.append(f"| {label} | {other} `{oop}` | " + " | ".join(cells) + " |")

    # The targets of issue 6 / SPEC.md, checked at the largest size run.
    big = max(sizes)
    targets = [f"| target (at {big:,} contacts) | measured | met |", "|---|---|---|"]

    def get(op, tool):
        return cell.get((op, tool, big))

    lookups = [op for op, tool in ops if tool == "kard" and (op.startswith("show") or op.startswith("blocked")
                                                              or "--limit 20" in op)]
    for op in lookups:
        v = get(op, "kard")
        if v:
            targets.append(f"| `{op}` under 10 ms | {fmt_s(v[0])} | {'yes' if v[0] < 0.010 else 'no'} |")
    abook_import = get("import vCard 3.0 (--convert)", "abook")
    for op in ("import vCard 3.0", "import Google CSV"):
        v = get(op, "kard")
        if v and abook_import:
            ok = v[0] < 2 * abook_import[0] and v[1] < 150
            targets.append(f"| `{op}` under 2× abook's vCard import ({fmt_s(2 * abook_import[0])}), "
                           f"peak under 150 MB | {fmt_s(v[0])}, {v[1]:.0f} MB | {'yes' if ok else 'no'} |")
    floor = get("import floor: SQLite alone (floor.sql)", "sqlite3")
    if floor and abook_import:
        ok = floor[0] < 2 * abook_import[0]
        targets.append(f"| (lower bound) SQLite alone, `benches/floor.sql`, under 2× abook's vCard import "
                       f"({fmt_s(2 * abook_import[0])}) | {fmt_s(floor[0])} | {'yes' if ok else 'no'} |")
    k, a = get("export vCard", "kard"), get("export vCard", "abook")
    if k and a:
        targets.append(f"| `export --format vcard` faster than abook's ({fmt_s(a[0])}), memory flat "
                       f"| {fmt_s(k[0])}, {k[1]:.0f} MB | {'yes' if k[0] < a[0] else 'no'} |")
    for fmt in ("tsv", "jsonl"):
        v = get(f"list --format {fmt} to a pipe", "kard")
        if v:
            targets.append(f"| `list --format {fmt}` to a pipe under 5 s, memory flat | {fmt_s(v[0])}, "
                           f"{v[1]:.0f} MB | {'yes' if v[0] < 5 else 'no'} |")

    load_text = ", ".join(f"{n:,} {when} {v:.2f}" for n, when, v in loads)
    abook = version(["dpkg-query", "-W", "-f", "${Version}", "abook"])
    khard = version(["khard", "--version"]) if shutil.which("khard") else "not installed"
    text = f"""# Benchmarks

Produced by `benches/run.sh {' '.join(map(str, sizes))}` on {time.strftime('%Y-%m-%d %H:%M %Z')},
{machine()}. {version([KARD, "--version"])}, abook {abook} (Debian), {khard} (PyPI),
{version(["hyperfine", "--version"])}.

Data: `benches/gen.py`, deterministic: accented names, one or two phones per contact in
mixed national and international spellings (`(555) 0xx-xxxx`, `555.0xx.xxxx`,
`+1 555 0xx xxxx`, `+44 20 7946 xxxx`, `+49 30 xxxx xxxx`), a fax on one contact in five,
an email, an organization and a title. The same vCard 3.0 file for kard and abook, the
same cards as a vCard folder for khard (run at {KHARD_MAX:,} only: it takes minutes beyond),
the same people as a Google CSV for kard. kard stores and indexes everything, faxes
included; abook keeps a flat file, builds no index and drops faxes and titles.

How: whole-process wall times. Imports, exports and full lists: median of {RUNS} runs,
each import into a fresh store; peak memory (max RSS) from `/usr/bin/time`; kard and abook
both export to a file, `list` is read from a pipe. Lookups: hyperfine medians of
{LOOKUP_RUNS} runs after 5 warm-ups (abook at 1,000,000: 10 runs), `-N` (no shell); each
command is checked first to exit 0 and print the expected contact. Lookups run on the
store of the vCard import plus a company directory of n/100 people with extensions
(`kard directory sync`), so the store holds 1.01·n contacts. Targets: contact n/2,
"Benedikt Ångström-Quist", `{NUMBER}` and `{NUMBER_44}`; blocked numbers `{BLOCKED}` and
`{BLOCKED_44}`; `list` queries `Benedi`, `{EMAIL_FRAGMENT}`, `{DIGITS}` (last digits of a phone),
`{DIGITS_MIDDLE}` (digits inside its E.164 form), `{DIGITS_NATIONAL}` (its national form)
and a directory extension; mutt query `Benedikt` (`kard list --format mutt`,
`abook --mutt-query`, `khard email --parsable`).

Load average (1 min) at the start and end of each size: {load_text}. The machine has 2
cores; another engineer may have been compiling during the run.

{chr(10).join(lines)}

Targets (SPEC.md "Speed", issue 6), checked by `benches/run.py` at the largest size:

{chr(10).join(targets)}

Ratios, the other tool's time over kard's (above 1 means kard is faster; kard's imports
compare against abook's vCard import of the same people):

{chr(10).join(ratios)}
"""
    # The hand-written analysis after the generated part is kept.
    path = os.path.join(ROOT, "BENCHMARKS.md")
    if os.path.exists(path):
        with open(path) as f:
            old = f.read()
        if ANALYSIS in old:
            text += "\n" + old[old.index(ANALYSIS):]
    with open(path, "w") as f:
        f.write(text)
    print(text)


def main():
    sizes = [int(a) for a in sys.argv[1:]] or [10_000, 100_000, 1_000_000]
    os.makedirs(WORK, exist_ok=True)
    rows, loads = [], []
    for n in sizes:
        bench(n, rows, loads)
    write_md(sizes, rows, loads)


if __name__ == "__main__":
    main()
