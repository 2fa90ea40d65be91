//! Translation layer: every text the product shows comes from `locales/<lang>/*.ftl`.
//!
//! Staff pages are written in Dutch and English (`Lang::STAFF`). Everything a parent reads —
//! their pages and every mail to them — lives in `parent-*.ftl` and exists in every language of
//! `Lang::ALL`; the other languages' folders hold only those files. Adding a language is one
//! folder of `parent-*.ftl` files plus one line in `Lang`.

use std::borrow::Cow;
use std::collections::HashMap;

use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{static_loader, LanguageIdentifier, Loader};

static_loader! {
    static LOCALES = {
        locales: "./locales",
        fallback_language: "nl",
        // Isolation marks (U+2068/9) keep names, dates and room numbers readable inside
        // right-to-left text; in left-to-right languages they would only clutter subjects.
        customise: |bundle| {
            let rtl = bundle.locales.iter().any(|l| Lang::from_code(l.language.as_str()).is_some_and(Lang::is_rtl));
            bundle.set_use_isolating(rtl);
        },
    };
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    Nl,
    En,
    Ar,
    Tr,
    Pl,
    Uk,
}

impl Lang {
    /// Every language parents can read their pages and mails in.
    pub const ALL: [Lang; 6] = [Lang::Nl, Lang::En, Lang::Ar, Lang::Tr, Lang::Pl, Lang::Uk];

    /// The languages of staff pages.
    pub const STAFF: [Lang; 2] = [Lang::Nl, Lang::En];

    pub fn code(self) -> &'static str {
        match self {
            Lang::Nl => "nl",
            Lang::En => "en",
            Lang::Ar => "ar",
            Lang::Tr => "tr",
            Lang::Pl => "pl",
            Lang::Uk => "uk",
        }
    }

    /// The language's name in its own script, as the language switch shows it.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::Nl => "Nederlands",
            Lang::En => "English",
            Lang::Ar => "العربية",
            Lang::Tr => "Türkçe",
            Lang::Pl => "Polski",
            Lang::Uk => "Українська",
        }
    }

    /// Written right to left (the `dir` of the page).
    pub fn is_rtl(self) -> bool {
        self == Lang::Ar
    }

    pub fn dir(self) -> &'static str {
        if self.is_rtl() {
            "rtl"
        } else {
            "ltr"
        }
    }

    /// A name, date or the school's own words inside a sentence we build ourselves (not through
    /// Fluent, which isolates its arguments itself): isolated in a right-to-left language.
    pub fn isolate(self, text: &str) -> String {
        if self.is_rtl() {
            format!("\u{2068}{text}\u{2069}")
        } else {
            text.to_string()
        }
    }

    /// Any language parents can use, from a code such as `ar` or `pl-PL`.
    pub fn from_code(code: &str) -> Option<Lang> {
        let code = code.trim().to_ascii_lowercase();
        let primary = code.split(['-', '_']).next().unwrap_or("");
        Lang::ALL.into_iter().find(|l| l.code() == primary)
    }

    /// A language staff pages are written in; None for the parents-only languages.
    pub fn staff_from_code(code: &str) -> Option<Lang> {
        Lang::from_code(code).filter(|l| l.is_staff())
    }

    pub fn is_staff(self) -> bool {
        Lang::STAFF.contains(&self)
    }

    /// This language on a staff page: the parents-only languages become Dutch.
    pub fn for_staff(self) -> Lang {
        if self.is_staff() {
            self
        } else {
            Lang::Nl
        }
    }

    /// Picks the first staff language of an `Accept-Language` header; Dutch otherwise.
    pub fn from_accept_language(header: &str) -> Lang {
        Lang::from_accept_language_in(header, &Lang::STAFF)
    }

    /// Picks the first language of `among` in an `Accept-Language` header; Dutch otherwise.
    pub fn from_accept_language_in(header: &str, among: &[Lang]) -> Lang {
        let mut candidates: Vec<(f32, Lang)> = header
            .split(',')
            .filter_map(|part| {
                let mut bits = part.split(';');
                let lang = Lang::from_code(bits.next()?).filter(|l| among.contains(l))?;
                let q = bits
                    .find_map(|b| b.trim().strip_prefix("q="))
                    .and_then(|q| q.parse::<f32>().ok())
                    .unwrap_or(1.0);
                Some((q, lang))
            })
            .collect();
        candidates.sort_by(|a, b| b.0.partial_cmp(&a.0).unwrap_or(std::cmp::Ordering::Equal));
        candidates.first().map(|c| c.1).unwrap_or_default()
    }

    fn id(self) -> LanguageIdentifier {
        match self {
            Lang::Nl => fluent_templates::langid!("nl"),
            Lang::En => fluent_templates::langid!("en"),
            Lang::Ar => fluent_templates::langid!("ar"),
            Lang::Tr => fluent_templates::langid!("tr"),
            Lang::Pl => fluent_templates::langid!("pl"),
            Lang::Uk => fluent_templates::langid!("uk"),
        }
    }

    /// The text for `key`.
    pub fn t(self, key: &str) -> String {
        LOCALES.lookup(&self.id(), key)
    }

    /// The text for `key` with named string arguments.
    pub fn tr(self, key: &str, args: &[(&str, String)]) -> String {
        let map: HashMap<Cow<'static, str>, FluentValue> = args
            .iter()
            .map(|(k, v)| (Cow::Owned(k.to_string()), FluentValue::from(v.clone())))
            .collect();
        let mut text = LOCALES.lookup_with_args(&self.id(), key, &map);
        // A link stays a bare link (mail programs and the outbox recognise it by its start).
        if self.is_rtl() {
            for (_, v) in args.iter().filter(|(_, v)| v.starts_with("http")) {
                text = text.replace(&format!("\u{2068}{v}\u{2069}"), v);
            }
        }
        text
    }

    /// The text for `key` with one numeric argument (plural rules apply).
    pub fn tn(self, key: &str, name: &str, n: i64) -> String {
        let mut map: HashMap<Cow<'static, str>, FluentValue> = HashMap::new();
        map.insert(Cow::Owned(name.to_string()), FluentValue::from(n));
        LOCALES.lookup_with_args(&self.id(), key, &map)
    }

    /// Whether this language itself has `key`, not counting the Dutch fallback: the check the
    /// completeness tests need (`try_lookup` would answer from the fallback).
    pub fn has(self, key: &str) -> bool {
        match LOCALES.lookup_single_language::<&str>(&self.id(), key, None) {
            Ok(_) => true,
            // A message with variables exists all the same: only formatting it without
            // arguments complained. The crate does not export its error type to match on.
            Err(e) => e.to_string().starts_with("Fluent errors"),
        }
    }

    /// Whether `key` can be shown in this language, the Dutch fallback included (used to
    /// validate keys that arrive in URLs and codes shown through their translation).
    pub fn knows(self, key: &str) -> bool {
        LOCALES.try_lookup(&self.id(), key).is_some()
    }
}

/// The language of a mail to someone whose stored preference is `language` (a code such as
/// `nl` or `ar`); Dutch when the product does not write that language.
pub fn mail_lang(language: &str) -> Lang {
    Lang::from_code(language).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accept_language_prefers_supported_by_quality() {
        assert_eq!(
            Lang::from_accept_language("en-GB,en;q=0.9,nl;q=0.8"),
            Lang::En
        );
        assert_eq!(
            Lang::from_accept_language("de-DE,nl;q=0.5,en;q=0.9"),
            Lang::En
        );
        assert_eq!(Lang::from_accept_language("fr"), Lang::Nl);
        assert_eq!(Lang::from_accept_language(""), Lang::Nl);
    }

    #[test]
    fn six_languages_for_parents_two_for_staff() {
        assert_eq!(Lang::from_code("pl-PL"), Some(Lang::Pl));
        assert_eq!(Lang::from_code(" UK "), Some(Lang::Uk));
        assert_eq!(Lang::from_code("fr"), None);
        assert_eq!(Lang::staff_from_code("ar"), None);
        assert_eq!(Lang::staff_from_code("en-GB"), Some(Lang::En));
        assert_eq!(Lang::Tr.for_staff(), Lang::Nl);
        assert_eq!(Lang::from_accept_language("ar, en;q=0.5"), Lang::En);
        assert_eq!(
            Lang::from_accept_language_in("ar, en;q=0.5", &Lang::ALL),
            Lang::Ar
        );
        let rtl: Vec<Lang> = Lang::ALL.into_iter().filter(|l| l.is_rtl()).collect();
        assert_eq!(rtl, vec![Lang::Ar]);
        for l in Lang::ALL {
            assert_eq!(Lang::from_code(l.code()), Some(l));
        }
    }

    /// In Arabic, names and dates inside a sentence are isolated (they keep their own
    /// direction); left-to-right languages get no invisible marks.
    #[test]
    fn arabic_isolates_what_is_filled_in() {
        let args = [("name", "Rob Bakker".to_string())];
        assert!(Lang::Ar
            .tr("parent-hello", &args)
            .contains("\u{2068}Rob Bakker\u{2069}"));
        let link = "https://school.example/ouders/link/abc".to_string();
        let mail = Lang::Ar.tr(
            "parent-link-body",
            &[("name", "Rob".into()), ("link", link.clone())],
        );
        assert!(mail.contains(&format!("\n{link}")), "a bare link: {mail:?}");
        for l in Lang::ALL.into_iter().filter(|l| !l.is_rtl()) {
            let text = l.tr("parent-hello", &args);
            assert!(
                text.contains("Rob Bakker") && !text.contains('\u{2068}'),
                "{l:?}"
            );
        }
    }

    #[test]
    fn has_does_not_count_the_dutch_fallback() {
        assert!(Lang::Nl.has("nav-pupils") && Lang::En.has("nav-pupils"));
        assert!(!Lang::Ar.has("nav-pupils"), "a staff text is not Arabic");
        assert!(
            Lang::Ar.knows("nav-pupils"),
            "but it can be shown through the fallback"
        );
        assert!(Lang::Ar.has("booking-mail-signature"));
        assert!(!Lang::Nl.has("no-such-key") && !Lang::Nl.knows("no-such-key"));
    }

    #[test]
    fn both_languages_translate() {
        assert_eq!(Lang::Nl.t("app-name"), "Driehoek");
        assert_ne!(Lang::Nl.t("nav-pupils"), Lang::En.t("nav-pupils"));
    }
}

/// Every text key the templates and code use exists in both languages, and both languages
/// have the same keys: a missing translation fails the build's tests, not a user's page.
#[cfg(test)]
mod completeness {
    use super::Lang;
    use std::collections::BTreeSet;
    use std::path::Path;

    fn files(dir: &Path, ext: &str, out: &mut Vec<std::path::PathBuf>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                files(&path, ext, out);
            } else if path.extension().is_some_and(|e| e == ext) {
                out.push(path);
            }
        }
    }

    /// Literal keys in calls like `ctx.t("key")`, `field_label("x")` and `Some("flash")`.
    fn used_keys() -> BTreeSet<String> {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut paths = Vec::new();
        files(&root.join("templates"), "html", &mut paths);
        let mut keys = BTreeSet::new();
        for path in paths {
            let text = std::fs::read_to_string(&path).unwrap();
            for call in ["ctx.t(\"", "ctx.tr(\"", "ctx.tn(\"", "ctx.tr2(\""] {
                for part in text.split(call).skip(1) {
                    keys.insert(part.split('"').next().unwrap().to_string());
                }
            }
            for call in ["field_label(\"", "m::input(ctx, errors, \""] {
                for part in text.split(call).skip(1) {
                    keys.insert(format!("field-{}", part.split('"').next().unwrap()));
                }
            }
            // Hints passed to the input macro: `"text", "some-hint",`.
            for part in text.split("m::input(ctx, errors, ").skip(1) {
                let args: Vec<&str> = part.split(')').next().unwrap().split(", ").collect();
                if let Some(hint) = args.get(3).map(|h| h.trim_matches('"')) {
                    if !hint.is_empty() {
                        keys.insert(hint.to_string());
                    }
                }
            }
        }
        keys
    }

    /// Fields that code reports errors under must have a label (`field-…`) for the error summary.
    #[test]
    fn every_error_field_has_a_label() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut paths = Vec::new();
        files(&root.join("src"), "rs", &mut paths);
        let (nl, en) = (ftl_keys("nl"), ftl_keys("en"));
        let mut missing = Vec::new();
        for path in paths {
            let text = std::fs::read_to_string(&path).unwrap();
            for part in text.split("errors.add(\"").skip(1) {
                let key = format!("field-{}", part.split('"').next().unwrap());
                if !nl.contains(&key) || !en.contains(&key) {
                    missing.push(key);
                }
            }
        }
        assert!(
            missing.is_empty(),
            "error fields without a label: {missing:?}"
        );
    }

    fn ftl_keys(lang: &str) -> BTreeSet<String> {
        ftl_keys_where(lang, |_| true)
    }

    /// Keys of the files of `lang` whose name passes `keep`.
    fn ftl_keys_where(lang: &str, keep: impl Fn(&str) -> bool) -> BTreeSet<String> {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("locales")
            .join(lang);
        let mut paths = Vec::new();
        files(&root, "ftl", &mut paths);
        paths.retain(|p| keep(&p.file_name().unwrap().to_string_lossy()));
        let mut keys = BTreeSet::new();
        for path in paths {
            for line in std::fs::read_to_string(path).unwrap().lines() {
                if let Some((k, _)) = line.split_once(" =") {
                    if !k.starts_with([' ', '#', '-']) && !k.is_empty() {
                        keys.insert(k.trim().to_string());
                    }
                }
            }
        }
        keys
    }

    fn is_parent_file(name: &str) -> bool {
        name.starts_with("parent-") && name.ends_with(".ftl")
    }

    /// The keys every language must have: those of Dutch's `parent-*.ftl`.
    pub(super) fn parent_keys() -> BTreeSet<String> {
        ftl_keys_where("nl", is_parent_file)
    }

    /// Every folder in `locales/` is a language of `Lang`, and every language has a folder;
    /// a language besides Dutch and English has exactly the parents' keys, in parent-*.ftl
    /// files only (its staff pages would be Dutch, so none are shown).
    #[test]
    fn every_language_has_every_parent_key() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
        let mut folders: Vec<String> = std::fs::read_dir(&root)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        folders.sort();
        let mut codes: Vec<String> = Lang::ALL.iter().map(|l| l.code().to_string()).collect();
        codes.sort();
        assert_eq!(folders, codes, "one folder per language of Lang::ALL");
        let wanted = parent_keys();
        assert!(wanted.len() > 300, "the parents' keys were found");
        for lang in Lang::ALL {
            let mut paths = Vec::new();
            files(&root.join(lang.code()), "ftl", &mut paths);
            if !lang.is_staff() {
                let stray: Vec<_> = paths
                    .iter()
                    .filter(|p| !is_parent_file(&p.file_name().unwrap().to_string_lossy()))
                    .collect();
                assert!(stray.is_empty(), "{lang:?} has staff files: {stray:?}");
            }
            let have = ftl_keys_where(lang.code(), is_parent_file);
            let missing: Vec<_> = wanted.difference(&have).collect();
            let extra: Vec<_> = have.difference(&wanted).collect();
            assert!(
                missing.is_empty() && extra.is_empty(),
                "{lang:?}: missing {missing:?}; not in nl: {extra:?}"
            );
        }
    }

    #[test]
    fn both_languages_have_the_same_keys() {
        let nl = ftl_keys("nl");
        let en = ftl_keys("en");
        let only_nl: Vec<_> = nl.difference(&en).collect();
        let only_en: Vec<_> = en.difference(&nl).collect();
        assert!(
            only_nl.is_empty() && only_en.is_empty(),
            "only nl: {only_nl:?}; only en: {only_en:?}"
        );
    }

    #[test]
    fn every_used_key_is_translated() {
        let (nl, en) = (ftl_keys("nl"), ftl_keys("en"));
        let missing: Vec<String> = used_keys()
            .into_iter()
            .filter(|k| !nl.contains(k) || !en.contains(k))
            .collect();
        assert!(missing.is_empty(), "untranslated keys: {missing:?}");
    }

    #[test]
    fn codes_shown_through_translations_exist() {
        let codes: &[(&str, &[&str])] = &[
            ("relationship", crate::domain::Relationship::CODES),
            ("school-type", crate::domain::SchoolType::CODES),
            ("language", &crate::domain::codes::LANGUAGES),
            ("import-status", crate::domain::ImportStatus::CODES),
            ("mail-status", crate::domain::MailStatus::CODES),
            ("round-kind", crate::domain::RoundKind::CODES),
            ("round-form", crate::domain::ConversationForm::CODES),
            ("channel", crate::domain::ContactChannel::CODES),
            ("attendance", crate::domain::Attendance::CODES),
            ("record-kind", crate::domain::RecordKind::CODES),
            ("record-new", crate::domain::RecordKind::CODES),
            ("record-intro", crate::domain::RecordKind::CODES),
            ("record-status", crate::domain::RecordStatus::CODES),
            ("agreement-status", crate::domain::AgreementStatus::CODES),
            ("plan-channel", crate::domain::PlanChannel::CODES),
            ("log-channel", crate::domain::LogChannel::CODES),
            ("audit-action", &["view", "create", "update"]),
            (
                "audit-entity",
                &[
                    "pupil",
                    "record",
                    "plan",
                    "agreement",
                    "contact",
                    "contact_moment",
                ],
            ),
        ];
        // Parents see the channels of shared plans and contact moments; the rest is staff-only.
        let parents_see = ["plan-channel", "log-channel"];
        for (prefix, values) in codes {
            let langs: &[Lang] = if parents_see.contains(prefix) {
                &Lang::ALL
            } else {
                &Lang::STAFF
            };
            for v in *values {
                for lang in langs {
                    assert!(
                        lang.has(&format!("{prefix}-{v}")),
                        "{prefix}-{v} in {lang:?}"
                    );
                }
            }
        }
        for n in 1..=12 {
            assert!(Lang::En.has(&format!("month-{n}")) && Lang::Nl.has(&format!("month-{n}")));
        }
    }
}

#[cfg(test)]
#[path = "i18n_parent_pages.rs"]
mod parent_pages;
