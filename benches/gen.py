#!/usr/bin/env python3
"""Deterministic realistic contacts for benchmarks: vCard 3.0, Google CSV, khard vdir.

Usage: gen.py N OUTDIR [--vdir]
Writes OUTDIR/contacts-N.vcf and OUTDIR/contacts-N.csv (and OUTDIR/vdir-N/ with --vdir),
and OUTDIR/directory-N.csv, a company directory of N//100 people with 5-digit extensions
(extensions exist only on directory entries).
Names carry accents, numbers come in mixed national and international spellings, and
about one contact in five has a fax. Contact N//2 is always "Benedikt Ångström-Quist"
with the numbers +1 555 100 4242 and +44 161 496 0123, so lookups have a known unique
target (random British numbers are all +44 20 7946 xxxx, random American ones 555 0xx
xxxx). Directory person i has extension 10000 + i.
"""
import csv
import os
import random
import sys

GIVEN = ("José Zoë Émile Ana Ángel Björn Chloé Dagný Élodie François Gaëlle Håkon Inès Jürgen "
         "Kateřina Łukasz Mónica Nuño Øyvind Pål Renée Søren Tomás Ülkü Vítězslav Wiktor Xóchitl "
         "Yusuf Zoltán Robin Pat Alex Sam Jordan Taylor Morgan Casey Jamie Riley Avery Quinn "
         "Maria John Wei Li Fatima Omar Aisha Hiroshi Yuki Priya Raj Olga Ivan Lena Marco "
         "Giulia Pierre Claire Hans Greta Sven Ingrid Kofi Amara Diego Lucía Mateo Valentina").split()
FAMILY = ("García Müller Nakamura Smith Lee Jones Øberg Ångström Dubois Fernández Kowalski "
          "Novák Rossi Schröder Silva Tanaka Williams Brown Nguyen Kim Park Chen Wang Singh "
          "Patel Khan Ali Ivanov Petrov Johansson Andersson Nielsen Jensen Hansen Larsen "
          "O'Brien MacDonald Fitzgerald Álvarez Gómez Martínez López Pérez Sánchez Ramírez "
          "Torres Flores Rivera Cohen Levi Friedman Schwartz Weiß Groß Bauer Fischer Wagner "
          "Becker Hoffmann Schulz Koch Richter Klein Wolf Neumann Zimmermann Krüger").split()
ORGS = ("Acme Globex Initech Umbrella Hooli Stark Wayne Wonka Tyrell Cyberdyne Soylent "
        "Aperture Vandelay Pied Piper Dunder Mifflin Gringotts Oscorp Monarch").split()
TITLES = ["Engineer", "Manager", "Director", "Sales Rep", "Accountant", "Designer", "CEO", "Consultant"]
DOMAINS = ["example.com", "example.org", "mail.example", "acme.example", "globex.example"]


def ascii_fold(s):
    import unicodedata
    s = s.replace("ø", "o").replace("Ø", "O").replace("ł", "l").replace("ß", "ss")
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if ch.isascii() and ch.isalnum())


def phone(rng, i):
    style = rng.randrange(5)
    a, b = rng.randrange(100), rng.randrange(10000)
    if style == 0:
        return f"(555) 0{a:02d}-{b:04d}"
    if style == 1:
        return f"+1 555 0{a:02d} {b:04d}"
    if style == 2:
        return f"555.0{a:02d}.{b:04d}"
    if style == 3:
        return f"+44 20 7946 {b:04d}"
    return f"+49 30 {rng.randrange(1000, 9999)} {b:04d}"


def uuid(rng):
    """A random-looking UID, as phones and Google write them (not sequential: kard's
    UID index gets them in random order, as it would from a real export)."""
    h = f"{rng.getrandbits(128):032x}"
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}"


def contacts(n):
    rng = random.Random(20261125)
    uids = random.Random(20261127)
    for i in range(n):
        if i == n // 2:
            yield dict(given="Benedikt", family="Ångström-Quist", org="Acme", title="Engineer",
                       phones=[("cell", "+1 555 100 4242"), ("work", "+44 161 496 0123")], email="benedikt.angstrom@acme.example",
                       fax=None, uid=uuid(uids))
            continue
        given, family = rng.choice(GIVEN), rng.choice(FAMILY)
        phones = [("cell", phone(rng, i))]
        if rng.random() < 0.6:
            phones.append(("work", phone(rng, i)))
        fax = phone(rng, i) if rng.random() < 0.2 else None
        email = f"{ascii_fold(given).lower()}.{ascii_fold(family).lower()}{i}@{rng.choice(DOMAINS)}"
        yield dict(given=given, family=family, org=rng.choice(ORGS), title=rng.choice(TITLES),
                   phones=phones, email=email, fax=fax, uid=uuid(uids))


def vcard(c):
    lines = ["BEGIN:VCARD", "VERSION:3.0", f"UID:{c['uid']}", f"FN:{c['given']} {c['family']}",
             f"N:{c['family']};{c['given']};;;", f"ORG:{c['org']}", f"TITLE:{c['title']}"]
    for kind, num in c["phones"]:
        lines.append(f"TEL;TYPE={kind.upper()}:{num}")
    if c["fax"]:
        lines.append(f"TEL;TYPE=WORK,FAX:{c['fax']}")
    lines.append(f"EMAIL;TYPE=INTERNET:{c['email']}")
    lines.append("END:VCARD")
    return "\r\n".join(lines) + "\r\n"


GOOGLE_HEADER = ["First Name", "Middle Name", "Last Name", "Organization Name", "Organization Title",
                 "Labels", "E-mail 1 - Label", "E-mail 1 - Value", "Phone 1 - Label", "Phone 1 - Value",
                 "Phone 2 - Label", "Phone 2 - Value"]


DIRECTORY_HEADER = ["directory_id", "kind", "display_name", "given_name", "family_name", "email",
                    "department", "location", "title", "account", "extension", "phone", "mobile",
                    "fax", "presence", "status_message"]
DEPARTMENTS = ["Sales", "Support", "Engineering", "Finance", "Marketing", "Legal", "Operations"]
LOCATIONS = ["Boston", "London", "Berlin", "Austin", "Remote"]
PRESENCE = ["available", "busy", "away", "do_not_disturb", "on_a_call", "offline"]


def directory_ext(i):
    """The extension of directory person i: 5 digits, unique."""
    return str(10000 + i)


def directory(n, path):
    rng = random.Random(20261126)
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(DIRECTORY_HEADER)
        for i in range(max(n // 100, 1)):
            given, family = rng.choice(GIVEN), rng.choice(FAMILY)
            email = f"{ascii_fold(given).lower()}.{ascii_fold(family).lower()}.{i}@corp.example"
            w.writerow([f"d{i}", "user", f"{given} {family}", given, family, email,
                        rng.choice(DEPARTMENTS), rng.choice(LOCATIONS), rng.choice(TITLES), "work",
                        directory_ext(i), f"+1 555 2{i // 10000 % 100:02d} {i % 10000:04d}", "", "",
                        rng.choice(PRESENCE), ""])


def main():
    n, out = int(sys.argv[1]), sys.argv[2]
    os.makedirs(out, exist_ok=True)
    vdir = f"{out}/vdir-{n}" if "--vdir" in sys.argv else None
    if vdir:
        os.makedirs(vdir, exist_ok=True)
    with open(f"{out}/contacts-{n}.vcf", "w", encoding="utf-8", newline="") as v, \
         open(f"{out}/contacts-{n}.csv", "w", encoding="utf-8", newline="") as g:
        w = csv.writer(g)
        w.writerow(GOOGLE_HEADER)
        for c in contacts(n):
            card = vcard(c)
            v.write(card)
            if vdir:
                with open(f"{vdir}/{c['uid']}.vcf", "w", encoding="utf-8", newline="") as f:
                    f.write(card)
            phones = " ::: ".join(num for _, num in c["phones"][:1])
            second = c["fax"] or (c["phones"][1][1] if len(c["phones"]) > 1 else "")
            label2 = "Work Fax" if c["fax"] else ("Work" if second else "")
            w.writerow([c["given"], "", c["family"], c["org"], c["title"], "* myContacts",
                        "* Work", c["email"], "Mobile", phones, label2, second])
    directory(n, f"{out}/directory-{n}.csv")


if __name__ == "__main__":
    main()
