//! Suffixes, read from the end of the word inwards: particles (-lah, -kah, -tah, -pun), then
//! possessive pronouns (-nya, -ku, -mu), then derivational suffixes (-kan, -i, -an).

/// A suffix, in its slot order (outermost first).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Suffix {
    Lah,
    Kah,
    Tah,
    Pun,
    Nya,
    Ku,
    Mu,
    Kan,
    I,
    An,
}

impl Suffix {
    pub fn tag(self) -> &'static str {
        match self {
            Suffix::Lah => "-lah",
            Suffix::Kah => "-kah",
            Suffix::Tah => "-tah",
            Suffix::Pun => "-pun",
            Suffix::Nya => "-nya",
            Suffix::Ku => "-ku",
            Suffix::Mu => "-mu",
            Suffix::Kan => "-kan",
            Suffix::I => "-i",
            Suffix::An => "-an",
        }
    }

    fn text(self) -> &'static str {
        &self.tag()[1..]
    }

    pub fn is_derivational(self) -> bool {
        matches!(self, Suffix::Kan | Suffix::I | Suffix::An)
    }

    pub fn is_possessive(self) -> bool {
        matches!(self, Suffix::Nya | Suffix::Ku | Suffix::Mu)
    }
}

const PARTICLES: [Suffix; 4] = [Suffix::Lah, Suffix::Kah, Suffix::Tah, Suffix::Pun];
const POSSESSIVES: [Suffix; 3] = [Suffix::Nya, Suffix::Ku, Suffix::Mu];
const DERIVATIONAL: [Suffix; 3] = [Suffix::Kan, Suffix::I, Suffix::An];

/// One way to read suffixes off a word: the stem, and up to three suffixes
/// (derivational, possessive, particle — innermost first).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Stripped<'a> {
    pub stem: &'a str,
    pub suffixes: [Option<Suffix>; 3],
}

impl Stripped<'_> {
    /// Suffixes innermost first (the order they are written after the root).
    pub fn iter(&self) -> impl Iterator<Item = Suffix> + '_ {
        self.suffixes.iter().flatten().copied()
    }

    pub fn derivational(&self) -> Option<Suffix> {
        self.suffixes[0]
    }

    /// Letters taken off the end.
    pub fn len(&self) -> usize {
        self.iter().map(|s| s.text().len()).sum()
    }

    pub fn is_empty(&self) -> bool {
        self.suffixes.iter().all(Option::is_none)
    }
}

/// Most readings a word can have (1 + particle × possessive × derivational, pruned).
pub const MAX_STRIPS: usize = 24;

/// All suffix readings of a lower-case ASCII word, the bare word first. A stem keeps at
/// least two letters.
pub fn strips<'a>(word: &'a str) -> ([Option<Stripped<'a>>; MAX_STRIPS], usize) {
    let mut out: [Option<Stripped<'a>>; MAX_STRIPS] = [None; MAX_STRIPS];
    let mut n = 0;
    let mut push = |s: Stripped<'a>| {
        if n < MAX_STRIPS {
            out[n] = Some(s);
            n += 1;
        }
    };
    let cut = |s: &str, suf: Suffix| -> Option<usize> {
        let t = suf.text();
        (s.len() >= t.len() + 2 && s.ends_with(t)).then(|| s.len() - t.len())
    };
    let mut layer1: [(usize, Option<Suffix>); 5] = [(word.len(), None); 5];
    let mut l1 = 1;
    for p in PARTICLES {
        if let Some(k) = cut(word, p) {
            layer1[l1] = (k, Some(p));
            l1 += 1;
        }
    }
    for &(k1, part) in &layer1[..l1] {
        let s1 = &word[..k1];
        let mut layer2: [(usize, Option<Suffix>); 4] = [(k1, None); 4];
        let mut l2 = 1;
        for p in POSSESSIVES {
            if let Some(k) = cut(s1, p) {
                layer2[l2] = (k, Some(p));
                l2 += 1;
            }
        }
        for &(k2, poss) in &layer2[..l2] {
            let s2 = &word[..k2];
            push(Stripped { stem: s2, suffixes: [None, poss, part] });
            for d in DERIVATIONAL {
                if let Some(k) = cut(s2, d) {
                    push(Stripped { stem: &word[..k], suffixes: [Some(d), poss, part] });
                }
            }
        }
    }
    (out, n)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stems(w: &str) -> Vec<&str> {
        let (a, n) = strips(w);
        a[..n].iter().flatten().map(|s| s.stem).collect()
    }

    #[test]
    fn slots_in_order() {
        let s = stems("kebijakannyalah");
        assert!(s.contains(&"kebijakan"));
        assert!(s.contains(&"kebijak"));
        assert!(stems("dibandingkan").contains(&"dibanding"));
        assert!(stems("memenuhi").contains(&"memenuh"));
        assert!(stems("meskipun").contains(&"meski"));
        assert_eq!(stems("an"), vec!["an"]);
        assert_eq!(stems(""), vec![""]);
    }
}
