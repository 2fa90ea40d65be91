//! What was said in a conversation: a text per prompt key (`goes-well`, `cell-3`, ...), stored as
//! a JSON object in `records.answers` and `exit_gatherings.answers`.
//!
//! This is the one decoder for those columns. Rows read them as `answers: Answers`; text that is
//! not such an object fails the query (a friendly 500 page and a log line) instead of quietly
//! becoming an empty record: an empty page would look as if nothing had been said.

use std::collections::BTreeMap;

use sqlx::any::{AnyTypeInfo, AnyValueRef};
use sqlx::error::BoxDynError;
use sqlx::{Any, Decode, Type};

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Answers(BTreeMap<String, String>);

/// Stored answers that are not a JSON object of texts. Only the position is kept: the text itself
/// is what a family said and does not belong in the log.
#[derive(Debug, thiserror::Error)]
#[error("stored answers are not a JSON object of texts (line {line}, column {column})")]
pub struct AnswersError {
    line: usize,
    column: usize,
}

impl Answers {
    pub fn decode(json: &str) -> Result<Answers, AnswersError> {
        serde_json::from_str(json)
            .map(Answers)
            .map_err(|e| AnswersError {
                line: e.line(),
                column: e.column(),
            })
    }

    /// The JSON text to store.
    pub fn encode(&self) -> String {
        // A map of strings to strings always serialises.
        serde_json::to_string(&self.0).unwrap_or_else(|_| "{}".into())
    }

    /// The answer under `key` as stored, or "" (for form fields).
    pub fn get(&self, key: &str) -> String {
        self.0.get(key).cloned().unwrap_or_default()
    }

    /// What was said under `key`, when anything was (blank answers count as nothing).
    pub fn said(&self, key: &str) -> Option<&str> {
        self.0
            .get(key)
            .map(String::as_str)
            .filter(|t| !t.trim().is_empty())
    }

    pub fn insert(&mut self, key: &str, text: String) {
        self.0.insert(key.to_string(), text);
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn map(&self) -> &BTreeMap<String, String> {
        &self.0
    }
}

impl From<BTreeMap<String, String>> for Answers {
    fn from(map: BTreeMap<String, String>) -> Answers {
        Answers(map)
    }
}

impl TryFrom<String> for Answers {
    type Error = AnswersError;

    fn try_from(json: String) -> Result<Answers, AnswersError> {
        Answers::decode(&json)
    }
}

impl Type<Any> for Answers {
    fn type_info() -> AnyTypeInfo {
        <String as Type<Any>>::type_info()
    }

    fn compatible(ty: &AnyTypeInfo) -> bool {
        <String as Type<Any>>::compatible(ty)
    }
}

impl<'r> Decode<'r, Any> for Answers {
    fn decode(value: AnyValueRef<'r>) -> Result<Answers, BoxDynError> {
        let json = <String as Decode<'r, Any>>::decode(value)?;
        Ok(Answers::decode(&json)?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stored_answers_round_trip() {
        let a = Answers::decode(r#"{"cell-1":"Goed contact","cell-2":"  "}"#).unwrap();
        assert_eq!(a.said("cell-1"), Some("Goed contact"));
        assert_eq!(a.said("cell-2"), None, "blank is nothing said");
        assert_eq!(a.get("cell-2"), "  ");
        assert_eq!(a.get("cell-3"), "");
        assert_eq!(Answers::decode(&a.encode()).unwrap(), a);
        assert!(Answers::decode("{}").unwrap().is_empty());
        let mut b = Answers::default();
        b.insert("goes-well", "Leest graag".into());
        assert_eq!(b.get("goes-well"), "Leest graag");
    }

    #[test]
    fn broken_answers_are_an_error_not_an_empty_record() {
        for broken in [
            "",
            "not json",
            "[]",
            "[1, 2]",
            r#"{"cell-1": 5}"#,
            r#"{"cell-1":"x""#,
        ] {
            assert!(Answers::decode(broken).is_err(), "{broken:?}");
        }
        assert!(Answers::try_from("[1, 2]".to_string()).is_err());
        let err = Answers::decode(r#"{"cell-1": "geheim", "cell-2": 5}"#).unwrap_err();
        assert!(
            !err.to_string().contains("geheim"),
            "what families said stays out of the log"
        );
    }
}
