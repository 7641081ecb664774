//! The content files' schema and every check on them. Shared by `build.rs` (which refuses to
//! build bad content) and `tests/content_files.rs` (which proves it does); not part of the library.
//!
//! Per locale, `src/content/<locale>/` holds `ui.toml`, `journey.toml`, `compare.toml` and
//! `help.toml`. `src/content/regions/<code>.toml` holds a region's lines and help tiers, with each
//! text given per locale (`{ en = "…", es = "…" }`).

use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

#[path = "spoken.rs"]
mod spoken;

/// Every locale the guide can show. A locale's folder must exist and be complete.
pub const LOCALES: &[&str] = &["en", "es"];
pub const REGIONS: &[&str] = &["us", "uk", "ca", "au", "nz", "ie"];
pub const TIER_KINDS: &[&str] = &["emergency", "crisis", "treatment"];
/// The journey's steps, in the seed guide's order.
pub const STEP_IDS: &[&str] = &[
    "recognise",
    "reach-out",
    "detox",
    "rehab",
    "medication",
    "therapy",
    "ongoing",
];
/// Words that must never reach a reader: unfinished copy.
pub const PLACEHOLDERS: &[&str] = &["lorem", "todo", "tbd", "xxx", "fixme"];

pub type Localized = BTreeMap<String, String>;
pub type LocalizedList = BTreeMap<String, Vec<String>>;

// ---------- regions/<code>.toml ----------

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RegionFile {
    pub code: String,
    pub name: Localized,
    /// When every line in the file must next be re-checked against its source.
    pub next_review: String,
    pub main_helpline: String,
    pub emergency: String,
    /// The lines the journey's "Reach out" step offers to call; the main helpline when empty
    /// (a region whose help-bar line finds no treatment names the lines that do).
    #[serde(default)]
    pub reach_out: Vec<String>,
    pub lines: BTreeMap<String, LineFile>,
    pub tiers: Vec<TierFile>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LineFile {
    pub name: Localized,
    pub tel: Option<String>,
    pub sms: Option<String>,
    pub url: Option<String>,
    /// The number as printed. A screen reader reads its digits one by one (`spoken.rs`), so they
    /// must be the digits dialled.
    pub display: String,
    pub source: SourceFile,
    /// The day an editor last checked the line against the facts sheets (which were read from
    /// stored copies of the sources): the guide says "reviewed", never "verified".
    pub last_reviewed: String,
    /// The day the line was last checked on its live source, if ever. Kept for editors (the
    /// review-dates report lists lines never checked live); the guide does not show it.
    pub last_verified: Option<String>,
}

/// A source: an `https://` address (the same in every language), or the name of a publication
/// or service, written per locale.
#[derive(Deserialize)]
#[serde(untagged)]
pub enum SourceFile {
    Url(String),
    Named(Localized),
}

impl SourceFile {
    /// The source as a reader of `locale` sees it.
    pub fn text(&self, locale: &str) -> &str {
        match self {
            SourceFile::Url(url) => url,
            SourceFile::Named(names) => names.get(locale).map_or("", String::as_str),
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TierFile {
    pub kind: String,
    pub heading: Localized,
    pub body: Localized,
    #[serde(default)]
    pub lists: Vec<TierListFile>,
    pub actions: Vec<ActionFile>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TierListFile {
    pub title: Localized,
    pub items: LocalizedList,
    /// Steps to follow in order (an overdose response): shown numbered.
    #[serde(default)]
    pub ordered: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ActionFile {
    pub line: String,
    pub via: String,
    pub label: Localized,
    /// What a screen reader says: "<action> <service>, {number}", holding the label's words.
    /// Required for calls and texts.
    pub name: Option<Localized>,
    pub body: Option<String>,
    pub note: Option<Localized>,
}

// ---------- <locale>/ui.toml ----------

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UiFile {
    pub locale: String,
    pub author: String,
    pub last_reviewed: String,
    pub next_review: String,
    pub guide_label: String,
    pub helpbar_label: String,
    pub helpbar_call: String,
    pub helpbar_overdose: String,
    pub fallback_notice: String,
    pub quick_exit: String,
    pub quick_exit_hint: String,
    pub quick_exit_presses: String,
    pub quick_exit_leaving: String,
    pub sources: String,
    pub last_reviewed_label: String,
    pub next_review_label: String,
    pub reviewed_by: String,
    pub privacy_title: String,
    pub privacy: Vec<String>,
    pub safety_title: String,
    pub safety: Vec<String>,
    pub months: Vec<String>,
    pub date_pattern: String,
}

// ---------- <locale>/journey.toml ----------

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct JourneyFile {
    pub title: String,
    pub intro: String,
    pub show_all: String,
    pub hide_all: String,
    pub show: String,
    pub hide: String,
    pub step: String,
    pub or: String,
    pub audience_legend: String,
    pub audience_self: String,
    pub audience_loved_one: String,
    pub what: String,
    pub ask: String,
    pub time: String,
    pub now: String,
    pub sources: String,
    pub steps: Vec<StepFile>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StepFile {
    pub id: String,
    pub title: String,
    pub call_now: bool,
    pub sources: Vec<String>,
    pub last_reviewed: String,
    pub next_review: String,
    #[serde(rename = "self")]
    pub me: StepTextFile,
    pub loved_one: StepTextFile,
    #[serde(default)]
    pub choices: Vec<ChoiceFile>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StepTextFile {
    pub what: String,
    pub ask: String,
    pub time: Option<String>,
    pub now: String,
    pub warning: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChoiceFile {
    pub title: String,
    #[serde(rename = "self")]
    pub me: String,
    pub loved_one: String,
}

// ---------- <locale>/compare.toml ----------

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CompareFile {
    pub title: String,
    pub intro: String,
    pub stance: String,
    pub pick_legend: String,
    pub pick_first: String,
    pub pick_second: String,
    pub us_only: String,
    pub sources: String,
    pub grids: Vec<GridFile>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GridFile {
    pub id: String,
    pub title: String,
    pub caption: String,
    pub question_header: String,
    pub sources: Vec<String>,
    pub last_reviewed: String,
    pub next_review: String,
    pub options: Vec<OptionFile>,
    pub rows: Vec<RowFile>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OptionFile {
    pub id: String,
    pub name: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RowFile {
    pub question: String,
    pub us_only: bool,
    pub cells: Vec<String>,
}

// ---------- <locale>/help.toml ----------

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HelpFile {
    pub title: String,
    pub intro: String,
    pub urgency_emergency: String,
    pub urgency_crisis: String,
    pub urgency_treatment: String,
    pub overdose_signs_title: String,
    pub overdose_signs: Vec<String>,
    pub partner_heading: String,
    pub partner_default_name: String,
    pub partner_body: String,
    pub partner_call: String,
    /// What a screen reader says for the partner's call link: holds `{name}` and `{number}`.
    pub partner_call_name: String,
    pub partner_text: String,
    pub partner_text_name: String,
    pub partner_web: String,
    pub partner_hours: String,
    pub phone_bill: String,
}

/// One locale's files.
pub struct LocaleFiles {
    pub locale: String,
    pub ui: UiFile,
    pub journey: JourneyFile,
    pub compare: CompareFile,
    pub help: HelpFile,
}

/// Collects every problem in the content, so an editor sees them all at once.
#[derive(Default)]
pub struct Problems(pub Vec<String>);

impl Problems {
    pub fn add(&mut self, file: &Path, key: &str, what: impl std::fmt::Display) {
        self.0.push(format!("{}: `{key}` {what}", file.display()));
    }

    pub fn text(&mut self, file: &Path, key: &str, value: &str) {
        if value.trim().is_empty() {
            self.add(file, key, "is empty");
            return;
        }
        let lower = value.to_lowercase();
        for word in PLACEHOLDERS {
            if lower
                .split(|c: char| !c.is_alphanumeric())
                .any(|w| w == *word)
            {
                self.add(
                    file,
                    key,
                    format!("contains the placeholder word \"{word}\""),
                );
            }
        }
        if value.contains('<') || value.contains('>') {
            self.add(
                file,
                key,
                "contains < or >: content is plain text, not HTML",
            );
        }
    }

    pub fn texts(&mut self, file: &Path, key: &str, values: &[String]) {
        if values.is_empty() {
            self.add(file, key, "is empty");
        }
        for (i, value) in values.iter().enumerate() {
            self.text(file, &format!("{key}[{i}]"), value);
        }
    }

    pub fn localized(&mut self, file: &Path, key: &str, value: &Localized) {
        for locale in LOCALES {
            match value.get(*locale) {
                Some(text) => self.text(file, &format!("{key}.{locale}"), text),
                None => self.add(file, key, format!("has no `{locale}` text")),
            }
        }
        if let Some(first) = value.get(LOCALES[0]) {
            for (locale, text) in value {
                self.same_numbers(file, &format!("{key}.{locale}"), first, text);
            }
        }
        self.no_unknown_locales(file, key, value.keys());
    }

    /// A number written in one language (a phone number, an hour, a dose) is the same number in
    /// every other: a translation must never change one.
    pub fn same_numbers(&mut self, file: &Path, key: &str, original: &str, translation: &str) {
        let (a, b) = (digit_runs(original), digit_runs(translation));
        if a != b {
            self.add(
                file,
                key,
                format!(
                    "has the numbers {b:?} but the {} text has {a:?}",
                    LOCALES[0]
                ),
            );
        }
    }

    fn localized_list(&mut self, file: &Path, key: &str, value: &LocalizedList) {
        let counts: Vec<usize> = LOCALES
            .iter()
            .filter_map(|l| value.get(*l).map(Vec::len))
            .collect();
        for locale in LOCALES {
            match value.get(*locale) {
                Some(items) => self.texts(file, &format!("{key}.{locale}"), items),
                None => self.add(file, key, format!("has no `{locale}` list")),
            }
        }
        if counts.windows(2).any(|w| w[0] != w[1]) {
            self.add(
                file,
                key,
                "has lists of different lengths in different locales",
            );
        }
        self.no_unknown_locales(file, key, value.keys());
    }

    pub fn no_unknown_locales<'a>(
        &mut self,
        file: &Path,
        key: &str,
        keys: impl Iterator<Item = &'a String>,
    ) {
        for locale in keys {
            if !LOCALES.contains(&locale.as_str()) {
                self.add(file, key, format!("has text for unknown locale `{locale}`"));
            }
        }
    }

    pub fn date(&mut self, file: &Path, key: &str, value: &str) {
        let parts: Vec<&str> = value.split('-').collect();
        let shaped = parts.len() == 3
            && parts[0].len() == 4
            && parts[1].len() == 2
            && parts[2].len() == 2
            && parts.iter().all(|p| p.chars().all(|c| c.is_ascii_digit()));
        let month_ok = shaped && (1..=12).contains(&parts[1].parse::<u32>().unwrap_or(0));
        let day_ok = shaped && (1..=31).contains(&parts[2].parse::<u32>().unwrap_or(0));
        if !(shaped && month_ok && day_ok) {
            self.add(
                file,
                key,
                format!("\"{value}\" is not a date like 2026-11-24"),
            );
        }
    }

    fn review_dates(&mut self, file: &Path, key: &str, last: &str, next: &str) {
        self.date(file, &format!("{key}last_reviewed"), last);
        self.date(file, &format!("{key}next_review"), next);
        if next <= last {
            self.add(
                file,
                &format!("{key}next_review"),
                "must come after last_reviewed",
            );
        }
    }

    pub fn phone(&mut self, file: &Path, key: &str, value: &str) {
        if !is_dialable(value) {
            self.add(
                file,
                key,
                format!(
                    "\"{value}\" is not dialable: use E.164 (+18006624357) or a short code (988)"
                ),
            );
        }
    }

    fn placeholder(&mut self, file: &Path, key: &str, value: &str, needle: &str) {
        if !value.contains(needle) {
            self.add(file, key, format!("must contain {needle}"));
        }
    }
}

/// The runs of digits in a text, sorted: "Call 911, or 1-800-662-4357" → 1, 4357, 662, 800, 911.
pub fn digit_runs(text: &str) -> Vec<&str> {
    let mut runs: Vec<&str> = text
        .split(|c: char| !c.is_ascii_digit())
        .filter(|run| !run.is_empty())
        .collect();
    runs.sort_unstable();
    runs
}

/// Compares a translated file with the same file in the first locale: the same keys, the same
/// number of items in every list, the same ids, flags and dates, and the same numbers in every
/// text. Each difference names the file and the key.
pub fn check_parity(
    original_path: &Path,
    original: &toml::Value,
    path: &Path,
    value: &toml::Value,
    key: &str,
    p: &mut Problems,
) {
    use toml::Value;
    let at = |k: &str| {
        if key.is_empty() {
            k.to_string()
        } else {
            format!("{key}.{k}")
        }
    };
    match (original, value) {
        (Value::Table(a), Value::Table(b)) => {
            for (k, va) in a {
                match b.get(k) {
                    Some(vb) => check_parity(original_path, va, path, vb, &at(k), p),
                    None => p.add(
                        path,
                        &at(k),
                        format!("is missing: it is in {}", original_path.display()),
                    ),
                }
            }
            for k in b.keys().filter(|k| !a.contains_key(*k)) {
                p.add(
                    path,
                    &at(k),
                    format!(
                        "is not in {}: every language has the same keys",
                        original_path.display()
                    ),
                );
            }
        }
        (Value::Array(a), Value::Array(b)) => {
            if a.len() != b.len() {
                p.add(
                    path,
                    key,
                    format!(
                        "has {} items but {} has {}",
                        b.len(),
                        original_path.display(),
                        a.len()
                    ),
                );
            }
            for (i, (va, vb)) in a.iter().zip(b).enumerate() {
                check_parity(original_path, va, path, vb, &format!("{key}[{i}]"), p);
            }
        }
        (Value::String(a), Value::String(b)) => {
            // Ids and dates are data, not words: they stay as they are. (Source names are words:
            // "FDA y SAMHSA, 2023"; their numbers must match, as every text's do.)
            let last = key.rsplit('.').next().unwrap_or(key);
            let data = ["id", "last_reviewed", "next_review"].contains(&last);
            if data && a != b {
                p.add(
                    path,
                    key,
                    format!("is \"{b}\" but must stay \"{a}\" in every language"),
                );
            }
            p.same_numbers(path, key, a, b);
        }
        (a, b) if a.type_str() != b.type_str() => {
            p.add(
                path,
                key,
                format!(
                    "is a {} but {} has a {}",
                    b.type_str(),
                    original_path.display(),
                    a.type_str()
                ),
            );
        }
        (a, b) => {
            if a != b {
                p.add(
                    path,
                    key,
                    format!("is {b} but must be {a}, as in {}", original_path.display()),
                );
            }
        }
    }
}

/// E.164 (`+` then 7 to 15 digits) or a short code of 3 to 6 digits.
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

/// Parses one content file's text, naming the file in the error.
pub fn parse_file<T: for<'de> Deserialize<'de>>(path: &Path, text: &str) -> Result<T, String> {
    toml::from_str(text).map_err(|e| format!("content file {} is malformed:\n{e}", path.display()))
}

pub fn check_region(path: &Path, file_code: &str, region: &RegionFile, p: &mut Problems) {
    if region.code != file_code {
        p.add(
            path,
            "code",
            format!(
                "is \"{}\" but the file is named for \"{file_code}\"",
                region.code
            ),
        );
    }
    p.localized(path, "name", &region.name);
    for (id, line) in &region.lines {
        let key = format!("lines.{id}");
        p.localized(path, &format!("{key}.name"), &line.name);
        if let Some(tel) = &line.tel {
            p.phone(path, &format!("{key}.tel"), tel);
        }
        if let Some(sms) = &line.sms {
            p.phone(path, &format!("{key}.sms"), sms);
        }
        if let Some(url) = &line.url {
            if !is_https_url(url) {
                p.add(
                    path,
                    &format!("{key}.url"),
                    format!("\"{url}\" is not an https:// address"),
                );
            }
        }
        if line.tel.is_none() && line.sms.is_none() && line.url.is_none() {
            p.add(path, &key, "needs a tel, sms or url");
        }
        p.text(path, &format!("{key}.display"), &line.display);
        check_display_reads_the_number(path, &key, line, p);
        match &line.source {
            SourceFile::Url(url) if url.trim().is_empty() => {
                p.text(path, &format!("{key}.source"), url)
            }
            SourceFile::Url(url) if !is_https_url(url) => p.add(
                path,
                &format!("{key}.source"),
                format!(
                    "\"{url}\" is not an https:// address: write a source's name per language, {{ en = \"…\", es = \"…\" }}"
                ),
            ),
            SourceFile::Url(_) => {}
            SourceFile::Named(names) => p.localized(path, &format!("{key}.source"), names),
        }
        p.date(path, &format!("{key}.last_reviewed"), &line.last_reviewed);
        if region.next_review.as_str() <= line.last_reviewed.as_str() {
            p.add(
                path,
                "next_review",
                format!("must come after lines.{id}.last_reviewed"),
            );
        }
        if let Some(verified) = &line.last_verified {
            p.date(path, &format!("{key}.last_verified"), verified);
        }
    }
    p.date(path, "next_review", &region.next_review);
    let reach_out = region.reach_out.iter().map(|id| ("reach_out", id));
    for (key, id) in [
        ("main_helpline", &region.main_helpline),
        ("emergency", &region.emergency),
    ]
    .into_iter()
    .chain(reach_out)
    {
        match region.lines.get(id) {
            Some(line) if line.tel.is_some() => {}
            Some(_) => p.add(
                path,
                key,
                format!("names line \"{id}\", which has no tel: it needs a number to call"),
            ),
            None => p.add(
                path,
                key,
                format!("names line \"{id}\", which is not in [lines]"),
            ),
        }
    }
    if region.tiers.is_empty() {
        p.add(path, "tiers", "is empty: every region needs help tiers");
    }
    for (i, tier) in region.tiers.iter().enumerate() {
        let key = format!("tiers[{i}]");
        if !TIER_KINDS.contains(&tier.kind.as_str()) {
            p.add(
                path,
                &format!("{key}.kind"),
                format!("\"{}\" is not one of {TIER_KINDS:?}", tier.kind),
            );
        }
        p.localized(path, &format!("{key}.heading"), &tier.heading);
        p.localized(path, &format!("{key}.body"), &tier.body);
        for (j, list) in tier.lists.iter().enumerate() {
            p.localized(path, &format!("{key}.lists[{j}].title"), &list.title);
            p.localized_list(path, &format!("{key}.lists[{j}].items"), &list.items);
        }
        if tier.actions.is_empty() {
            p.add(
                path,
                &format!("{key}.actions"),
                "is empty: every tier needs a way to get help",
            );
        }
        for (j, action) in tier.actions.iter().enumerate() {
            check_action(path, &format!("{key}.actions[{j}]"), action, region, p);
        }
    }
}

/// A number's display, read digit by digit, must say the number dialled (a country code may be
/// left out, and a leading 0 written in its place): what a screen reader says is what is called.
fn check_display_reads_the_number(path: &Path, key: &str, line: &LineFile, p: &mut Problems) {
    let digits = |s: &str| s.chars().filter(char::is_ascii_digit).collect::<String>();
    let said = digits(&spoken::read_digits(&line.display));
    for (field, dial) in [("tel", &line.tel), ("sms", &line.sms)] {
        let Some(dial) = dial else { continue };
        let dialled = digits(dial);
        let national = said.strip_prefix('0').unwrap_or(&said);
        if said.is_empty() || !(dialled.ends_with(&said) || dialled.ends_with(national)) {
            p.add(
                path,
                &format!("{key}.display"),
                format!("reads the digits {said} but {field} dials {dialled}"),
            );
        }
    }
}

/// The visible words of a label (without `{number}` and the punctuation around it) must be in
/// the link's spoken name, so a person who says what they see can follow it (WCAG 2.5.3).
pub fn label_in_name(label: &str, name: &str) -> bool {
    let name = name.to_lowercase();
    label
        .split("{number}")
        .map(|part| part.trim_matches(|c: char| c.is_whitespace() || ":,.;".contains(c)))
        .filter(|part| !part.is_empty())
        .all(|part| name.contains(&part.to_lowercase()))
}

fn check_action(
    path: &Path,
    key: &str,
    action: &ActionFile,
    region: &RegionFile,
    p: &mut Problems,
) {
    let Some(line) = region.lines.get(&action.line) else {
        p.add(
            path,
            &format!("{key}.line"),
            format!("names line \"{}\", which is not in [lines]", action.line),
        );
        return;
    };
    let has = match action.via.as_str() {
        "call" => line.tel.is_some(),
        "text" => line.sms.is_some(),
        "web" => line.url.is_some(),
        other => {
            p.add(
                path,
                &format!("{key}.via"),
                format!("\"{other}\" is not call, text or web"),
            );
            return;
        }
    };
    if !has {
        p.add(
            path,
            &format!("{key}.via"),
            format!(
                "is {} but line \"{}\" has no number or address for it",
                action.via, action.line
            ),
        );
    }
    p.localized(path, &format!("{key}.label"), &action.label);
    for (locale, label) in &action.label {
        p.placeholder(path, &format!("{key}.label.{locale}"), label, "{number}");
    }
    match &action.name {
        Some(name) => {
            p.localized(path, &format!("{key}.name"), name);
            for (locale, text) in name {
                p.placeholder(path, &format!("{key}.name.{locale}"), text, "{number}");
                let label = action.label.get(locale).map_or("", String::as_str);
                if !label_in_name(label, text) {
                    p.add(
                        path,
                        &format!("{key}.name.{locale}"),
                        format!("must contain the label's words, \"{label}\""),
                    );
                }
            }
        }
        None if action.via != "web" => p.add(
            path,
            &format!("{key}.name"),
            "is missing: a call or text link says the service's name, as \"Call the SAMHSA National Helpline, {number}\"",
        ),
        None => {}
    }
    if let Some(note) = &action.note {
        p.localized(path, &format!("{key}.note"), note);
    }
    if let Some(body) = &action.body {
        p.text(path, &format!("{key}.body"), body);
        if action.via != "text" {
            p.add(path, &format!("{key}.body"), "is only for via = \"text\"");
        }
    }
}

pub fn check_ui(path: &Path, locale: &str, ui: &UiFile, p: &mut Problems) {
    if ui.locale != locale {
        p.add(
            path,
            "locale",
            format!("is \"{}\" but the folder is \"{locale}\"", ui.locale),
        );
    }
    p.review_dates(path, "", &ui.last_reviewed, &ui.next_review);
    for (key, value) in [
        ("author", &ui.author),
        ("guide_label", &ui.guide_label),
        ("helpbar_label", &ui.helpbar_label),
        ("helpbar_call", &ui.helpbar_call),
        ("helpbar_overdose", &ui.helpbar_overdose),
        ("fallback_notice", &ui.fallback_notice),
        ("quick_exit", &ui.quick_exit),
        ("quick_exit_hint", &ui.quick_exit_hint),
        ("quick_exit_presses", &ui.quick_exit_presses),
        ("quick_exit_leaving", &ui.quick_exit_leaving),
        ("sources", &ui.sources),
        ("last_reviewed_label", &ui.last_reviewed_label),
        ("next_review_label", &ui.next_review_label),
        ("reviewed_by", &ui.reviewed_by),
        ("privacy_title", &ui.privacy_title),
        ("safety_title", &ui.safety_title),
        ("date_pattern", &ui.date_pattern),
    ] {
        p.text(path, key, value);
    }
    p.texts(path, "privacy", &ui.privacy);
    p.texts(path, "safety", &ui.safety);
    p.placeholder(path, "helpbar_overdose", &ui.helpbar_overdose, "{number}");
    p.placeholder(path, "quick_exit_presses", &ui.quick_exit_presses, "{n}");
    if ui.months.len() != 12 {
        p.add(
            path,
            "months",
            format!("has {} names; a year has 12 months", ui.months.len()),
        );
    }
    p.texts(path, "months", &ui.months);
    for part in ["{day}", "{month}", "{year}"] {
        p.placeholder(path, "date_pattern", &ui.date_pattern, part);
    }
}

pub fn check_journey(path: &Path, j: &JourneyFile, p: &mut Problems) {
    for (key, value) in [
        ("title", &j.title),
        ("intro", &j.intro),
        ("show_all", &j.show_all),
        ("hide_all", &j.hide_all),
        ("show", &j.show),
        ("hide", &j.hide),
        ("step", &j.step),
        ("or", &j.or),
        ("audience_legend", &j.audience_legend),
        ("audience_self", &j.audience_self),
        ("audience_loved_one", &j.audience_loved_one),
        ("what", &j.what),
        ("ask", &j.ask),
        ("time", &j.time),
        ("now", &j.now),
        ("sources", &j.sources),
    ] {
        p.text(path, key, value);
    }
    let ids: Vec<&str> = j.steps.iter().map(|s| s.id.as_str()).collect();
    if ids != STEP_IDS {
        p.add(
            path,
            "steps",
            format!("must be the seven steps {STEP_IDS:?} in order; found {ids:?}"),
        );
    }
    for (i, step) in j.steps.iter().enumerate() {
        let key = format!("steps[{i}]");
        p.text(path, &format!("{key}.title"), &step.title);
        p.texts(path, &format!("{key}.sources"), &step.sources);
        p.review_dates(
            path,
            &format!("{key}."),
            &step.last_reviewed,
            &step.next_review,
        );
        for (who, text) in [("self", &step.me), ("loved_one", &step.loved_one)] {
            let k = format!("{key}.{who}");
            p.text(path, &format!("{k}.what"), &text.what);
            p.text(path, &format!("{k}.ask"), &text.ask);
            p.text(path, &format!("{k}.now"), &text.now);
            if let Some(time) = &text.time {
                p.text(path, &format!("{k}.time"), time);
            }
            if let Some(warning) = &text.warning {
                p.text(path, &format!("{k}.warning"), warning);
            }
        }
        if step.me.time.is_some() != step.loved_one.time.is_some()
            || step.me.warning.is_some() != step.loved_one.warning.is_some()
        {
            p.add(
                path,
                &key,
                "must give `time` and `warning` for both audiences, or for neither",
            );
        }
        if step.choices.len() == 1 {
            p.add(
                path,
                &format!("{key}.choices"),
                "has one choice: an \"or\" needs two or more",
            );
        }
        for (c, choice) in step.choices.iter().enumerate() {
            let k = format!("{key}.choices[{c}]");
            p.text(path, &format!("{k}.title"), &choice.title);
            p.text(path, &format!("{k}.self"), &choice.me);
            p.text(path, &format!("{k}.loved_one"), &choice.loved_one);
        }
    }
}

pub fn check_compare(path: &Path, c: &CompareFile, p: &mut Problems) {
    for (key, value) in [
        ("title", &c.title),
        ("intro", &c.intro),
        ("stance", &c.stance),
        ("pick_legend", &c.pick_legend),
        ("pick_first", &c.pick_first),
        ("pick_second", &c.pick_second),
        ("us_only", &c.us_only),
        ("sources", &c.sources),
    ] {
        p.text(path, key, value);
    }
    let ids: Vec<&str> = c.grids.iter().map(|g| g.id.as_str()).collect();
    if ids != ["medications", "settings"] {
        p.add(
            path,
            "grids",
            format!("must be the medications grid then the settings grid; found {ids:?}"),
        );
    }
    for (i, grid) in c.grids.iter().enumerate() {
        let key = format!("grids[{i}]");
        for (k, value) in [
            ("title", &grid.title),
            ("caption", &grid.caption),
            ("question_header", &grid.question_header),
        ] {
            p.text(path, &format!("{key}.{k}"), value);
        }
        p.texts(path, &format!("{key}.sources"), &grid.sources);
        p.review_dates(
            path,
            &format!("{key}."),
            &grid.last_reviewed,
            &grid.next_review,
        );
        if grid.options.len() < 2 || grid.rows.is_empty() {
            p.add(path, &key, "needs two or more options and one or more rows");
        }
        for (j, option) in grid.options.iter().enumerate() {
            p.text(path, &format!("{key}.options[{j}].id"), &option.id);
            p.text(path, &format!("{key}.options[{j}].name"), &option.name);
        }
        for (r, row) in grid.rows.iter().enumerate() {
            let k = format!("{key}.rows[{r}]");
            p.text(path, &format!("{k}.question"), &row.question);
            if row.cells.len() != grid.options.len() {
                p.add(
                    path,
                    &format!("{k}.cells"),
                    format!(
                        "has {} cells for {} options",
                        row.cells.len(),
                        grid.options.len()
                    ),
                );
            }
            for (j, cell) in row.cells.iter().enumerate() {
                p.text(path, &format!("{k}.cells[{j}]"), cell);
            }
        }
    }
}

pub fn check_help(path: &Path, h: &HelpFile, p: &mut Problems) {
    for (key, value) in [
        ("title", &h.title),
        ("intro", &h.intro),
        ("urgency_emergency", &h.urgency_emergency),
        ("urgency_crisis", &h.urgency_crisis),
        ("urgency_treatment", &h.urgency_treatment),
        ("partner_heading", &h.partner_heading),
        ("partner_default_name", &h.partner_default_name),
        ("partner_body", &h.partner_body),
        ("partner_call", &h.partner_call),
        ("partner_text", &h.partner_text),
        ("partner_web", &h.partner_web),
        ("partner_hours", &h.partner_hours),
        ("phone_bill", &h.phone_bill),
        ("overdose_signs_title", &h.overdose_signs_title),
    ] {
        p.text(path, key, value);
    }
    p.texts(path, "overdose_signs", &h.overdose_signs);
    p.placeholder(path, "partner_heading", &h.partner_heading, "{name}");
    for (key, value) in [
        ("partner_call", &h.partner_call),
        ("partner_text", &h.partner_text),
        ("partner_web", &h.partner_web),
    ] {
        p.placeholder(path, key, value, "{number}");
    }
    for (key, value, label) in [
        ("partner_call_name", &h.partner_call_name, &h.partner_call),
        ("partner_text_name", &h.partner_text_name, &h.partner_text),
    ] {
        p.text(path, key, value);
        p.placeholder(path, key, value, "{number}");
        p.placeholder(path, key, value, "{name}");
        if !label_in_name(label, value) {
            p.add(
                path,
                key,
                format!("must contain the label's words, \"{label}\""),
            );
        }
    }
}

/// Every content file, read and checked.
pub struct Content {
    pub regions: Vec<RegionFile>,
    pub locales: Vec<LocaleFiles>,
    /// Every file read, so the build reruns when one changes.
    pub files: Vec<PathBuf>,
}

struct Reader {
    problems: Problems,
    files: Vec<PathBuf>,
}

impl Reader {
    fn read<T: for<'de> Deserialize<'de>>(&mut self, path: PathBuf) -> Option<T> {
        self.files.push(path.clone());
        let text = match std::fs::read_to_string(&path) {
            Ok(text) => text,
            Err(e) => {
                self.problems
                    .0
                    .push(format!("cannot read content file {}: {e}", path.display()));
                return None;
            }
        };
        match parse_file(&path, &text) {
            Ok(value) => Some(value),
            Err(e) => {
                self.problems.0.push(e);
                None
            }
        }
    }
}

impl Reader {
    /// Both files as plain TOML, compared key by key (a parse error is reported by `read`).
    fn parity(&mut self, original: &Path, translated: &Path) {
        let value = |path: &Path| {
            std::fs::read_to_string(path)
                .ok()
                .and_then(|text| text.parse::<toml::Value>().ok())
        };
        if let (Some(a), Some(b)) = (value(original), value(translated)) {
            check_parity(original, &a, translated, &b, "", &mut self.problems);
        }
    }
}

/// Reads and checks all content under `dir`. The error lists every problem found, each naming its
/// file and key.
pub fn load(dir: &Path) -> Result<Content, Vec<String>> {
    let mut r = Reader {
        problems: Problems::default(),
        files: Vec::new(),
    };
    let mut regions = Vec::new();
    for code in REGIONS {
        let path = dir.join("regions").join(format!("{code}.toml"));
        if let Some(region) = r.read::<RegionFile>(path.clone()) {
            check_region(&path, code, &region, &mut r.problems);
            regions.push(region);
        }
    }
    let mut locales = Vec::new();
    for locale in LOCALES {
        let base = dir.join(locale);
        let ui = r.read::<UiFile>(base.join("ui.toml"));
        let journey = r.read::<JourneyFile>(base.join("journey.toml"));
        let compare = r.read::<CompareFile>(base.join("compare.toml"));
        let help = r.read::<HelpFile>(base.join("help.toml"));
        if let Some(ui) = &ui {
            check_ui(&base.join("ui.toml"), locale, ui, &mut r.problems);
        }
        if let Some(journey) = &journey {
            check_journey(&base.join("journey.toml"), journey, &mut r.problems);
        }
        if let Some(compare) = &compare {
            check_compare(&base.join("compare.toml"), compare, &mut r.problems);
        }
        if let Some(help) = &help {
            check_help(&base.join("help.toml"), help, &mut r.problems);
        }
        if *locale != LOCALES[0] {
            for name in ["ui.toml", "journey.toml", "compare.toml", "help.toml"] {
                r.parity(&dir.join(LOCALES[0]).join(name), &base.join(name));
            }
        }
        if let (Some(ui), Some(journey), Some(compare), Some(help)) = (ui, journey, compare, help) {
            locales.push(LocaleFiles {
                locale: locale.to_string(),
                ui,
                journey,
                compare,
                help,
            });
        }
    }
    if r.problems.0.is_empty() {
        Ok(Content {
            regions,
            locales,
            files: r.files,
        })
    } else {
        Err(r.problems.0)
    }
}
