//! A bounded per-thread memo of word analyses.
//!
//! [`super::analyze_word`] is pure: the same word always gets the same analysis, so
//! remembering answers changes no output. Whole-document analysis asks about each token
//! several times (token list, gloss, name finder) and news repeats its words, so most
//! questions are answered here instead of by dozens of root probes. The memo is keyed by the
//! word exactly as written (case matters to the analysis), holds at most [`CAPACITY`] words
//! and is simply emptied when full, which keeps memory bounded on any input. The wasm build
//! is single-threaded; natively each thread has its own memo, so there is no locking.

use super::roots::FastMap;
use super::WordAnalysis;
use std::cell::RefCell;

/// Most words remembered at once (a long news document has a few thousand distinct forms).
pub const CAPACITY: usize = 16_384;

/// Longest word remembered, in bytes; longer tokens are rare and analysed every time.
const MAX_WORD: usize = 64;

thread_local! {
    static MEMO: RefCell<FastMap<Box<str>, WordAnalysis>> = RefCell::new(FastMap::default());
}

/// The analysis of `word`: remembered, or computed by `analyze` and remembered.
pub fn analyze_cached(word: &str, analyze: impl FnOnce(&str) -> WordAnalysis) -> WordAnalysis {
    if word.len() > MAX_WORD {
        return analyze(word);
    }
    let hit = MEMO.try_with(|m| m.try_borrow().ok().and_then(|m| m.get(word).cloned())).ok().flatten();
    if let Some(a) = hit {
        return a;
    }
    let a = analyze(word);
    // A memo that cannot be reached (thread teardown, re-entry) is skipped, never a panic.
    let _ = MEMO.try_with(|m| {
        if let Ok(mut m) = m.try_borrow_mut() {
            if m.len() >= CAPACITY {
                m.clear();
            }
            m.insert(word.into(), a.clone());
        }
    });
    a
}

/// Forget every remembered analysis of this thread (for benchmarks that measure cold runs).
pub fn clear() {
    let _ = MEMO.try_with(|m| {
        if let Ok(mut m) = m.try_borrow_mut() {
            m.clear();
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn remembered_answers_equal_fresh_ones() {
        clear();
        for w in ["kantor", "Keuangan", "memperdagangkan", "mningkatkan", "negara-negara", "", "日本語"] {
            let fresh = super::super::analyze_with(w, super::super::roots::glossary_roots());
            assert_eq!(super::super::analyze_word(w), fresh, "{w}");
            assert_eq!(super::super::analyze_word(w), fresh, "{w} again");
        }
    }

    #[test]
    fn stays_bounded() {
        clear();
        for i in 0..CAPACITY + 10 {
            let _ = analyze_cached(&format!("w{i}"), |w| super::super::WordAnalysis::plain(w.to_string(), false));
        }
        let n = MEMO.with(|m| m.borrow().len());
        assert!(n <= CAPACITY);
    }
}
