//! The English messages as built into the app: the file without its comments and the blank lines
//! between messages (a few kilobytes of the page's first load). Shared by `build.rs`, which writes
//! the stripped copy, and the tests, which check it reads as the file does.

/// `source` without comment lines and without blank lines that are not inside a message's value.
pub fn strip(source: &str) -> String {
    let lines: Vec<&str> = source.lines().filter(|l| !l.starts_with('#')).collect();
    let mut out = String::with_capacity(source.len());
    for (i, line) in lines.iter().enumerate() {
        if line.trim().is_empty() {
            // Kept only where the value goes on after it (an indented line follows).
            let next = lines[i + 1..].iter().find(|l| !l.trim().is_empty());
            if !next.is_some_and(|n| n.starts_with(' ')) {
                continue;
            }
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}
