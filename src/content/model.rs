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

    /// The locale whose copy is shown. Spanish copy arrives with its own content file; until it
    /// does, Spanish readers see the English copy marked `lang="en"`, never a half-translated page.
    pub fn content_code(self) -> &'static str {
        match self {
            Locale::En | Locale::Es => "en",
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

/// A phone line. `tel` is E.164 or a short code; `spoken` is how a screen reader should say it.
#[derive(Debug, PartialEq, Eq)]
pub struct Line {
    pub id: &'static str,
    pub name: &'static str,
    pub tel: &'static str,
    pub sms: Option<&'static str>,
    pub display: &'static str,
    pub spoken: &'static str,
    pub source: &'static str,
    pub last_verified: &'static str,
}

impl Line {
    pub fn tel_href(&self) -> String {
        format!("tel:{}", self.tel)
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

/// One card of help, headed by the action to take.
#[derive(Debug)]
pub struct Tier {
    pub kind: TierKind,
    pub heading: &'static str,
    pub body: &'static str,
    pub lines: &'static [Line],
}

#[derive(Debug)]
pub struct Region {
    pub code: &'static str,
    pub locale: &'static str,
    pub name: &'static str,
    pub main_helpline: Line,
    pub emergency: Line,
    pub tiers: &'static [Tier],
}

impl Region {
    /// Every line this region's help bar and tiers show, once each, in order of appearance.
    pub fn lines_shown(&self) -> Vec<&Line> {
        let mut lines: Vec<&Line> = vec![&self.main_helpline, &self.emergency];
        for line in self.tiers.iter().flat_map(|t| t.lines.iter()) {
            if !lines.iter().any(|l| l.id == line.id) {
                lines.push(line);
            }
        }
        lines
    }
}

#[derive(Debug)]
pub struct Meta {
    pub author: &'static str,
    pub last_reviewed: &'static str,
    pub next_review: &'static str,
}

/// Words of the interface itself: labels, notices, the privacy promise.
#[derive(Debug)]
pub struct Ui {
    pub guide_label: &'static str,
    pub helpbar_label: &'static str,
    pub helpbar_call: &'static str,
    /// Contains `{number}`.
    pub helpbar_overdose: &'static str,
    pub fallback_notice: &'static str,
    pub sections_label: &'static str,
    pub sources: &'static str,
    pub last_reviewed: &'static str,
    pub next_review: &'static str,
    pub privacy_title: &'static str,
    pub privacy: &'static str,
    /// January to December.
    pub months: &'static [&'static str],
    /// How a date reads, with `{day}`, `{month}` and `{year}`.
    pub date_pattern: &'static str,
}

#[derive(Debug)]
pub struct Step {
    pub id: &'static str,
    pub title: &'static str,
    pub summary: &'static str,
}

#[derive(Debug)]
pub struct Journey {
    pub title: &'static str,
    pub intro: &'static str,
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
    /// One cell per option, in the options' order.
    pub cells: &'static [&'static str],
}

#[derive(Debug)]
pub struct Compare {
    pub title: &'static str,
    pub intro: &'static str,
    pub caption: &'static str,
    pub question_header: &'static str,
    pub options: &'static [CompareOption],
    pub rows: &'static [CompareRow],
}

#[derive(Debug)]
pub struct HelpText {
    pub title: &'static str,
    pub intro: &'static str,
}

/// Everything the guide says in one locale.
#[derive(Debug)]
pub struct Guide {
    pub locale: &'static str,
    pub meta: Meta,
    pub ui: Ui,
    pub journey: Journey,
    pub compare: Compare,
    pub help: HelpText,
}
