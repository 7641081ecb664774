//! A locale's words as each region spells them. The guide's English is written once, in US
//! spelling (the default region's); `en/spelling.toml` names the regions that spell some words
//! their own way ("counselling" in the UK, Ireland, New Zealand, Australia and Canada) and lists
//! those words. The build bakes the guide, and each region's own words, once per spelling
//! (`build.rs`), so every part of the guide a reader in Leeds gets says "counselling", and no
//! component has to remember it.
//!
//! Read by the build only (through `schema.rs`): the guide holds the words already respelt.

use serde::Deserialize;
use std::collections::BTreeMap;

/// The fields whose strings are names, addresses, ids, dates or sources, never respelt: a source's
/// title is the title its publisher gave it, a line's name is the service's own, and an id is what
/// a partner's `start` names. Every other string of the guide and the regions is respelt.
pub const NOT_RESPELT: &[&str] = &[
    "id",
    "code",
    "locale",
    "line",
    "main_helpline",
    "emergency",
    "reach_out",
    "regions",
    "languages",
    "tel",
    "sms",
    "url",
    "display",
    "source",
    "sources",
    "loved_one_sources",
    "us_only_sources",
    "last_reviewed",
    "last_verified",
    "next_review",
    "date_pattern",
    "author",
];

/// A line's `name` (under a region's `lines`) is the service's own name.
const LINE_NAME: [&str; 2] = ["lines", "name"];

/// `<locale>/spelling.toml`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields, bound(deserialize = "'de: 'static"))]
pub struct SpellingFile {
    pub spellings: Vec<Spelling>,
}

/// One way of spelling the locale, and the regions that use it.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Spelling {
    /// What it is, for an editor: "Everywhere outside the US" (the build does not read it).
    #[allow(dead_code)]
    pub name: &'static str,
    /// The region codes that spell this way.
    pub regions: Vec<&'static str>,
    /// Each word as the guide writes it, lower case, and as these regions write it. A word is
    /// matched whole; each form ("program", "programs") is its own entry.
    pub words: BTreeMap<&'static str, &'static str>,
    /// Phrases left as written wherever they appear, such as a service's own name ("Opioid
    /// Dependence Treatment Program").
    #[serde(default)]
    pub keep: Vec<&'static str>,
}

impl Spelling {
    /// Whether `region` spells this way.
    pub fn covers(&self, region: &str) -> bool {
        self.regions.contains(&region)
    }

    /// `text` with each listed word in this spelling, keeping its capital ("Counseling" →
    /// "Counselling", "CRAFT" stays). Words inside a web address and inside a `keep` phrase stay.
    pub fn respell(&self, text: &str) -> String {
        let kept = self.kept_ranges(text);
        let mut out = String::with_capacity(text.len() + 8);
        let mut last = 0;
        for (start, word) in words_of(text) {
            let end = start + word.len();
            let inside_kept = kept.iter().any(|&(a, b)| start < b && end > a);
            let respelt = (!inside_kept && !in_address(text, start))
                .then(|| self.word(word))
                .flatten();
            if let Some(new) = respelt {
                out.push_str(&text[last..start]);
                out.push_str(&new);
                last = end;
            }
        }
        out.push_str(&text[last..]);
        out
    }

    /// `word` in this spelling, or `None` where it is not listed (or is in mixed case, a name).
    fn word(&self, word: &str) -> Option<String> {
        let new = *self.words.get(word.to_ascii_lowercase().as_str())?;
        let mut chars = word.chars();
        let first_upper = chars.next().is_some_and(|c| c.is_ascii_uppercase());
        let rest_upper = chars.clone().all(|c| c.is_ascii_uppercase());
        let rest_lower = chars.all(|c| c.is_ascii_lowercase());
        match (first_upper, rest_lower, rest_upper) {
            (true, _, true) if word.len() > 1 => Some(new.to_ascii_uppercase()),
            (true, true, _) => Some(capitalised(new)),
            (false, true, _) => Some(new.to_string()),
            _ => None,
        }
    }

    /// Where the `keep` phrases are in `text`, as byte ranges.
    fn kept_ranges(&self, text: &str) -> Vec<(usize, usize)> {
        self.keep
            .iter()
            .flat_map(|phrase| {
                text.match_indices(phrase)
                    .map(|(at, found)| (at, at + found.len()))
            })
            .collect()
    }
}

/// Whether the string at `path` (field names from the top, joined by dots) is respelt.
pub fn is_respelt(path: &str) -> bool {
    let fields: Vec<&str> = path.split('.').collect();
    !fields.windows(2).any(|pair| pair == LINE_NAME)
        && !fields.iter().any(|field| NOT_RESPELT.contains(field))
}

/// The spellings the build bakes: for each region a list names, the words of every list that names
/// it; regions whose words come out the same share one spelling (one copy of the guide).
pub fn by_region(lists: &[Spelling]) -> Vec<Spelling> {
    let mut out: Vec<Spelling> = Vec::new();
    let mut named: Vec<&'static str> = Vec::new();
    for region in lists.iter().flat_map(|list| list.regions.iter().copied()) {
        if !named.contains(&region) {
            named.push(region);
        }
    }
    for region in named {
        let mine: Vec<&Spelling> = lists.iter().filter(|s| s.covers(region)).collect();
        if mine.is_empty() {
            continue;
        }
        let mut words = BTreeMap::new();
        let mut keep = Vec::new();
        for list in &mine {
            words.extend(list.words.iter().map(|(k, v)| (*k, *v)));
            for phrase in &list.keep {
                if !keep.contains(phrase) {
                    keep.push(*phrase);
                }
            }
        }
        match out.iter_mut().find(|s| s.words == words && s.keep == keep) {
            Some(same) => same.regions.push(region),
            None => out.push(Spelling {
                name: region,
                regions: vec![region],
                words,
                keep,
            }),
        }
    }
    out
}

/// The problems of a locale's spelling lists, for an editor: each word is one lower-case word,
/// spelt differently; a region is given a word once; no respelt word is respelt again for the same
/// region (so respelling twice changes nothing); every region named exists.
pub fn problems(lists: &[Spelling], regions: &[&str]) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for (i, list) in lists.iter().enumerate() {
        let at = |k: &str| format!("spellings[{i}].{k}");
        for region in &list.regions {
            if !regions.contains(region) {
                out.push((
                    at("regions"),
                    format!("names `{region}`, which has no region file"),
                ));
            }
        }
        for (word, new) in &list.words {
            let key = at(&format!("words.{word}"));
            let one_word = |w: &str| !w.is_empty() && w.chars().all(|c| c.is_ascii_lowercase());
            if !one_word(word) || !one_word(new) {
                out.push((
                    key,
                    "must be one lower-case word spelt as another: `counseling = \"counselling\"`"
                        .to_string(),
                ));
                continue;
            }
            if word == new {
                out.push((key.clone(), "is spelt the same".to_string()));
            }
            // The other lists that name one of the same regions.
            let overlapping = lists
                .iter()
                .enumerate()
                .filter(|(_, other)| other.regions.iter().any(|r| list.covers(r)));
            for (j, other) in overlapping {
                if j < i && other.words.contains_key(word) {
                    out.push((
                        key.clone(),
                        format!("is given again for a region of spellings[{j}]"),
                    ));
                }
                if other.words.contains_key(new) {
                    out.push((
                        key.clone(),
                        format!("becomes `{new}`, which is respelt again"),
                    ));
                }
            }
        }
    }
    out
}

/// Each word of `text` (a run of ASCII letters) with where it starts.
fn words_of(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut at = 0;
    std::iter::from_fn(move || {
        let start = at + text[at..].find(|c: char| c.is_ascii_alphabetic())?;
        let len = text[start..]
            .find(|c: char| !c.is_ascii_alphabetic())
            .unwrap_or(text.len() - start);
        at = start + len;
        Some((start, &text[start..at]))
    })
}

/// Whether the word at `start` is part of a web address or an email (its run of text without
/// spaces holds a `/` or an `@`): `…/take-home-naloxone-program/…` stays as its site spells it.
fn in_address(text: &str, start: usize) -> bool {
    let from = text[..start]
        .char_indices()
        .rfind(|(_, c)| c.is_whitespace())
        .map_or(0, |(i, c)| i + c.len_utf8());
    let to = text[start..]
        .find(char::is_whitespace)
        .map_or(text.len(), |i| start + i);
    text[from..to].contains(['/', '@'])
}

fn capitalised(word: &str) -> String {
    let mut chars = word.chars();
    chars.next().map_or(String::new(), |c| {
        c.to_ascii_uppercase().to_string() + chars.as_str()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn british() -> Spelling {
        Spelling {
            name: "British",
            regions: vec!["uk"],
            words: BTreeMap::from([
                ("counseling", "counselling"),
                ("program", "programme"),
                ("toward", "towards"),
            ]),
            keep: vec!["Treatment Program"],
        }
    }

    #[test]
    fn respells_whole_words_keeping_their_capitals() {
        let b = british();
        assert_eq!(
            b.respell("Counseling helps. So does counseling, or COUNSELING."),
            "Counselling helps. So does counselling, or COUNSELLING."
        );
        assert_eq!(
            b.respell("A program's length; programs; programming; toward, towards."),
            "A programme's length; programs; programming; towards, towards."
        );
    }

    #[test]
    fn leaves_names_addresses_and_kept_phrases_as_written() {
        let b = british();
        assert_eq!(
            b.respell("PBS: Opioid Dependence Treatment Program, a program."),
            "PBS: Opioid Dependence Treatment Program, a programme."
        );
        assert_eq!(
            b.respell("See health.gov.au/take-home-naloxone-program/about (a program)."),
            "See health.gov.au/take-home-naloxone-program/about (a programme)."
        );
        assert_eq!(b.respell("ProGram"), "ProGram");
        // A no-break space is a space too (two bytes in UTF-8).
        assert_eq!(
            b.respell("call\u{a0}111 for a program"),
            "call\u{a0}111 for a programme"
        );
    }

    #[test]
    fn respelling_twice_changes_nothing() {
        let b = british();
        let once = b.respell("Counseling toward a program.");
        assert_eq!(b.respell(&once), once);
    }

    #[test]
    fn only_words_fields_are_respelt() {
        assert!(is_respelt("journey.steps.title"));
        assert!(is_respelt("compare.grids.options.name"));
        assert!(is_respelt("tiers.blocks.Steps.items.value"));
        assert!(!is_respelt("lines.name.value"));
        assert!(!is_respelt("journey.steps.sources"));
        assert!(!is_respelt("tiers.sources.value"));
        assert!(!is_respelt("journey.steps.id"));
    }

    #[test]
    fn a_region_gets_every_list_that_names_it() {
        let everywhere = Spelling {
            name: "outside the US",
            regions: vec!["uk", "ca"],
            words: BTreeMap::from([("counseling", "counselling")]),
            keep: vec![],
        };
        let spellings = by_region(&[everywhere, british()]);
        assert_eq!(spellings.len(), 2, "{spellings:?}");
        let uk = spellings.iter().find(|s| s.covers("uk")).unwrap();
        assert_eq!(uk.respell("counseling program"), "counselling programme");
        let ca = spellings.iter().find(|s| s.covers("ca")).unwrap();
        assert_eq!(ca.respell("counseling program"), "counselling program");
        assert!(!spellings.iter().any(|s| s.covers("us") || s.covers("ie")));
    }

    #[test]
    fn a_list_that_would_break_words_is_refused() {
        let mut bad = british();
        bad.words.insert("towards", "towardz");
        bad.words.insert("Color", "colour");
        bad.words.insert("same", "same");
        bad.regions.push("xx");
        let problems = problems(&[british(), bad], &["uk"]);
        let said = |key: &str, what: &str| {
            problems
                .iter()
                .any(|(k, w)| k.ends_with(key) && w.contains(what))
        };
        assert!(said("words.toward", "respelt again"), "{problems:?}");
        assert!(said("words.Color", "lower-case"), "{problems:?}");
        assert!(said("words.same", "the same"), "{problems:?}");
        assert!(said("[1].words.program", "given again"), "{problems:?}");
        assert!(said("regions", "no region file"), "{problems:?}");
        assert!(super::problems(&[british()], &["uk"]).is_empty());
    }
}
