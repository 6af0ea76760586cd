//! English inflection: irregular verbs, past tense, participles, -ing forms and noun plurals.

/// (base, past, past participle) of the irregular verbs news copy uses.
const IRREGULAR: &[(&str, &str, &str)] = &[
    ("be", "was", "been"),
    ("become", "became", "become"),
    ("begin", "began", "begun"),
    ("break", "broke", "broken"),
    ("bring", "brought", "brought"),
    ("build", "built", "built"),
    ("buy", "bought", "bought"),
    ("catch", "caught", "caught"),
    ("choose", "chose", "chosen"),
    ("come", "came", "come"),
    ("cost", "cost", "cost"),
    ("cut", "cut", "cut"),
    ("deal", "dealt", "dealt"),
    ("do", "did", "done"),
    ("draw", "drew", "drawn"),
    ("drink", "drank", "drunk"),
    ("drive", "drove", "driven"),
    ("eat", "ate", "eaten"),
    ("fall", "fell", "fallen"),
    ("feel", "felt", "felt"),
    ("fight", "fought", "fought"),
    ("find", "found", "found"),
    ("fly", "flew", "flown"),
    ("forget", "forgot", "forgotten"),
    ("freeze", "froze", "frozen"),
    ("get", "got", "got"),
    ("give", "gave", "given"),
    ("go", "went", "gone"),
    ("grow", "grew", "grown"),
    ("hang", "hung", "hung"),
    ("have", "had", "had"),
    ("hear", "heard", "heard"),
    ("hide", "hid", "hidden"),
    ("hit", "hit", "hit"),
    ("hold", "held", "held"),
    ("hurt", "hurt", "hurt"),
    ("keep", "kept", "kept"),
    ("know", "knew", "known"),
    ("lay", "laid", "laid"),
    ("lead", "led", "led"),
    ("leave", "left", "left"),
    ("lend", "lent", "lent"),
    ("let", "let", "let"),
    ("lie", "lay", "lain"),
    ("lose", "lost", "lost"),
    ("make", "made", "made"),
    ("mean", "meant", "meant"),
    ("meet", "met", "met"),
    ("pay", "paid", "paid"),
    ("put", "put", "put"),
    ("quit", "quit", "quit"),
    ("read", "read", "read"),
    ("ride", "rode", "ridden"),
    ("ring", "rang", "rung"),
    ("rise", "rose", "risen"),
    ("run", "ran", "run"),
    ("say", "said", "said"),
    ("see", "saw", "seen"),
    ("seek", "sought", "sought"),
    ("sell", "sold", "sold"),
    ("send", "sent", "sent"),
    ("set", "set", "set"),
    ("shake", "shook", "shaken"),
    ("shoot", "shot", "shot"),
    ("show", "showed", "shown"),
    ("shut", "shut", "shut"),
    ("sing", "sang", "sung"),
    ("sink", "sank", "sunk"),
    ("sit", "sat", "sat"),
    ("sleep", "slept", "slept"),
    ("speak", "spoke", "spoken"),
    ("spend", "spent", "spent"),
    ("spread", "spread", "spread"),
    ("stand", "stood", "stood"),
    ("steal", "stole", "stolen"),
    ("stick", "stuck", "stuck"),
    ("strike", "struck", "struck"),
    ("swim", "swam", "swum"),
    ("take", "took", "taken"),
    ("teach", "taught", "taught"),
    ("tear", "tore", "torn"),
    ("tell", "told", "told"),
    ("think", "thought", "thought"),
    ("throw", "threw", "thrown"),
    ("understand", "understood", "understood"),
    ("undertake", "undertook", "undertaken"),
    ("wake", "woke", "woken"),
    ("wear", "wore", "worn"),
    ("win", "won", "won"),
    ("withdraw", "withdrew", "withdrawn"),
    ("write", "wrote", "written"),
    ("arise", "arose", "arisen"),
    ("bear", "bore", "borne"),
    ("beat", "beat", "beaten"),
    ("bend", "bent", "bent"),
    ("bet", "bet", "bet"),
    ("bind", "bound", "bound"),
    ("bite", "bit", "bitten"),
    ("blow", "blew", "blown"),
    ("broadcast", "broadcast", "broadcast"),
    ("burn", "burned", "burnt"),
    ("dig", "dug", "dug"),
    ("feed", "fed", "fed"),
    ("forbid", "forbade", "forbidden"),
    ("forgive", "forgave", "forgiven"),
    ("overcome", "overcame", "overcome"),
    ("oversee", "oversaw", "overseen"),
    ("seize", "seized", "seized"),
    ("shine", "shone", "shone"),
    ("shrink", "shrank", "shrunk"),
    ("slide", "slid", "slid"),
    ("split", "split", "split"),
    ("spring", "sprang", "sprung"),
    ("sweep", "swept", "swept"),
    ("swing", "swung", "swung"),
    ("upset", "upset", "upset"),
    ("wind", "wound", "wound"),
    ("uphold", "upheld", "upheld"),
    ("withhold", "withheld", "withheld"),
    ("light", "lit", "lit"),
    ("flee", "fled", "fled"),
    ("forecast", "forecast", "forecast"),
    ("mislead", "misled", "misled"),
    ("rebuild", "rebuilt", "rebuilt"),
    ("retake", "retook", "retaken"),
    ("foresee", "foresaw", "foreseen"),
    ("undergo", "underwent", "undergone"),
    ("swear", "swore", "sworn"),
    ("burst", "burst", "burst"),
    ("befall", "befell", "befallen"),
    ("creep", "crept", "crept"),
    ("grind", "ground", "ground"),
    ("bleed", "bled", "bled"),
    ("breed", "bred", "bred"),
    ("speed", "sped", "sped"),
    ("cling", "clung", "clung"),
    ("dwell", "dwelt", "dwelt"),
    ("fling", "flung", "flung"),
    ("forsake", "forsook", "forsaken"),
    ("forgo", "forwent", "forgone"),
    ("forego", "forewent", "foregone"),
    ("foretell", "foretold", "foretold"),
    ("kneel", "knelt", "knelt"),
    ("leap", "leapt", "leapt"),
    ("mistake", "mistook", "mistaken"),
    ("misunderstand", "misunderstood", "misunderstood"),
    ("outdo", "outdid", "outdone"),
    ("outgrow", "outgrew", "outgrown"),
    ("overhear", "overheard", "overheard"),
    ("override", "overrode", "overridden"),
    ("overrun", "overran", "overrun"),
    ("overtake", "overtook", "overtaken"),
    ("overthrow", "overthrew", "overthrown"),
    ("partake", "partook", "partaken"),
    ("redo", "redid", "redone"),
    ("repay", "repaid", "repaid"),
    ("resell", "resold", "resold"),
    ("rewrite", "rewrote", "rewritten"),
    ("rerun", "reran", "rerun"),
    ("retell", "retold", "retold"),
    ("shed", "shed", "shed"),
    ("slay", "slew", "slain"),
    ("sling", "slung", "slung"),
    ("slit", "slit", "slit"),
    ("sow", "sowed", "sown"),
    ("spin", "spun", "spun"),
    ("spit", "spat", "spat"),
    ("sting", "stung", "stung"),
    ("stink", "stank", "stunk"),
    ("stride", "strode", "stridden"),
    ("string", "strung", "strung"),
    ("strive", "strove", "striven"),
    ("swell", "swelled", "swollen"),
    ("thrust", "thrust", "thrust"),
    ("tread", "trod", "trodden"),
    ("underlie", "underlay", "underlain"),
    ("underwrite", "underwrote", "underwritten"),
    ("undo", "undid", "undone"),
    ("weep", "wept", "wept"),
    ("wring", "wrung", "wrung"),
    ("withstand", "withstood", "withstood"),
    ("bid", "bid", "bid"),
    ("cast", "cast", "cast"),
    ("outbid", "outbid", "outbid"),
    ("offset", "offset", "offset"),
    ("overdo", "overdid", "overdone"),
    ("overpay", "overpaid", "overpaid"),
    ("overspend", "overspent", "overspent"),
    ("mislay", "mislaid", "mislaid"),
    ("inlay", "inlaid", "inlaid"),
    ("spoil", "spoiled", "spoiled"),
    ("fit", "fitted", "fitted"),
    ("knit", "knitted", "knitted"),
    ("lean", "leaned", "leaned"),
    ("prove", "proved", "proven"),
    ("sew", "sewed", "sewn"),
    ("shear", "sheared", "shorn"),
    ("smite", "smote", "smitten"),
    ("behold", "beheld", "beheld"),
    ("awake", "awoke", "awoken"),
    ("input", "input", "input"),
    ("output", "output", "output"),
    ("outrun", "outran", "outrun"),
    ("outsell", "outsold", "outsold"),
    ("outshine", "outshone", "outshone"),
    ("babysit", "babysat", "babysat"),
    ("sublet", "sublet", "sublet"),
    ("reset", "reset", "reset"),
    ("recast", "recast", "recast"),
    ("remake", "remade", "remade"),
    ("rethink", "rethought", "rethought"),
    ("reread", "reread", "reread"),
    ("resit", "resat", "resat"),
];

/// Words in `-eed` that are bases, not the participle of an `-ee` verb (`agreed`, `freed`).
const EED_BASES: &[&str] = &[
    "need", "feed", "proceed", "succeed", "exceed", "bleed", "breed", "speed", "seed", "heed", "weed", "deed", "greed",
    "reed", "steed", "indeed", "reseed", "overfeed",
];

/// Is this English word a past participle already (`attended`, `held`, `taken`)? Bases
/// that look like participles (`come`, `run`, `need`) are not.
pub fn is_participle(word: &str) -> bool {
    if IRREGULAR.iter().any(|(b, _, _)| *b == word) || EED_BASES.contains(&word) || matches!(word, "embed" | "wed") {
        return false;
    }
    word.ends_with("ed") || IRREGULAR.iter().any(|(_, _, p)| *p == word)
}

fn irregular(base: &str) -> Option<&'static (&'static str, &'static str, &'static str)> {
    IRREGULAR.iter().find(|(b, _, _)| *b == base)
}

fn is_vowel(c: u8) -> bool {
    matches!(c, b'a' | b'e' | b'i' | b'o' | b'u')
}

/// Short verbs ending consonant-vowel-consonant double the last letter (`stop` → `stopped`).
fn doubles(base: &str) -> bool {
    let b = base.as_bytes();
    let n = b.len();
    const STRESSED: &[&str] = &[
        "admit", "commit", "submit", "permit", "omit", "occur", "refer", "prefer", "transfer", "control", "patrol",
        "regret", "equip", "begin", "compel", "expel", "propel", "deter", "incur", "recur", "forget", "excel", "repel",
        "dispel", "rebel", "acquit", "allot", "abet", "upset", "confer", "infer", "defer", "enrol", "instil", "fulfil",
        "distil", "extol", "outwit", "unzip", "kidnap", "worship",
    ];
    if STRESSED.contains(&base) {
        return true;
    }
    n >= 3
        && n <= 4
        && b.iter().filter(|c| is_vowel(**c)).count() == 1
        && !is_vowel(b[n - 1])
        && !matches!(b[n - 1], b'w' | b'x' | b'y')
        && is_vowel(b[n - 2])
        && !is_vowel(b[n - 3])
}

/// Regular `-ed` form of one word.
fn regular_ed(base: &str) -> String {
    if base.ends_with('e') {
        format!("{base}d")
    } else if base.ends_with('y') && base.len() > 2 && !is_vowel(base.as_bytes()[base.len() - 2]) {
        format!("{}ied", &base[..base.len() - 1])
    } else if doubles(base) {
        format!("{base}{}ed", &base[base.len() - 1..])
    } else {
        format!("{base}ed")
    }
}

/// Apply `f` to the first word of a phrase (`take part` → `took part`).
fn on_first(phrase: &str, f: impl Fn(&str) -> String) -> String {
    match phrase.split_once(' ') {
        Some((first, rest)) => format!("{} {rest}", f(first)),
        None => f(phrase),
    }
}

/// A plain lower-case English word that can take verb endings (not an `-ly` adverb).
fn is_plain(word: &str) -> bool {
    !word.is_empty()
        && word.bytes().all(|b| b.is_ascii_lowercase())
        && !word.ends_with("ly")
        // Noun endings no English verb has: a phrase sense like `football match` stays as is.
        && !["ness", "ity", "ism", "hood", "ball", "ment", "tion", "sion"].iter().any(|e| word.ends_with(e) && word.len() > e.len() + 2)
        || VERBAL_NOUNS.contains(&word)
}

/// Verbs that end like nouns (`-ment`, `-tion`).
const VERBAL_NOUNS: &[&str] = &[
    "implement",
    "comment",
    "document",
    "supplement",
    "complement",
    "augment",
    "torment",
    "experiment",
    "lament",
    "cement",
    "ferment",
    "segment",
    "mention",
    "question",
    "function",
    "position",
    "sanction",
    "station",
    "caution",
    "condition",
    "commission",
    "vision",
    "envision",
    "auction",
    "partition",
    "petition",
    "proportion",
    "portion",
    "ration",
    "section",
    "fashion",
    "cushion",
    "pension",
    "mission",
    "audition",
    "motion",
    "provision",
    "mention",
    "requisition",
    "reposition",
    "transition",
    "pressure",
];

/// Past tense of an English verb phrase: `say` → `said`, `take part` → `took part`.
pub fn past(phrase: &str) -> String {
    // `there is` → `there was`: the verb is the second word.
    if let Some(rest) = phrase.strip_prefix("there ") {
        return format!("there {}", past(rest));
    }
    on_first(phrase, |w| {
        if !is_plain(w) || is_participle(w) || w.ends_with("ing") {
            return w.to_string();
        }
        match w {
            "is" | "am" => "was".into(),
            "are" => "were".into(),
            "has" | "have" => "had".into(),
            "can" => "could".into(),
            "cannot" => "could not".into(),
            "must" | "should" | "may" | "might" | "could" | "would" | "shall" | "ought" => w.to_string(),
            "will" => "would".into(),
            _ => irregular(w).map_or_else(|| regular_ed(w), |i| i.1.to_string()),
        }
    })
}

/// Past participle: `attend` → `attended`, `hold` → `held`.
pub fn participle(phrase: &str) -> String {
    if phrase.starts_with("there ") {
        return phrase.to_string();
    }
    on_first(phrase, |w| {
        if !is_plain(w) || is_participle(w) || w.ends_with("ing") {
            return w.to_string();
        }
        irregular(w).map_or_else(|| regular_ed(w), |i| i.2.to_string())
    })
}

/// The -ing form: `hold` → `holding`, `make` → `making`.
pub fn ing(phrase: &str) -> String {
    if phrase.starts_with("there ") {
        return phrase.to_string();
    }
    on_first(phrase, |w| {
        if !is_plain(w) || w.ends_with("ing") {
            return w.to_string();
        }
        if w.ends_with("ie") {
            format!("{}ying", &w[..w.len() - 2])
        } else if w.ends_with('e') && !w.ends_with("ee") && w.len() > 2 {
            format!("{}ing", &w[..w.len() - 1])
        } else if doubles(w) {
            format!("{w}{}ing", &w[w.len() - 1..])
        } else {
            format!("{w}ing")
        }
    })
}

/// Plural of an English noun phrase (its last word): `participant` → `participants`.
pub fn plural(phrase: &str) -> String {
    let (head, last) = match phrase.rsplit_once(' ') {
        Some((h, l)) => (Some(h), l),
        None => (None, phrase),
    };
    let p = plural_word(last);
    match head {
        Some(h) => format!("{h} {p}"),
        None => p,
    }
}

fn plural_word(w: &str) -> String {
    // A capitalised common noun (the sentence's first word): `Student` → `Students`.
    if let Some(rest) = w.strip_prefix(|c: char| c.is_ascii_uppercase()) {
        if !rest.is_empty() && rest.bytes().all(|b| b.is_ascii_lowercase()) {
            let mut p = plural_word(&w.to_ascii_lowercase());
            if let Some(c) = p.get_mut(..1) {
                c.make_ascii_uppercase();
            }
            return p;
        }
    }
    if w.is_empty() || !w.bytes().all(|b| b.is_ascii_lowercase()) {
        return w.to_string();
    }
    const SAME: &[&str] = &[
        "people",
        "police",
        "staff",
        "personnel",
        "data",
        "news",
        "information",
        "equipment",
        "children",
        "men",
        "women",
        "sheep",
        "fish",
        "series",
        "media",
        "evidence",
        "assistance",
        "aid",
        "property",
        "research",
        "money",
        "public",
        "community",
        "livestock",
        "cattle",
        "rice",
        "water",
        "traffic",
        "security",
        "health",
        "education",
        "clothing",
        "food",
        "fuel",
        "furniture",
        "luggage",
        "baggage",
        "electricity",
        "oil",
        "milk",
        "sugar",
        "salt",
        "flour",
        "sand",
        "logistics",
        "advice",
        "knowledge",
        "infrastructure",
        "software",
        "hardware",
        "machinery",
        "merchandise",
        "feedback",
        "damage",
    ];
    // `crisis` → `crises`, `analysis` → `analyses`.
    if let Some(stem) = w.strip_suffix("sis").filter(|s| s.len() >= 2) {
        return format!("{stem}ses");
    }
    if SAME.contains(&w) || (w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us")) {
        return w.to_string();
    }
    match w {
        "person" => return "people".into(),
        "child" => return "children".into(),
        "man" => return "men".into(),
        "woman" => return "women".into(),
        _ => {}
    }
    match w {
        "knife" => return "knives".into(),
        "life" => return "lives".into(),
        "wife" => return "wives".into(),
        "leaf" => return "leaves".into(),
        "half" => return "halves".into(),
        "shelf" => return "shelves".into(),
        "thief" => return "thieves".into(),
        "wolf" => return "wolves".into(),
        "calf" => return "calves".into(),
        "foot" => return "feet".into(),
        "tooth" => return "teeth".into(),
        "mouse" => return "mice".into(),
        "goose" => return "geese".into(),
        "criterion" => return "criteria".into(),
        "phenomenon" => return "phenomena".into(),
        "hero" | "potato" | "tomato" | "volcano" | "echo" | "veto" | "torpedo" | "embargo" | "cargo" => {
            return format!("{w}es")
        }
        _ => {}
    }
    // `fisherman` → `fishermen`, not `human` → `humen`.
    if let Some(stem) = w.strip_suffix("man") {
        if stem.len() >= 3 && !matches!(w, "human" | "german" | "roman" | "shaman" | "ottoman" | "talisman" | "caiman")
        {
            return format!("{stem}men");
        }
    }
    let b = w.as_bytes();
    if w.ends_with('y') && b.len() > 2 && !is_vowel(b[b.len() - 2]) {
        format!("{}ies", &w[..w.len() - 1])
    } else if w.ends_with("ss") || w.ends_with("sh") || w.ends_with("ch") || w.ends_with('x') || w.ends_with("us") {
        format!("{w}es")
    } else {
        format!("{w}s")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn verbs() {
        assert_eq!(past("say"), "said");
        assert_eq!(past("take part"), "took part");
        assert_eq!(past("stop"), "stopped");
        assert_eq!(past("carry"), "carried");
        assert_eq!(past("there is"), "there was");
        assert_eq!(past("there are"), "there were");
        assert_eq!(participle("attend"), "attended");
        assert_eq!(participle("hold"), "held");
        assert_eq!(participle("attended"), "attended");
        assert_eq!(ing("make"), "making");
        assert_eq!(ing("run"), "running");
    }

    #[test]
    fn nouns() {
        assert_eq!(plural("participant"), "participants");
        assert_eq!(plural("person"), "people");
        assert_eq!(plural("trademark application"), "trademark applications");
        assert_eq!(plural("business"), "businesses");
        assert_eq!(plural("city"), "cities");
        assert_eq!(plural("products"), "products");
        assert_eq!(plural("Student"), "Students");
        assert_eq!(plural("Person"), "People");
        assert_eq!(plural("fisherman"), "fishermen");
        assert_eq!(plural("human"), "humans");
        assert_eq!(plural("knife"), "knives");
        assert_eq!(plural("crisis"), "crises");
        assert_eq!(plural("clothing"), "clothing");
    }

    #[test]
    fn more_irregulars_and_ee_verbs() {
        assert_eq!(past("undergo"), "underwent");
        assert_eq!(past("swear"), "swore");
        assert_eq!(participle("burst"), "burst");
        assert_eq!(past("grind"), "ground");
        assert_eq!(past("agreed"), "agreed");
        assert_eq!(participle("guaranteed"), "guaranteed");
        assert_eq!(past("need"), "needed");
        assert_eq!(past("proceed"), "proceeded");
        // A noun-like first word is not a verb to inflect.
        assert_eq!(past("football match"), "football match");
        assert_eq!(past("implement"), "implemented");
    }
}
