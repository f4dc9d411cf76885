#!/usr/bin/env python3
"""Writes the fixtures of this folder byte for byte (issue 12's shapes of real exports):
encodings, line endings and folds as the named software writes them. Run it from this
folder; the files are committed, so tests never need Python."""

CRLF = "\r\n"


def w(name, data):
    with open(name, "wb") as f:
        f.write(data)


def lines(*ls, eol=CRLF):
    return eol.join(ls) + eol


def qp(b):
    return "".join("=%02X" % c for c in b)


# 1. A Japanese Outlook CSV (Shift_JIS, localized headers): detection once sliced
#    inside a character here.
ja_header = ["敬称", "名", "ミドル ネーム", "姓", "会社名", "部署名", "役職",
             "携帯電話", "会社電話", "電子メール アドレス", "メモ"]
ja_row = ["", "花子", "", "山田", "株式会社サンプル", "営業部", "課長",
          "090-1234-5678", "03-1234-5678", "hanako@example.jp", "日本語のメモ"]
text = ",".join('"%s"' % h for h in ja_header) + CRLF + ",".join('"%s"' % v for v in ja_row) + CRLF
w("01-outlook-japanese-shift-jis.csv", text.encode("shift_jis"))

# 2. vCard 2.1 from a Japanese Android phone: CHARSET=SHIFT_JIS raw and quoted-printable;
#    then one card per legacy charset named in CHARSET=.
name = "安藤ロイド".encode("shift_jis")
card = (b"BEGIN:VCARD\r\nVERSION:2.1\r\n"
        b"N;CHARSET=SHIFT_JIS:" + "安藤".encode("shift_jis") + b";" + "ロイド".encode("shift_jis") + b";;;\r\n"
        b"FN;CHARSET=SHIFT_JIS;ENCODING=QUOTED-PRINTABLE:" + qp(name).encode() + b"\r\n"
        b"ORG;CHARSET=SHIFT_JIS:" + "株式会社テスト".encode("shift_jis") + b"\r\n"
        b"TEL;CELL:090-1111-2222\r\nEND:VCARD\r\n")
w("02-android-2.1-shift-jis.vcf", card)
cards = b""
for label, codec, fn in [
    ("ISO-8859-1", "latin-1", "Jörg Müller"),
    ("ISO-8859-2", "iso8859_2", "Łukasz Żółć"),
    ("ISO-8859-15", "iso8859_15", "Zoë € Œuvre"),
    ("KOI8-R", "koi8_r", "Иван Петров"),
    ("Big5", "big5", "陳大文"),
    ("GB2312", "gb2312", "张伟"),
    ("GBK", "gbk", "欧阳翠花"),
    ("EUC-KR", "euc_kr", "김민준"),
    ("EUC-JP", "euc_jp", "鈴木一郎"),
    ("windows-1251", "cp1251", "Ольга Смирнова"),
]:
    cards += (b"BEGIN:VCARD\r\nVERSION:2.1\r\nFN;CHARSET=" + label.encode() + b":" + fn.encode(codec)
              + b"\r\nNOTE;CHARSET=" + label.encode() + b";ENCODING=QUOTED-PRINTABLE:"
              + qp(fn.encode(codec)).encode() + b"\r\nEND:VCARD\r\n")
w("02-charsets-legacy-2.1.vcf", cards)

# 3. Thunderbird address-book CSV in the system charset: Shift_JIS and cp1251.
tb_header = ("First Name,Last Name,Display Name,Nickname,Primary Email,Secondary Email,"
             "Screen Name,Work Phone,Home Phone,Fax Number,Pager Number,Mobile Number,"
             "Home Address,Home Address 2,Home City,Home State,Home ZipCode,Home Country,"
             "Work Address,Work Address 2,Work City,Work State,Work ZipCode,Work Country,"
             "Job Title,Department,Organization,Web Page 1,Web Page 2,Birth Year,"
             "Birth Month,Birth Day,Custom 1,Custom 2,Custom 3,Custom 4,Notes,")


def tb_row(first, last, display, email, phone, city, org, note, year="", month="", day=""):
    cells = [first, last, display, "", email, "", "", phone, "", "", "", "", "1-2-3 本町" if city == "大阪" else "ул. Ленина 1", "", city, "", "", "",
             "", "", "", "", "", "", "", "", org, "", "", year, month, day, "", "", "", "", note]
    return ",".join(cells) + ","


ja = tb_header + CRLF + tb_row("太郎", "田中", "田中 太郎", "taro@example.jp", "06-1234-5678", "大阪", "大阪商事", "メモです", "1980", "4", "1") + CRLF
w("03-thunderbird-shift-jis.csv", ja.encode("shift_jis"))
ru = tb_header + CRLF + tb_row("Иван", "Иванов", "Иван Иванов", "ivan@example.ru", "+7 495 123-45-67", "Москва", "Рога и копыта", "Заметка о встрече") + CRLF
w("03-thunderbird-cp1251.csv", ru.encode("cp1251"))

# 4. UTF-16 without a BOM, little- and big-endian.
v = lines("BEGIN:VCARD", "VERSION:3.0", "FN:Zoë Ünïcødé 日本", "N:Ünïcødé;Zoë;;;",
          "TEL;TYPE=CELL:+44 7700 900123", "END:VCARD")
w("04-utf16le-no-bom.vcf", v.encode("utf-16-le"))
c = ('"First Name","Last Name","E-mail Address","Mobile Phone"' + CRLF
     + '"Ørjan","Åsen","orjan@example.no","+47 412 34 567"' + CRLF)
w("04-outlook-utf16be-no-bom.csv", c.encode("utf-16-be"))

# 5. Text before the first card, and grouped delimiters.
pre = lines("From: Ann <ann@example.org>", "Subject: my card", "", "ENCODING:UTF-8", "", "",
            "BEGIN:VCARD", "VERSION:3.0", "FN:After A Preamble", "EMAIL:pre@example.org", "END:VCARD",
            "home.begin:vcard", "VERSION:3.0", "FN:Grouped Delimiters", "TEL:+1 555 010 7000", "home.end:vcard",
            "work.BEGIN:VCARD", "VERSION:3.0", "FN:Grouped Begin Plain End", "TEL:+1 555 010 7001", "END:VCARD")
w("05-preamble-and-grouped-delimiters.vcf", pre.encode())

# 6. Cards with only one kind of data, and one with none.
photo_b64 = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="
only = lines(
    "BEGIN:VCARD", "VERSION:3.0", "ADR;TYPE=HOME:;;12 Elm Street;Springfield;IL;62701;USA", "END:VCARD",
    "BEGIN:VCARD", "VERSION:3.0", "URL:https://only-url.example.com/", "END:VCARD",
    "BEGIN:VCARD", "VERSION:3.0", "X-GOOGLE-TALK:gtalk.only@example.com", "END:VCARD",
    "BEGIN:VCARD", "VERSION:2.1", "X-messaging/xmpp-All:xmpp.only@example.org", "END:VCARD",
    "BEGIN:VCARD", "VERSION:4.0", "IMPP:xmpp:impp.only@example.org", "END:VCARD",
    "BEGIN:VCARD", "VERSION:3.0", "BDAY:1975-06-15", "END:VCARD",
    "BEGIN:VCARD", "VERSION:3.0", "PHOTO;ENCODING=b;TYPE=PNG:" + photo_b64, "END:VCARD",
    "BEGIN:VCARD", "VERSION:2.1", "X-ANDROID-CUSTOM:vnd.android.cursor.item/nickname;Nicky;1;;;;;;;;;;;;;", "END:VCARD",
    "BEGIN:VCARD", "VERSION:3.0", "PRODID:-//Empty//EN", "END:VCARD",
)
w("06-cards-with-one-kind-of-data.vcf", only.encode())

# 7. vCard 2.1 backslashes as Android writes them.
w("07-android-2.1-backslashes.vcf", lines(
    "BEGIN:VCARD", "VERSION:2.1", r"N:;A\;B\\;C\\\;;D;\:E;\\\\;", r"FN:A;B\C\;D:E\\",
    r"NOTE:C:\Users\ann\notes.txt", "END:VCARD",
    "BEGIN:VCARD", "VERSION:3.0", r"FN:Three\, Escaped\; Name", r"NOTE:C:\\Users\\bo\nnext", "END:VCARD").encode())

# 8. A quoted parameter value with : ; , folded across lines (Apple's ADR LABEL).
label = lines(
    "BEGIN:VCARD", "VERSION:3.0", "FN:Quoted Label", "N:Label;Quoted;;;",
    'ADR;TYPE=work;LABEL="100 Waters Edge\\nBaytown, LA 30314\\nUnited States of A',
    ' merica":;;100 Waters Edge;Baytown;LA;30314;United States of America',
    'TEL;TYPE="voice,work":+1 555 010 8000',
    'item1.ADR;type=HOME;LABEL="Suite 5: rear; ring twice, please":;;5 Rear St;Town;;;',
    "EMAIL:label@example.com", "END:VCARD")
w("08-quoted-folded-parameter.vcf", label.encode())

# 9. German Outlook 2013: rows of 89 fields under 92 headers (semicolons, Windows-1252).
with open("../csv/outlook-german-semicolon.csv", "rb") as f:
    de = f.read().decode("cp1252").split("\r\n")
header = de[0].split(";")
pad = max(0, 92 - len(header))
header += ['"Extra %d"' % i for i in range(pad)]
row = ['""'] * 89
row[1] = '"Jürgen"'
row[3] = '"Groß"'
row[5] = '"Bäckerei Süd"'
w("09-outlook-german-short-rows.csv", (";".join(header) + "\r\n" + ";".join(row) + "\r\n").encode("cp1252"))

# 10. Generic CSV headers.
w("10-generic-semicolon.csv", lines("First Name;Last Name;E-Mail", "Ann;Lee;ann.lee@example.com").encode())
w("10-generic-german.csv", lines("Vorname;Nachname;E-Mail", "Jörg;Müller;joerg@example.de").encode())
w("10-linkedin.csv", lines("First Name,Last Name,Email Address,Company,Position,Connected On",
                           "Priya,Patel,priya@example.in,Acme Ltd,Engineer,12 Mar 2021").encode())
w("10-apple-numbers.csv", lines("Name,Phone,Email", "Robin Lee,(555) 010-1234,robin@example.com").encode())
w("10-thunderbird-utf8.csv", (tb_header + CRLF + tb_row("Ann", "Smith", "Annie Smith", "ann@example.org", "555-010-2222", "Boston", "Acme", "Met at PyCon", "1990", "7", "14") + CRLF).encode())
w("10-unrecognizable.csv", lines("Foo,Bar,Baz", "1,2,3").encode())

# 11. International numbers with another country's punctuation.
w("11-international-punctuation.vcf", lines(
    "BEGIN:VCARD", "VERSION:3.0", "FN:Hong Kong Office",
    "TEL;TYPE=WORK:+852-1234-5678", "TEL;TYPE=CELL:+44-7700-900-123", "TEL;TYPE=HOME:+49 (0)30 1234567",
    "END:VCARD").encode())

# 12. What other software writes that kard must read back: sabre/Nextcloud's escaped
#     data: URI, a LABEL with a bare comma, a 3.0 birthday without a year both ways.
png = photo_b64
w("12-sabre-escaped-data-uri.vcf", lines(
    "BEGIN:VCARD", "VERSION:4.0", "FN:Sabre Photo",
    "PHOTO;VALUE=URI:data:image/png;base64\\," + png, "END:VCARD").encode())
w("12-label-pref-and-yearless-birthdays.vcf", lines(
    "BEGIN:VCARD", "VERSION:3.0", "FN:Label Pref", "N:Pref;Label;;;",
    "LABEL;TYPE=WORK;TYPE=PREF:100 Main Street\\nSpringfield, IL 62701",
    "TEL;TYPE=MAIN:+1 555 010 3000",
    "BDAY;X-APPLE-OMIT-YEAR=1604:1604-05-09", "END:VCARD",
    "BEGIN:VCARD", "VERSION:3.0", "FN:Yearless Plain", "BDAY:--0509", "END:VCARD").encode())

# 13. Impossible dates.
w("13-impossible-dates.vcf", lines(
    "BEGIN:VCARD", "VERSION:3.0", "FN:February Thirty-First", "BDAY:1990-02-31", "END:VCARD",
    "BEGIN:VCARD", "VERSION:3.0", "FN:Not A Leap Year", "BDAY:19850229", "END:VCARD",
    "BEGIN:VCARD", "VERSION:3.0", "FN:Leap Day", "BDAY:1984-02-29", "END:VCARD").encode())
