//! Batch mode, `coverage`, `--ratio` and error handling, through the real binary.

use assert_cmd::Command;
use std::path::PathBuf;

fn kilas() -> Command {
    Command::cargo_bin("kilas").unwrap()
}

/// A fresh folder with two good articles, one Latin-1 file and a non-.txt file.
fn corpus(tag: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("kilas-batch-{tag}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("sub")).unwrap();
    std::fs::write(dir.join("a.txt"), "Makassar (ANTARA) - Kantor dibuka. Rapat koordinasi digelar.\n").unwrap();
    std::fs::write(dir.join("sub/b.txt"), "Polisi menangkap dua tersangka di Medan.\n").unwrap();
    std::fs::write(dir.join("notes.md"), "ignored").unwrap();
    dir
}

#[test]
fn analyze_folder_gives_json_lines_with_file() {
    let dir = corpus("folder");
    let out = kilas().args(["analyze", dir.to_str().unwrap()]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8(out.stdout).unwrap();
    let objs: Vec<serde_json::Value> = text.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(objs.len(), 2, "{text}");
    assert!(objs[0]["file"].as_str().unwrap().ends_with("a.txt"));
    assert!(objs[1]["file"].as_str().unwrap().ends_with("b.txt"));
    assert!(objs[0]["sentences"].is_array());
    // No progress bar when stderr is not a terminal.
    assert!(out.stderr.is_empty());
}

#[test]
fn bad_inputs_are_skipped_with_a_warning_and_a_failing_exit_code() {
    let dir = corpus("bad");
    std::fs::write(dir.join("latin1.txt"), b"caf\xe9").unwrap();
    let missing = dir.join("missing.txt");
    let out =
        kilas().args(["brief", "--format", "json", dir.to_str().unwrap(), missing.to_str().unwrap()]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("not UTF-8") && err.contains("cannot read"), "{err}");
    assert!(err.contains("2 input(s) skipped"), "{err}");
    assert!(!err.contains("panicked"));
    let text = String::from_utf8(out.stdout).unwrap();
    assert_eq!(text.lines().count(), 2, "{text}");
    for l in text.lines() {
        let v: serde_json::Value = serde_json::from_str(l).unwrap();
        for key in
            ["file", "headline", "summary", "who", "organisations", "where", "when", "figures", "quotes", "source"]
        {
            assert!(v.get(key).is_some(), "missing {key}");
        }
    }
}

#[test]
fn brief_markdown_batch_separates_documents() {
    let dir = corpus("md");
    let a = dir.join("a.txt");
    let b = dir.join("sub/b.txt");
    let out = kilas().args(["brief", a.to_str().unwrap(), b.to_str().unwrap()]).output().unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert_eq!(text.matches("File: ").count(), 2, "{text}");
    assert!(text.contains("\n---\n"));
}

#[test]
fn single_file_contract_is_unchanged() {
    let dir = corpus("single");
    let a = dir.join("a.txt");
    let out = kilas().args(["analyze", "--date", "2024-09-05", a.to_str().unwrap()]).output().unwrap();
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(v.get("file").is_none());
    assert_eq!(v["summary"].as_array().unwrap().len(), 2);
}

#[test]
fn ratio_and_sentences() {
    let text = "Satu berita banjir di Bekasi. Dua berita banjir di Bogor. Tiga berita longsor di Garut. Empat berita gempa di Cianjur.";
    let out = kilas().args(["analyze", "--sentences", "1"]).write_stdin(text).output().unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["summary"].as_array().unwrap().len(), 1);
    let out = kilas().args(["analyze", "--ratio", "0.5"]).write_stdin(text).output().unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["summary"].as_array().unwrap().len(), 2);
    let out = kilas().args(["analyze", "--ratio", "2"]).write_stdin(text).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn brief_formats() {
    let text = "Makassar (ANTARA) - Polisi menangkap dua tersangka pencurian di Makassar, Rabu (4/9/2024).";
    let out = kilas().args(["brief", "--format", "text"]).write_stdin(text).output().unwrap();
    let t = String::from_utf8(out.stdout).unwrap();
    assert!(!t.starts_with('#') && t.contains("Source: Makassar (ANTARA)"), "{t}");
    let out = kilas().args(["brief", "--format", "json", "-"]).write_stdin(text).output().unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["source"], "Makassar (ANTARA)");
}

#[test]
fn coverage_reports_rate_and_forms() {
    let out = kilas()
        .args(["coverage", "--format", "json"])
        .write_stdin("Kantor dibuka. Xyzzyqwe plonkbar xyzzyqwe.")
        .output()
        .unwrap();
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    for key in ["documents", "words", "known_words", "unknown_words", "unknown_rate", "top_unknown"] {
        assert!(v.get(key).is_some(), "missing {key}");
    }
    let out = kilas().args(["coverage"]).write_stdin("Kantor dibuka.").output().unwrap();
    assert!(String::from_utf8(out.stdout).unwrap().starts_with("documents: 1"));
}

#[test]
fn lines_takes_one_input() {
    let out = kilas().args(["analyze", "--lines", "a.txt", "b.txt"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8(out.stderr).unwrap().contains("--lines takes one input"));
}
