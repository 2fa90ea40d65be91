//! The families page's filter and paging, read from the query string (a plain GET form, so it
//! works without JavaScript) and written back into page links, so paging keeps the filters.

use std::collections::HashMap;

/// Families shown per page: each open family carries its own forms (times, contact attempts,
/// booking on their behalf), about 5 KB of HTML, so 25 keep a page near 130 KB.
pub const PAGE_SIZE: i64 = 25;

/// What the status filter can ask for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FamilyStatus {
    /// No active booking yet (with or without an e-mail address).
    Open,
    /// No booking and no guardian with an e-mail address: to be reached another way.
    NoEmail,
    Booked,
}

impl FamilyStatus {
    pub const CODES: &'static [&'static str] = &["open", "no-email", "booked"];

    pub fn parse(code: &str) -> Option<FamilyStatus> {
        match code {
            "open" => Some(FamilyStatus::Open),
            "no-email" => Some(FamilyStatus::NoEmail),
            "booked" => Some(FamilyStatus::Booked),
            _ => None,
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            FamilyStatus::Open => "open",
            FamilyStatus::NoEmail => "no-email",
            FamilyStatus::Booked => "booked",
        }
    }
}

/// The filter of the families page. Unknown or malformed values are ignored (an old bookmark
/// still opens the page), never an error.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FamilyFilter {
    pub group: Option<i64>,
    pub teacher: Option<i64>,
    pub status: Option<FamilyStatus>,
    /// 1-based.
    pub page: i64,
}

impl FamilyFilter {
    pub fn from_query(q: &HashMap<String, String>) -> FamilyFilter {
        let id = |k: &str| q.get(k).and_then(|v| v.trim().parse::<i64>().ok());
        FamilyFilter {
            group: id("group"),
            teacher: id("teacher"),
            status: q.get("status").and_then(|s| FamilyStatus::parse(s.trim())),
            page: id("page").unwrap_or(1).clamp(1, 1_000_000),
        }
    }

    pub fn offset(&self, page_size: i64) -> i64 {
        (self.page - 1) * page_size
    }

    pub fn status_code(&self) -> &'static str {
        self.status.map_or("", FamilyStatus::code)
    }

    /// Whether any filter (besides the page) is set.
    pub fn is_filtered(&self) -> bool {
        self.group.is_some() || self.teacher.is_some() || self.status.is_some()
    }

    /// The query string of another page with the same filters, e.g. `?group=3&page=2`.
    pub fn link_to_page(&self, page: i64) -> String {
        let mut parts = Vec::new();
        if let Some(g) = self.group {
            parts.push(format!("group={g}"));
        }
        if let Some(t) = self.teacher {
            parts.push(format!("teacher={t}"));
        }
        if let Some(s) = self.status {
            parts.push(format!("status={}", s.code()));
        }
        if page > 1 {
            parts.push(format!("page={page}"));
        }
        if parts.is_empty() {
            String::from("?")
        } else {
            format!("?{}", parts.join("&"))
        }
    }
}

/// Number of pages for `total` rows (at least one, so an empty list still has page 1).
pub fn page_count(total: i64, page_size: i64) -> i64 {
    ((total + page_size - 1) / page_size).max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn query(pairs: &[(&str, &str)]) -> HashMap<String, String> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn filters_are_read_leniently() {
        let f = FamilyFilter::from_query(&query(&[
            ("group", "7"),
            ("teacher", ""),
            ("status", "open"),
            ("page", "x"),
        ]));
        assert_eq!(f.group, Some(7));
        assert_eq!(f.teacher, None);
        assert_eq!(f.status, Some(FamilyStatus::Open));
        assert_eq!(f.page, 1);
        let f = FamilyFilter::from_query(&query(&[("status", "nonsense"), ("page", "-3")]));
        assert_eq!(f.status, None);
        assert_eq!(f.page, 1);
    }

    #[test]
    fn page_links_keep_the_filters() {
        let f = FamilyFilter::from_query(&query(&[("group", "7"), ("status", "no-email")]));
        assert_eq!(f.link_to_page(2), "?group=7&status=no-email&page=2");
        assert_eq!(f.link_to_page(1), "?group=7&status=no-email");
        assert_eq!(FamilyFilter::default().link_to_page(1), "?");
    }

    #[test]
    fn pages_and_offsets() {
        assert_eq!(page_count(0, 50), 1);
        assert_eq!(page_count(50, 50), 1);
        assert_eq!(page_count(51, 50), 2);
        let f = FamilyFilter {
            page: 3,
            ..FamilyFilter::default()
        };
        assert_eq!(f.offset(50), 100);
    }
}
