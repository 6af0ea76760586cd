//! Prefixes and their allomorphs: meN-, peN-, ber-, ter-, per-, di-, ke-, se-, ku-, kau-.
//!
//! The nasal prefixes assimilate to the root's first sound and swallow voiceless initials:
//! `memukul` = meN- + pukul, `menulis` = meN- + tulis, `menyapu` = meN- + sapu,
//! `mengirim` = meN- + kirim, `mengebom` = meN- + bom. Each rule below proposes the possible
//! roots (with the swallowed consonant restored); the glossary decides which exist.

/// A prefix family.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Prefix {
    Di,
    MeN,
    PeN,
    /// Plain pe- before a consonant (`petani`, `pekerja`): agentive like peN-.
    Pe,
    Ber,
    Ter,
    Per,
    Ke,
    Se,
    Ku,
    Kau,
}

impl Prefix {
    /// How the prefix is written in `WordAnalysis::affixes`.
    pub fn tag(self) -> &'static str {
        match self {
            Prefix::Di => "di-",
            Prefix::MeN => "meN-",
            Prefix::PeN => "peN-",
            Prefix::Pe => "pe-",
            Prefix::Ber => "ber-",
            Prefix::Ter => "ter-",
            Prefix::Per => "per-",
            Prefix::Ke => "ke-",
            Prefix::Se => "se-",
            Prefix::Ku => "ku-",
            Prefix::Kau => "kau-",
        }
    }

    /// May `inner` stand directly inside `self`? (`memper-`, `diber-…-kan`, `keber-…-an`,
    /// `kepe-…-an`, `berke-…-an`.) Voice prefixes (di-, meN-, ku-, kau-) are always outermost.
    pub fn allows_inner(self, inner: Prefix) -> bool {
        use Prefix::*;
        if matches!(inner, Di | MeN | Ku | Kau) || self == inner {
            return false;
        }
        match self {
            // ter- under a voice prefix is rare (menertawakan) and misreads diterbitkan.
            Di | MeN | Ku | Kau => matches!(inner, Per | Ber | Ke | Pe | PeN),
            PeN | Pe => matches!(inner, Per | Ber | Ke),
            Ke => matches!(inner, PeN | Pe | Ber | Ter | Se | Per),
            Ber => matches!(inner, Ke | Per | PeN | Pe | Se),
            Se => matches!(inner, Ke | PeN | Pe | Ber | Per),
            Ter => matches!(inner, Per | Ke | Se),
            Per => matches!(inner, Ke | Ber),
        }
    }
}

/// One way to read a prefix off the front of a stem: the root is `restore` + `rest`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Split<'a> {
    pub prefix: Prefix,
    pub restore: &'static str,
    pub rest: &'a str,
}

/// Up to [`MAX_SPLITS`] readings, kept on the stack.
pub const MAX_SPLITS: usize = 8;

#[derive(Clone, Copy)]
pub struct Splits<'a> {
    items: [Option<Split<'a>>; MAX_SPLITS],
    len: usize,
}

impl<'a> Splits<'a> {
    fn new() -> Self {
        Splits { items: [None; MAX_SPLITS], len: 0 }
    }

    fn push(&mut self, prefix: Prefix, restore: &'static str, rest: &'a str) {
        // Stems of one letter are never roots; skip them early.
        if rest.len() >= 2 && self.len < MAX_SPLITS {
            self.items[self.len] = Some(Split { prefix, restore, rest });
            self.len += 1;
        }
    }

    pub fn iter(&self) -> impl Iterator<Item = Split<'a>> + '_ {
        self.items.iter().take(self.len).flatten().copied()
    }
}

fn is_vowel(b: u8) -> bool {
    matches!(b, b'a' | b'e' | b'i' | b'o' | b'u')
}

fn first(s: &str) -> u8 {
    s.as_bytes().first().copied().unwrap_or(0)
}

/// One vowel only (`bom`, `cat`, `tik`, `cek`): the roots that take menge-/penge-.
fn is_monosyllable(s: &str) -> bool {
    s.len() <= 4 && s.bytes().filter(|c| is_vowel(*c)).count() == 1
}

/// Does the first syllable of `s` contain `er` (`kerja`, `serta`, `percaya`)? Before such
/// roots ber-/ter- lose their r: `bekerja`, `beserta`, `tepercaya`.
fn first_syllable_er(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() >= 3 && !is_vowel(b[0]) && b[1] == b'e' && b[2] == b'r'
}

/// The nasal prefixes meN- and peN- share their allomorphs; `head` is `me` or `pe`.
fn nasal<'a>(s: &'a str, head: &str, prefix: Prefix, out: &mut Splits<'a>) {
    let Some(r) = s.strip_prefix(head) else { return };
    if let Some(t) = r.strip_prefix("ny") {
        if is_vowel(first(t)) {
            out.push(prefix, "s", t); // menyapu → sapu
        }
        out.push(prefix, "", r); // menyanyi → nyanyi
    } else if let Some(t) = r.strip_prefix("ng") {
        if let Some(u) = t.strip_prefix('e') {
            if is_monosyllable(u) {
                out.push(prefix, "", u); // mengebom → bom (one-syllable roots only)
            }
        }
        let c = first(t);
        if is_vowel(c) {
            out.push(prefix, "", t); // mengambil → ambil
            out.push(prefix, "k", t); // mengirim → kirim
        } else if matches!(c, b'g' | b'h' | b'k') {
            out.push(prefix, "", t); // menggali → gali, menghadap → hadap (mengkaji: press style)
        }
    } else if let Some(t) = r.strip_prefix('m') {
        let c = first(t);
        if matches!(c, b'b' | b'f' | b'v' | b'p') {
            out.push(prefix, "", t); // membeli → beli, mempunyai → punya, memper-
        } else if is_vowel(c) {
            out.push(prefix, "", r); // memakan → makan (m-initial root first)
            out.push(prefix, "p", t); // memukul → pukul
        }
    } else if let Some(t) = r.strip_prefix('n') {
        let c = first(t);
        if matches!(c, b'c' | b'd' | b'j' | b'z' | b't' | b's') {
            out.push(prefix, "", t); // mencari → cari, mendengar → dengar, mensyukuri
        } else if is_vowel(c) {
            out.push(prefix, "", r); // menilai → nilai
            out.push(prefix, "t", t); // menulis → tulis
        }
    } else if matches!(first(r), b'l' | b'r' | b'w' | b'y') {
        out.push(prefix, "", r); // melihat → lihat, merasa → rasa
    } else if prefix == Prefix::PeN && !is_vowel(first(r)) {
        out.push(Prefix::Pe, "", r); // petani → tani, pekerja → kerja
    }
}

/// All prefix readings of a lower-case ASCII stem.
pub fn splits(s: &str) -> Splits<'_> {
    let mut out = Splits::new();
    match first(s) {
        b'm' => nasal(s, "me", Prefix::MeN, &mut out),
        b'p' => {
            if let Some(t) = s.strip_prefix("per") {
                out.push(Prefix::Per, "", t); // perdagangan → dagang
            }
            if let Some(t) = s.strip_prefix("pel") {
                if t.starts_with("ajar") {
                    out.push(Prefix::Per, "", t); // pelajar → ajar
                }
            }
            nasal(s, "pe", Prefix::PeN, &mut out);
        }
        b'b' => {
            if let Some(t) = s.strip_prefix("ber") {
                out.push(Prefix::Ber, "", t);
            }
            if let Some(t) = s.strip_prefix("be") {
                if first(t) == b'r' || first_syllable_er(t) {
                    out.push(Prefix::Ber, "", t); // berenang → renang, bekerja → kerja
                }
            }
            if let Some(t) = s.strip_prefix("bel") {
                if t.starts_with("ajar") {
                    out.push(Prefix::Ber, "", t); // belajar → ajar
                }
            }
        }
        b't' => {
            if let Some(t) = s.strip_prefix("ter") {
                out.push(Prefix::Ter, "", t);
            }
            if let Some(t) = s.strip_prefix("te") {
                if first(t) == b'r' || first_syllable_er(t) {
                    out.push(Prefix::Ter, "", t); // terasa → rasa, tepercaya → percaya
                }
            }
        }
        b'd' => {
            if let Some(t) = s.strip_prefix("di") {
                out.push(Prefix::Di, "", t);
            }
        }
        b'k' => {
            if let Some(t) = s.strip_prefix("kau") {
                out.push(Prefix::Kau, "", t);
            }
            if let Some(t) = s.strip_prefix("ke") {
                out.push(Prefix::Ke, "", t);
            }
            if let Some(t) = s.strip_prefix("ku") {
                out.push(Prefix::Ku, "", t);
            }
        }
        b's' => {
            if let Some(t) = s.strip_prefix("se") {
                out.push(Prefix::Se, "", t);
            }
        }
        _ => {}
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn roots(s: &str) -> Vec<String> {
        splits(s).iter().map(|x| format!("{}{}", x.restore, x.rest)).collect()
    }

    #[test]
    fn nasal_allomorphs_restore_initials() {
        assert!(roots("memukul").contains(&"pukul".into()));
        assert!(roots("menyapu").contains(&"sapu".into()));
        assert!(roots("mengambil").contains(&"ambil".into()));
        assert!(roots("menulis").contains(&"tulis".into()));
        assert!(roots("mengebom").contains(&"bom".into()));
        assert!(!roots("mengeluar").contains(&"luar".into()));
        assert!(roots("membeli").contains(&"beli".into()));
        assert!(roots("melihat").contains(&"lihat".into()));
        assert!(roots("pemukul").contains(&"pukul".into()));
        assert!(roots("penyapu").contains(&"sapu".into()));
        assert!(roots("petani").contains(&"tani".into()));
    }

    #[test]
    fn ber_ter_variants() {
        assert!(roots("berjalan").contains(&"jalan".into()));
        assert!(roots("bekerja").contains(&"kerja".into()));
        assert!(roots("belajar").contains(&"ajar".into()));
        assert!(roots("terasa").contains(&"rasa".into()));
        assert!(!roots("beban").contains(&"ban".into()));
    }

    #[test]
    fn odd_input_gives_nothing() {
        assert_eq!(splits("").iter().count(), 0);
        assert_eq!(splits("me").iter().count(), 0);
        assert_eq!(splits("m").iter().count(), 0);
    }
}
