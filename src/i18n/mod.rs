//! The interface's language: which of the seven it speaks, its messages (read from
//! `locales/<language>.ftl`), and `t!` to write a message in it. English is built in; another
//! language's file is fetched when chosen (the one-file build carries them all in the page).
//! Choosing a language re-draws the whole interface in it; the article and its labels keep theirs.

pub mod ftl;
#[cfg(target_arch = "wasm32")]
mod load;
pub mod number;
pub mod plural;
pub mod reasons;
#[cfg(test)]
mod strip;
pub mod why;
#[cfg(target_arch = "wasm32")]
pub use load::{choose, start};

use std::cell::RefCell;
use std::rc::Rc;

use ftl::{Pattern, Resource};

/// The interface's languages, in the order the language menu lists them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub enum Lang {
    #[default]
    En,
    Es,
    Fr,
    De,
    PtBr,
    Ar,
    ZhCn,
}

impl Lang {
    pub const ALL: [Lang; 7] = [
        Lang::En,
        Lang::Es,
        Lang::Fr,
        Lang::De,
        Lang::PtBr,
        Lang::Ar,
        Lang::ZhCn,
    ];

    /// The BCP 47 tag: the page's `lang`, the message file's name, the kept choice.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
            Lang::Fr => "fr",
            Lang::De => "de",
            Lang::PtBr => "pt-BR",
            Lang::Ar => "ar",
            Lang::ZhCn => "zh-CN",
        }
    }

    /// The language's name in itself, as the menu shows it.
    pub fn own_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Es => "Español",
            Lang::Fr => "Français",
            Lang::De => "Deutsch",
            Lang::PtBr => "Português (Brasil)",
            Lang::Ar => "العربية",
            Lang::ZhCn => "简体中文",
        }
    }

    #[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
    pub fn right_to_left(self) -> bool {
        self == Lang::Ar
    }

    /// The language for a tag the browser prefers (`es-MX` is Spanish, any `pt` Brazilian
    /// Portuguese, any `zh` Simplified Chinese), or `None` for one the interface lacks.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let lower = tag.trim().to_ascii_lowercase();
        let primary = lower.split(['-', '_']).next().unwrap_or("");
        Some(match primary {
            "en" => Lang::En,
            "es" => Lang::Es,
            "fr" => Lang::Fr,
            "de" => Lang::De,
            "pt" => Lang::PtBr,
            "ar" => Lang::Ar,
            "zh" => Lang::ZhCn,
            _ => return None,
        })
    }

    /// The first of the browser's preferred languages the interface has, else English.
    pub fn preferred<'a>(tags: impl IntoIterator<Item = &'a str>) -> Lang {
        tags.into_iter()
            .find_map(Lang::from_tag)
            .unwrap_or_default()
    }
}

/// A value for a message's variable: a number (written and pluralised the language's way) or text.
#[derive(Clone, Debug, PartialEq)]
pub enum Arg {
    Num(f64),
    Str(String),
}

macro_rules! num_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Arg {
                Arg::Num(n as f64)
            }
        }
    )*};
}
num_arg!(usize, u32, u64, i32, i64, f64, f32);

impl From<&str> for Arg {
    fn from(s: &str) -> Arg {
        Arg::Str(s.to_string())
    }
}
impl From<String> for Arg {
    fn from(s: String) -> Arg {
        Arg::Str(s)
    }
}
impl From<&String> for Arg {
    fn from(s: &String) -> Arg {
        Arg::Str(s.clone())
    }
}

/// English's messages, built into the app (every other language falls back to them, message by
/// message, should its file lack one): `locales/en.ftl` without its comments (see `build.rs`).
pub const ENGLISH: &str = include_str!(concat!(env!("OUT_DIR"), "/en.ftl"));

/// The messages in use: the chosen language's and English's.
struct Catalog {
    lang: Lang,
    chosen: Option<Rc<Resource>>,
    english: Rc<Resource>,
}

thread_local! {
    static CATALOG: RefCell<Catalog> = RefCell::new(Catalog {
        lang: Lang::En,
        chosen: None,
        english: Rc::new(ftl::parse(ENGLISH).0),
    });
}

/// The interface's language now.
pub fn lang() -> Lang {
    CATALOG.with(|c| c.borrow().lang)
}

/// Makes `lang` the interface's language, with its file's text (`None` for English).
pub fn install(lang: Lang, source: Option<&str>) {
    let chosen = source.map(|s| Rc::new(ftl::parse(s).0));
    CATALOG.with(|c| {
        let mut c = c.borrow_mut();
        c.lang = lang;
        c.chosen = chosen;
    });
}

/// The message `id` in the interface's language with `args`; a message no file has shows its id,
/// which the tests forbid.
pub fn text(id: &str, args: &[(&str, Arg)]) -> String {
    CATALOG.with(|c| {
        let c = c.borrow();
        let (pattern, lang, res) = match c
            .chosen
            .as_ref()
            .and_then(|r| r.messages.get(id).map(|p| (p, r)))
        {
            Some((p, r)) => (p, c.lang, r),
            None => match c.english.messages.get(id) {
                Some(p) => (p, Lang::En, &c.english),
                None => return id.to_string(),
            },
        };
        let terms = |t: &str| -> Option<Pattern> {
            res.terms.get(t).or_else(|| c.english.terms.get(t)).cloned()
        };
        let mut out = String::new();
        ftl::format(pattern, lang, args, &terms, &mut out);
        out
    })
}

/// A number written the interface language's way (grouping, decimal sign, digits).
pub fn num(n: impl Into<f64>) -> String {
    number::format(n.into(), lang())
}

/// `items` as one phrase in the interface's language: "a", "a and b", "a, b and c".
pub fn list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [first, second] => t!("list-two", first = first, second = second),
        [first, rest @ ..] => t!("list-more", first = first, rest = list(rest)),
    }
}

/// `t!("id")` or `t!("id", count = n, name = s)`: the message in the interface's language. Ids are
/// string literals so that the tests can find every message the code uses.
macro_rules! t {
    ($id:literal) => {
        $crate::i18n::text($id, &[])
    };
    ($id:literal, $($k:ident = $v:expr),+ $(,)?) => {
        $crate::i18n::text($id, &[$((stringify!($k), $crate::i18n::Arg::from($v))),+])
    };
}
pub(crate) use t;

/// Every message file's text by language, for the tests.
#[cfg(test)]
pub fn all_sources() -> std::collections::HashMap<Lang, String> {
    Lang::ALL
        .iter()
        .map(|l| {
            let path = format!("{}/locales/{}.ftl", env!("CARGO_MANIFEST_DIR"), l.tag());
            (
                *l,
                std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}")),
            )
        })
        .collect()
}

#[cfg(test)]
mod tests;
