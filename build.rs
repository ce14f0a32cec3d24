//! Writes the English messages the app builds in (`locales/en.ftl` without its comments) into
//! `OUT_DIR`, so that the page carries the messages and not the translators' notes.

#[path = "src/i18n/strip.rs"]
mod strip;

fn main() {
    println!("cargo:rerun-if-changed=locales/en.ftl");
    println!("cargo:rerun-if-changed=src/i18n/strip.rs");
    let source = std::fs::read_to_string("locales/en.ftl").expect("locales/en.ftl");
    let out = std::path::Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("en.ftl");
    std::fs::write(out, strip::strip(&source)).expect("writing the English messages");
}
