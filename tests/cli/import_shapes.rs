//! Issue 12's shapes of real exports (tests/data/shapes, written byte for byte by its
//! make.py): each imports whole and ungarbled through the real binary, and what kard
//! exports is read back the same by kard and by strict readers.

use crate::env::Env;
use serde_json::{json, Value};

/// Import one fixture of tests/data/shapes; the summary, checked against the exit code.
fn import(env: &Env, name: &str) -> Value {
    let path = Env::data(&format!("shapes/{name}"));
    let run = env.run(&["import", "--json", path.to_str().unwrap()]);
    assert!(!run.stderr.contains("panicked"), "{name}: {}", run.stderr);
    let summary = run.json();
    let want = if summary["skipped"].as_u64().unwrap() > 0 {
        6
    } else {
        0
    };
    assert_eq!(run.code, want, "{name}: {}", run.stderr);
    summary
}

fn added(env: &Env, name: &str, n: u64) -> Value {
    let summary = import(env, name);
    assert_eq!(summary["added"], n, "{name}: {summary}");
    assert_eq!(summary["skipped"], 0, "{name}: {summary}");
    summary
}

fn names(env: &Env) -> Vec<String> {
    let all = env.run(&["export", "--format", "json"]).ok().json();
    let mut names: Vec<String> = all
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["display_name"].as_str().unwrap().to_string())
        .collect();
    names.sort();
    names
}

#[test]
fn item_01_a_japanese_outlook_csv_in_shift_jis_imports_without_panic() {
    let env = Env::new();
    added(&env, "01-outlook-japanese-shift-jis.csv", 1);
    let c = env.card("山田");
    assert_eq!(c["display_name"], "山田花子");
    assert_eq!(c["organization"], "株式会社サンプル");
    assert_eq!(c["department"], "営業部");
    assert_eq!(c["title"], "課長");
    assert_eq!(c["emails"][0]["address"], "hanako@example.jp");
    assert_eq!(c["notes"], "日本語のメモ");
    assert_eq!(c["phones"][0]["raw"], "090-1234-5678");
}

#[test]
fn item_02_charset_on_any_property_with_every_encoding_rs_label() {
    let env = Env::new();
    added(&env, "02-android-2.1-shift-jis.vcf", 1);
    let c = env.card("安藤ロイド");
    assert_eq!(c["name"]["family"], "安藤", "raw Shift_JIS");
    assert_eq!(c["name"]["given"], "ロイド");
    assert_eq!(
        c["display_name"], "安藤ロイド",
        "quoted-printable Shift_JIS"
    );
    assert_eq!(c["organization"], "株式会社テスト");

    let env = Env::new();
    added(&env, "02-charsets-legacy-2.1.vcf", 10);
    let want = [
        "Jörg Müller",
        "Łukasz Żółć",
        "Zoë € Œuvre",
        "Иван Петров",
        "陳大文",
        "张伟",
        "欧阳翠花",
        "김민준",
        "鈴木一郎",
        "Ольга Смирнова",
    ];
    for name in want {
        let c = env.card(name);
        assert_eq!(c["display_name"], name);
        assert_eq!(c["notes"], name, "{name}: the quoted-printable NOTE");
    }
}

#[test]
fn item_03_thunderbird_csv_in_the_system_charset() {
    let env = Env::new();
    added(&env, "03-thunderbird-shift-jis.csv", 1);
    let c = env.card("taro@example.jp");
    assert_eq!(c["display_name"], "田中 太郎");
    assert_eq!(c["name"]["family"], "田中");
    assert_eq!(c["organization"], "大阪商事");
    assert_eq!(c["notes"], "メモです");
    assert_eq!(c["birthday"], "1980-04-01", "Birth Year, Month, Day");
    assert_eq!(c["addresses"][0]["locality"], "大阪");
    assert_eq!(c["addresses"][0]["street"], "1-2-3 本町");

    let env = Env::new();
    added(&env, "03-thunderbird-cp1251.csv", 1);
    let c = env.card("ivan@example.ru");
    assert_eq!(c["display_name"], "Иван Иванов");
    assert_eq!(c["organization"], "Рога и копыта");
    assert_eq!(c["notes"], "Заметка о встрече");
    assert_eq!(c["addresses"][0]["locality"], "Москва");
}

#[test]
fn item_04_utf16_without_a_bom_little_and_big_endian() {
    let env = Env::new();
    added(&env, "04-utf16le-no-bom.vcf", 1);
    let c = env.card("Zoë");
    assert_eq!(c["display_name"], "Zoë Ünïcødé 日本");
    assert_eq!(c["phones"][0]["number"], "+447700900123");
    added(&env, "04-outlook-utf16be-no-bom.csv", 1);
    let c = env.card("Ørjan");
    assert_eq!(c["display_name"], "Ørjan Åsen");
    assert_eq!(c["emails"][0]["address"], "orjan@example.no");
}

#[test]
fn item_05_text_before_the_first_card_and_grouped_delimiters() {
    let env = Env::new();
    let run = env.run(&[
        "import",
        Env::data("shapes/05-preamble-and-grouped-delimiters.vcf")
            .to_str()
            .unwrap(),
    ]);
    let run = run.ok();
    assert!(run.stderr.contains("3 added"), "{}", run.stderr);
    assert_eq!(
        names(&env),
        [
            "After A Preamble",
            "Grouped Begin Plain End",
            "Grouped Delimiters"
        ]
    );
    assert_eq!(
        env.card("Grouped Delimiters")["phones"][0]["number"],
        "+15550107000"
    );
}

#[test]
fn item_06_a_card_with_any_data_is_imported_and_named_from_it() {
    let env = Env::new();
    let summary = import(&env, "06-cards-with-one-kind-of-data.vcf");
    assert_eq!(summary["added"], 8, "{summary}");
    assert_eq!(summary["skipped"], 1, "only the empty card: {summary}");
    let error = &summary["errors"][0];
    assert_eq!(error["line"], 33, "{summary}");
    assert!(
        error["reason"]
            .as_str()
            .unwrap()
            .contains("no value at all"),
        "{summary}"
    );
    let mut want = vec![
        "(no name)",
        "(no name)",
        "12 Elm Street",
        "Nicky",
        "gtalk.only@example.com",
        "https://only-url.example.com/",
        "impp.only@example.org",
        "xmpp.only@example.org",
    ];
    want.sort();
    assert_eq!(names(&env), want);
    let nicky = env.card("Nicky");
    assert_eq!(nicky["nickname"], "Nicky", "X-ANDROID-CUSTOM nickname");
    let all = env.run(&["export", "--format", "json"]).ok().json();
    let unnamed: Vec<&Value> = all
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["display_name"] == "(no name)")
        .collect();
    assert!(unnamed.iter().any(|c| c["birthday"] == "1975-06-15"));
    assert!(unnamed
        .iter()
        .any(|c| c["photo"]["media_type"] == "image/png"));
    // The handles go out again, as IMPP for the one whose name was no vCard name.
    let v3 = env.run(&["export", "--format", "vcard3"]).ok().stdout;
    assert!(v3.contains("X-GOOGLE-TALK:gtalk.only@example.com"), "{v3}");
    assert!(v3.contains("IMPP:xmpp:xmpp.only@example.org"), "{v3}");
    // The same file again adds nothing.
    let again = import(&env, "06-cards-with-one-kind-of-data.vcf");
    assert_eq!(again["added"], 0, "{again}");
}

#[test]
fn item_07_vcard_21_backslashes_are_text_but_for_escaped_semicolons() {
    let env = Env::new();
    added(&env, "07-android-2.1-backslashes.vcf", 2);
    let all = env.run(&["export", "--format", "json"]).ok().json();
    let find = |fn_: &str| {
        all.as_array()
            .unwrap()
            .iter()
            .find(|c| c["display_name"] == fn_)
            .unwrap_or_else(|| panic!("{fn_} in {all}"))
            .clone()
    };
    let android = find(r"A;B\C;D:E\\");
    assert_eq!(
        android["name"],
        json!({"prefix": "D", "given": r"A;B\", "middle": r"C\;", "family": null, "suffix": ":E"})
    );
    assert_eq!(android["notes"], r"C:\Users\ann\notes.txt");
    let v3 = find("Three, Escaped; Name");
    assert_eq!(v3["notes"], "C:\\Users\\bo\nnext", "3.0 escapes as before");
}

#[test]
fn item_08_quoted_parameters_with_colons_semicolons_commas_folded() {
    let env = Env::new();
    added(&env, "08-quoted-folded-parameter.vcf", 1);
    let c = env.card("Quoted Label");
    assert_eq!(
        c["phones"],
        json!([{"label": "work", "number": "+15550108000", "raw": "+1 555 010 8000"}]),
        "nothing of the label spills into the phone"
    );
    assert_eq!(c["emails"][0]["address"], "label@example.com");
    let addresses = c["addresses"].as_array().unwrap();
    assert_eq!(addresses.len(), 2, "{c}");
    let work = addresses.iter().find(|a| a["label"] == "work").unwrap();
    assert_eq!(work["street"], "100 Waters Edge");
    assert_eq!(work["locality"], "Baytown");
    assert_eq!(work["country"], "United States of America");
    let home = addresses.iter().find(|a| a["label"] == "home").unwrap();
    assert_eq!(home["street"], "5 Rear St");
    // The printed labels are kept and written back.
    let v3 = env
        .run(&["export", "--format", "vcard3", "Quoted"])
        .ok()
        .stdout
        .replace("\r\n ", "");
    assert!(
        v3.contains(
            "LABEL;TYPE=work:100 Waters Edge\\nBaytown\\, LA 30314\\nUnited States of America"
        ),
        "{v3}"
    );
    assert!(v3.contains("Suite 5: rear\\; ring twice\\, please"), "{v3}");
}

#[test]
fn item_09_outlook_rows_shorter_than_the_header_are_padded() {
    let env = Env::new();
    added(&env, "09-outlook-german-short-rows.csv", 1);
    let c = env.card("Jürgen");
    assert_eq!(c["display_name"], "Jürgen Groß");
    assert_eq!(c["organization"], "Bäckerei Süd");
}

#[test]
fn item_10_generic_csv_headers_are_mapped_by_name() {
    let env = Env::new();
    for (file, reference, field, want) in [
        (
            "10-generic-semicolon.csv",
            "Ann Lee",
            "emails",
            "ann.lee@example.com",
        ),
        (
            "10-generic-german.csv",
            "Jörg Müller",
            "emails",
            "joerg@example.de",
        ),
        (
            "10-linkedin.csv",
            "Priya Patel",
            "emails",
            "priya@example.in",
        ),
        (
            "10-apple-numbers.csv",
            "Robin Lee",
            "emails",
            "robin@example.com",
        ),
        (
            "10-thunderbird-utf8.csv",
            "Annie Smith",
            "emails",
            "ann@example.org",
        ),
    ] {
        added(&env, file, 1);
        let c = env.card(reference);
        assert_eq!(c[field][0]["address"], want, "{file}: {c}");
    }
    let priya = env.card("Priya");
    assert_eq!(priya["organization"], "Acme Ltd");
    assert_eq!(priya["title"], "Engineer");
    let robin = env.card("Robin Lee");
    assert_eq!(robin["phones"][0]["number"], "+15550101234");
    let annie = env.card("Annie");
    assert_eq!(annie["birthday"], "1990-07-14");
    assert_eq!(annie["name"]["given"], "Ann");
    // No column kard knows: refused, naming the headers found.
    let path = Env::data("shapes/10-unrecognizable.csv");
    let run = env.run(&["import", path.to_str().unwrap()]).code(6);
    assert!(run.stderr.contains("Foo,Bar,Baz"), "{}", run.stderr);
}

#[test]
fn item_11_international_numbers_with_any_punctuation_get_their_e164() {
    let env = Env::new();
    added(&env, "11-international-punctuation.vcf", 1);
    let numbers: Vec<Value> = env.card("Hong Kong")["phones"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["number"].clone())
        .collect();
    assert_eq!(
        numbers,
        [
            json!("+85212345678"),
            json!("+447700900123"),
            json!("+49301234567")
        ]
    );
}

#[test]
fn item_12_sabre_data_uris_labels_and_yearless_birthdays_read_and_write_back() {
    let env = Env::new();
    added(&env, "12-sabre-escaped-data-uri.vcf", 1);
    let c = env.card("Sabre Photo");
    assert_eq!(c["photo"], json!({"media_type": "image/png", "bytes": 70}));
    added(&env, "12-label-pref-and-yearless-birthdays.vcf", 2);
    assert_eq!(env.card("Label Pref")["birthday"], "--05-09");
    assert_eq!(env.card("Yearless Plain")["birthday"], "--05-09");
    assert_eq!(env.card("Label Pref")["phones"][0]["label"], "main");
    let v3 = env
        .run(&["export", "--format", "vcard3", "Label Pref"])
        .ok()
        .stdout
        .replace("\r\n ", "");
    assert!(v3.contains("BDAY:--0509\r\n"), "{v3}");
    assert!(!v3.contains("1604"), "{v3}");
    assert!(v3.contains("TEL;TYPE=X-MAIN:"), "{v3}");
    assert!(
        v3.contains("LABEL;TYPE=WORK;TYPE=PREF:100 Main Street\\nSpringfield\\, IL 62701"),
        "{v3}"
    );
    let v4 = env
        .run(&["export", "Label Pref"])
        .ok()
        .stdout
        .replace("\r\n ", "");
    assert!(v4.contains("BDAY:--0509\r\n"), "{v4}");
    assert!(
        v4.contains("ADR;TYPE=WORK;PREF=1;LABEL=\"100 Main Street^nSpringfield, IL 62701\":;;;;;;"),
        "{v4}"
    );
    let photo = env
        .run(&["export", "Sabre Photo"])
        .ok()
        .stdout
        .replace("\r\n ", "");
    assert!(
        photo.contains("PHOTO;VALUE=URI:data:image/png;base64\\,iVBOR"),
        "{photo}"
    );
}

#[test]
fn item_12_directory_extensions_and_service_kinds_are_exported() {
    let env = Env::new();
    let dir = env.path("dir.csv");
    std::fs::write(
        &dir,
        "directory_id,kind,display_name,given_name,family_name,email,department,location,title,account,extension,phone,mobile,fax,presence,status_message\n\
         u1,user,Ada Lovelace,Ada,Lovelace,ada@corp.example,R&D,,,work,2002,+1 212-555-0102,,,,\n\
         u1,user,Ada Lovelace,Ada,Lovelace,ada@corp.example,R&D,,,contact_center,3003,,,,,\n\
         q1,call_queue,Support Queue,,,,,,,work,600,,,,,\n",
    )
    .unwrap();
    env.run(&["directory", "sync", dir.to_str().unwrap()]).ok();
    let v4 = env.run(&["export"]).ok().stdout.replace("\r\n ", "");
    assert!(
        v4.contains("TEL;TYPE=work;VALUE=uri:tel:+12125550102;ext=2002"),
        "{v4}"
    );
    assert!(
        v4.contains(
            "TEL;TYPE=work;X-KARD-ACCOUNT=contact_center;VALUE=uri:tel:+12125550102;ext=3003"
        ),
        "{v4}"
    );
    assert!(v4.contains("KIND:application"), "{v4}");
    assert!(v4.contains("TEL;TYPE=work;VALUE=text:x600"), "{v4}");
    // Read back by kard: the extensions, the accounts and the kinds again.
    let other = Env::new();
    let file = other.path("company.vcf");
    std::fs::write(&file, &v4).unwrap();
    other.run(&["import", file.to_str().unwrap()]).ok();
    let ada = other.card("Ada");
    assert_eq!(
        ada["extensions"],
        json!([{"account": "work", "number": "2002"}, {"account": "contact_center", "number": "3003"}])
    );
    assert_eq!(ada["phones"].as_array().unwrap().len(), 1, "{ada}");
    let queue = other.card("Support Queue");
    assert_eq!(queue["kind"], "call_queue");
    assert_eq!(queue["extensions"][0]["number"], "600");
    // 3.0 and the CSV exports write `x2002` after the main number.
    let v3 = env
        .run(&["export", "--format", "vcard3", "Ada"])
        .ok()
        .stdout;
    assert!(v3.contains("TEL;TYPE=WORK:+12125550102 x2002"), "{v3}");
    for format in ["google", "outlook"] {
        let csv = env.run(&["export", "--format", format, "Ada"]).ok().stdout;
        assert!(csv.contains("+12125550102 x2002"), "{format}: {csv}");
    }
}

#[test]
fn item_12_csv_keeps_the_display_name_and_outlook_uses_every_free_phone_column() {
    let env = Env::new();
    env.run(&[
        "add",
        "--name",
        "欧阳翠花",
        "--given",
        "翠花",
        "--family",
        "欧阳",
    ])
    .ok();
    assert_eq!(env.card("欧阳")["display_name"], "欧阳翠花");
    env.run(&[
        "add",
        "--name",
        "Many Phones",
        "--phone",
        "555-010-0001",
        "--phone",
        "555-010-0002",
        "--phone",
        "555-010-0003",
        "--phone",
        "555-010-0004",
        "--note",
        "hello",
    ])
    .ok();
    for format in ["google", "outlook"] {
        let out = env.path(&format!("out-{format}.csv"));
        env.run(&["export", "--format", format, "-o", out.to_str().unwrap()])
            .ok();
        let other = Env::new();
        other.run(&["import", out.to_str().unwrap()]).ok();
        assert_eq!(other.card("欧阳")["display_name"], "欧阳翠花", "{format}");
        let many = other.card("Many Phones");
        assert_eq!(
            many["phones"].as_array().unwrap().len(),
            4,
            "{format}: {many}"
        );
        assert_eq!(many["notes"], "hello", "{format}: no phone in the notes");
        // Into the same store again: nothing added, nothing appended to the notes.
        let summary = env
            .run(&["import", "--json", out.to_str().unwrap()])
            .ok()
            .json();
        assert_eq!(summary["added"], 0, "{format}: {summary}");
        assert_eq!(env.card("Many Phones")["notes"], "hello", "{format}");
    }
}

#[test]
fn item_13_impossible_dates_are_kept_as_text_and_the_summary_says_so() {
    let env = Env::new();
    let path = Env::data("shapes/13-impossible-dates.vcf");
    let run = env.run(&["import", "--json", path.to_str().unwrap()]).ok();
    let summary = run.json();
    assert_eq!(summary["added"], 3);
    let warnings = summary["warnings"].as_array().unwrap();
    assert_eq!(warnings.len(), 2, "{summary}");
    assert_eq!(warnings[0]["line"], 1);
    assert!(warnings[0]["reason"]
        .as_str()
        .unwrap()
        .contains("\"1990-02-31\""));
    assert!(
        run.stderr.contains("2 dates kept as text"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .contains(&format!("{}:6: warning: ", path.display())),
        "{}",
        run.stderr
    );
    assert_eq!(env.card("February")["birthday"], Value::Null);
    assert_eq!(env.card("Leap Year")["birthday"], Value::Null);
    assert_eq!(env.card("Leap Day")["birthday"], "1984-02-29");
    // The text goes out again as it came.
    let v3 = env
        .run(&["export", "--format", "vcard3", "February"])
        .ok()
        .stdout;
    assert!(v3.contains("BDAY:1990-02-31\r\n"), "{v3}");
}

/// Every card of a vCard stream, as text.
fn cards(text: &str) -> Vec<String> {
    text.split_inclusive("END:VCARD\r\n")
        .filter(|c| c.contains("BEGIN:VCARD"))
        .map(str::to_string)
        .collect()
}

#[test]
fn item_12_exports_of_every_shape_are_read_whole_by_strict_readers() {
    let env = Env::new();
    for entry in std::fs::read_dir(Env::data("shapes")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e != "py") {
            env.run(&["import", path.to_str().unwrap()]);
        }
    }
    let dir = env.path("dir.csv");
    std::fs::write(
        &dir,
        "directory_id,kind,display_name,given_name,family_name,email,department,location,title,account,extension,phone,mobile,fax,presence,status_message\n\
         u1,user,Ada Lovelace,Ada,Lovelace,ada@corp.example,R&D,,,work,2002,+1 212-555-0102,,,,\n\
         q1,call_queue,Support Queue,,,,,,,work,600,,,,,\n",
    )
    .unwrap();
    env.run(&["directory", "sync", dir.to_str().unwrap()]).ok();
    let v4 = env.run(&["export"]).ok().stdout;
    let v3 = env.run(&["export", "--format", "vcard3"]).ok().stdout;
    let count = env.run(&["export", "--format", "json"]).ok().json();
    let count = count.as_array().unwrap().len();
    assert_eq!(cards(&v4).len(), count);
    // The strict RFC 6350 parser and validator takes every 4.0 card.
    for card in cards(&v4) {
        let parsed: vcard::VCard = card
            .parse()
            .unwrap_or_else(|e| panic!("invalid 4.0 ({e}):\n{card}"));
        parsed
            .validate()
            .unwrap_or_else(|e| panic!("invalid 4.0 ({e:?}):\n{card}"));
    }
    // calcard (Stalwart's parser) reads both versions, and the photo whole.
    for text in [&v4, &v3] {
        for card in cards(text) {
            let parsed = calcard::vcard::VCard::parse(&card)
                .unwrap_or_else(|e| panic!("calcard: {e:?}:\n{card}"));
            if card.contains("FN:Sabre Photo") {
                let photo = parsed
                    .entries
                    .iter()
                    .find(|e| format!("{:?}", e.name).contains("Photo"))
                    .unwrap_or_else(|| panic!("no photo in {parsed:?}"));
                let shown = format!("{:?}", photo.values);
                assert!(
                    shown.contains("AAAABJRU5ErkJggg")
                        || shown.contains("73, 69, 78, 68, 174, 66, 96, 130"),
                    "the photo cut short: {shown}"
                );
            }
        }
    }
}

#[test]
fn a_title_column_is_the_job_title_unless_a_job_title_column_is_beside_it() {
    let env = Env::new();
    // A hand-made sheet and a phone system's directory: `Title` is the job title.
    let sheet = env.path("sheet.csv");
    std::fs::write(
        &sheet,
        "Name,Title,Email\nAnn Lee,Sales Manager,ann@example.com\n",
    )
    .unwrap();
    env.run(&["import", sheet.to_str().unwrap()]).ok();
    let ann = env.card("ann@example.com");
    assert_eq!(ann["display_name"], "Ann Lee");
    assert_eq!(ann["title"], "Sales Manager");
    assert_eq!(ann["name"]["prefix"], Value::Null);
    let directory =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/company-directory.csv");
    env.run(&["import", directory.to_str().unwrap()]).ok();
    let robin = env.card("robin.lee@acme.example");
    assert_eq!(robin["display_name"], "Robin Lee");
    assert_eq!(robin["title"], "Account Executive");
    assert_eq!(robin["name"]["prefix"], Value::Null);
    // Outlook's own header has both: `Title` is the title (Mr.), `Job Title` the job.
    let outlook = env.path("outlook.csv");
    std::fs::write(
        &outlook,
        "First Name,Last Name,Title,Job Title,E-mail Address\nBo,Berg,Dr.,Surgeon,bo@example.com\n",
    )
    .unwrap();
    env.run(&["import", outlook.to_str().unwrap()]).ok();
    let bo = env.card("bo@example.com");
    assert_eq!(bo["name"]["prefix"], "Dr.");
    assert_eq!(bo["title"], "Surgeon");
}
