//! The command-line contract (docs/CLI.md), exercised through the real binary.

use assert_cmd::Command;

fn kilas() -> Command {
    Command::cargo_bin("kilas").unwrap()
}

#[test]
fn gloss_lines_keeps_one_line_per_input_line() {
    let out = kilas()
        .args(["gloss", "--lines"])
        .write_stdin("kantor wilayah\n\nRapat koordinasi. Kedua.\n")
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = text.split('\n').collect();
    assert_eq!(lines.len(), 4, "{text:?}");
    assert_eq!(lines[1], "");
    assert!(lines[0].contains("office"));
}

#[test]
fn analyze_emits_the_contract_fields() {
    let out = kilas()
        .args(["analyze", "--date", "2024-09-05", "-"])
        .write_stdin("Makassar (ANTARA) - Kantor dibuka. Rapat digelar.")
        .output()
        .unwrap();
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    for key in ["title", "dateline", "sentences", "tokens", "facts", "summary", "stats"] {
        assert!(v.get(key).is_some(), "missing {key}");
    }
    assert_eq!(v["dateline"]["place"], "Makassar");
    assert_eq!(v["dateline"]["agency"], "ANTARA");
    let s = &v["sentences"][0];
    for key in ["start", "end", "text", "gloss", "boilerplate", "score", "in_summary", "chunks"] {
        assert!(s.get(key).is_some(), "missing sentences[].{key}");
    }
    let t = &v["tokens"][0];
    for key in ["start", "end", "text", "lemma", "known"] {
        assert!(t.get(key).is_some(), "missing tokens[].{key}");
    }
    for key in ["words", "known_words", "unknown_words"] {
        assert!(v["stats"].get(key).is_some(), "missing stats.{key}");
    }
}

#[test]
fn analyze_lines_gives_one_object_per_line() {
    let out = kilas().args(["analyze", "--lines"]).write_stdin("satu\n\ntiga\n").output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert_eq!(text.lines().count(), 3);
    for l in text.lines() {
        serde_json::from_str::<serde_json::Value>(l).unwrap();
    }
}

#[test]
fn lemma_lines() {
    let out = kilas().args(["lemma", "--lines"]).write_stdin("kantornya\nkantor\n").output().unwrap();
    assert_eq!(String::from_utf8(out.stdout).unwrap(), "kantor\nkantor\n");
}

#[test]
fn brief_is_markdown() {
    let out = kilas().args(["brief"]).write_stdin("Makassar (ANTARA) - Kantor dibuka.").output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.starts_with("# "), "{text}");
}

#[test]
fn errors_are_plain_words_not_panics() {
    let out = kilas().args(["gloss", "/no/such/file.txt"]).output().unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.starts_with("kilas: cannot read"), "{err}");
    assert!(!err.contains("panicked"));

    let dir = std::env::temp_dir().join(format!("kilas-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let bad = dir.join("latin1.txt");
    std::fs::write(&bad, b"caf\xe9").unwrap();
    let out = kilas().args(["analyze", bad.to_str().unwrap()]).output().unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8(out.stderr).unwrap().contains("not UTF-8"));

    let out = kilas().args(["analyze", "--date", "2024-13-01"]).write_stdin("x").output().unwrap();
    assert!(!out.status.success());
}

#[test]
fn terms_file_overrides_the_gloss_in_gloss_analyze_and_brief() {
    let dir = std::env::temp_dir().join(format!("kilas-terms-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let terms = dir.join("terms.tsv");
    std::fs::write(&terms, "# mine\nsembako\tbasic groceries\nDesa Sukamaju =\n").unwrap();
    let text = "Warga Desa Sukamaju membeli sembako di pasar.";
    let terms_arg = terms.to_str().unwrap();

    let out = kilas().args(["gloss", "--terms", terms_arg]).write_stdin(text).output().unwrap();
    assert!(out.status.success());
    let gloss = String::from_utf8(out.stdout).unwrap();
    assert!(gloss.contains("basic groceries") && gloss.contains("Desa Sukamaju"), "{gloss}");

    let plain = kilas().args(["gloss"]).write_stdin(text).output().unwrap();
    assert!(!String::from_utf8(plain.stdout).unwrap().contains("basic groceries"));

    let out = kilas().args(["analyze", "--terms", terms_arg, "-"]).write_stdin(text).output().unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(v["sentences"][0]["gloss"].as_str().unwrap().contains("basic groceries"));

    let out = kilas().args(["brief", "--terms", terms_arg]).write_stdin(text).output().unwrap();
    assert!(String::from_utf8(out.stdout).unwrap().contains("basic groceries"));

    let missing = kilas().args(["gloss", "--terms", "/nonexistent/terms.tsv"]).write_stdin(text).output().unwrap();
    assert_eq!(missing.status.code(), Some(1));
    let err = String::from_utf8(missing.stderr).unwrap();
    assert!(err.starts_with("kilas: cannot read") && !err.contains("panicked"), "{err}");
    let _ = std::fs::remove_dir_all(&dir);
}
