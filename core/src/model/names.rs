//! Names derived from user text: file-name slugs and short display forms (of texts and numbers).

/// A lowercase ASCII slug for a file name: `"Scam centres: 1,440 freed!"` → `"scam-centres-1-440-freed"`.
/// Letters outside ASCII are kept when alphanumeric (so Arabic or CJK titles give readable names);
/// an empty result becomes `"article"`.
pub fn slug(title: &str) -> String {
    let mut out = String::new();
    let mut dash = false;
    for c in title.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            if dash && !out.is_empty() {
                out.push('-');
            }
            dash = false;
            out.push(c);
        } else {
            dash = true;
        }
        if out.chars().count() >= 60 {
            break;
        }
    }
    if out.is_empty() {
        "article".into()
    } else {
        out
    }
}

/// `text` shortened to at most `max` code points, with an ellipsis when cut; whitespace runs collapse.
pub fn ellipsize(text: &str, max: usize) -> String {
    let squeezed: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if squeezed.chars().count() <= max {
        squeezed
    } else {
        let cut: String = squeezed.chars().take(max.saturating_sub(1)).collect();
        format!("{}…", cut.trim_end())
    }
}

/// A count with its thousands grouped, as messages show it: 60000 → "60,000".
pub fn group_digits(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_file_name_safe() {
        assert_eq!(
            slug("Scam centres: 1,440 freed!"),
            "scam-centres-1-440-freed"
        );
        assert_eq!(slug("  ../../etc/passwd "), "etc-passwd");
        assert_eq!(slug("!!!"), "article");
        assert_eq!(slug("مرحبا بالعالم"), "مرحبا-بالعالم");
    }

    #[test]
    fn ellipsize_cuts_on_code_points() {
        assert_eq!(ellipsize("a  b\n c", 10), "a b c");
        assert_eq!(ellipsize("😀😀😀😀", 3), "😀😀…");
    }

    #[test]
    fn digits_are_grouped_by_thousands() {
        assert_eq!(group_digits(0), "0");
        assert_eq!(group_digits(999), "999");
        assert_eq!(group_digits(60_000), "60,000");
        assert_eq!(group_digits(1_234_567), "1,234,567");
    }
}
