//! SplitMix64: a small, fast, seedable generator. The demo school depends on the exact sequence
//! of numbers drawn, so a change here (or in the order of draws anywhere) changes every school.

use time::Date;

pub(in crate::demo) struct Rng(u64);

impl Rng {
    pub(in crate::demo) fn new(seed: u64) -> Self {
        Rng(seed ^ 0x5DEE_CE66_D1CE_4E5B)
    }

    pub(in crate::demo) fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in 0..n (0 when n == 0).
    pub(in crate::demo) fn below(&mut self, n: u64) -> u64 {
        if n == 0 {
            return 0;
        }
        ((self.next_u64() as u128 * n as u128) >> 64) as u64
    }

    pub(in crate::demo) fn index(&mut self, n: usize) -> usize {
        self.below(n as u64) as usize
    }

    /// Uniform in lo..=hi.
    pub(in crate::demo) fn range(&mut self, lo: i64, hi: i64) -> i64 {
        if hi <= lo {
            return lo;
        }
        lo + self.below((hi - lo) as u64 + 1) as i64
    }

    pub(in crate::demo) fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    pub(in crate::demo) fn chance(&mut self, p: f64) -> bool {
        self.unit() < p
    }

    pub(in crate::demo) fn pick<T: Copy>(&mut self, xs: &[T]) -> T {
        xs[self.index(xs.len())]
    }

    pub(in crate::demo) fn shuffle<T>(&mut self, xs: &mut [T]) {
        for i in (1..xs.len()).rev() {
            let j = self.index(i + 1);
            xs.swap(i, j);
        }
    }

    /// Index drawn proportionally to `weights`; uniform if they are all zero.
    pub(in crate::demo) fn weighted(&mut self, weights: &[f64]) -> usize {
        let total: f64 = weights.iter().filter(|w| **w > 0.0).sum();
        if total <= 0.0 {
            return self.index(weights.len());
        }
        let mut x = self.unit() * total;
        for (i, w) in weights.iter().enumerate() {
            if *w > 0.0 {
                if x < *w {
                    return i;
                }
                x -= *w;
            }
        }
        weights.iter().rposition(|w| *w > 0.0).unwrap_or(0)
    }

    /// A random key for weighted sampling without replacement (Efraimidis–Spirakis): take the
    /// items with the largest keys. Weight 0 gives -inf (never chosen before positive weights).
    pub(in crate::demo) fn weighted_key(&mut self, weight: f64) -> f64 {
        if weight <= 0.0 {
            return f64::NEG_INFINITY;
        }
        let u = self.unit().max(1e-300);
        u.ln() / weight
    }

    pub(in crate::demo) fn date_between(&mut self, from: Date, to: Date) -> Date {
        let a = from.to_julian_day();
        let b = to.to_julian_day().max(a);
        Date::from_julian_day(a + self.below((b - a) as u64 + 1) as i32).unwrap_or(from)
    }
}
