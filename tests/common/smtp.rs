//! An in-process SMTP sink for tests: `mailin-embedded` on 127.0.0.1 (plain SMTP, no TLS, no
//! auth), keeping every message it accepts. Parsing helpers use `mail-parser`.

use std::net::TcpListener;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use mail_parser::{MessageParser, MimeHeaders};
use mailin_embedded::response::{self, Response};
use mailin_embedded::{Handler, Server, SslConfig};

/// One message as the sink received it: envelope sender and recipients, and the raw bytes.
#[derive(Clone, Debug)]
pub struct ReceivedMail {
    pub from: String,
    pub to: Vec<String>,
    pub raw: Vec<u8>,
}

impl ReceivedMail {
    fn parsed(&self) -> mail_parser::Message<'_> {
        MessageParser::default()
            .parse(&self.raw)
            .expect("the sink received a parsable message")
    }

    /// The decoded text of the first part with this content type (attachments included).
    fn part_text(&self, ctype: &str, subtype: &str) -> Option<String> {
        let msg = self.parsed();
        msg.parts
            .iter()
            .find(|p| p.is_content_type(ctype, subtype))
            .map(|p| match p.text_contents() {
                Some(t) => t.to_string(),
                None => String::from_utf8_lossy(p.contents()).into_owned(),
            })
    }

    pub fn subject(&self) -> Option<String> {
        self.parsed().subject().map(str::to_string)
    }

    /// The text/plain part, decoded.
    pub fn text(&self) -> Option<String> {
        self.part_text("text", "plain")
    }

    /// The text/html part, decoded.
    pub fn html(&self) -> Option<String> {
        self.part_text("text", "html")
    }

    /// The Message-ID without angle brackets, e.g. `driehoek-outbox-3@127.0.0.1`.
    pub fn message_id(&self) -> Option<String> {
        self.parsed().message_id().map(str::to_string)
    }

    /// The value of a top-level header, as raw text (trimmed).
    pub fn header(&self, name: &str) -> Option<String> {
        self.parsed().header_raw(name).map(|v| v.trim().to_string())
    }

    /// The Content-Type of the text/calendar part as `text/calendar; name=value; …` (parameter
    /// names lowercase, values unquoted), if there is one.
    pub fn ics_content_type(&self) -> Option<String> {
        let msg = self.parsed();
        let part = msg
            .parts
            .iter()
            .find(|p| p.is_content_type("text", "calendar"))?;
        let ct = part.content_type()?;
        let mut out = format!("{}/{}", ct.ctype(), ct.subtype().unwrap_or(""));
        for a in ct.attributes().unwrap_or(&[]) {
            out.push_str(&format!("; {}={}", a.name.to_ascii_lowercase(), a.value));
        }
        Some(out)
    }

    /// The text/calendar part, decoded, if any.
    pub fn ics(&self) -> Option<String> {
        self.part_text("text", "calendar")
    }

    /// The first http(s) link in the text part.
    pub fn link(&self) -> Option<String> {
        first_link(&self.text()?)
    }
}

/// The first http(s) URL in a text; stops at whitespace, quotes, angle brackets and the
/// invisible isolation marks Fluent puts around placeholders.
pub fn first_link(text: &str) -> Option<String> {
    let start = match (text.find("http://"), text.find("https://")) {
        (Some(a), Some(b)) => a.min(b),
        (a, b) => a.or(b)?,
    };
    let url: String = text[start..]
        .chars()
        .take_while(|c| {
            !c.is_whitespace() && !matches!(c, '"' | '<' | '>' | '\u{2068}' | '\u{2069}')
        })
        .collect();
    Some(url)
}

#[derive(Clone)]
struct Collector {
    mails: Arc<Mutex<Vec<ReceivedMail>>>,
    current: Option<ReceivedMail>,
    /// Refuse every recipient with 550 (a permanent error).
    reject: bool,
}

impl Handler for Collector {
    fn rcpt(&mut self, _to: &str) -> Response {
        if self.reject {
            response::NO_MAILBOX
        } else {
            response::OK
        }
    }

    fn data_start(&mut self, _domain: &str, from: &str, _is8bit: bool, to: &[String]) -> Response {
        self.current = Some(ReceivedMail {
            from: from.to_string(),
            to: to.to_vec(),
            raw: Vec::new(),
        });
        response::OK
    }

    fn data(&mut self, buf: &[u8]) -> std::io::Result<()> {
        if let Some(m) = self.current.as_mut() {
            m.raw.extend_from_slice(buf);
        }
        Ok(())
    }

    fn data_end(&mut self) -> Response {
        if let Some(m) = self.current.take() {
            self.mails.lock().unwrap().push(m);
        }
        response::OK
    }
}

/// The sink. Its server thread lives until the test process ends.
pub struct SmtpSink {
    port: u16,
    mails: Arc<Mutex<Vec<ReceivedMail>>>,
}

impl SmtpSink {
    pub fn start() -> SmtpSink {
        Self::start_with(false)
    }

    /// A server that answers every recipient with "550 Mailbox unavailable".
    pub fn start_rejecting() -> SmtpSink {
        Self::start_with(true)
    }

    fn start_with(reject: bool) -> SmtpSink {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind SMTP sink");
        let port = listener.local_addr().unwrap().port();
        let mails = Arc::new(Mutex::new(Vec::new()));
        let handler = Collector {
            mails: mails.clone(),
            current: None,
            reject,
        };
        std::thread::Builder::new()
            .name(format!("smtp-sink-{port}"))
            .spawn(move || {
                let mut server = Server::new(handler);
                server
                    .with_name("sink.test")
                    .with_ssl(SslConfig::None)
                    .expect("no TLS")
                    // Each pooled client connection holds a thread while it stays open.
                    .with_num_threads(16)
                    .with_tcp_listener(listener);
                // The error type is not Send: report it here instead of returning it.
                if let Err(e) = server.serve() {
                    eprintln!("SMTP sink on port {port} stopped: {e}");
                }
            })
            .expect("start SMTP sink thread");
        SmtpSink { port, mails }
    }

    /// The URL for `DRIEHOEK_SMTP_URL`: `smtp://` without `?tls=` is plain SMTP in lettre.
    pub fn url(&self) -> String {
        format!("smtp://127.0.0.1:{}", self.port)
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    pub fn mails(&self) -> Vec<ReceivedMail> {
        self.mails.lock().unwrap().clone()
    }

    pub fn mails_to(&self, addr: &str) -> Vec<ReceivedMail> {
        let addr = addr.to_ascii_lowercase();
        self.mails()
            .into_iter()
            .filter(|m| m.to.iter().any(|t| t.to_ascii_lowercase() == addr))
            .collect()
    }

    /// Waits until at least `count` mails to `addr` have arrived; panics after `timeout`.
    pub async fn wait_for(&self, addr: &str, count: usize, timeout: Duration) -> Vec<ReceivedMail> {
        let deadline = Instant::now() + timeout;
        loop {
            let mails = self.mails_to(addr);
            if mails.len() >= count {
                return mails;
            }
            if Instant::now() >= deadline {
                panic!(
                    "expected {count} mail(s) to {addr} within {timeout:?}, got {}",
                    mails.len()
                );
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }
}

/// A local port with nothing listening on it (bound, then released).
pub fn closed_port() -> u16 {
    let l = TcpListener::bind("127.0.0.1:0").unwrap();
    l.local_addr().unwrap().port()
}
