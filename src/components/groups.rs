//! Which of the article's render groups are in the page. An article light enough is put in it
//! whole: the first screen at once and the rest a few groups per task, with a gap of the estimated
//! height below until all are in. A heavy one (a book, `Session::windowed`) keeps only the groups
//! near the viewport, plus those holding the selected, flashed or current span and the search's
//! match ([`Reveal`]), with gaps of their measured or estimated height between them: as the page
//! scrolls groups come and go. A gap's height is a custom property of the list, set before the
//! page changes (the CSP allows no inline style, and Yew may let the browser paint between putting
//! groups in the page and running effects); the browser's scroll anchoring keeps what is read in
//! place while the heights above it become known.

use std::ops::Range;
use std::rc::Rc;

use gloo::events::{EventListener, EventListenerOptions, EventListenerPhase};
use gloo::timers::callback::Timeout;
use web_sys::Element;
use yew::prelude::*;

use crate::dom::page;
use crate::layout::{shown as with_pinned, Item, Layout};
use crate::session::SessionRef;

/// Groups put in the page with the first paint of a whole article, and added per task afterwards
/// (at first: then as many as fit in about [`STEP_MS`], since a paragraph under hundreds of
/// overlapping spans takes far longer to put in the page than a plain one).
const FIRST_GROUPS: usize = 2;
const STEP_GROUPS: usize = 4;
const STEP_MS: f64 = 30.0;
/// A windowed article keeps the groups within this many viewport heights above and below the
/// viewport in the page; once that is no longer so, it takes those within [`TAKE`], so that a
/// scroll of a screen or so changes nothing.
const KEEP: f64 = 1.0;
const TAKE: f64 = 2.0;
/// At most this many groups near the viewport (short paragraphs make small groups).
const MOST_AROUND: usize = 48;

/// A place of the article the page must hold (the search's current match, by its first code
/// point): the search sets it, the annotate screen keeps it and hands it to the article.
#[derive(Clone, PartialEq)]
pub struct Reveal {
    pub at: Option<usize>,
    pub set: UseStateSetter<Option<usize>>,
}

/// What the article renders: its groups and the gaps between them, in order.
pub struct InPage {
    pub items: Vec<Item>,
    /// The groups in the page, in order.
    pub shown: Rc<Vec<usize>>,
    /// The element holding the items (each item one child).
    pub list: NodeRef,
    pub windowed: bool,
}

/// What the article keeps between renders for its session.
struct Kept {
    serial: u64,
    layout: Layout,
    /// A windowed article: the groups near the viewport. A whole one: those in the page so far.
    around: Range<usize>,
    /// The groups in the page at the last commit.
    shown: Rc<Vec<usize>>,
    /// A whole article's next step, and when the last one began and how many groups it added.
    next: Option<Timeout>,
    pace: (f64, usize),
}

/// The groups of `session` to have in the page, `pinned` among them.
#[hook]
pub fn use_groups_in_page(session: &SessionRef, pinned: &[usize]) -> InPage {
    let list = use_node_ref();
    let kept = use_mut_ref(|| None::<Kept>);
    let redraw = use_force_update();
    let (serial, windowed, groups) = {
        let se = session.borrow();
        (se.serial, se.windowed, se.group_versions.len())
    };
    let (shown, items) = {
        let mut k = kept.borrow_mut();
        if k.as_ref().is_none_or(|k| k.serial != serial) {
            let se = session.borrow();
            let chars = (0..groups)
                .map(|g| {
                    let r = se.group(g);
                    se.blocks[r.end - 1].span.end() - se.blocks[r.start].span.start()
                })
                .collect();
            *k = Some(Kept {
                serial,
                layout: Layout::new(chars),
                around: 0..FIRST_GROUPS,
                shown: Rc::default(),
                next: None,
                pace: (0.0, STEP_GROUPS),
            });
        }
        let k = k.as_mut().expect("just set");
        let around = k.around.start.min(groups)..k.around.end.min(groups);
        let shown = Rc::new(if windowed {
            with_pinned(around, pinned)
        } else {
            let needed = pinned.iter().max().map_or(0, |g| g + 1);
            (0..around.end.max(needed).min(groups)).collect()
        });
        let items = k.layout.items(&shown);
        if let Some(el) = list.cast::<Element>() {
            page::set_gaps(&el, &items);
        }
        (shown, items)
    };
    {
        // The segments of the groups about to be rendered (computed once per visit).
        let mut se = session.borrow_mut();
        for &g in shown.iter() {
            se.prepare_group(g);
        }
    }
    // Once the page holds them: new groups measured (and the gaps' heights with them), the groups
    // that left forgotten; then, for a windowed article, the groups near the
    // viewport checked, and for a whole one, the next step (in a task of its own, at a pace of
    // about STEP_MS each).
    {
        let (kept, list, session, redraw, shown) = (
            kept.clone(),
            list.clone(),
            session.clone(),
            redraw.clone(),
            shown.clone(),
        );
        use_effect(move || {
            let Some(el) = list.cast::<Element>() else {
                return;
            };
            let mut guard = kept.borrow_mut();
            let Some(k) = guard.as_mut() else { return };
            if k.shown != shown {
                measure(&el, k, &shown, windowed);
                k.shown = shown.clone();
                if windowed {
                    session
                        .borrow_mut()
                        .forget_groups(|g| shown.binary_search(&g).is_ok());
                    if let Some(near) = near_viewport(&el, k, groups) {
                        k.around = near;
                        drop(guard);
                        redraw.force_update();
                    }
                    return;
                }
            }
            if !windowed && shown.len() < groups && k.next.is_none() {
                let (began, step) = k.pace;
                let took = crate::dom::slices::now() - began;
                let step = if began > 0.0 && took > 0.0 {
                    ((step as f64 * STEP_MS / took) as usize).clamp(1, 4 * STEP_GROUPS)
                } else {
                    step
                };
                let upto = shown.len();
                let kept = kept.clone();
                k.next = Some(Timeout::new(0, move || {
                    if let Some(k) = kept.borrow_mut().as_mut() {
                        k.pace = (crate::dom::slices::now(), step);
                        k.around = 0..upto + step;
                        k.next = None;
                    }
                    redraw.force_update();
                }));
            }
        });
    }
    // A windowed article follows the viewport as the page, or the pane it is in, scrolls (caught on
    // the way down: a pane's scroll does not bubble) or resizes.
    {
        let (kept, list) = (kept.clone(), list.clone());
        use_effect_with((serial, windowed), move |_| {
            let listen = |what: &'static str| {
                let (kept, list, redraw) = (kept.clone(), list.clone(), redraw.clone());
                let options = EventListenerOptions {
                    phase: EventListenerPhase::Capture,
                    passive: true,
                };
                EventListener::new_with_options(&gloo::utils::window(), what, options, move |_| {
                    let Some(el) = list.cast::<Element>() else {
                        return;
                    };
                    let mut guard = kept.borrow_mut();
                    let Some(k) = guard.as_mut() else { return };
                    if let Some(near) = near_viewport(&el, k, groups) {
                        k.around = near;
                        drop(guard);
                        redraw.force_update();
                    }
                })
            };
            let guards = windowed.then(|| [listen("scroll"), listen("resize")]);
            let kept = kept.clone();
            move || {
                drop(guards);
                // A step under way stops with the article.
                if let Some(k) = kept.borrow_mut().as_mut() {
                    k.next = None;
                }
            }
        });
    }
    InPage {
        items,
        shown,
        list,
        windowed,
    }
}

/// Measures the groups in the page not measured yet (for a whole article, only the first ones, to
/// estimate the rest), and gives the gaps their heights again.
fn measure(el: &Element, k: &mut Kept, shown: &[usize], windowed: bool) {
    let items = k.layout.items(shown);
    if windowed || !k.layout.measured_any() {
        let (children, new): (Vec<usize>, Vec<usize>) = items
            .iter()
            .enumerate()
            .filter_map(|(child, item)| match item {
                Item::Group(g) if !k.layout.is_measured(*g) => Some((child, *g)),
                _ => None,
            })
            .unzip();
        let heights = page::heights(el, &children);
        k.layout
            .measure(&new.into_iter().zip(heights).collect::<Vec<_>>());
    }
    page::set_gaps(el, &k.layout.items(shown));
}

/// The groups to keep near the viewport, when those in the page (`k.around`) no longer cover it.
fn near_viewport(el: &Element, k: &Kept, groups: usize) -> Option<Range<usize>> {
    let (from, to, height) = page::viewport_in(el);
    let need = k.layout.showing(from - KEEP * height, to + KEEP * height);
    if k.around.start <= need.start && need.end <= k.around.end {
        return None;
    }
    let take = k.layout.showing(from - TAKE * height, to + TAKE * height);
    Some(if take.len() > MOST_AROUND {
        let mid = k.layout.at((from + to) / 2.0);
        mid.saturating_sub(MOST_AROUND / 2)..(mid + MOST_AROUND / 2).min(groups)
    } else {
        take
    })
}
