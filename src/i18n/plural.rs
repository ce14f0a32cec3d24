//! Which plural form a number takes in each language, by the rules of Unicode's CLDR (cardinal
//! numbers): "1 claim" but "2 claims" in English, "0 passage" in French, six forms in Arabic, one in
//! Chinese. A message chooses its variant by these categories.

use super::Lang;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Plural {
    Zero,
    One,
    Two,
    Few,
    Many,
    Other,
}

impl Plural {
    /// The category a variant key names (`[one]`), if it names one.
    pub fn named(word: &str) -> Option<Plural> {
        Some(match word {
            "zero" => Plural::Zero,
            "one" => Plural::One,
            "two" => Plural::Two,
            "few" => Plural::Few,
            "many" => Plural::Many,
            "other" => Plural::Other,
            _ => return None,
        })
    }

    /// The categories `lang` uses, which a message selecting on a count must cover.
    #[cfg(test)]
    pub fn used_by(lang: Lang) -> &'static [Plural] {
        use Plural::*;
        match lang {
            Lang::En | Lang::De => &[One, Other],
            Lang::Es | Lang::Fr | Lang::PtBr => &[One, Many, Other],
            Lang::Ar => &[Zero, One, Two, Few, Many, Other],
            Lang::ZhCn => &[Other],
        }
    }
}

/// The category of `n` in `lang` (CLDR 46's cardinal rules; `i` the integer part, `v` whether
/// there are visible decimals, here whether `n` is not whole).
pub fn category(lang: Lang, n: f64) -> Plural {
    let whole = n.fract() == 0.0;
    let i = n.abs().trunc();
    // "many" in Spanish, French and Portuguese: whole millions ("1 million de passages").
    let millions = whole && i != 0.0 && i % 1_000_000.0 == 0.0;
    match lang {
        Lang::En | Lang::De => {
            if whole && i == 1.0 {
                Plural::One
            } else {
                Plural::Other
            }
        }
        Lang::Es => {
            if n.abs() == 1.0 {
                Plural::One
            } else if millions {
                Plural::Many
            } else {
                Plural::Other
            }
        }
        Lang::Fr | Lang::PtBr => {
            if i == 0.0 || i == 1.0 {
                Plural::One
            } else if millions {
                Plural::Many
            } else {
                Plural::Other
            }
        }
        Lang::Ar => {
            if !whole {
                return Plural::Other;
            }
            let m = i % 100.0;
            match i {
                0.0 => Plural::Zero,
                1.0 => Plural::One,
                2.0 => Plural::Two,
                _ if (3.0..=10.0).contains(&m) => Plural::Few,
                _ if (11.0..=99.0).contains(&m) => Plural::Many,
                _ => Plural::Other,
            }
        }
        Lang::ZhCn => Plural::Other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Plural::*;

    #[test]
    fn each_language_by_cldr() {
        let of = |lang, ns: &[f64]| ns.iter().map(|n| category(lang, *n)).collect::<Vec<_>>();
        assert_eq!(
            of(Lang::En, &[0.0, 1.0, 2.0, 1.5]),
            [Other, One, Other, Other]
        );
        assert_eq!(of(Lang::De, &[1.0, 21.0]), [One, Other]);
        assert_eq!(
            of(Lang::Fr, &[0.0, 1.0, 1.5, 2.0, 1e6]),
            [One, One, One, Other, Many]
        );
        assert_eq!(
            of(Lang::PtBr, &[0.0, 1.0, 2.0, 2e6]),
            [One, One, Other, Many]
        );
        assert_eq!(
            of(Lang::Es, &[0.0, 1.0, 2.0, 1e6]),
            [Other, One, Other, Many]
        );
        assert_eq!(
            of(
                Lang::Ar,
                &[0.0, 1.0, 2.0, 3.0, 10.0, 11.0, 99.0, 100.0, 102.0, 103.0, 111.0, 0.5]
            ),
            [Zero, One, Two, Few, Few, Many, Many, Other, Other, Few, Many, Other]
        );
        assert_eq!(of(Lang::ZhCn, &[0.0, 1.0, 2.0]), [Other, Other, Other]);
    }

    #[test]
    fn every_category_a_language_produces_is_one_it_lists() {
        for lang in Lang::ALL {
            for n in (0..2_000_100)
                .step_by(997)
                .chain([0, 1, 2, 3, 11, 100, 1_000_000])
            {
                let cat = category(lang, n as f64);
                assert!(Plural::used_by(lang).contains(&cat), "{lang:?} {n} {cat:?}");
            }
        }
    }
}
