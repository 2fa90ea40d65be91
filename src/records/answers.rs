//! A record's answers: prompt key → text, stored as a JSON object in `records.answers`.
//!
//! There is one decoder. Text that is not such an object is an error (a 500 page and a log
//! line), never an empty record: an empty page would look as if nothing had been said.

use std::collections::BTreeMap;

/// The answers of one record, by prompt key (`goes-well`, `cell-3`, ...). Rows read them with
/// `#[sqlx(try_from = "String")] pub answers: Answers`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Answers(pub BTreeMap<String, String>);

/// The stored answers are not a JSON object of texts.
#[derive(Debug, thiserror::Error)]
#[error("record answers are not a JSON object of texts: {0}")]
pub struct AnswersError(#[from] serde_json::Error);

impl Answers {
    pub fn decode(json: &str) -> Result<Answers, AnswersError> {
        Ok(Answers(serde_json::from_str(json)?))
    }

    pub fn encode(&self) -> String {
        // A map of strings always serialises.
        serde_json::to_string(&self.0).expect("a map of strings serialises")
    }

    /// The answer to a prompt, or "" when there is none.
    pub fn get(&self, key: &str) -> String {
        self.0.get(key).cloned().unwrap_or_default()
    }

    pub fn insert(&mut self, key: &str, text: String) {
        self.0.insert(key.to_string(), text);
    }

    pub fn map(&self) -> &BTreeMap<String, String> {
        &self.0
    }
}

impl TryFrom<String> for Answers {
    type Error = AnswersError;

    fn try_from(json: String) -> Result<Answers, AnswersError> {
        Answers::decode(&json)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_round_trip_and_broken_text_is_an_error() {
        let mut a = Answers::default();
        a.insert("goes-well", "Leest graag".into());
        assert_eq!(Answers::decode(&a.encode()).unwrap(), a);
        assert_eq!(Answers::decode("{}").unwrap(), Answers::default());
        assert_eq!(a.get("goes-well"), "Leest graag");
        assert_eq!(a.get("ambition"), "");
        assert!(Answers::decode("").is_err());
        assert!(Answers::decode("{\"goes-well\": 3}").is_err());
        assert!(Answers::try_from("[1, 2]".to_string()).is_err());
    }
}
