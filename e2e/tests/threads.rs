//! Conversations on spans across two browsers: the teacher comments on a student's span and on a
//! key span the student missed in the compare view's feedback view, and sends the feedback file;
//! the student opens it in a fresh browser profile, reads the comments (listed, and beside his span
//! in the side panel), replies beside the span and downloads; the teacher adds that file to the comparison and reads the reply.

use std::path::{Path, PathBuf};

use close_reader_core::formats::native;
use close_reader_core::{Annotation, Document, Span};
use e2e::thirtyfour::prelude::*;
use e2e::{App, TempDir};

const TITLE: &str = "Harbour vote";
const TEXT: &str = "The council will vote on the harbour plan next week, officials said on Monday.\n\nAccording to the port authority, the new quay could bring 300 jobs to the town.";

fn doc(annotator: &str, spans: &[(&str, &str)]) -> Document {
    let mut d = Document::new(TITLE, TEXT, None);
    d.annotator = Some(annotator.to_string());
    for (i, (label, needle)) in spans.iter().enumerate() {
        let byte = TEXT.find(needle).unwrap();
        let start = TEXT[..byte].chars().count();
        let span = Span::new(start, start + needle.chars().count()).unwrap();
        let a = Annotation::new(&format!("a{}", i + 1), label, span, "2026-11-23T10:00:00Z");
        d.insert(a).unwrap();
    }
    d
}

fn write(dir: &Path, name: &str, d: &Document) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, native::to_json(d)).unwrap();
    p
}

async fn click_mark(app: &App, css: &str) {
    app.driver
        .find(By::Css(css))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
}

async fn type_into(app: &App, css: &str, text: &str) {
    let el = app.wait_for(css).await;
    el.send_keys(text).await.unwrap();
}

#[tokio::test(flavor = "multi_thread")]
async fn a_comment_reaches_the_student_whose_reply_reaches_the_teacher() {
    let dir = TempDir::new("threads");
    let key = doc(
        "Ms Okafor",
        &[
            (
                "claim",
                "The council will vote on the harbour plan next week",
            ),
            ("source", "the port authority"),
        ],
    );
    let key_file = write(&dir.0, "key.close-reader.json", &key);
    let ben = write(
        &dir.0,
        "ben.close-reader.json",
        &doc(
            "Ben",
            &[("claim", "The council will vote on the harbour plan")],
        ),
    );

    // The teacher comments on Ben's span and on the source he missed.
    let teacher = App::start().await;
    teacher.open_file(&key_file).await;
    teacher.wait_for("article mark").await;
    teacher.wait_saved().await;
    teacher.click("← Library").await;
    teacher.wait_for(".doc-list").await;
    teacher.open_compare(TITLE).await;
    teacher.add_compare_files(&[&ben]).await;
    teacher
        .wait_until("two files", "document.querySelectorAll('.entry-files > li').length === 2 && !document.querySelector('.progress')")
        .await;
    teacher.click("Feedback").await;
    teacher.wait_for(".marked-text mark.fb-partial").await;
    click_mark(&teacher, ".marked-text mark.fb-partial").await;
    let on = teacher.texts(".comment-on").await;
    assert_eq!(
        on,
        ["Comment on “The council will vote on the harbour plan”, marked by Ben"]
    );
    type_into(
        &teacher,
        ".comment-box textarea",
        "Which week? Read to the end of the clause.",
    )
    .await;
    teacher.click("Comment").await;
    teacher.wait_for(".threads .thread").await;
    click_mark(&teacher, ".marked-text mark.fb-missed").await;
    let on = teacher.texts(".comment-on").await;
    assert_eq!(
        on,
        ["Comment on “the port authority”, in the key, missed by Ben"]
    );
    type_into(
        &teacher,
        ".comment-box textarea",
        "Who says so? This is the source.",
    )
    .await;
    teacher.click("Comment").await;
    teacher
        .wait_until(
            "two threads",
            "document.querySelectorAll('.threads .thread').length === 2",
        )
        .await;
    let places = teacher.texts(".thread-place").await;
    assert_eq!(
        places,
        [
            "On Ben's span: The council will vote on the harbour plan",
            "On a span of the key Ben missed: the port authority"
        ]
    );
    teacher
        .screenshot(&xtask::root().join("docs/screenshots/threads-teacher.png"))
        .await;
    teacher.click("Feedback files").await;
    let zip = std::fs::read(teacher.wait_download("-feedback.zip").await).unwrap();
    let (name, bytes) = e2e::unzip(&zip)
        .into_iter()
        .find(|(n, _)| n.ends_with("-ben.close-reader.json"))
        .unwrap();
    let sent = native::from_bytes(&bytes).unwrap();
    assert_eq!(sent.threads.len(), 2);
    assert_eq!(sent.threads[0].messages[0].author, "Ms Okafor");
    let feedback_file = dir.0.join(&name);
    std::fs::write(&feedback_file, &bytes).unwrap();

    // Ben, in a browser of his own, reads the comments and replies to the first.
    // App::start gives a fresh browser with its own empty profile and download folder.
    let student = App::start().await;
    student.open_file(&feedback_file).await;
    student.wait_for(".feedback-strip").await;
    student.wait_for(".threads .thread").await;
    let texts = student.texts(".threads .message-text").await;
    assert_eq!(
        texts,
        [
            "Which week? Read to the end of the clause.",
            "Who says so? This is the source."
        ]
    );
    let places = student.texts(".thread-place").await;
    assert!(places[0].starts_with("On your span"), "{places:?}");
    assert!(
        places[1].starts_with("On a span of the key you missed"),
        "{places:?}"
    );
    // The comment on his span is also beside it: its entry says so, and choosing the span opens
    // its editor with the comment and a reply box.
    assert_eq!(student.texts(".entry .comment-count").await, ["1 comment"]);
    student.click("Show the span").await;
    student.wait_for(".span-editor .span-threads .thread").await;
    assert_eq!(
        student.texts(".span-threads .message-text").await,
        ["Which week? Read to the end of the clause."]
    );
    type_into(
        &student,
        ".span-threads textarea",
        "Next week: I left it out.",
    )
    .await;
    student
        .js(
            "document.querySelector('.span-threads .compose-send').click()",
            vec![],
        )
        .await;
    student
        .wait_until(
            "the reply, beside the span and in the list of comments",
            "document.querySelectorAll('.span-threads .message').length === 2 && document.querySelectorAll('.threads .thread')[0].querySelectorAll('.message').length === 2",
        )
        .await;
    student
        .screenshot(&xtask::root().join("docs/screenshots/threads-student.png"))
        .await;
    student.wait_saved().await;
    student.click("Download").await;
    let handed_in = student.wait_download(".close-reader.json").await;
    let replied = native::from_bytes(&std::fs::read(&handed_in).unwrap()).unwrap();
    let first = &replied.threads[0].messages;
    assert_eq!(first.len(), 2);
    assert_eq!(
        (first[1].author.as_str(), first[1].text.as_str()),
        ("Ben", "Next week: I left it out.")
    );
    let returned = dir.0.join("ben-round-2.close-reader.json");
    std::fs::copy(&handed_in, &returned).unwrap();
    student.quit().await;

    // The teacher collects the next round and reads the reply with the comments.
    teacher.click("Heat").await;
    teacher.add_compare_files(&[&returned]).await;
    teacher
        .wait_until("three files", "document.querySelectorAll('.entry-files > li').length === 3 && !document.querySelector('.progress')")
        .await;
    teacher.click("Feedback").await;
    let student_select = "const s = document.querySelector(\"select[aria-label='Student']\"); const o = [...s.options].find(o => o.textContent === 'Ben (2)'); s.value = o.value; s.dispatchEvent(new Event('change', {bubbles: true}));";
    teacher.js(student_select, vec![]).await;
    teacher
        .wait_until("the reply in the teacher's view", "[...document.querySelectorAll('.threads .message-text')].some(e => e.textContent === 'Next week: I left it out.')")
        .await;
    let texts = teacher
        .texts(".threads .thread:first-of-type .message-text")
        .await;
    assert_eq!(
        texts,
        [
            "Which week? Read to the end of the clause.",
            "Next week: I left it out."
        ]
    );
    teacher.quit().await;
}
