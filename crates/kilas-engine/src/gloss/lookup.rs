//! From tokens to units: the dateline, recognised figures, glossary phrases (longest first),
//! single words, then morphology; names, codes and unknown words kept verbatim.

use super::acronyms;
use super::derive::derive;
use super::irregular;
use super::unit::{Cat, Unit, VForm};
use super::{numbers, GlossContext};
use crate::glossary::{glossary, Entry, Pos};
use crate::morph::{analyze_word, Derivation};
use crate::normalize::{fold, key};
use crate::recognize::{recognize_range, ItemKind, View};
use crate::token::{Token, TokenKind};

/// The word class of a glossary entry.
pub fn cat_of(e: &Entry) -> Cat {
    match e.pos {
        Pos::Noun | Pos::Unit => Cat::Noun,
        Pos::Verb => Cat::Verb,
        Pos::Adjective => Cat::Adj,
        Pos::Adverb => Cat::Adv,
        Pos::Pronoun => Cat::Pron,
        Pos::Preposition => Cat::Prep,
        Pos::Conjunction => Cat::Conj,
        Pos::Numeral => Cat::Num,
        Pos::Determiner => Cat::Det,
        Pos::Particle => Cat::Part,
        Pos::Classifier => Cat::Cls,
        Pos::Title => Cat::Title,
        Pos::Acronym | Pos::Abbreviation | Pos::Organization | Pos::Place | Pos::Country | Pos::Name => Cat::Name,
        Pos::Interjection => Cat::Other,
        Pos::Phrase => {
            // A phrase is nominal when its first word is a noun (`merek dagang`).
            let first = e.form.split(' ').next().unwrap_or("");
            match glossary().lookup_key(&key(first)).first().map(|f| f.pos) {
                Some(Pos::Noun) => Cat::Noun,
                Some(Pos::Verb) => Cat::Verb,
                _ => Cat::Other,
            }
        }
    }
}

fn is_proper(p: Pos) -> bool {
    matches!(
        p,
        Pos::Acronym | Pos::Abbreviation | Pos::Organization | Pos::Place | Pos::Country | Pos::Name | Pos::Title
    )
}

/// Pick the entry that fits how the word is written: capitalised inside a sentence prefers
/// names and titles, lower case prefers ordinary words.
fn pick<'a>(entries: &'a [Entry], capitalised: bool) -> Option<&'a Entry> {
    entries.iter().find(|e| is_proper(e.pos) == capitalised).or_else(|| entries.first())
}

/// Verb form of a glossary verb sense: already inflected (`attended`, `he said`) or a base.
fn verb_form(sense: &str) -> VForm {
    let first = sense.split(' ').next().unwrap_or("");
    let base_ed = first.ends_with("eed") || matches!(first, "shed" | "embed" | "wed");
    // Senses that open with a function word (`with the initials`) are not verb forms.
    let function_word = matches!(
        first,
        "with"
            | "the"
            | "a"
            | "an"
            | "in"
            | "on"
            | "at"
            | "to"
            | "for"
            | "of"
            | "by"
            | "as"
            | "from"
            | "into"
            | "not"
            | "very"
            | "more"
            | "most"
            | "still"
            | "already"
    );
    if function_word
        || matches!(
            first,
            "he" | "she"
                | "it"
                | "they"
                | "is"
                | "are"
                | "was"
                | "were"
                | "be"
                | "can"
                | "will"
                | "must"
                | "should"
                | "may"
        )
        || (irregular::is_participle(first) && !base_ed)
    {
        VForm::Fixed
    } else {
        VForm::Base
    }
}

/// A unit from a glossary entry over `start..end`.
pub fn from_entry(e: &'static Entry, start: usize, end: usize, low: String, cap: bool, ctx: &mut GlossContext) -> Unit {
    let mut u = Unit::new(e.senses.first().copied().unwrap_or(""), start, end, cat_of(e), low);
    u.cap = cap || (is_proper(e.pos) && e.form.starts_with(char::is_uppercase));
    u.place = matches!(e.pos, Pos::Place | Pos::Country) || e.domain == Some("place");
    u.org = !u.place
        && (matches!(e.pos, Pos::Acronym | Pos::Organization) || (cap && e.pos == Pos::Phrase && e.form.contains(' ')));
    // Titles written with dots (`Dr.`, `S.H.`) and honorifics (`Andi`) stay as written.
    if e.pos == Pos::Title && (e.form.contains('.') || u.en.contains('(')) {
        u.en = e.form.to_string();
        u.cat = Cat::Name;
    }
    u.alts = e.senses.iter().skip(1).map(|s| s.to_string()).collect();
    if u.cat == Cat::Verb {
        u.vform = Some(verb_form(&u.en));
    }
    if let Some(en) = acronyms::render(e, ctx) {
        // Place acronyms (`Sulsel`) read as the place name.
        u.en = if e.domain == Some("place") { e.senses.first().copied().unwrap_or(e.form).to_string() } else { en };
    }
    u
}

/// The longest glossary phrase (two words or more) starting at `tokens[0]`.
fn longest_phrase(input: &str, tokens: &[Token]) -> Option<(usize, &'static Entry)> {
    let g = glossary();
    let max = g.max_phrase_words().min(tokens.len());
    if max < 2 || !tokens[0].is_wordlike() {
        return None;
    }
    // One buffer holds the key of the longest run; each shorter phrase is a prefix of it.
    let mut key_s = String::new();
    let mut ends = Vec::with_capacity(max);
    for t in &tokens[..max] {
        if !t.is_wordlike() {
            break;
        }
        if !key_s.is_empty() {
            key_s.push(' ');
        }
        key_s.push_str(&crate::normalize::key_cow(t.text(input)));
        ends.push(key_s.len());
    }
    let cap = tokens[0].text(input).starts_with(char::is_uppercase);
    (2..=ends.len()).rev().find_map(|n| pick(g.lookup_key(&key_s[..ends[n - 1]]), cap).map(|e| (n, e)))
}

/// A two-word phrase made a verb with `-i` or `-kan` (`tindak lanjuti`): when the phrase's
/// English is a particle noun (`follow-up`), the verb is `follow up`.
fn phrasal_verb(input: &str, tokens: &[Token], cap: bool) -> Option<Unit> {
    let (a, b) = (tokens.first()?, tokens.get(1)?);
    if !a.is_wordlike() || !b.is_wordlike() || cap {
        return None;
    }
    let last = key(b.text(input));
    let stem = last.strip_suffix("kan").or_else(|| last.strip_suffix('i'))?;
    let phrase = format!("{} {stem}", key(a.text(input)));
    let e = glossary().lookup_key(&phrase).iter().find(|e| e.pos == Pos::Phrase)?;
    let (verb, particle) = e.senses.first()?.split_once('-')?;
    if !matches!(particle, "up" | "out" | "over" | "down" | "off" | "in") || verb.contains(' ') {
        return None;
    }
    let low = key(input.get(a.start..b.end).unwrap_or(""));
    let mut u = Unit::new(format!("{verb} {particle}"), a.start, b.end, Cat::Verb, low);
    u.vform = Some(VForm::Base);
    Some(u)
}

/// Names, acronyms and codes are kept as they are and do not count as unknown words.
pub fn is_name_or_code(t: &Token, text: &str) -> bool {
    matches!(t.kind, TokenKind::Acronym | TokenKind::Abbreviation)
        || text.starts_with(char::is_uppercase)
        || text.chars().any(|c| c.is_ascii_digit())
}

/// The units of one sentence's tokens.
pub fn units(input: &str, tokens: &[Token], ctx: &mut GlossContext) -> Vec<Unit> {
    let g = glossary();
    let view = View::new(input, tokens);
    let items: Vec<_> = recognize_range(&view, 0, tokens.len(), &mut ctx.recognize)
        .into_iter()
        .filter(|it| {
            matches!(
                it.kind,
                ItemKind::Money | ItemKind::Percent | ItemKind::Date | ItemKind::Time | ItemKind::Duration
            )
        })
        .collect();
    let mut out: Vec<Unit> = Vec::with_capacity(tokens.len());
    let mut i = 0;
    while i < tokens.len() {
        let t = &tokens[i];
        // The dateline (`Makassar (ANTARA) -`) stays verbatim, in one piece.
        if let Some((ds, de)) = ctx.dateline {
            if t.start >= ds && t.end <= de {
                let mut j = i;
                while j < tokens.len() && tokens[j].end <= de {
                    j += 1;
                }
                let end = tokens[j - 1].end;
                let text = input.get(t.start..end).unwrap_or("");
                out.push(Unit::new(fold(text), t.start, end, Cat::Punct, "dateline"));
                i = j;
                continue;
            }
        }
        if let Some(it) = items.iter().find(|it| it.first_token == i && it.end_token > i) {
            let low = key(t.text(input));
            let mut u = Unit::new(it.en.clone(), it.start, it.end, Cat::Figure, low);
            if it.kind == ItemKind::Money || it.kind == ItemKind::Percent {
                u.cat = Cat::Num;
            }
            if u.low == "mencapai" && !u.en.starts_with("reach") {
                u.en = format!("reached {}", u.en);
            }
            if u.low == "selama" && !u.en.starts_with("for ") {
                u.en = format!("for {}", u.en);
            }
            out.push(u);
            i = it.end_token.min(tokens.len());
            continue;
        }
        let initial = i == 0
            || out.last().is_some_and(|u| matches!(u.en.as_str(), "\"" | "." | ":" | "(" | "-") || u.low == "dateline");
        let text = t.text(input);
        // Capitals that mean a name: not the sentence's first word.
        let cap = text.starts_with(char::is_uppercase) && !initial;
        // `Kementerian Hukum dan HAM (Kemenkumham)`: the long form is already written.
        ctx.long_form_written = i >= 2 && tokens[i - 1].text(input) == "(" && tokens[i - 2].is_wordlike();
        // A title phrase followed by more of the institution (`Kepala Kantor Wilayah` +
        // `Kemenkumham Sulsel`) is read word by word so the chain rules can order it.
        let phrase = longest_phrase(input, &tokens[i..]).filter(|(n, e)| {
            let more =
                tokens.get(i + n).is_some_and(|t| t.is_wordlike() && t.text(input).starts_with(char::is_uppercase));
            let title_word = g.lookup(text).iter().any(|x| x.pos == Pos::Title);
            !(e.pos == Pos::Title && *n >= 2 && more && title_word)
        });
        if let Some(u) = phrasal_verb(input, &tokens[i..], cap) {
            out.push(u);
            i += 2;
            continue;
        }
        if let Some((n, e)) = phrase {
            let end = tokens[i + n - 1].end;
            let low = key(input.get(t.start..end).unwrap_or(""));
            out.push(from_entry(e, t.start, end, low, cap, ctx));
            i += n;
            continue;
        }
        let low = key(text);
        let unit = match t.kind {
            TokenKind::Number => {
                let mut u = Unit::new(numbers::english_number(text), t.start, t.end, Cat::Num, low);
                u.known = true;
                u
            }
            TokenKind::Punctuation | TokenKind::Symbol => Unit::new(fold(text), t.start, t.end, Cat::Punct, low),
            TokenKind::Url | TokenKind::Email | TokenKind::Hashtag | TokenKind::Mention => {
                Unit::new(fold(text), t.start, t.end, Cat::Name, low)
            }
            _ => word_unit(input, t, text, low, cap, cap, ctx),
        };
        out.push(unit);
        i += 1;
    }
    for u in out.iter_mut() {
        u.src = input.get(u.start..u.end).map(fold).unwrap_or_default();
    }
    // Initials are not acronyms: `berinisial RS` keeps `RS`.
    for k in 1..out.len() {
        if out[k - 1].is_any(&["berinisial", "inisial", "initial"])
            && out[k].src.chars().all(|c| c.is_uppercase() || c == '.')
        {
            out[k].en = out[k].src.clone();
            out[k].cat = Cat::Name;
            out[k].alts.clear();
        }
    }
    // A sense that is a prepositional phrase (`pagi hari` → `in the morning`) is adverbial:
    // it takes no article and heads no noun phrase.
    for u in out.iter_mut() {
        if u.cat == Cat::Noun
            && !u.cap
            && u.en.split_once(' ').is_some_and(|(p, _)| matches!(p, "in" | "on" | "at" | "during" | "within"))
        {
            u.cat = Cat::Adv;
            u.poss = None;
        }
    }
    initial_name(&mut out, ctx);
    aged_names(&mut out);
    known_names(&mut out, ctx);
    names(&mut out);
    credit_line(&mut out);
    for u in &out {
        if u.cat == Cat::Name && u.cap && !u.low.contains(' ') && u.src.chars().skip(1).any(char::is_lowercase) {
            ctx.names.insert(u.low.clone());
        }
    }
    out
}

/// A capitalised one-word common word that could be a person's name (`Agung`, `Teguh`): not
/// an institution, place, speaking body (`Polisi`) or person noun.
fn may_be_name(u: &Unit) -> bool {
    u.src.starts_with(char::is_uppercase)
        && u.src.chars().skip(1).any(char::is_lowercase)
        && !u.low.contains(' ')
        && !u.org
        && !u.place
        && matches!(u.cat, Cat::Noun | Cat::Adj | Cat::Verb | Cat::Adv)
        && !SPEAKING_BODIES.contains(&u.low.as_str())
        && !super::clause::is_person(&u.en)
}

/// A capitalised word inside a sentence that the document already used as a name, or that
/// alone names the speaker after `kata`/`ujar` (`…," ujar Rahmat.`), stays as written.
fn known_names(units: &mut [Unit], ctx: &GlossContext) {
    for k in 1..units.len() {
        let u = &units[k];
        let word = u.cap && may_be_name(u);
        if !word {
            continue;
        }
        let speaker = units[k - 1].is_any(&["kata", "ujar", "tutur", "ucap", "jelas", "tegas", "imbuh", "sebut"])
            && units.get(k + 1).is_none_or(|n| n.cat == Cat::Punct);
        if speaker || ctx.names.contains(&u.low) {
            let u = &mut units[k];
            u.keep_as_name();
        }
    }
}

/// A capitalised word followed by an age in brackets is a person: `Budi (40)` stays `Budi`.
fn aged_names(units: &mut [Unit]) {
    for k in 0..units.len().saturating_sub(3) {
        let age = units[k + 1].cat == Cat::Punct
            && units[k + 1].en == "("
            && units[k + 2].low.len() <= 3
            && units[k + 2].low.bytes().all(|b| b.is_ascii_digit())
            && !units[k + 2].low.is_empty()
            && units[k + 3].en == ")";
        let u = &units[k];
        let word = may_be_name(u)
            && !matches!(u.low.as_str(), "ayat" | "pasal" | "huruf" | "angka" | "nomor" | "butir" | "poin" | "bab");
        if age && word {
            let u = &mut units[k];
            u.keep_as_name();
            u.cap = true;
        }
    }
}

/// Verbs of saying that follow a speaker's name (`Agung mengatakan`).
const SPEECH: &[&str] = &[
    "mengatakan",
    "menjelaskan",
    "menyampaikan",
    "menuturkan",
    "mengungkapkan",
    "menegaskan",
    "menambahkan",
    "berkata",
    "menyebutkan",
    "menyatakan",
    "menerangkan",
    "memaparkan",
    "mengemukakan",
    "membenarkan",
    "mengaku",
    "kata",
    "ujar",
    "tutur",
    "berharap",
    "mengimbau",
    "meminta",
];

/// Common nouns that speak as a body (`Tim mengatakan`, `Sumber menyebutkan`), never names.
const SPEAKING_BODIES: &[&str] = &[
    "tim",
    "pihak",
    "panitia",
    "sumber",
    "polisi",
    "warga",
    "masyarakat",
    "rakyat",
    "pemerintah",
    "saksi",
    "korban",
    "pelaku",
    "tersangka",
    "terdakwa",
    "petugas",
    "pejabat",
    "pengacara",
    "dokter",
    "guru",
    "siswa",
    "mahasiswa",
    "peneliti",
    "ahli",
    "pengamat",
    "pengusaha",
    "pedagang",
    "petani",
    "nelayan",
    "keluarga",
    "orang",
    "anggota",
    "ketua",
    "kepala",
    "direktur",
    "presiden",
    "menteri",
    "gubernur",
    "bupati",
    "wali",
    "camat",
    "lurah",
    "kades",
    "ibu",
    "bapak",
    "pak",
    "bu",
    "beliau",
    "dia",
    "ia",
    "mereka",
    "kami",
    "kita",
    "saya",
    "aku",
    "semua",
    "banyak",
    "laporan",
    "data",
    "hasil",
    "polda",
    "polres",
    "kapolres",
    "kapolda",
    "dinas",
    "badan",
    "kementerian",
];

/// A capitalised word opening the sentence is a one-word name when a verb of saying or a
/// comma and a title follow it (`Agung mengatakan`, `Agung, Kepala Dinas, …`), or when the
/// document already used it as a name inside a sentence.
fn initial_name(units: &mut [Unit], ctx: &GlossContext) {
    let Some(f) = units.iter().position(|u| !(u.cat == Cat::Punct || u.low == "dateline")) else {
        return;
    };
    let u = &units[f];
    let mut chars = u.src.chars();
    let shaped = chars.next().is_some_and(char::is_uppercase)
        && u.src.chars().skip(1).all(char::is_lowercase)
        && u.src.chars().count() >= 3
        && !u.low.contains(' ')
        && !u.low.ends_with("nya");
    if !shaped
        || u.org
        || u.place
        || !matches!(u.cat, Cat::Noun | Cat::Adj | Cat::Verb | Cat::Adv)
        || SPEAKING_BODIES.contains(&u.low.as_str())
        || super::clause::is_person(&u.en)
    {
        return;
    }
    let next = units.get(f + 1);
    let speaks = next.is_some_and(|n| SPEECH.contains(&n.low.as_str()));
    let titled = next.is_some_and(|n| n.cat == Cat::Punct && n.en == ",")
        && units.get(f + 2).is_some_and(|t| t.cat == Cat::Title && t.src.starts_with(char::is_uppercase));
    if speaks || titled || ctx.names.contains(&u.low) {
        let u = &mut units[f];
        u.keep_as_name();
        u.cap = true;
    }
}

/// Labels of credit lines and bylines (`Pewarta: …`), with their English.
const CREDITS: &[(&str, &str)] = &[
    ("pewarta", "Reporter"),
    ("wartawan", "Reporter"),
    ("reporter", "Reporter"),
    ("penulis", "Writer"),
    ("editor", "Editor"),
    ("redaktur", "Editor"),
    ("penyunting", "Editor"),
    ("foto", "Photo"),
    ("fotografer", "Photographer"),
    ("pewarta foto", "Photographer"),
    ("kontributor", "Contributor"),
    ("penerjemah", "Translator"),
    ("videografer", "Videographer"),
];

/// A credit line (`Pewarta: Tim Kilas`, `Editor: Budi`): the label in English and the names
/// after the colon exactly as written, never glossed word by word.
fn credit_line(units: &mut [Unit]) {
    let Some(colon) = units.iter().position(|u| u.cat == Cat::Punct && u.en == ":") else {
        return;
    };
    let label: Vec<&str> = units[..colon].iter().map(|u| u.low.as_str()).collect();
    let label = label.join(" ");
    let Some(en) = CREDITS.iter().find(|(k, _)| *k == label).map(|(_, e)| *e) else {
        return;
    };
    // Only a name list follows: every word is capitalised or a code (`Tim Kilas/Ant`).
    let rest = &units[colon + 1..];
    let names_only = !rest.is_empty()
        && rest
            .iter()
            .all(|u| u.cat == Cat::Punct || u.src.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()));
    if !names_only {
        return;
    }
    for (k, u) in units[..colon].iter_mut().enumerate() {
        u.en = if k == 0 { en.to_string() } else { String::new() };
        u.cat = Cat::Name;
        u.cap = true;
        u.vform = None;
        u.plural = false;
        u.poss = None;
    }
    for u in &mut units[colon + 1..] {
        if u.cat != Cat::Punct {
            u.keep_as_name();
            u.cap = true;
            u.known = true;
        }
    }
}

fn word_unit(
    _input: &str,
    t: &Token,
    text: &str,
    low: String,
    cap_inside: bool,
    cap: bool,
    ctx: &mut GlossContext,
) -> Unit {
    let g = glossary();
    let exact = g.lookup(text);
    if let Some(e) = pick(exact, cap_inside) {
        // A capitalised ordinary word inside a sentence is part of a name, unless the
        // glossary knows it only as an ordinary word and it is a function word.
        let mut u = from_entry(e, t.start, t.end, low, cap, ctx);
        if cap_inside && !is_proper(e.pos) && matches!(u.cat, Cat::Noun | Cat::Adj | Cat::Verb) {
            u.cap = true;
        }
        return u;
    }
    let a = analyze_word(text);
    if a.known {
        let entries = g.lookup_key(&a.root);
        // A verbal derivation reads its root as a verb when the root has one (`sampaikan`:
        // `sampai` the verb `convey`, not the preposition `until`).
        let verbal = matches!(
            a.class,
            Derivation::Active | Derivation::Passive | Derivation::Causative | Derivation::Applicative
        );
        let verb_root = entries.iter().find(|e| e.pos == Pos::Verb).filter(|_| verbal && a.root != low);
        if let Some(root) = verb_root.or_else(|| pick(entries, false)) {
            // The analysis root may be the whole word (a headword in another case).
            if a.root == low {
                return from_entry(root, t.start, t.end, low, cap, ctx);
            }
            let d = derive(&a, root);
            let mut u = Unit::new(d.en, t.start, t.end, d.cat, low);
            u.cap = cap;
            u.vform = d.vform;
            u.plural = d.plural;
            u.poss = d.poss;
            u.alts = root.senses.iter().skip(1).map(|s| s.to_string()).collect();
            return u;
        }
    }
    if let Some(en) = a.english.filter(|_| !cap_inside) {
        let mut u = Unit::new(en, t.start, t.end, Cat::Noun, low);
        u.cap = cap;
        return u;
    }
    let mut u = Unit::new(fold(text), t.start, t.end, Cat::Name, low);
    u.known = is_name_or_code(t, text);
    u.cap = cap;
    if !u.known {
        u.cat = Cat::Other;
    }
    u
}

/// A run of capitalised words inside a sentence that holds an unknown word or a verbatim
/// honorific is a person's name: its ordinary words stay as written (`Andi Muhammad Ilham`,
/// not `Andi Muhammad Inspiration`).
fn names(units: &mut [Unit]) {
    let n = units.len();
    let mut i = 0;
    while i < n {
        // A naming noun opening the run stays a word: `Kecamatan Tanasitolo`.
        // The capitalised words after it are the name, kept as written: `Pantai Tanjung Tinggi`,
        // `Pulau Lengkuas`.
        if units[i].cap && super::np_order::NAMING.contains(&units[i].low.as_str()) {
            let mut j = i + 1;
            // Derived nouns and office words describe rather than name (`Gedung Pertemuan Kantor …`).
            let describes = |u: &Unit| {
                let l = u.low.as_str();
                ((l.starts_with("pe") || l.starts_with("ke")) && l.ends_with("an"))
                    || matches!(
                        l,
                        "kantor"
                            | "pusat"
                            | "balai"
                            | "dinas"
                            | "badan"
                            | "lembaga"
                            | "umum"
                            | "negeri"
                            | "nasional"
                            | "daerah"
                            | "besar"
                            | "utama"
                            | "raya"
                    )
            };
            while j < n
                && units[j].cap
                && !units[j].org
                && !units[j].place
                && !describes(&units[j])
                && matches!(units[j].cat, Cat::Name | Cat::Noun | Cat::Adj | Cat::Verb | Cat::Adv)
            {
                let u = &mut units[j];
                u.en = u.src.clone();
                u.cat = Cat::Name;
                u.vform = None;
                u.alts.clear();
                j += 1;
            }
            i = j;
            continue;
        }
        let in_run = |u: &Unit| {
            u.cap && !u.org && !u.place && matches!(u.cat, Cat::Name | Cat::Noun | Cat::Adj | Cat::Verb | Cat::Adv)
        };
        if !in_run(&units[i]) {
            i += 1;
            continue;
        }
        let mut j = i;
        while j < n && in_run(&units[j]) {
            j += 1;
        }
        let has_name = units[i..j]
            .iter()
            .any(|u| u.cat == Cat::Name && u.en == u.src && !u.src.chars().all(|c| !c.is_lowercase()));
        if has_name && j - i >= 2 {
            for u in &mut units[i..j] {
                if u.cat != Cat::Name {
                    u.en = u.src.clone();
                    u.cat = Cat::Name;
                    u.vform = None;
                    u.alts.clear();
                }
            }
        }
        i = j;
    }
}
