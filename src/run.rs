//! The binary's run: the workers that analyze inputs in parallel, the ordered commit of
//! their outcomes, and the output buffer they are written through. Whichever worker holds
//! the commit writes; no thread waits on one that cannot finish.

use std::collections::BTreeMap;
use std::io::{self, IoSlice, Write};
use std::path::PathBuf;
use std::sync::{Arc, Condvar, Mutex, MutexGuard, PoisonError};

use lede::render::JsonOptions;

use crate::inputs::{shown, Job};
use crate::progress::Progress;
use crate::{interrupted, report, Outcome, Output, Rendered, Sink, TsvTable};

/// Runs every job and prints the outcomes in input order; returns whether any job failed.
///
/// With several workers there is no feeder or printer thread: each worker takes the next job
/// from the shared stream, analyzes it, and commits its outcome. Whichever worker completes
/// the outcome that is next in input order writes it, and any later ones already done. A
/// worker does not start a job more than [`WINDOW`] places ahead of the next one to print,
/// so memory stays bounded however many inputs there are and however slow one of them is.
pub(crate) fn run(
    jobs: Box<dyn Iterator<Item = Job> + Send>,
    workers: usize,
    process: impl Fn(usize, Job) -> Outcome + Sync,
    output: Output,
    progress: Option<Progress>,
    sink: Sink,
) -> io::Result<bool> {
    // Not `stdout().lock()`: with several workers, whichever holds the commit lock writes.
    let mut out = Gather::new(sink.out);
    let pretty = matches!(output, Output::Json(JsonOptions { pretty: true, .. }));
    match output {
        Output::Tsv(TsvTable::Entities) => lede::render::write_tsv_header(&mut out)?,
        Output::Tsv(TsvTable::Quotes) => lede::render::write_quotes_tsv_header(&mut out)?,
        Output::Html => lede::render::write_html_start(&mut out)?,
        Output::Json(_)
        | Output::Sqlite
        | Output::Summary(_)
        | Output::Text(_)
        | Output::Geojson => {}
    }
    let mut printer = Printer {
        failed: 0,
        summary: lede::render::RunSummary::new(),
        index: Vec::new(),
        done: 0,
        progress,
        pretty,
        db: sink.db,
    };
    if workers == 1 {
        for (i, job) in jobs.enumerate() {
            if interrupted() {
                break;
            }
            printer.print_guarded(&mut out, guarded(&process, i, job))?;
        }
    } else {
        let queue = Mutex::new(jobs.enumerate());
        let commit = Mutex::new(Commit {
            next: 0,
            pending: BTreeMap::new(),
            out: &mut out,
            printer: &mut printer,
            error: None,
        });
        let turn = Condvar::new();
        std::thread::scope(|scope| {
            for _ in 0..workers {
                scope.spawn(|| work(&queue, &commit, &turn, &process));
            }
        });
        let commit = commit.into_inner().unwrap_or_else(PoisonError::into_inner);
        if let Some(e) = commit.error {
            return Err(e);
        }
    }
    // The progress line is gone before the run's last words reach a terminal.
    printer.clear_progress();
    if matches!(output, Output::Html) {
        // A page of several articles opens with the run's overview.
        let report = printer
            .summary
            .report(lede::render::OVERVIEW_TOP, printer.failed);
        let index = &printer.index;
        let overview = (index.len() > 1).then_some((&report, &index[..]));
        lede::render::write_html_end(&mut out, overview)?;
    }
    if let Output::Summary(style) = output {
        let report = printer.summary.report(style.top, printer.failed);
        if style.table {
            lede::render::summary::write_table(&mut out, &report)?;
        } else {
            let json = if style.pretty {
                serde_json::to_vec_pretty(&report)
            } else {
                serde_json::to_vec(&report)
            };
            out.write_all(&json.map_err(io::Error::other)?)?;
            out.write_all(b"\n")?;
        }
    }
    out.flush()?;
    if let Some(db) = printer.db.take() {
        db.finish().map_err(database_error)?;
    }
    printer.finish();
    Ok(printer.failed > 0)
}

/// Runs `process` on one job; a panic (a bug, never expected) becomes that input's error, so
/// that the rest of a long batch is still analyzed and no worker waits for an outcome that
/// never comes.
pub(crate) fn guarded(process: &impl Fn(usize, Job) -> Outcome, index: usize, job: Job) -> Outcome {
    // What names the input, kept as it is: the name is made only for the message of a panic.
    let label = match &job {
        Job::Path(file) => Label::Path(file.clone()),
        Job::Line { source, number, .. } => Label::Line(Arc::clone(source), *number),
        Job::Failed(_) => Label::Input(index),
    };
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| process(index, job))).unwrap_or_else(
        |panic| {
            let message = panic
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| panic.downcast_ref::<String>().cloned())
                .unwrap_or_default();
            Err(format!(
                "{}: internal error, please report it: {message}",
                label.name()
            ))
        },
    )
}

/// What names an input in the message of a panic.
enum Label {
    /// A file.
    Path(PathBuf),
    /// A line of JSON Lines input: its source and number.
    Line(Arc<str>, usize),
    /// An input that could not be read, by its index.
    Input(usize),
}

impl Label {
    /// The input's name as messages show it.
    fn name(&self) -> String {
        match self {
            Label::Path(file) => shown(file),
            Label::Line(source, number) => format!("{source}: line {number}"),
            Label::Input(index) => format!("input {}", index + 1),
        }
    }
}

/// Locks `m`; a worker that panicked while holding it leaves state that is still usable.
fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(PoisonError::into_inner)
}

/// How far ahead of the next outcome to print a worker may start a job.
const WINDOW: usize = 64;

/// The ordered end of the run: outcomes that finished before their turn, and the output.
struct Commit<'a, W: Write> {
    /// The index of the next outcome to print.
    next: usize,
    pending: BTreeMap<usize, Outcome>,
    out: &'a mut Gather<W>,
    printer: &'a mut Printer,
    /// The first write error (a closed pipe): it stops the run.
    error: Option<io::Error>,
}

/// One worker: takes jobs until the stream ends or output fails, and commits each outcome.
fn work<I, W>(
    queue: &Mutex<I>,
    commit: &Mutex<Commit<'_, W>>,
    turn: &Condvar,
    process: &(impl Fn(usize, Job) -> Outcome + Sync),
) where
    I: Iterator<Item = (usize, Job)>,
    W: Write + Send,
{
    loop {
        if interrupted() {
            return;
        }
        let Some((i, job)) = lock(queue).next() else {
            return;
        };
        {
            let mut c = lock(commit);
            while c.error.is_none() && i >= c.next + WINDOW {
                c = turn.wait(c).unwrap_or_else(PoisonError::into_inner);
            }
            if c.error.is_some() {
                return;
            }
        }
        let outcome = guarded(process, i, job);
        let mut c = lock(commit);
        if c.error.is_some() {
            return;
        }
        let c = &mut *c;
        c.pending.insert(i, outcome);
        let before = c.next;
        while let Some(outcome) = c.pending.remove(&c.next) {
            if let Err(e) = c.printer.print_guarded(&mut *c.out, outcome) {
                c.error = Some(e);
                break;
            }
            c.next += 1;
        }
        if c.next != before || c.error.is_some() {
            turn.notify_all();
        }
    }
}

/// Writes outcomes and keeps the run's state: failures, and progress on a terminal.
struct Printer {
    /// Inputs that failed.
    failed: usize,
    /// The run's summary, for `--summary` and the HTML page's overview.
    summary: lede::render::RunSummary,
    /// The HTML page's index of its articles.
    index: Vec<lede::render::IndexEntry>,
    done: usize,
    /// The progress line, when standard error is a terminal.
    progress: Option<Progress>,
    pretty: bool,
    /// With `--format sqlite`, the database the records go into.
    db: Option<lede::render::SqliteWriter>,
}

/// A database error as the run's output error.
fn database_error(e: rusqlite::Error) -> io::Error {
    io::Error::other(format!("database: {e}"))
}

impl Printer {
    /// [`Printer::print`], with a panic (a bug, never expected) turned into a write error
    /// that ends the run: a worker never dies holding the commit lock, so none waits for
    /// it forever.
    fn print_guarded<W: Write>(&mut self, out: &mut Gather<W>, outcome: Outcome) -> io::Result<()> {
        std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| self.print(out, outcome)))
            .unwrap_or_else(|_| Err(io::Error::other("internal error while writing the output")))
    }

    fn print<W: Write>(&mut self, out: &mut Gather<W>, outcome: Outcome) -> io::Result<()> {
        match outcome {
            Ok(rendered) => {
                self.emit(out, rendered)?;
                if self.pretty {
                    out.flush()?;
                }
            }
            Err(message) => {
                out.flush()?;
                self.clear_progress();
                report(format_args!("{message}"));
                self.failed += 1;
            }
        }
        self.done += 1;
        if let Some(progress) = &mut self.progress {
            progress.update(self.done);
        }
        Ok(())
    }

    /// Writes one rendered input, or adds it to the database or the run's summary.
    fn emit<W: Write>(&mut self, out: &mut Gather<W>, rendered: Rendered) -> io::Result<()> {
        match rendered {
            Rendered::Bytes(bytes) => out.push(bytes)?,
            Rendered::Deferred(render) => render(out)?,
            Rendered::Record(r) => match self.db.as_mut() {
                Some(db) => db
                    .add(&r.id, &r.text, &r.analysis)
                    .map_err(database_error)?,
                None => return Err(io::Error::other("no database to write to")),
            },
            Rendered::Digest(digest) => self.summary.add(&digest),
            Rendered::Page(page, note) => {
                self.emit(out, *page)?;
                let (digest, entry) = *note;
                self.summary.add(&digest);
                self.index.push(entry);
            }
        }
        Ok(())
    }

    fn clear_progress(&mut self) {
        if let Some(progress) = &mut self.progress {
            progress.clear();
        }
    }

    fn finish(&mut self) {
        self.clear_progress();
    }
}

/// The output's buffer: the rendered inputs as they came, written out together (one
/// `writev`) once they add up to [`Gather::FULL`], never copied; small writes (headers, a
/// large input's pieces) are collected in a buffer of their own, in order with them.
struct Gather<W: Write> {
    inner: W,
    /// The pieces to write, in order.
    parts: Vec<Vec<u8>>,
    /// Small writes after the last piece.
    open: Vec<u8>,
    /// The bytes of `parts` and `open`.
    len: usize,
}

impl<W: Write> Gather<W> {
    /// The buffered size at which the pieces are written out.
    const FULL: usize = 1 << 16;

    fn new(inner: W) -> Self {
        Gather {
            inner,
            parts: Vec::new(),
            open: Vec::new(),
            len: 0,
        }
    }

    /// Appends `bytes`, taking them as they are.
    fn push(&mut self, bytes: Vec<u8>) -> io::Result<()> {
        if !self.open.is_empty() {
            self.parts.push(std::mem::take(&mut self.open));
        }
        self.len += bytes.len();
        self.parts.push(bytes);
        if self.len >= Self::FULL {
            self.write_out()?;
        }
        Ok(())
    }

    /// Writes every piece out, in order.
    fn write_out(&mut self) -> io::Result<()> {
        let mut slices: Vec<IoSlice> = self
            .parts
            .iter()
            .chain([&self.open])
            .filter(|p| !p.is_empty())
            .map(|p| IoSlice::new(p))
            .collect();
        let mut rest = &mut slices[..];
        while !rest.is_empty() {
            match self.inner.write_vectored(rest) {
                Ok(0) => return Err(io::ErrorKind::WriteZero.into()),
                Ok(n) => IoSlice::advance_slices(&mut rest, n),
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => return Err(e),
            }
        }
        self.parts.clear();
        self.open.clear();
        self.len = 0;
        Ok(())
    }
}

impl<W: Write> Write for Gather<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        if buf.len() >= Self::FULL {
            // A large piece goes out as it is, after the ones before it.
            self.write_out()?;
            return self.inner.write(buf);
        }
        self.open.extend_from_slice(buf);
        self.len += buf.len();
        if self.len >= Self::FULL {
            self.write_out()?;
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.write_out()?;
        self.inner.flush()
    }
}

impl<W: Write> Drop for Gather<W> {
    /// Writes out what is left, as a `BufWriter` does (an error has nowhere to go).
    fn drop(&mut self) {
        let _ = self.write_out();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gathered_pieces_keep_their_order() {
        let mut want = Vec::new();
        let mut sink = Vec::new();
        {
            let mut out = Gather::new(&mut sink);
            for k in 0..200usize {
                let piece = vec![b'a' + (k % 26) as u8; k * 37 % 5000];
                want.extend_from_slice(&piece);
                if k % 3 == 0 {
                    out.write_all(&piece).unwrap();
                } else {
                    out.push(piece).unwrap();
                }
                if k % 50 == 0 {
                    let large = vec![b'L'; Gather::<Vec<u8>>::FULL + k];
                    want.extend_from_slice(&large);
                    out.write_all(&large).unwrap();
                }
            }
            out.flush().unwrap();
            out.push(b"end".to_vec()).unwrap();
        }
        want.extend_from_slice(b"end");
        assert!(sink == want);
    }

    #[test]
    fn a_panic_becomes_the_inputs_error() {
        let process = |i: usize, _job: Job| -> Outcome {
            if i == 1 {
                panic!("boom");
            }
            Ok(Rendered::Bytes(b"ok\n".to_vec()))
        };
        let ok = guarded(&process, 0, Job::Path("a.txt".into()));
        assert!(matches!(ok, Ok(Rendered::Bytes(b)) if b == b"ok\n"));
        let failed = guarded(&process, 1, Job::Path("b.txt".into()));
        assert_eq!(
            failed.err().as_deref(),
            Some("b.txt: internal error, please report it: boom")
        );
    }
}
