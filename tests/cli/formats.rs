//! Import and export on files in the shapes Google, Outlook, Apple, Android, Thunderbird
//! and khard really write (tests/data/vcard, tests/data/csv), through the real binary.

use crate::env::Env;
use serde_json::{json, Value};

/// Every fixture: how many cards it holds that import, and the lines of the bad ones.
const FIXTURES: &[(&str, u64, &[u64])] = &[
    ("vcard/android-2.1.vcf", 2, &[]),
    ("vcard/apple-3.0.vcf", 1, &[]),
    ("vcard/broken.vcf", 5, &[6, 23, 24, 32]),
    ("vcard/edge-bday-forms.vcf", 5, &[]),
    ("vcard/edge-bom-crlf.vcf", 1, &[]),
    ("vcard/edge-folded-inside-utf8.vcf", 1, &[]),
    ("vcard/edge-lf-cr-line-endings.vcf", 1, &[]),
    ("vcard/edge-nested-card.vcf", 2, &[1, 10]),
    ("vcard/edge-no-fn.vcf", 1, &[]),
    ("vcard/edge-no-name-org-email-tel.vcf", 3, &[]),
    ("vcard/edge-photo-data-uri-4.0.vcf", 2, &[]),
    ("vcard/edge-type-spellings.vcf", 1, &[]),
    ("vcard/google-3.0.vcf", 3, &[]),
    ("vcard/khard-4.0.vcf", 1, &[]),
    ("vcard/outlook-2.1-quoted-printable.vcf", 2, &[]),
    ("vcard/thunderbird-4.0.vcf", 1, &[]),
    ("csv/google-new.csv", 3, &[]),
    ("csv/google-old.csv", 2, &[]),
    ("csv/outlook-com-61.csv", 2, &[]),
    ("csv/outlook-desktop-92.csv", 2, &[5]),
    ("csv/outlook-french.csv", 1, &[]),
    ("csv/outlook-german-semicolon.csv", 1, &[]),
    ("csv/outlook-google-88.csv", 2, &[]),
    ("csv/outlook-utf16le-bom.csv", 1, &[]),
    ("csv/outlook-windows-1252.csv", 1, &[]),
    ("csv/ragged.csv", 4, &[6]),
];

fn import(env: &Env, file: &str) -> Value {
    let path = Env::data(file);
    let run = env.run(&["import", "--json", path.to_str().unwrap()]);
    let summary = run.json();
    let bad = summary["skipped"].as_u64().unwrap();
    assert_eq!(
        run.code,
        if bad > 0 { 6 } else { 0 },
        "{file}: {}",
        run.stderr
    );
    summary
}

/// A contact's card without what differs between stores.
fn portable(mut card: Value) -> Value {
    for k in ["id", "uid", "created_at", "updated_at"] {
        card.as_object_mut().unwrap().remove(k);
    }
    card
}

fn all_cards(env: &Env) -> Vec<Value> {
    let list = env.run(&["export", "--format", "json"]).ok().json();
    let mut cards: Vec<Value> = list.as_array().unwrap().to_vec();
    cards.sort_by_key(|c| c.to_string());
    cards
}

#[test]
fn every_fixture_imports_its_good_cards_and_reports_the_bad_ones_by_line() {
    for (file, added, bad_lines) in FIXTURES {
        let env = Env::new();
        let summary = import(&env, file);
        assert_eq!(summary["added"], *added, "{file}: {summary}");
        let lines: Vec<u64> = summary["errors"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["line"].as_u64().unwrap())
            .collect();
        assert_eq!(lines, *bad_lines, "{file}: {summary}");
        // stderr names the file and line of each bad record, one per line.
        if let Some(first) = bad_lines.first() {
            let path = Env::data(file);
            let run = env.run(&["import", path.to_str().unwrap()]).code(6);
            assert!(
                run.stderr
                    .contains(&format!("{}:{first}: ", path.display())),
                "{}",
                run.stderr
            );
        }
        // The same file again adds nothing.
        let again = import(&env, file);
        assert_eq!(again["added"], 0, "{file} again: {again}");
        assert_eq!(again["unchanged"], *added, "{file} again: {again}");
    }
}

#[test]
fn outlook_vcard_21_quoted_printable_with_charset_photo_and_fax() {
    let env = Env::new();
    import(&env, "vcard/outlook-2.1-quoted-printable.vcf");
    let c = env.card("Jörg");
    assert_eq!(c["display_name"], "Jörg Müller");
    assert_eq!(c["organization"], "Acme Corp");
    assert_eq!(c["department"], "Sales");
    let notes = c["notes"].as_str().unwrap();
    assert!(notes.contains("très long conference in Zürich"), "{notes}");
    assert!(notes.contains("\nSecond line € 5."), "{notes}");
    assert_eq!(
        c["faxes"],
        json!([{"label": "work", "number": "+15550104321", "raw": "(555) 010-4321"}])
    );
    assert_eq!(c["phones"].as_array().unwrap().len(), 3);
    assert_eq!(c["photo"]["media_type"], "image/jpeg");
    assert_eq!(c["avatar"]["kind"], "photo");
    assert_eq!(c["addresses"][0]["locality"], "Springfield");
}

#[test]
fn apple_and_google_vcard_30_labels_dates_and_favorites() {
    let env = Env::new();
    import(&env, "vcard/apple-3.0.vcf");
    import(&env, "vcard/google-3.0.vcf");
    let johnny = env.card("Appleseed");
    // BDAY;X-APPLE-OMIT-YEAR=1604:1604-05-09 is a birthday without a year.
    assert_eq!(johnny["birthday"], "--05-09");
    assert_eq!(johnny["faxes"][0]["label"], "home");
    assert_eq!(johnny["urls"][0]["label"], "homepage");
    assert_eq!(johnny["notes"], "Line one\nLine two");
    let robin = env.card("Robin");
    assert_eq!(robin["favorite"], true, "CATEGORIES starred");
    // item3.TEL with item3.X-ABLabel:Studio keeps its custom label.
    assert!(robin["phones"].as_array().unwrap().contains(
        &json!({"label": "Studio", "number": "+442079460958", "raw": "+44 20 7946 0958"})
    ));
    assert_eq!(robin["addresses"][0]["label"], "Cabin");
    assert_eq!(robin["addresses"][0]["street"], "12 Elm St\nApt 4");
    assert_eq!(robin["nickname"], "Rob");
}

#[test]
fn google_csv_both_header_styles() {
    let env = Env::new();
    import(&env, "csv/google-old.csv");
    import(&env, "csv/google-new.csv");
    let jane = env.card("Jane Q");
    assert_eq!(jane["favorite"], true, "* starred");
    assert_eq!(jane["location"], "London HQ");
    assert_eq!(jane["phones"][0]["number"], "+447700900123");
    assert_eq!(jane["faxes"][0]["number"], "+15550106666");
    assert_eq!(jane["categories"], json!(["Clients"]));
    let robin = env.card("Robin");
    assert_eq!(robin["favorite"], true);
    // "555-010-7777 ::: 555-010-7778" under one custom label: two phones.
    let gym: Vec<&Value> = robin["phones"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| p["label"] == "gym")
        .collect();
    assert_eq!(gym.len(), 2);
    assert_eq!(robin["faxes"][0]["label"], "work", "Work Fax");
    assert_eq!(
        robin["notes"],
        "Met at the conference.\nLikes \"green\" tea."
    );
    let emile = env.card("Zola");
    assert_eq!(emile["birthday"], "--05-09");
    assert_eq!(emile["phones"][0]["number"], "+33198765432");
    assert_eq!(emile["faxes"][0]["label"], "home", "Home Fax");
    assert_eq!(
        emile["photo"],
        json!({"url": "https://lh3.googleusercontent.com/contacts/abc123"})
    );
}

#[test]
fn outlook_csv_encodings_languages_and_delimiters() {
    let env = Env::new();
    for file in [
        "csv/outlook-utf16le-bom.csv",
        "csv/outlook-windows-1252.csv",
        "csv/outlook-german-semicolon.csv",
        "csv/outlook-french.csv",
    ] {
        import(&env, file);
    }
    let zoe = env.card("Zoë");
    assert_eq!(zoe["organization"], "Café Åre");
    assert_eq!(zoe["notes"], "Ünïcødé ✓ 日本");
    let francois = env.card("François");
    assert_eq!(francois["organization"], "Bäckerei Groß");
    assert_eq!(francois["notes"], "Crème brûlée €5");
    let jurgen = env.card("Jürgen");
    assert_eq!(jurgen["faxes"][0]["raw"], "089 1234-99", "Fax geschäftlich");
    assert_eq!(jurgen["categories"], json!(["Kunden", "Lieferanten"]));
    let marie = env.card("Curie");
    assert_eq!(
        marie["faxes"][0]["raw"], "01 23 45 67 90",
        "Télécopie (bureau)"
    );
    assert_eq!(marie["birthday"], "1867-11-07");
    // Read with the right region, the French numbers get their E.164 form.
    let fr = Env::new();
    fr.run(&["config", "set", "region", "FR"]).ok();
    import(&fr, "csv/outlook-french.csv");
    assert_eq!(fr.card("Curie")["phones"][0]["number"], "+33612345678");
}

#[test]
fn stdin_is_read_as_dash() {
    let env = Env::new();
    let bytes = std::fs::read(Env::data("vcard/khard-4.0.vcf")).unwrap();
    let summary = env.run_stdin(&["import", "--json", "-"], bytes).ok().json();
    assert_eq!(summary["added"], 1);
    assert_eq!(env.card("Jane")["birthday"], "--11-02");
}

/// Everything imported, exported in `format` and imported into a new store, compared
/// card by card.
fn round_trip(format: &str) -> (Vec<Value>, Vec<Value>) {
    let a = Env::new();
    for (file, _, _) in FIXTURES {
        import(&a, file);
    }
    let out = a.path(&format!("out.{format}"));
    a.run(&["export", "--format", format, "-o", out.to_str().unwrap()])
        .ok();
    let b = Env::new();
    let summary = import(&b, out.to_str().unwrap());
    assert_eq!(summary["skipped"], 0, "{format}: {summary}");
    let strip = |cards: Vec<Value>| cards.into_iter().map(portable).collect::<Vec<_>>();
    let (mut x, mut y) = (strip(all_cards(&a)), strip(all_cards(&b)));
    x.sort_by_key(|c| c.to_string());
    y.sort_by_key(|c| c.to_string());
    (x, y)
}

#[test]
fn vcard_4_and_3_and_json_exports_reimport_to_the_same_cards() {
    for format in ["vcard", "vcard3", "json"] {
        let (before, after) = round_trip(format);
        assert_eq!(before.len(), after.len(), "{format}");
        for (x, y) in before.iter().zip(&after) {
            assert_eq!(x, y, "{format}");
        }
    }
}

#[test]
fn csv_exports_keep_every_phone_fax_email_and_favorite() {
    for format in ["google", "outlook"] {
        let (before, after) = round_trip(format);
        assert_eq!(before.len(), after.len(), "{format}");
        let numbers = |cards: &[Value], field: &str| {
            let mut all: Vec<String> = cards
                .iter()
                .flat_map(|c| c[field].as_array().unwrap().clone())
                .map(|p| {
                    p["raw"]
                        .as_str()
                        .or(p["address"].as_str())
                        .unwrap()
                        .to_string()
                })
                .collect();
            all.sort();
            all
        };
        for field in ["phones", "faxes", "emails"] {
            if format == "outlook" && field != "faxes" {
                continue; // Outlook has a fixed set of phone and e-mail columns
            }
            assert_eq!(
                numbers(&before, field),
                numbers(&after, field),
                "{format} {field}"
            );
        }
        let favorites = |cards: &[Value]| cards.iter().filter(|c| c["favorite"] == true).count();
        if format == "google" {
            assert_eq!(favorites(&before), favorites(&after));
        }
    }
}

#[test]
fn csv_exports_use_the_headers_google_and_outlook_import() {
    let env = Env::new();
    import(&env, "csv/google-new.csv");
    let google = env.run(&["export", "--format", "google"]).ok().stdout;
    assert!(
        google.starts_with("First Name,Middle Name,Last Name,Phonetic First Name,"),
        "{google}"
    );
    assert!(google.contains(",Phone 1 - Label,Phone 1 - Value,"));
    let outlook = env.run(&["export", "--format", "outlook"]).ok().stdout;
    // With a BOM, as Outlook writes it, so that Excel and Outlook read UTF-8.
    let outlook = outlook.strip_prefix('\u{feff}').unwrap();
    assert!(
        outlook.starts_with(
            "\"Title\",\"First Name\",\"Middle Name\",\"Last Name\",\"Suffix\",\"Company\","
        ),
        "{outlook}"
    );
    assert!(outlook.contains("\"Business Fax\""));
}

#[test]
fn vcard_export_is_valid_crlf_folded_and_escaped() {
    let env = Env::new();
    import(&env, "vcard/outlook-2.1-quoted-printable.vcf");
    let v4 = env.run(&["export", "Jörg"]).ok().stdout;
    assert!(v4.starts_with("BEGIN:VCARD\r\nVERSION:4.0\r\n"), "{v4}");
    assert!(v4.lines().all(|l| l.len() <= 76), "folded at 75 octets");
    assert!(
        v4.contains("TEL;TYPE=fax,work:") || v4.contains("TEL;TYPE=work,fax:"),
        "{v4}"
    );
    // The data: URI escaped as sabre writes it: vobject and Radicale keep it whole.
    assert!(
        v4.contains("PHOTO;VALUE=URI:data:image/jpeg;base64\\,"),
        "{v4}"
    );
    let v3 = env
        .run(&["export", "--format", "vcard3", "Jörg"])
        .ok()
        .stdout;
    assert!(v3.contains("VERSION:3.0\r\n"));
    assert!(v3.contains("PHOTO;ENCODING=b;TYPE=JPEG:"), "{v3}");
    assert!(!v3.contains("QUOTED-PRINTABLE"), "written as plain UTF-8");
}

#[test]
fn a_five_megabyte_photo_is_kept_whole() {
    let env = Env::new();
    let bytes: Vec<u8> = (0..5 * 1024 * 1024u32)
        .map(|i| (i * 7 % 251) as u8)
        .collect();
    let b64 = kard::b64::encode(&bytes);
    let folded: Vec<&str> = b64
        .as_bytes()
        .chunks(74)
        .map(|c| std::str::from_utf8(c).unwrap())
        .collect();
    let card = format!(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Big Photo\r\nPHOTO;ENCODING=b;TYPE=JPEG:{}\r\nEND:VCARD\r\n",
        folded.join("\r\n ")
    );
    let file = env.path("big.vcf");
    std::fs::write(&file, card).unwrap();
    env.run(&["import", file.to_str().unwrap()]).ok();
    let c = env.card("Big Photo");
    assert_eq!(
        c["photo"],
        json!({"media_type": "image/jpeg", "bytes": 5 * 1024 * 1024})
    );
    let out = env.run(&["export", "--format", "json", "Big"]).ok().json();
    assert_eq!(out[0]["photo"]["data"], b64);
}
