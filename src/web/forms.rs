//! Small helpers for form input: cleaning text, checking e-mail addresses, collecting errors.

/// Field errors as translation keys, in form order.
#[derive(Default, Debug, Clone)]
pub struct FormErrors(Vec<(&'static str, &'static str)>);

impl FormErrors {
    pub fn add(&mut self, field: &'static str, key: &'static str) {
        if self.get(field).is_none() {
            self.0.push((field, key));
        }
    }

    pub fn get(&self, field: &str) -> Option<&'static str> {
        self.0.iter().find(|(f, _)| *f == field).map(|(_, k)| *k)
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn list(&self) -> &[(&'static str, &'static str)] {
        &self.0
    }
}

/// Trims and collapses inner whitespace; control characters are dropped.
pub fn clean(s: &str) -> String {
    s.split_whitespace()
        .map(|w| w.chars().filter(|c| !c.is_control()).collect::<String>())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Required text of at most `max` characters.
pub fn required(errors: &mut FormErrors, field: &'static str, value: &str, max: usize) -> String {
    let v = clean(value);
    if v.is_empty() {
        errors.add(field, "form-required");
    } else if v.chars().count() > max {
        errors.add(field, "form-too-long");
    }
    v
}

/// Optional text of at most `max` characters.
pub fn optional(errors: &mut FormErrors, field: &'static str, value: &str, max: usize) -> String {
    let v = clean(value);
    if v.chars().count() > max {
        errors.add(field, "form-too-long");
    }
    v
}

pub fn email(
    errors: &mut FormErrors,
    field: &'static str,
    value: &str,
    required: bool,
) -> Option<String> {
    if value.trim().is_empty() {
        if required {
            errors.add(field, "form-required");
        }
        return None;
    }
    let e = crate::domain::Email::parse(value).map(crate::domain::Email::into_string);
    if e.is_none() {
        errors.add(field, "form-email-invalid");
    }
    e
}

/// Checkbox values arrive as "on" (or are absent).
pub fn checked(v: &Option<String>) -> bool {
    v.as_deref()
        .is_some_and(|s| !s.is_empty() && s != "0" && s != "off")
}

/// Only paths of this site may be used as a return address (after sign-in, after switching the
/// language): anything else goes to the start page. Browsers drop tabs and line breaks from a
/// URL, so `/<TAB>/evil.example` would become `//evil.example` (another site); such characters
/// are refused, as is a backslash (`/\\evil` is read as `//evil` too).
pub fn safe_next(next: Option<&str>) -> String {
    match next {
        Some(n) if is_local_path(n) => n.to_string(),
        _ => "/".to_string(),
    }
}

fn is_local_path(n: &str) -> bool {
    n.starts_with('/')
        && !n.starts_with("//")
        && !n
            .chars()
            .any(|c| c.is_control() || c.is_whitespace() || c == '\\')
}

/// A posted form as name/value pairs, for forms with repeated fields (checkbox lists).
pub struct FormData(pub Vec<(String, String)>);

impl FormData {
    pub fn get(&self, name: &str) -> &str {
        self.0
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
            .unwrap_or("")
    }

    pub fn has(&self, name: &str) -> bool {
        self.0.iter().any(|(k, v)| k == name && !v.is_empty())
    }

    /// All values of a repeated field that parse as ids.
    pub fn ids(&self, name: &str) -> Vec<i64> {
        self.0
            .iter()
            .filter(|(k, _)| k == name)
            .filter_map(|(_, v)| v.parse().ok())
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn next_paths_stay_local() {
        assert_eq!(safe_next(Some("/pupils?q=a")), "/pupils?q=a");
        assert_eq!(safe_next(Some("//evil.example")), "/");
        assert_eq!(safe_next(Some("https://evil.example")), "/");
        assert_eq!(safe_next(Some("/\\evil.example")), "/");
        assert_eq!(safe_next(None), "/");
        for sneaky in [
            "/\t/evil.example",
            "/\n/evil.example",
            "/\r\n/evil.example",
            "/pupils\r\nSet-Cookie: x=1",
            "/ /evil.example",
            "/a\\b",
        ] {
            assert_eq!(safe_next(Some(sneaky)), "/", "{sneaky:?}");
        }
    }

    #[test]
    fn cleaning_and_limits() {
        assert_eq!(clean("  Jan \t van  Dijk\u{0007} "), "Jan van Dijk");
        let mut e = FormErrors::default();
        required(&mut e, "name", "   ", 10);
        optional(&mut e, "note", "abcdefghijk", 10);
        assert_eq!(e.get("name"), Some("form-required"));
        assert_eq!(e.get("note"), Some("form-too-long"));
    }
}
