//! Noun phrases into English order: modifiers before the head (`kantor wilayah` → `regional
//! office`), demonstratives and possessors first (`kegiatan ini` → `this activity`), plurals
//! after numbers and quantifiers, classifiers dropped (`tiga orang saksi` → `three witnesses`),
//! and titles chained to institutions with `of the`.

use super::unit::{Cat, Unit};

/// Add `the` before bare noun phrases after prepositions.
const ARTICLES: bool = true;

/// Nouns that take a name after them (`jalan Sudirman`, `kota Palu`).
pub const NAMING: &[&str] = &[
    "jalan",
    "jl",
    "kota",
    "kabupaten",
    "desa",
    "kampung",
    "kecamatan",
    "kelurahan",
    "provinsi",
    "pulau",
    "gunung",
    "sungai",
    "danau",
    "selat",
    "teluk",
    "pantai",
    "bandara",
    "pelabuhan",
    "stadion",
    "hotel",
    "gedung",
    "universitas",
    "sekolah",
    "rumah sakit",
    "masjid",
    "gereja",
    "pura",
    "candi",
    "taman",
    "pasar",
    "kapal",
    "operasi",
    "program",
    "festival",
    "lapangan",
    "dusun",
    "kompleks",
    "perumahan",
    "wilayah",
    "daerah",
    "kawasan",
    "bukit",
    "tanjung",
    "laut",
    "samudra",
    "negara",
    "nama",
    "partai",
    "bank",
    "film",
    "buku",
    "lagu",
    "album",
    "acara",
    "bendungan",
    "jembatan",
];

/// Officials who own the office or house named before them (`kantor bupati`).
const OFFICIALS: &[&str] = &[
    "gubernur",
    "wakil gubernur",
    "bupati",
    "wakil bupati",
    "wali kota",
    "walikota",
    "wakil wali kota",
    "camat",
    "lurah",
    "kepala desa",
    "kades",
    "presiden",
    "wakil presiden",
    "menteri",
    "rektor",
];

/// Words after which the counted noun is plural.
const PLURAL_BEFORE: &[&str] = &[
    "para", "banyak", "beberapa", "berbagai", "sejumlah", "puluhan", "ratusan", "ribuan", "jutaan", "semua", "kedua",
    "aneka", "segenap", "sekian",
];

/// Classifiers dropped between a number and its noun.
const CLASSIFIERS: &[&str] =
    &["orang", "buah", "ekor", "unit", "biji", "lembar", "butir", "batang", "helai", "pucuk", "potong", "bidang"];

/// Possessive pronouns after a noun.
const POSSESSORS: &[(&str, &str)] = &[
    ("mereka", "their"),
    ("kami", "our"),
    ("kita", "our"),
    ("saya", "my"),
    ("aku", "my"),
    ("dia", "his"),
    ("ia", "his"),
    ("beliau", "his"),
    ("anda", "your"),
    ("kalian", "your"),
    ("engkau", "your"),
    ("kamu", "your"),
];

fn is_plural_number(u: &Unit) -> bool {
    if u.cat != Cat::Num || u.low == "dateline" {
        return false;
    }
    match u.low.as_str() {
        "satu" | "se" | "1" | "sebuah" | "seorang" => false,
        _ => {
            u.en.replace(',', "")
                .parse::<f64>()
                .map_or(!u.en.contains("percent") && !u.en.starts_with("IDR"), |v| v != 1.0)
        }
    }
}

use crate::recognize::{MONTHS_ID as MONTHS, WEEKDAYS_ID as WEEKDAYS};

/// Mark plural heads and drop classifiers; `bulan Juni` → `June`, `hari Sabtu` → `Saturday`.
pub fn plurals(units: &mut [Unit]) {
    let n = units.len();
    for i in 0..n.saturating_sub(1) {
        let next = &units[i + 1];
        let first = next.low.split(' ').next().unwrap_or("");
        if (units[i].is("bulan") && MONTHS.contains(&first)) || (units[i].is("hari") && WEEKDAYS.contains(&first)) {
            units[i].en.clear();
        }
    }
    for i in 0..n {
        let one_of = units[i].is_any(&["salah satu", "salah seorang"]);
        let quant = units[i].is_any(PLURAL_BEFORE) || one_of || is_plural_number(&units[i]);
        if !quant {
            continue;
        }
        if units[i].is("para") {
            units[i].en.clear();
        }
        if one_of {
            units[i].en = "one of the".into();
        }
        let mut j = i + 1;
        if j < n && units[j].is_any(CLASSIFIERS) && units[j].cat != Cat::Num {
            if j + 1 < n && units[j + 1].cat == Cat::Noun && !units[j + 1].cap {
                units[j].en.clear();
                j += 1;
            } else if units[j].is("orang") {
                units[j].en = "people".into();
                continue;
            }
        }
        if j < n && matches!(units[j].cat, Cat::Noun) {
            units[j].plural = true;
            if units[i].is_any(&["puluhan", "ratusan", "ribuan", "jutaan", "miliaran"]) && !units[i].en.ends_with(" of")
            {
                units[i].en.push_str(" of");
            }
        } else if j < n
            && units[i].is("para")
            && units[j].cat == Cat::Name
            && units[j].en.chars().all(|c| c.is_uppercase())
        {
            // `para AM` → `AMs`
            units[j].en.push('s');
        }
    }
    list_plurals(units);
    ordinals(units);
}

/// Ordinal and collective numbers: after a noun an ordinal modifies it (`gelombang kedua` →
/// `second wave`); before a noun `kedua`, `ketiga` … count it (`kedua tersangka` → `the two
/// suspects`).
fn ordinals(units: &mut [Unit]) {
    const ORD: &[(&str, &str)] = &[
        ("pertama", "first"),
        ("kedua", "two"),
        ("ketiga", "three"),
        ("keempat", "four"),
        ("kelima", "five"),
        ("keenam", "six"),
        ("ketujuh", "seven"),
        ("kedelapan", "eight"),
        ("kesembilan", "nine"),
        ("kesepuluh", "ten"),
    ];
    for i in 0..units.len() {
        let Some(&(_, count)) = ORD.iter().find(|(o, _)| units[i].is(o)) else {
            continue;
        };
        if units[i].cat != Cat::Num {
            continue;
        }
        let after_noun = i > 0 && units[i - 1].cat == Cat::Noun && !units[i - 1].cap;
        let before_noun = units.get(i + 1).is_some_and(|u| u.cat == Cat::Noun && !u.cap);
        if after_noun {
            units[i].cat = Cat::Adj;
        } else if before_noun && count != "first" {
            units[i].en = format!("the {count}");
            units[i].cat = Cat::Det;
            units[i + 1].plural = true;
        }
    }
}

/// Bare count nouns listed with plurals are plural too: `menyalurkan selimut, obat-obatan, dan
/// perahu karet` → `blankets, medicines, and rubber boats`. A list of three or more right after
/// a verb counts as plural as well.
fn list_plurals(units: &mut [Unit]) {
    let n = units.len();
    let mut d = 0;
    while d < n {
        if !(units[d].is_any(&["dan", "serta"]) && d + 1 < n) {
            d += 1;
            continue;
        }
        let item = |u: &Unit| matches!(u.cat, Cat::Noun | Cat::Adj) && !u.cap && !u.org && !u.place;
        // Heads of the items: the first word of each run between commas.
        let mut heads = Vec::new();
        if item(&units[d + 1]) && units[d + 1].cat == Cat::Noun {
            heads.push(d + 1);
        } else {
            d += 1;
            continue;
        }
        // `X, Y, dan Z`: a comma may stand before `dan` too.
        let mut k = if d >= 1 && units[d - 1].cat == Cat::Punct && units[d - 1].en == "," { d - 1 } else { d };
        let mut start = None;
        loop {
            // The run of item words ending at k - 1.
            let mut s = k;
            while s > 0 && item(&units[s - 1]) {
                s -= 1;
            }
            if s == k || units[s].cat != Cat::Noun {
                break;
            }
            heads.push(s);
            start = Some(s);
            if s >= 2 && units[s - 1].cat == Cat::Punct && units[s - 1].en == "," {
                k = s - 1;
            } else {
                break;
            }
        }
        let Some(start) = start else {
            d += 1;
            continue;
        };
        let any_plural = heads.iter().any(|&h| units[h].plural);
        let after_verb = heads.len() >= 3 && start > 0 && units[start - 1].cat == Cat::Verb;
        let owned = heads.iter().any(|&h| units[h].poss.is_some());
        if (any_plural || after_verb) && !owned && heads.len() >= 2 {
            for &h in &heads {
                units[h].plural = true;
            }
        }
        d += 1;
    }
}

/// The English adjective of a word, when the glossary has one (`wilayah` → `regional`).
fn adjective_of(low: &str) -> Option<&'static str> {
    crate::glossary::glossary()
        .lookup_key(low)
        .iter()
        .find(|e| e.pos == crate::glossary::Pos::Adjective)
        .and_then(|e| e.senses.first().copied())
}

fn same_case(a: &Unit, b: &Unit) -> bool {
    a.cap == b.cap
}

fn is_modifier(head: &Unit, m: &Unit) -> bool {
    if !same_case(head, m) || m.low == "dateline" || (!m.cap && m.is_any(OFFICIALS)) {
        return false;
    }
    if m.is_any(&["lain", "lainnya", "baru", "lama", "tertentu", "terkait", "setempat"]) {
        return true;
    }
    if m.en.ends_with(" of")
        || m.en.starts_with("the ")
        || head.en.ends_with(" of")
        || head.en.starts_with("the ")
        || head.post.ends_with("of")
    {
        return false;
    }
    match m.cat {
        Cat::Noun => !m.en.is_empty(),
        Cat::Adj => true,
        _ => false,
    }
}

/// Reorder noun phrases. Returns the units in English order.
pub fn reorder(units: Vec<Unit>) -> Vec<Unit> {
    let mut src: Vec<Option<Unit>> = units.into_iter().map(Some).collect();
    let n = src.len();
    let mut out = Vec::with_capacity(n);
    let mut i = 0;
    while i < n {
        let demonstrative_next =
            src.get(i + 1).and_then(Option::as_ref).is_some_and(|u| u.is_any(&["ini", "itu", "tersebut"]));
        let head_ok = src[i]
            .as_ref()
            .is_some_and(|u| (u.cat == Cat::Noun || (u.cat == Cat::Title && demonstrative_next)) && !u.en.is_empty());
        if !head_ok {
            if let Some(u) = src[i].take() {
                out.push(u);
            }
            i += 1;
            continue;
        }
        let Some(head) = src[i].take() else {
            i += 1;
            continue;
        };
        let mut j = i + 1;
        let mut mods: Vec<Unit> = Vec::new();
        while j < n {
            // An adverb that is also an adjective modifies the noun unless a verb follows
            // (`jembatan baru` → `new bridge`, but `baru tiba` → `just arrived`).
            let verb_next = src.get(j + 1).and_then(Option::as_ref).is_some_and(|u| u.cat == Cat::Verb);
            let adverb_adj = !verb_next
                && src[j]
                    .as_ref()
                    .is_some_and(|m| m.cat == Cat::Adv && m.cap == head.cap && adjective_of(&m.low).is_some());
            let ok = adverb_adj || src[j].as_ref().is_some_and(|m| is_modifier(&head, m));
            if !ok {
                break;
            }
            if let Some(mut m) = src[j].take() {
                // A noun before a noun reads as its adjective (`wilayah` → `regional`).
                if matches!(m.cat, Cat::Noun | Cat::Adj | Cat::Adv) && !m.plural && m.poss.is_none() {
                    if let Some(adj) = adjective_of(&m.low) {
                        m.en = adj.to_string();
                        m.cat = Cat::Adj;
                    }
                }
                // Residents own what is named before them: `keselamatan warga` → `residents' safety`.
                if m.is("warga") && m.cat == Cat::Noun && !m.cap && mods.is_empty() && !head.cap {
                    m.en = "residents'".into();
                    m.plural = false;
                }
                mods.push(m);
            }
            j += 1;
        }
        // A place after a lower-case noun: `pemerintah Aceh` → `Aceh government`.
        let mut place: Option<Unit> = None;
        if !head.cap && j < n && src[j].as_ref().is_some_and(|m| m.place) {
            place = src[j].take();
            j += 1;
        }
        // A person's name after a lower-case noun is its owner: `tim Holt` → `Holt's team`;
        // after a naming noun it is the name: `jalan Sudirman` → `Sudirman street`.
        let mut owner: Vec<Unit> = Vec::new();
        let naming =
            NAMING.iter().any(|k| head.low == *k || head.low.strip_prefix(k).is_some_and(|r| r.starts_with(" ")));
        let role = super::clause::is_role(&head.en);
        let named_mods = naming && head.cap && mods.iter().all(|m| m.cap);
        if (!head.cap || naming) && !role && place.is_none() && (mods.is_empty() || named_mods) && head.poss.is_none() {
            while j < n
                && src[j].as_ref().is_some_and(|m| {
                    m.cap && m.cat == Cat::Name && m.en == m.src && !m.org && !m.place && m.pre.is_empty()
                })
            {
                if let Some(m) = src[j].take() {
                    owner.push(m);
                }
                j += 1;
            }
            if let Some(last) = owner.last_mut() {
                if !naming {
                    last.post = "'s".into();
                }
            }
        }
        // An official after a lower-case noun owns it: `kantor bupati` → `the regent's office`,
        // `kantor bupati Wajo` → `the Wajo regent's office`.
        let official_next = src.get(j).and_then(Option::as_ref).is_some_and(|m| {
            !m.cap && m.is_any(OFFICIALS) && matches!(m.cat, Cat::Noun | Cat::Title) && !m.en.is_empty()
        });
        if owner.is_empty() && official_next && !head.cap && place.is_none() && head.poss.is_none() {
            let title = src[j].take();
            j += 1;
            if j < n && src[j].as_ref().is_some_and(|m| m.cap && m.place) {
                if let Some(mut p) = src[j].take() {
                    p.pre = "the".into();
                    owner.push(p);
                }
                j += 1;
            }
            if let Some(mut t) = title {
                t.post = "'s".into();
                if owner.is_empty() {
                    t.pre = "the".into();
                }
                owner.push(t);
            }
        }
        let has_owner = !owner.is_empty();
        let mut poss: Option<Unit> = None;
        if j < n {
            if let Some(p) = src[j].as_ref().and_then(|m| POSSESSORS.iter().find(|(k, _)| m.is(k))) {
                let mut u = src[j].take();
                if let Some(u) = u.as_mut() {
                    u.en = p.1.to_string();
                    u.cat = Cat::Det;
                }
                poss = u;
                j += 1;
            }
        }
        // `bentuk yang lebih konservatif` → `more conservative form`: a short `yang` + adjective
        // closing the phrase moves before it.
        if j + 1 < n && src[j].as_ref().is_some_and(|u| u.is("yang")) {
            let mut k = j + 1;
            while k < n
                && src[k]
                    .as_ref()
                    .is_some_and(|u| u.is_any(&["lebih", "paling", "sangat", "cukup", "amat", "sangatlah"]))
            {
                k += 1;
            }
            let adj_ok = k < n && src[k].as_ref().is_some_and(|u| u.cat == Cat::Adj && !u.cap);
            let closes = k + 1 >= n
                || src[k + 1].as_ref().is_none_or(|u| !matches!(u.cat, Cat::Noun | Cat::Verb | Cat::Adj | Cat::Adv));
            if adj_ok && closes {
                if let Some(mut y) = src[j].take() {
                    y.en.clear();
                    out.push(y);
                }
                let mut moved: Vec<Unit> = (j + 1..=k).filter_map(|x| src[x].take()).collect();
                moved.reverse();
                mods.extend(moved);
                j = k + 1;
            }
        }
        let mut det: Option<Unit> = None;
        if j < n && src[j].as_ref().is_some_and(|m| m.is_any(&["ini", "itu", "tersebut"])) {
            let mut u = src[j].take();
            if let Some(u) = u.as_mut() {
                let plural = head.plural || mods.iter().any(|m| m.plural);
                u.en = match (u.low.as_str(), plural) {
                    ("ini", false) => "this",
                    ("ini", true) => "these",
                    ("itu", false) => "the",
                    ("itu", true) => "the",
                    _ => "the",
                }
                .to_string();
                u.cat = Cat::Det;
            }
            det = u;
            j += 1;
        }
        if det.is_some() {
            if let Some(o) = owner.first_mut() {
                if o.pre == "the" {
                    o.pre.clear();
                }
            }
        }
        // English order: determiner, possessor, place, modifiers (reversed), head.
        let mut head = head;
        // A head that is itself `X of Y` takes its modifiers inside: `jumlah korban banjir` →
        // `number of flood victims`.
        if head.cat == Cat::Noun && !head.cap && !mods.is_empty() && mods.iter().all(|m| !m.cap && m.pre.is_empty()) {
            if let Some((a, b)) = head.en.split_once(" of ") {
                let inner: Vec<String> = mods.iter().rev().map(Unit::english).filter(|e| !e.is_empty()).collect();
                head.en = format!("{a} of {} {b}", inner.join(" "));
                for m in mods.iter_mut() {
                    m.en.clear();
                    m.plural = false;
                    m.post.clear();
                }
            }
        }
        // `the` where English needs an article: a bare common noun after a preposition.
        let np_start = out.len();
        let after_prep = out.last().is_some_and(|u: &Unit| {
            (u.cat == Cat::Prep && !u.en.is_empty())
                || u.low == "dateline"
                || u.cat == Cat::Verb
                // A clause's subject after a subordinator: `that the water level`.
                || (u.cat == Cat::Conj && (matches!(u.en.as_str(), "that" | "because" | "when" | "while" | "although" | "if") || u.is("bahwa")))
        }) || out.iter().all(|u| u.en.is_empty());
        let bare =
            det.is_none() && poss.is_none() && head.poss.is_none() && !head.cap && !head.plural && place.is_none();
        let determined = |u: &Unit| {
            const DETS: &[&str] = &[
                "last", "next", "this", "that", "these", "those", "every", "each", "all", "some", "many", "several",
                "its", "his", "her", "their", "our", "my", "your", "one", "another", "the", "a", "an", "no", "any",
                "both", "most",
            ];
            DETS.contains(&u.en.split(' ').next().unwrap_or("")) || u.poss.is_some()
        };
        let after_as =
            out.last().is_some_and(|u: &Unit| matches!(u.en.as_str(), "as" | "per" | "like" | "than" | "via"));
        let want_the = !has_owner
            && ARTICLES
            && (after_prep || (head.post == "of" && !head.cap && super::measure::is_relational(&head.low)))
            && bare
            && !after_as
            && !determined(&head)
            && !mods.iter().any(|m| m.plural || m.cap || determined(m));
        // A superlative modifier singles the noun out wherever it stands: `kasus tertinggi` →
        // `the highest case` (not `last year`, `most residents`).
        let singled = !has_owner
            && ARTICLES
            && det.is_none()
            && poss.is_none()
            && head.poss.is_none()
            && !head.cap
            && place.is_none()
            && !after_as
            && !determined(&head)
            && head.pre.is_empty()
            && mods.iter().all(|m| m.pre.is_empty() && !m.cap)
            && mods.iter().any(|m| {
                m.en.split(' ').next().is_some_and(|w| is_superlative(w) && !matches!(w, "last" | "most" | "least"))
            });
        let want_the = want_the || singled;
        if let Some(d) = det {
            out.push(d);
        }
        if let Some(p) = poss {
            out.push(p);
        }
        if let Some(p) = place {
            out.push(p);
        }
        out.extend(owner);
        while let Some(m) = mods.pop() {
            out.push(m);
        }
        if head.poss.is_some() && out.last().is_some_and(|u| u.cat == Cat::Det) {
            head.poss = None;
        }
        out.push(head);
        if want_the {
            // After a copula the noun is a predicate: `adalah sekolah` → `is a school`.
            let copula = np_start > 0
                && out
                    .get(np_start - 1)
                    .is_some_and(|u| matches!(u.en.as_str(), "is" | "are" | "was" | "were" | "became" | "become"));
            if let Some(first) = out.get_mut(np_start) {
                // `is residents' safety`, not `is a residents' safety`.
                let owned = first.en.ends_with('\'');
                if first.pre.is_empty() && !(copula && owned) {
                    // A superlative or an ordinal is unique: `is the best school`.
                    let unique = first.en.split(' ').next().is_some_and(is_superlative);
                    first.pre = if copula && !unique { "a".into() } else { "the".into() };
                }
            }
        }
        i = j;
    }
    out
}

/// Does this English word single out one thing (`best`, `largest`, `first`, `main`)?
fn is_superlative(w: &str) -> bool {
    const NOT: &[&str] = &[
        "interest",
        "forest",
        "test",
        "guest",
        "request",
        "west",
        "rest",
        "protest",
        "harvest",
        "chest",
        "nest",
        "quest",
        "contest",
        "honest",
        "modest",
        "arrest",
        "digest",
        "invest",
        "suggest",
        "manifest",
        "conquest",
        "inquest",
        "pest",
        "vest",
        "crest",
        "zest",
        "behest",
        "unrest",
        "attest",
        "detest",
        "midwest",
        "southwest",
        "northwest",
        "priest",
        "earnest",
        "lest",
        "pretest",
        "retest",
        "bequest",
        "congest",
        "ingest",
        "infest",
    ];
    matches!(w, "best" | "worst" | "most" | "least" | "first" | "last" | "only" | "main" | "same" | "sole")
        || (w.ends_with("est") && w.len() > 4 && !NOT.contains(&w))
}

/// Titles and institutions: `Kepala Kanwil Kemenkumham Sulsel` → `Head of the South
/// Sulawesi Regional Office of the Ministry of Law and Human Rights`.
pub fn chains(units: Vec<Unit>) -> Vec<Unit> {
    let mut units = units;
    acronym_places(&mut units);
    let n = units.len();
    let mut i = 0;
    while i < n {
        if !(units[i].org || units[i].cat == Cat::Title) || !units[i].cap {
            i += 1;
            continue;
        }
        // The run of capitalised titles, offices and places.
        let mut j = i;
        while j < n && units[j].cap && (units[j].org || units[j].place || units[j].cat == Cat::Title) {
            j += 1;
            // A place closes an institution's name; what follows (a rank, `AKP`) is apart.
            if units[j - 1].place && units[i..j - 1].iter().any(|u| u.org) {
                break;
            }
        }
        if j - i >= 2 {
            // A trailing place moves before the first office: `the South Sulawesi Regional Office`.
            let mut run: Vec<Unit> = units[i..j].to_vec();
            // The place names the last office when that one is regional itself (`Satuan Reskrim`
            // + `Polresta` + `Palu`: the Palu City Police), else the first (`Kanwil` + `Kemenkumham`
            // + `Sulsel`: the South Sulawesi Regional Office of the Ministry).
            let regional = |u: &Unit| {
                ["City", "Regency", "District", "Regional", "Provincial", "Sector", "Resort"]
                    .iter()
                    .any(|w| u.en.split(' ').any(|x| x == *w))
            };
            let last_org = run.iter().rposition(|u| u.org && !u.place);
            let first_org = match last_org {
                Some(l) if regional(&run[l]) => Some(l),
                _ => run.iter().position(|u| u.org),
            };
            if let (Some(fo), true) = (first_org, run.last().is_some_and(|u| u.place) && (run.len() >= 3 || run[0].org))
            {
                if let Some(mut p) = run.pop() {
                    if fo == 0 && p.pre.is_empty() && wants_the(i.checked_sub(1).and_then(|k| units.get(k))) {
                        p.pre = "the".into();
                    }
                    run.insert(fo, p);
                }
            }
            let len = run.len();
            for k in 0..len.saturating_sub(1) {
                let (a, b) = (&run[k], &run[k + 1]);
                let before_org = run.get(k + 2).is_some_and(|u| u.org);
                let link = (a.cat == Cat::Title && (b.org || b.place))
                    || (a.org && b.org && !b.place)
                    || (a.org && !a.place && b.place && before_org);
                if link && run[k].post.is_empty() {
                    run[k].post = if run[k + 1].place && !before_org { "of".into() } else { "of the".into() };
                }
            }
            units.splice(i..j, run);
        }
        i = j.max(i + 1);
    }
    one_of(&mut units);
    bare_titles(&mut units);
    units
}

/// A title standing for its holder without a name takes `the`: `Gubernur menerima tamu` →
/// `The governor received …`; before a name it stays bare (`Governor Andi said`).
fn bare_titles(units: &mut [Unit]) {
    for k in 0..units.len() {
        let u = &units[k];
        if u.cat != Cat::Title || u.en.is_empty() || !u.pre.is_empty() || !u.post.is_empty() || u.poss.is_some() {
            continue;
        }
        let next = units.get(k + 1);
        let named = next.is_some_and(|n| {
            n.cap
                || matches!(n.cat, Cat::Name | Cat::Title)
                || n.org
                || n.place
                || n.en.starts_with("of")
                || n.en == "("
        });
        // `Head of the … Division` is a full title and leads bare, as English news writes it.
        let named = named || units[k].en.contains(" of ");
        if named || !wants_the(k.checked_sub(1).and_then(|p| units.get(p))) {
            continue;
        }
        units[k].pre = "the".into();
    }
}

/// `salah satu` reads `one of the`; a noun phrase that brings its own determiner drops `the`
/// (`one of their supporters`, not `one of the their supporters`).
fn one_of(units: &mut [Unit]) {
    const DETS: &[&str] = &["the", "these", "those", "this", "that", "their", "its", "his", "her", "our", "my", "your"];
    for k in 0..units.len() {
        if units[k].en != "one of the" {
            continue;
        }
        let next = units[k + 1..].iter().map(Unit::english).find(|e| !e.is_empty());
        let first = next.as_deref().and_then(|e| e.split(' ').next()).unwrap_or("");
        if DETS.contains(&first.to_lowercase().as_str()) {
            units[k].en = "one of".into();
        }
    }
}

/// An institution named at the start of a sentence or after a preposition or verb takes `the`.
fn wants_the(prev: Option<&Unit>) -> bool {
    prev.is_none_or(|u| {
        u.low == "dateline"
            || (matches!(u.cat, Cat::Prep | Cat::Verb) && !u.en.is_empty())
            || matches!(u.en.as_str(), "\"" | "(" | ":" | "," | "and")
    })
}

/// `Dinas Kesehatan (Dinkes) Kota Bandung` → `the Bandung City Health Office (Dinkes)`: a place
/// after an institution and its bracketed acronym moves before the institution.
fn acronym_places(units: &mut Vec<Unit>) {
    let mut k = 1;
    while k + 3 < units.len() {
        // A title phrase that holds the institution (`Kepala Badan …`) keeps its order: `… of
        // Lumajang Regency`.
        let titled = units[k].en == "("
            && units[k + 2].en == ")"
            && units[k - 1].cat == Cat::Title
            && units[k - 1].cap
            && units[k - 1].en.contains(" of ")
            && units[k + 3].place
            && units[k + 3].cap
            && units[k + 3].pre.is_empty();
        if titled {
            units[k + 3].pre = "of".into();
            k += 4;
            continue;
        }
        let shape = units[k].en == "("
            && units[k + 2].en == ")"
            && units[k - 1].org
            && units[k - 1].cap
            && !units[k - 1].place
            && units[k + 3].place
            && units[k + 3].cap
            && units[k + 1].cat == Cat::Name;
        if !shape {
            k += 1;
            continue;
        }
        // The institution's first unit (a chain of offices written before the bracket).
        let mut first = k - 1;
        while first > 0 && units[first - 1].org && units[first - 1].cap && !units[first - 1].place {
            first -= 1;
        }
        let mut place = units.remove(k + 3);
        let after_title = first > 0 && units.get(first - 1).is_some_and(|u| u.cat == Cat::Title);
        if !after_title && place.pre.is_empty() && wants_the(first.checked_sub(1).and_then(|p| units.get(p))) {
            place.pre = "the".into();
        }
        units.insert(first, place);
        k += 4;
    }
}
