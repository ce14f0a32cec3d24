//! The core's own stable merge sort (`model::order`, which replaced the standard library's sorts to
//! keep the wasm small, and which the anchoring, the segments and the document's order rely on):
//! on any list, `sort`, `sort_by_key` and `sort_by` give exactly what the standard library's
//! stable sorts give, ties kept in their order.
#![no_main]

use close_reader_core::model::order::{sort, sort_by, sort_by_key};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|v: Vec<(u8, u16)>| {
    let mut ours = v.clone();
    let mut want = v.clone();
    sort(&mut ours);
    want.sort();
    assert_eq!(ours, want);

    // Few distinct keys, so many ties: stability shows.
    let mut ours = v.clone();
    let mut want = v.clone();
    sort_by_key(&mut ours, |x| x.0 % 4);
    want.sort_by_key(|x| x.0 % 4);
    assert_eq!(ours, want);

    let mut ours = v.clone();
    let mut want = v;
    sort_by(&mut ours, |a, b| b.1.cmp(&a.1));
    want.sort_by_key(|x| std::cmp::Reverse(x.1));
    assert_eq!(ours, want);
});
