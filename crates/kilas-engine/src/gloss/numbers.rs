//! Indonesian number writing into English convention: `1.250` → `1,250`, `2,5` → `2.5`.

/// Convert the separators of a number token; dates (`4/9`) and other shapes are kept.
pub fn english_number(text: &str) -> String {
    if text.contains('/') || text.contains(':') {
        return text.to_string();
    }
    let groups: Vec<&str> = text.split(',').collect();
    let int = groups[0];
    let dotted: Vec<&str> = int.split('.').collect();
    let thousands = dotted.len() > 1 && dotted[1..].iter().all(|g| g.len() == 3) && dotted[0].len() <= 3;
    let int_en = if thousands { dotted.join(",") } else { int.to_string() };
    match groups.len() {
        1 => int_en,
        2 => format!("{int_en}.{}", groups[1]),
        _ => text.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::english_number;

    #[test]
    fn separators() {
        assert_eq!(english_number("1.250"), "1,250");
        assert_eq!(english_number("2,5"), "2.5");
        assert_eq!(english_number("50.000.000"), "50,000,000");
        assert_eq!(english_number("15,3"), "15.3");
        assert_eq!(english_number("4/9"), "4/9");
        assert_eq!(english_number("2024"), "2024");
    }
}
