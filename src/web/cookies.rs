//! Every cookie the app sets, built in one place: the staff session, the parent session and
//! the language choice. Session cookies are HttpOnly and SameSite=Lax, and `Secure` whenever
//! the app is reached over https.

use axum::http::{header, HeaderMap, HeaderValue};
use axum::response::Response;

pub struct Cookie {
    pub name: &'static str,
    path: &'static str,
    http_only: bool,
    /// None: ends with the browser session.
    max_age: Option<i64>,
}

/// Staff sign-in (the value is a random token; the database holds its hash).
pub const STAFF_SESSION: Cookie = Cookie {
    name: "driehoek_session",
    path: "/",
    http_only: true,
    max_age: None,
};

/// A parent's own view, signed in with a mailed single-use link; sent only to `/ouders`.
pub const PARENT_SESSION: Cookie = Cookie {
    name: "driehoek_parent",
    path: "/ouders",
    http_only: true,
    max_age: None,
};

/// A browser that signed in before (see `auth::devices`); sent only to the sign-in pages.
pub const KNOWN_DEVICE: Cookie = Cookie {
    name: "driehoek_device",
    path: "/sign-in",
    http_only: true,
    max_age: Some(crate::auth::devices::KEEP_SECONDS),
};

/// A sign-in waiting for its second step (the password was right); sent only to sign-in pages.
pub const SIGN_IN_CHALLENGE: Cookie = Cookie {
    name: "driehoek_signin",
    path: "/sign-in",
    http_only: true,
    max_age: None,
};

/// The language switch's choice, for a year.
pub const LANGUAGE: Cookie = Cookie {
    name: "driehoek_lang",
    path: "/",
    http_only: false,
    max_age: Some(31_536_000),
};

impl Cookie {
    /// The `Set-Cookie` value that stores `value`.
    pub fn set(&self, value: &str, secure: bool) -> String {
        self.header(value, self.max_age, secure)
    }

    /// The `Set-Cookie` value that removes the cookie.
    pub fn clear(&self, secure: bool) -> String {
        self.header("", Some(0), secure)
    }

    fn header(&self, value: &str, max_age: Option<i64>, secure: bool) -> String {
        let mut c = format!("{}={value}; Path={}", self.name, self.path);
        if let Some(age) = max_age {
            c.push_str(&format!("; Max-Age={age}"));
        }
        if self.http_only {
            c.push_str("; HttpOnly");
        }
        c.push_str("; SameSite=Lax");
        if secure {
            c.push_str("; Secure");
        }
        c
    }

    /// This cookie's value in a request, if sent and not empty.
    pub fn read(&self, headers: &HeaderMap) -> Option<String> {
        cookie_value(headers, self.name).filter(|v| !v.is_empty())
    }
}

/// Adds a `Set-Cookie` header (appended, so one response can set several cookies).
pub fn add(response: &mut Response, set_cookie: &str) {
    // Cookie values are tokens and codes we made ourselves: always valid header text.
    if let Ok(v) = HeaderValue::from_str(set_cookie) {
        response.headers_mut().append(header::SET_COOKIE, v);
    }
}

pub fn cookie_value(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flags() {
        let c = STAFF_SESSION.set("abc", true);
        assert_eq!(
            c,
            "driehoek_session=abc; Path=/; HttpOnly; SameSite=Lax; Secure"
        );
        assert!(!STAFF_SESSION.set("abc", false).contains("Secure"));
        assert_eq!(
            PARENT_SESSION.clear(false),
            "driehoek_parent=; Path=/ouders; Max-Age=0; HttpOnly; SameSite=Lax"
        );
        assert_eq!(
            LANGUAGE.set("en", false),
            "driehoek_lang=en; Path=/; Max-Age=31536000; SameSite=Lax"
        );
    }

    #[test]
    fn reads_cookies() {
        let mut h = HeaderMap::new();
        h.insert(
            header::COOKIE,
            HeaderValue::from_static("a=1; driehoek_lang=en"),
        );
        assert_eq!(LANGUAGE.read(&h).as_deref(), Some("en"));
        assert_eq!(cookie_value(&h, "missing"), None);
    }
}
