//! How guardians are reached: about 6% prefer another language than Dutch (half of them need an
//! interpreter), and about 3% have no e-mail address, among them one whole family reachable by
//! phone only. Both are drawn by weight, so they fall on the backgrounds where they are likely.

use super::families::FamilyDraft;
use super::groups::quota;
use super::rng::Rng;
use super::tables::{pool, Origin};

/// Per family and guardian: the home language and whether an interpreter is needed.
pub(super) struct Languages {
    pub(super) language: Vec<Vec<&'static str>>,
    pub(super) interpreter: Vec<Vec<bool>>,
}

pub(super) fn languages(rng: &mut Rng, drafts: &[FamilyDraft]) -> Languages {
    let guardian_total: usize = drafts.iter().map(|d| d.guardians.len()).sum();
    let mut language: Vec<Vec<&'static str>> = drafts
        .iter()
        .map(|d| vec!["nl"; d.guardians.len()])
        .collect();
    let mut interpreter: Vec<Vec<bool>> = drafts
        .iter()
        .map(|d| vec![false; d.guardians.len()])
        .collect();
    let mut keyed: Vec<(f64, usize, usize)> = Vec::new();
    for (fi, d) in drafts.iter().enumerate() {
        for (gi, g) in d.guardians.iter().enumerate() {
            let w = pool(g.origin).other_language_weight;
            let key = rng.weighted_key(w);
            if key.is_finite() {
                keyed.push((key, fi, gi));
            }
        }
    }
    keyed.sort_by(|a, b| b.0.total_cmp(&a.0));
    keyed.truncate(quota(0.06, guardian_total));
    let mut chosen: Vec<(f64, usize, usize)> = keyed
        .iter()
        .map(|&(_, fi, gi)| {
            let g = &drafts[fi].guardians[gi];
            language[fi][gi] = pool(g.origin).language;
            (rng.weighted_key(pool(g.origin).interpreter_weight), fi, gi)
        })
        .collect();
    chosen.sort_by(|a, b| b.0.total_cmp(&a.0));
    let needing = chosen.len().div_ceil(2);
    for &(_, fi, gi) in chosen.iter().take(needing) {
        interpreter[fi][gi] = true;
    }
    Languages {
        language,
        interpreter,
    }
}

/// Per family and guardian: true for a guardian without an e-mail address. Another language,
/// old age and a recent arrival make it likelier.
pub(super) fn without_email(
    rng: &mut Rng,
    drafts: &[FamilyDraft],
    languages: &Languages,
) -> Vec<Vec<bool>> {
    let guardian_total: usize = drafts.iter().map(|d| d.guardians.len()).sum();
    let mut no_email: Vec<Vec<bool>> = drafts
        .iter()
        .map(|d| vec![false; d.guardians.len()])
        .collect();
    let mut keyed: Vec<(f64, usize, usize)> = Vec::new();
    for (fi, d) in drafts.iter().enumerate() {
        for (gi, g) in d.guardians.iter().enumerate() {
            let mut w = 1.0;
            if languages.language[fi][gi] != "nl" {
                w *= 4.0;
            }
            if g.elder {
                w *= 4.0;
            }
            if matches!(
                g.origin,
                Origin::Syrian | Origin::Eritrean | Origin::Somali | Origin::Ukrainian
            ) {
                w *= 2.0;
            }
            keyed.push((rng.weighted_key(w), fi, gi));
        }
    }
    keyed.sort_by(|a, b| b.0.total_cmp(&a.0));
    let wanted = quota(0.03, guardian_total);
    let mut marked = 0;
    // The first pick makes a whole family reachable by phone only: the showcase
    // hard-to-reach family.
    if let Some(&(_, fi, _)) = keyed.first() {
        if wanted > 0 {
            for flag in &mut no_email[fi] {
                *flag = true;
                marked += 1;
            }
        }
    }
    for &(_, fi, gi) in &keyed {
        if marked >= wanted {
            break;
        }
        if !no_email[fi][gi] {
            no_email[fi][gi] = true;
            marked += 1;
        }
    }
    no_email
}
