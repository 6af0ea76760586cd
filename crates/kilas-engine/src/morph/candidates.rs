//! Generate every affix reading of a word whose root is a known root, then rank them.
//!
//! Generation: every suffix reading ([`suffixes::strips`]) × up to three stacked prefixes
//! ([`prefixes::splits`]), each proposed root checked against the root index. Ranking is done
//! by the caller with [`best_head`] (the form to gloss with) and [`best_lemma`] (the root).

use super::confixes;
use super::prefixes::{self, Prefix};
use super::roots::{RootInfo, Roots};
use super::stem::Stem;
use super::suffixes::{self, Stripped, Suffix};
use crate::glossary::Pos;

/// Deepest prefix stack (`di-per-`, `ke-ber-`, `mem-per-…`).
const MAX_PREFIXES: usize = 3;
/// Shortest root, in letters (`bom`, `cat`, `ada`).
pub const MIN_ROOT: usize = 3;

/// One reading of a word: prefixes (outermost first) + root + suffixes (innermost first).
#[derive(Clone, Copy, Debug)]
pub struct Candidate {
    pub root: Stem,
    pub info: RootInfo,
    prefixes: [Option<Prefix>; MAX_PREFIXES],
    suffixes: [Option<Suffix>; 3],
    /// A consonant swallowed by meN-/peN- was put back (`menulis` → `tulis`).
    pub restored: bool,
    /// The root is two roots written together (`jualbeli`, `tidakadil`).
    pub compound: bool,
}

impl Candidate {
    pub fn prefixes(&self) -> impl Iterator<Item = Prefix> + '_ {
        self.prefixes.iter().flatten().copied()
    }

    pub fn suffixes(&self) -> impl Iterator<Item = Suffix> + '_ {
        self.suffixes.iter().flatten().copied()
    }

    pub fn prefix_count(&self) -> usize {
        self.prefixes().count()
    }

    pub fn outer_prefix(&self) -> Option<Prefix> {
        self.prefixes[0]
    }

    pub fn derivational(&self) -> Option<Suffix> {
        self.suffixes[0]
    }

    /// A particle (-lah, -kah, -tah, -pun) was read off: readings without one come first
    /// (`bermasalah` is ber- + masalah, not ber- + masa + -lah).
    pub fn has_particle(&self) -> bool {
        self.suffixes[2].is_some()
    }

    pub fn affix_count(&self) -> usize {
        self.prefix_count() + self.suffixes().count()
    }

    pub fn is_bare(&self) -> bool {
        self.affix_count() == 0
    }

    /// Affix tags in reading order (`meN-`, `per-`, `-kan`, `-nya`).
    pub fn affix_tags(&self) -> Vec<&'static str> {
        let mut v: Vec<&'static str> = self.prefixes().map(Prefix::tag).collect();
        if self.compound && self.root.as_str().starts_with("tidak ") {
            v.push("tidak");
        }
        v.extend(self.suffixes().map(Suffix::tag));
        v
    }

    /// The root as it should be printed: compounds with a space (`jual beli`); a negated
    /// compound (`ke-tidak-adil-an`) gives its content root.
    pub fn root_str(&self) -> &str {
        let r = self.root.as_str();
        r.strip_prefix("tidak ").unwrap_or(r)
    }
}

/// A reusable list of candidates.
pub type Candidates = Vec<Candidate>;

/// All readings of a lower-case ASCII word whose root is in `roots`. The bare word (when it
/// is a root itself) comes first.
pub fn generate<R: Roots + ?Sized>(word: &str, roots: &R, out: &mut Candidates) {
    out.clear();
    if word.len() > super::stem::MAX_LEN || !word.bytes().all(|b| b.is_ascii_lowercase()) {
        return;
    }
    let (strips, n) = suffixes::strips(word);
    for st in strips.iter().take(n).flatten() {
        let Some(stem) = Stem::join("", st.stem) else { continue };
        walk(stem, st, [None; MAX_PREFIXES], 0, false, roots, out);
    }
}

/// Check `stem` as a root, then try every prefix reading of it.
fn walk<R: Roots + ?Sized>(
    stem: Stem,
    st: &Stripped<'_>,
    pre: [Option<Prefix>; MAX_PREFIXES],
    depth: usize,
    restored: bool,
    roots: &R,
    out: &mut Candidates,
) {
    let s = stem.as_str();
    let mut is_root = false;
    if s.len() >= MIN_ROOT {
        let found = roots.get(s);
        is_root = found.is_some();
        if pre[0].is_none_or(|p| confixes::allowed(p, st.derivational())) {
            if let Some(info) = found {
                out.push(Candidate {
                    root: stem,
                    info,
                    prefixes: pre,
                    suffixes: st.suffixes,
                    restored,
                    compound: false,
                });
            } else if depth > 0 && st.derivational().is_some() {
                compound(s, st, pre, restored, roots, out);
            }
        }
    }
    if depth == MAX_PREFIXES {
        return;
    }
    let inner_of = if depth == 0 { None } else { pre[depth - 1] };
    // A stem reached under a prefix that is a root itself keeps its ke-: meN- + keluar,
    // not meN- + ke- + luar.
    let is_root_stem = depth > 0 && is_root;
    for sp in prefixes::splits(s).iter() {
        if inner_of.is_some_and(|o| !o.allows_inner(sp.prefix)) {
            continue;
        }
        if is_root_stem && sp.prefix == Prefix::Ke {
            continue;
        }
        // Proclitic pronouns and voice prefixes only stand first.
        if depth > 0 && matches!(sp.prefix, Prefix::Ku | Prefix::Kau) {
            continue;
        }
        let Some(next) = Stem::join(sp.restore, sp.rest) else { continue };
        let mut p = pre;
        p[depth] = Some(sp.prefix);
        walk(next, st, p, depth + 1, restored || !sp.restore.is_empty(), roots, out);
    }
}

/// An affixed compound written solid: `diperjualbelikan` (jual + beli),
/// `ketidakadilan` (tidak + adil).
fn compound<R: Roots + ?Sized>(
    s: &str,
    st: &Stripped<'_>,
    pre: [Option<Prefix>; MAX_PREFIXES],
    restored: bool,
    roots: &R,
    out: &mut Candidates,
) {
    let b = s.as_bytes();
    for i in MIN_ROOT..=b.len().saturating_sub(MIN_ROOT) {
        let (x, y) = (&s[..i], &s[i..]);
        if roots.get(x).is_some() {
            if let Some(info) = roots.get(y) {
                if let Some(root) = Stem::join3(x, " ", y) {
                    out.push(Candidate { root, info, prefixes: pre, suffixes: st.suffixes, restored, compound: true });
                    return;
                }
            }
        }
    }
}

/// The reading to gloss with: the longest root (an attested derived headword such as
/// `kekayaan` in `kekayaannya` beats `kaya`), then the fewest affixes, then no restored
/// consonant.
pub fn best_head(c: &[Candidate]) -> Option<&Candidate> {
    c.iter().min_by_key(|x| (std::cmp::Reverse(x.root.len()), x.compound, x.affix_count(), x.restored))
}

/// The reading that gives the lemma (the Universal Dependencies convention: the deepest
/// root, `pendapatan` → `dapat`). `whole` says whether the bare word is itself a root, and
/// its word class; a headword is only taken apart when the analysis is plainly productive.
/// Between two equally deep readings, the one with the swallowed consonant put back wins
/// (`pengarang` → `karang`, `mengawal` → `kawal`, `penonton` → `tonton`).
pub fn best_lemma(c: &[Candidate], whole: Option<RootInfo>) -> Option<&Candidate> {
    c.iter().filter(|x| x.is_bare() || whole.is_none_or(|w| decomposes_headword(x, w))).min_by_key(|x| {
        (
            x.has_particle(),
            absorbed_i(x, c),
            closed_short_root(x),
            depth_cost(x),
            x.compound,
            x.derivational().is_none(),
            !verb_under_voice(x),
            !x.restored,
            x.affix_count(),
        )
    })
}

/// A final -i read off as a suffix when the root with its -i is a noun root too, under the
/// same affixes: the -i belongs to the root (`menilai` is meN- + nilai, not meN- + nila +
/// -i). Verb and adjective roots ending in -i are left to depth (`mengalami` is alam + -i
/// in the treebank, not alami), and so are loan nouns in -si.
fn absorbed_i(x: &Candidate, c: &[Candidate]) -> bool {
    x.derivational() == Some(Suffix::I)
        && c.iter().any(|y| {
            y.derivational().is_none()
                && y.info.has(Pos::Noun)
                && !y.info.is_verb()
                && !y.info.is_adjective()
                // Loan nouns in -si are verbs' stems too: memfasilitasi is fasilitas + -i.
                && !y.root.as_str().ends_with("si")
                && y.prefixes == x.prefixes
                && y.suffixes[1..] == x.suffixes[1..]
                && y.root.as_str().strip_suffix('i') == Some(x.root.as_str())
        })
}

/// A three-letter closed-class root before a derivational suffix is a chance match: no
/// -an or -kan is built on the particle `kan` (`kanannya` is kanan + -nya).
fn closed_short_root(x: &Candidate) -> bool {
    x.root.len() <= 3 && x.derivational().is_some() && !x.info.is_open() && x.prefix_count() == 0
}

/// Between equally deep readings, meN-/peN-/di- point to a verb root: `memakan` is
/// meN- + makan (verb), not meN- + pakan (noun); `pemohon` is mohon, not pohon.
fn verb_under_voice(x: &Candidate) -> bool {
    matches!(x.outer_prefix(), Some(Prefix::MeN | Prefix::Di | Prefix::PeN)) && x.info.is_verb()
}

/// Is the lemma of reading `x` its root? Not for readings the treebank convention never
/// lemmatises (the lemma is then the word itself): bare -kan/-i verbs (`lakukan`,
/// `miliki`: imperatives and object-voice forms keep their spelling), se- + adjective
/// (`sebaik`), and unassimilated nasals before a vowel (`mempunyai`, `mengkaji`,
/// `mensosialisasikan`: lexicalised or loan spellings, unlike `memper-` and clusters such
/// as `mengklaim`).
pub fn lemma_reading(x: &Candidate, word: &str) -> bool {
    if x.prefix_count() == 0 && matches!(x.derivational(), Some(Suffix::Kan | Suffix::I)) {
        return false;
    }
    // se- + adjective is a quantity or comparison word of its own (sebesar, sebaik, seluas),
    // listed or not.
    if x.outer_prefix() == Some(Prefix::Se) && x.affix_count() == 1 && x.info.is_adjective() {
        return false;
    }
    if matches!(x.outer_prefix(), Some(Prefix::MeN | Prefix::PeN))
        && !x.restored
        && x.prefixes().nth(1) != Some(Prefix::Per)
    {
        let b = word.as_bytes();
        let unassimilated = ["memp", "mengk", "mens", "ment", "pemp", "pengk", "pens", "pent"]
            .iter()
            .find(|h| word.starts_with(**h))
            .is_some_and(|h| b.get(h.len()).is_some_and(|c| b"aeiou".contains(c)));
        if unassimilated {
            return false;
        }
    }
    true
}

/// Lower is deeper: a short root (three letters before a suffix count as four and a
/// half), but each
/// stacked prefix past the first costs two and a half letters, so `keterangan` is ke-…-an + terang rather than ke- + ter- + angan, and
/// `memegang` is meN- + pegang rather than meN- + pe- + gang.
fn depth_cost(x: &Candidate) -> usize {
    // Three-letter roots inside a suffix are short enough to turn up by chance
    // (membeli ≠ meN- + bel + -i); without one they are fine (berada = ber- + ada).
    let short = if x.root.len() <= 3 && x.derivational().is_some() { 3 } else { 0 };
    2 * x.root.len() + short + 5 * x.prefix_count().saturating_sub(1)
}

/// May a word that is itself a headword be read as `x`?
fn decomposes_headword(x: &Candidate, whole: RootInfo) -> bool {
    // meN-/di- forms come from verbs even when the glossary lists only a function word with
    // that spelling: melalui (lalu), mengenai (kena), mengaku (aku).
    // (A meN- adverb such as mengapa stays whole.)
    let verbal =
        matches!(x.outer_prefix(), Some(Prefix::MeN | Prefix::Di)) && (whole.is_verb() || whole.has(Pos::Preposition));
    // A three-letter root must be a content word: berada is ber- + ada, but bersih is not
    // ber- + sih, nor pekan pe- + kan.
    if x.compound || (x.root.len() < 4 && !x.info.is_open() && !verbal) {
        return false;
    }
    // Function words built from function words stay whole: setelah, sehingga, semakin.
    if whole.is_functional() && x.info.is_functional() && !verbal {
        return false;
    }
    // Pronouns are never derived: mereka is not meN- + reka.
    if whole.is_only(Pos::Pronoun) {
        return false;
    }

    // ber- and meN- make verbs and adjectives: a headword listed only as a noun that merely
    // starts like them is a noun of its own (beras, berkas, memori). Not ter-: the treebank
    // takes noun-listed terduga, tersangka to their roots.
    if matches!(x.outer_prefix(), Some(Prefix::Ber | Prefix::MeN)) && whole.is_only(Pos::Noun) {
        return false;
    }

    let derivational = x.derivational();
    let inflectional = x.suffixes().any(|s| !s.is_derivational());
    match (x.outer_prefix(), x.prefix_count()) {
        // Only inflection or a bare -i/-kan on a headword is part of the word:
        // masalah, khususnya, mulai, tetapi, sedangkan.
        // X-an is a noun made from a verb or adjective (laporan, tujuan); from a noun it is
        // a word of its own (perseroan, kemudian).
        (None, _) => derivational == Some(Suffix::An) && !inflectional && (x.info.is_verb() || x.info.is_adjective()),
        // se- + adjective is a lexical quantity word (sebesar, sebanyak, selama);
        // se-…-nya is an adverb (sebelumnya, sebenarnya).
        // Otherwise se- counts nouns (sebuah, seorang, secara, sejumlah); on a verb it is a
        // word of its own (seluruh, seusai, sejarah).
        (Some(Prefix::Se), 1) => {
            !x.info.is_adjective()
                && (x.info.has(Pos::Noun) || x.info.has(Pos::Classifier))
                && !inflectional
                && derivational.is_none()
        }
        // ter- makes statives of verbs and superlatives of adjectives; on a noun it is a word
        // of its own (terdiri, terbatas, tercermin).
        (Some(Prefix::Ter), _) => x.info.is_verb() || x.info.is_adjective(),
        // Bare ke- and per- on a headword are not productive: keluar, kedua, permata, perdana.
        (Some(Prefix::Ke | Prefix::Per), 1) => derivational.is_some(),
        // ku-/kau- make clauses, never headwords: kupon, kursi.
        (Some(Prefix::Ku | Prefix::Kau), _) => false,
        // A noun that looks passive is a noun: divisi.
        (Some(Prefix::Di), _) => !whole.has(Pos::Noun) || whole.is_verb(),
        _ => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::morph::roots::RootSet;

    fn set(words: &[(&str, Pos)]) -> RootSet {
        let mut s = RootSet::default();
        for (w, p) in words {
            s.insert(w, *p);
        }
        s
    }

    fn lemma(w: &str, r: &RootSet) -> String {
        let mut c = Vec::new();
        generate(w, r, &mut c);
        best_lemma(&c, r.get(w)).filter(|x| lemma_reading(x, w)).map_or(w.to_string(), |x| x.root_str().to_string())
    }

    #[test]
    fn finds_stacked_forms() {
        let r = set(&[
            ("dagang", Pos::Verb),
            ("jual", Pos::Verb),
            ("beli", Pos::Verb),
            ("adil", Pos::Adjective),
            ("tidak", Pos::Particle),
            ("sinambung", Pos::Verb),
            ("tahu", Pos::Verb),
        ]);
        assert_eq!(lemma("memperdagangkan", &r), "dagang");
        assert_eq!(lemma("diperjualbelikan", &r), "jual beli");
        assert_eq!(lemma("ketidakadilan", &r), "adil");
        assert_eq!(lemma("berkesinambungan", &r), "sinambung");
        assert_eq!(lemma("mengetahui", &r), "tahu");
    }

    #[test]
    fn ranks_deep_for_lemma_and_long_for_head() {
        let r = set(&[("dapat", Pos::Verb), ("pendapat", Pos::Noun), ("beri", Pos::Verb), ("ikan", Pos::Noun)]);
        assert_eq!(lemma("pendapatan", &r), "dapat");
        let mut c = Vec::new();
        generate("pendapatnya", &r, &mut c);
        assert_eq!(best_head(&c).unwrap().root.as_str(), "pendapat");
        assert_eq!(lemma("berikan", &r), "berikan");
        assert_eq!(lemma("memberikan", &r), "beri");
    }

    #[test]
    fn voice_prefixes_prefer_verb_roots_between_equal_readings() {
        let r = set(&[
            ("makan", Pos::Verb),
            ("pakan", Pos::Noun),
            ("mati", Pos::Verb),
            ("pati", Pos::Noun),
            ("mohon", Pos::Verb),
            ("pohon", Pos::Noun),
        ]);
        assert_eq!(lemma("memakan", &r), "makan");
        assert_eq!(lemma("mematikan", &r), "mati");
        assert_eq!(lemma("pemohon", &r), "mohon");
    }

    #[test]
    fn final_i_of_a_noun_root_is_not_a_suffix() {
        let r = set(&[("nilai", Pos::Noun), ("nila", Pos::Noun), ("alami", Pos::Adjective), ("alam", Pos::Noun)]);
        assert_eq!(lemma("menilai", &r), "nilai");
        assert_eq!(lemma("dinilai", &r), "nilai");
        // Verb and adjective roots ending in -i do not block the suffix reading.
        assert_eq!(lemma("mengalami", &r), "alam");
        let r = set(&[("fasilitas", Pos::Noun), ("fasilitasi", Pos::Noun)]);
        assert_eq!(lemma("memfasilitasi", &r), "fasilitas");
    }

    #[test]
    fn short_particles_take_no_derivational_suffix() {
        let r = set(&[("kanan", Pos::Noun), ("kan", Pos::Particle)]);
        assert_eq!(lemma("kanannya", &r), "kanan");
    }

    #[test]
    fn noun_headwords_are_not_ber_or_men_forms() {
        let r = set(&[
            ("beras", Pos::Noun),
            ("ras", Pos::Noun),
            ("memori", Pos::Noun),
            ("pori", Pos::Noun),
            ("ada", Pos::Verb),
            ("berada", Pos::Verb),
        ]);
        assert_eq!(lemma("beras", &r), "beras");
        assert_eq!(lemma("memori", &r), "memori");
        assert_eq!(lemma("berada", &r), "ada");
    }

    #[test]
    fn headwords_stay_whole_when_built_from_function_words() {
        let r =
            set(&[("kepada", Pos::Preposition), ("pada", Pos::Preposition), ("persen", Pos::Unit), ("sen", Pos::Unit)]);
        assert_eq!(lemma("kepada", &r), "kepada");
        assert_eq!(lemma("persen", &r), "persen");
    }
}
