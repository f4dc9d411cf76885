//! The whole import entry, as `kard import` runs it: any bytes through decoding (BOMs,
//! UTF-16 without BOM, charset detection), format detection and the reader it picks,
//! or, by the first byte, a reader forced as `--format` would. No panic, ever.
#![no_main]

use kard::formats;
use kard::phone::Region;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&first, rest)) = data.split_first() else {
        return;
    };
    let forced = formats::fuzz_forced(first);
    let _ = formats::read_input(rest, forced, Region::default(), &mut |_| Ok(()));
});
