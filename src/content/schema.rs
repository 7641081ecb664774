//! Reads the content files into the content model (`model.rs`, the one definition of every shape)
//! and checks them. Shared by `build.rs` (which refuses to build bad content and bakes the rest)
//! and the tests (which prove it refuses); not part of the library.
//!
//! Every problem names its file and key. Three kinds of check, each written once:
//! - the shape: serde reads each file into the model's types (a missing, unknown or mistyped key);
//! - every text: no empty text, no placeholder words, no HTML, the same numbers in every language,
//!   every language present (`check_texts`, over every string in every file);
//! - the meaning: what only a type knows (a phone is dialable, a step id is in order...).
//!
//! The locales are the folders with a `ui.toml`; the regions are the files in `regions/`.
//!
//! Over 400 lines: every check on the content lives here, so an editor's rule is found in one
//! file; it reads top down as reading, every text, then each file's own rules.

use serde::Deserialize;
use std::path::{Path, PathBuf};

#[path = "model.rs"]
#[allow(dead_code)] // what only the guide uses
pub mod model;
#[path = "spelling.rs"]
pub mod spelling;
#[path = "spoken.rs"]
mod spoken;
#[path = "template.rs"]
#[allow(dead_code)]
mod template;
#[path = "values.rs"]
pub mod values;

pub use model::*;
pub use spoken::read_digits;
use template::{fill, named};
pub use values::{is_dialable, is_https_url};

/// The region a guide shows when none is given.
pub const DEFAULT_REGION: &str = "us";
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
/// The files of a locale's folder.
pub const LOCALE_FILES: &[&str] = &[
    "ui.toml",
    "journey.toml",
    "compare.toml",
    "help.toml",
    "questions.toml",
];
/// Words that must never reach a reader: unfinished copy.
pub const PLACEHOLDERS: &[&str] = &["lorem", "todo", "tbd", "xxx", "fixme"];

/// Every content file, read and checked.
pub struct Content {
    /// The locales, the source locale first.
    pub locales: Vec<&'static str>,
    /// One guide per locale, in `locales` order.
    pub guides: Vec<Guide>,
    /// Every region, in code order, with every locale's words.
    pub regions: Vec<Region>,
    /// Every file read, so the build reruns when one changes.
    pub files: Vec<PathBuf>,
    /// Each locale's regional spellings (`<locale>/spelling.toml`), one per set of regions that
    /// spell alike (`spelling::by_region`), where it has any.
    pub spellings: Vec<(&'static str, Vec<spelling::Spelling>)>,
}

impl Content {
    // The tests read a guide; build.rs changes one (`guide_mut`) before baking it.
    #[allow(dead_code)]
    pub fn guide(&self, locale: &str) -> Option<&Guide> {
        self.guides.iter().find(|g| g.locale == locale)
    }

    pub fn guide_mut(&mut self, locale: &str) -> Option<&mut Guide> {
        self.guides.iter_mut().find(|g| g.locale == locale)
    }

    /// The spellings of `locale` other than the one its files are written in.
    pub fn spellings(&self, locale: &str) -> &[spelling::Spelling] {
        self.spellings
            .iter()
            .find(|(l, _)| *l == locale)
            .map_or(&[], |(_, s)| s.as_slice())
    }
}

/// Collects every problem in the content, so an editor sees them all at once.
#[derive(Default)]
pub struct Problems(pub Vec<String>);

impl Problems {
    pub fn add(&mut self, file: &Path, key: &str, what: impl std::fmt::Display) {
        self.0.push(format!("{}: `{key}` {what}", file.display()));
    }

    pub fn date(&mut self, file: &Path, key: &str, value: &str) {
        if !is_date(value) {
            self.add(
                file,
                key,
                format!("\"{value}\" is not a date like 2026-11-24"),
            );
        }
    }

    /// A review that has happened: a date, and not after today (tomorrow, where an editor's day
    /// is ahead of UTC's).
    pub fn reviewed(&mut self, file: &Path, key: &str, value: &str) {
        self.date(file, key, value);
        let today = days_since_epoch();
        if is_date(value) && value > date_of_day(today + 1).as_str() {
            let today = date_of_day(today);
            self.add(
                file,
                key,
                format!("\"{value}\" is after today ({today}): write the day the facts were checked, not a day to come"),
            );
        }
    }

    fn review_dates(&mut self, file: &Path, key: &str, last: &str, next: &str) {
        self.reviewed(file, &format!("{key}last_reviewed"), last);
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
                    "\"{value}\" is not dialable: use E.164 (+18006624357), a short code (988) or a national freephone number (1800250015)"
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

/// `n` of a `thing`, as an editor reads it: "1 item", "3 items".
pub fn counted(n: usize, thing: &str) -> String {
    match n {
        1 => format!("1 {thing}"),
        n => format!("{n} {thing}s"),
    }
}

/// Today, in days since 1970-01-01 (UTC).
fn days_since_epoch() -> i64 {
    let since = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH);
    since.map_or(0, |d| (d.as_secs() / 86_400) as i64)
}

/// Day `days` since 1970-01-01 as `2026-11-24` (the proleptic Gregorian calendar, Howard
/// Hinnant's `civil_from_days`).
pub fn date_of_day(days: i64) -> String {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}

/// `2026-11-24`.
pub fn is_date(value: &str) -> bool {
    let parts: Vec<&str> = value.split('-').collect();
    let shaped = parts.len() == 3
        && parts[0].len() == 4
        && parts[1].len() == 2
        && parts[2].len() == 2
        && parts.iter().all(|p| p.chars().all(|c| c.is_ascii_digit()));
    let in_range = |i: usize, max: u32| {
        parts
            .get(i)
            .and_then(|p| p.parse::<u32>().ok())
            .is_some_and(|n| (1..=max).contains(&n))
    };
    shaped && in_range(1, 12) && in_range(2, 31)
}

/// The numbers in a text, sorted, an hour said with pm on the 24-hour clock as French writes it:
/// "Call 911, or 1-800-662-4357" → 1, 4357, 662, 800, 911; "9am to 4pm", "9 a. m. a 4 p. m." and
/// "de 9 h à 16 h" → 16, 9.
pub fn numbers_in(text: &str) -> Vec<String> {
    let mut numbers = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find(|c: char| c.is_ascii_digit()) {
        let run = &rest[start..];
        let end = run.find(|c: char| !c.is_ascii_digit()).unwrap_or(run.len());
        let (digits, after) = run.split_at(end);
        numbers.push(match digits.parse::<u32>() {
            Ok(hour @ 1..=11) if says_pm(after) => (hour + 12).to_string(),
            _ => digits.to_string(),
        });
        rest = after;
    }
    numbers.sort_unstable();
    numbers
}

/// Whether what follows an hour (after any minutes, ":30") says pm: "pm", "p. m.", "p.m.".
fn says_pm(after: &str) -> bool {
    let after = match after.strip_prefix(':') {
        Some(minutes) => minutes.trim_start_matches(|c: char| c.is_ascii_digit()),
        None => after,
    };
    let marker: String = after
        .chars()
        .take(6)
        .filter(|c| !c.is_whitespace())
        .collect();
    marker.starts_with("pm") || marker.starts_with("p.m.")
}

// ---------- every text, in any file ----------

/// `steps[2]` and `title` → `steps[2].title`; at the top of a file, just `title`.
fn child_key(key: &str, k: &str) -> String {
    if key.is_empty() {
        k.to_string()
    } else {
        format!("{key}.{k}")
    }
}

/// The rules for every string and list in a file, whatever its key: text is not empty, holds no
/// placeholder word and no HTML; a list is not empty; a per-locale table (`{ en = …, es = … }`)
/// has every locale, no other, and the same numbers (and list lengths) in each.
pub fn check_texts(
    file: &Path,
    value: &toml::Value,
    key: &str,
    locales: &[&str],
    p: &mut Problems,
) {
    use toml::Value;
    let at = |k: &str| child_key(key, k);
    match value {
        Value::String(text) => {
            check_text(file, key, text, p);
            if in_locale(file, key, "fr") {
                check_french_spacing(file, key, text, p);
            }
            if in_locale(file, key, "es") {
                check_spanish_hours(file, key, text, p);
            }
            if in_locale(file, key, "en") {
                check_english_hours(file, key, text, p);
            }
        }
        Value::Array(items) => {
            if items.is_empty() {
                p.add(file, key, "is empty");
            }
            for (i, item) in items.iter().enumerate() {
                check_texts(file, item, &format!("{key}[{i}]"), locales, p);
            }
        }
        Value::Table(table) => {
            if table.keys().any(|k| locales.contains(&k.as_str())) {
                check_per_locale(file, key, table, locales, p);
            }
            for (k, v) in table {
                check_texts(file, v, &at(k), locales, p);
            }
        }
        _ => {}
    }
}

/// A text in `locale`: in a file of its folder, or a region file's value for it.
fn in_locale(file: &Path, key: &str, locale: &str) -> bool {
    // `fr/journey.toml` or `fr/questions/10-calling.toml`.
    let in_folder = file
        .ancestors()
        .skip(1)
        .take(2)
        .any(|dir| dir.file_name() == Some(locale.as_ref()));
    key == locale || key.ends_with(&format!(".{locale}")) || in_folder
}

/// Spanish writes an hour "9\u{a0}a.\u{a0}m.": with plain spaces a narrow screen broke "9 a. /
/// m." and "9 / a. m.", the hours a reader needs to know whether anyone answers now.
fn check_spanish_hours(file: &Path, key: &str, value: &str, p: &mut Problems) {
    let plain_inside = value.contains("a. m.") || value.contains("p. m.");
    if plain_inside || plain_space_before_am_pm(value) {
        p.add(
            file,
            key,
            "writes an hour with plain spaces: Spanish keeps \"9 a. m.\" together with no-break spaces (U+00A0): type each as \\u00A0 inside the quotes, \"9\\u00A0a.\\u00A0m.\"",
        );
    }
}

/// English writes an hour as its region does: "2pm" (GOV.UK), "8:30\u{a0}am" (the Australian
/// Government Style Manual), "9\u{a0}a.m." (The Canadian Style). A plain space lets a narrow
/// screen break "9 / a.m.", as it did in Spanish.
fn check_english_hours(file: &Path, key: &str, value: &str, p: &mut Problems) {
    if plain_space_before_am_pm(value) {
        p.add(
            file,
            key,
            "writes an hour with a plain space before am or pm: keep it with its number with a no-break space (U+00A0): type it as \\u00A0 inside the quotes, \"9\\u00A0a.m.\" or \"8:30\\u00A0am\"",
        );
    }
}

/// Whether a digit is followed by a plain space and "am", "pm", "a." or "p." ending there ("9 a.m.",
/// "10 pm", "9 a. m."), not a word ("3 amounts").
fn plain_space_before_am_pm(value: &str) -> bool {
    // A space after the text, so an hour at its very end is read too; "9 a" is ASCII.
    format!("{value} ").as_bytes().windows(5).any(|w| {
        let marker = matches!(w[2], b'a' | b'p') && (w[3] == b'm' || w[3] == b'.');
        let ends = w[3] == b'.' || !w[4].is_ascii_alphabetic();
        w[0].is_ascii_digit() && w[1] == b' ' && marker && ends
    })
}

/// French puts a no-break space (U+00A0) before a colon ("Santé Canada\u{a0}: naloxone"): a plain
/// one lets the colon start a line on a narrow screen, and makes the same name two strings; none
/// at all ("Santé Canada: naloxone") is English typography.
fn check_french_spacing(file: &Path, key: &str, value: &str, p: &mut Problems) {
    const HOW: &str = "French puts a no-break space (U+00A0) there: type it as \\u00A0 inside the quotes, \"Santé Canada\\u00A0: naloxone\"";
    if value.contains(" :") {
        p.add(file, key, format!("has a plain space before \":\": {HOW}"));
    }
    // A word (or a closing bracket) right before ": ", or before a colon that ends the text.
    let mut chars = value.chars().peekable();
    let mut last = None;
    while let Some(c) = chars.next() {
        let after = chars.peek().copied();
        let word_before = last.is_some_and(|l: char| l.is_alphabetic() || l == ')');
        if c == ':' && word_before && after.is_none_or(char::is_whitespace) {
            p.add(file, key, format!("has no space before \":\": {HOW}"));
            break;
        }
        last = Some(c);
    }
}

fn check_text(file: &Path, key: &str, value: &str, p: &mut Problems) {
    if value.trim().is_empty() {
        p.add(file, key, "is empty");
        return;
    }
    let lower = value.to_lowercase();
    for word in PLACEHOLDERS {
        if lower
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| w == *word)
        {
            p.add(
                file,
                key,
                format!("contains the placeholder word \"{word}\""),
            );
        }
    }
    if value.contains('<') || value.contains('>') {
        p.add(
            file,
            key,
            "contains < or >: content is plain text, not HTML",
        );
    }
}

fn check_per_locale(
    file: &Path,
    key: &str,
    table: &toml::map::Map<String, toml::Value>,
    locales: &[&str],
    p: &mut Problems,
) {
    for locale in locales {
        if !table.contains_key(*locale) {
            p.add(file, key, format!("has no `{locale}` text"));
        }
    }
    for k in table.keys().filter(|k| !locales.contains(&k.as_str())) {
        p.add(file, key, format!("has text for unknown locale `{k}`"));
    }
    let Some(first) = table.get(locales[0]) else {
        return;
    };
    for (locale, value) in table.iter().filter(|(locale, _)| *locale != locales[0]) {
        let at = format!("{key}.{locale}");
        side_by_side(file, &at, first, value, p, &|key, a, b, p| {
            check_translation(file, key, a, b, p)
        });
    }
}

/// A translated text against the source locale's: the same numbers, and translated.
fn check_translation(file: &Path, key: &str, original: &str, other: &str, p: &mut Problems) {
    same_numbers(file, key, original, other, p);
    left_untranslated(file, key, original, other, p);
}

/// Walks a value and its translation side by side, lists item by item, calling `each` with each
/// text's key, the source locale's text and the translation. Lists of different lengths are
/// said here, once.
fn side_by_side(
    file: &Path,
    key: &str,
    original: &toml::Value,
    other: &toml::Value,
    p: &mut Problems,
    each: &dyn Fn(&str, &str, &str, &mut Problems),
) {
    use toml::Value;
    match (original, other) {
        (Value::String(a), Value::String(b)) => each(key, a, b, p),
        (Value::Array(a), Value::Array(b)) if a.len() != b.len() => p.add(
            file,
            key,
            "has lists of different lengths in different locales",
        ),
        (Value::Array(a), Value::Array(b)) => {
            for (i, (x, y)) in a.iter().zip(b).enumerate() {
                side_by_side(file, &format!("{key}[{i}]"), x, y, p, each);
            }
        }
        _ => {}
    }
}

/// A text a translation left as it is in English (an editor copied the English and did not
/// translate it): the reader would meet English in the middle of their language. A name stays as
/// it is (a line's, a source's, an organisation's), and so may a word or two.
fn left_untranslated(file: &Path, key: &str, original: &str, other: &str, p: &mut Problems) {
    if original == other && original.split_whitespace().count() >= 3 && !names_a_thing(key) {
        p.add(
            file,
            key,
            format!("reads the same as the {SOURCE_LOCALE} text, \"{original}\": translate it (only a name stays as it is)"),
        );
    }
}

/// Whether the value at `key` is a name (a line's, a source's) or a pattern, which may read the
/// same in every language: `lines.hse.name`, `steps[2].sources[1]`, `tiers[0].sources[3].fr`.
fn names_a_thing(key: &str) -> bool {
    key.split('.').any(|part| {
        let field = part.split('[').next().unwrap_or(part);
        // `sources`, `loved_one_sources`, `overdose_mixing_sources`: a list of sources' names.
        field.ends_with("sources") || ["name", "source", "date_pattern"].contains(&field)
    })
}

/// A number written in one language (a phone number, an hour, a dose) is the same number in
/// every other: a translation must never change one.
fn same_numbers(file: &Path, key: &str, original: &str, other: &str, p: &mut Problems) {
    let (a, b) = (numbers_in(original), numbers_in(other));
    if a != b {
        p.add(
            file,
            key,
            format!("has the numbers {b:?} but the {SOURCE_LOCALE} text has {a:?}"),
        );
    }
}

/// Compares a translated file with the same file in the source locale: the same keys, the same
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
    let at = |k: &str| child_key(key, k);
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
                        "is here but not in {}: every language has the same keys (add it there, or take it out here)",
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
                        "has {} but {} has {}: every language has the same items",
                        counted(b.len(), "item"),
                        original_path.display(),
                        counted(a.len(), "item")
                    ),
                );
            }
            for (i, (va, vb)) in a.iter().zip(b).enumerate() {
                check_parity(original_path, va, path, vb, &format!("{key}[{i}]"), p);
            }
        }
        (Value::String(a), Value::String(b)) => {
            // Ids, kinds, lines and dates are data, not words: they stay as they are.
            let last = key.rsplit('.').next().unwrap_or(key);
            let data = [
                "id",
                "last_reviewed",
                "next_review",
                "type",
                "line",
                "via",
                "locale",
            ]
            .contains(&last);
            if data && a != b && last != "locale" {
                p.add(
                    path,
                    key,
                    format!(
                        "is \"{b}\" but {} has \"{a}\": an id, a kind or a date is the same in every language",
                        original_path.display()
                    ),
                );
            }
            // A date's digits are the date's, said once above.
            if !data {
                check_translation(path, key, a, b, p);
            }
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

// ---------- reading ----------

/// A block's `type` names its kind: `{ type = "list", items = […] }` is read as the model's
/// `Block::List { items }` (serde's own form for an enum, `{ list = { items = […] } }`).
fn tag_blocks(value: &mut serde_json::Value) {
    use serde_json::Value;
    match value {
        Value::Array(items) => items.iter_mut().for_each(tag_blocks),
        Value::Object(map) => {
            map.values_mut().for_each(tag_blocks);
            if let Some(Value::String(kind)) = map.get("type").cloned() {
                map.remove("type");
                let fields = std::mem::take(map);
                map.insert(kind, Value::Object(fields));
            }
        }
        _ => {}
    }
}

/// Reads one file's TOML into `T`, leaking it (the build runs once). A shape error names the key.
pub fn parse<T: Deserialize<'static>>(path: &Path, value: &toml::Value) -> Result<T, String> {
    let mut json = serde_json::to_value(value)
        .map_err(|e| format!("content file {} cannot be read: {e}", path.display()))?;
    tag_blocks(&mut json);
    let json: &'static serde_json::Value = Box::leak(Box::new(json));
    serde_path_to_error::deserialize(json).map_err(|e| {
        let key = e.path().to_string();
        let what = e.inner().to_string();
        format!("{}: `{key}` {what}{}", path.display(), in_words(&what))
    })
}

/// What serde's words for a wrong value mean for an editor ("expected a sequence").
fn in_words(what: &str) -> &'static str {
    let kinds = [
        (
            "expected a sequence",
            " (a list in brackets: [\"uk\", \"ie\"])",
        ),
        ("expected a string", " (a text in quotes: \"…\")"),
        ("expected a boolean", " (true or false, without quotes)"),
        (
            "expected a map",
            " (a table: { en = \"…\", es = \"…\", fr = \"…\" })",
        ),
        (
            "missing field",
            " (add this key: the files of the same kind show how)",
        ),
    ];
    let found = kinds.iter().find(|(serde, _)| what.contains(serde));
    found.map_or("", |(_, words)| words)
}

struct Reader {
    problems: Problems,
    files: Vec<PathBuf>,
    locales: Vec<&'static str>,
}

impl Reader {
    /// The file as TOML, its texts checked; `None` (with the problem noted) if it cannot be read.
    fn toml(&mut self, path: &Path) -> Option<toml::Value> {
        self.files.push(path.to_path_buf());
        let text = match std::fs::read_to_string(path) {
            Ok(text) => text,
            Err(e) => {
                self.problems
                    .0
                    .push(format!("cannot read content file {}: {e}", path.display()));
                return None;
            }
        };
        match text.parse::<toml::Value>() {
            Ok(value) => {
                check_texts(path, &value, "", &self.locales, &mut self.problems);
                Some(value)
            }
            Err(e) => {
                let hint = match e.message() {
                    m if m.contains("invalid basic string") || m.contains("unterminated") => {
                        "\n(a text is missing its closing quote)"
                    }
                    _ => "",
                };
                self.problems.0.push(format!(
                    "content file {} is not valid TOML:\n{e}{hint}",
                    path.display()
                ));
                None
            }
        }
    }

    fn read<T: Deserialize<'static>>(&mut self, path: &Path) -> Option<T> {
        let value = self.toml(path)?;
        match parse(path, &value) {
            Ok(value) => Some(value),
            Err(e) => {
                self.problems.0.push(e);
                None
            }
        }
    }
}

/// The folders of `dir` that hold a `ui.toml`: the source locale first, then the others by name.
fn find_locales(dir: &Path) -> Vec<&'static str> {
    let mut found: Vec<String> = std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .filter_map(|e| e.ok())
                .filter(|e| e.path().join("ui.toml").is_file())
                .filter_map(|e| e.file_name().to_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default();
    found.sort_by_key(|l| (l != SOURCE_LOCALE, l.clone()));
    found
        .into_iter()
        .map(|l| &*Box::leak(l.into_boxed_str()))
        .collect()
}

/// The region files in `dir/regions`, by code.
fn find_regions(dir: &Path) -> Vec<String> {
    let mut codes: Vec<String> = std::fs::read_dir(dir.join("regions"))
        .map(|entries| {
            entries
                .filter_map(|e| e.ok())
                .filter_map(|e| {
                    let name = e.file_name().to_str()?.to_string();
                    name.strip_suffix(".toml").map(str::to_string)
                })
                .collect()
        })
        .unwrap_or_default();
    codes.sort();
    codes
}

/// Reads and checks all content under `dir`. The error lists every problem found, each naming its
/// file and key.
pub fn load(dir: &Path) -> Result<Content, Vec<String>> {
    let locales = find_locales(dir);
    let mut r = Reader {
        problems: Problems::default(),
        files: Vec::new(),
        locales: locales.clone(),
    };
    if locales.first() != Some(&SOURCE_LOCALE) {
        r.problems.0.push(format!(
            "{}: the source locale `{SOURCE_LOCALE}` has no folder with a ui.toml",
            dir.display()
        ));
    }
    let codes = find_regions(dir);
    if !codes.iter().any(|c| c == DEFAULT_REGION) {
        r.problems.0.push(format!(
            "{}: the default region `{DEFAULT_REGION}` has no file",
            dir.join("regions").display()
        ));
    }
    let shared = read_shared_phrases(&mut r, dir);
    let mut regions = Vec::new();
    for code in &codes {
        let path = dir.join("regions").join(format!("{code}.toml"));
        if let Some(mut region) = r.read::<Region>(&path) {
            check_region(&path, code, &region, &mut r.problems);
            check_languages(&path, &region, &locales, &mut r.problems);
            add_shared_phrases(&mut region, shared);
            regions.push(region);
        }
    }
    let mut guides = Vec::new();
    let mut all_origins = Vec::new();
    let mut spellings = Vec::new();
    for locale in &locales {
        let base = dir.join(locale);
        if let Some(found) = read_spellings(&mut r, &base.join("spelling.toml"), &codes) {
            spellings.push((*locale, found));
        }
        let ui = r.read::<Ui>(&base.join("ui.toml"));
        let journey = r.read::<Journey>(&base.join("journey.toml"));
        let compare = r.read::<Compare>(&base.join("compare.toml"));
        let help = r.read::<HelpText>(&base.join("help.toml"));
        let questions = r.read::<Questions>(&base.join("questions.toml"));
        let (questions, origins) = match questions {
            Some(q) => {
                let (q, origins) = read_question_files(&mut r, &base, q);
                (Some(q), origins)
            }
            None => (None, Vec::new()),
        };
        if *locale != SOURCE_LOCALE {
            for name in LOCALE_FILES {
                parity(
                    &mut r,
                    &dir.join(SOURCE_LOCALE).join(name),
                    &base.join(name),
                );
            }
            question_files_parity(&mut r, &dir.join(SOURCE_LOCALE), &base);
        }
        if let (Some(ui), Some(journey), Some(compare), Some(help), Some(questions)) =
            (ui, journey, compare, help, questions)
        {
            let guide = Guide {
                locale,
                ui,
                journey,
                compare,
                help,
                questions,
            };
            check_guide(&base, locale, &guide, &origins, &regions, &mut r.problems);
            guides.push(guide);
            all_origins.push(origins);
        }
    }
    let phrased: Vec<Phrased> = guides
        .iter()
        .zip(&all_origins)
        .flat_map(|(guide, origins)| {
            texts_taking_phrases(&dir.join(guide.locale), guide, origins, &regions)
        })
        .chain(region_texts_taking_phrases(dir, &locales, &regions))
        .chain(phrase_texts(dir, &locales, &regions, shared))
        .collect();
    check_phrases_named(dir, &phrased, &regions, shared, &mut r.problems);
    check_phrases_nest_once(dir, &regions, shared, &mut r.problems);
    if r.problems.0.is_empty() {
        Ok(Content {
            locales,
            guides,
            regions,
            files: r.files,
            spellings,
        })
    } else {
        Err(r.problems.0)
    }
}

/// The file of phrases every region shares.
pub const SHARED_PHRASES_FILE: &str = "phrases.toml";

/// `phrases.toml`'s phrases, their sources checked as a region's are; none where there is no file.
fn read_shared_phrases(r: &mut Reader, dir: &Path) -> &'static [Phrase] {
    let path = dir.join(SHARED_PHRASES_FILE);
    if !path.is_file() {
        return &[];
    }
    let Some(file) = r.read::<SharedPhrases>(&path) else {
        return &[];
    };
    for phrase in file.phrases.iter() {
        check_phrase_sources(&path, phrase, &mut r.problems);
    }
    file.phrases.all()
}

/// The region's own phrases, then each shared phrase it does not write in its own words.
fn add_shared_phrases(region: &mut Region, shared: &[Phrase]) {
    let own = region.phrases.all();
    let inherited = shared
        .iter()
        .filter(|s| !own.iter().any(|p| p.id == s.id))
        .map(Phrase::as_inherited);
    let all: Vec<Phrase> = own.iter().map(Phrase::copied).chain(inherited).collect();
    region.phrases = List(Box::leak(all.into_boxed_slice()));
}

/// A locale's `spelling.toml`, checked, where it has one.
fn read_spellings(
    r: &mut Reader,
    path: &Path,
    codes: &[String],
) -> Option<Vec<spelling::Spelling>> {
    if !path.is_file() {
        return None;
    }
    let file = r.read::<spelling::SpellingFile>(path)?;
    let codes: Vec<&str> = codes.iter().map(String::as_str).collect();
    for (key, what) in spelling::problems(&file.spellings, &codes) {
        r.problems.add(path, &key, what);
    }
    Some(spelling::by_region(&file.spellings))
}

/// A file of `<locale>/questions/`: one question, or one question's variants for different regions.
#[derive(Deserialize)]
#[serde(deny_unknown_fields, bound(deserialize = "'de: 'static"))]
struct QuestionFile {
    questions: Vec<Question>,
}

/// The `.toml` files of a locale's `questions/` folder, by name: the questions' order.
fn question_files(base: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(base.join("questions"))
        .map(|entries| {
            entries
                .filter_map(|e| e.ok())
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "toml"))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    files
}

/// `questions.toml`'s questions, then those of each file in `questions/`, with the file each came
/// from (so a problem names it).
fn read_question_files(r: &mut Reader, base: &Path, head: Questions) -> (Questions, Vec<PathBuf>) {
    let mut all: Vec<Question> = Vec::new();
    let mut origins = Vec::new();
    let own: &'static [Question] = head.questions.0;
    for q in own {
        all.push(*q);
        origins.push(base.join("questions.toml"));
    }
    for path in question_files(base) {
        if let Some(file) = r.read::<QuestionFile>(&path) {
            for q in file.questions {
                all.push(q);
                origins.push(path.clone());
            }
        }
    }
    let questions = List(Box::leak(all.into_boxed_slice()));
    (Questions { questions, ..head }, origins)
}

/// Every question file of the source locale has its translation, key by key, and no other.
fn question_files_parity(r: &mut Reader, source: &Path, translated: &Path) {
    let names = |base: &Path| -> Vec<std::ffi::OsString> {
        question_files(base)
            .iter()
            .filter_map(|p| p.file_name().map(|n| n.to_os_string()))
            .collect()
    };
    let (ours, theirs) = (names(source), names(translated));
    for name in &ours {
        if !theirs.contains(name) {
            r.problems.0.push(format!(
                "{}: has no translation (the same file name in {})",
                source.join("questions").join(name).display(),
                translated.join("questions").display()
            ));
        }
    }
    for name in &theirs {
        if ours.contains(name) {
            parity(
                r,
                &source.join("questions").join(name),
                &translated.join("questions").join(name),
            );
        } else {
            r.problems.0.push(format!(
                "{}: has no original (the same file name in {})",
                translated.join("questions").join(name).display(),
                source.join("questions").display()
            ));
        }
    }
}

/// Both files as plain TOML, compared key by key (a parse error is reported when each is read).
fn parity(r: &mut Reader, original: &Path, translated: &Path) {
    let value = |path: &Path| {
        std::fs::read_to_string(path)
            .ok()
            .and_then(|text| text.parse::<toml::Value>().ok())
    };
    if let (Some(a), Some(b)) = (value(original), value(translated)) {
        check_parity(original, &a, translated, &b, "", &mut r.problems);
    }
}

// ---------- what only a type knows ----------

pub fn check_region(path: &Path, file_code: &str, region: &Region, p: &mut Problems) {
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
    p.date(path, "next_review", region.next_review);
    if let Some(pattern) = region.date_pattern {
        for (locale, text) in pattern.all {
            for part in ["{day}", "{month}", "{year}"] {
                p.placeholder(path, &format!("date_pattern.{locale}"), text, part);
            }
        }
    }
    if let Some(label) = region.sticky_call {
        for (locale, text) in label.all {
            p.placeholder(path, &format!("sticky_call.{locale}"), text, "{number}");
        }
    }
    for line in region.lines.iter() {
        check_line(path, region, line, p);
    }
    // "Reach out" may offer a line to text (it draws it as a text link); the help bar calls.
    let reach_out = region.reach_out.iter().map(|id| ("reach_out", *id));
    for (key, id) in [
        ("main_helpline", region.main_helpline),
        ("emergency", region.emergency),
    ]
    .into_iter()
    .chain(reach_out)
    {
        match region.lines.iter().find(|l| l.id == id) {
            Some(line) if line.tel.is_some() => {}
            Some(line) if key == "reach_out" && line.sms.is_some() => {}
            Some(_) if key == "reach_out" => p.add(
                path,
                key,
                format!("names line \"{id}\", which has no tel or sms: it needs a number to call or text"),
            ),
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
    for phrase in region.phrases.iter() {
        check_phrase_sources(path, phrase, p);
    }
    for (i, tier) in region.tiers.iter().enumerate() {
        let key = format!("tiers[{i}]");
        // Its kind names a tier (its card's colour, the emergency card's anchor, what its sources
        // are heard as: "Sources: Emergency"), so two of one kind could not be told apart.
        if region.tiers[..i]
            .iter()
            .any(|earlier| earlier.kind == tier.kind)
        {
            p.add(
                path,
                &format!("{key}.kind"),
                "is the kind of an earlier tier: a region has one tier of each kind",
            );
        }
        if tier.sources.is_empty() {
            p.add(
                path,
                &format!("{key}.sources"),
                "names no source: what a tier says needs one (a line's number is its own `source`'s)",
            );
        }
        for (j, source) in tier.sources.iter().enumerate() {
            check_source(path, &format!("{key}.sources[{j}]"), *source, p);
        }
        for (j, action) in tier.actions.iter().enumerate() {
            check_action(path, &format!("{key}.actions[{j}]"), action, &[region], p);
        }
        check_heading_number(path, &key, region, tier, p);
        check_blocks(path, &format!("{key}.blocks"), &tier.blocks, &[region], p);
        check_no_reach_out(path, &format!("{key}.blocks"), &tier.blocks, p);
    }
    check_supporter_lines(path, region, p);
}

/// A tier names its lines in its own actions: a `reach_out` block there would offer lines whose
/// sources the tier does not list.
fn check_no_reach_out(path: &Path, key: &str, blocks: &[Block], p: &mut Problems) {
    for (i, block) in blocks.iter().enumerate() {
        if matches!(block, Block::ReachOut { .. }) {
            p.add(
                path,
                &format!("{key}[{i}]"),
                "is a `reach_out` block, which only a question may hold: a tier lists its lines as `actions`",
            );
        }
    }
}

/// A tier's heading says `{number}` in every language or in none, and only where its first
/// action calls or texts a number (the heading shows that number, `components::help`).
fn check_heading_number(path: &Path, key: &str, region: &Region, tier: &Tier, p: &mut Problems) {
    let with: Vec<bool> = tier
        .heading
        .all
        .iter()
        .map(|(_, text)| text.contains("{number}"))
        .collect();
    if !with.iter().any(|w| *w) {
        return;
    }
    if !with.iter().all(|w| *w) {
        p.add(
            path,
            &format!("{key}.heading"),
            "says {number} in some languages only",
        );
    }
    let numbered = tier
        .actions
        .first()
        .filter(|action| action.via != Via::Web)
        .and_then(|action| region.line(action.line))
        .is_some();
    if !numbered {
        p.add(
            path,
            &format!("{key}.heading"),
            "says {number}, but the tier's first action calls or texts no line of the region",
        );
    }
}

/// `for_supporters` decides only the "Reach out" step's buttons, so it sits only on a line that
/// step offers; a region's own words for a supporter there (`reach_out_supporter_now`) are for
/// lines the journey's two texts do not fit: some theirs to call, some the loved one's.
fn check_supporter_lines(path: &Path, region: &Region, p: &mut Problems) {
    let offered = region.reach_out();
    for line in region.lines.iter().filter(|l| l.for_supporters) {
        if !offered.iter().any(|o| o.id == line.id) {
            p.add(
                path,
                &format!("lines.{}.for_supporters", line.id),
                "is set on a line \"Reach out\" does not offer (`reach_out`): it would change nothing",
            );
        }
    }
    let theirs = offered.iter().filter(|l| l.for_supporters).count();
    if region.reach_out_supporter_now.is_some() && (theirs == 0 || theirs == offered.len()) {
        p.add(
            path,
            "reach_out_supporter_now",
            "is for lines of both kinds (some with `for_supporters`, some without): \
             otherwise the journey's own `now` or `now_if_lines_are_theirs` fits",
        );
    }
}

/// A line's `languages` are languages the guide speaks (its content folders).
fn check_languages(path: &Path, region: &Region, locales: &[&str], p: &mut Problems) {
    for line in region.lines.iter() {
        for language in line.languages.iter() {
            if !locales.contains(language) {
                let key = format!("lines.{}.languages", line.id);
                let known = locales.join(", ");
                p.add(
                    path,
                    &key,
                    format!("\"{language}\" is not a language of the guide ({known})"),
                );
            }
        }
    }
}

/// A phrase's sources are listed under every step and answer that says it: an address among them
/// is linked as a tier's is.
fn check_phrase_sources(path: &Path, phrase: &Phrase, p: &mut Problems) {
    for (j, source) in phrase.sources.iter().enumerate() {
        check_source(
            path,
            &format!("phrases.{}.sources[{j}]", phrase.id),
            *source,
            p,
        );
    }
}

/// A source written once for every language is an address; a name is written per language.
fn check_source(path: &Path, key: &str, source: Localized<Text>, p: &mut Problems) {
    if let [(EVERY_LOCALE, url)] = source.all {
        if url.starts_with("http://") {
            p.add(
                path,
                key,
                format!(
                    "\"{url}\" starts with http://: the guide links only to https:// addresses"
                ),
            );
        } else if !is_https_url(url) {
            p.add(
                path,
                key,
                format!(
                    "\"{url}\" is not an https:// address: write a source's name per language, {{ en = \"…\", es = \"…\", fr = \"…\" }}"
                ),
            );
        }
    }
}

/// A step's, a grid's or a question's sources are names, shown as the reader reads them
/// ("NIDA", "SAMHSA TIP 63"), never links: an address there would be shown as plain text.
fn check_source_names<'a>(
    path: &Path,
    key: &str,
    names: impl IntoIterator<Item = &'a str>,
    p: &mut Problems,
) {
    for name in names {
        if ["http://", "https://", "www."]
            .iter()
            .any(|start| name.starts_with(start))
        {
            p.add(
                path,
                key,
                format!("\"{name}\" is an address: here a source is its name, as the reader sees it (\"NIDA\", \"SAMHSA TIP 63\")"),
            );
        }
    }
}

fn check_line(path: &Path, region: &Region, line: &Line, p: &mut Problems) {
    let key = format!("lines.{}", line.id);
    for (field, number) in [("tel", line.tel), ("sms", line.sms)] {
        if let Some(number) = number {
            p.phone(path, &format!("{key}.{field}"), number);
        }
    }
    if let Some(url) = line.url {
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
    if line.chat && line.url.is_none() {
        p.add(
            path,
            &format!("{key}.chat"),
            "is a chat's web address: it needs a url",
        );
    }
    check_display_reads_the_number(path, &key, line, p);
    check_source(path, &format!("{key}.source"), line.source, p);
    p.reviewed(path, &format!("{key}.last_reviewed"), line.last_reviewed);
    if region.next_review <= line.last_reviewed {
        p.add(
            path,
            "next_review",
            format!("must come after {key}.last_reviewed"),
        );
    }
    if let Some(verified) = line.last_verified {
        p.reviewed(path, &format!("{key}.last_verified"), verified);
    }
}

/// A number's display, read digit by digit, must say the number dialled (a country code may be
/// left out, and a leading 0 written in its place): what a screen reader says is what is called.
fn check_display_reads_the_number(path: &Path, key: &str, line: &Line, p: &mut Problems) {
    let digits = |s: &str| s.chars().filter(char::is_ascii_digit).collect::<String>();
    let said = digits(&spoken::read_digits(line.display));
    for (field, dial) in [("tel", line.tel), ("sms", line.sms)] {
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

/// An action must reach a line that has what it needs (a number to call or text, an address to
/// open) in every region it can show in. (Its spoken name is made from its label, `named`.)
fn check_action(path: &Path, key: &str, action: &Action, regions: &[&Region], p: &mut Problems) {
    for region in regions {
        let Some(line) = region.line(action.line) else {
            p.add(
                path,
                &format!("{key}.line"),
                format!(
                    "names line \"{}\", which is not in the {} region's [lines]",
                    action.line, region.code
                ),
            );
            continue;
        };
        let has = match action.via {
            Via::Call => line.tel.is_some(),
            Via::Text => line.sms.is_some(),
            Via::Web => line.url.is_some(),
        };
        if !has {
            p.add(
                path,
                &format!("{key}.via"),
                format!(
                    "is {:?} but line \"{}\" ({}) has no number or address for it",
                    action.via, action.line, region.code
                ),
            );
        }
    }
    for (locale, label) in action.label.all {
        let at = format!("{key}.label.{locale}");
        p.placeholder(path, &at, label, "{number}");
        // Anything else in braces would reach the reader as written, braces and all.
        for name in phrases_named(label) {
            if name != "number" && name != LINE_NAME {
                p.add(
                    path,
                    &at,
                    format!(
                        "names {{{name}}}: a label may write only {{number}} and {{{LINE_NAME}}}"
                    ),
                );
            }
        }
    }
    if action.body.is_some() && action.via != Via::Text {
        p.add(path, &format!("{key}.body"), "is only for via = \"text\"");
    }
}

/// The checks a block's words cannot carry themselves: actions reach real lines, a table's rows
/// have a cell per column.
fn check_blocks(path: &Path, key: &str, blocks: &[Block], regions: &[&Region], p: &mut Problems) {
    for (i, block) in blocks.iter().enumerate() {
        let key = format!("{key}[{i}]");
        match block {
            Block::Actions { actions } => {
                for (j, action) in actions.iter().enumerate() {
                    check_action(path, &format!("{key}.actions[{j}]"), action, regions, p);
                }
            }
            Block::Table { head, rows, .. } => {
                for (locale, head) in head.all {
                    for (r, row) in rows.iter().enumerate() {
                        let cells = row.get_in(locale).map_or(0, |c| c.len());
                        if cells != head.len() {
                            p.add(
                                path,
                                &format!("{key}.rows[{r}]"),
                                format!("has {cells} cells for {} columns", head.len()),
                            );
                        }
                    }
                }
            }
            _ => {}
        }
    }
}

fn check_guide(
    base: &Path,
    locale: &str,
    guide: &Guide,
    origins: &[PathBuf],
    regions: &[Region],
    p: &mut Problems,
) {
    check_ui(&base.join("ui.toml"), locale, &guide.ui, p);
    check_journey(&base.join("journey.toml"), &guide.journey, p);
    check_compare(&base.join("compare.toml"), &guide.compare, p);
    check_help(&base.join("help.toml"), &guide.help, p);
    check_questions(
        &base.join("questions.toml"),
        &guide.questions,
        origins,
        regions,
        p,
    );
}

pub fn check_ui(path: &Path, locale: &str, ui: &Ui, p: &mut Problems) {
    if ui.locale != locale {
        p.add(
            path,
            "locale",
            format!("is \"{}\" but the folder is \"{locale}\"", ui.locale),
        );
    }
    p.review_dates(path, "", ui.last_reviewed, ui.next_review);
    p.placeholder(path, "helpbar_overdose", ui.helpbar_overdose, "{number}");
    p.placeholder(path, "sticky_call", ui.sticky_call, "{number}");
    p.placeholder(path, "sticky_overdose", ui.sticky_overdose, "{number}");
    let whole_words = ui
        .quick_exit
        .strip_prefix(ui.quick_exit_short)
        .is_some_and(|rest| rest.is_empty() || rest.starts_with(' '));
    if ui.quick_exit_short.is_empty() || !whole_words {
        p.add(
            path,
            "quick_exit_short",
            "must be the first word or words of `quick_exit` (what a voice user says must be in the button's name)",
        );
    }
    p.placeholder(path, "quick_exit_presses", ui.quick_exit_presses, "{n}");
    if ui.months.len() != 12 {
        p.add(
            path,
            "months",
            format!("has {} names; a year has 12 months", ui.months.len()),
        );
    }
    for part in ["{day}", "{month}", "{year}"] {
        p.placeholder(path, "date_pattern", ui.date_pattern, part);
    }
}

pub fn check_journey(path: &Path, j: &Journey, p: &mut Problems) {
    let ids: Vec<&str> = j.steps.iter().map(|s| s.id).collect();
    if ids != STEP_IDS {
        p.add(
            path,
            "steps",
            format!("must be the seven steps {STEP_IDS:?} in order; found {ids:?}"),
        );
    }
    for (i, step) in j.steps.iter().enumerate() {
        let key = format!("steps[{i}]");
        p.review_dates(
            path,
            &format!("{key}."),
            step.last_reviewed,
            step.next_review,
        );
        if step.me.time.is_some() != step.loved_one.time.is_some()
            || step.me.warnings.len() != step.loved_one.warnings.len()
        {
            p.add(
                path,
                &key,
                "must give `time` for both audiences or for neither, and as many `warnings` to each",
            );
        }
        if step.me.now_if_lines_are_theirs.is_some() {
            p.add(
                path,
                &format!("{key}.self.now_if_lines_are_theirs"),
                "is for a supporter only (`loved_one`)",
            );
        }
        if step.call_now != (step.id == "reach-out") {
            p.add(
                path,
                &format!("{key}.call_now"),
                "must be true on the \"reach-out\" step only: the region's lines and its own words for it go there",
            );
        }
        if step.call_now != step.loved_one.now_if_lines_are_theirs.is_some() {
            p.add(
                path,
                &format!("{key}.loved_one.now_if_lines_are_theirs"),
                "must be given exactly in a step that offers the region's lines (`call_now`): \
                 a supporter whose lines are all their loved one's to call reads it",
            );
        }
        let sources = step.sources.iter().copied();
        check_source_names(path, &format!("{key}.sources"), sources, p);
        if step.sources.is_empty() && !step.call_now {
            p.add(
                path,
                &format!("{key}.sources"),
                "is missing: only a step that offers the region's lines (`call_now`) may leave it out",
            );
        }
        if step.choices.len() == 1 {
            p.add(
                path,
                &format!("{key}.choices"),
                "has one choice: an \"or\" needs two or more",
            );
        }
    }
}

pub fn check_compare(path: &Path, c: &Compare, p: &mut Problems) {
    let ids: Vec<&str> = c.grids.iter().map(|g| g.id).collect();
    if ids != ["medications", "settings"] {
        p.add(
            path,
            "grids",
            format!("must be the medications grid then the settings grid; found {ids:?}"),
        );
    }
    for (i, grid) in c.grids.iter().enumerate() {
        let key = format!("grids[{i}]");
        p.review_dates(
            path,
            &format!("{key}."),
            grid.last_reviewed,
            grid.next_review,
        );
        if grid.options.len() < 2 {
            p.add(path, &key, "needs two or more options");
        }
        for (field, names) in [
            ("sources", grid.sources),
            ("us_only_sources", grid.us_only_sources),
        ] {
            let names = names.iter().copied();
            check_source_names(path, &format!("{key}.{field}"), names, p);
        }
        if !grid.us_only_sources.is_empty() && !grid.rows.iter().any(|r| r.us_only) {
            p.add(
                path,
                &format!("{key}.us_only_sources"),
                "names sources for US-only rows, but the grid has none",
            );
        }
        for source in grid.us_only_sources.iter() {
            if grid.sources.iter().any(|s| s == source) {
                p.add(
                    path,
                    &format!("{key}.us_only_sources"),
                    format!("\"{source}\" is in `sources` too: name it once"),
                );
            }
        }
        for (r, row) in grid.rows.iter().enumerate() {
            if row.cells.len() != grid.options.len() {
                p.add(
                    path,
                    &format!("{key}.rows[{r}].cells"),
                    format!(
                        "has {} cells for {} options",
                        row.cells.len(),
                        grid.options.len()
                    ),
                );
            }
        }
    }
}

pub fn check_help(path: &Path, h: &HelpText, p: &mut Problems) {
    p.placeholder(path, "partner_heading", h.partner_heading, "{name}");
    for (key, value) in [
        ("partner_call", h.partner_call),
        ("partner_text", h.partner_text),
        ("partner_web", h.partner_web),
    ] {
        p.placeholder(path, key, value, "{number}");
    }
}

/// Every question is asked once in every region: a question may have variants (`regions`), but
/// each region sees exactly one of each id, and every region sees every id.
pub fn check_questions(
    path: &Path,
    q: &Questions,
    origins: &[PathBuf],
    regions: &[Region],
    p: &mut Problems,
) {
    let mut ids: Vec<&str> = Vec::new();
    for question in q.questions.iter() {
        if !ids.contains(&question.id) {
            ids.push(question.id);
        }
    }
    let places = question_places(path, origins, q.questions.len());
    for (question, (file, in_file)) in q.questions.iter().zip(places) {
        let key = format!("questions[{in_file}]");
        p.review_dates(
            file,
            &format!("{key}."),
            question.last_reviewed,
            question.next_review,
        );
        if question.sources.is_empty() {
            p.add(file, &format!("{key}.sources"), "names no source");
        }
        for (field, names) in [
            ("sources", question.sources),
            ("loved_one_sources", question.loved_one_sources),
        ] {
            let names = names.iter().copied();
            check_source_names(file, &format!("{key}.{field}"), names, p);
        }
        if question.answer.is_empty() {
            p.add(file, &format!("{key}.answer"), "is empty");
        }
        if !question.loved_one_sources.is_empty() && question.loved_one.is_empty() {
            p.add(
                file,
                &format!("{key}.loved_one_sources"),
                "lists sources for a supporter's answer, but the question has none (`loved_one`)",
            );
        }
        for source in question.loved_one_sources.iter() {
            if question.sources.contains(source) {
                p.add(
                    file,
                    &format!("{key}.loved_one_sources"),
                    format!("repeats \"{source}\", which `sources` lists for both readers"),
                );
            }
        }
        for code in question.regions.iter() {
            if !regions.iter().any(|r| r.code == *code) {
                p.add(
                    file,
                    &format!("{key}.regions"),
                    format!(
                        "names \"{code}\", which is not a region (the regions: {})",
                        regions
                            .iter()
                            .map(|r| r.code)
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                );
            }
        }
        let shown: Vec<&Region> = regions
            .iter()
            .filter(|r| question.shown_in(r.code))
            .collect();
        check_blocks(file, &format!("{key}.answer"), &question.answer, &shown, p);
        check_blocks(
            file,
            &format!("{key}.loved_one"),
            &question.loved_one,
            &shown,
            p,
        );
    }
    for id in &ids {
        // The question's own file, and the regions that see it never, or more than once.
        let at = q.questions.iter().position(|x| x.id == *id);
        let file = at
            .and_then(|i| origins.get(i))
            .map_or(path, |f| f.as_path());
        let times = |code| {
            q.questions
                .iter()
                .filter(|x| x.id == *id && x.shown_in(code))
                .count()
        };
        let codes = |wanted: fn(usize) -> bool| -> Vec<&str> {
            let codes = regions.iter().map(|r| r.code);
            codes.filter(|&code| wanted(times(code))).collect()
        };
        let (never, twice) = (codes(|n| n == 0), codes(|n| n > 1));
        if !never.is_empty() {
            p.add(
                file,
                "questions",
                format!(
                    "\"{id}\" is not asked in {}: every region shows every question. Add an entry \
                     (the same id) whose `regions` lists them, with their own facts, or leave \
                     `regions` out where the facts hold everywhere",
                    never.join(", ")
                ),
            );
        }
        if !twice.is_empty() {
            p.add(
                file,
                "questions",
                format!(
                    "\"{id}\" is asked more than once in {}: each region may be in one entry's `regions` only",
                    twice.join(", ")
                ),
            );
        }
    }
}

/// Where each of `count` questions is written, as an editor finds it: its file (`origins`, or
/// `path` where it has none) and its index within that file.
fn question_places<'a>(
    path: &'a Path,
    origins: &'a [PathBuf],
    count: usize,
) -> Vec<(&'a Path, usize)> {
    let mut places: Vec<(&Path, usize)> = Vec::with_capacity(count);
    for i in 0..count {
        let file = origins.get(i).map_or(path, |f| f.as_path());
        let in_file = match places.last() {
            Some(&(last, n)) if last == file => n + 1,
            _ => 0,
        };
        places.push((file, in_file));
    }
    places
}

// ---------- a region's phrases ----------

/// A text that takes the region's `{phrases}` (`Region::with_phrases`): a journey step's words,
/// or a paragraph, warning or list item of an answer. With where an editor finds it, and the
/// regions that show it.
pub struct Phrased<'a> {
    pub file: PathBuf,
    pub key: String,
    pub text: Text,
    pub regions: Vec<&'a Region>,
}

/// The `{name}`s in `text`, an optional `{name?}` by its name.
pub fn phrases_named(text: &str) -> Vec<&str> {
    text.split('{')
        .skip(1)
        .filter_map(|after| after.split_once('}'))
        .map(|(name, _)| name.strip_suffix('?').unwrap_or(name))
        .collect()
}

/// Every text of `guide` that takes the region's phrases: the journey's and the emergency card's
/// shared note for every region, each answer's for the regions that see it.
pub fn texts_taking_phrases<'a>(
    base: &Path,
    guide: &Guide,
    origins: &[PathBuf],
    regions: &'a [Region],
) -> Vec<Phrased<'a>> {
    let mut out = Vec::new();
    let journey = base.join("journey.toml");
    for (i, step) in guide.journey.steps.iter().enumerate() {
        for (reader, words) in [("self", &step.me), ("loved_one", &step.loved_one)] {
            let fields = [
                ("what", Some(words.what)),
                ("ask", Some(words.ask)),
                ("time", words.time),
                ("now", Some(words.now)),
                ("now_if_lines_are_theirs", words.now_if_lines_are_theirs),
            ];
            for (field, text) in fields {
                let key = format!("steps[{i}].{reader}.{field}");
                out.extend(text.map(|text| (key, text)));
            }
            for (w, text) in words.warnings.iter().enumerate() {
                out.push((format!("steps[{i}].{reader}.warnings[{w}]"), *text));
            }
        }
        for (j, choice) in step.choices.iter().enumerate() {
            for (reader, text) in [("self", choice.me), ("loved_one", choice.loved_one)] {
                out.push((format!("steps[{i}].choices[{j}].{reader}"), text));
            }
        }
    }
    let mut phrased: Vec<Phrased<'a>> = out
        .into_iter()
        .map(|(key, text)| Phrased {
            file: journey.clone(),
            key,
            text,
            regions: regions.iter().collect(),
        })
        .collect();
    phrased.push(Phrased {
        file: base.join("help.toml"),
        key: "overdose_mixing".to_string(),
        text: guide.help.overdose_mixing,
        regions: regions.iter().collect(),
    });
    let questions = &guide.questions.questions;
    let head = base.join("questions.toml");
    for (question, (file, in_file)) in
        questions
            .iter()
            .zip(question_places(&head, origins, questions.len()))
    {
        let shown: Vec<&Region> = regions
            .iter()
            .filter(|r| question.shown_in(r.code))
            .collect();
        for (reader, blocks) in [
            ("answer", question.answer),
            ("loved_one", question.loved_one),
        ] {
            for (j, block) in blocks.iter().enumerate() {
                let key = format!("questions[{in_file}].{reader}[{j}]");
                for (k, text) in block.phrased_texts().into_iter().enumerate() {
                    phrased.push(Phrased {
                        file: file.to_path_buf(),
                        key: format!("{key}.text[{k}]"),
                        text,
                        regions: shown.clone(),
                    });
                }
            }
        }
    }
    phrased
}

/// Each phrase's own words, in each locale: a phrase may name the emergency number or another
/// phrase, so a sentence every warning ends with is written once. Each is checked once, where it is
/// written, for the regions that say it in those words.
fn phrase_texts<'a>(
    dir: &Path,
    locales: &[&str],
    regions: &'a [Region],
    shared: &'a [Phrase],
) -> Vec<Phrased<'a>> {
    let mut out = Vec::new();
    for (file, phrases) in phrases_by_file(dir, regions, shared) {
        for phrase in phrases {
            let saying: Vec<&Region> = regions
                .iter()
                .filter(|r| {
                    r.phrases
                        .iter()
                        .any(|p| p.id == phrase.id && p.text == phrase.text)
                })
                .collect();
            for locale in locales {
                if let Some(text) = phrase.text.get_in(locale) {
                    out.push(Phrased {
                        file: file.clone(),
                        key: format!("phrases.{}.text.{locale}", phrase.id),
                        text,
                        regions: saying.clone(),
                    });
                }
            }
        }
    }
    out
}

/// Each phrase with the file that writes it: a region's own in its file, a shared one once, in
/// `phrases.toml` (not in each region that has it from there).
fn phrases_by_file<'a>(
    dir: &Path,
    regions: &'a [Region],
    shared: &'a [Phrase],
) -> Vec<(PathBuf, Vec<&'a Phrase>)> {
    regions
        .iter()
        .map(|region| {
            let own = region.phrases.iter().filter(|ph| !ph.inherited);
            let file = dir.join("regions").join(format!("{}.toml", region.code));
            (file, own.collect::<Vec<_>>())
        })
        .chain([(dir.join(SHARED_PHRASES_FILE), shared.iter().collect())])
        .collect()
}

/// A phrase may name another phrase, but not one that names a third, nor itself: the reader's
/// words are filled in two passes, and a third name would reach the reader in braces. Said where
/// the inner phrase is written, since that is the edit that broke it.
fn check_phrases_nest_once(dir: &Path, regions: &[Region], shared: &[Phrase], p: &mut Problems) {
    let named_by = |phrase: &Phrase| -> Vec<&'static str> {
        phrase
            .text
            .all
            .iter()
            .flat_map(|(_, words)| phrases_named(words))
            .filter(|name| *name != EMERGENCY_NUMBER)
            .collect()
    };
    let everywhere: Vec<&Phrase> = regions
        .iter()
        .flat_map(|r| r.phrases.iter())
        .chain(shared.iter())
        .collect();
    for (file, phrases) in phrases_by_file(dir, regions, shared) {
        for phrase in phrases {
            let names = named_by(phrase);
            let key = format!("phrases.{}", phrase.id);
            if names.contains(&phrase.id) {
                let message = format!("names itself, {{{}}}: write its words instead", phrase.id);
                p.add(&file, &key, message);
                continue;
            }
            let Some(inner) = names.first() else {
                continue;
            };
            let outer = everywhere.iter().find(|o| named_by(o).contains(&phrase.id));
            if let Some(outer) = outer {
                p.add(
                    &file,
                    &key,
                    format!(
                        "names {{{inner}}}, but {{{}}} names this phrase: a phrase that another \
                         names may name only {{{EMERGENCY_NUMBER}}} (write {{{inner}}}'s words \
                         here, or name {{{inner}}} after {{{}}} where it is said)",
                        outer.id, outer.id
                    ),
                );
            }
        }
    }
}

/// Every text of a region file that takes its own phrases, in each locale: the note under "Reach
/// out"'s lines, each tier's body and blocks. Australia's South Australian hours are one phrase,
/// said by its note, its tier and its answers.
fn region_texts_taking_phrases<'a>(
    dir: &Path,
    locales: &[&str],
    regions: &'a [Region],
) -> Vec<Phrased<'a>> {
    let mut out = Vec::new();
    for region in regions {
        let file = dir.join("regions").join(format!("{}.toml", region.code));
        let mut add = |key: String, text: Text| {
            out.push(Phrased {
                file: file.clone(),
                key,
                text,
                regions: vec![region],
            })
        };
        for locale in locales {
            if let Some(note) = region
                .reach_out_note
                .and_then(|n| n.get_in(locale).copied())
            {
                add(format!("reach_out_note.{locale}"), note);
            }
            for (i, tier) in region.tiers.iter().enumerate() {
                for (k, text) in tier.phrased_texts_in(Some(locale)).into_iter().enumerate() {
                    add(format!("tiers[{i}].text[{k}].{locale}"), text);
                }
            }
        }
    }
    out
}

/// Each `{name}` in a text is a phrase of every region that shows it: a name no region file has
/// would reach the reader as it is written, braces and all. A name no region has is a typo, said
/// at each text; a phrase one region lacks is said once for that region, with how many texts name
/// it. A phrase no text names is words no reader sees: an editor who changed it would change
/// nothing.
fn check_phrases_named(
    dir: &Path,
    phrased: &[Phrased],
    regions: &[Region],
    shared: &[Phrase],
    p: &mut Problems,
) {
    let mut known: Vec<&str> = regions
        .iter()
        .flat_map(|r| r.phrases.iter().map(|ph| ph.id))
        .collect();
    // Every region has the emergency number, written or not.
    if !known.contains(&EMERGENCY_NUMBER) {
        known.push(EMERGENCY_NUMBER);
    }
    let mut missing: Vec<(&str, &str, usize, String)> = Vec::new();
    for text in phrased {
        for name in phrases_named(text.text) {
            if name == EMERGENCY_NUMBER {
                continue;
            }
            if !known.contains(&name) {
                p.add(
                    &text.file,
                    &text.key,
                    format!(
                        "names the phrase {{{name}}}, which no region file has: correct the name \
                         (the phrases: {}), or add [phrases.{name}] to every region file, or once \
                         to {SHARED_PHRASES_FILE} if it is true in every region",
                        phrase_list(&known)
                    ),
                );
                continue;
            }
            // An optional `{name?}` is said only where a region has words for it.
            if text.text.contains(&format!("{{{name}?}}")) {
                continue;
            }
            for region in text
                .regions
                .iter()
                .filter(|r| !r.phrases.iter().any(|ph| ph.id == name))
            {
                match missing
                    .iter_mut()
                    .find(|(c, n, ..)| *c == region.code && *n == name)
                {
                    Some(entry) => entry.2 += 1,
                    None => missing.push((
                        region.code,
                        name,
                        1,
                        format!("{} `{}`", text.file.display(), text.key),
                    )),
                }
            }
        }
    }
    for (code, name, count, first) in missing {
        p.add(
            &dir.join("regions").join(format!("{code}.toml")),
            &format!("phrases.{name}"),
            format!(
                "is missing: {} {{{name}}} (the first: {first}). Add [phrases.{name}] here, \
                 with its text in every language and its sources",
                match count {
                    1 => "1 text names".to_string(),
                    n => format!("{n} texts name"),
                },
            ),
        );
    }
    let named: Vec<&str> = phrased.iter().flat_map(|t| phrases_named(t.text)).collect();
    for (file, phrases) in phrases_by_file(dir, regions, shared) {
        for phrase in phrases.into_iter().filter(|ph| !named.contains(&ph.id)) {
            p.add(
                &file,
                &format!("phrases.{}", phrase.id),
                format!(
                    "is named by no journey step, answer or text of a region file: write {{{}}} where it \
                     belongs, or remove it",
                    phrase.id
                ),
            );
        }
    }
}

/// `{a}, {b}`: the phrase names, each once.
fn phrase_list(known: &[&str]) -> String {
    let mut names: Vec<String> = Vec::new();
    for name in known {
        let name = format!("{{{name}}}");
        if !names.contains(&name) {
            names.push(name);
        }
    }
    names.join(", ")
}
