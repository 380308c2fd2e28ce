//! The `lede` command: parses arguments, reads each input, prints one JSON object per input,
//! and decides the exit status. All analysis lives in the library.

use std::io::{self, BufWriter, IsTerminal, Read, Write};
use std::path::Path;
use std::process::ExitCode;

use clap::Parser;
use lede::gazetteer::UserGazetteer;
use lede::{Analyzer, Date, EntityType, Options};

/// Analyze news articles: sentences, people, places, organizations, amounts and dates, as JSON.
#[derive(Parser, Debug)]
#[command(
    name = "lede",
    version,
    about,
    after_help = "Examples:\n  lede article.txt\n  cat article.txt | lede --date 2026-03-03\n  lede --gazetteer my-names.tsv --explain article.txt\n  lede *.txt | jq -r '.entities[] | select(.type == \"person\") | .canonical' | sort | uniq -c"
)]
struct Args {
    /// Input files; none, or "-", reads standard input.
    #[arg(value_name = "FILE")]
    files: Vec<String>,

    /// Reference date for relative dates when an article states none (its dateline wins).
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    date: Option<Date>,

    /// Report only these entity types (comma-separated: person,place,organization,amount,date).
    #[arg(long, value_name = "TYPES", value_delimiter = ',', value_parser = parse_type)]
    types: Option<Vec<EntityType>>,

    /// Pretty-print the JSON (the default when standard output is a terminal).
    #[arg(long, conflicts_with = "compact")]
    pretty: bool,

    /// One JSON object per line (the default when standard output is not a terminal).
    #[arg(long)]
    compact: bool,

    /// Add to each entity the rule or list that found it.
    #[arg(long)]
    explain: bool,

    /// Your own names, matched before the built-in lists: a TSV of name, type (person, place,
    /// organization) and optional canonical name. May be given several times.
    #[arg(long, value_name = "FILE")]
    gazetteer: Vec<String>,
}

fn parse_date(s: &str) -> Result<Date, String> {
    Date::parse_iso(s).ok_or_else(|| format!("'{s}' is not a date of the form YYYY-MM-DD"))
}

fn parse_type(s: &str) -> Result<EntityType, String> {
    EntityType::parse(s.trim())
        .ok_or_else(|| format!("'{s}' is not one of person, place, organization, amount, date"))
}

fn main() -> ExitCode {
    let args = Args::parse();
    let pretty = args.pretty || (!args.compact && io::stdout().is_terminal());
    let gazetteer = match load_gazetteers(&args.gazetteer) {
        Ok(g) => g,
        Err(message) => {
            eprintln!("lede: {message}");
            return ExitCode::from(2);
        }
    };
    let analyzer = Analyzer::new(Options {
        gazetteer,
        reference_date: args.date,
        types: args.types.clone(),
        explain: args.explain,
    });
    let files = if args.files.is_empty() {
        vec!["-".to_string()]
    } else {
        args.files.clone()
    };

    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut failed = false;
    for file in &files {
        let text = match read_input(file) {
            Ok(text) => text,
            Err(message) => {
                let _ = out.flush();
                eprintln!("lede: {file}: {message}");
                failed = true;
                continue;
            }
        };
        let mut analysis = analyzer.analyze(&text);
        analysis.source = Some(file.clone());
        let written = if pretty {
            serde_json::to_writer_pretty(&mut out, &analysis).map_err(io::Error::from)
        } else {
            serde_json::to_writer(&mut out, &analysis).map_err(io::Error::from)
        }
        .and_then(|()| out.write_all(b"\n"));
        if let Err(e) = written.and_then(|()| if pretty { out.flush() } else { Ok(()) }) {
            return write_failure(&e);
        }
    }
    if let Err(e) = out.flush() {
        return write_failure(&e);
    }
    if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// Reads the `--gazetteer` files into one list; the error names the file and line.
fn load_gazetteers(files: &[String]) -> Result<Option<std::sync::Arc<UserGazetteer>>, String> {
    if files.is_empty() {
        return Ok(None);
    }
    let mut texts = Vec::with_capacity(files.len());
    for file in files {
        let text = read_input(file).map_err(|e| format!("{file}: {e}"))?;
        UserGazetteer::from_tsv(&[&text]).map_err(|e| format!("{file}: {e}"))?;
        texts.push(text);
    }
    let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
    let lists = UserGazetteer::from_tsv(&refs).map_err(|e| e.to_string())?;
    Ok(Some(std::sync::Arc::new(lists)))
}

/// A closed pipe (`lede ... | head`) ends the run quietly; other write errors are reported.
fn write_failure(e: &io::Error) -> ExitCode {
    if e.kind() == io::ErrorKind::BrokenPipe {
        ExitCode::SUCCESS
    } else {
        eprintln!("lede: writing output: {e}");
        ExitCode::from(1)
    }
}

/// Reads and decodes one input; the error is a one-line message.
fn read_input(file: &str) -> Result<String, String> {
    let mut bytes = Vec::new();
    if file == "-" {
        io::stdin()
            .lock()
            .read_to_end(&mut bytes)
            .map_err(|e| describe(&e))?;
    } else {
        let path = Path::new(file);
        if path.is_dir() {
            return Err("is a directory".to_string());
        }
        bytes = std::fs::read(path).map_err(|e| describe(&e))?;
    }
    lede::input::decode(&bytes).map_err(|e| e.to_string())
}

fn describe(e: &io::Error) -> String {
    match e.kind() {
        io::ErrorKind::NotFound => "no such file".to_string(),
        io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        _ => {
            let s = e.to_string();
            s.split(" (os error").next().unwrap_or(&s).to_string()
        }
    }
}
