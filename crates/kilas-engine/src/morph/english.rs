//! Loanword endings with a regular English counterpart: -isasi → -ization, -isme → -ism,
//! -itas → -ity, -if → -ive, -is → -ic/-ist. Used when the glossary lacks the word: the
//! guess lets the gloss show `modernization` instead of an unknown `modernisasi`.

/// (Indonesian ending, English ending), longest first.
const ENDINGS: &[(&str, &str)] =
    &[("isasi", "ization"), ("isme", "ism"), ("itas", "ity"), ("asi", "ation"), ("if", "ive"), ("is", "ic")];

/// Words of this many letters or fewer are native (`tarif`, `habis`, `jenis`).
const MIN_LEN: usize = 6;

/// Which loanword ending a lower-case word carries, with its English counterpart.
pub fn loan_ending(lower: &str) -> Option<(&'static str, &'static str)> {
    if lower.len() <= MIN_LEN || !lower.bytes().all(|b| b.is_ascii_lowercase()) {
        return None;
    }
    ENDINGS.iter().copied().find(|(id, _)| lower.ends_with(id) && lower.len() > id.len() + 2)
}

/// Respell an Indonesian loan stem the English way: `ks` → `x`, `k` → `c` before a back
/// vowel or a consonant, `f` kept.
fn respell(stem: &str) -> String {
    let b = stem.as_bytes();
    let mut out = String::with_capacity(stem.len() + 4);
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        let next = b.get(i + 1).copied();
        if c == b'k' && next == Some(b's') {
            out.push('x');
            i += 2;
            continue;
        }
        if c == b'k' && !matches!(next, Some(b'e' | b'i' | b'y')) {
            out.push('c');
        } else {
            out.push(char::from(c));
        }
        i += 1;
    }
    out
}

/// The English counterpart of a loanword (`modernisasi` → `modernization`,
/// `stabilitas` → `stability`, `efektif` → `efective`: a guess, spelled by rule).
pub fn english_counterpart(lower: &str) -> Option<String> {
    let (id, en) = loan_ending(lower)?;
    let stem = &lower[..lower.len() - id.len()];
    let mut s = respell(stem);
    s.push_str(en);
    Some(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_endings() {
        assert_eq!(english_counterpart("modernisasi").as_deref(), Some("modernization"));
        assert_eq!(english_counterpart("kapitalisme").as_deref(), Some("capitalism"));
        assert_eq!(english_counterpart("stabilitas").as_deref(), Some("stability"));
        assert_eq!(english_counterpart("negatif").as_deref(), Some("negative"));
        assert_eq!(english_counterpart("drastis").as_deref(), Some("drastic"));
        assert_eq!(english_counterpart("eksternal"), None);
        assert_eq!(english_counterpart("tarif"), None);
        assert_eq!(english_counterpart("reformasi").as_deref(), Some("reformation"));
    }
}
