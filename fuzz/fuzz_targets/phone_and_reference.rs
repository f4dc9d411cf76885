//! Any text as a phone number and as a contact reference: no panic, ever.
#![no_main]

use kard::phone::{self, Region};
use kard::store::Store;
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let region = Region::default();
    if let Some(e164) = phone::e164(text, region) {
        let _ = phone::display(&e164);
    }
    let _ = phone::is_extension(text);
    thread_local! {
        static STORE: OnceLock<Store> = const { OnceLock::new() };
    }
    STORE.with(|s| {
        let store = s.get_or_init(|| Store::open_in_memory().expect("in-memory store"));
        let _ = kard::reference::resolve(store, region, text);
        let _ = store.contacts_matching_words(text, 5);
    });
});
