//! Numbers as each language writes them: digit grouping and the decimal sign (1,234.5 in English,
//! 1.234,5 in German, 1 234,5 in French, ١٬٢٣٤٫٥ in Arabic). Written here rather than with the
//! browser's `Intl.NumberFormat` so that the natively rendered tests see the same text.

use super::Lang;

struct Style {
    group: &'static str,
    decimal: &'static str,
    /// Digits before grouping starts: Spanish writes 1234 but 12.345 (CLDR's minimum grouping).
    min_grouping: usize,
    /// The digits zero to nine.
    digits: [char; 10],
}

const LATIN: [char; 10] = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];

fn style(lang: Lang) -> Style {
    let s = |group, decimal, min_grouping, digits| Style {
        group,
        decimal,
        min_grouping,
        digits,
    };
    match lang {
        Lang::En | Lang::ZhCn => s(",", ".", 1, LATIN),
        Lang::Es => s(".", ",", 2, LATIN),
        Lang::De | Lang::PtBr => s(".", ",", 1, LATIN),
        // A narrow no-break space, so that a number never breaks across lines.
        Lang::Fr => s("\u{202f}", ",", 1, LATIN),
        Lang::Ar => s(
            "\u{066c}",
            "\u{066b}",
            1,
            ['٠', '١', '٢', '٣', '٤', '٥', '٦', '٧', '٨', '٩'],
        ),
    }
}

/// `n` written in `lang`, with at most three decimals (trailing zeros dropped).
pub fn format(n: f64, lang: Lang) -> String {
    let st = style(lang);
    let plain = format!("{:.3}", n.abs());
    let (int, frac) = plain.split_once('.').unwrap_or((&plain, ""));
    let frac = frac.trim_end_matches('0');
    let digits: Vec<char> = int.chars().collect();
    let mut out = String::new();
    if n < 0.0 && (digits.iter().any(|d| *d != '0') || !frac.is_empty()) {
        out.push('-');
    }
    let grouped = digits.len() > 3 + st.min_grouping - 1;
    for (k, d) in digits.iter().enumerate() {
        let left = digits.len() - k;
        if grouped && k > 0 && left % 3 == 0 {
            out.push_str(st.group);
        }
        out.push(st.digits[d.to_digit(10).unwrap_or(0) as usize]);
    }
    if !frac.is_empty() {
        out.push_str(st.decimal);
        out.extend(
            frac.chars()
                .map(|d| st.digits[d.to_digit(10).unwrap_or(0) as usize]),
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grouping_and_decimals_by_language() {
        let all = |n: f64| Lang::ALL.map(|l| format(n, l));
        assert_eq!(
            all(1234.5),
            [
                "1,234.5",
                "1234,5",
                "1\u{202f}234,5",
                "1.234,5",
                "1.234,5",
                "١٬٢٣٤٫٥",
                "1,234.5"
            ]
        );
        assert_eq!(all(12345.0)[1], "12.345");
        assert_eq!(all(1_000_000.0)[0], "1,000,000");
        assert_eq!(all(0.25)[0], "0.25");
        assert_eq!(all(-3.0)[3], "-3");
        assert_eq!(all(7.0)[5], "٧");
        assert_eq!(all(0.8333333)[0], "0.833");
    }
}
