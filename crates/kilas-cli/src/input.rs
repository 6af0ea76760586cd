//! Reading the input document: a file, or standard input for `-` or no argument.

use std::io::{self, Read};

/// Read the whole input as UTF-8, with a plain-words error for missing or non-UTF-8 files.
pub fn read_input(file: Option<&str>) -> io::Result<String> {
    let (bytes, name) = match file {
        None | Some("-") => {
            let mut buf = Vec::new();
            io::stdin().read_to_end(&mut buf)?;
            (buf, "standard input".to_string())
        }
        Some(path) => {
            let buf = std::fs::read(path).map_err(|e| io::Error::new(e.kind(), format!("cannot read {path}: {e}")))?;
            (buf, path.to_string())
        }
    };
    String::from_utf8(bytes).map_err(|e| {
        io::Error::new(
            io::ErrorKind::InvalidData,
            format!("{name} is not UTF-8 text (invalid byte at position {}); save it as UTF-8 and try again", e.utf8_error().valid_up_to()),
        )
    })
}
