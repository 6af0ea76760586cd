//! A short ASCII word held inline, so that candidate roots (`t` + `ulis`) cost no allocation.

/// Longest word the affix analysis looks inside, in bytes. Longer tokens are only looked up
/// whole.
pub const MAX_LEN: usize = 48;

/// An inline lower-case ASCII string of at most [`MAX_LEN`] bytes.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct Stem {
    buf: [u8; MAX_LEN],
    len: u8,
}

impl Stem {
    /// `head` + `tail`, or `None` when too long or not ASCII.
    pub fn join(head: &str, tail: &str) -> Option<Stem> {
        Stem::join3(head, "", tail)
    }

    /// `a` + `b` + `c`, or `None` when too long or not ASCII.
    pub fn join3(a: &str, b: &str, c: &str) -> Option<Stem> {
        let n = a.len() + b.len() + c.len();
        if n > MAX_LEN || !a.is_ascii() || !b.is_ascii() || !c.is_ascii() {
            return None;
        }
        let mut buf = [0u8; MAX_LEN];
        buf[..a.len()].copy_from_slice(a.as_bytes());
        buf[a.len()..a.len() + b.len()].copy_from_slice(b.as_bytes());
        buf[a.len() + b.len()..n].copy_from_slice(c.as_bytes());
        Some(Stem { buf, len: n as u8 })
    }

    pub fn as_str(&self) -> &str {
        // Only ASCII is ever copied in (checked in `join3`), so this cannot fail.
        std::str::from_utf8(&self.buf[..usize::from(self.len)]).unwrap_or("")
    }

    pub fn len(&self) -> usize {
        usize::from(self.len)
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }
}

impl std::fmt::Debug for Stem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:?}", self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn joins_and_refuses() {
        assert_eq!(Stem::join("t", "ulis").unwrap().as_str(), "tulis");
        assert!(Stem::join("", &"a".repeat(MAX_LEN + 1)).is_none());
        assert!(Stem::join("", "é").is_none());
    }
}
