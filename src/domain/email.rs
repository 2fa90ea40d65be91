//! An e-mail address that has been checked and normalised (trimmed, lower case).

use std::fmt;

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Email(String);

impl Email {
    /// A plausible address: one @, a dot in the domain, no spaces, separators or control
    /// characters, within the lengths of RFC 5321. Lower-cased, so lookups compare equal.
    pub fn parse(value: &str) -> Option<Email> {
        let v = value.trim().to_lowercase();
        let (local, domain) = v.split_once('@')?;
        let ok = !local.is_empty()
            && local.len() <= 64
            && v.len() <= 254
            && !domain.contains('@')
            && domain.contains('.')
            && !domain.starts_with('.')
            && !domain.ends_with('.')
            && !v
                .chars()
                .any(|c| c.is_whitespace() || c.is_control() || c == ',' || c == ';');
        ok.then_some(Email(v))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn into_string(self) -> String {
        self.0
    }
}

impl fmt::Display for Email {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl AsRef<str> for Email {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl From<Email> for String {
    fn from(e: Email) -> String {
        e.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_normalises() {
        assert_eq!(
            Email::parse(" Jan.Jansen@School.NL ").unwrap().as_str(),
            "jan.jansen@school.nl"
        );
        for bad in [
            "",
            "jan",
            "jan@",
            "@school.nl",
            "jan@school",
            "jan@@school.nl",
            "j an@school.nl",
            "jan@school.nl.",
            "a@b.nl,c@d.nl",
        ] {
            assert_eq!(Email::parse(bad), None, "{bad}");
        }
    }
}
