//! Time-based one-time passwords (RFC 6238 over RFC 4226 HOTP with HMAC-SHA1, 30-second steps,
//! six digits: what every authenticator app reads from an `otpauth://` QR code).

use hmac::{Hmac, Mac};
use rand::RngCore;
use sha1::Sha1;

pub const STEP_SECONDS: i64 = 30;
/// Codes of the step before and after are accepted too (clocks drift); never older ones.
const DRIFT_STEPS: i64 = 1;

const BASE32: &[u8; 32] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

/// A new secret: 160 random bits (RFC 4226 §4), base32 as authenticator apps expect it
/// (ASVS 6.5.3: from the operating system's CSPRNG).
pub fn new_secret() -> String {
    let mut bytes = [0u8; 20];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    base32(&bytes)
}

pub fn base32(bytes: &[u8]) -> String {
    let mut out = String::new();
    let (mut buffer, mut bits) = (0u32, 0u32);
    for &b in bytes {
        buffer = (buffer << 8) | u32::from(b);
        bits += 8;
        while bits >= 5 {
            out.push(BASE32[((buffer >> (bits - 5)) & 31) as usize] as char);
            bits -= 5;
        }
    }
    if bits > 0 {
        out.push(BASE32[((buffer << (5 - bits)) & 31) as usize] as char);
    }
    out
}

pub fn base32_decode(text: &str) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    let (mut buffer, mut bits) = (0u32, 0u32);
    for c in text.bytes().filter(|c| *c != b'=') {
        let v = BASE32.iter().position(|&x| x == c.to_ascii_uppercase())? as u32;
        buffer = (buffer << 5) | v;
        bits += 5;
        if bits >= 8 {
            out.push((buffer >> (bits - 8)) as u8);
            bits -= 8;
        }
    }
    Some(out)
}

/// The six-digit code of one time step (HOTP with the step as counter).
pub fn code_at(secret: &[u8], step: i64) -> u32 {
    let mut mac = Hmac::<Sha1>::new_from_slice(secret).expect("HMAC takes any key length");
    mac.update(&step.to_be_bytes());
    let digest = mac.finalize().into_bytes();
    let offset = usize::from(digest[19] & 0x0f);
    let value = u32::from_be_bytes([
        digest[offset] & 0x7f,
        digest[offset + 1],
        digest[offset + 2],
        digest[offset + 3],
    ]);
    value % 1_000_000
}

/// The time step a typed code belongs to, when it is right for now (± one step) and newer than
/// the last code used (`last_step`): a code is good once (ASVS 6.5.1) and for about 30 seconds
/// either side (ASVS 6.5.5).
pub fn matching_step(secret_b32: &str, typed: &str, unix: i64, last_step: i64) -> Option<i64> {
    let digits: String = typed.chars().filter(|c| !c.is_whitespace()).collect();
    if digits.len() != 6 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let typed: u32 = digits.parse().ok()?;
    let secret = base32_decode(secret_b32)?;
    let now = unix.div_euclid(STEP_SECONDS);
    let mut found = None;
    // Every candidate is computed, so the time taken does not tell which one matched.
    for step in (now - DRIFT_STEPS)..=(now + DRIFT_STEPS) {
        if code_at(&secret, step) == typed && step > last_step && found.is_none() {
            found = Some(step);
        }
    }
    found
}

/// Whether a typed text looks like an authenticator code (six digits) rather than a recovery code.
pub fn looks_like_code(typed: &str) -> bool {
    let digits: Vec<char> = typed.chars().filter(|c| !c.is_whitespace()).collect();
    digits.len() == 6 && digits.iter().all(char::is_ascii_digit)
}

/// What the QR code holds (Key Uri Format, understood by every authenticator app).
pub fn otpauth_uri(issuer: &str, account: &str, secret_b32: &str) -> String {
    let enc = |s: &str| crate::error::urlencode(s).replace('+', "%20");
    format!(
        "otpauth://totp/{}:{}?secret={secret_b32}&issuer={}&algorithm=SHA1&digits=6&period=30",
        enc(issuer),
        enc(account),
        enc(issuer)
    )
}

/// The QR code as an inline SVG, drawn on the server (no JavaScript, no third party).
pub fn qr_svg(data: &str) -> Option<String> {
    let code = qrcode::QrCode::new(data.as_bytes()).ok()?;
    Some(
        code.render::<qrcode::render::svg::Color<'_>>()
            .min_dimensions(200, 200)
            .quiet_zone(true)
            .build(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rfc_6238_test_vectors() {
        // RFC 6238 appendix B (SHA-1, secret "12345678901234567890"), last six digits.
        let secret = b"12345678901234567890";
        for (t, code) in [
            (59, 287_082),
            (1_111_111_109, 81_804),
            (1_234_567_890, 5_924),
            (2_000_000_000, 279_037),
        ] {
            assert_eq!(code_at(secret, t / 30), code, "t={t}");
        }
    }

    #[test]
    fn base32_round_trips() {
        assert_eq!(
            base32(b"12345678901234567890"),
            "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"
        );
        let s = new_secret();
        assert_eq!(s.len(), 32);
        assert_eq!(base32_decode(&s).unwrap().len(), 20);
    }

    #[test]
    fn a_code_is_good_once_and_only_near_its_time() {
        let secret = base32(b"12345678901234567890");
        let at = 1_111_111_109;
        assert_eq!(matching_step(&secret, "081804", at, 0), Some(at / 30));
        assert_eq!(matching_step(&secret, "081 804", at + 30, 0), Some(at / 30));
        // Used already: refused.
        assert_eq!(matching_step(&secret, "081804", at, at / 30), None);
        // Two steps later: too old.
        assert_eq!(matching_step(&secret, "081804", at + 61, 0), None);
        assert_eq!(matching_step(&secret, "81804", at, 0), None);
        assert!(looks_like_code("123 456") && !looks_like_code("ABCD-EFGH"));
    }

    #[test]
    fn the_qr_code_is_an_svg() {
        let uri = otpauth_uri("Driehoek OBS", "a@b.nl", "GEZDGNBV");
        assert!(uri.starts_with("otpauth://totp/Driehoek%20OBS:a%40b.nl?secret=GEZDGNBV"));
        assert!(qr_svg(&uri).unwrap().contains("<svg"));
    }
}
