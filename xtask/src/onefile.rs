//! The one-file build, `dist/close-reader.html`: the page, its CSS, the JavaScript glue and the
//! gzip-compressed wasm in a single HTML file that runs from `file://` (a USB stick, an e-mail
//! attachment) with nothing fetched, under its own Content-Security-Policy. The import worker is
//! embedded too: `closeReaderWorker()` starts it from a `blob:` URL of its glue and hands it its
//! wasm, since a page opened from `file://` may not start a worker from a file.

use std::io::Write;
use std::path::Path;

use base64::Engine;

use crate::csp;

/// The file name of the one-file build inside `dist/`.
pub const FILE_NAME: &str = "close-reader.html";

/// The parts of a Trunk build that the one-file page is made of.
pub struct Parts {
    pub css: String,
    /// The wasm-bindgen glue (an ES module).
    pub glue: String,
    pub wasm: Vec<u8>,
    /// The import worker's glue (wasm-bindgen's `no-modules` script) and wasm.
    pub worker_glue: String,
    pub worker_wasm: Vec<u8>,
    /// The interface's other languages (`es.ftl`…): their tags and message files.
    pub locales: Vec<(String, String)>,
}

impl Parts {
    /// Reads the CSS, glue and wasm that Trunk wrote into `dist`.
    pub fn read(dist: &Path) -> Result<Parts, String> {
        let by_ext = |ext: &str| -> Result<std::path::PathBuf, String> {
            std::fs::read_dir(dist)
                .map_err(|e| format!("{}: {e}", dist.display()))?
                .flatten()
                .map(|e| e.path())
                .find(|p| {
                    p.extension().is_some_and(|x| x == ext)
                        && p.file_name().is_some_and(|n| n != "sw.js")
                        && !crate::build::is_worker_file(p)
                })
                .ok_or_else(|| format!("no .{ext} file in {}", dist.display()))
        };
        let text = |p: std::path::PathBuf| std::fs::read_to_string(&p).map_err(|e| e.to_string());
        Ok(Parts {
            css: text(by_ext("css")?)?,
            glue: text(by_ext("js")?)?,
            wasm: std::fs::read(by_ext("wasm")?).map_err(|e| e.to_string())?,
            worker_glue: text(dist.join(format!("{}.js", crate::build::WORKER_PREFIX)))?,
            worker_wasm: std::fs::read(crate::build::worker_wasm_file(dist))
                .map_err(|e| e.to_string())?,
            locales: locales(dist)?,
        })
    }
}

/// The message files Trunk copied into `dist` (one per language but English), by tag.
fn locales(dist: &Path) -> Result<Vec<(String, String)>, String> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(dist)
        .map_err(|e| e.to_string())?
        .flatten()
    {
        let path = entry.path();
        if path.extension().is_some_and(|x| x == "ftl") {
            let tag = path
                .file_stem()
                .and_then(|s| s.to_str())
                .unwrap_or_default()
                .to_string();
            found.push((
                tag,
                std::fs::read_to_string(&path).map_err(|e| e.to_string())?,
            ));
        }
    }
    found.sort();
    Ok(found)
}

/// The languages as inert text in the page, where the app looks before fetching a language's
/// file (`<script type="text/plain">` is never run, so the policy needs no hash for it).
fn locale_blocks(locales: &[(String, String)]) -> Result<String, String> {
    let mut out = String::new();
    for (tag, text) in locales {
        if text.to_ascii_lowercase().contains("</script") {
            return Err(format!(
                "{tag}.ftl contains a closing script tag and cannot be inlined"
            ));
        }
        out.push_str(&format!(
            "<script type=\"text/plain\" id=\"ftl-{tag}\">{text}</script>\n"
        ));
    }
    Ok(out)
}

/// The glue as a classic part of an inline module: its `export` statement removed (an inline module
/// cannot be imported from, and the page calls `__wbg_init` itself).
fn inline_glue(glue: &str) -> Result<String, String> {
    let kept: Vec<&str> = glue
        .lines()
        .filter(|l| !l.trim_start().starts_with("export "))
        .collect();
    let out = kept.join("\n");
    if !out.contains("async function __wbg_init(") {
        return Err("the wasm-bindgen glue has no __wbg_init: a different wasm-bindgen?".into());
    }
    if out.contains("export {") || out.contains("export default") {
        return Err("the wasm-bindgen glue exports in a form this build does not inline".into());
    }
    Ok(out)
}

/// `text` as a JavaScript string literal (never closing the script it sits in).
fn js_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '<' => out.push_str("\\u003c"),
            '\u{2028}' => out.push_str("\\u2028"),
            '\u{2029}' => out.push_str("\\u2029"),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// `bytes` gzip-compressed and base64-encoded.
fn packed(bytes: &[u8]) -> Result<String, String> {
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    gz.write_all(bytes).map_err(|e| e.to_string())?;
    Ok(base64::engine::general_purpose::STANDARD.encode(gz.finish().map_err(|e| e.to_string())?))
}

/// The worker's script: its glue, then a first message that carries its wasm starts it (the
/// worker's own `main` then takes the messages that follow).
fn worker_script(glue: &str) -> String {
    format!(
        "{glue}\nself.onmessage = async (e) => {{ self.onmessage = null; await wasm_bindgen({{ module_or_path: e.data }}); }};\n"
    )
}

/// The inline script: the glue, then the wasm decoded from base64, gunzipped by the browser's
/// `DecompressionStream`, and instantiated from those bytes (no fetch, so `connect-src 'none'`);
/// and `closeReaderWorker()`, which starts the import worker the same way when first needed.
fn script(parts: &Parts) -> Result<String, String> {
    let worker = js_string(&worker_script(&parts.worker_glue));
    Ok(format!(
        "{glue}\n\
const unpack = async (b64) => {{\n\
  const packed = Uint8Array.from(atob(b64), c => c.charCodeAt(0));\n\
  const unpacked = new Blob([packed]).stream().pipeThrough(new DecompressionStream(\"gzip\"));\n\
  return await new Response(unpacked).arrayBuffer();\n\
}};\n\
const workerPacked = \"{worker_packed}\";\n\
const workerSource = {worker};\n\
globalThis.closeReaderWorker = () => {{\n\
  const w = new Worker(URL.createObjectURL(new Blob([workerSource], {{ type: \"text/javascript\" }})));\n\
  unpack(workerPacked).then(bytes => w.postMessage(bytes, [bytes]));\n\
  return w;\n\
}};\n\
await __wbg_init({{ module_or_path: await unpack(\"{packed}\") }});\n",
        glue = inline_glue(&parts.glue)?,
        packed = packed(&parts.wasm)?,
        worker_packed = packed(&parts.worker_wasm)?,
    ))
}

/// The whole one-file page.
pub fn page(parts: &Parts) -> Result<String, String> {
    let script = script(parts)?;
    if script.contains("</script") || parts.css.contains("</style") {
        return Err("the script or CSS contains a closing tag and cannot be inlined".into());
    }
    let policy = csp::one_file_policy(&csp::sha256_b64(&script), &csp::sha256_b64(&parts.css));
    let locales = locale_blocks(&parts.locales)?;
    Ok(format!(
        r#"<!doctype html>
<!-- Close Reader in one file: open it in a browser; nothing is fetched, and your work stays in this browser. -->
<html lang="en">
<head>
  <meta http-equiv="Content-Security-Policy" content="{policy}">
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="description" content="Close Reader: mark the claims, sources and hedges in a news article, in your browser.">
  <title>Close Reader</title>
  <link rel="icon" href="data:,">
<style>{css}</style>
{locales}<script type="module">{script}</script>
</head>
<body>
  <noscript>Close Reader needs JavaScript and WebAssembly to run.</noscript>
</body>
</html>
"#,
        css = parts.css,
    ))
}

/// Writes `dist/close-reader.html` and returns its size in bytes.
pub fn write(dist: &Path) -> Result<usize, String> {
    let html = page(&Parts::read(dist)?)?;
    std::fs::write(dist.join(FILE_NAME), &html).map_err(|e| e.to_string())?;
    Ok(html.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts() -> Parts {
        Parts {
            css: "body { color: red; }".into(),
            glue: "let wasm;\nasync function __wbg_init(m) { return m; }\nexport { initSync, __wbg_init as default };\n".into(),
            wasm: b"\0asm\x01\0\0\0".to_vec(),
            worker_glue: "let wasm_bindgen = (function(){ return () => 0; })();".into(),
            worker_wasm: b"\0asm\x01\0\0\0worker".to_vec(),
            locales: vec![("es".into(), "start-go = Empezar\n".into())],
        }
    }

    #[test]
    fn inlines_everything_and_locks_it_down_by_hash() {
        let html = page(&parts()).unwrap();
        assert!(!html.contains("export {"), "the module's export is removed");
        assert!(
            html.contains(
                "<script type=\"text/plain\" id=\"ftl-es\">start-go = Empezar\n</script>"
            ),
            "every language is carried as inert text"
        );
        assert!(
            !html.contains(" src=") && !html.contains(" href=\"./"),
            "nothing external"
        );
        let policy = html
            .split("Content-Security-Policy\" content=\"")
            .nth(1)
            .and_then(|r| r.split('"').next())
            .unwrap();
        assert!(policy.contains("connect-src 'none'"));
        assert!(policy.contains("'wasm-unsafe-eval'"));
        assert!(!policy.contains("'self'") && !policy.contains("unsafe-inline"));
        // The hashes are those of the inline script and style exactly as written.
        let body = |open: &str, close: &str| {
            html.split(open)
                .nth(1)
                .unwrap()
                .split(close)
                .next()
                .unwrap()
                .to_string()
        };
        let script = body("<script type=\"module\">", "</script>");
        let style = body("<style>", "</style>");
        assert!(policy.contains(&format!("script-src 'sha256-{}'", csp::sha256_b64(&script))));
        assert!(policy.contains(&format!("style-src 'sha256-{}'", csp::sha256_b64(&style))));
    }

    #[test]
    fn the_embedded_wasm_unpacks_to_the_same_bytes() {
        use std::io::Read;
        let html = page(&parts()).unwrap();
        let b64 = html
            .split("__wbg_init({ module_or_path: await unpack(\"")
            .nth(1)
            .unwrap()
            .split('"')
            .next()
            .unwrap();
        let gz = base64::engine::general_purpose::STANDARD
            .decode(b64)
            .unwrap();
        let mut out = Vec::new();
        flate2::read::GzDecoder::new(&gz[..])
            .read_to_end(&mut out)
            .unwrap();
        assert_eq!(out, parts().wasm);
    }

    #[test]
    fn the_worker_source_is_a_string_that_cannot_close_the_script() {
        let s = js_string("a \"b\" \\ </script>\nc");
        assert_eq!(s, "\"a \\\"b\\\" \\\\ \\u003c/script>\\nc\"");
    }

    #[test]
    fn refuses_content_that_would_close_its_tag() {
        let mut p = parts();
        p.css = "a::after { content: \"</style>\" }".into();
        assert!(page(&p).is_err());
    }
}
