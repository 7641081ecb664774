//! What makes a value valid, one rule per kind of value: the content checks (`schema.rs`), the
//! partner's options (`options`) and the tests all ask here.

/// Longest web address accepted.
pub const MAX_URL_CHARS: usize = 2048;

/// A number as a phone dials it: `+1 (800) 555-0100` → `+18005550100` (E.164: `+` then 7 to 15
/// digits, not starting 0); `988` → `988` (a short code: 3 to 6 digits, written bare). `None` for
/// anything else.
pub fn dialable(value: &str) -> Option<String> {
    let (plus, rest) = match value.strip_prefix('+') {
        Some(rest) => (true, rest),
        None => (false, value),
    };
    if !rest
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, ' ' | '-' | '.' | '(' | ')'))
    {
        return None;
    }
    let digits: String = rest.chars().filter(char::is_ascii_digit).collect();
    let ok = if plus {
        (7..=15).contains(&digits.len()) && !digits.starts_with('0')
    } else {
        (3..=6).contains(&digits.len()) && digits.len() == rest.len()
    };
    ok.then(|| {
        let mut number = String::with_capacity(digits.len() + 1);
        if plus {
            number.push('+');
        }
        number.push_str(&digits);
        number
    })
}

/// A number already in the form a phone dials (as content must write `tel` and `sms`): E.164, a
/// short code, or a national freephone or local-rate number.
pub fn is_dialable(value: &str) -> bool {
    dialable(value).as_deref() == Some(value) || is_national_non_geographic(value)
}

/// Numbers that can be called only from inside their country, by prefix and length in digits:
/// freephone 1800 (Australia, Ireland) and local-rate 1300 (Australia), 10 digits (11 would be a
/// North American 1-800 number, written in E.164); freephone 0800 and 0808 (New Zealand, the UK).
const NATIONAL_ONLY: [(&str, usize, usize); 4] = [
    ("1800", 10, 10),
    ("1300", 10, 10),
    ("0800", 10, 11),
    ("0808", 10, 11),
];

/// A freephone or local-rate number written bare, as the services and the facts sheets print it
/// (`1800250015`): the form every phone in its country dials. With a country code it gains no
/// reader (it cannot be called from abroad) and risks a network that will not connect it.
fn is_national_non_geographic(value: &str) -> bool {
    value.bytes().all(|b| b.is_ascii_digit())
        && NATIONAL_ONLY.iter().any(|(prefix, min, max)| {
            value.starts_with(prefix) && (*min..=*max).contains(&value.len())
        })
}

/// An absolute `https://` address with a host, and no characters that could break out of an
/// attribute or smuggle a second scheme or a user name.
pub fn is_https_url(value: &str) -> bool {
    if value.len() > MAX_URL_CHARS {
        return false;
    }
    let lower = value.to_ascii_lowercase();
    let Some(rest) = lower.strip_prefix("https://") else {
        return false;
    };
    let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
    let host_ok = !host.is_empty()
        && !host.contains('@')
        && host
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':'));
    let chars_ok = value.chars().all(|c| {
        !c.is_whitespace() && !c.is_control() && !matches!(c, '"' | '\'' | '<' | '>' | '\\' | '`')
    });
    host_ok && chars_ok
}

#[cfg(test)]
mod tests {
    use super::{dialable, is_dialable, is_https_url};

    #[test]
    fn phones_are_e164_or_short_codes() {
        assert_eq!(
            dialable("+1 (800) 555-0100").as_deref(),
            Some("+18005550100")
        );
        assert_eq!(dialable("988").as_deref(), Some("988"));
        for bad in [
            "+0123456789",
            "12",
            "1234567",
            "9 8 8",
            "+1 800 CALL",
            "tel:988",
            "",
        ] {
            assert_eq!(dialable(bad), None, "{bad}");
        }
        assert!(is_dialable("+18006624357") && is_dialable("116123"));
        for national in ["1800250015", "1300131340", "0800787797", "1800459459"] {
            assert!(is_dialable(national), "{national}");
        }
        // A sourced number with its last digit cut: too short to be one.
        let cut = &"1800250015"[..9];
        for bad in [
            "1800 250 015",
            cut,
            "03001236600",
            "18006624357",
            "0800-787-797",
        ] {
            assert!(!is_dialable(bad), "{bad}");
        }
        assert!(
            !is_dialable("+1 800 662 4357"),
            "content writes the dialled form"
        );
    }

    #[test]
    fn addresses_are_https_with_a_host_and_nothing_that_breaks_out() {
        assert!(is_https_url("https://findtreatment.gov"));
        assert!(is_https_url("https://988lifeline.org/es/chat?x=1#y"));
        for bad in [
            "http://a.org",
            "https://",
            "https:///path",
            "https://user@evil.org",
            "https://a.org/\"onmouseover",
            "https://a.org/ x",
            "javascript:alert(1)",
            "https://a.org/`",
        ] {
            assert!(!is_https_url(bad), "{bad}");
        }
    }
}
