//! Preformatted text keeps its lines exactly, blank ones included: a page with a tide table and a
//! verse in `<pre>` (fixtures/import/html/tides.source.html, hand-written, and tides.saved.html,
//! the DOM Chromium serialised from it) read through html5ever as a saved page.

use close_reader_core::import::html::from_page;
use close_reader_core::import::Article;
use close_reader_core::model::shape::BlockKind;

fn page(name: &str) -> Article {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/import/html");
    let bytes = std::fs::read(format!("{dir}/{name}")).expect("the fixture");
    from_page(&bytes).unwrap_or_else(|e| panic!("{name}: {e}"))
}

fn preformatted(a: &Article) -> Vec<&str> {
    let blocks = a.shape.blocks().iter();
    let pre = blocks.filter(|b| b.kind == BlockKind::Preformatted);
    pre.map(|b| a.text.slice(b.span)).collect()
}

const TABLE: &str = "Day        High water    Low water\n\
                     Monday     06:12  18:31  00:04  12:20\n\
                     \n\
                     Tuesday    06:55  19:14  00:47  13:03\n\
                     \n\
                     Wednesday  07:41  20:02  01:33  13:50";
const VERSE: &str = "Watch the water, not the clock,\n\
                     the tide keeps time for every rock.\n\
                     \n\
                     \n\
                     Two hours up and two hours down,\n\
                     and slack between for all the town.";

#[test]
fn a_saved_pages_preformatted_blocks_keep_their_blank_lines() {
    let a = page("tides.saved.html");
    assert_eq!(preformatted(&a), [TABLE, VERSE]);
    assert!(a.text.as_str().contains("table reads:\n\nDay "));
}

#[test]
fn the_newline_right_after_pre_is_dropped_as_html_drops_it() {
    let source = page("tides.source.html");
    assert_eq!(preformatted(&source), [TABLE, VERSE]);
    assert_eq!(source.text, page("tides.saved.html").text);
}
