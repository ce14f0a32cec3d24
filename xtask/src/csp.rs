//! The Content-Security-Policies of both builds: for the hosted `index.html`, its own files plus the
//! one inline module script Trunk writes (by hash); for the one-file build, only its inline script and
//! style (by hash), and no network at all.

use base64::Engine;
use sha2::{Digest, Sha256};

/// The policy for a page whose inline scripts hash to `script_hashes` (base64 SHA-256).
pub fn policy(script_hashes: &[String]) -> String {
    let hashes: String = script_hashes
        .iter()
        .map(|h| format!(" 'sha256-{h}'"))
        .collect();
    [
        "default-src 'none'".to_string(),
        format!("script-src 'self' 'wasm-unsafe-eval'{hashes}"),
        "style-src 'self'".into(),
        "img-src 'self' data: blob:".into(),
        // The app fetches only its own wasm.
        "connect-src 'self'".into(),
        "object-src 'none'".into(),
        "base-uri 'none'".into(),
        "form-action 'none'".into(),
        "frame-src 'none'".into(),
        // The service worker that keeps the app for offline use.
        "worker-src 'self'".into(),
        "manifest-src 'none'".into(),
    ]
    .join("; ")
}

/// The policy of the one-file build: its one inline script and one inline style, nothing fetched.
pub fn one_file_policy(script_hash: &str, style_hash: &str) -> String {
    [
        "default-src 'none'".to_string(),
        format!("script-src 'sha256-{script_hash}' 'wasm-unsafe-eval'"),
        format!("style-src 'sha256-{style_hash}'"),
        "img-src data: blob:".into(),
        "connect-src 'none'".into(),
        "object-src 'none'".into(),
        "base-uri 'none'".into(),
        "form-action 'none'".into(),
        "frame-src 'none'".into(),
        // The import worker, started from its embedded copy.
        "worker-src blob:".into(),
        "manifest-src 'none'".into(),
    ]
    .join("; ")
}

/// Base64 SHA-256 of `text`, as CSP hash sources write it.
pub fn sha256_b64(text: &str) -> String {
    base64::engine::general_purpose::STANDARD.encode(Sha256::digest(text.as_bytes()))
}

/// Base64 SHA-256 of every inline `<script>` body in `html`.
pub fn inline_script_hashes(html: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(open) = rest.find("<script") {
        let after = &rest[open..];
        let Some(gt) = after.find('>') else { break };
        let tag = &after[..gt];
        let body_start = gt + 1;
        let Some(close) = after[body_start..].find("</script>") else {
            break;
        };
        if !tag.contains(" src=") {
            let body = &after[body_start..body_start + close];
            out.push(sha256_b64(body));
        }
        rest = &after[body_start + close..];
    }
    out
}

/// Inserts the CSP meta tag right after `<head>`.
pub fn apply(html: &str) -> String {
    let meta = format!(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"{}\">",
        policy(&inline_script_hashes(html))
    );
    html.replacen("<head>", &format!("<head>\n  {meta}"), 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_each_inline_script_and_skips_external_ones() {
        let html =
            "<head></head><script type=\"module\">alert(1)</script><script src=\"x.js\"></script>";
        let hashes = inline_script_hashes(html);
        assert_eq!(hashes.len(), 1);
        let out = apply(html);
        assert!(out.contains(&format!("'sha256-{}'", hashes[0])));
        assert!(
            out.contains("object-src 'none'")
                && out.contains("base-uri 'none'")
                && out.contains("form-action 'none'")
        );
        assert!(!out.contains("unsafe-inline") && !out.contains("'unsafe-eval'"));
    }
}
