//! Any bytes, decoded as kard decodes files, through the vcard reader: no panic, ever.
#![no_main]

use kard::formats::{self, text, Format};
use kard::phone::Region;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let mut input = text::decode(data);
    let _ = formats::read(Format::Vcard, &mut input, Region::default(), &mut |_| Ok(()));
});
