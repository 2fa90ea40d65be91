//! People's names as Dutch schools write them: first name, prefix (tussenvoegsel) and last name.

/// The three parts of a pupil's name, as stored. Rows that carry a name flatten it:
/// `#[sqlx(flatten)] pub name: PersonName`.
#[derive(Clone, Debug, Default, PartialEq, Eq, sqlx::FromRow)]
pub struct PersonName {
    pub first_name: String,
    pub name_prefix: String,
    pub last_name: String,
}

impl PersonName {
    /// "Daan van der Berg".
    pub fn full(&self) -> String {
        full_name(&self.first_name, &self.name_prefix, &self.last_name)
    }

    /// "Berg, Daan van der": how school lists sort and show names.
    pub fn sorted(&self) -> String {
        sort_name(&self.first_name, &self.name_prefix, &self.last_name)
    }
}

impl std::fmt::Display for PersonName {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.full())
    }
}

/// "Daan van der Berg": first name, prefix and last name as people say it.
pub fn full_name(first: &str, prefix: &str, last: &str) -> String {
    [first, prefix, last]
        .iter()
        .filter(|s| !s.is_empty())
        .copied()
        .collect::<Vec<_>>()
        .join(" ")
}

/// "Berg, Daan van der".
pub fn sort_name(first: &str, prefix: &str, last: &str) -> String {
    let tail = [first, prefix]
        .iter()
        .filter(|s| !s.is_empty())
        .copied()
        .collect::<Vec<_>>()
        .join(" ");
    if tail.is_empty() {
        last.to_string()
    } else {
        format!("{last}, {tail}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dutch_names() {
        let daan = PersonName {
            first_name: "Daan".into(),
            name_prefix: "van der".into(),
            last_name: "Berg".into(),
        };
        assert_eq!(daan.full(), "Daan van der Berg");
        assert_eq!(daan.sorted(), "Berg, Daan van der");
        assert_eq!(full_name("Aya", "", "El Amrani"), "Aya El Amrani");
        assert_eq!(sort_name("Aya", "", "El Amrani"), "El Amrani, Aya");
    }
}
