//! Link the `kard` binary as a position-dependent executable on Linux: a PIE binary
//! has ~25,000 relocations for the loader to apply at every start (each a copy-on-write
//! fault of a page of tables), which made up a quarter of a lookup's 4 ms start-up.

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    let os = std::env::var("CARGO_CFG_TARGET_OS").unwrap_or_default();
    let env = std::env::var("CARGO_CFG_TARGET_ENV").unwrap_or_default();
    if os == "linux" && env == "gnu" {
        println!("cargo:rustc-link-arg-bins=-no-pie");
    }
}
