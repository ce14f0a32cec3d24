//! A one-line progress bar on standard error, drawn only when standard error is a terminal, so
//! that piped or redirected runs get their output and their messages and nothing else.

use std::io::{IsTerminal, Write};
use std::time::{Duration, Instant};

/// Counts files done out of a total and redraws at most ten times a second.
pub struct Progress {
    what: &'static str,
    total: usize,
    done: usize,
    shown: bool,
    last: Option<Instant>,
}

impl Progress {
    /// A bar for `total` files, drawn only when standard error is a terminal.
    pub fn on_terminal(what: &'static str, total: usize) -> Option<Progress> {
        std::io::stderr().is_terminal().then_some(Progress {
            what,
            total,
            done: 0,
            shown: false,
            last: None,
        })
    }

    /// One more file done.
    pub fn step(&mut self) {
        self.done += 1;
        let due = self
            .last
            .is_none_or(|t| t.elapsed() >= Duration::from_millis(100));
        if due || self.done == self.total {
            self.last = Some(Instant::now());
            self.draw();
        }
    }

    /// Clears the bar, so that a message written next starts on a clean line.
    pub fn clear(&mut self) {
        if self.shown {
            eprint!("\r\x1b[2K");
            self.shown = false;
            self.last = None;
        }
    }

    fn draw(&mut self) {
        const WIDTH: usize = 30;
        let filled = (self.done * WIDTH).checked_div(self.total).unwrap_or(WIDTH);
        eprint!(
            "\r{} [{}{}] {}/{}",
            self.what,
            "#".repeat(filled),
            " ".repeat(WIDTH - filled.min(WIDTH)),
            self.done,
            self.total
        );
        let _ = std::io::stderr().flush();
        self.shown = true;
    }
}

impl Drop for Progress {
    fn drop(&mut self) {
        self.clear();
    }
}
