//! The shapes of the content. `build.rs` fills them from the content files.

/// A language the guide speaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Locale {
    #[default]
    En,
    Es,
}

impl Locale {
    pub const ALL: [Locale; 2] = [Locale::En, Locale::Es];

    /// The BCP 47 tag, as used in options and `lang` attributes.
    pub fn as_str(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::Es => "es",
        }
    }
}

/// A region pack: its emergency number and its helplines.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum RegionCode {
    #[default]
    Us,
    Uk,
    Ca,
    Au,
    Nz,
    Ie,
}

impl RegionCode {
    pub const ALL: [RegionCode; 6] = [
        RegionCode::Us,
        RegionCode::Uk,
        RegionCode::Ca,
        RegionCode::Au,
        RegionCode::Nz,
        RegionCode::Ie,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            RegionCode::Us => "us",
            RegionCode::Uk => "uk",
            RegionCode::Ca => "ca",
            RegionCode::Au => "au",
            RegionCode::Nz => "nz",
            RegionCode::Ie => "ie",
        }
    }
}

/// A way to reach help: a number to call or text, or a web address. `tel` and `sms` are E.164 or
/// short codes; `display` is the number as printed (read aloud by `spoken`). `source` is an address
/// or a name in the region's locale.
#[derive(Debug, PartialEq, Eq)]
pub struct Line {
    pub id: &'static str,
    pub name: &'static str,
    pub tel: Option<&'static str>,
    pub sms: Option<&'static str>,
    pub url: Option<&'static str>,
    pub display: &'static str,
    pub source: &'static str,
    /// When the line was last checked against the facts sheets.
    pub last_reviewed: &'static str,
}

impl Line {
    /// How a screen reader says the line: the number digit by digit, or a web address as shown.
    pub fn spoken(&self) -> String {
        if self.tel.is_some() || self.sms.is_some() {
            super::read_digits(self.display)
        } else {
            self.display.to_string()
        }
    }

    /// The number to call. The build guarantees one for the help bar's lines.
    pub fn tel_href(&self) -> String {
        format!("tel:{}", self.tel.unwrap_or_default())
    }
}

#[derive(Debug, PartialEq, Eq, Clone, Copy)]
pub enum TierKind {
    Emergency,
    Crisis,
    Treatment,
}

impl TierKind {
    pub fn as_str(self) -> &'static str {
        match self {
            TierKind::Emergency => "emergency",
            TierKind::Crisis => "crisis",
            TierKind::Treatment => "treatment",
        }
    }
}

/// How an action reaches its line.
#[derive(Debug, PartialEq, Eq, Clone, Copy)]
pub enum Via {
    Call,
    Text,
    Web,
}

/// A tappable link in a help tier: "Call {number}", "Text AYUDA to {number}", "Chat at {number}".
#[derive(Debug)]
pub struct Action {
    pub line: &'static Line,
    pub via: Via,
    /// Contains `{number}`.
    pub label: &'static str,
    /// The text message to pre-fill, for `Via::Text`.
    pub body: Option<&'static str>,
    pub note: Option<&'static str>,
    /// What a screen reader says, with `{number}`: "Call the SAMHSA National Helpline, {number}".
    pub name: &'static str,
}

impl Action {
    /// The link's accessible name, the number in its spoken form.
    pub fn accessible_name(&self) -> String {
        super::fill(self.name, &[("number", &self.line.spoken())])
    }

    /// `tel:`, `sms:` or `https:` — from content the build has checked.
    pub fn href(&self) -> String {
        match self.via {
            Via::Call => format!("tel:{}", self.line.tel.unwrap_or_default()),
            Via::Text => match self.body {
                Some(body) => format!("sms:{}?&body={}", self.line.sms.unwrap_or_default(), body),
                None => format!("sms:{}", self.line.sms.unwrap_or_default()),
            },
            Via::Web => self.line.url.unwrap_or_default().to_string(),
        }
    }
}

#[derive(Debug)]
pub struct TierList {
    pub title: &'static str,
    pub items: &'static [&'static str],
    /// Steps to take in this order: shown numbered.
    pub ordered: bool,
}

/// One card of help, headed by the action to take.
#[derive(Debug)]
pub struct Tier {
    pub kind: TierKind,
    pub heading: &'static str,
    pub body: &'static str,
    pub lists: &'static [TierList],
    pub actions: &'static [Action],
}

#[derive(Debug)]
pub struct Region {
    pub code: &'static str,
    pub locale: &'static str,
    pub name: &'static str,
    /// When the region's lines must next be re-checked against their sources.
    pub next_review: &'static str,
    pub lines: &'static [Line],
    pub main_helpline: &'static Line,
    pub emergency: &'static Line,
    /// The lines the journey's "Reach out" step offers (the main helpline unless the region
    /// names lines that find treatment).
    pub reach_out: &'static [&'static Line],
    pub tiers: &'static [Tier],
}

impl Region {
    /// Every line the help bar and tiers show, once each, in order of appearance.
    pub fn lines_shown(&self) -> Vec<&'static Line> {
        let mut lines: Vec<&'static Line> = vec![self.main_helpline, self.emergency];
        let actions = self
            .tiers
            .iter()
            .flat_map(|t| t.actions.iter().map(|a| a.line));
        for line in self.reach_out.iter().copied().chain(actions) {
            if !lines.iter().any(|l| l.id == line.id) {
                lines.push(line);
            }
        }
        lines
    }
}

/// Words of the interface itself: labels, notices, quick exit, the privacy promise.
#[derive(Debug)]
pub struct Ui {
    pub author: &'static str,
    pub last_reviewed: &'static str,
    pub next_review: &'static str,
    pub guide_label: &'static str,
    pub helpbar_label: &'static str,
    pub helpbar_call: &'static str,
    /// Contains `{number}`.
    pub helpbar_overdose: &'static str,
    pub fallback_notice: &'static str,
    pub quick_exit: &'static str,
    pub quick_exit_hint: &'static str,
    /// Contains `{n}`: the presses still needed.
    pub quick_exit_presses: &'static str,
    pub quick_exit_leaving: &'static str,
    pub sources: &'static str,
    pub last_reviewed_label: &'static str,
    pub next_review_label: &'static str,
    pub reviewed_by: &'static str,
    pub privacy_title: &'static str,
    pub privacy: &'static [&'static str],
    pub safety_title: &'static str,
    pub safety: &'static [&'static str],
    /// January to December.
    pub months: &'static [&'static str],
    /// How a date reads, with `{day}`, `{month}` and `{year}`.
    pub date_pattern: &'static str,
}

/// A step's words for one reader: the person themself, or someone who cares about them.
#[derive(Debug)]
pub struct StepText {
    pub what: &'static str,
    pub ask: &'static str,
    pub time: Option<&'static str>,
    pub now: &'static str,
    pub warning: Option<&'static str>,
}

/// An "or" branch within a step.
#[derive(Debug)]
pub struct Choice {
    pub title: &'static str,
    pub me: &'static str,
    pub loved_one: &'static str,
}

#[derive(Debug)]
pub struct Step {
    pub id: &'static str,
    pub title: &'static str,
    /// Ends "what you can do now" with the region's helpline.
    pub call_now: bool,
    pub sources: &'static [&'static str],
    pub last_reviewed: &'static str,
    pub next_review: &'static str,
    pub me: StepText,
    pub loved_one: StepText,
    pub choices: &'static [Choice],
}

#[derive(Debug)]
pub struct Journey {
    pub title: &'static str,
    pub intro: &'static str,
    pub show_all: &'static str,
    pub hide_all: &'static str,
    pub show: &'static str,
    pub hide: &'static str,
    pub step: &'static str,
    pub or: &'static str,
    pub audience_legend: &'static str,
    pub audience_self: &'static str,
    pub audience_loved_one: &'static str,
    pub what: &'static str,
    pub ask: &'static str,
    pub time: &'static str,
    pub now: &'static str,
    pub sources: &'static str,
    pub steps: &'static [Step],
}

#[derive(Debug)]
pub struct CompareOption {
    pub id: &'static str,
    pub name: &'static str,
}

#[derive(Debug)]
pub struct CompareRow {
    pub question: &'static str,
    /// A United States rule: shown only in the `us` region.
    pub us_only: bool,
    /// One cell per option, in the options' order.
    pub cells: &'static [&'static str],
}

#[derive(Debug)]
pub struct Grid {
    pub id: &'static str,
    pub title: &'static str,
    pub caption: &'static str,
    pub question_header: &'static str,
    pub sources: &'static [&'static str],
    pub last_reviewed: &'static str,
    pub next_review: &'static str,
    pub options: &'static [CompareOption],
    pub rows: &'static [CompareRow],
}

#[derive(Debug)]
pub struct Compare {
    pub title: &'static str,
    pub intro: &'static str,
    pub stance: &'static str,
    pub pick_legend: &'static str,
    pub pick_first: &'static str,
    pub pick_second: &'static str,
    pub us_only: &'static str,
    pub sources: &'static str,
    pub grids: &'static [Grid],
}

#[derive(Debug)]
pub struct HelpText {
    pub title: &'static str,
    pub intro: &'static str,
    pub urgency_emergency: &'static str,
    pub urgency_crisis: &'static str,
    pub urgency_treatment: &'static str,
    /// Shown in every region's emergency tier: the signs are the same everywhere.
    pub overdose_signs_title: &'static str,
    pub overdose_signs: &'static [&'static str],
    /// Contains `{name}`.
    pub partner_heading: &'static str,
    pub partner_default_name: &'static str,
    pub partner_body: &'static str,
    pub partner_call: &'static str,
    /// Contains `{name}` and `{number}`: the partner call link's accessible name.
    pub partner_call_name: &'static str,
    pub partner_text: &'static str,
    pub partner_text_name: &'static str,
    pub partner_web: &'static str,
    pub partner_hours: &'static str,
    pub phone_bill: &'static str,
}

/// Everything the guide says in one locale.
#[derive(Debug)]
pub struct Guide {
    pub locale: &'static str,
    pub ui: Ui,
    pub journey: Journey,
    pub compare: Compare,
    pub help: HelpText,
}
