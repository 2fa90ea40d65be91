//! What the guardian forms accept.

/// A phone number as people write it: digits, spaces, `+`, `-` and brackets.
pub fn phone_ok(phone: &str) -> bool {
    phone
        .chars()
        .all(|c| c.is_ascii_digit() || " +-()".contains(c))
}

/// The preferred language as typed (lower case); Dutch when left empty.
pub fn language(typed: &str) -> String {
    let language = typed.to_lowercase();
    if language.is_empty() {
        "nl".into()
    } else {
        language
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phone_numbers() {
        assert!(phone_ok("+31 (0)6-12345678"));
        assert!(phone_ok(""));
        assert!(!phone_ok("06 1234 567x"));
    }

    #[test]
    fn languages_default_to_dutch() {
        assert_eq!(language(""), "nl");
        assert_eq!(language("AR"), "ar");
        assert_eq!(language("Tigrinya"), "tigrinya");
    }
}
