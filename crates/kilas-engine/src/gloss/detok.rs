//! Joining English chunks into a readable sentence (spacing around punctuation and quotes).

use super::Chunk;

/// For each chunk, whether a space goes before it when the chunks are joined.
pub fn spaces_before(chunks: &[Chunk]) -> Vec<bool> {
    let mut out = Vec::with_capacity(chunks.len());
    let mut glue_next = true;
    let mut quote_open = false;
    for c in chunks {
        let en = c.en.as_str();
        if en.is_empty() {
            out.push(false);
            continue;
        }
        let (space_before, glue_after) = match en {
            "\"" => {
                quote_open = !quote_open;
                (quote_open, quote_open)
            }
            "," | "." | ";" | ":" | "!" | "?" | ")" | "]" | "%" | "..." | "\u{2026}" => (false, false),
            "(" | "[" => (true, true),
            "/" => (false, true),
            _ => (true, false),
        };
        out.push(space_before && !glue_next);
        glue_next = glue_after;
    }
    out
}

/// Join chunk texts with single spaces, except before closing and after opening marks.
pub fn join_chunks(chunks: &[Chunk]) -> String {
    let mut out = String::new();
    for (c, space) in chunks.iter().zip(spaces_before(chunks)) {
        if space {
            out.push(' ');
        }
        out.push_str(&c.en);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chunks(parts: &[&str]) -> Vec<Chunk> {
        parts.iter().map(|p| Chunk { en: p.to_string(), start: 0, end: 0, known: true, alternatives: vec![] }).collect()
    }

    #[test]
    fn punctuation_and_quotes() {
        let c = chunks(&["\"", "Many", "products", ",", "\"", "Andi", "said", "on", "Wednesday", "(", "4/9", ")", "."]);
        assert_eq!(join_chunks(&c), "\"Many products,\" Andi said on Wednesday (4/9).");
    }
}
