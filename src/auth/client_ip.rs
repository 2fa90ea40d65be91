//! The client's address for throttling. Behind a reverse proxy (and every https deployment has
//! one) the TCP peer is the proxy, so the proxy's `X-Forwarded-For` is read, but only when the
//! peer is a configured trusted proxy: anyone else could write any address into that header.

use std::net::IpAddr;

use axum::http::HeaderMap;
use ipnet::IpNet;

fn trusted(ip: &IpAddr, proxies: &[IpNet]) -> bool {
    proxies.iter().any(|net| net.contains(ip))
}

/// The right-most address in `X-Forwarded-For` that is not a trusted proxy (each proxy appends
/// the address it saw, so everything left of the first untrusted hop may be forged).
/// An unreadable entry stops the walk at the last trusted hop.
pub fn client_ip(peer: IpAddr, headers: &HeaderMap, proxies: &[IpNet]) -> IpAddr {
    if !trusted(&peer, proxies) {
        return peer;
    }
    let hops: Vec<&str> = headers
        .get_all("x-forwarded-for")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .map(str::trim)
        .collect();
    let mut client = peer;
    for hop in hops.iter().rev() {
        let Ok(ip) = hop.parse::<IpAddr>() else {
            return client;
        };
        client = ip;
        if !trusted(&ip, proxies) {
            return ip;
        }
    }
    client
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    fn ip(s: &str) -> IpAddr {
        s.parse().unwrap()
    }

    fn xff(v: &'static str) -> HeaderMap {
        let mut h = HeaderMap::new();
        h.insert("x-forwarded-for", HeaderValue::from_static(v));
        h
    }

    #[test]
    fn forwarded_addresses_count_only_from_trusted_proxies() {
        let proxies = crate::config::parse_proxies("10.0.0.0/8");
        // An untrusted peer's header is ignored.
        assert_eq!(
            client_ip(ip("203.0.113.9"), &xff("198.51.100.1"), &proxies),
            ip("203.0.113.9")
        );
        assert_eq!(
            client_ip(ip("203.0.113.9"), &xff("198.51.100.1"), &[]),
            ip("203.0.113.9")
        );
        // Through the proxy: the right-most untrusted hop; a forged left part does not matter.
        assert_eq!(
            client_ip(
                ip("10.0.0.2"),
                &xff("1.2.3.4, 198.51.100.7, 10.0.0.5"),
                &proxies
            ),
            ip("198.51.100.7")
        );
        // No header, or garbage: the proxy (or last trusted hop) itself.
        assert_eq!(
            client_ip(ip("10.0.0.2"), &HeaderMap::new(), &proxies),
            ip("10.0.0.2")
        );
        assert_eq!(
            client_ip(ip("10.0.0.2"), &xff("nonsense, 10.0.0.9"), &proxies),
            ip("10.0.0.9")
        );
    }
}
