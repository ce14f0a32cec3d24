//! A small static file server for `dist/`, on 127.0.0.1: for `cargo xtask serve` and the browser
//! tests. It serves files under an optional path prefix (to prove sub-path hosting works).

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

fn mime(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "js" => "text/javascript; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "wasm" => "application/wasm",
        "json" => "application/json",
        "png" => "image/png",
        "svg" => "image/svg+xml",
        _ => "application/octet-stream",
    }
}

/// Maps a request path to a file in `root`, refusing anything outside it.
pub fn resolve(root: &Path, prefix: &str, url_path: &str) -> Option<PathBuf> {
    let path = url_path.split(['?', '#']).next().unwrap_or("");
    let rest = path.strip_prefix(prefix)?;
    let mut file = root.to_path_buf();
    for part in rest.split('/').filter(|p| !p.is_empty()) {
        if part == ".." || part.contains('\\') {
            return None;
        }
        file.push(part);
    }
    if file.is_dir() {
        file.push("index.html");
    }
    file.is_file().then_some(file)
}

fn handle(mut stream: TcpStream, root: &Path, prefix: &str) {
    let mut line = String::new();
    let mut reader = BufReader::new(stream.try_clone().expect("clone stream"));
    if reader.read_line(&mut line).is_err() {
        return;
    }
    loop {
        let mut h = String::new();
        if reader.read_line(&mut h).map_or(true, |n| n == 0) || h == "\r\n" || h == "\n" {
            break;
        }
    }
    let path = line.split_whitespace().nth(1).unwrap_or("/");
    let response = match resolve(root, prefix, path)
        .and_then(|f| std::fs::read(&f).ok().map(|b| (f, b)))
    {
        Some((file, body)) => {
            let head = format!(
                "HTTP/1.1 200 OK\r\nContent-Type: {}\r\nContent-Length: {}\r\nCache-Control: no-cache\r\nConnection: close\r\n\r\n",
                mime(&file),
                body.len()
            );
            [head.into_bytes(), body].concat()
        }
        None => {
            b"HTTP/1.1 404 Not Found\r\nContent-Length: 9\r\nConnection: close\r\n\r\nnot found"
                .to_vec()
        }
    };
    let _ = stream.write_all(&response);
}

/// Starts serving `root` under `prefix` (such as `/` or `/courses/reading/`) on a free port of
/// 127.0.0.1, in a background thread. Returns the base URL.
pub fn start(root: PathBuf, prefix: &str, port: u16) -> std::io::Result<String> {
    start_switchable(root, prefix, port).map(|(url, _)| url)
}

/// Like [`start`], with a switch: while it is off, connections are closed unanswered, as if the
/// network were down (the offline tests use it).
pub fn start_switchable(
    root: PathBuf,
    prefix: &str,
    port: u16,
) -> std::io::Result<(String, Arc<AtomicBool>)> {
    let listener = TcpListener::bind(("127.0.0.1", port))?;
    let addr = listener.local_addr()?;
    let prefix = prefix.to_string();
    let url = format!("http://{addr}{prefix}");
    let online = Arc::new(AtomicBool::new(true));
    let switch = online.clone();
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            if !online.load(Ordering::SeqCst) {
                drop(stream);
                continue;
            }
            let (root, prefix) = (root.clone(), prefix.clone());
            std::thread::spawn(move || handle(stream, &root, &prefix));
        }
    });
    Ok((url, switch))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn never_serves_outside_the_root() {
        let root = crate::root().join("xtask");
        assert!(resolve(&root, "/", "/Cargo.toml").is_some());
        assert!(resolve(&root, "/", "/../Cargo.toml").is_none());
        assert!(resolve(&root, "/sub/", "/Cargo.toml").is_none());
        assert!(resolve(&root, "/sub/", "/sub/Cargo.toml?x=1").is_some());
    }
}
