//! English as each region spells it (`src/content/en/spelling.toml`): the guide's English is
//! written in US spelling, and a reader in the UK, Ireland, New Zealand, Australia or Canada reads
//! their own ("counselling"), everywhere but in sources and services' own names.
//! `cargo test --no-default-features --features ssr --test spelling`
#![cfg(feature = "ssr")]

#[path = "common/render.rs"]
mod render;

use render::{render_with, slices, text};

/// The English regions that spell otherwise than the US, and whether they write "-ise"
/// ("recognise", "towards") and "programme".
const SPELLINGS: [(&str, bool, bool); 5] = [
    ("uk", true, true),
    ("ie", true, true),
    ("nz", true, true),
    ("au", true, false),
    ("ca", false, false),
];

/// The words of `html` a reader reads as prose: no sources (their titles are their publishers'),
/// and no web address (a site spells its own paths).
fn prose_words(html: &str) -> Vec<String> {
    let mut prose = html.to_string();
    for sources in slices(html, "<details class=\"rg-sources\"", "</details>") {
        prose = prose.replace(sources, " ");
    }
    text(&prose)
        .split_whitespace()
        .filter(|token| !token.contains(['/', '@']))
        .flat_map(|token| token.split(|c: char| !c.is_ascii_alphabetic()))
        .filter(|word| !word.is_empty())
        .map(str::to_ascii_lowercase)
        .collect()
}

/// Whether `word` is spelt the US way, for a region that writes "-ise" (`ise`) and "programme"
/// (`programme`) or not. Canada and Australia write "program"; Canada writes "-ize".
fn us_spelling(word: &str, ise: bool, programme: bool) -> bool {
    const NOT_IZE: [&str; 6] = ["size", "sizes", "sized", "prize", "seize", "citizen"];
    let counselor = word.starts_with("counsel") && word.len() > 7 && !word.starts_with("counsell");
    let our = ["behavior", "color", "favor", "honor", "labor", "neighbor"]
        .iter()
        .any(|stem| word.starts_with(stem));
    let centre = ["center", "centers", "centered"].contains(&word);
    let ize = ["ize", "izes", "ized", "izing", "ization", "izations"]
        .iter()
        .any(|end| word.ends_with(end))
        && !NOT_IZE.contains(&word);
    counselor
        || our
        || centre
        || (ise && (ize || word == "toward"))
        || (programme && (word == "program" || word == "programs"))
}

#[test]
fn the_us_spelling_finder_finds_what_it_should() {
    for word in ["counseling", "counselors", "behavioral", "center", "color"] {
        assert!(us_spelling(word, false, false), "{word}");
    }
    for word in ["recognize", "organization", "toward"] {
        assert!(us_spelling(word, true, false), "{word}");
        assert!(
            !us_spelling(word, false, false),
            "{word}: Canada writes it so"
        );
    }
    assert!(us_spelling("program", true, true));
    assert!(
        !us_spelling("program", true, false),
        "Australia writes it so"
    );
    for word in [
        "counsel",
        "counselling",
        "behaviour",
        "size",
        "towards",
        "programme",
    ] {
        assert!(!us_spelling(word, true, true), "{word}");
    }
}

#[test]
fn non_us_english_is_spelt_as_its_region_spells_it() {
    for (region, ise, programme) in SPELLINGS {
        // A partner's line without a name shows the guide's own words for it.
        let html = render_with(&[
            ("locale", "en"),
            ("region", region),
            ("helpline-phone", "+1 800 555 0100"),
        ]);
        assert!(
            html.contains("rg-tier--partner"),
            "{region}: no partner card"
        );
        let mut found: Vec<String> = prose_words(&html)
            .into_iter()
            .filter(|w| us_spelling(w, ise, programme))
            .collect();
        found.dedup();
        assert!(
            found.is_empty(),
            "{region} shows US spellings {found:?}: add them to src/content/en/spelling.toml"
        );
    }
}

#[test]
fn the_us_keeps_the_spelling_the_files_are_written_in() {
    let words = prose_words(&render_with(&[("locale", "en"), ("region", "us")]));
    for word in ["counseling", "behavioral", "program", "recognize"] {
        assert!(words.iter().any(|w| w == word), "the US guide lost {word}");
    }
}

#[test]
fn sources_and_services_own_names_keep_their_spelling() {
    let au = render_with(&[("locale", "en"), ("region", "au")]);
    // A source's title as its publisher wrote it (the Pharmaceutical Benefits Scheme's).
    assert!(au.contains("PBS: Opioid Dependence Treatment Program"));
    assert!(au.contains("Australian Government: Take Home Naloxone program"));
    let uk = render_with(&[("locale", "en"), ("region", "uk")]);
    assert!(
        uk.contains("Counselling and behavioural therapy"),
        "a title keeps its capital"
    );
    assert!(
        uk.contains("Take Home Naloxone program"),
        "a program's own name keeps its spelling"
    );
}
