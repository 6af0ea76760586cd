//! `a` or `an`: chosen by the first sound of the English word that follows, not its letter
//! (`a university`, `an hour`, `an MoU`, `a UN agency`).

/// Letters whose spoken name starts with a vowel sound (`an FBI agent`, `an SMS`).
const VOWEL_NAMED: &[char] = &['A', 'E', 'F', 'H', 'I', 'L', 'M', 'N', 'O', 'R', 'S', 'X'];

/// Words spelled with a vowel that start with a consonant sound.
const YOU_ONE: &[&str] =
    &["uni", "use", "usu", "usa", "uti", "ute", "uri", "ura", "ure", "euro", "eu", "one", "once", "ewe", "ubiq", "ufo"];

/// Words spelled with a consonant that start with a vowel sound.
const SILENT_H: &[&str] = &["hour", "honest", "honour", "honor", "heir", "herb"];

/// Is the word read as letters (`MoU`, `NGO`, `KPK`)?
fn initialism(word: &str) -> bool {
    let upper = word.chars().filter(|c| c.is_ascii_uppercase()).count();
    let len = word.chars().count();
    upper >= 2 && len <= 6 && word.chars().next().is_some_and(|c| c.is_ascii_uppercase())
}

/// Does `an` go before this English word?
pub fn takes_an(word: &str) -> bool {
    let Some(first) = word.chars().next() else {
        return false;
    };
    if first.is_ascii_digit() {
        // `an 8-year-old`, `an 11-day`, `an 18-member`.
        return word.starts_with('8') || word.starts_with("11") || word.starts_with("18");
    }
    if initialism(word) {
        return VOWEL_NAMED.contains(&first.to_ascii_uppercase());
    }
    let low = word.to_lowercase();
    if SILENT_H.iter().any(|h| low.starts_with(h)) {
        return true;
    }
    if YOU_ONE.iter().any(|p| low.starts_with(p)) && !low.starts_with("unin") && !low.starts_with("unid") {
        return false;
    }
    matches!(first.to_ascii_lowercase(), 'a' | 'e' | 'i' | 'o' | 'u')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn by_sound() {
        for w in ["apple", "hour", "MoU", "SMS", "NGO", "inquiry", "umbrella", "8-hour", "honest", "uninformed"] {
            assert!(takes_an(w), "an {w}");
        }
        for w in ["bridge", "university", "user", "European", "one-day", "UN", "KPK", "house", "useful", "5-year"] {
            assert!(!takes_an(w), "a {w}");
        }
    }
}
