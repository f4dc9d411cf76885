//! `list QUERY`: digits anywhere in a number, and the words of titles, locations,
//! labels and address places.

use crate::env::Env;

fn names(env: &Env, query: &str) -> Vec<String> {
    env.names(&[query])
}

fn seeded() -> Env {
    let env = Env::new();
    env.run(&[
        "import",
        Env::data("vcard/search-fields.vcf").to_str().unwrap(),
    ])
    .ok();
    env
}

#[test]
fn digits_anywhere_in_e164_or_national_form() {
    let env = seeded();
    for q in [
        "7946",
        "020 7946",
        "2079",
        "0018",
        "+44 20 7946",
        "(020) 7946-0018",
        "442079",
    ] {
        assert_eq!(names(&env, q), ["Ada Lovelace"], "{q}");
    }
    // An area code, in the middle of the E.164 form.
    assert_eq!(names(&env, "415"), ["Grace Hopper"]);
    assert_eq!(names(&env, "555"), ["Alan Turing", "Grace Hopper"]);
    // Faxes too, in national form (030 …) and international.
    assert_eq!(names(&env, "030 1234"), ["Grace Hopper"]);
    assert_eq!(names(&env, "4930"), ["Grace Hopper"]);
    // Digits that no number holds in a row, nor across two numbers.
    assert!(names(&env, "7947").is_empty());
    assert!(names(&env, "0018415").is_empty());
}

#[test]
fn digits_of_extensions_and_of_edited_and_trashed_contacts() {
    let env = seeded();
    env.run(&["edit", "Alan Turing", "--add-phone", "+1 303 555 0142"])
        .ok();
    assert_eq!(names(&env, "303"), ["Alan Turing"]);
    env.run(&["edit", "Alan Turing", "--remove-phone", "+1 303 555 0142"])
        .ok();
    assert!(names(&env, "303").is_empty());
    env.run(&["delete", "Ada Lovelace"]).ok();
    assert!(names(&env, "7946").is_empty());
    env.run(&["trash", "restore", "Ada Lovelace"]).ok();
    assert_eq!(names(&env, "7946"), ["Ada Lovelace"]);
    env.sync_directory("d1,user,Kim Park,kim@corp.example,Lisbon Office,24681\n");
    assert_eq!(names(&env, "468"), ["Kim Park"]);
    assert_eq!(names(&env, "lisbon"), ["Kim Park"]);
}

#[test]
fn titles_labels_and_address_places_are_words() {
    let env = seeded();
    for q in [
        "executive",
        "chief exec",
        "book club",
        "friends",
        "springfield",
        "illinois",
        "usa",
    ] {
        assert_eq!(names(&env, q), ["Ada Lovelace"], "{q}");
    }
    // Not the street or postal code: places only.
    assert!(names(&env, "elm").is_empty());
}

#[test]
fn digits_with_a_trigram_every_number_has_are_found_exactly() {
    // Every number has `555` (as every number of a company's exchange has its area
    // code): such a search is planned around the trigrams few contacts have, and the
    // contacts found so are checked against all the digits.
    let env = Env::new();
    let mut csv = String::from("Name,Phone\n");
    for i in 0..150 {
        csv.push_str(&format!("Person {i},+1 212 555 {:04}\n", 1000 + i));
    }
    // Holds 510042 (the rare part of the query) but not 55510042.
    csv.push_str("Decoy One,+1 212 777 510042\n");
    csv.push_str("Target One,+1 555 100 4242\n");
    // Only its national form (0161 …) holds the query's leading 0.
    csv.push_str("Uk Person,+44 161 555 0199\n");
    let file = env.path("people.csv");
    std::fs::write(&file, csv).unwrap();
    env.run(&["import", file.to_str().unwrap()]).ok();
    assert_eq!(names(&env, "555 100 42"), ["Target One"]);
    assert_eq!(names(&env, "15551004242"), ["Target One"]);
    assert_eq!(names(&env, "2125551042"), ["Person 42"]);
    assert_eq!(names(&env, "0161 555 01"), ["Uk Person"]);
    assert_eq!(names(&env, "1615550199"), ["Uk Person"]);
    assert!(names(&env, "5555510042").is_empty());
    assert_eq!(env.names(&["555", "--limit", "3"]).len(), 3);
}
