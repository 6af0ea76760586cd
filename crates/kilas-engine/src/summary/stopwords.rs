//! Indonesian stop words for the summariser: function words, reporting verbs and news fillers
//! that say nothing about what a sentence is about. Written for Kilas; compared on folded
//! lower-case forms and on roots.

/// Function words, pronouns, particles, auxiliaries, reporting verbs and fillers.
pub const STOPWORDS: &[&str] = &[
    // conjunctions, prepositions
    "dan", "atau", "tetapi", "tapi", "namun", "serta", "maupun", "bahwa", "karena", "sebab", "jika", "kalau",
    "apabila", "bila", "agar", "supaya", "sehingga", "meskipun", "walaupun", "walau", "sedangkan", "sementara",
    "lalu", "kemudian", "selain", "yaitu", "yakni", "ialah", "adalah", "merupakan", "di", "ke", "dari", "pada",
    "dalam", "untuk", "bagi", "dengan", "oleh", "tentang", "terhadap", "kepada", "daripada", "antara", "hingga",
    "sampai", "sejak", "menuju", "melalui", "lewat", "tanpa", "seperti", "sebagai", "per", "atas", "bawah",
    "akan", "telah", "sudah", "sedang", "masih", "belum", "pernah", "baru", "tengah", "bakal", "harus", "dapat",
    "bisa", "boleh", "mampu", "mau", "ingin", "perlu", "mesti", "tidak", "tak", "bukan", "jangan", "pun", "lah",
    "kah", "tah", "nya", "ya", "juga", "saja", "hanya", "lagi", "pula", "sangat", "amat", "lebih", "paling",
    "kurang", "cukup", "agak", "terlalu", "makin", "semakin", "sekali",
    // determiners, pronouns, quantifiers
    "ini", "itu", "tersebut", "sini", "situ", "sana", "yang", "para", "sang", "si", "sebuah", "seorang", "suatu",
    "semua", "seluruh", "segala", "setiap", "tiap", "beberapa", "banyak", "sedikit", "sejumlah", "berbagai",
    "masing", "lain", "sendiri", "saya", "aku", "kami", "kita", "anda", "kamu", "engkau", "dia", "ia", "beliau",
    "mereka", "pihaknya", "nya", "apa", "siapa", "mana", "kapan", "bagaimana", "mengapa", "kenapa", "berapa",
    // reporting verbs and their roots
    "kata", "ujar", "tutur", "ucap", "jelas", "sebut", "tambah", "ungkap", "terang", "tegas", "imbuh", "papar",
    "lanjut", "nyata", "aku", "klaim", "sampai", "katakan", "mengatakan", "menjelaskan", "menyebutkan",
    "menambahkan", "mengungkapkan", "menerangkan", "menegaskan", "menurut", "kata", "demikian",
    // time fillers that every sentence shares
    "saat", "ketika", "waktu", "kala", "hari", "kini", "sekarang", "nanti", "tadi", "selama", "usai", "setelah",
    "sebelum", "sesudah", "jelang", "menjelang",
    // frequent weak verbs and nouns
    "ada", "punya", "jadi", "buat", "hal", "pihak", "cara", "orang", "salah", "satu", "tahun", "bulan", "minggu",
    "pekan", "kali", "yakin", "sebut", "dilakukan", "lakukan", "laku", "milik", "terus",
    // titles and honorifics
    "bapak", "ibu", "pak", "bu", "saudara",
    // wire and web chrome
    "antara", "com", "www", "wib", "wita", "wit",
];

/// Whether the folded word or its root carries no topic.
pub fn is_stopword(word: &str) -> bool {
    STOPWORDS.contains(&word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn function_words_are_stop_words() {
        for w in ["dan", "yang", "tersebut", "mengatakan", "ia"] {
            assert!(is_stopword(w), "{w}");
        }
        for w in ["merek", "banjir", "kejaksaan"] {
            assert!(!is_stopword(w), "{w}");
        }
    }

    #[test]
    fn list_is_lower_case() {
        assert!(STOPWORDS.iter().all(|w| w.chars().all(|c| c.is_lowercase())));
    }
}
