//! The binary's inputs: the stream of jobs a run's arguments name (files, directories walked
//! with `--recursive`, standard input as one article or as JSON Lines), and reading them
//! within the run's size limit; and the user's files beside them, the gazetteers and the
//! rules, read and compiled once. Every failure is a one-line message naming the input.

use std::io::{self, BufRead, Read};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use lede::gazetteer::UserGazetteer;
use lede::input::{DecodeError, Encoding};
use lede::Date;
use serde_json::value::RawValue;
use serde_json::Value;

/// One input to analyze.
pub enum Job {
    /// A file, or "-" for standard input (any name the system allows, UTF-8 or not).
    Path(PathBuf),
    /// A line of JSON Lines input: its source ("-" or the file), its number (1-based) and
    /// what it holds.
    Line {
        source: Arc<str>,
        number: usize,
        text: String,
        id: Option<Box<RawValue>>,
        date: Option<Date>,
    },
    /// An input that could not be read: the one-line message, naming it.
    Failed(String),
}

/// How standard input is read, and the size limit of an input.
#[derive(Clone, Copy, Debug)]
pub struct Reading {
    /// Standard input is JSON Lines, one article a line.
    pub jsonl: bool,
    /// Directories named as inputs are walked.
    pub recursive: bool,
    /// The largest input (file, standard input, JSON Lines line) analyzed, in bytes.
    pub max_input: u64,
    /// How a text input's bytes are decoded.
    pub encoding: Encoding,
}

/// The inputs named by `files`, in order: files (directories walked when
/// [`Reading::recursive`]), standard input as one article, or standard input line by line.
pub fn job_stream(files: &[PathBuf], reading: Reading) -> Box<dyn Iterator<Item = Job> + Send> {
    let stdin = || Path::new("-");
    let files = if files.is_empty() {
        vec![stdin().to_path_buf()]
    } else {
        files.to_vec()
    };
    if reading.jsonl {
        let max = reading.max_input;
        return Box::new(
            files
                .into_iter()
                .flat_map(move |path| jsonl_source(&path, max)),
        );
    }
    if !reading.recursive {
        return Box::new(files.into_iter().map(Job::Path));
    }
    Box::new(files.into_iter().flat_map(move |path| {
        if path != stdin() && path.is_dir() {
            let mut found = Vec::new();
            walk(&path, &mut found);
            found.sort();
            found.into_iter().map(Job::Path).collect::<Vec<_>>()
        } else {
            vec![Job::Path(path)]
        }
    }))
}

/// Every `*.txt` file below `dir` (errors reading a directory are skipped silently: what can
/// be read is analyzed).
fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        match entry.file_type() {
            Ok(t) if t.is_dir() => walk(&path, out),
            // Regular files only (through symlinks): a FIFO named *.txt would block the run.
            Ok(_) if path.extension().is_some_and(|e| e == "txt") && path.is_file() => {
                out.push(path)
            }
            _ => {}
        }
    }
}

/// The jobs of one JSON Lines source: standard input ("-") or a file.
fn jsonl_source(path: &Path, max: u64) -> Box<dyn Iterator<Item = Job> + Send> {
    const BUFFER: usize = 1 << 16;
    if path == Path::new("-") {
        let stdin = io::BufReader::with_capacity(BUFFER, io::stdin());
        return Box::new(jsonl_lines(stdin, "-".into(), max));
    }
    let name = shown(path);
    let opened = std::fs::File::open(path).and_then(|f| Ok((f.metadata()?.is_dir(), f)));
    match opened {
        Ok((false, f)) => {
            let source = path.to_string_lossy().into();
            Box::new(jsonl_lines(
                io::BufReader::with_capacity(BUFFER, f),
                source,
                max,
            ))
        }
        Ok((true, _)) => Box::new(std::iter::once(Job::Failed(format!(
            "{name}: is a directory (JSON Lines are read from files)"
        )))),
        Err(e) => Box::new(std::iter::once(Job::Failed(format!(
            "{name}: {}",
            describe(&e)
        )))),
    }
}

/// JSON Lines from `input` (named `source`), one job a line; empty lines are skipped. A
/// line longer than `max` bytes is not kept in memory: it is skipped to its end and
/// reported.
pub(crate) fn jsonl_lines(
    mut input: impl BufRead + Send + 'static,
    source: Arc<str>,
    max: u64,
) -> impl Iterator<Item = Job> + Send {
    let mut number = 0;
    let mut buf = Vec::new();
    let mut stopped = false;
    std::iter::from_fn(move || loop {
        if stopped {
            return None;
        }
        buf.clear();
        number += 1;
        let bad = |message: &str| Some(Job::Failed(format!("{source}: line {number}: {message}")));
        match read_line(&mut input, &mut buf, max) {
            Ok(Line::End) => return None,
            Ok(Line::Read) => {}
            Ok(Line::TooLong) => return bad(&too_large(max)),
            Ok(Line::Binary) => return bad("binary data (a NUL byte)"),
            Ok(Line::Endless) => {
                stopped = true;
                return bad(&format!(
                    "binary data (NUL bytes) {}: the rest of this input is not read",
                    too_large(max).replacen("input ", "", 1)
                ));
            }
            Err(e) => {
                // A read error may repeat without end: the source ends here.
                stopped = true;
                return bad(&describe(&e));
            }
        }
        // A byte order mark before the first line is not part of its JSON.
        let line = match buf.strip_prefix(b"\xEF\xBB\xBF") {
            Some(rest) if number == 1 => rest,
            _ => &buf[..],
        };
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        return Some(match parse_line(line) {
            Ok((text, id, date)) => Job::Line {
                source: source.clone(),
                number,
                text,
                id,
                date,
            },
            Err(message) => Job::Failed(format!("{source}: line {number}: {message}")),
        });
    })
}

/// What [`read_line`] met.
enum Line {
    /// The end of the input, no line.
    End,
    /// A line, in the buffer.
    Read,
    /// A line over the limit, skipped to its end.
    TooLong,
    /// A line with a NUL byte (never in JSON text), skipped to its end.
    Binary,
    /// A line with a NUL byte and over the limit: binary data, perhaps without end
    /// (`/dev/zero`), where no line may ever end.
    Endless,
}

/// Reads one line (with its `\n`) into `buf`, keeping at most `max` bytes of it.
fn read_line(input: &mut impl BufRead, buf: &mut Vec<u8>, max: u64) -> io::Result<Line> {
    let mut seen: u64 = 0;
    let mut too_long = false;
    let mut binary = false;
    loop {
        let chunk = match input.fill_buf() {
            Ok(c) => c,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if chunk.is_empty() {
            return Ok(match (seen, binary, too_long) {
                (0, ..) => Line::End,
                (_, true, _) => Line::Binary,
                (_, _, true) => Line::TooLong,
                _ => Line::Read,
            });
        }
        let (piece, done) = match memchr::memchr(b'\n', chunk) {
            Some(at) => (&chunk[..=at], true),
            None => (chunk, false),
        };
        let n = piece.len();
        seen += n as u64;
        binary = binary || memchr::memchr(0, piece).is_some();
        if binary && seen > max {
            input.consume(n);
            return Ok(Line::Endless);
        }
        if binary || seen > max.saturating_add(1) {
            too_long = !binary;
            buf.clear();
        } else {
            buf.try_reserve(n).map_err(|_| out_of_memory())?;
            buf.extend_from_slice(piece);
        }
        input.consume(n);
        if done {
            return Ok(if binary {
                Line::Binary
            } else if too_long {
                Line::TooLong
            } else {
                Line::Read
            });
        }
    }
}

/// A JSON Lines article: its text, id (as written) and date.
type Article = (String, Option<Box<RawValue>>, Option<Date>);

/// One JSON Lines input: {"text": string, "id": any, "date": "YYYY-MM-DD"}; its text, id
/// and date, or what is wrong with it.
fn parse_line(line: &[u8]) -> Result<Article, String> {
    /// The fields, read in one pass; any other field is skipped.
    #[derive(serde::Deserialize)]
    struct Fields<'a> {
        text: String,
        /// As written: a number of any size stays exact, and `null` stays `null`.
        #[serde(default, borrow, deserialize_with = "raw")]
        id: Option<&'a RawValue>,
        date: Option<String>,
    }
    fn raw<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<&'de RawValue>, D::Error> {
        serde::Deserialize::deserialize(d).map(Some)
    }
    if let Ok(f) = serde_json::from_slice::<Fields>(line) {
        let date = match f.date {
            None => None,
            Some(s) => {
                Some(Date::parse_iso(&s).ok_or(format!("\"date\" '{s}' is not YYYY-MM-DD"))?)
            }
        };
        return Ok((f.text, f.id.map(compact), date));
    }
    // Not the shape above: the message says what is wrong.
    let value: Value = serde_json::from_slice(line).map_err(|e| format!("not JSON: {e}"))?;
    let Some(text) = value.get("text").and_then(Value::as_str) else {
        return Err("no \"text\" string".to_string());
    };
    let date = match value.get("date") {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) => match Date::parse_iso(s) {
            Some(d) => Some(d),
            None => return Err(format!("\"date\" '{s}' is not YYYY-MM-DD")),
        },
        Some(_) => return Err("\"date\" is not a string".to_string()),
    };
    let _ = (text, date);
    Err("not a JSON Lines article".to_string())
}

/// A JSON value's text without the white space between its tokens, its numbers and strings
/// exactly as written.
fn compact(raw: &RawValue) -> Box<RawValue> {
    let text = raw.get();
    let mut out = String::with_capacity(text.len());
    let (mut in_string, mut escaped) = (false, false);
    for c in text.chars() {
        if in_string {
            (escaped, in_string) = (!escaped && c == '\\', escaped || c != '"');
        } else if c == '"' {
            in_string = true;
        } else if c.is_ascii_whitespace() {
            continue;
        }
        out.push(c);
    }
    RawValue::from_string(out).unwrap_or_else(|_| raw.to_owned())
}

/// Bytes read before the rest of an input: enough to tell binary data by its NUL bytes.
const FIRST_BLOCK: u64 = 1 << 16;

/// Reads and decodes one input of at most `max` bytes; the error is a one-line message. An
/// input over the limit is refused before it is read (a file) or as soon as it passes it
/// (standard input); binary data is refused at its first block, before the rest is read.
pub fn read_input(file: &Path, max: u64, encoding: Encoding) -> Result<String, String> {
    let bytes = read_bytes(file, max, false)?;
    lede::input::decode_as(bytes, encoding).map_err(|e| match e {
        DecodeError::InvalidUtf8 { .. } => {
            format!("{e} (if it is Latin-1 or Windows-1252: --encoding windows-1252, or auto)")
        }
        e => e.to_string(),
    })
}

/// The bytes of one input of at most `max` bytes, as [`read_input`] reads them; `raw`
/// bytes may be binary (a compiled gazetteer).
pub fn read_bytes(file: &Path, max: u64, raw: bool) -> Result<Vec<u8>, String> {
    let mut bytes = Vec::new();
    // A path equal to "-" starts with its byte: most are told by it, without comparing
    // their components.
    let stdin =
        file.as_os_str().as_encoded_bytes().first() == Some(&b'-') && file == Path::new("-");
    if stdin {
        read_within(io::stdin().lock(), max, &mut bytes, raw)?;
    } else {
        // Five system calls a file (open, statx, the read and the one that meets the end,
        // close): the open file's metadata tells a directory and sizes the buffer, where
        // `Path::is_dir` and `fs::read` would each ask for it.
        let f = std::fs::File::open(file).map_err(|e| describe(&e))?;
        let meta = f.metadata().map_err(|e| describe(&e))?;
        if meta.is_dir() {
            return Err("is a directory (use --recursive to walk it)".to_string());
        }
        if meta.len() > max {
            return Err(too_large(max));
        }
        // One byte more than the size, so that the read that meets the end has room.
        let size = usize::try_from(meta.len()).unwrap_or(usize::MAX);
        bytes
            .try_reserve_exact(size.saturating_add(1))
            .map_err(|_| out_of_memory().to_string())?;
        read_within(f, max, &mut bytes, raw)?;
    }
    Ok(bytes)
}

/// Reads `input` to its end into `bytes`, refusing it past `max` bytes or, unless `raw`, at a
/// NUL byte in its first block; `bytes` grows only by fallible reservations.
fn read_within(input: impl Read, max: u64, bytes: &mut Vec<u8>, raw: bool) -> Result<(), String> {
    let mut input = input.take(max.saturating_add(1));
    let mut first = true;
    loop {
        if bytes.capacity() == bytes.len() {
            let more = bytes.len().clamp(FIRST_BLOCK as usize, 1 << 30);
            bytes
                .try_reserve(more)
                .map_err(|_| out_of_memory().to_string())?;
        }
        // Reads into the room reserved, never past it: `read_to_end` grows the vector
        // itself only when it is full, and a full `Take` reads nothing more.
        let room = (bytes.capacity() - bytes.len()) as u64;
        let limit = if first { room.min(FIRST_BLOCK) } else { room };
        let n = (&mut input)
            .take(limit)
            .read_to_end(bytes)
            .map_err(|e| describe(&e))?;
        if first {
            first = false;
            if !raw {
                binary_start(bytes)?;
            }
        }
        if bytes.len() as u64 > max {
            return Err(too_large(max));
        }
        // Short of the limit, the read met the end (`read_to_end` stops at a read of
        // nothing, which a `Take` gives early only at its limit): no read more to find it.
        if n == 0 || (n as u64) < limit {
            return Ok(());
        }
    }
}

/// Refuses the first block of an input when it holds a NUL byte and no UTF-16 byte order
/// mark says why (the check [`lede::input::decode`] makes on the whole input, made early).
fn binary_start(block: &[u8]) -> Result<(), String> {
    if block.starts_with(&[0xFF, 0xFE]) || block.starts_with(&[0xFE, 0xFF]) {
        return Ok(());
    }
    match memchr::memchr(0, block) {
        Some(offset) => Err(DecodeError::Binary { offset }.to_string()),
        None => Ok(()),
    }
}

/// The message for an input over the size limit.
fn too_large(max: u64) -> String {
    format!("input larger than {} (see --max-input)", size_name(max))
}

/// A byte count as `--max-input` takes it: "1GiB", "512MiB", "1500" bytes.
pub fn size_name(n: u64) -> String {
    for (unit, name) in [(1 << 30, "GiB"), (1 << 20, "MiB"), (1 << 10, "KiB")] {
        if n >= unit && n % unit == 0 {
            return format!("{}{name}", n / unit);
        }
    }
    format!("{n} bytes")
}

/// Parses a size for `--max-input`: a number of bytes with an optional unit, K, M, G or T
/// (powers of 1024, with or without "iB" or "B": "500M", "1GiB", "2g").
pub fn parse_size(s: &str) -> Result<u64, String> {
    let t = s.trim();
    let digits = t.find(|c: char| !c.is_ascii_digit()).unwrap_or(t.len());
    let (number, unit) = t.split_at(digits);
    let shift = match unit.trim().to_ascii_lowercase().as_str() {
        "" | "b" => 0,
        "k" | "kb" | "kib" => 10,
        "m" | "mb" | "mib" => 20,
        "g" | "gb" | "gib" => 30,
        "t" | "tb" | "tib" => 40,
        _ => return Err(format!("'{s}' is not a size (e.g. 500M, 1G)")),
    };
    number
        .parse::<u64>()
        .ok()
        .and_then(|n| n.checked_mul(1 << shift))
        .filter(|&n| n > 0)
        .ok_or_else(|| format!("'{s}' is not a size (e.g. 500M, 1G)"))
}

fn out_of_memory() -> io::Error {
    io::Error::new(io::ErrorKind::OutOfMemory, "not enough memory to read it")
}

/// A file name as messages show it: as the system gives it, with any character that would
/// break the one-line message (a newline, a tab, another control character) escaped, and
/// bytes that are not UTF-8 as U+FFFD.
pub fn shown(file: &Path) -> String {
    let name = file.to_string_lossy();
    if !name.contains(char::is_control) {
        return name.into_owned();
    }
    name.chars()
        .map(|c| {
            if c.is_control() {
                c.escape_default().to_string()
            } else {
                c.to_string()
            }
        })
        .collect()
}

/// An I/O error as a message: its kind in words, without the "(os error N)" suffix.
pub fn describe(e: &io::Error) -> String {
    match e.kind() {
        io::ErrorKind::NotFound => "no such file".to_string(),
        io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        _ => {
            let s = e.to_string();
            s.split(" (os error").next().unwrap_or(&s).to_string()
        }
    }
}

/// Reads the `--gazetteer` files into one list; the error names the file and line. A TSV is
/// parsed once; a compiled file is opened as it is, and must be the only one.
pub(crate) fn load_gazetteers(
    files: &[PathBuf],
    max: u64,
) -> Result<Option<Arc<UserGazetteer>>, String> {
    if files.is_empty() {
        return Ok(None);
    }
    let mut texts = Vec::with_capacity(files.len());
    for file in files {
        if file == Path::new("-") {
            return Err(
                "--gazetteer -: standard input holds the articles; give the gazetteer as a file"
                    .to_string(),
            );
        }
        let bytes = read_bytes(file, max, true);
        let bytes = bytes.map_err(|e| format!("{}: {e}", shown(file)))?;
        if UserGazetteer::is_compiled(&bytes) {
            if files.len() > 1 {
                return Err(format!(
                    "{}: a compiled gazetteer is the only --gazetteer of a run (build one of \
                     all the lists with `lede gazetteer build`)",
                    shown(file)
                ));
            }
            let lists = UserGazetteer::from_compiled(bytes);
            let lists = lists.map_err(|e| format!("{}: {e}", shown(file)))?;
            return Ok(Some(Arc::new(lists)));
        }
        let text = lede::input::decode_as(bytes, Encoding::Utf8);
        texts.push(text.map_err(|e| format!("{}: {e}", shown(file)))?);
    }
    let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
    // Parsed once; an error names the file it is in.
    let lists =
        UserGazetteer::from_tsv(&refs).map_err(|e| format!("{}: {e}", shown(&files[e.text])))?;
    Ok(Some(Arc::new(lists)))
}

/// Reads and compiles the `--rules` file; the error names the file and line.
pub(crate) fn load_rules(
    file: &str,
    max: u64,
) -> Result<lede::recognize::rules::UserRules, String> {
    if file == "-" {
        return Err(
            "--rules -: standard input holds the articles; give the rules as a file".to_string(),
        );
    }
    let text =
        read_input(Path::new(file), max, Encoding::Utf8).map_err(|e| format!("{file}: {e}"))?;
    lede::recognize::rules::UserRules::from_tsv(&text).map_err(|e| format!("{file}: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_kept_as_written_without_white_space() {
        let id = |line: &str| {
            parse_line(line.as_bytes())
                .unwrap()
                .1
                .map(|r| r.get().to_string())
        };
        let big = "123456789012345678901234567890";
        assert_eq!(
            id(&format!("{{\"text\": \"x\", \"id\": {big}}}")),
            Some(big.to_string())
        );
        assert_eq!(
            id("{\"id\": 1e400, \"text\": \"x\"}"),
            Some("1e400".to_string())
        );
        assert_eq!(
            id("{\"text\": \"x\", \"id\": { \"a b\" : [1, \"c \\\" d\"] }}"),
            Some("{\"a b\":[1,\"c \\\" d\"]}".to_string())
        );
        assert_eq!(
            id("{\"text\": \"x\", \"id\": null}"),
            Some("null".to_string())
        );
        assert_eq!(id("{\"text\": \"x\"}"), None);
        // What is wrong is still said.
        assert_eq!(
            parse_line(b"{\"text\": 5}").unwrap_err(),
            "no \"text\" string"
        );
        assert!(parse_line(b"{\"text\": \"x\", \"date\": 3}")
            .unwrap_err()
            .contains("not a string"));
    }

    #[test]
    fn sizes_parse_and_print() {
        assert_eq!(parse_size("1500"), Ok(1500));
        assert_eq!(parse_size("500M"), Ok(500 << 20));
        assert_eq!(parse_size("1GiB"), Ok(1 << 30));
        assert_eq!(parse_size("2 gb"), Ok(2 << 30));
        for bad in ["", "0", "1.5G", "G", "12Q", "99999999999T"] {
            assert!(parse_size(bad).is_err(), "{bad}");
        }
        assert_eq!(size_name(1 << 30), "1GiB");
        assert_eq!(size_name(3 << 20), "3MiB");
        assert_eq!(size_name(1500), "1500 bytes");
    }

    #[test]
    fn lines_over_the_limit_are_skipped_to_their_end() {
        let text = b"short\nxxxxxxxxxxxxxxxxxxxx\nnul\x00\nlast".to_vec();
        let mut input = io::BufReader::with_capacity(4, &text[..]);
        let mut buf = Vec::new();
        let mut got = Vec::new();
        loop {
            buf.clear();
            match read_line(&mut input, &mut buf, 8).unwrap() {
                Line::End => break,
                Line::Read => got.push(String::from_utf8(buf.clone()).unwrap()),
                Line::TooLong => got.push("(too long)".to_string()),
                Line::Binary => got.push("(binary)".to_string()),
                Line::Endless => got.push("(endless)".to_string()),
            }
        }
        assert_eq!(got, ["short\n", "(too long)", "(binary)", "last"]);
        let mut zeros = io::BufReader::new(io::repeat(0));
        assert!(matches!(
            read_line(&mut zeros, &mut buf, 8),
            Ok(Line::Endless)
        ));
    }

    #[test]
    fn reading_stops_at_the_limit_and_at_binary_data() {
        let mut bytes = Vec::new();
        assert!(read_within(&b"0123456789"[..], 10, &mut bytes, false).is_ok());
        assert_eq!(bytes, b"0123456789");
        let mut bytes = Vec::new();
        let err = read_within(&b"0123456789"[..], 9, &mut bytes, false).unwrap_err();
        assert!(err.contains("larger than 9 bytes"), "{err}");
        let mut bytes = Vec::new();
        let err = read_within(io::repeat(0), 1 << 40, &mut bytes, false).unwrap_err();
        assert!(err.contains("NUL byte at byte offset 0"), "{err}");
        assert!(bytes.len() as u64 <= FIRST_BLOCK);
        let mut bytes = Vec::new();
        assert!(read_within(&b"\xFF\xFEa\x00"[..], 100, &mut bytes, false).is_ok());
    }
}
