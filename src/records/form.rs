//! The record form: a new record of a kind, a draft being finished, and saving either as a
//! draft or closed. A refused form shows everything that was typed again.

use std::collections::BTreeMap;

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use axum::Form;
use serde::Deserialize;

use super::agreements::parse_agreements;
use super::file::{agreements_of, has_plan, AgreementRow};
use super::rules::{expectations, may_close, missing_answers};
use super::store::{self, NewAgreement, Record, RecordFields, SaveRecord};
use super::{sections_of, Answers, Section};
use crate::audit;
use crate::auth::{CurrentStaff, StaffUser};
use crate::domain::dates::parse_form_date;
use crate::domain::{AgreementStatus, ConversationForm, RecordKind, RecordStatus};
use crate::error::{AppError, AppResult};
use crate::pupils::{visible_pupil, PupilRow};
use crate::state::AppState;
use crate::timefmt;
use crate::web::forms::{self, FormData, FormErrors};
use crate::web::{render, see_other, Ctx};

/// What the record form holds: a new record, a draft being finished, or what was typed
/// before a refusal (nothing typed is ever lost).
struct Draft {
    kind: RecordKind,
    /// As typed.
    held_on: String,
    form: ConversationForm,
    pupil_present: bool,
    present: String,
    interpreter: String,
    shared: bool,
    answers: Answers,
    /// The information-evening choice of a startgesprek (yes, no, maybe or "").
    info_evening: String,
    /// The agreement inputs as typed (`ag1-topic`, ...).
    typed: BTreeMap<String, String>,
}

impl Draft {
    fn new(kind: RecordKind) -> Draft {
        Draft {
            kind,
            held_on: timefmt::iso(timefmt::today()),
            form: ConversationForm::School,
            pupil_present: true,
            present: String::new(),
            interpreter: String::new(),
            shared: false,
            answers: Answers::default(),
            info_evening: String::new(),
            typed: BTreeMap::new(),
        }
    }

    fn from_record(r: Record) -> Draft {
        Draft {
            kind: r.kind,
            held_on: r.held_on,
            form: r.form,
            pupil_present: r.pupil_present,
            present: r.present,
            interpreter: r.interpreter,
            shared: r.shared,
            answers: r.answers,
            info_evening: r.info_evening,
            typed: BTreeMap::new(),
        }
    }

    fn from_form(data: &FormData, kind: RecordKind) -> Draft {
        let mut answers = Answers::default();
        for prompt in sections_of(kind).iter().flat_map(|s| s.prompts.iter()) {
            let v: String = data
                .get(&format!("a-{}", prompt.key))
                .trim()
                .chars()
                .take(5000)
                .collect();
            if !v.is_empty() {
                answers.insert(prompt.key, v);
            }
        }
        let typed = data
            .0
            .iter()
            .filter(|(k, _)| k.starts_with("ag"))
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        Draft {
            kind,
            held_on: data.get("held_on").to_string(),
            form: ConversationForm::parse(data.get("form")).unwrap_or(ConversationForm::School),
            pupil_present: data.has("pupil_present"),
            present: data.get("present").to_string(),
            interpreter: data.get("interpreter").to_string(),
            shared: data.has("shared"),
            answers,
            info_evening: crate::gatherings::info_evening_choice(data.get("info_evening")).into(),
            typed,
        }
    }
}

#[derive(Template)]
#[template(path = "records/form.html")]
struct RecordForm {
    ctx: Ctx,
    pupil_school: i64,
    pupil: PupilRow,
    draft: Draft,
    sections: &'static [Section],
    /// Open agreements to review (progress talks).
    earlier: Vec<AgreementRow>,
    /// The first startgesprek's expectations (closing and exit talks).
    expectations: Vec<(String, String)>,
    has_plan: bool,
    errors: FormErrors,
    agreement_rows: Vec<usize>,
    statuses: &'static [&'static str],
    forms: &'static [&'static str],
    record: Option<i64>,
    action: String,
}

impl RecordForm {
    fn answer(&self, key: &&str) -> String {
        self.draft.answers.get(key)
    }

    /// What was typed in an agreement row, so a refused form loses nothing.
    fn typed(&self, n: impl std::fmt::Display, field: &str) -> String {
        self.draft
            .typed
            .get(&format!("ag{n}-{field}"))
            .cloned()
            .unwrap_or_default()
    }
}

async fn form_page(
    state: &AppState,
    me: &StaffUser,
    ctx: Ctx,
    pupil: PupilRow,
    draft: Draft,
    record: Option<i64>,
    errors: FormErrors,
) -> AppResult<Response> {
    let db = &state.db;
    let id = pupil.id;
    // The form shows the pupil's open agreements and earlier answers: a view of the file.
    audit::view(db, me, id, "record", record).await?;
    let earlier = match draft.kind {
        RecordKind::Progress => agreements_of(db, id, true).await?,
        _ => Vec::new(),
    };
    let expectations = match draft.kind {
        RecordKind::Closing | RecordKind::Exit => store::first_start_answers(db, id)
            .await?
            .map(|a| expectations(&a))
            .unwrap_or_default(),
        _ => Vec::new(),
    };
    render(&RecordForm {
        pupil_school: me.school_id,
        sections: sections_of(draft.kind),
        earlier,
        expectations,
        has_plan: has_plan(db, me.school_id, id).await?,
        action: match record {
            Some(r) => format!("/records/{r}/edit"),
            None => format!("/pupils/{id}/records/new"),
        },
        ctx,
        pupil,
        draft,
        record,
        errors,
        agreement_rows: vec![1, 2, 3],
        statuses: AgreementStatus::CODES,
        forms: ConversationForm::CODES,
    })
}

#[derive(Deserialize)]
pub(super) struct KindQuery {
    kind: Option<String>,
}

pub(super) async fn new_record(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    ctx: Ctx,
    Path(id): Path<i64>,
    Query(q): Query<KindQuery>,
) -> AppResult<Response> {
    let pupil = visible_pupil(&state.db, &me, id).await?;
    let kind = q
        .kind
        .as_deref()
        .and_then(RecordKind::parse)
        .unwrap_or(RecordKind::Start);
    let draft = Draft::new(kind);
    form_page(&state, &me, ctx, pupil, draft, None, FormErrors::default()).await
}

/// A draft record of this school whose pupil the person may see.
async fn editable_draft(state: &AppState, me: &StaffUser, id: i64) -> AppResult<(PupilRow, Draft)> {
    let record = store::record(&state.db, me.school_id, id)
        .await?
        .filter(|r| r.status == RecordStatus::Draft)
        .ok_or(AppError::NotFound)?;
    let pupil = visible_pupil(&state.db, me, record.pupil_id).await?;
    Ok((pupil, Draft::from_record(record)))
}

pub(super) async fn edit_record(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    let (pupil, draft) = editable_draft(&state, &me, id).await?;
    form_page(
        &state,
        &me,
        ctx,
        pupil,
        draft,
        Some(id),
        FormErrors::default(),
    )
    .await
}

pub(super) async fn update_record(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    ctx: Ctx,
    Path(id): Path<i64>,
    Form(data): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    let (pupil, draft) = editable_draft(&state, &me, id).await?;
    save(
        &state,
        &me,
        ctx,
        pupil,
        draft.kind,
        Some(id),
        FormData(data),
    )
    .await
}

pub(super) async fn create_record(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    ctx: Ctx,
    Path(id): Path<i64>,
    Form(data): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    let pupil = visible_pupil(&state.db, &me, id).await?;
    let data = FormData(data);
    let kind = RecordKind::parse(data.get("kind")).ok_or(AppError::BadRequest)?;
    save(&state, &me, ctx, pupil, kind, None, data).await
}

/// A posted record form, parsed.
struct Submission {
    draft: Draft,
    /// ISO date; `None` when what was typed is no date.
    held_on: Option<String>,
    agreements: Vec<NewAgreement>,
    /// Earlier agreements reviewed in this conversation: (agreement, new status).
    reviews: Vec<(i64, AgreementStatus)>,
    closing: bool,
    errors: FormErrors,
}

impl Submission {
    fn parse(data: &FormData, kind: RecordKind) -> Submission {
        let draft = Draft::from_form(data, kind);
        let mut errors = FormErrors::default();
        if !missing_answers(kind, &draft.answers).is_empty() {
            errors.add("answers", "record-required-missing");
        }
        let held_on = parse_form_date(&draft.held_on).map(timefmt::iso);
        if held_on.is_none() {
            errors.add("held_on", "round-moment-invalid");
        }
        let agreements = parse_agreements(data, &mut errors);
        // Progress talks list the open agreements at the top, each with a status to choose.
        let reviews = data
            .0
            .iter()
            .filter_map(|(key, value)| {
                let agreement = key.strip_prefix("review-")?.parse::<i64>().ok()?;
                Some((agreement, AgreementStatus::parse(value)?))
            })
            .collect();
        Submission {
            draft,
            held_on,
            agreements,
            reviews,
            closing: data.get("action") == "close",
            errors,
        }
    }
}

/// Checks and stores a record (new, or a draft being continued) with its agreements and the
/// review of earlier agreements, as a draft or closed.
async fn save(
    state: &AppState,
    me: &StaffUser,
    ctx: Ctx,
    pupil: PupilRow,
    kind: RecordKind,
    existing: Option<i64>,
    data: FormData,
) -> AppResult<Response> {
    let mut s = Submission::parse(&data, kind);
    if s.closing {
        if let Err(key) = may_close(kind, has_plan(&state.db, me.school_id, pupil.id).await?) {
            s.errors.add("plan", key);
        }
    }
    let Some(held_on) = s.held_on.filter(|_| s.errors.is_empty()) else {
        return form_page(state, me, ctx, pupil, s.draft, existing, s.errors).await;
    };
    let d = s.draft;
    let fields = RecordFields {
        kind,
        held_on,
        form: d.form,
        pupil_present: d.pupil_present,
        present: forms::clean(&d.present),
        interpreter: forms::clean(&d.interpreter),
        answers: d.answers,
        info_evening: d.info_evening,
        shared: d.shared,
        status: if s.closing {
            RecordStatus::Closed
        } else {
            RecordStatus::Draft
        },
    };
    let save = SaveRecord {
        pupil_id: pupil.id,
        existing,
        fields: &fields,
        agreements: &s.agreements,
        reviews: &s.reviews,
    };
    let Some(record_id) = store::save_record(&state.db, me, save).await? else {
        // Closed by someone else since the form was opened: nothing of this form is written.
        let id = existing.unwrap_or_default();
        return Ok(see_other(
            &format!("/records/{id}"),
            Some("record-closed-meanwhile"),
        ));
    };
    let flash = if s.closing {
        "record-closed"
    } else {
        "record-saved"
    };
    Ok(see_other(&format!("/records/{record_id}"), Some(flash)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form(pairs: &[(&str, &str)]) -> FormData {
        FormData(
            pairs
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
        )
    }

    #[test]
    fn a_submission_keeps_what_was_typed_and_names_what_is_wrong() {
        let s = Submission::parse(
            &form(&[
                ("held_on", "gisteren?"),
                ("form", "zeppelin"),
                ("a-goes-well", "  "),
                ("a-not-a-prompt", "x"),
                ("ag1-topic", "Lezen"),
                ("review-12", "done"),
                ("review-13", "forgotten"),
                ("review-x", "done"),
                ("action", "close"),
            ]),
            RecordKind::Progress,
        );
        assert!(s.closing);
        assert_eq!(s.held_on, None);
        assert_eq!(s.draft.held_on, "gisteren?");
        assert_eq!(s.draft.form, ConversationForm::School);
        assert_eq!(s.draft.answers, Answers::default());
        assert_eq!(
            s.draft.typed.get("ag1-topic").map(String::as_str),
            Some("Lezen")
        );
        assert_eq!(s.reviews, vec![(12, AgreementStatus::Done)]);
        assert_eq!(s.agreements.len(), 1);
        assert_eq!(
            s.errors.list(),
            &[
                ("answers", "record-required-missing"),
                ("held_on", "round-moment-invalid")
            ]
        );
    }
}
