//! Reading the input documents: files, folders, or standard input for `-` or no argument.

use std::io::{self, Read};
use std::path::{Path, PathBuf};

/// One input document, named for messages and for the `file` field of JSON Lines output.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Source {
    Stdin,
    File(PathBuf),
}

impl Source {
    pub fn name(&self) -> String {
        match self {
            Source::Stdin => "-".to_string(),
            Source::File(p) => p.display().to_string(),
        }
    }
}

/// Read the whole input as UTF-8, with a plain-words error for missing or non-UTF-8 files.
pub fn read_input(file: Option<&str>) -> io::Result<String> {
    match file {
        None | Some("-") => read_source(&Source::Stdin),
        Some(path) => read_source(&Source::File(PathBuf::from(path))),
    }
}

/// Read one source as UTF-8 text.
pub fn read_source(source: &Source) -> io::Result<String> {
    let (bytes, name) = match source {
        Source::Stdin => {
            let mut buf = Vec::new();
            io::stdin().read_to_end(&mut buf)?;
            (buf, "standard input".to_string())
        }
        Source::File(path) => {
            let name = path.display().to_string();
            let buf = std::fs::read(path).map_err(|e| io::Error::new(e.kind(), format!("cannot read {name}: {e}")))?;
            (buf, name)
        }
    };
    String::from_utf8(bytes).map_err(|e| {
        io::Error::new(
            io::ErrorKind::InvalidData,
            format!(
                "{name} is not UTF-8 text (invalid byte at position {}); save it as UTF-8 and try again",
                e.utf8_error().valid_up_to()
            ),
        )
    })
}

/// Expand the command-line arguments into sources: no argument or `-` is standard input, a
/// folder gives its `.txt` files (recursively, sorted by path, hidden entries skipped), any
/// other argument is a file (checked when it is read). Unreadable folders are reported in
/// `errors` and skipped.
pub fn expand(args: &[String], errors: &mut Vec<String>) -> Vec<Source> {
    if args.is_empty() {
        return vec![Source::Stdin];
    }
    let mut out = Vec::new();
    for a in args {
        if a == "-" {
            out.push(Source::Stdin);
            continue;
        }
        let p = Path::new(a);
        if p.is_dir() {
            let mut files = Vec::new();
            walk(p, &mut files, errors);
            files.sort();
            if files.is_empty() {
                errors.push(format!("folder {a} holds no .txt files"));
            }
            out.extend(files.into_iter().map(Source::File));
        } else {
            out.push(Source::File(p.to_path_buf()));
        }
    }
    out
}

fn walk(dir: &Path, files: &mut Vec<PathBuf>, errors: &mut Vec<String>) {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            errors.push(format!("cannot read folder {}: {e}", dir.display()));
            return;
        }
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if entry.file_name().to_string_lossy().starts_with('.') {
            continue;
        }
        if path.is_dir() {
            walk(&path, files, errors);
        } else if path.extension().is_some_and(|e| e.eq_ignore_ascii_case("txt")) {
            files.push(path);
        }
    }
}
