//! The text and offset layer on any UTF-8: code points ⇄ bytes ⇄ UTF-16 agree with the standard
//! library's own counting (also `Utf16Offsets`, which refuses half a surrogate pair); slices
//! concatenate to the text; paragraphs (`blocks`) cover every character that is not a line end, in
//! order, and nothing else; highlight segments tile each paragraph and know exactly the
//! annotations covering them (against brute force), whether computed for all blocks at once or
//! one by one; `blocks_touching` matches brute force; word snapping and trimming stay inside the
//! selection's words and drop exactly the whitespace at its ends; search finds only real matches.
//!
//! Input: `text NUL parameters` (annotations, a selection, a query), or just a text.
#![no_main]

use arbitrary::{Arbitrary, Unstructured};
use close_reader_core::model::blocks::{blocks, blocks_touching, segment_all, segment_block};
use close_reader_core::model::search::{find_text, MAX_MATCHES};
use close_reader_core::model::snap::{selection_span, simple_pieces, snap_to_words, trim};
use close_reader_core::model::text::Utf16Offsets;
use close_reader_core::model::text::{cp_len, cp_to_utf16, utf16_to_cp};
use close_reader_core::{Annotation, Document, Span, Text};
use libfuzzer_sys::fuzz_target;

#[derive(Arbitrary, Debug, Default)]
struct Params {
    spans: Vec<(u16, u8, u8)>,
    selection: (u16, u16),
    exact: bool,
    query: String,
}

fn is_line_end(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\u{2028}' | '\u{2029}')
}

fuzz_target!(|data: &[u8]| {
    let (s, params) = match data.iter().position(|&b| b == 0) {
        Some(i) => (
            String::from_utf8_lossy(&data[..i]).into_owned(),
            &data[i + 1..],
        ),
        None => (String::from_utf8_lossy(data).into_owned(), &[][..]),
    };
    let p: Params = Unstructured::new(params).arbitrary().unwrap_or_default();
    let t = Text::new(s.as_str());
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    let n = chars.len();

    // Offsets.
    assert_eq!(t.len(), n);
    assert_eq!(cp_len(&s), n);
    assert_eq!(t.byte_of(n), s.len());
    let mut units = 0;
    let utf16 = Utf16Offsets::new(&t);
    for (cp, &(byte, c)) in chars.iter().enumerate() {
        assert_eq!(t.byte_of(cp), byte);
        assert_eq!(t.cp_of_byte(byte), cp);
        assert_eq!(cp_to_utf16(&s, cp), units);
        assert_eq!(utf16_to_cp(&s, units), cp);
        assert_eq!(utf16.to_cp(units as u64), Some(cp));
        if c.len_utf16() == 2 {
            assert_eq!(utf16_to_cp(&s, units + 1), cp, "inside a pair rounds down");
            assert_eq!(utf16.to_cp(units as u64 + 1), None, "half a surrogate pair");
        }
        units += c.len_utf16();
    }
    assert_eq!(units, s.encode_utf16().count());
    assert_eq!(cp_to_utf16(&s, n), units);
    assert_eq!(utf16_to_cp(&s, units), n);
    assert_eq!(utf16.to_cp(units as u64), Some(n));
    assert_eq!(utf16.to_cp(units as u64 + 1), None);
    assert_eq!(utf16.to_cp(u64::MAX), None);

    // Slices, before and after.
    let (a, b) = (
        p.selection.0 as usize % (n + 1),
        p.selection.1 as usize % (n + 1),
    );
    let (a, b) = (a.min(b), a.max(b));
    let range = Span::new(a, b).expect("ordered");
    let joined = format!(
        "{}{}{}",
        t.slice(Span::new(0, a).expect("ordered")),
        t.slice(range),
        t.slice(Span::new(b, n).expect("ordered"))
    );
    assert_eq!(joined, s);
    let k = p.spans.first().map_or(3, |x| x.1 as usize);
    let before: String = chars[a.saturating_sub(k)..a].iter().map(|x| x.1).collect();
    let after: String = chars[b..(b + k).min(n)].iter().map(|x| x.1).collect();
    assert_eq!(t.before(a, k), before);
    assert_eq!(t.after(b, k), after);

    // Paragraphs.
    let bs = blocks(&t);
    let mut covered = vec![false; n];
    let mut last_end = 0;
    for (i, blk) in bs.iter().enumerate() {
        assert_eq!(blk.index, i);
        assert!(!blk.span.is_empty());
        assert!(
            blk.span.start() >= last_end,
            "blocks overlap or are out of order"
        );
        if i > 0 {
            assert!(blk.span.start() > last_end, "two blocks touch");
        }
        for &(_, c) in &chars[last_end..blk.span.start()] {
            assert!(
                is_line_end(c),
                "a character between blocks is not a line end"
            );
        }
        for cp in blk.span.start()..blk.span.end() {
            assert!(!is_line_end(chars[cp].1), "a line end inside a block");
            covered[cp] = true;
        }
        last_end = blk.span.end();
    }
    for (cp, c) in covered.iter().zip(&chars) {
        assert_eq!(*cp, !is_line_end(c.1), "{c:?}");
    }

    // Segments, with annotations (kept few: the brute force is quadratic).
    let mut doc = Document::new("T", &s, None);
    let labels = ["claim", "source", "hedge"];
    for (i, &(start, len, label)) in p.spans.iter().take(24).enumerate() {
        let start = start as usize % (n + 1);
        let end = (start + len as usize).min(n);
        let Some(span) = Span::new(start, end) else {
            continue;
        };
        let _ = doc.insert(Annotation::new(
            &format!("a{i}"),
            labels[label as usize % 3],
            span,
            "t",
        ));
    }
    let all = segment_all(&doc, &bs);
    assert_eq!(all.len(), bs.len());
    for (blk, segs) in bs.iter().zip(&all) {
        assert_eq!(
            segs,
            &segment_block(&doc, blk.span),
            "one sweep and one block differ"
        );
        assert_eq!(
            segs.first().expect("a block has a segment").span.start(),
            blk.span.start()
        );
        assert_eq!(
            segs.last().expect("a block has a segment").span.end(),
            blk.span.end()
        );
        for w in segs.windows(2) {
            assert_eq!(w[0].span.end(), w[1].span.start(), "segments do not tile");
            assert!(
                w[0].ids != w[1].ids,
                "two neighbouring segments have the same annotations"
            );
        }
        if n <= 2_000 {
            for seg in segs {
                assert!(!seg.span.is_empty());
                for at in seg.span.start()..seg.span.end() {
                    let mut want: Vec<&str> = doc
                        .annotations()
                        .iter()
                        .filter(|a| a.span.contains(at))
                        .map(|a| a.id.as_str())
                        .collect();
                    let mut got: Vec<&str> = seg.ids.iter().map(String::as_str).collect();
                    want.sort_unstable();
                    got.sort_unstable();
                    assert_eq!(got, want, "wrong annotations at {at}");
                }
                for w in seg.ids.windows(2) {
                    let len = |id: &str| doc.annotation(id).expect("exists").span.len();
                    assert!(len(&w[0]) <= len(&w[1]), "not innermost first");
                }
            }
        }
    }
    for a in doc.annotations() {
        let want: Vec<usize> = bs
            .iter()
            .filter(|blk| blk.span.overlaps(a.span))
            .map(|blk| blk.index)
            .collect();
        let got: Vec<usize> = blocks_touching(&bs, a.span).collect();
        assert_eq!(got, want, "blocks touching {}", a.span);
    }

    // Word pieces, snapping, trimming.
    let pieces = simple_pieces(&s, 0);
    let mut at = 0;
    for (i, piece) in pieces.iter().enumerate() {
        assert_eq!(piece.span.start(), at, "pieces do not tile the text");
        assert!(!piece.span.is_empty());
        if i > 0 {
            assert!(
                !(piece.is_word && pieces[i - 1].is_word),
                "two words in a row"
            );
        }
        at = piece.span.end();
    }
    assert_eq!(at, n);
    let snapped = snap_to_words(range, &pieces);
    assert!(snapped.start() <= range.start() && snapped.end() >= range.end());
    match trim(&t, range) {
        None => assert!(t.slice(range).trim().is_empty()),
        Some(r) => {
            assert!(r.start() >= range.start() && r.end() <= range.end());
            assert_eq!(t.slice(r), t.slice(range).trim());
        }
    }
    if let Some(r) = selection_span(&t, range, &pieces, p.exact) {
        let outer = if p.exact { range } else { snapped };
        assert!(r.start() >= outer.start() && r.end() <= outer.end());
        assert!(!r.is_empty());
        assert_eq!(t.slice(r), t.slice(r).trim());
    }

    // Search.
    let found = find_text(&doc, &p.query);
    assert!(found.len() <= MAX_MATCHES);
    let fold = |x: &str| -> Vec<char> {
        x.chars()
            .map(|c| {
                let mut l = c.to_lowercase();
                match (l.next(), l.next()) {
                    (Some(one), None) => one,
                    _ => c,
                }
            })
            .collect()
    };
    let needle = fold(p.query.trim());
    let mut last = 0;
    for span in &found {
        assert!(span.start() >= last, "matches overlap");
        assert_eq!(fold(t.slice(*span)), needle);
        last = span.end();
    }
});
