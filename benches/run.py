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
NAME, NUMBER, EMAIL_FRAGMENT, DIGITS = "Benedikt Ångström-Quist", "+1 555 010 4242", "benedikt.angs", "0104242"
KHARD_MAX = 10_000
RUNS = 3


def sh(cmd, env=None, stdout=subprocess.DEVNULL, stdin=None):
    """Run cmd under /usr/bin/time: (seconds, peak MB, exit code)."""
    fd, tfile = tempfile.mkstemp()
    os.close(fd)
    start = time.perf_counter()
    p = subprocess.run(["/usr/bin/time", "-f", "%M", "-o", tfile] + cmd, env=env, stdout=stdout,
                       stderr=subprocess.DEVNULL, stdin=stdin)
    elapsed = time.perf_counter() - start
    with open(tfile) as f:
        lines = [l for l in f.read().split() if l.isdigit()]
    os.unlink(tfile)
    return elapsed, int(lines[-1]) / 1024 if lines else 0.0, p.returncode


def median_of(fn, runs=RUNS):
    results = [fn() for _ in range(runs)]
    return statistics.median(r[0] for r in results), max(r[1] for r in results)


def hyperfine(cmd, env, runs=30):
    out = tempfile.mktemp(suffix=".json")
    subprocess.run(["hyperfine", "-N", "--warmup", "5", "--runs", str(runs), "--export-json", out,
                    "--ignore-failure", "--", " ".join(shellquote(c) for c in cmd)],
                   env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    with open(out) as f:
        data = json.load(f)
    os.unlink(out)
    return statistics.median(data["results"][0]["times"])


def shellquote(s):
    return "'" + s.replace("'", "'\\''") + "'" if any(c in s for c in " '\"$&;|<>()") else s


def fmt_s(s):
    return f"{s * 1000:.1f} ms" if s < 1 else f"{s:.2f} s"


def bench(n, rows):
    data = os.path.join(WORK, "data")
    vcf, gcsv = f"{data}/contacts-{n}.vcf", f"{data}/contacts-{n}.csv"
    if not os.path.exists(vcf):
        args = ["python3", os.path.join(ROOT, "benches/gen.py"), str(n), data]
        if n <= KHARD_MAX:
            args.append("--vdir")
        subprocess.run(args, check=True)
    tmp = tempfile.mkdtemp(dir=WORK)
    env = dict(os.environ, HOME=tmp, XDG_CONFIG_HOME=f"{tmp}/config", NO_COLOR="1", KARD_REGION="US")
    db = f"{tmp}/kard.db"
    env_db = dict(env, KARD_DB=db)

    def fresh_import(path):
        def run():
            for suffix in ("", "-wal", "-shm"):
                if os.path.exists(db + suffix):
                    os.unlink(db + suffix)
            return sh([KARD, "import", "-q", path], env=env_db)
        return run

    def row(op, tool, secs, mem=None):
        rows.append((op, tool, n, secs, mem))
        print(f"{n:>8} {tool:<6} {op:<32} {fmt_s(secs):>10} {'' if mem is None else f'{mem:.0f} MB'}", flush=True)

    # Imports.
    t, m = median_of(fresh_import(gcsv))
    row("import Google CSV", "kard", t, m)
    t, m = median_of(fresh_import(vcf))
    row("import vCard 3.0", "kard", t, m)
    book = f"{tmp}/addressbook"
    t, m = median_of(lambda: sh(["abook", "--convert", "--informat", "vcard", "--infile", vcf,
                                 "--outformat", "abook", "--outfile", book], env=env))
    row("import vCard 3.0", "abook", t, m)
    size = os.path.getsize(db)
    rows.append(("store bytes per contact", "kard", n, size / n, None))
    print(f"{n:>8} kard   store size {size} bytes, {size / n:.0f} bytes/contact")

    # Exports and full listings, streamed to a pipe / to /dev/null.
    t, m = median_of(lambda: sh([KARD, "export", "--format", "vcard"], env=env_db))
    row("export vCard", "kard", t, m)
    t, m = median_of(lambda: sh(["abook", "--convert", "--informat", "abook", "--infile", book,
                                 "--outformat", "vcard", "--outfile", f"{tmp}/abook-out.vcf"], env=env))
    row("export vCard", "abook", t, m)
    for fmt in ("tsv", "jsonl"):
        def piped(fmt=fmt):
            start = time.perf_counter()
            fd, tfile = tempfile.mkstemp()
            os.close(fd)
            p = subprocess.Popen(["/usr/bin/time", "-f", "%M", "-o", tfile, KARD, "list", "--format", fmt],
                                 env=env_db, stdout=subprocess.PIPE)
            while p.stdout.read(1 << 20):
                pass
            p.wait()
            elapsed = time.perf_counter() - start
            with open(tfile) as f:
                mem = int(f.read().split()[-1]) / 1024
            os.unlink(tfile)
            return elapsed, mem, p.returncode
        t, m = median_of(piped)
        row(f"list --format {fmt} to a pipe", "kard", t, m)

    # Lookups: whole process, hyperfine medians.
    subprocess.run([KARD, "block", "+1 555 019 9999"], env=env_db, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)
    for op, cmd in [
        ("show NAME", [KARD, "show", NAME]),
        ("show NUMBER", [KARD, "show", NUMBER]),
        ("blocked NUMBER", [KARD, "blocked", "-q", "+1 555 019 9999"]),
        ("list NAME-PREFIX --limit 20", [KARD, "list", "--limit", "20", "Benedi"]),
        ("list EMAIL-FRAGMENT --limit 20", [KARD, "list", "--limit", "20", EMAIL_FRAGMENT]),
        ("list DIGITS --limit 20", [KARD, "list", "--limit", "20", DIGITS]),
    ]:
        row(op, "kard", hyperfine(cmd, env_db))
    runs = 10 if n >= 1_000_000 else 30
    row("mutt query NAME", "kard", hyperfine([KARD, "list", "--format", "mutt", "Benedikt"], env_db))
    row("mutt query NAME", "abook", hyperfine(["abook", "--datafile", book, "--mutt-query", "Benedikt"], env, runs))

    if n <= KHARD_MAX and shutil.which("khard"):
        os.makedirs(f"{tmp}/config/khard", exist_ok=True)
        with open(f"{tmp}/config/khard/khard.conf", "w") as f:
            f.write(f"[addressbooks]\n[[bench]]\npath = {data}/vdir-{n}\n[general]\ndefault_action = list\n"
                    "editor = true\nmerge_editor = true\n")
        t, m = median_of(lambda: sh(["khard", "show", "--format", "yaml", "Benedikt"], env=env), runs=3)
        row("show NAME", "khard", t, m)
        t, m = median_of(lambda: sh(["khard", "list", "Benedikt"], env=env), runs=3)
        row("list NAME-PREFIX", "khard", t, m)
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


def write_md(sizes, rows):
    ops, tools = [], {}
    for op, tool, n, secs, mem in rows:
        if (op, tool) not in ops:
            ops.append((op, tool))
        tools[(op, tool, n)] = (secs, mem)
    head = "| operation | tool | " + " | ".join(f"{n:,}" for n in sizes) + " |"
    lines = [head, "|" + "---|" * (len(sizes) + 2)]
    for op, tool in ops:
        cells = []
        for n in sizes:
            v = tools.get((op, tool, n))
            if v is None:
                cells.append("—")
            elif op.startswith("store bytes"):
                cells.append(f"{v[0]:.0f} B")
            else:
                cells.append(fmt_s(v[0]) + (f", {v[1]:.0f} MB" if v[1] else ""))
        lines.append(f"| {op} | {tool} | " + " | ".join(cells) + " |")
    versions = subprocess.run(["dpkg-query", "-W", "-f=${Version}", "abook"], capture_output=True,
                              text=True).stdout.split()[:1]
    text = f"""# Benchmarks

Produced by `benches/run.sh {' '.join(map(str, sizes))}` on {time.strftime('%Y-%m-%d')}, {machine()}.
Data: `benches/gen.py` (deterministic: accented names, 1–2 phones in mixed national and
international spellings, a fax on one contact in five, emails, organizations), the same
files for every tool. Times are whole-process wall times, medians of {RUNS} runs (lookups:
hyperfine medians of 30 runs after 5 warm-ups, `-N`, no shell); memory is peak RSS.
kard stores and indexes everything (faxes included); abook {' '.join(versions)} (Debian) keeps a flat
file, no index, and drops faxes; khard 0.22 reads a vCard folder (run up to {KHARD_MAX:,} only).

{chr(10).join(lines)}
"""
    with open(os.path.join(ROOT, "BENCHMARKS.md"), "w") as f:
        f.write(text)
    print(text)


def main():
    sizes = [int(a) for a in sys.argv[1:]] or [10_000, 100_000, 1_000_000]
    os.makedirs(WORK, exist_ok=True)
    rows = []
    for n in sizes:
        bench(n, rows)
    write_md(sizes, rows)


if __name__ == "__main__":
    main()
