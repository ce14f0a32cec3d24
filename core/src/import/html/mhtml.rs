//! A page saved as one file (MHTML, Chromium's "Webpage, single file"): a MIME
//! `multipart/related` message whose first `text/html` part is the page, quoted-printable or
//! base64, with its charset in its header and its address in `Content-Location`.

use super::{page, MAX_BYTES};
use crate::import::{Article, ImportError};

fn damaged(detail: &str) -> ImportError {
    ImportError::Damaged {
        kind: "MHTML",
        detail: detail.to_string(),
    }
}

pub fn read(bytes: &[u8]) -> Result<Article, ImportError> {
    if bytes.len() > MAX_BYTES {
        return Err(super::too_large("page", bytes.len()));
    }
    let (headers, body) = split_headers(bytes).ok_or_else(|| damaged("it has no MIME header"))?;
    let content_type = header(&headers, "content-type").unwrap_or_default();
    if !content_type.to_ascii_lowercase().starts_with("multipart/") {
        return Err(damaged("it is not a multipart MIME message"));
    }
    let boundary = param(&content_type, "boundary")
        .filter(|b| !b.is_empty())
        .ok_or_else(|| damaged("its parts have no boundary"))?;
    let snapshot = header(&headers, "snapshot-content-location");
    let mut first_html = None;
    for part in parts(body, boundary.as_bytes()) {
        let Some((part_headers, content)) = split_headers(part) else {
            continue;
        };
        let ty = header(&part_headers, "content-type").unwrap_or_default();
        if !ty.to_ascii_lowercase().starts_with("text/html") {
            continue;
        }
        let location = header(&part_headers, "content-location");
        let is_main = snapshot.is_some() && location == snapshot;
        let html = (part_headers, content, ty, location);
        if is_main {
            first_html = Some(html);
            break;
        }
        first_html.get_or_insert(html);
    }
    let (part_headers, content, ty, location) =
        first_html.ok_or_else(|| damaged("it holds no web page"))?;
    let encoding = header(&part_headers, "content-transfer-encoding")
        .unwrap_or_default()
        .to_ascii_lowercase();
    let decoded = match encoding.trim() {
        "quoted-printable" => quoted_printable(content),
        "base64" => base64(content).ok_or_else(|| damaged("its page is not valid base64"))?,
        _ => content.to_vec(),
    };
    let charset = param(&ty, "charset");
    page::read(
        &decoded,
        charset.as_deref(),
        location.as_deref().or(snapshot.as_deref()),
    )
}

/// Header names (lower-cased) and values.
type Headers = Vec<(String, String)>;

/// Header lines (unfolded) and what follows the blank line after them.
fn split_headers(bytes: &[u8]) -> Option<(Headers, &[u8])> {
    let (end, skip) = match (find(bytes, b"\r\n\r\n"), find(bytes, b"\n\n")) {
        (Some(a), Some(b)) if b < a => (b, 2),
        (Some(a), _) => (a, 4),
        (None, Some(b)) => (b, 2),
        (None, None) => return None,
    };
    let head = String::from_utf8_lossy(&bytes[..end]);
    let mut headers: Headers = Vec::new();
    for line in head.lines() {
        if line.starts_with([' ', '\t']) {
            if let Some((_, v)) = headers.last_mut() {
                v.push(' ');
                v.push_str(line.trim());
            }
        } else if let Some((k, v)) = line.split_once(':') {
            headers.push((k.trim().to_ascii_lowercase(), v.trim().to_string()));
        }
    }
    Some((headers, &bytes[end + skip..]))
}

fn header(headers: &Headers, name: &str) -> Option<String> {
    headers
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.clone())
}

/// A parameter of a header value (`boundary="…"`, `charset=…`).
fn param(value: &str, name: &str) -> Option<String> {
    value.split(';').skip(1).find_map(|p| {
        let (k, v) = p.split_once('=')?;
        k.trim()
            .eq_ignore_ascii_case(name)
            .then(|| v.trim().trim_matches('"').to_string())
    })
}

/// The parts between the boundary lines.
fn parts<'a>(body: &'a [u8], boundary: &[u8]) -> Vec<&'a [u8]> {
    let mut delimiter = b"--".to_vec();
    delimiter.extend_from_slice(boundary);
    let mut starts = Vec::new();
    let mut at = 0;
    while let Some(i) = find(&body[at..], &delimiter) {
        let pos = at + i;
        let line_start = pos == 0 || body[pos - 1] == b'\n';
        at = pos + delimiter.len();
        if line_start {
            starts.push(pos);
        }
    }
    let mut out = Vec::new();
    for (k, &start) in starts.iter().enumerate() {
        let after = start + delimiter.len();
        if body[after..].starts_with(b"--") {
            break;
        }
        let content_start = match find(&body[after..], b"\n") {
            Some(nl) => after + nl + 1,
            None => continue,
        };
        let mut end = starts.get(k + 1).copied().unwrap_or(body.len());
        // The line end before the next delimiter belongs to it.
        if end > content_start && body[end - 1] == b'\n' {
            end -= 1;
            if end > content_start && body[end - 1] == b'\r' {
                end -= 1;
            }
        }
        out.push(&body[content_start..end.max(content_start)]);
    }
    out
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    memchr::memmem::find(hay, needle)
}

fn hex(b: u8) -> Option<u8> {
    (b as char).to_digit(16).map(|d| d as u8)
}

/// Quoted-printable (RFC 2045): `=XX` bytes and `=` soft line breaks; a stray `=` stays.
fn quoted_printable(s: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len());
    let mut i = 0;
    while i < s.len() {
        if s[i] == b'=' {
            match (s.get(i + 1), s.get(i + 2)) {
                (Some(b'\r'), Some(b'\n')) => {
                    i += 3;
                    continue;
                }
                (Some(b'\n'), _) => {
                    i += 2;
                    continue;
                }
                (Some(&a), Some(&b)) => {
                    if let (Some(h), Some(l)) = (hex(a), hex(b)) {
                        out.push(h << 4 | l);
                        i += 3;
                        continue;
                    }
                }
                _ => {}
            }
        }
        out.push(s[i]);
        i += 1;
    }
    out
}

/// Base64 with line breaks (RFC 2045); `None` for a character outside the alphabet.
fn base64(s: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(s.len() / 4 * 3);
    let mut acc: u32 = 0;
    let mut bits = 0;
    for &c in s {
        let v = match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'+' => 62,
            b'/' => 63,
            b'=' => break,
            b' ' | b'\t' | b'\r' | b'\n' => continue,
            _ => return None,
        };
        acc = (acc << 6) | v as u32;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn transfer_encodings_are_undone() {
        assert_eq!(
            quoted_printable(b"caf=C3=A9 =\r\nsoft=3D=\nbreak =ZZ="),
            "café soft=break =ZZ=".as_bytes()
        );
        assert_eq!(base64(b"Y2Fmw6k=\r\n").unwrap(), "café".as_bytes());
        assert_eq!(base64(b"Y2F\nmw6k").unwrap(), "café".as_bytes());
        assert!(base64(b"Y2F*").is_none());
    }

    #[test]
    fn header_parameters_are_read() {
        let ct = "multipart/related;\ttype=\"text/html\"; boundary=\"----Multipart--x----\"";
        assert_eq!(
            param(ct, "boundary").as_deref(),
            Some("----Multipart--x----")
        );
        assert_eq!(
            param("text/html; charset=windows-1252", "charset").as_deref(),
            Some("windows-1252")
        );
    }
}
