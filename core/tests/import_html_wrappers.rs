//! A saved page whose wrapper's class has a junk word in it ("comments-wrapper" around everything,
//! a story straight inside "sidebar-layout") and no article markers still gives its story
//! (fixtures/import/html/wrapped.* and layout.*: hand-written pages as Chromium saves them).

use close_reader_core::import::html::from_page;
use close_reader_core::import::Article;

fn page(name: &str) -> Article {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/import/html");
    let bytes = std::fs::read(format!("{dir}/{name}")).expect("the fixture");
    from_page(&bytes).unwrap_or_else(|e| panic!("{name}: {e}"))
}

/// Every opening of the story's paragraphs is in the text, in order, after the headline.
fn assert_story(a: &Article, headline: &str, openings: &[&str]) {
    let text = a.text.as_str();
    assert!(text.starts_with(headline), "{text}");
    let mut from = 0;
    for opening in openings {
        let at = text[from..]
            .find(opening)
            .unwrap_or_else(|| panic!("{opening:?} lost from:\n{text}"));
        from += at + opening.len();
    }
    assert_eq!(a.title, headline);
}

#[test]
fn a_comments_wrapper_around_the_whole_page_is_not_the_comments() {
    let a = page("wrapped.saved.html");
    assert_story(
        &a,
        "Allotments Waiting List Closes After Record Year",
        &[
            "The town's allotment society has closed",
            "The secretary, a retired postman",
            "The council has offered a strip of land",
        ],
    );
    // The comments inside it are still comments.
    assert!(!a.text.as_str().contains("Wonderful news"));
    assert!(
        a.left_out.contains(&"comments".to_string()),
        "{:?}",
        a.left_out
    );
}

#[test]
fn a_story_inside_a_sidebar_layout_wins_over_a_column_of_commas() {
    let a = page("layout.saved.html");
    assert_story(
        &a,
        "Harbour Crane Goes to the Maritime Museum",
        &[
            "The steam crane that stood at the end of the north quay",
            "A small crowd watched from the harbour wall",
            "The harbour board said the quay would be resurfaced",
        ],
    );
}
