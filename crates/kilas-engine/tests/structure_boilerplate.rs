//! `analyze` on every annotated press release of the shared evaluation data marks all the
//! boilerplate lines its README lists (ALL-CAPS headline, `Baca juga:`, `Pewarta:`,
//! `Editor:`, `COPYRIGHT ©`, `(*/Inf)`, `Foto:` captions) and none of the content lines.
//! Skipped when `../shared/data` is absent.

use std::fs;
use std::path::PathBuf;

fn shared_data() -> Option<PathBuf> {
    let p = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/data"));
    p.is_dir().then_some(p)
}

/// The README's definition of a boilerplate line, written independently of the engine.
fn readme_boilerplate(line: &str, first: bool) -> bool {
    let l = line.trim();
    let lower = l.to_lowercase();
    let letters = l.chars().filter(|c| c.is_alphabetic()).count();
    let all_caps = letters >= 6 && l.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase);
    (first && all_caps)
        || ["baca juga", "pewarta:", "pewarta :", "editor:", "editor :", "copyright ©", "foto:", "foto :"]
            .iter()
            .any(|p| lower.starts_with(p))
        || (l.starts_with("(*") && l.ends_with(')'))
}

/// The `text` field of an annotation file.
fn text_of(json: &str) -> Option<String> {
    let v: serde_json::Value = serde_json::from_str(json).ok()?;
    v.get("text")?.as_str().map(str::to_string)
}

#[test]
fn boilerplate_lines_of_annotated_releases() {
    let Some(data) = shared_data() else {
        eprintln!("shared data absent: skipped");
        return;
    };
    let Ok(rd) = fs::read_dir(data.join("facts")) else { return };
    let mut files: Vec<PathBuf> =
        rd.filter_map(Result::ok).map(|e| e.path()).filter(|p| p.extension().is_some_and(|e| e == "json")).collect();
    files.sort();
    let mut boiler_lines = 0;
    for path in &files {
        let text = text_of(&fs::read_to_string(path).unwrap()).expect("text field");
        let a = kilas_engine::analyze(&text, &Default::default());
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        let mut first = true;
        for (i, line) in text.split('\n').enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            let expected = readme_boilerplate(line, first);
            first = false;
            let units: Vec<_> = a.sentences.iter().filter(|s| s.paragraph == i).collect();
            assert!(!units.is_empty(), "{name}: line {i} has no unit");
            if expected {
                boiler_lines += 1;
                for u in &units {
                    assert!(u.boilerplate, "{name}: line {i} should be boilerplate: {}", u.text);
                }
            } else {
                for (k, u) in units.iter().enumerate() {
                    // Only a trailing agency tag `(*/Inf)` glued to the last sentence may be boilerplate.
                    let tag = k + 1 == units.len() && k > 0 && u.text.starts_with('(') && u.text.ends_with(')');
                    assert!(!u.boilerplate || tag, "{name}: content line {i} marked boilerplate: {}", u.text);
                }
            }
        }
    }
    if !files.is_empty() {
        assert!(boiler_lines >= files.len(), "each release has credit lines");
    }
}
