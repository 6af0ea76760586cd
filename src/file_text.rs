//! Opened files to text: size and type checks, text encodings, HTML to plain text. Pure, so
//! it is tested without a browser; the errors are sentences for the user.

/// Files larger than this are refused (a press release is a few kilobytes).
pub const MAX_FILE_BYTES: usize = 2_000_000;

/// Extensions of formats Kilas cannot read yet, with a name users know.
const UNSUPPORTED: &[(&str, &str)] = &[
    (".pdf", "PDF"),
    (".docx", "Word"),
    (".doc", "Word"),
    (".odt", "OpenDocument"),
    (".rtf", "RTF"),
    (".xlsx", "Excel"),
    (".pptx", "PowerPoint"),
];

/// Whether a file of this name and size may be read at all (checked before reading it).
pub fn check_before_reading(name: &str, size: f64) -> Result<(), String> {
    let lower = name.to_lowercase();
    if let Some((_, kind)) = UNSUPPORTED.iter().find(|(ext, _)| lower.ends_with(ext)) {
        return Err(format!(
            "{name} is a {kind} file, which Kilas cannot open yet. Copy the text from it and paste it here, or save it as a .txt file."
        ));
    }
    if size > MAX_FILE_BYTES as f64 {
        return Err(format!(
            "{name} is too large ({:.1} MB). Kilas opens text and HTML files up to 2 MB; paste the part you need instead.",
            size / 1_000_000.0
        ));
    }
    Ok(())
}

/// The text of a file's bytes: UTF-8 (with or without a byte-order mark), UTF-16 with a
/// byte-order mark, or else Windows-1252 (older Windows editors); HTML becomes plain text.
pub fn decode(name: &str, bytes: &[u8]) -> Result<String, String> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(format!("{name} is too large. Kilas opens text and HTML files up to 2 MB."));
    }
    let raw = if let Some(rest) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        String::from_utf8_lossy(rest).into_owned()
    } else if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        utf16(rest, u16::from_le_bytes)
    } else if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        utf16(rest, u16::from_be_bytes)
    } else if looks_binary(bytes) {
        return Err(format!(
            "{name} does not look like a text file (it may be a PDF, Word document or picture). Open a .txt or .html file, or paste the text."
        ));
    } else {
        match std::str::from_utf8(bytes) {
            Ok(s) => s.to_string(),
            Err(_) => bytes.iter().map(|b| windows_1252(*b)).collect(),
        }
    };
    let lower = name.to_lowercase();
    let is_html = lower.ends_with(".html") || lower.ends_with(".htm") || raw.trim_start().starts_with('<');
    let text = if is_html { kilas_engine::html::to_text(&raw) } else { raw };
    if text.trim().is_empty() {
        return Err(format!("{name} has no text in it."));
    }
    Ok(text)
}

fn utf16(bytes: &[u8], word: fn([u8; 2]) -> u16) -> String {
    let units = bytes.chunks_exact(2).map(|p| word([p[0], p[1]]));
    char::decode_utf16(units).map(|r| r.unwrap_or(char::REPLACEMENT_CHARACTER)).collect()
}

/// NUL bytes or the magic numbers of common binary formats in the first bytes.
fn looks_binary(bytes: &[u8]) -> bool {
    const MAGIC: &[&[u8]] = &[b"%PDF", b"PK\x03\x04", b"\xD0\xCF\x11\xE0", b"\x89PNG", b"\xFF\xD8\xFF", b"GIF8"];
    let head = &bytes[..bytes.len().min(8192)];
    MAGIC.iter().any(|m| bytes.starts_with(m)) || head.contains(&0)
}

/// One byte of Windows-1252 (Latin-1 with typographic quotes and dashes in 0x80–0x9F).
fn windows_1252(b: u8) -> char {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8D}', 'Ž', '\u{8F}', '\u{90}', '‘',
        '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9D}', 'ž', 'Ÿ',
    ];
    match b {
        0x80..=0x9F => HIGH.get(usize::from(b - 0x80)).copied().unwrap_or('\u{FFFD}'),
        _ => char::from(b),
    }
}
