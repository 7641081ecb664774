//! The embed options: parsed and validated here, and nowhere else. (Over 400 lines: half of it is
//! the tests of each option's good and bad values, kept beside the parser they hold.)
//!
//! A partner sets options as element attributes, as `data-` attributes on the script tag
//! (page-wide defaults), or as an object given to `RecoveryGuide.mount`. Every value is text from
//! outside: each bad value is rejected with one warning naming the option, its default is used,
//! and nothing a partner passes is ever treated as HTML.

use crate::content::{self, values, Locale, RegionCode};

/// The option table partners' tools read (the release's types and manifest); native only.
#[cfg(not(target_arch = "wasm32"))]
pub mod spec;

/// The exit page when the partner sets none: neutral, not personalised (as GOV.UK's default).
pub const DEFAULT_EXIT_URL: &str = "https://www.bbc.co.uk/weather";
/// Longest partner text shown (a name or opening hours).
const MAX_TEXT_CHARS: usize = 80;
/// How much of a rejected value a warning repeats.
const ECHO_CHARS: usize = 40;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Section {
    Journey,
    /// "Questions people ask".
    Questions,
    Compare,
    Help,
}

impl Section {
    /// Every section, in the default order.
    pub const ALL: [Section; 4] = [
        Section::Journey,
        Section::Questions,
        Section::Compare,
        Section::Help,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Section::Journey => "journey",
            Section::Questions => "questions",
            Section::Compare => "compare",
            Section::Help => "help",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Audience {
    /// The reader is the person who uses opioids.
    Myself,
    /// The reader supports someone they care about.
    LovedOne,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Theme {
    /// Follow the reader's `prefers-color-scheme`.
    #[default]
    Auto,
    Light,
    Dark,
}

impl Theme {
    pub fn as_str(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }
}

/// A partner's number: `dial` (E.164 or a short code) goes in the href, `display` is shown as the
/// partner wrote it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Phone {
    pub dial: String,
    pub display: String,
}

impl Phone {
    /// Read aloud digit by digit, group by group, in the partner's own groups
    /// ("+1 (800) 555-0100" → "1, 8 0 0, 5 5 5, 0 1 0 0"): a voice would otherwise read "800" as a
    /// quantity, in any language.
    pub fn spoken(&self) -> String {
        crate::content::read_digits(&self.display)
    }
}

/// The partner's own helpline, shown first when given. Every field is validated plain text.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct PartnerLine {
    pub name: Option<String>,
    /// For a `tel:` link.
    pub phone: Option<Phone>,
    /// For an `sms:` link.
    pub sms: Option<Phone>,
    /// An https URL.
    pub url: Option<String>,
    pub hours: Option<String>,
}

impl PartnerLine {
    fn has_contact(&self) -> bool {
        self.phone.is_some() || self.sms.is_some() || self.url.is_some()
    }
}

/// Everything an instance of the guide is configured with.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Options {
    pub locale: Locale,
    pub region: RegionCode,
    pub sections: Vec<Section>,
    pub audience: Option<Audience>,
    pub partner: Option<PartnerLine>,
    pub exit_url: String,
    pub quick_exit: bool,
    /// Off: the page forbids WebAssembly (the glue frames the guide at once, without probing; a
    /// guide running here never sees it off, but the value is checked and warned about here).
    pub webassembly: bool,
    pub theme: Theme,
    /// The id of a journey step or a question to open first.
    pub start: Option<&'static str>,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            locale: Locale::En,
            region: RegionCode::Us,
            sections: Section::ALL.to_vec(),
            audience: None,
            partner: None,
            exit_url: DEFAULT_EXIT_URL.to_string(),
            quick_exit: true,
            webassembly: true,
            theme: Theme::Auto,
            start: None,
        }
    }
}

/// Why one option's value was not used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Warning {
    pub option: &'static str,
    pub message: String,
}

impl std::fmt::Display for Warning {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "Recovery Guide: option \"{}\": {}",
            self.option, self.message
        )
    }
}

/// The option names a partner may set, in their attribute spelling.
pub const OPTION_NAMES: [&str; 15] = [
    "locale",
    "region",
    "sections",
    "audience",
    "helpline-name",
    "helpline-phone",
    "helpline-sms",
    "helpline-url",
    "helpline-hours",
    "exit-url",
    "quick-exit",
    "theme",
    "start",
    "webassembly",
    "mount",
];

/// `helplinePhone` and `data-helpline-phone` both mean `helpline-phone`.
pub fn canonical_name(name: &str) -> Option<&'static str> {
    let name = name.strip_prefix("data-").unwrap_or(name);
    let mut kebab = String::with_capacity(name.len() + 4);
    for c in name.chars() {
        if c.is_ascii_uppercase() {
            kebab.push('-');
            kebab.push(c.to_ascii_lowercase());
        } else {
            kebab.push(c);
        }
    }
    OPTION_NAMES.iter().copied().find(|n| *n == kebab)
}

/// Parses raw option values. Later pairs win over earlier ones, so callers pass page-wide defaults
/// first and the element's own attributes after. `page_lang` is the nearest `lang` of the page.
pub fn parse(raw: &[(String, String)], page_lang: Option<&str>) -> (Options, Vec<Warning>) {
    let mut p = Parser::default();
    let value = |name: &str| {
        raw.iter()
            .rev()
            .find(|(n, _)| canonical_name(n) == Some(name))
            .map(|(_, v)| v.trim())
    };
    let locale = p.locale(value("locale"), page_lang);
    let partner = PartnerLine {
        name: value("helpline-name").and_then(|v| p.plain_text("helpline-name", v)),
        phone: value("helpline-phone").and_then(|v| p.phone("helpline-phone", v)),
        sms: value("helpline-sms").and_then(|v| p.phone("helpline-sms", v)),
        url: value("helpline-url").and_then(|v| p.https_url("helpline-url", v)),
        hours: value("helpline-hours").and_then(|v| p.plain_text("helpline-hours", v)),
    };
    let options = Options {
        locale,
        region: value("region").map_or(RegionCode::Us, |v| p.region(v)),
        sections: value("sections").map_or(Section::ALL.to_vec(), |v| p.sections(v)),
        audience: value("audience").and_then(|v| p.audience(v)),
        partner: p.partner(partner),
        exit_url: value("exit-url")
            .and_then(|v| p.https_url("exit-url", v))
            .unwrap_or_else(|| DEFAULT_EXIT_URL.to_string()),
        quick_exit: value("quick-exit").is_none_or(|v| p.on_off("quick-exit", v)),
        webassembly: value("webassembly").is_none_or(|v| p.on_off("webassembly", v)),
        theme: value("theme").map_or(Theme::Auto, |v| p.theme(v)),
        start: value("start").and_then(|v| p.start(v)),
    };
    (options, p.warnings)
}

#[derive(Default)]
struct Parser {
    warnings: Vec<Warning>,
}

impl Parser {
    fn warn(&mut self, option: &'static str, value: &str, why: &str) {
        self.warnings.push(Warning {
            option,
            message: format!("{} is {why}", echo(value)),
        });
    }

    fn locale(&mut self, value: Option<&str>, page_lang: Option<&str>) -> Locale {
        let from_page = page_lang.and_then(locale_from_tag).unwrap_or(Locale::En);
        match value {
            None | Some("") => from_page,
            Some(v) => locale_from_tag(v).unwrap_or_else(|| {
                self.warn(
                    "locale",
                    v,
                    "not a supported locale (en, es, fr); using the page's language",
                );
                from_page
            }),
        }
    }

    fn region(&mut self, value: &str) -> RegionCode {
        let lower = value.to_ascii_lowercase();
        RegionCode::ALL
            .into_iter()
            .find(|r| r.as_str() == lower)
            .unwrap_or_else(|| {
                self.warn(
                    "region",
                    value,
                    "not a region (us, uk, ca, au, nz, ie); using us",
                );
                RegionCode::Us
            })
    }

    fn sections(&mut self, value: &str) -> Vec<Section> {
        let mut sections = Vec::new();
        for word in value.split([',', ' ']).filter(|w| !w.is_empty()) {
            let lower = word.to_ascii_lowercase();
            match Section::ALL.into_iter().find(|s| s.as_str() == lower) {
                Some(s) if !sections.contains(&s) => sections.push(s),
                Some(_) => {}
                None => self.warn(
                    "sections",
                    word,
                    "not a section (journey, questions, compare, help); left out",
                ),
            }
        }
        if sections.is_empty() {
            self.warn("sections", value, "empty of known sections; showing all");
            return Section::ALL.to_vec();
        }
        sections
    }

    fn audience(&mut self, value: &str) -> Option<Audience> {
        match value.to_ascii_lowercase().as_str() {
            "self" => Some(Audience::Myself),
            "loved-one" => Some(Audience::LovedOne),
            "" | "ask" => None,
            _ => {
                self.warn(
                    "audience",
                    value,
                    "not an audience (self, loved-one); the guide will ask",
                );
                None
            }
        }
    }

    fn on_off(&mut self, option: &'static str, value: &str) -> bool {
        match value.to_ascii_lowercase().as_str() {
            "on" | "" => true,
            "off" => false,
            _ => {
                self.warn(option, value, "not on or off; using on");
                true
            }
        }
    }

    fn theme(&mut self, value: &str) -> Theme {
        match value.to_ascii_lowercase().as_str() {
            "auto" | "" => Theme::Auto,
            "light" => Theme::Light,
            "dark" => Theme::Dark,
            _ => {
                self.warn(
                    "theme",
                    value,
                    "not a theme (auto, light, dark); using auto",
                );
                Theme::Auto
            }
        }
    }

    fn start(&mut self, value: &str) -> Option<&'static str> {
        match content::START_IDS.iter().find(|id| **id == value) {
            Some(id) => Some(id),
            None => {
                self.warn(
                    "start",
                    value,
                    "not the id of a journey step or a question; starting collapsed",
                );
                None
            }
        }
    }

    /// Short text shown as text: no markup, no control characters, not too long.
    fn plain_text(&mut self, option: &'static str, value: &str) -> Option<String> {
        if value.is_empty() {
            return None;
        }
        if value
            .chars()
            .any(|c| matches!(c, '<' | '>') || c.is_control())
        {
            self.warn(
                option,
                value,
                "not plain text (it has markup or control characters); not shown",
            );
            return None;
        }
        if value.chars().count() > MAX_TEXT_CHARS {
            self.warn(option, value, "longer than 80 characters; not shown");
            return None;
        }
        Some(value.to_string())
    }

    /// A number in international form (+ and country code) or a short code, for a `tel:` or
    /// `sms:` href. Spaces, dots, dashes and brackets are allowed and dropped.
    fn phone(&mut self, option: &'static str, value: &str) -> Option<Phone> {
        match values::dialable(value) {
            Some(dial) => Some(Phone {
                dial,
                display: value.to_string(),
            }),
            None => {
                self.warn(
                    option,
                    value,
                    "not a phone number in international form (like +1 800 555 0100) or a short code; not shown",
                );
                None
            }
        }
    }

    fn https_url(&mut self, option: &'static str, value: &str) -> Option<String> {
        match values::is_https_url(value).then(|| value.to_string()) {
            Some(url) => Some(url),
            None => {
                self.warn(option, value, "not an https:// address; not used");
                None
            }
        }
    }

    fn partner(&mut self, line: PartnerLine) -> Option<PartnerLine> {
        if line.has_contact() {
            Some(line)
        } else if line.name.is_some() || line.hours.is_some() {
            self.warn(
                "helpline-name",
                line.name.as_deref().unwrap_or_default(),
                "given without a valid helpline-phone, helpline-sms or helpline-url; not shown",
            );
            None
        } else {
            None
        }
    }
}

/// `es-MX` → Spanish. Only the primary language subtag counts.
pub fn locale_from_tag(tag: &str) -> Option<Locale> {
    let primary = tag.split(['-', '_']).next()?.to_ascii_lowercase();
    Locale::ALL.into_iter().find(|l| l.as_str() == primary)
}

/// A rejected value, quoted and cut short, for a warning.
fn echo(value: &str) -> String {
    let short: String = value
        .chars()
        .take(ECHO_CHARS)
        .filter(|c| !c.is_control())
        .collect();
    if value.chars().count() > ECHO_CHARS {
        format!("\"{short}…\"")
    } else {
        format!("\"{short}\"")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn raw(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(n, v)| (n.to_string(), v.to_string()))
            .collect()
    }

    fn parse_one(name: &str, value: &str) -> (Options, Vec<Warning>) {
        parse(&raw(&[(name, value)]), None)
    }

    fn warned_once(name: &str, value: &str) -> Options {
        let (options, warnings) = parse_one(name, value);
        assert_eq!(
            warnings.len(),
            1,
            "{name}={value:?} should warn once: {warnings:?}"
        );
        assert_eq!(warnings[0].option, name);
        options
    }

    /// The values a warning's parentheses list (sorted), as a partner reads them in the console.
    fn listed(name: &str, value: &str) -> Vec<String> {
        let (_, warnings) = parse_one(name, value);
        let message = &warnings[0].message;
        let list = message
            .split_once('(')
            .and_then(|(_, rest)| rest.split_once(')'))
            .map_or("", |(list, _)| list);
        let mut values: Vec<String> = list.split(", ").map(str::to_string).collect();
        values.sort();
        values
    }

    #[test]
    fn a_warning_lists_every_value_its_option_takes() {
        let names = |all: &[&str]| {
            let mut names: Vec<String> = all.iter().map(|s| s.to_string()).collect();
            names.sort();
            names
        };
        assert_eq!(
            listed("locale", "xx"),
            names(&Locale::ALL.map(Locale::as_str))
        );
        assert_eq!(
            listed("region", "xx"),
            names(&RegionCode::ALL.map(RegionCode::as_str))
        );
        assert_eq!(
            listed("sections", "xx"),
            names(&Section::ALL.map(Section::as_str))
        );
        let themes = [Theme::Auto, Theme::Light, Theme::Dark].map(Theme::as_str);
        assert_eq!(listed("theme", "xx"), names(&themes));
    }

    #[test]
    fn no_options_gives_the_defaults() {
        let (options, warnings) = parse(&[], None);
        assert_eq!(options, Options::default());
        assert!(warnings.is_empty());
    }

    #[test]
    fn locale_good_bad_and_from_page() {
        assert_eq!(parse_one("locale", "es").0.locale, Locale::Es);
        assert_eq!(parse_one("locale", "ES-mx").0.locale, Locale::Es);
        assert_eq!(parse_one("locale", "fr-CA").0.locale, Locale::Fr);
        assert_eq!(warned_once("locale", "de").locale, Locale::En);
        assert_eq!(parse(&[], Some("es-MX")).0.locale, Locale::Es);
        assert_eq!(parse(&[], Some("de")).0.locale, Locale::En);
        // A bad locale falls back to the page's language, not blindly to English.
        let (options, warnings) = parse(&raw(&[("locale", "klingon")]), Some("es"));
        assert_eq!(options.locale, Locale::Es);
        assert_eq!(warnings.len(), 1);
    }

    #[test]
    fn region_good_and_bad() {
        assert_eq!(parse_one("region", "uk").0.region, RegionCode::Uk);
        assert_eq!(parse_one("region", "NZ").0.region, RegionCode::Nz);
        assert_eq!(warned_once("region", "gb").region, RegionCode::Us);
        assert_eq!(warned_once("region", "<b>us</b>").region, RegionCode::Us);
    }

    #[test]
    fn sections_keep_order_and_drop_bogus_ones() {
        assert_eq!(
            parse_one("sections", "help, journey").0.sections,
            vec![Section::Help, Section::Journey]
        );
        assert_eq!(
            warned_once("sections", "journey,bogus").sections,
            vec![Section::Journey]
        );
        let (options, warnings) = parse_one("sections", "bogus");
        assert_eq!(options.sections, Section::ALL.to_vec());
        assert_eq!(warnings.len(), 2);
        assert!(warnings.iter().all(|w| w.option == "sections"));
    }

    #[test]
    fn audience_good_and_bad() {
        assert_eq!(
            parse_one("audience", "self").0.audience,
            Some(Audience::Myself)
        );
        assert_eq!(
            parse_one("audience", "loved-one").0.audience,
            Some(Audience::LovedOne)
        );
        assert_eq!(warned_once("audience", "everyone").audience, None);
    }

    #[test]
    fn theme_and_quick_exit() {
        assert_eq!(parse_one("theme", "dark").0.theme, Theme::Dark);
        assert_eq!(
            warned_once("theme", "red; background:url(x)").theme,
            Theme::Auto
        );
        assert!(!parse_one("quick-exit", "off").0.quick_exit);
        assert!(warned_once("quick-exit", "maybe").quick_exit);
        assert!(!parse_one("webassembly", "OFF").0.webassembly);
        assert!(warned_once("webassembly", "no").webassembly);
    }

    #[test]
    fn start_must_name_a_step_or_a_question() {
        assert_eq!(parse_one("start", "detox").0.start, Some("detox"));
        assert_eq!(
            parse_one("start", "first-appointment").0.start,
            Some("first-appointment")
        );
        assert_eq!(warned_once("start", "nowhere").start, None);
    }

    #[test]
    fn exit_url_https_only() {
        assert_eq!(
            parse_one("exit-url", "https://example.org/news").0.exit_url,
            "https://example.org/news"
        );
        for bad in [
            "javascript:alert(1)",
            "JaVaScRiPt:alert(1)",
            "data:text/html,<script>alert(1)</script>",
            "http://example.org",
            "https://",
            "https://exa mple.org",
            "https://user@evil.example",
            "https://example.org/\"><script>",
            "//example.org",
        ] {
            assert_eq!(
                warned_once("exit-url", bad).exit_url,
                DEFAULT_EXIT_URL,
                "{bad}"
            );
        }
    }

    #[test]
    fn partner_line_is_validated_field_by_field() {
        let (options, warnings) = parse(
            &raw(&[
                ("helpline-name", "Acme EAP"),
                ("helpline-phone", "+1 (800) 555-0100"),
                ("helpline-sms", "741741"),
                ("helpline-url", "https://eap.example.com/help"),
                ("helpline-hours", "Mon–Fri 9am–5pm"),
            ]),
            None,
        );
        assert!(warnings.is_empty(), "{warnings:?}");
        let line = options.partner.expect("partner line");
        assert_eq!(line.name.as_deref(), Some("Acme EAP"));
        let phone = line.phone.expect("phone");
        assert_eq!(phone.dial, "+18005550100");
        assert_eq!(phone.display, "+1 (800) 555-0100");
        assert_eq!(phone.spoken(), "1, 8 0 0, 5 5 5, 0 1 0 0");
        assert_eq!(line.sms.expect("sms").dial, "741741");
        assert_eq!(line.url.as_deref(), Some("https://eap.example.com/help"));
        assert_eq!(line.hours.as_deref(), Some("Mon–Fri 9am–5pm"));
    }

    #[test]
    fn markup_in_names_is_never_shown() {
        let (options, warnings) = parse(
            &raw(&[
                ("helpline-name", "<img src=x onerror=alert(1)>"),
                ("helpline-phone", "+18005550100"),
            ]),
            None,
        );
        assert_eq!(warnings.len(), 1);
        assert_eq!(warnings[0].option, "helpline-name");
        let line = options.partner.expect("the number is still good");
        assert_eq!(line.name, None);
        assert_eq!(warned_once("helpline-hours", "9-5\u{0}").partner, None);
        assert_eq!(warned_once("helpline-name", &"a".repeat(81)).partner, None);
    }

    #[test]
    fn bad_phone_numbers_are_rejected() {
        for bad in [
            "call me",
            "555-0100",
            "+0123456789",
            "+1",
            "tel:+18005550100",
            "+1 800 <b>",
        ] {
            assert_eq!(warned_once("helpline-phone", bad).partner, None, "{bad}");
        }
        assert_eq!(
            warned_once("helpline-sms", "javascript:alert(1)").partner,
            None
        );
        assert_eq!(
            warned_once("helpline-url", "javascript:alert(1)").partner,
            None
        );
    }

    #[test]
    fn a_name_without_a_way_to_reach_it_is_not_shown() {
        let (options, warnings) = parse(&raw(&[("helpline-name", "Acme EAP")]), None);
        assert_eq!(options.partner, None);
        assert_eq!(warnings.len(), 1);
    }

    #[test]
    fn element_values_win_over_script_defaults() {
        let (options, _) = parse(&raw(&[("data-region", "uk"), ("region", "au")]), None);
        assert_eq!(options.region, RegionCode::Au);
    }

    #[test]
    fn camel_case_and_data_names_are_the_same_option() {
        assert_eq!(canonical_name("helplinePhone"), Some("helpline-phone"));
        assert_eq!(canonical_name("data-exit-url"), Some("exit-url"));
        assert_eq!(canonical_name("class"), None);
        assert!(!parse_one("quickExit", "off").0.quick_exit);
    }

    #[test]
    fn warnings_name_the_option_and_cut_long_values() {
        let (_, warnings) = parse_one("region", &"x".repeat(500));
        let text = warnings[0].to_string();
        assert!(text.contains("\"region\""), "{text}");
        assert!(text.len() < 200, "{text}");
    }
}
