//! What makes a value valid, one rule per kind of value: the content checks (`schema.rs`), the
//! partner's options (`options`) and the tests all ask here.

/// A number a phone can dial: E.164 (`+` then 7 to 15 digits, not starting 0) or a short code of
/// 3 to 6 digits.
pub fn is_dialable(value: &str) -> bool {
    let digits = |s: &str| s.chars().all(|c| c.is_ascii_digit());
    match value.strip_prefix('+') {
        Some(rest) => (7..=15).contains(&rest.len()) && digits(rest) && !rest.starts_with('0'),
        None => (3..=6).contains(&value.len()) && digits(value),
    }
}

/// An https address with a host and nothing that could break out of an attribute.
pub fn is_https_url(value: &str) -> bool {
    value
        .strip_prefix("https://")
        .is_some_and(|rest| !rest.is_empty() && !rest.starts_with('/'))
        && !value
            .chars()
            .any(|c| c.is_whitespace() || matches!(c, '"' | '\'' | '<' | '>' | '\\'))
}
