//! Any bytes, decoded as kard decodes files, through the directory reader and the
//! merge of its rows into entries: no panic, ever.
#![no_main]

use kard::formats::directory::{self, Target};
use kard::formats::text;
use kard::phone::Region;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let mut input = text::decode(data);
    let mut rows = Vec::new();
    let _ = directory::read(&mut input, Region::default(), &mut |item| {
        if let Ok(row) = item {
            rows.push(row);
        }
        Ok(())
    });
    let _ = directory::merge(rows, Target::Company);
});
