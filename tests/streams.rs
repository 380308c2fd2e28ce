//! Failing output streams: a closed or full standard output or standard error never makes
//! lede panic or hang; the inputs are still analyzed and the exit status tells the truth.

use std::io::Read;
use std::process::{Child, Command, ExitStatus, Stdio};
use std::time::{Duration, Instant};

const ARTICLE: &str = "fixtures/kenya_fuel_levy.txt";

fn command(args: &[&str]) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_lede"));
    cmd.args(args)
        .current_dir(crate::root())
        .stdin(Stdio::null());
    cmd
}

/// Waits for `child` for at most a minute (a hang fails the test instead of stalling it).
fn wait(mut child: Child) -> ExitStatus {
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        if let Some(status) = child.try_wait().expect("wait for lede") {
            return status;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            panic!("lede did not finish within a minute");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// Inputs that fail between many that do not: each failure writes to standard error.
fn mixed_inputs() -> Vec<&'static str> {
    let mut args = vec!["--compact", "/nonexistent/one.txt"];
    args.extend([ARTICLE; 150]);
    args.push("/nonexistent/two.txt");
    args.extend([ARTICLE; 150]);
    args
}

#[test]
fn a_closed_standard_error_neither_hangs_nor_panics() {
    for jobs in ["1", "2"] {
        let mut args = vec!["--jobs", jobs];
        args.extend(mixed_inputs());
        let mut child = command(&args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("run lede");
        // Nobody reads standard error: every message meets a closed pipe.
        drop(child.stderr.take());
        let mut stdout = child.stdout.take().expect("stdout");
        let reader = std::thread::spawn(move || {
            let mut out = Vec::new();
            stdout.read_to_end(&mut out).expect("read stdout");
            out
        });
        let status = wait(child);
        let out = reader.join().expect("stdout reader");
        assert_eq!(status.code(), Some(1), "--jobs {jobs}: {status:?}");
        let lines = out.split(|&b| b == b'\n').filter(|l| !l.is_empty()).count();
        assert_eq!(
            lines, 300,
            "--jobs {jobs}: every readable input is analyzed"
        );
    }
}

#[test]
fn a_full_standard_output_is_an_error_not_a_panic() {
    if !std::path::Path::new("/dev/full").exists() {
        return;
    }
    for args in [
        &["completions", "bash"][..],
        &["man"][..],
        &["--schema"][..],
        &["--compact", ARTICLE][..],
    ] {
        let full = std::fs::OpenOptions::new()
            .write(true)
            .open("/dev/full")
            .expect("open /dev/full");
        let child = command(args)
            .stdout(full)
            .stderr(Stdio::piped())
            .spawn()
            .expect("run lede");
        let out = child.wait_with_output().expect("wait for lede");
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{args:?}: {err}");
        assert!(!err.contains("panicked"), "{args:?}: {err}");
        assert!(
            err.starts_with("lede: writing output: ") && err.lines().count() == 1,
            "{args:?}: {err}"
        );
    }
}

#[test]
fn a_reader_that_stops_early_ends_the_run_quietly() {
    for args in [
        &["--schema"][..],
        &["man"][..],
        &["--compact", ARTICLE, ARTICLE][..],
    ] {
        let mut child = command(args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("run lede");
        // Read one byte, then close the pipe, as `head -c1` does.
        let mut stdout = child.stdout.take().expect("stdout");
        let mut one = [0u8; 1];
        let _ = stdout.read(&mut one);
        drop(stdout);
        let out = child.wait_with_output().expect("wait for lede");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "{args:?}: {err}");
        assert!(err.is_empty(), "{args:?}: {err}");
    }
}

/// Ctrl-C (SIGINT) in the middle of a run: the analyses begun are written whole, no line is
/// cut, and the status is 130.
#[cfg(unix)]
#[test]
fn an_interrupted_run_leaves_whole_lines() {
    use std::io::BufRead;
    let mut args = vec!["--jobs", "2", "--compact"];
    args.extend([ARTICLE; 20_000]);
    let mut child = command(&args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run lede");
    let mut stdout = std::io::BufReader::new(child.stdout.take().expect("stdout"));
    let mut first = String::new();
    stdout.read_line(&mut first).expect("a first line");
    let killed = Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .expect("kill");
    assert!(killed.success());
    let mut rest = Vec::new();
    stdout.read_to_end(&mut rest).expect("read stdout");
    let status = wait(child);
    assert_eq!(status.code(), Some(130), "{status:?}");
    let rest = String::from_utf8(rest).expect("UTF-8");
    let lines: Vec<&str> = std::iter::once(first.trim_end())
        .chain(rest.lines())
        .collect();
    assert!(lines.len() < 20_000, "the run stopped early");
    for line in &lines {
        serde_json::from_str::<serde_json::Value>(line).expect("every line is whole JSON");
    }
    assert!(rest.is_empty() || rest.ends_with('\n'));
}
