//! Pure decisions about buddies: what may be noted, and which need and offer could be brought
//! together (the suggested matches on the care coordinator's list).

use std::cmp::Reverse;

/// What a parent would like help with, or could offer help with.
pub const TOPICS: [&str; 5] = ["language", "diagnosis", "first-child", "new-nl", "other"];
/// A parent would like help (`need`) or could give it (`offer`).
pub const DIRECTIONS: [&str; 2] = ["need", "offer"];

/// Longest note kept with a wish.
pub const MAX_DETAIL_CHARS: usize = 200;

/// A wish as the teacher typed it, checked: the topic is known, a language topic names a
/// language of the list. Returns (direction, topic, language, detail).
pub fn parse_wish(
    direction: &str,
    topic: &str,
    language: &str,
    detail: &str,
    languages: &[&'static str],
) -> Option<(&'static str, &'static str, &'static str, String)> {
    let direction = *DIRECTIONS.iter().find(|d| **d == direction)?;
    let topic = *TOPICS.iter().find(|t| **t == topic)?;
    let language = if topic == "language" {
        *languages.iter().find(|l| **l == language)?
    } else {
        ""
    };
    let detail: String = detail.trim().chars().take(MAX_DETAIL_CHARS).collect();
    Some((direction, topic, language, detail))
}

/// A language's own name, for parents of any language (names like "Türkçe" need no
/// translation); the code itself for one we do not know.
pub fn language_name(code: &str) -> &str {
    match code {
        "nl" => "Nederlands",
        "en" => "English",
        "ar" => "العربية",
        "tr" => "Türkçe",
        "pl" => "Polski",
        "uk" => "Українська",
        "so" => "Soomaali",
        "ti" => "ትግርኛ",
        "fa" => "فارسی",
        "de" => "Deutsch",
        "fr" => "Français",
        "es" => "Español",
        other => other,
    }
}

/// One open wish, with what matching needs to know.
#[derive(Clone, Debug)]
pub struct Candidate {
    pub wish_id: i64,
    pub guardian_id: i64,
    /// The pupils of this guardian: two guardians who share a child are one family.
    pub children: Vec<i64>,
    pub group_id: Option<i64>,
    pub direction: String,
    pub topic: String,
    pub language: String,
    pub detail: String,
    pub noted_at: i64,
    /// Already in a proposed or active pair.
    pub busy: bool,
}

/// Two guardians who were brought together on a topic before (whatever came of it).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Earlier {
    pub guardians: (i64, i64),
    pub topic: String,
}

/// A suggested match: a need and an offer, and how well they fit (higher is better).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Suggestion {
    pub need: i64,
    pub offer: i64,
    pub score: u8,
}

/// Whether two guardians may be brought together on this need and offer, and how well they
/// fit: same topic; for a language the same language; for a diagnosis the same one when both
/// were named; never the same family; nobody already in an open pair or brought together with
/// this parent on this topic before. Same note and same group fit best; other groups are fine.
pub fn fit(need: &Candidate, offer: &Candidate, earlier: &[Earlier]) -> Option<u8> {
    if need.direction != "need" || offer.direction != "offer" || need.busy || offer.busy {
        return None;
    }
    if need.topic != offer.topic || need.guardian_id == offer.guardian_id {
        return None;
    }
    if need.topic == "language" && need.language != offer.language {
        return None;
    }
    if need.children.iter().any(|c| offer.children.contains(c)) {
        return None;
    }
    let pair = ordered(need.guardian_id, offer.guardian_id);
    if earlier
        .iter()
        .any(|e| e.topic == need.topic && ordered(e.guardians.0, e.guardians.1) == pair)
    {
        return None;
    }
    let same_note = !need.detail.is_empty() && need.detail.eq_ignore_ascii_case(&offer.detail);
    let both_named = !need.detail.is_empty() && !offer.detail.is_empty();
    if need.topic == "diagnosis" && both_named && !same_note {
        return None;
    }
    let mut score = 1;
    if same_note {
        score += 2;
    }
    if need.group_id.is_some() && need.group_id == offer.group_id {
        score += 1;
    }
    Some(score)
}

fn ordered(a: i64, b: i64) -> (i64, i64) {
    (a.min(b), a.max(b))
}

/// Every allowed need–offer combination, best first; among equals the need that waits
/// longest first.
pub fn suggestions(wishes: &[Candidate], earlier: &[Earlier]) -> Vec<Suggestion> {
    let mut found: Vec<(Suggestion, i64)> = Vec::new();
    for need in wishes.iter().filter(|w| w.direction == "need") {
        for offer in wishes.iter().filter(|w| w.direction == "offer") {
            if let Some(score) = fit(need, offer, earlier) {
                found.push((
                    Suggestion {
                        need: need.wish_id,
                        offer: offer.wish_id,
                        score,
                    },
                    need.noted_at,
                ));
            }
        }
    }
    found.sort_by_key(|(s, noted_at)| (Reverse(s.score), *noted_at, s.need, s.offer));
    found.into_iter().map(|(s, _)| s).collect()
}

/// What a parent's answer does to a proposed pair, given the other parent's answer so far.
#[derive(Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Still waiting for the other parent.
    Waiting,
    /// Both agreed: the contact details are exchanged now.
    Introduced,
    /// One said no: the introduction does not go ahead.
    Declined,
}

pub fn outcome(my_answer_yes: bool, other_answer: &str) -> Outcome {
    match (my_answer_yes, other_answer) {
        (false, _) | (_, "no") => Outcome::Declined,
        (true, "yes") => Outcome::Introduced,
        _ => Outcome::Waiting,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn wish(id: i64, guardian: i64, children: &[i64], direction: &str, topic: &str) -> Candidate {
        Candidate {
            wish_id: id,
            guardian_id: guardian,
            children: children.to_vec(),
            group_id: Some(1),
            direction: direction.into(),
            topic: topic.into(),
            language: String::new(),
            detail: String::new(),
            noted_at: id,
            busy: false,
        }
    }

    fn lang(mut w: Candidate, code: &str) -> Candidate {
        w.language = code.into();
        w
    }

    #[test]
    fn same_language_matches_across_groups_other_languages_do_not() {
        let need = lang(wish(1, 10, &[100], "need", "language"), "ar");
        let mut offer = lang(wish(2, 20, &[200], "offer", "language"), "ar");
        offer.group_id = Some(2);
        let other = lang(wish(3, 30, &[300], "offer", "language"), "tr");
        let got = suggestions(&[need, offer, other], &[]);
        assert_eq!(
            got,
            vec![Suggestion {
                need: 1,
                offer: 2,
                score: 1
            }]
        );
    }

    #[test]
    fn only_the_same_topic_and_only_need_with_offer() {
        let need = wish(1, 10, &[100], "need", "first-child");
        let wrong_topic = wish(2, 20, &[200], "offer", "new-nl");
        let another_need = wish(3, 30, &[300], "need", "first-child");
        assert!(suggestions(&[need, wrong_topic, another_need], &[]).is_empty());
    }

    #[test]
    fn never_the_same_family_nor_the_same_guardian() {
        let need = wish(1, 10, &[100, 101], "need", "first-child");
        // A parent living apart, sharing child 101.
        let same_family = wish(2, 11, &[101], "offer", "first-child");
        let same_guardian = wish(3, 10, &[100], "offer", "first-child");
        assert!(suggestions(&[need, same_family, same_guardian], &[]).is_empty());
    }

    #[test]
    fn nobody_already_in_an_open_pair_or_matched_before_on_the_topic() {
        let need = wish(1, 10, &[100], "need", "new-nl");
        let mut busy = wish(2, 20, &[200], "offer", "new-nl");
        busy.busy = true;
        let before = wish(3, 30, &[300], "offer", "new-nl");
        let earlier = [Earlier {
            guardians: (30, 10),
            topic: "new-nl".into(),
        }];
        assert!(suggestions(&[need.clone(), busy, before.clone()], &earlier).is_empty());
        // Brought together before on another topic: fine.
        let other_topic = [Earlier {
            guardians: (10, 30),
            topic: "language".into(),
        }];
        assert_eq!(suggestions(&[need, before], &other_topic).len(), 1);
    }

    #[test]
    fn diagnoses_must_agree_when_both_are_named_and_best_fits_come_first() {
        let mut need = wish(1, 10, &[100], "need", "diagnosis");
        need.detail = "Dyslexie".into();
        let mut adhd = wish(2, 20, &[200], "offer", "diagnosis");
        adhd.detail = "ADHD".into();
        let mut dyslexia = wish(3, 30, &[300], "offer", "diagnosis");
        dyslexia.detail = "dyslexie".into();
        dyslexia.group_id = Some(9);
        let unnamed = wish(4, 40, &[400], "offer", "diagnosis");
        let got = suggestions(&[need, adhd, dyslexia, unnamed], &[]);
        assert_eq!(
            got.iter().map(|s| (s.offer, s.score)).collect::<Vec<_>>(),
            vec![(3, 3), (4, 2)]
        );
    }

    #[test]
    fn longest_waiting_need_first_among_equals() {
        let late = wish(5, 10, &[100], "need", "other");
        let early = wish(1, 11, &[101], "need", "other");
        let offer = wish(3, 20, &[200], "offer", "other");
        let got = suggestions(&[late, early, offer], &[]);
        assert_eq!(got.iter().map(|s| s.need).collect::<Vec<_>>(), vec![1, 5]);
    }

    #[test]
    fn wishes_are_checked() {
        let langs = ["nl", "ar"];
        assert_eq!(
            parse_wish("need", "language", "ar", " x ", &langs),
            Some(("need", "language", "ar", "x".into()))
        );
        assert_eq!(parse_wish("need", "language", "xx", "", &langs), None);
        assert_eq!(parse_wish("want", "other", "", "", &langs), None);
        assert_eq!(parse_wish("offer", "cooking", "", "", &langs), None);
        assert_eq!(
            parse_wish("offer", "other", "ar", "", &langs),
            Some(("offer", "other", "", String::new()))
        );
        assert_eq!(language_name("tr"), "Türkçe");
    }

    #[test]
    fn introduced_only_when_both_said_yes() {
        assert_eq!(outcome(true, ""), Outcome::Waiting);
        assert_eq!(outcome(true, "yes"), Outcome::Introduced);
        assert_eq!(outcome(false, "yes"), Outcome::Declined);
        assert_eq!(outcome(true, "no"), Outcome::Declined);
    }
}
