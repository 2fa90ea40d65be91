//! An in-process SMTP sink for tests: a small SMTP server on 127.0.0.1 (plain SMTP, no TLS, no
//! auth; the commands lettre sends), keeping every message it accepts. Parsing helpers use
//! `mail-parser`.

use std::net::TcpListener;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use mail_parser::{MessageParser, MimeHeaders};
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};

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

/// The sink. Its server thread lives until the test process ends.
#[derive(Clone)]
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
        listener.set_nonblocking(true).unwrap();
        let port = listener.local_addr().unwrap().port();
        let mails = Arc::new(Mutex::new(Vec::new()));
        let kept = mails.clone();
        // Its own thread and runtime, so the sink outlives the test runtime that started it.
        std::thread::Builder::new()
            .name(format!("smtp-sink-{port}"))
            .spawn(move || {
                let rt = tokio::runtime::Builder::new_current_thread()
                    .enable_all()
                    .build()
                    .expect("sink runtime");
                rt.block_on(async move {
                    let listener = tokio::net::TcpListener::from_std(listener).unwrap();
                    while let Ok((socket, _)) = listener.accept().await {
                        tokio::spawn(session(socket, kept.clone(), reject));
                    }
                });
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

/// One client connection: greeting, then commands until QUIT. Message text is dot-unstuffed.
async fn session(
    socket: tokio::net::TcpStream,
    mails: Arc<Mutex<Vec<ReceivedMail>>>,
    reject: bool,
) {
    let (read, mut write) = socket.into_split();
    let mut read = BufReader::new(read);
    if write.write_all(b"220 sink.test ESMTP\r\n").await.is_err() {
        return;
    }
    let (mut from, mut to) = (String::new(), Vec::new());
    let mut line = Vec::new();
    loop {
        line.clear();
        if !matches!(read.read_until(b'\n', &mut line).await, Ok(n) if n > 0) {
            return;
        }
        let command = String::from_utf8_lossy(&line).trim_end().to_string();
        let verb = command
            .split([' ', ':'])
            .next()
            .unwrap_or("")
            .to_ascii_uppercase();
        let answer: &[u8] = match verb.as_str() {
            "EHLO" => b"250-sink.test\r\n250-8BITMIME\r\n250 SMTPUTF8\r\n",
            "HELO" | "NOOP" => b"250 OK\r\n",
            "RSET" => {
                (from, to) = (String::new(), Vec::new());
                b"250 OK\r\n"
            }
            "MAIL" => {
                from = address(&command);
                to.clear();
                b"250 OK\r\n"
            }
            "RCPT" if reject => b"550 Mailbox unavailable\r\n",
            "RCPT" => {
                to.push(address(&command));
                b"250 OK\r\n"
            }
            "DATA" => {
                if write
                    .write_all(b"354 End data with <CR><LF>.<CR><LF>\r\n")
                    .await
                    .is_err()
                {
                    return;
                }
                let mut raw = Vec::new();
                loop {
                    line.clear();
                    if !matches!(read.read_until(b'\n', &mut line).await, Ok(n) if n > 0) {
                        return;
                    }
                    if line == b".\r\n" || line == b".\n" {
                        break;
                    }
                    raw.extend_from_slice(line.strip_prefix(b".").unwrap_or(&line));
                }
                mails.lock().unwrap().push(ReceivedMail {
                    from: std::mem::take(&mut from),
                    to: std::mem::take(&mut to),
                    raw,
                });
                b"250 OK queued\r\n"
            }
            "QUIT" => {
                let _ = write.write_all(b"221 Bye\r\n").await;
                return;
            }
            _ => b"502 Command not implemented\r\n",
        };
        if write.write_all(answer).await.is_err() {
            return;
        }
    }
}

/// The address inside `MAIL FROM:<a@b> BODY=8BITMIME` or `RCPT TO:<a@b>`.
fn address(command: &str) -> String {
    command
        .split_once('<')
        .and_then(|(_, rest)| rest.split_once('>'))
        .map(|(a, _)| a.to_string())
        .unwrap_or_default()
}
