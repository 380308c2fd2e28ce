//! Benchmarks of each pipeline stage and of the whole analysis, on an embedded fixture
//! article repeated to a realistic batch size. Process-level figures (start-up, throughput
//! over the shared news corpus, memory) come from `scripts/bench.sh`.

use std::hint::black_box;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use lede::gazetteer::NameLists;
use lede::recognize::{amount, date, names};
use lede::segment::{split_paragraphs, split_sentences};
use lede::token::{tokenize, tokenize_into};
use lede::{Analyzer, Date, Options};

/// About 200 KB of news text: the fixtures, repeated. Repeated text flatters the
/// per-thread caches (the gazetteer memo, the names' chunk memo), which hit more often here
/// than on a real batch: `scripts/bench.sh` gives the figures over the news corpus.
fn corpus() -> String {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .expect("fixtures")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    let one: String = files
        .iter()
        .map(|p| std::fs::read_to_string(p).expect("fixture") + "\n\n")
        .collect();
    one.repeat((200_000 / one.len()).max(1))
}

fn stages(c: &mut Criterion) {
    let text = corpus();
    let sentences = split_sentences(&text);
    let reference = Date::parse_iso("2026-03-03");
    let lists = NameLists::default();
    let mut g = c.benchmark_group("stages");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.measurement_time(Duration::from_secs(4));
    g.bench_function("paragraphs", |b| {
        b.iter(|| split_paragraphs(black_box(&text)))
    });
    g.bench_function("sentences", |b| {
        b.iter(|| split_sentences(black_box(&text)))
    });
    g.bench_function("tokens", |b| b.iter(|| tokenize(black_box(&text))));
    g.bench_function("names", |b| {
        b.iter(|| {
            let (mut out, mut tokens) = (Vec::new(), Vec::new());
            for &s in &sentences {
                tokens.clear();
                tokenize_into(&text, s.start, s.end, &mut tokens);
                names::find(&text, s, &tokens, &lists, &mut out);
            }
            out
        })
    });
    g.bench_function("amounts", |b| {
        b.iter(|| {
            let mut out = Vec::new();
            for &s in &sentences {
                amount::find(&text, s, &mut out);
            }
            out
        })
    });
    g.bench_function("dates", |b| {
        b.iter(|| {
            let mut out = Vec::new();
            for &s in &sentences {
                date::find(&text, s, reference, &mut out);
            }
            out
        })
    });
    g.finish();
}

fn whole(c: &mut Criterion) {
    let text = corpus();
    let analyzer = Analyzer::new(Options::default());
    let mut g = c.benchmark_group("pipeline");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.measurement_time(Duration::from_secs(6));
    g.bench_function("analyze", |b| b.iter(|| analyzer.analyze(black_box(&text))));
    g.bench_function("analyze+json", |b| {
        b.iter(|| serde_json::to_vec(&analyzer.analyze(black_box(&text))).expect("json"))
    });
    g.finish();
}

fn startup(c: &mut Criterion) {
    let bin = env!("CARGO_BIN_EXE_lede");
    let article = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/kenya_fuel_levy.txt");
    let mut g = c.benchmark_group("process");
    g.measurement_time(Duration::from_secs(5));
    g.bench_function("start-up: one article, process start to exit", |b| {
        b.iter(|| {
            let out = std::process::Command::new(bin)
                .args(["--compact", article])
                .output()
                .expect("run lede");
            assert!(out.status.success());
        })
    });
    g.finish();
}

criterion_group!(benches, stages, whole, startup);
criterion_main!(benches);
