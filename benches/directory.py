#!/usr/bin/env python3
"""Times `kard directory sync` from a file and from an LDAP server against kard's own
`import` of the same people; prints a Markdown table for BENCHMARKS.md.

Usage: benches/directory.py N [N...]   (e.g. 100000 1000000; needs a release build,
/work/shared/bench/gen_directory.py or GEN_DIRECTORY, and slapd/slapadd/ldapmodify for
the LDAP rows). Whole-process wall time and peak memory (max RSS) from /usr/bin/time,
one run each (a million-entry run takes minutes), on a fresh store per first sync.
"""
import csv
import os
import random
import shutil
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KARD = os.path.join(ROOT, "target/release/kard")
WORK = os.path.join(ROOT, "benches/work/directory")
GEN = os.environ.get("GEN_DIRECTORY", "/work/shared/bench/gen_directory.py")
SUFFIX = "dc=example,dc=com"


CPU = {}


def timed(cmd, stdin=None):
    """(seconds, peak MB) of one run; fails loudly if the command fails. The run's CPU
    seconds (user + system) go to CPU[seconds]."""
    fd, tfile = tempfile.mkstemp()
    os.close(fd)
    start = time.perf_counter()
    p = subprocess.run(["/usr/bin/time", "-f", "%M %U %S", "-o", tfile] + cmd,
                       stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, stdin=stdin)
    elapsed = time.perf_counter() - start
    with open(tfile) as f:
        fields = f.read().split()[-3:]
    os.unlink(tfile)
    if p.returncode != 0:
        sys.exit(f"failed ({p.returncode}): {' '.join(cmd)}\n{p.stderr.decode()}")
    CPU[elapsed] = float(fields[1]) + float(fields[2])
    return elapsed, int(fields[0]) / 1024


def fresh_store(name):
    d = os.path.join(WORK, name)
    shutil.rmtree(d, ignore_errors=True)
    os.makedirs(d)
    return os.path.join(d, "kard.db")


def data(n):
    base = os.path.join(WORK, f"d{n}")
    if not os.path.exists(base + ".csv"):
        subprocess.run([sys.executable, GEN, str(n), base + ".csv", "--vcf", base + ".vcf"], check=True)
        subprocess.run([sys.executable, GEN, str(n), base + "-1pct.csv", "0.01"], check=True)
    if not os.path.exists(base + "-titles.csv"):
        titles_changed(base + "-1pct.csv", base + "-titles.csv", 0.01)
    return base


def titles_changed(src, dst, fraction):
    """The directory file with the title of `fraction` of the people changed, after the
    1% presence change (the generator's CHANGE_FRACTION changes presence only, which
    touches no search words)."""
    with open(src, newline="") as f:
        rows = list(csv.reader(f))
    title = rows[0].index("title")
    n = len(rows) - 1
    for i in random.Random(11).sample(range(1, n + 1), max(1, int(n * fraction))):
        rows[i][title] = "Senior Engineer"
    with open(dst, "w", newline="") as f:
        csv.writer(f).writerows(rows)


def ldif_of(csv_path, out_path):
    """The directory file's people as inetOrgPerson entries under ou=people."""
    with open(csv_path, newline="") as f, open(out_path, "w") as out:
        out.write(f"dn: {SUFFIX}\nobjectClass: dcObject\nobjectClass: organization\ndc: example\no: Example\n\n"
                  f"dn: ou=people,{SUFFIX}\nobjectClass: organizationalUnit\nou: people\n\n")
        for r in csv.DictReader(f):
            def line(attr, value):
                if not value:
                    return ""
                if value.isascii():
                    return f"{attr}: {value}\n"
                import base64
                return f"{attr}:: {base64.b64encode(value.encode()).decode()}\n"
            out.write(f"dn: uid={r['directory_id']},ou=people,{SUFFIX}\nobjectClass: inetOrgPerson\n"
                      f"uid: {r['directory_id']}\n" + line("cn", r["display_name"])
                      + line("givenName", r["given_name"]) + line("sn", r["family_name"])
                      + line("mail", r["email"]) + line("ou", r["department"]) + line("l", r["location"])
                      + line("title", r["title"]) + line("telephoneNumber", r["phone"])
                      + line("mobile", r["mobile"]) + "\n")


# BENCH_SYNCPROV=1: the slapd has the content synchronization provider (RFC 4533) with a
# session log longer than the 1% changed, and kard binds as the root DN (no size limit:
# a content sync is not paged).
SYNCPROV = os.environ.get("BENCH_SYNCPROV") == "1"


class Slapd:
    def __init__(self, ldif):
        self.dir = tempfile.mkdtemp(prefix="kard-bench-slapd-")
        os.makedirs(os.path.join(self.dir, "db"))
        conf = os.path.join(self.dir, "slapd.conf")
        with open(conf, "w") as f:
            f.write("include /etc/ldap/schema/core.schema\ninclude /etc/ldap/schema/cosine.schema\n"
                    "include /etc/ldap/schema/inetorgperson.schema\nmodulepath /usr/lib/ldap\n"
                    f"moduleload back_mdb\n{'moduleload syncprov' if SYNCPROV else ''}\npidfile {self.dir}/slapd.pid\ndatabase mdb\n"
                    f"maxsize 8589934592\nsuffix \"{SUFFIX}\"\nrootdn \"cn=admin,{SUFFIX}\"\nrootpw bench\n"
                    f"directory {self.dir}/db\nsizelimit size.soft=500 size.hard=unlimited size.prtotal=unlimited\n"
                    "access to * by * read\n")
            if SYNCPROV:
                f.write("index entryUUID,entryCSN eq\noverlay syncprov\nsyncprov-sessionlog 100000\n")
        subprocess.run(["slapadd", "-q", "-f", conf, "-l", ldif], check=True)
        s = socket.socket()
        s.bind(("127.0.0.1", 0))
        self.port = s.getsockname()[1]
        s.close()
        self.proc = subprocess.Popen(["slapd", "-f", conf, "-h", f"ldap://127.0.0.1:{self.port}/", "-d", "0"],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.time() + 60
        while True:
            try:
                socket.create_connection(("127.0.0.1", self.port)).close()
                break
            except OSError:
                if time.time() > deadline:
                    self.stop()
                    sys.exit("slapd did not start")
                time.sleep(0.1)
        self.url = f"ldap://127.0.0.1:{self.port}/ou=people,{SUFFIX}"

    def modify(self, n, fraction):
        """Change the title of `fraction` of the people (one ldapmodify run)."""
        rnd = random.Random(11)
        picked = rnd.sample(range(n), max(1, int(n * fraction)))
        mods = "".join(f"dn: uid=u{i},ou=people,{SUFFIX}\nchangetype: modify\nreplace: title\n"
                       f"title: Senior Engineer\n\n" for i in picked)
        subprocess.run(["ldapmodify", "-x", "-H", f"ldap://127.0.0.1:{self.port}", "-D",
                        f"cn=admin,{SUFFIX}", "-w", "bench"], input=mods.encode(),
                       stdout=subprocess.DEVNULL, check=True)

    def stop(self):
        self.proc.kill()
        self.proc.wait()
        shutil.rmtree(self.dir, ignore_errors=True)


def row(what, n, secs, mb, vs=None):
    ratio = f"{secs / vs:.2f}×" if vs else ""
    cpu = f"{CPU[secs]:.1f} s" if secs in CPU else ""
    return f"| {what} | {n:,} | {secs:.1f} s | {cpu} | {mb:.0f} MB | {ratio} |"


def main():
    sizes = [int(a) for a in sys.argv[1:]] or [100_000]
    os.makedirs(WORK, exist_ok=True)
    rows = []
    for n in sizes:
        base = data(n)
        print(f"{n}: {subprocess.run(['uptime'], capture_output=True, text=True).stdout.strip()}",
              file=sys.stderr, flush=True)
        imp = None
        if not SYNCPROV:  # the LDAP rows only
            imp, imp_mb = timed([KARD, "--db", fresh_store("import"), "import", base + ".vcf"])
            rows.append(row("`import` of the same people (vCard 3.0)", n, imp, imp_mb))
            db = fresh_store("file")
            first, first_mb = timed([KARD, "--db", db, "directory", "sync", base + ".csv"])
            rows.append(row("`directory sync` file, first", n, first, first_mb, imp))
            same, same_mb = timed([KARD, "--db", db, "directory", "sync", base + ".csv"])
            rows.append(row("`directory sync` file, re-sync, nothing changed", n, same, same_mb))
            again, again_mb = timed([KARD, "--db", db, "directory", "sync", base + "-1pct.csv"])
            rows.append(row("`directory sync` file, re-sync, 1% changed", n, again, again_mb))
            titles, titles_mb = timed([KARD, "--db", db, "directory", "sync", base + "-titles.csv"])
            rows.append(row("`directory sync` file, re-sync, 1% titles changed", n, titles, titles_mb))
        if shutil.which("slapd") and shutil.which("slapadd") and shutil.which("ldapmodify"):
            ldif = base + ".ldif"
            if not os.path.exists(ldif):
                ldif_of(base + ".csv", ldif)
            server = Slapd(ldif)
            try:
                db = fresh_store("ldap")
                bind = ["--bind-dn", f"cn=admin,{SUFFIX}"] if SYNCPROV else []
                os.environ["KARD_LDAP_PASSWORD"] = "bench"
                first, first_mb = timed([KARD, "--db", db, "directory", "sync", server.url] + bind)
                rows.append(row("`directory sync` LDAP, first", n, first, first_mb, imp))
                search, _ = timed(["ldapsearch", "-x", "-LLL", "-H", server.url.rsplit("/", 1)[0],
                                   "-b", f"ou=people,{SUFFIX}", "-E", "pr=500/noprompt",
                                   "(|(objectClass=inetOrgPerson)(objectClass=user))"])
                rows.append(row("(`ldapsearch` of the same entries, paged: the server alone)", n, search, 0).replace("| 0 MB |", "| — |"))
                same, same_mb = timed([KARD, "--db", db, "directory", "sync"])
                rows.append(row("`directory sync` LDAP, re-sync, nothing changed", n, same, same_mb))
                seniors = lambda: sqlite3.connect(db).execute(
                    "SELECT count(*) FROM contact WHERE title = 'Senior Engineer'").fetchone()[0]
                before = seniors()
                server.modify(n, 0.01)
                again, again_mb = timed([KARD, "--db", db, "directory", "sync"])
                rows.append(row("`directory sync` LDAP, re-sync, 1% changed", n, again, again_mb))
                print(f"Senior Engineers: {before} before the 1% change, {seniors()} after",
                      file=sys.stderr)
            finally:
                server.stop()
        print(f"{n} done: {subprocess.run(['uptime'], capture_output=True, text=True).stdout.strip()}",
              file=sys.stderr)
        print("\n".join(rows), flush=True, file=sys.stderr)
    print("| operation | entries | wall time | CPU (user+sys) | peak memory | vs import |")
    print("|---|---:|---:|---:|---:|---:|")
    print("\n".join(rows))


if __name__ == "__main__":
    main()
