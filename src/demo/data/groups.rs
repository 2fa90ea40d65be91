//! How many children each family has, how many seats each grade has, which grade each child is
//! in (siblings in different grades, twins together), and the groups those children form.

use super::rng::Rng;
use super::DemoGroup;

/// Maximum pupils per group when splitting a grade into parallel groups.
pub(super) const MAX_GROUP: usize = 28;

/// Seats per grade (index 1..=8) and children per family.
pub(super) struct Capacities {
    pub(super) seats: [usize; 9],
    pub(super) children: Vec<usize>,
}

/// The standard school: two kindergarten groups of about 50 together, grades 3–8 of 23–27,
/// 192–216 pupils in all.
pub(super) fn standard_capacities(rng: &mut Rng) -> Capacities {
    let mut caps = [0usize; 9];
    let kg = rng.range(46, 54) as usize;
    caps[2] = ((kg / 2) as i64 + rng.range(-2, 2)).clamp(0, kg as i64) as usize;
    caps[1] = kg - caps[2];
    for cap in caps.iter_mut().skip(3) {
        *cap = rng.range(23, 27) as usize;
    }
    let mut total: usize = caps.iter().sum();
    while total < 192 {
        let g = rng.range(3, 8) as usize;
        if caps[g] < 27 {
            caps[g] += 1;
            total += 1;
        }
    }
    while total > 216 {
        let g = rng.range(3, 8) as usize;
        if caps[g] > 23 {
            caps[g] -= 1;
            total -= 1;
        }
    }
    // 70% one child, 25% two, 5% three: about 1.35 children per family, exactly
    // filling the seats.
    let families = (total as f64 / 1.35).round() as usize;
    let threes = quota(0.05, families);
    let twos = total.saturating_sub(families + 2 * threes);
    let ones = families.saturating_sub(twos + threes);
    let mut ks: Vec<usize> = [(1usize, ones), (2, twos), (3, threes)]
        .iter()
        .flat_map(|&(k, n)| std::iter::repeat_n(k, n))
        .collect();
    rng.shuffle(&mut ks);
    Capacities {
        seats: caps,
        children: ks,
    }
}

/// A school of `families` families (load tests): the children spread over the grades, with some
/// unevenness between year cohorts.
pub(super) fn sized_capacities(rng: &mut Rng, families: usize) -> Capacities {
    let mut caps = [0usize; 9];
    let ks: Vec<usize> = (0..families).map(|_| children_count(rng)).collect();
    let total: usize = ks.iter().sum();
    let base = total / 8;
    for cap in caps.iter_mut().skip(1) {
        *cap = base;
    }
    let mut grades: Vec<usize> = (1..=8).collect();
    rng.shuffle(&mut grades);
    for g in grades.iter().take(total % 8) {
        caps[*g] += 1;
    }
    // Some unevenness between year cohorts.
    for _ in 0..8 {
        let a = rng.range(1, 8) as usize;
        let b = rng.range(1, 8) as usize;
        let d = (rng.below(base as u64 / 12 + 1) as usize).min(caps[a]);
        caps[a] -= d;
        caps[b] += d;
    }
    Capacities {
        seats: caps,
        children: ks,
    }
}

pub(super) fn quota(rate: f64, n: usize) -> usize {
    (rate * n as f64).round() as usize
}

/// Number of children in a family: 70% one, 25% two, 5% three.
fn children_count(rng: &mut Rng) -> usize {
    let x = rng.unit();
    if x < 0.70 {
        1
    } else if x < 0.95 {
        2
    } else {
        3
    }
}

/// The grades of each family's children, oldest first: siblings in different grades (twins
/// share one), bigger families placed first while seats are free.
pub(super) fn child_grades(rng: &mut Rng, caps: &Capacities, twins: &[bool]) -> Vec<Vec<i64>> {
    let ks = &caps.children;
    let mut rem = caps.seats;
    let mut child_grades: Vec<Vec<i64>> = vec![Vec::new(); ks.len()];
    let mut order: Vec<usize> = (0..ks.len()).collect();
    order.sort_by_key(|&i| std::cmp::Reverse(ks[i])); // stable: bigger families first
    for &fi in &order {
        let mut chosen: Vec<usize> = Vec::new();
        for c in 0..ks[fi] {
            if twins[fi] && c == 1 {
                let g = chosen[0];
                rem[g] = rem[g].saturating_sub(1);
                chosen.push(g);
                continue;
            }
            let need = if twins[fi] && c == 0 { 2 } else { 1 };
            let mut weights: Vec<f64> = (1..=8)
                .map(|g| {
                    if chosen.contains(&g) || rem[g] < need {
                        0.0
                    } else {
                        rem[g] as f64
                    }
                })
                .collect();
            if weights.iter().all(|w| *w <= 0.0) {
                // Over capacity: any grade not yet taken by a sibling.
                weights = (1..=8)
                    .map(|g| if chosen.contains(&g) { 0.0 } else { 1.0 })
                    .collect();
            }
            let g = rng.weighted(&weights) + 1;
            rem[g] = rem[g].saturating_sub(1);
            chosen.push(g);
        }
        chosen.sort_unstable_by(|a, b| b.cmp(a)); // oldest first
        child_grades[fi] = chosen.into_iter().map(|g| g as i64).collect();
    }
    child_grades
}

/// The groups (without teachers yet) and each child's group index, per family. The standard
/// school has two combined kindergarten groups 1/2 and one group per grade 3–8; a sized school
/// splits grades into parallel groups of at most `MAX_GROUP`.
pub(super) fn form_groups(
    rng: &mut Rng,
    child_grades: &[Vec<i64>],
    sized: bool,
) -> (Vec<DemoGroup>, Vec<Vec<usize>>) {
    let mut by_grade: Vec<Vec<(usize, usize)>> = vec![Vec::new(); 9];
    for (fi, gs) in child_grades.iter().enumerate() {
        for (ci, g) in gs.iter().enumerate() {
            by_grade[*g as usize].push((fi, ci));
        }
    }
    let mut groups: Vec<DemoGroup> = Vec::new();
    let mut child_group: Vec<Vec<usize>> =
        child_grades.iter().map(|gs| vec![0; gs.len()]).collect();
    // Kindergarten: combined groups 1/2.
    {
        let mut g2 = by_grade[2].clone();
        let mut g1 = by_grade[1].clone();
        rng.shuffle(&mut g2);
        rng.shuffle(&mut g1);
        let n = g1.len() + g2.len();
        let m = if sized {
            n.div_ceil(MAX_GROUP).max(1)
        } else {
            2
        };
        let first = groups.len();
        for i in 0..m {
            let name = if m == 1 {
                "1/2".to_string()
            } else {
                format!("1/2{}", letter_suffix(i))
            };
            groups.push(DemoGroup {
                name,
                grade: 1,
                grades: vec![1, 2],
                teacher_indexes: Vec::new(),
            });
        }
        for (j, (fi, ci)) in g2.into_iter().chain(g1).enumerate() {
            child_group[fi][ci] = first + j % m;
        }
    }
    for (g, grade_members) in by_grade.iter().enumerate().skip(3) {
        let mut members = grade_members.clone();
        rng.shuffle(&mut members);
        let m = if sized {
            members.len().div_ceil(MAX_GROUP).max(1)
        } else {
            1
        };
        let first = groups.len();
        for i in 0..m {
            let name = if m == 1 {
                g.to_string()
            } else {
                format!("{g}{}", letter_suffix(i))
            };
            groups.push(DemoGroup {
                name,
                grade: g as i64,
                grades: vec![g as i64],
                teacher_indexes: Vec::new(),
            });
        }
        for (j, (fi, ci)) in members.into_iter().enumerate() {
            child_group[fi][ci] = first + j % m;
        }
    }
    (groups, child_group)
}

/// Bijective base-26 suffix: 0 -> "A", 25 -> "Z", 26 -> "AA".
pub(super) fn letter_suffix(mut i: usize) -> String {
    let mut s = Vec::new();
    loop {
        s.push(b'A' + (i % 26) as u8);
        if i < 26 {
            break;
        }
        i = i / 26 - 1;
    }
    s.reverse();
    String::from_utf8(s).unwrap_or_default()
}
