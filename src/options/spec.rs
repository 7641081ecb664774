//! The options as a partner's tools see them: each option's name, the values the parser accepts,
//! its default and what it does. The release's `recovery-guide.d.ts` and `custom-elements.json`
//! are written from this table (`tools/types.rs`, then `tools/types.mjs`), and the tests below
//! hold the table to the parser beside it: every name is one the parser reads, every value listed
//! parses without a warning, and a value not listed is refused. So the types cannot drift from
//! what the guide does. Built natively only: the guide itself never needs it.

use super::{parse, Audience, Section, Theme, DEFAULT_EXIT_URL};
use crate::content::{self, Locale, RegionCode};

/// What an option takes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Values {
    /// One of these.
    OneOf(Vec<&'static str>),
    /// Any of these, comma-separated, in the order wanted.
    ListOf(Vec<&'static str>),
    /// Plain text (never HTML), at most this many characters.
    Text(usize),
    /// A phone number in international form or a short code.
    Phone,
    /// An `https://` address.
    Https,
}

/// One option: its attribute name, what it takes, its default (`None`: unset), and a line for
/// people.
#[derive(Debug, Clone)]
pub struct Spec {
    pub name: &'static str,
    pub values: Values,
    pub default: Option<&'static str>,
    pub doc: &'static str,
    /// Only on the script tag (`data-mount`), not on the element.
    pub script_only: bool,
}

fn spec(
    name: &'static str,
    values: Values,
    default: Option<&'static str>,
    doc: &'static str,
) -> Spec {
    Spec {
        name,
        values,
        default,
        doc,
        script_only: false,
    }
}

/// The ids `start` accepts: every journey step, then every question (the build's one list).
fn start_ids() -> Vec<&'static str> {
    content::START_IDS.to_vec()
}

fn audience_name(a: Audience) -> &'static str {
    match a {
        Audience::Myself => "self",
        Audience::LovedOne => "loved-one",
    }
}

/// Every option, in the parser's order.
pub fn specs() -> Vec<Spec> {
    let theme = [Theme::Auto, Theme::Light, Theme::Dark].map(Theme::as_str);
    vec![
        spec(
            "locale",
            Values::OneOf(Locale::ALL.iter().map(|l| l.as_str()).collect()),
            None,
            "The guide's language; unset, the nearest lang of the page, else English.",
        ),
        spec(
            "region",
            Values::OneOf(RegionCode::ALL.iter().map(|r| r.as_str()).collect()),
            Some(RegionCode::default().as_str()),
            "Whose helplines, emergency number and facts the guide shows.",
        ),
        spec(
            "sections",
            Values::ListOf(Section::ALL.iter().map(|s| s.as_str()).collect()),
            None,
            "Which sections to show, in this order; unset, all of them.",
        ),
        spec(
            "audience",
            Values::OneOf(vec![
                audience_name(Audience::Myself),
                audience_name(Audience::LovedOne),
            ]),
            None,
            "Who is reading; unset, the guide asks.",
        ),
        spec(
            "helpline-name",
            Values::Text(super::MAX_TEXT_CHARS),
            None,
            "Your own helpline's name, shown first in the help section.",
        ),
        spec(
            "helpline-phone",
            Values::Phone,
            None,
            "Your helpline's number to call.",
        ),
        spec(
            "helpline-sms",
            Values::Phone,
            None,
            "Your helpline's number to text.",
        ),
        spec(
            "helpline-url",
            Values::Https,
            None,
            "Your helpline's web page.",
        ),
        spec(
            "helpline-hours",
            Values::Text(super::MAX_TEXT_CHARS),
            None,
            "When your helpline answers.",
        ),
        spec(
            "exit-url",
            Values::Https,
            Some(DEFAULT_EXIT_URL),
            "Where quick exit takes the reader.",
        ),
        spec(
            "quick-exit",
            Values::OneOf(vec!["on", "off"]),
            Some("on"),
            "The \"Exit this page\" button and the Shift key pressed three times.",
        ),
        spec(
            "theme",
            Values::OneOf(theme.to_vec()),
            Some(Theme::default().as_str()),
            "Light or dark; auto follows the reader's setting.",
        ),
        spec(
            "start",
            Values::OneOf(start_ids()),
            None,
            "A journey step or a question to open first.",
        ),
        spec(
            "webassembly",
            Values::OneOf(vec!["on", "off"]),
            Some("on"),
            "off: your page's policy forbids WebAssembly, so the guide opens in a frame from its own site at once, without the check that would send your CSP endpoint a report on every page view.",
        ),
        Spec {
            script_only: true,
            ..spec(
                "mount",
                Values::OneOf(vec!["elements"]),
                None,
                "On the script tag only (data-mount): render only into <recovery-guide> elements, not where the script stands.",
            )
        },
    ]
}

/// Whether the parser takes `value` for option `name` without a warning. (A partner line's name
/// or hours is shown only with a way to reach it, so those are given with a number.)
pub fn parses_cleanly(name: &str, value: &str) -> bool {
    let mut raw = vec![(name.to_string(), value.to_string())];
    if matches!(name, "helpline-name" | "helpline-hours") {
        raw.push(("helpline-phone".to_string(), "+1 800 555 0100".to_string()));
    }
    parse(&raw, None).1.is_empty()
}

#[cfg(test)]
mod tests {
    use super::super::OPTION_NAMES;
    use super::*;

    /// Each value the table lists for `spec`, as a partner would write it.
    fn listed_values(spec: &Spec) -> Vec<String> {
        match &spec.values {
            Values::OneOf(values) => values.iter().map(|v| v.to_string()).collect(),
            Values::ListOf(values) => vec![values.join(","), values[0].to_string()],
            Values::Text(_) => vec!["Acme Support Line".to_string()],
            Values::Phone => vec!["+1 800 555 0100".to_string()],
            Values::Https => vec!["https://example.org/help".to_string()],
        }
    }

    #[test]
    fn the_table_names_every_option_the_parser_reads_in_its_order() {
        let names: Vec<&str> = specs().iter().map(|s| s.name).collect();
        assert_eq!(names, OPTION_NAMES);
    }

    #[test]
    fn every_value_the_table_lists_parses_without_a_warning() {
        for spec in specs().iter().filter(|s| !s.script_only) {
            for value in listed_values(spec) {
                assert!(parses_cleanly(spec.name, &value), "{}={value}", spec.name);
            }
            if let Some(default) = spec.default {
                assert!(parses_cleanly(spec.name, default), "{} default", spec.name);
            }
        }
    }

    #[test]
    fn a_value_the_table_does_not_list_is_refused() {
        for spec in specs().iter().filter(|s| !s.script_only) {
            let bad: String = match spec.values {
                Values::OneOf(_) | Values::ListOf(_) => "not-a-value".to_string(),
                Values::Text(max) => "x".repeat(max + 1),
                Values::Phone => "call me".to_string(),
                Values::Https => "http://example.org".to_string(),
            };
            assert!(!parses_cleanly(spec.name, &bad), "{}={bad}", spec.name);
        }
    }
}
