//! Joining English chunks into a readable sentence (spacing around punctuation and quotes).

use super::Chunk;

/// Join chunk texts with single spaces, except before closing and after opening marks.
pub fn join_chunks(chunks: &[Chunk]) -> String {
    let mut out = String::new();
    let mut no_space_next = true;
    let mut quote_open = false;
    for c in chunks {
        let en = c.en.as_str();
        if en.is_empty() {
            continue;
        }
        let (space_before, glue_after) = match en {
            "\"" => {
                quote_open = !quote_open;
                if quote_open {
                    (true, true)
                } else {
                    (false, false)
                }
            }
            "," | "." | ";" | ":" | "!" | "?" | ")" | "]" | "%" | "..." | "\u{2026}" => (false, false),
            "(" | "[" => (true, true),
            "/" => (false, true),
            "-" => (true, false),
            _ => (true, false),
        };
        if space_before && !no_space_next && !out.is_empty() {
            out.push(' ');
        }
        out.push_str(en);
        no_space_next = glue_after;
    }
    out
}
