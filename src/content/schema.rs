//! The content files' schema and every check on them. Shared by `build.rs` (which refuses to
//! build bad content) and `tests/content_files.rs` (which proves it does); not part of the library.

use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// Every locale the guide can show. A locale's folder must exist and be complete.
pub const LOCALES: &[&str] = &["en"];
pub const REGIONS: &[&str] = &["us", "uk", "ca", "au", "nz", "ie"];
pub const TIER_KINDS: &[&str] = &["emergency", "crisis", "treatment"];
/// Words that must never reach a reader: unfinished copy.
pub const PLACEHOLDERS: &[&str] = &["lorem", "todo", "tbd", "xxx", "fixme"];

pub type Localized = BTreeMap<String, String>;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RegionFile {
    pub code: String,
    pub name: Localized,
    pub main_helpline: String,
    pub emergency: String,
    pub lines: BTreeMap<String, LineFile>,
    pub tiers: Vec<TierFile>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LineFile {
    pub name: Localized,
    pub tel: String,
    pub sms: Option<String>,
    pub display: String,
    pub spoken: String,
    pub source: String,
    pub last_verified: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TierFile {
    pub kind: String,
    pub heading: Localized,
    pub body: Localized,
    pub lines: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GuideFile {
    pub meta: MetaFile,
    pub ui: UiFile,
    pub journey: JourneyFile,
    pub compare: CompareFile,
    pub help: HelpFile,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MetaFile {
    pub locale: String,
    pub author: String,
    pub last_reviewed: String,
    pub next_review: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UiFile {
    pub guide_label: String,
    pub helpbar_label: String,
    pub helpbar_call: String,
    pub helpbar_overdose: String,
    pub fallback_notice: String,
    pub sections_label: String,
    pub sources: String,
    pub last_reviewed: String,
    pub next_review: String,
    pub privacy_title: String,
    pub privacy: String,
    pub months: Vec<String>,
    pub date_pattern: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct JourneyFile {
    pub title: String,
    pub intro: String,
    pub steps: Vec<StepFile>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StepFile {
    pub id: String,
    pub title: String,
    pub summary: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CompareFile {
    pub title: String,
    pub intro: String,
    pub caption: String,
    pub question_header: String,
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
    pub cells: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HelpFile {
    pub title: String,
    pub intro: String,
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

    pub fn localized(&mut self, file: &Path, key: &str, value: &Localized) {
        for locale in LOCALES {
            match value.get(*locale) {
                Some(text) => self.text(file, &format!("{key}.{locale}"), text),
                None => self.add(file, key, format!("has no `{locale}` text")),
            }
        }
        for locale in value.keys() {
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
}

/// E.164 (`+` then 7 to 15 digits) or a short code of 3 to 6 digits.
pub fn is_dialable(value: &str) -> bool {
    let digits = |s: &str| s.chars().all(|c| c.is_ascii_digit());
    match value.strip_prefix('+') {
        Some(rest) => (7..=15).contains(&rest.len()) && digits(rest) && !rest.starts_with('0'),
        None => (3..=6).contains(&value.len()) && digits(value),
    }
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
        p.phone(path, &format!("{key}.tel"), &line.tel);
        if let Some(sms) = &line.sms {
            p.phone(path, &format!("{key}.sms"), sms);
        }
        p.text(path, &format!("{key}.display"), &line.display);
        p.text(path, &format!("{key}.spoken"), &line.spoken);
        p.text(path, &format!("{key}.source"), &line.source);
        p.date(path, &format!("{key}.last_verified"), &line.last_verified);
    }
    for (key, id) in [
        ("main_helpline", &region.main_helpline),
        ("emergency", &region.emergency),
    ] {
        if !region.lines.contains_key(id) {
            p.add(
                path,
                key,
                format!("names line \"{id}\", which is not in [lines]"),
            );
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
        if tier.lines.is_empty() {
            p.add(path, &format!("{key}.lines"), "is empty");
        }
        for id in &tier.lines {
            if !region.lines.contains_key(id) {
                p.add(
                    path,
                    &format!("{key}.lines"),
                    format!("names line \"{id}\", which is not in [lines]"),
                );
            }
        }
    }
}

pub fn check_guide(path: &Path, locale: &str, g: &GuideFile, p: &mut Problems) {
    if g.meta.locale != locale {
        p.add(
            path,
            "meta.locale",
            format!("is \"{}\" but the folder is \"{locale}\"", g.meta.locale),
        );
    }
    p.text(path, "meta.author", &g.meta.author);
    p.date(path, "meta.last_reviewed", &g.meta.last_reviewed);
    p.date(path, "meta.next_review", &g.meta.next_review);
    if g.meta.next_review <= g.meta.last_reviewed {
        p.add(
            path,
            "meta.next_review",
            "must come after meta.last_reviewed",
        );
    }
    let ui = &g.ui;
    for (key, value) in [
        ("guide_label", &ui.guide_label),
        ("helpbar_label", &ui.helpbar_label),
        ("helpbar_call", &ui.helpbar_call),
        ("helpbar_overdose", &ui.helpbar_overdose),
        ("fallback_notice", &ui.fallback_notice),
        ("sections_label", &ui.sections_label),
        ("sources", &ui.sources),
        ("last_reviewed", &ui.last_reviewed),
        ("next_review", &ui.next_review),
        ("privacy_title", &ui.privacy_title),
        ("privacy", &ui.privacy),
    ] {
        p.text(path, &format!("ui.{key}"), value);
    }
    if ui.months.len() != 12 {
        p.add(
            path,
            "ui.months",
            format!("has {} names; a year has 12 months", ui.months.len()),
        );
    }
    for (i, month) in ui.months.iter().enumerate() {
        p.text(path, &format!("ui.months[{i}]"), month);
    }
    for part in ["{day}", "{month}", "{year}"] {
        if !ui.date_pattern.contains(part) {
            p.add(path, "ui.date_pattern", format!("must contain {part}"));
        }
    }
    if !ui.helpbar_overdose.contains("{number}") {
        p.add(path, "ui.helpbar_overdose", "must contain {number}");
    }
    p.text(path, "journey.title", &g.journey.title);
    p.text(path, "journey.intro", &g.journey.intro);
    if g.journey.steps.len() != 7 {
        p.add(
            path,
            "journey.steps",
            format!("has {} steps; the seed guide has 7", g.journey.steps.len()),
        );
    }
    let mut ids = Vec::new();
    for (i, step) in g.journey.steps.iter().enumerate() {
        let key = format!("journey.steps[{i}]");
        p.text(path, &format!("{key}.id"), &step.id);
        if ids.contains(&&step.id) {
            p.add(
                path,
                &format!("{key}.id"),
                format!("\"{}\" is used twice", step.id),
            );
        }
        ids.push(&step.id);
        p.text(path, &format!("{key}.title"), &step.title);
        p.text(path, &format!("{key}.summary"), &step.summary);
    }
    let c = &g.compare;
    for (key, value) in [
        ("title", &c.title),
        ("intro", &c.intro),
        ("caption", &c.caption),
        ("question_header", &c.question_header),
    ] {
        p.text(path, &format!("compare.{key}"), value);
    }
    if c.options.is_empty() || c.rows.is_empty() {
        p.add(path, "compare", "needs options and rows");
    }
    for (i, option) in c.options.iter().enumerate() {
        p.text(path, &format!("compare.options[{i}].id"), &option.id);
        p.text(path, &format!("compare.options[{i}].name"), &option.name);
    }
    for (i, row) in c.rows.iter().enumerate() {
        let key = format!("compare.rows[{i}]");
        p.text(path, &format!("{key}.question"), &row.question);
        if row.cells.len() != c.options.len() {
            p.add(
                path,
                &format!("{key}.cells"),
                format!(
                    "has {} cells for {} options",
                    row.cells.len(),
                    c.options.len()
                ),
            );
        }
        for (j, cell) in row.cells.iter().enumerate() {
            p.text(path, &format!("{key}.cells[{j}]"), cell);
        }
    }
    p.text(path, "help.title", &g.help.title);
    p.text(path, "help.intro", &g.help.intro);
}

/// Every content file, read and checked.
pub struct Content {
    pub regions: Vec<RegionFile>,
    pub guides: Vec<GuideFile>,
    /// Every file read, so the build reruns when one changes.
    pub files: Vec<PathBuf>,
}

/// Reads and checks all content under `dir`. The error lists every problem found, each naming its
/// file and key.
pub fn load(dir: &Path) -> Result<Content, Vec<String>> {
    let mut problems = Problems::default();
    let mut files = Vec::new();
    let mut read = |path: PathBuf, problems: &mut Problems| -> Option<String> {
        files.push(path.clone());
        match std::fs::read_to_string(&path) {
            Ok(text) => Some(text),
            Err(e) => {
                problems
                    .0
                    .push(format!("cannot read content file {}: {e}", path.display()));
                None
            }
        }
    };
    let mut regions = Vec::new();
    for code in REGIONS {
        let path = dir.join("regions").join(format!("{code}.toml"));
        let Some(text) = read(path.clone(), &mut problems) else {
            continue;
        };
        match parse_file::<RegionFile>(&path, &text) {
            Ok(region) => {
                check_region(&path, code, &region, &mut problems);
                regions.push(region);
            }
            Err(e) => problems.0.push(e),
        }
    }
    let mut guides = Vec::new();
    for locale in LOCALES {
        let path = dir.join(locale).join("guide.toml");
        let Some(text) = read(path.clone(), &mut problems) else {
            continue;
        };
        match parse_file::<GuideFile>(&path, &text) {
            Ok(guide) => {
                check_guide(&path, locale, &guide, &mut problems);
                guides.push(guide);
            }
            Err(e) => problems.0.push(e),
        }
    }
    if problems.0.is_empty() {
        Ok(Content {
            regions,
            guides,
            files,
        })
    } else {
        Err(problems.0)
    }
}
