//! Families as schools meet them: two parents, separated parents (sometimes with a new partner),
//! single parents, foster parents, grandparents and other relatives with guardianship. Each
//! family gets its guardians and the name its children carry.

use super::groups::quota;
use super::names::{adult, family_name, gendered, masculine, pick_non_dutch_origin, pick_origin};
use super::rng::Rng;
use super::tables::{pool, Origin};
use crate::domain::{PersonName, Relationship};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Situation {
    Together,
    Separated,
    Blended,
    Single,
    Foster,
    Grandparent,
    Kin,
}

impl Situation {
    pub(super) fn label(self) -> &'static str {
        match self {
            Situation::Together => "two_parents",
            Situation::Separated => "separated",
            Situation::Blended => "separated_with_stepparent",
            Situation::Single => "single_parent",
            Situation::Foster => "foster",
            Situation::Grandparent => "grandparent",
            Situation::Kin => "kinship_carer",
        }
    }
}

pub(super) struct GuardianDraft {
    pub(super) name: PersonName,
    pub(super) origin: Origin,
    pub(super) elder: bool,
    pub(super) relationship: Relationship,
    pub(super) parental_authority: bool,
    pub(super) own_household: bool,
    pub(super) receives_invitations: bool,
}

impl GuardianDraft {
    fn new(name: PersonName, origin: Origin, relationship: Relationship) -> Self {
        GuardianDraft {
            name,
            origin,
            elder: false,
            relationship,
            parental_authority: true,
            own_household: false,
            receives_invitations: true,
        }
    }
}

/// The background and family name the children of a family carry.
pub(super) struct ChildName {
    pub(super) origin: Origin,
    pub(super) prefix: String,
    pub(super) last: String,
}

pub(super) struct FamilyDraft {
    pub(super) situation: Situation,
    pub(super) guardians: Vec<GuardianDraft>,
    pub(super) child: ChildName,
}

/// Each family's situation: mostly two parents together, then separated (some with a new
/// partner), single parents, foster, grandparent and kinship care in fixed shares.
pub(super) fn situations(rng: &mut Rng, family_count: usize) -> Vec<Situation> {
    let mut situations = vec![Situation::Together; family_count];
    let mut idx: Vec<usize> = (0..family_count).collect();
    rng.shuffle(&mut idx);
    let mut it = idx.into_iter();
    let separated = quota(0.12, family_count);
    let blended = quota(0.03, family_count).min(separated);
    let plan = [
        (Situation::Blended, blended),
        (Situation::Separated, separated - blended),
        (Situation::Single, quota(0.08, family_count)),
        (Situation::Foster, quota(0.013, family_count)),
        (Situation::Grandparent, quota(0.007, family_count)),
        (Situation::Kin, quota(0.007, family_count)),
    ];
    for (s, n) in plan {
        for _ in 0..n {
            if let Some(i) = it.next() {
                situations[i] = s;
            }
        }
    }
    situations
}

/// Each family's background, then its guardians and children's name.
pub(super) fn drafts(rng: &mut Rng, situations: &[Situation]) -> Vec<FamilyDraft> {
    let origins: Vec<Origin> = (0..situations.len()).map(|_| pick_origin(rng)).collect();
    let mut drafts: Vec<FamilyDraft> = Vec::with_capacity(situations.len());
    for (&planned, &origin) in situations.iter().zip(&origins) {
        let mut situation = planned;
        // Many Ukrainian refugee children live here with their mother only.
        if origin == Origin::Ukrainian && situation == Situation::Together && rng.chance(0.5) {
            situation = Situation::Single;
        }
        drafts.push(family_draft(rng, situation, origin));
    }
    drafts
}

fn family_draft(rng: &mut Rng, situation: Situation, origin: Origin) -> FamilyDraft {
    let (guardians, child) = match situation {
        Situation::Together | Situation::Separated | Situation::Blended => {
            parents(rng, situation, origin)
        }
        Situation::Single => single_parent(rng, origin),
        Situation::Foster => foster_parents(rng, origin),
        Situation::Grandparent => grandparents(rng, origin),
        Situation::Kin => kinship_carers(rng, origin),
    };
    FamilyDraft {
        situation,
        guardians,
        child,
    }
}

/// Two parents, together or separated; sometimes of two backgrounds.
fn parents(rng: &mut Rng, situation: Situation, origin: Origin) -> (Vec<GuardianDraft>, ChildName) {
    let mixed = rng.chance(0.08);
    let other_origin = if origin == Origin::Dutch {
        pick_non_dutch_origin(rng)
    } else {
        Origin::Dutch
    };
    if situation == Situation::Together && rng.chance(0.015) {
        same_sex_couple(rng, origin, if mixed { other_origin } else { origin })
    } else {
        mother_and_father(rng, situation, origin, mixed, other_origin)
    }
}

/// Two mothers, sometimes two fathers; the children carry the first parent's name.
fn same_sex_couple(
    rng: &mut Rng,
    origin: Origin,
    partner_origin: Origin,
) -> (Vec<GuardianDraft>, ChildName) {
    let female = rng.chance(0.7);
    let rel = if female {
        Relationship::Mother
    } else {
        Relationship::Father
    };
    let a = adult(rng, origin, female, false);
    let b = adult(rng, partner_origin, female, false);
    let child = ChildName {
        origin,
        prefix: a.name_prefix.clone(),
        last: a.last_name.clone(),
    };
    let guardians = vec![
        GuardianDraft::new(a, origin, rel),
        GuardianDraft::new(b, partner_origin, rel),
    ];
    (guardians, child)
}

/// Mother and father. Separated, one of them lives elsewhere (usually the father); a new partner
/// in the primary household has no authority and gets no invitations.
fn mother_and_father(
    rng: &mut Rng,
    situation: Situation,
    origin: Origin,
    mixed: bool,
    other_origin: Origin,
) -> (Vec<GuardianDraft>, ChildName) {
    let father_origin = origin;
    let mother_origin = if mixed { other_origin } else { origin };
    let father = adult(rng, father_origin, false, false);
    let mut mother = adult(rng, mother_origin, true, false);
    for _ in 0..10 {
        // Patronymic names: avoid parents who seem to share a father.
        if mother.last_name != father.last_name || !pool(mother_origin).patronymic {
            break;
        }
        mother = adult(rng, mother_origin, true, false);
    }
    if !mixed && !pool(origin).patronymic && rng.chance(0.15) {
        // Uses her partner's name.
        mother.name_prefix = father.name_prefix.clone();
        mother.last_name = gendered(&father.last_name, true);
    }
    let child_origin = if mixed && rng.chance(0.35) {
        mother_origin
    } else {
        father_origin
    };
    let child = if pool(father_origin).patronymic {
        ChildName {
            origin: child_origin,
            prefix: String::new(),
            last: father.first_name.clone(),
        }
    } else {
        ChildName {
            origin: child_origin,
            prefix: father.name_prefix.clone(),
            last: father.last_name.clone(),
        }
    };
    let mut m = GuardianDraft::new(mother, mother_origin, Relationship::Mother);
    let mut f = GuardianDraft::new(father, father_origin, Relationship::Father);
    let mother_primary = situation == Situation::Together || rng.chance(0.8);
    if situation != Situation::Together {
        if mother_primary {
            f.own_household = true;
        } else {
            m.own_household = true;
        }
    }
    let (primary, secondary) = if mother_primary { (m, f) } else { (f, m) };
    let primary_female = primary.relationship == Relationship::Mother;
    let primary_origin = primary.origin;
    let mut guardians = Vec::new();
    if situation == Situation::Together && rng.chance(0.3) {
        guardians.push(secondary);
        guardians.push(primary);
    } else {
        guardians.push(primary);
        guardians.push(secondary);
    }
    if situation == Situation::Blended {
        // The new partner in the primary household: no authority, no invitations.
        let step_origin = if rng.chance(0.8) {
            primary_origin
        } else {
            Origin::Dutch
        };
        let step = adult(rng, step_origin, !primary_female, false);
        let mut g = GuardianDraft::new(step, step_origin, Relationship::Other);
        g.parental_authority = false;
        g.receives_invitations = false;
        guardians.push(g);
    }
    (guardians, child)
}

/// One parent, mostly a mother; her children may carry their father's name.
fn single_parent(rng: &mut Rng, origin: Origin) -> (Vec<GuardianDraft>, ChildName) {
    let female = rng.chance(0.85);
    let parent = adult(rng, origin, female, false);
    let (prefix, last) = if female && rng.chance(0.5) {
        if pool(origin).patronymic {
            (String::new(), rng.pick(pool(origin).men).to_string())
        } else {
            family_name(rng, origin)
        }
    } else if pool(origin).patronymic {
        let last = if female {
            rng.pick(pool(origin).men).to_string()
        } else {
            parent.first_name.clone()
        };
        (String::new(), last)
    } else {
        (parent.name_prefix.clone(), masculine(&parent.last_name))
    };
    let relationship = if female {
        Relationship::Mother
    } else {
        Relationship::Father
    };
    let guardians = vec![GuardianDraft::new(parent, origin, relationship)];
    (
        guardians,
        ChildName {
            origin,
            prefix,
            last,
        },
    )
}

/// Foster parents care for the child; parental authority lies elsewhere (a certified
/// institution or the birth parents), but they are invited.
fn foster_parents(rng: &mut Rng, origin: Origin) -> (Vec<GuardianDraft>, ChildName) {
    // Foster parents: mostly long-settled families.
    let foster_origin = match rng.below(100) {
        0..=84 => Origin::Dutch,
        85..=91 => Origin::Surinamese,
        92..=95 => Origin::Moroccan,
        _ => Origin::Turkish,
    };
    let (prefix, last) = family_name(rng, origin);
    let mut guardians = Vec::new();
    let mut a = GuardianDraft::new(
        adult(rng, foster_origin, true, false),
        foster_origin,
        Relationship::Foster,
    );
    a.parental_authority = false;
    guardians.push(a);
    if rng.chance(0.7) {
        let mut b = GuardianDraft::new(
            adult(rng, foster_origin, false, false),
            foster_origin,
            Relationship::Foster,
        );
        b.parental_authority = false;
        guardians.push(b);
    }
    (
        guardians,
        ChildName {
            origin,
            prefix,
            last,
        },
    )
}

/// A grandmother (sometimes with grandfather) who has guardianship (voogdij).
fn grandparents(rng: &mut Rng, origin: Origin) -> (Vec<GuardianDraft>, ChildName) {
    let grandpa = adult(rng, origin, false, true);
    let grandma = adult(rng, origin, true, true);
    let (prefix, last) = if !pool(origin).patronymic && rng.chance(0.6) {
        (grandpa.name_prefix.clone(), grandpa.last_name.clone())
    } else {
        family_name(rng, origin)
    };
    let with_grandpa = rng.chance(0.5);
    let mut guardians = Vec::new();
    let mut a = GuardianDraft::new(grandma, origin, Relationship::Grandparent);
    a.elder = true;
    guardians.push(a);
    if with_grandpa {
        let mut b = GuardianDraft::new(grandpa, origin, Relationship::Grandparent);
        b.elder = true;
        guardians.push(b);
    }
    (
        guardians,
        ChildName {
            origin,
            prefix,
            last,
        },
    )
}

/// An aunt who is the child's legal guardian (voogd), sometimes with her partner.
fn kinship_carers(rng: &mut Rng, origin: Origin) -> (Vec<GuardianDraft>, ChildName) {
    let (prefix, last) = family_name(rng, origin);
    let mut guardians = vec![GuardianDraft::new(
        adult(rng, origin, true, false),
        origin,
        Relationship::Carer,
    )];
    if rng.chance(0.5) {
        let mut b = GuardianDraft::new(
            adult(rng, origin, false, false),
            origin,
            Relationship::Other,
        );
        b.parental_authority = false;
        b.receives_invitations = false;
        guardians.push(b);
    }
    (
        guardians,
        ChildName {
            origin,
            prefix,
            last,
        },
    )
}
