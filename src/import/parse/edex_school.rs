//! The `<school>` part of an EDEX.XML file: the school year and BRIN it is for, so next year's
//! import can refuse this year's export or another school's.

use roxmltree::{Document, ParsingOptions};

use super::edex::{child_text, children, decode_xml, MAX_NODES};
use super::Problem;

/// What the file says about itself in `<school>`: the school year it is for ("2027-2028") and
/// the school's BRIN (four characters). Both empty when the file does not say.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EdexSchool {
    pub school_year: String,
    pub brin: String,
}

impl EdexSchool {
    /// The calendar year the file's school year starts in ("2027-2028" → 2027).
    pub fn start_year(&self) -> Option<i32> {
        let digits: String = self
            .school_year
            .trim()
            .chars()
            .take_while(char::is_ascii_digit)
            .collect();
        (digits.len() == 4).then(|| digits.parse().ok()).flatten()
    }

    /// Whether the file's BRIN is another school's than `school_brin` (compared on the four
    /// characters of the BRIN itself: a stored "27KX00" carries the location number too).
    /// False when either side is not known.
    pub fn other_school(&self, school_brin: &str) -> bool {
        let four = |s: &str| -> String {
            s.chars()
                .filter(|c| !c.is_whitespace())
                .take(4)
                .collect::<String>()
                .to_uppercase()
        };
        let (file, school) = (four(&self.brin), four(school_brin));
        !file.is_empty() && !school.is_empty() && file != school
    }
}

/// Problems a file's `<school>` can have (Fluent ids in `yearimport.ftl`).
pub mod school_keys {
    pub const THIS_YEAR: &str = "yearimport-err-this-year";
    pub const OTHER_SCHOOL: &str = "yearimport-err-other-school";
}

impl EdexSchool {
    /// Why this file does not fit the coming year (starting in `coming_start`, named
    /// `coming_name`) of the school with BRIN `school_brin`: another school year (typically
    /// this year's export, made before the administration moved on) or another school.
    pub fn check(
        &self,
        coming_start: i32,
        coming_name: &str,
        school_brin: &str,
    ) -> Option<Problem> {
        if self.start_year().is_some_and(|found| found != coming_start) {
            return Some(
                Problem::error(school_keys::THIS_YEAR)
                    .with("found", &self.school_year)
                    .with("year", coming_name),
            );
        }
        if self.other_school(school_brin) {
            return Some(
                Problem::error(school_keys::OTHER_SCHOOL)
                    .with("found", &self.brin)
                    .with("brin", school_brin.trim()),
            );
        }
        None
    }
}

/// Reads only the `<school>` part of an EDEX.XML file; None when it is not a readable EDEX file
/// (the full reading names that problem).
pub fn read_school(bytes: &[u8]) -> Option<EdexSchool> {
    let (text, _) = decode_xml(bytes);
    let options = ParsingOptions {
        allow_dtd: false,
        nodes_limit: MAX_NODES,
        ..ParsingOptions::default()
    };
    let doc = Document::parse_with_options(&text, options).ok()?;
    let root = doc.root_element();
    if !root.tag_name().name().eq_ignore_ascii_case("edex") {
        return None;
    }
    let school = children(root, "school").next();
    Some(EdexSchool {
        school_year: school
            .map(|s| child_text(s, &["schooljaar"]))
            .unwrap_or_default(),
        brin: school
            .map(|s| child_text(s, &["brincode", "brin"]))
            .unwrap_or_default(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const FILE: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<EDEX xmlns="http://www.edustandaard.nl/edex">
  <school><schooljaar>2027-2028</schooljaar><brincode>99XX</brincode></school>
  <leerlingen/>
</EDEX>"#;

    #[test]
    fn reads_the_school_year_and_brin_of_the_file() {
        let school = read_school(FILE.as_bytes()).expect("an EDEX file");
        assert_eq!(school.school_year, "2027-2028");
        assert_eq!(school.start_year(), Some(2027));
        assert_eq!(school.brin, "99XX");
        assert!(!school.other_school("99xx00"));
        assert!(!school.other_school(""));
        assert!(school.other_school("27KX00"));
        let bare = read_school(b"<EDEX><leerlingen/></EDEX>").unwrap();
        assert_eq!(bare.start_year(), None);
        assert!(!bare.other_school("27KX"));
        assert!(read_school(b"leerlingnummer;achternaam").is_none());
        assert!(school.check(2027, "2027-2028", "99XX00").is_none());
        let this_year = school.check(2028, "2028-2029", "99XX00").unwrap();
        assert_eq!(this_year.key, school_keys::THIS_YEAR);
        let other = school.check(2027, "2027-2028", "27KX00").unwrap();
        assert_eq!(other.key, school_keys::OTHER_SCHOOL);
    }
}
