//! One glossary line: `form<TAB>pos<TAB>senses[<TAB>expansion[<TAB>domain[<TAB>note]]]`.

/// Parts of speech allowed in the glossary (the `pos` column).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Pos {
    Noun,
    Verb,
    Adjective,
    Adverb,
    Pronoun,
    Preposition,
    Conjunction,
    Numeral,
    Determiner,
    Particle,
    Interjection,
    Classifier,
    Acronym,
    Abbreviation,
    Title,
    Organization,
    Place,
    Country,
    Unit,
    Name,
    Phrase,
}

impl Pos {
    pub const ALL: &'static [(&'static str, Pos)] = &[
        ("n", Pos::Noun),
        ("v", Pos::Verb),
        ("adj", Pos::Adjective),
        ("adv", Pos::Adverb),
        ("pron", Pos::Pronoun),
        ("prep", Pos::Preposition),
        ("conj", Pos::Conjunction),
        ("num", Pos::Numeral),
        ("det", Pos::Determiner),
        ("part", Pos::Particle),
        ("intj", Pos::Interjection),
        ("cls", Pos::Classifier),
        ("acr", Pos::Acronym),
        ("abbr", Pos::Abbreviation),
        ("title", Pos::Title),
        ("org", Pos::Organization),
        ("place", Pos::Place),
        ("country", Pos::Country),
        ("unit", Pos::Unit),
        ("name", Pos::Name),
        ("phr", Pos::Phrase),
    ];

    pub fn parse(s: &str) -> Option<Pos> {
        Pos::ALL.iter().find(|(k, _)| *k == s).map(|(_, p)| *p)
    }

    pub fn code(self) -> &'static str {
        Pos::ALL.iter().find(|(_, p)| *p == self).map_or("?", |(k, _)| k)
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    /// The Indonesian form as written in the data (phrases: words separated by one space).
    pub form: &'static str,
    pub pos: Pos,
    /// English senses, the default first.
    pub senses: Vec<&'static str>,
    /// For acronyms and abbreviations: the Indonesian long form.
    pub expansion: Option<&'static str>,
    pub domain: Option<&'static str>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ParseError {
    Columns(usize),
    Pos(String),
    EmptySense,
    Untrimmed,
}

/// Parse one line. `Ok(None)` for comments (`#`) and blank lines.
pub fn parse_line(line: &'static str) -> Result<Option<Entry>, ParseError> {
    let line = line.strip_suffix('\r').unwrap_or(line);
    if line.trim().is_empty() || line.starts_with('#') {
        return Ok(None);
    }
    let cols: Vec<&'static str> = line.split('\t').collect();
    if cols.len() < 3 || cols.len() > 6 {
        return Err(ParseError::Columns(cols.len()));
    }
    let form = cols[0];
    if form.is_empty() || form.trim() != form || form.contains("  ") {
        return Err(ParseError::Untrimmed);
    }
    let pos = Pos::parse(cols[1]).ok_or_else(|| ParseError::Pos(cols[1].to_string()))?;
    let mut senses = Vec::new();
    for s in cols[2].split(';') {
        let t = s.trim();
        if t.is_empty() {
            return Err(ParseError::EmptySense);
        }
        senses.push(t);
    }
    let opt = |i: usize| cols.get(i).map(|s| s.trim()).filter(|s| !s.is_empty());
    Ok(Some(Entry { form, pos, senses, expansion: opt(3), domain: opt(4) }))
}

/// Parse one line of the compact embedded text (format in `compact.rs`; a leading TAB marks
/// a line of the same key as the line before). `None` for anything malformed.
pub fn parse_compact(line: &'static str) -> Option<Entry> {
    let line = line.strip_prefix('\t').unwrap_or(line);
    let mut cols = line.split('\t');
    let form = cols.next().filter(|f| !f.is_empty())?;
    let letter = cols.next()?;
    let code = super::compact::POS_LETTERS.iter().find(|(_, l)| *l == letter)?.0;
    let pos = Pos::parse(code)?;
    let senses = match cols.next().unwrap_or("") {
        "" => vec![form],
        s => s.split(';').map(str::trim).collect(),
    };
    let expansion = cols.next().filter(|s| !s.is_empty());
    let domain = match cols.next().unwrap_or("") {
        "" => super::compact::implied_domain(code),
        "-" => None,
        d => Some(d),
    };
    Some(Entry { form, pos, senses, expansion, domain })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_columns() {
        let e = parse_line("Kanwil\tacr\tRegional Office\tKantor Wilayah\tgov").unwrap().unwrap();
        assert_eq!(e.senses, ["Regional Office"]);
        assert_eq!(e.expansion, Some("Kantor Wilayah"));
        assert_eq!(parse_line("# comment").unwrap(), None);
        assert_eq!(parse_line("a\tzz\tb"), Err(ParseError::Pos("zz".into())));
        assert_eq!(parse_line("a\tn\tb;;c"), Err(ParseError::EmptySense));
    }
}
