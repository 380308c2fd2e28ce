//! The progress line of a long run, on standard error when it is a terminal (never in a
//! pipe or a file): inputs done (of how many, when the arguments tell), the megabytes read
//! and the rate, redrawn at most four times a second and erased at the end.

use std::io::{self, Write};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

/// Bytes of input read so far, added to by the workers as they read.
pub(crate) static BYTES_READ: AtomicU64 = AtomicU64::new(0);

/// How often the line is redrawn at most.
const EVERY: Duration = Duration::from_millis(250);

/// Nothing is drawn before the run has gone on this long: a short run shows no line.
const AFTER: Duration = Duration::from_millis(500);

/// The width of the bar, when the number of inputs is known.
const BAR: usize = 24;

/// The progress line's state.
pub(crate) struct Progress {
    start: Instant,
    last: Instant,
    /// The inputs the run will have, when known up front.
    total: Option<usize>,
    /// Whether a line is on the screen, to be erased.
    shown: bool,
}

impl Progress {
    /// A progress line for a run of `total` inputs (when known).
    pub(crate) fn new(total: Option<usize>) -> Progress {
        let now = Instant::now();
        Progress {
            start: now,
            last: now,
            total,
            shown: false,
        }
    }

    /// Redraws the line for `done` inputs, if it is time to.
    pub(crate) fn update(&mut self, done: usize) {
        let now = Instant::now();
        if now.duration_since(self.start) < AFTER || now.duration_since(self.last) < EVERY {
            return;
        }
        self.last = now;
        let seconds = now.duration_since(self.start).as_secs_f64().max(1e-3);
        let mb = BYTES_READ.load(Ordering::Relaxed) as f64 / 1e6;
        let count = match self.total {
            Some(total) if total > 0 => {
                let filled = (done * BAR / total).min(BAR);
                format!(
                    "[{}{}] {done}/{total} inputs",
                    "#".repeat(filled),
                    ".".repeat(BAR - filled)
                )
            }
            _ => format!("{done} inputs"),
        };
        let rate = done as f64 / seconds;
        let line = format!(
            "\rlede: {count}, {mb:.1} MB, {rate:.0} inputs/s, {:.1} MB/s\x1b[K",
            mb / seconds
        );
        let _ = io::stderr().lock().write_all(line.as_bytes());
        self.shown = true;
    }

    /// Erases the line, if one is shown (before a message, and at the end).
    pub(crate) fn clear(&mut self) {
        if self.shown {
            let _ = io::stderr().lock().write_all(b"\r\x1b[K");
            self.shown = false;
        }
    }
}
