//! Pasted or opened HTML turned into plain text, safely: tags are dropped (never interpreted),
//! `script`/`style` content is discarded, block elements become line breaks and character
//! references are decoded.

/// Plain text of an HTML document or fragment, one paragraph per line.
///
/// ```
/// let t = kilas_engine::html::to_text("<p>Kantor <b>dibuka</b>.</p><script>alert(1)</script><p>A &amp; B</p>");
/// assert_eq!(t, "Kantor dibuka.\nA & B");
/// ```
pub fn to_text(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(lt) = rest.find('<') {
        out.push_str(&decode_entities(&rest[..lt]));
        rest = &rest[lt..];
        if rest.starts_with("<!--") {
            rest = rest.find("-->").map_or("", |e| &rest[e + 3..]);
            continue;
        }
        let Some(gt) = rest.find('>') else {
            // A lone `<` is text.
            out.push('<');
            rest = &rest[1..];
            continue;
        };
        let tag = &rest[1..gt];
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect::<String>()
            .to_ascii_lowercase();
        if name.is_empty() && !tag.starts_with('!') && !tag.starts_with('/') {
            out.push('<');
            rest = &rest[1..];
            continue;
        }
        rest = &rest[gt + 1..];
        if !tag.starts_with('/') && matches!(name.as_str(), "script" | "style" | "noscript" | "template" | "head") {
            let close = format!("</{name}");
            rest = find_ci(rest, &close).map_or("", |e| {
                let after = &rest[e..];
                after.find('>').map_or("", |g| &after[g + 1..])
            });
            continue;
        }
        if is_block(&name) {
            out.push('\n');
        } else if name == "td" || name == "th" {
            out.push_str(" | ");
        }
    }
    out.push_str(&decode_entities(rest));
    tidy_lines(&out)
}

fn find_ci(hay: &str, needle: &str) -> Option<usize> {
    let lower = hay.to_ascii_lowercase();
    lower.find(needle)
}

fn is_block(name: &str) -> bool {
    matches!(
        name,
        "p" | "div"
            | "br"
            | "li"
            | "ul"
            | "ol"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "tr"
            | "table"
            | "section"
            | "article"
            | "header"
            | "footer"
            | "blockquote"
            | "figcaption"
            | "figure"
            | "hr"
            | "pre"
            | "dd"
            | "dt"
            | "title"
    )
}

fn tidy_lines(s: &str) -> String {
    let lines: Vec<String> =
        s.lines().map(|l| l.split_whitespace().collect::<Vec<_>>().join(" ")).filter(|l| !l.is_empty()).collect();
    lines.join("\n")
}

/// Decode the character references news pages use.
pub fn decode_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        let end = rest[1..].find(|c: char| !(c.is_ascii_alphanumeric() || c == '#')).map(|e| e + 1);
        let decoded = end.filter(|&e| rest[e..].starts_with(';')).and_then(|e| entity(&rest[1..e]).map(|c| (c, e + 1)));
        match decoded {
            Some((c, len)) => {
                out.push(c);
                rest = &rest[len..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

fn entity(name: &str) -> Option<char> {
    if let Some(num) = name.strip_prefix('#') {
        let code = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse().ok()?,
        };
        return char::from_u32(code).filter(|c| *c != '\0');
    }
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => '\u{a0}',
        "ndash" => '\u{2013}',
        "mdash" => '\u{2014}',
        "lsquo" => '\u{2018}',
        "rsquo" => '\u{2019}',
        "ldquo" => '\u{201c}',
        "rdquo" => '\u{201d}',
        "hellip" => '\u{2026}',
        "copy" => '\u{a9}',
        "shy" => '\u{ad}',
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_markup_and_keeps_paragraphs() {
        let html = "<html><head><title>x</title><style>p{}</style></head><body><h1>JUDUL</h1><p>Satu &lt;dua&gt;.</p><!-- c --><div>Tiga<br>Empat</div><SCRIPT>evil()</SCRIPT></body></html>";
        assert_eq!(to_text(html), "JUDUL\nSatu <dua>.\nTiga\nEmpat");
    }

    #[test]
    fn odd_input_does_not_panic() {
        for s in ["<", "<<>>", "&", "&#xZZ;", "&#0;", "<script>", "a < b > c", "<p", "&#1114112;", "<!--", "é<b>é</b>"]
        {
            let _ = to_text(s);
        }
        assert_eq!(to_text("a < b"), "a < b");
    }
}
