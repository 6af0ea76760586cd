//! Which prefix + suffix pairs go together (confixes), and the English derivation class a
//! combination of affixes gives.

use super::prefixes::Prefix;
use super::roots::RootInfo;
use super::suffixes::Suffix;
use super::Derivation;

/// Prefix + derivational-suffix pairs that Indonesian does not form (ber-…-i, peN-…-kan, peN-…-i, di-…-an,
/// ke-…-i, ke-…-kan, meN-…-an, se-…-i, se-…-kan, ter-…-an, ku-/kau-…-an). Rejecting them
/// stops `bermain` from reading as ber- + ma + -in and the like.
pub fn allowed(outer: Prefix, derivational: Option<Suffix>) -> bool {
    use Prefix as P;
    use Suffix as S;
    !matches!(
        (outer, derivational),
        (P::Ber, Some(S::I))
            | (P::Di, Some(S::An))
            | (P::Ke, Some(S::I))
            | (P::Ke, Some(S::Kan))
            | (P::MeN, Some(S::An))
            | (P::Se, Some(S::I))
            | (P::Se, Some(S::Kan))
            | (P::Ter, Some(S::An))
            | (P::Ku, Some(S::An))
            | (P::PeN | P::Pe, Some(S::Kan | S::I))
            | (P::Kau, Some(S::An))
    )
}

/// The English class of a word made of `prefixes` (outermost first) + root + `suffixes`
/// (innermost first), with every class that applies (the first is the main one).
pub fn classes(prefixes: &[Prefix], root: RootInfo, suffixes: &[Suffix]) -> Vec<Derivation> {
    use Derivation as D;
    let derivational = suffixes.iter().copied().find(|s| s.is_derivational());
    let an = derivational == Some(Suffix::An);
    let mut out = Vec::with_capacity(3);
    match prefixes.first() {
        Some(Prefix::Di) => out.push(D::Passive),
        Some(Prefix::MeN | Prefix::Ku | Prefix::Kau) => out.push(D::Active),
        Some(Prefix::Ter) if root.is_adjective() && !root.is_verb() => out.push(D::Superlative),
        Some(Prefix::Ter) => out.push(D::Stative),
        Some(Prefix::PeN | Prefix::Pe | Prefix::Per | Prefix::Ke) if an => out.push(D::Nominal),
        Some(Prefix::PeN | Prefix::Pe) => out.push(D::Agentive),
        Some(Prefix::Per) => out.push(D::Causative),
        Some(Prefix::Ke) if root.has(crate::glossary::Pos::Numeral) => out.push(D::Ordinal),
        Some(Prefix::Ke) => out.push(D::Plain),
        Some(Prefix::Ber) if an => out.push(D::Reciprocal),
        Some(Prefix::Ber) => out.push(D::Intransitive),
        Some(Prefix::Se) if suffixes.contains(&Suffix::Nya) => out.push(D::Adverbial),
        Some(Prefix::Se) => out.push(D::Equative),
        None if an => out.push(D::Nominal),
        None => {}
    }
    match derivational {
        Some(Suffix::Kan) => out.push(D::Causative),
        Some(Suffix::I) => out.push(D::Applicative),
        _ => {}
    }
    if suffixes.iter().any(|s| s.is_possessive()) && !out.contains(&D::Adverbial) {
        out.push(D::Possessive);
    }
    if out.is_empty() {
        out.push(D::Plain);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::glossary::Pos;

    #[test]
    fn confix_constraints() {
        assert!(!allowed(Prefix::Di, Some(Suffix::An)));
        assert!(allowed(Prefix::Ke, Some(Suffix::An)));
        assert!(allowed(Prefix::PeN, Some(Suffix::An)));
        assert!(!allowed(Prefix::MeN, Some(Suffix::An)));
    }

    #[test]
    fn classes_for_gloss() {
        let v = RootInfo::of(&[Pos::Verb]);
        let a = RootInfo::of(&[Pos::Adjective]);
        assert_eq!(classes(&[Prefix::Di], v, &[Suffix::Kan])[..], [Derivation::Passive, Derivation::Causative]);
        assert_eq!(classes(&[Prefix::PeN], v, &[Suffix::An])[0], Derivation::Nominal);
        assert_eq!(classes(&[Prefix::PeN], v, &[])[0], Derivation::Agentive);
        assert_eq!(classes(&[Prefix::Ter], a, &[])[0], Derivation::Superlative);
        assert_eq!(classes(&[Prefix::Ber], v, &[Suffix::An])[0], Derivation::Reciprocal);
        assert_eq!(classes(&[], v, &[Suffix::Nya])[0], Derivation::Possessive);
        assert_eq!(classes(&[Prefix::Se], a, &[Suffix::Nya])[0], Derivation::Adverbial);
    }
}
