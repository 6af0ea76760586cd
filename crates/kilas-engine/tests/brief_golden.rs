//! Golden briefs for three sample articles written for Kilas (fictional people and figures).
//! The `.md` files were reviewed by eye; regenerate them with `KILAS_UPDATE_GOLDEN=1` after a
//! deliberate change and review the diff.

use kilas_engine::{analyze, brief, Options};
use std::path::PathBuf;

fn golden_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/golden/brief")
}

#[test]
fn golden_briefs() {
    let update = std::env::var_os("KILAS_UPDATE_GOLDEN").is_some();
    let mut failures = Vec::new();
    for name in ["banjir", "narkoba", "beasiswa"] {
        let text = std::fs::read_to_string(golden_dir().join(format!("{name}.txt"))).unwrap();
        let md = brief::render_markdown(&analyze(&text, &Options::default()));
        let path = golden_dir().join(format!("{name}.md"));
        if update {
            std::fs::write(&path, &md).unwrap();
            continue;
        }
        let want = std::fs::read_to_string(&path).unwrap_or_default();
        if md != want {
            failures.push(format!("--- {name}.md differs; got:\n{md}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn summaries_skip_chrome_and_keep_the_lead() {
    for name in ["banjir", "narkoba", "beasiswa"] {
        let text = std::fs::read_to_string(golden_dir().join(format!("{name}.txt"))).unwrap();
        let a = analyze(&text, &Options::default());
        assert_eq!(a.summary.len(), 3, "{name}");
        let first_content = a.sentences.iter().position(|s| !s.boilerplate).unwrap();
        assert_eq!(a.summary[0], first_content, "{name}: the lead is always in");
        for &i in &a.summary {
            let t = &a.sentences[i].text;
            assert!(!t.starts_with("Baca juga") && !t.starts_with("Pewarta") && !t.starts_with('"'), "{name}: {t}");
        }
    }
}
