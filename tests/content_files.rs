//! The build refuses content that is incomplete or malformed, naming the file and the key.
//! These tests run the same checks as `build.rs` on the real content and on broken copies of it.
//! Over 400 lines: one short test per refusal the build makes, each on its own broken copy.
#![cfg(not(target_arch = "wasm32"))]

mod common;
#[path = "../src/content/schema.rs"]
#[allow(dead_code)]
mod schema;
// The build's baker, with its own unit tests.
#[path = "../tools/bake.rs"]
#[allow(dead_code)]
mod bake;

use recovery_guide::content::Locale;
use std::fs;
use std::path::{Path, PathBuf};

const CONTENT: &str = "src/content";

/// A copy of the real content in a fresh folder, with `edit` applied to one file.
fn broken_copy(name: &str, file: &str, edit: impl Fn(String) -> String) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("rg-content-{name}-{}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    common::copy_content(Path::new(CONTENT), &dir);
    let path = dir.join(file);
    let text = fs::read_to_string(&path).expect("content file exists");
    let edited = edit(text.clone());
    assert_ne!(edited, text, "the edit must change {file}");
    fs::write(&path, edited).expect("write edited copy");
    dir
}

/// `text` with the first date `key` after `from` set to 2099-01-01, whatever it was.
fn dated_2099(text: &str, from: &str, key: &str) -> String {
    let start = text.find(from).expect("the place to look from");
    let at = start
        + text[start..]
            .find(&format!("{key} = \""))
            .expect("the date");
    let end = at + text[at..].find('\n').expect("line end");
    format!("{}{key} = \"2099-01-01\"{}", &text[..at], &text[end..])
}

fn problems(dir: &Path) -> String {
    match schema::load(dir) {
        Ok(_) => String::new(),
        Err(problems) => problems.join("\n"),
    }
}

fn assert_refused(name: &str, file: &str, edit: impl Fn(String) -> String, expected: &[&str]) {
    let dir = broken_copy(name, file, edit);
    let text = problems(&dir);
    assert!(!text.is_empty(), "{name}: the broken content was accepted");
    assert!(
        text.contains(file),
        "{name}: the message must name {file}: {text}"
    );
    for part in expected {
        assert!(text.contains(part), "{name}: expected {part:?} in: {text}");
    }
    let _ = fs::remove_dir_all(dir);
}

#[test]
fn a_block_of_an_unknown_kind_is_refused() {
    assert_refused(
        "block-kind",
        "en/questions/20-first-appointment.toml",
        |t| t.replacen("type = \"paragraph\"", "type = \"paragrph\"", 1),
        &["questions[0].answer[0]", "paragrph"],
    );
}

#[test]
fn a_block_missing_its_words_is_refused() {
    assert_refused(
        "block-items",
        "en/questions/20-first-appointment.toml",
        |t| t.replacen("items = [", "itms = [", 1),
        &["questions[0].answer[1]", "items"],
    );
}

/// A tier lists its own lines as actions, with their sources; a `reach_out` block (a question's
/// way to offer the region's lines) would offer lines whose sources the tier does not list.
#[test]
fn a_reach_out_block_in_a_help_tier_is_refused() {
    assert_refused(
        "tier-reach-out",
        "regions/uk.toml",
        |t| {
            t.replacen(
                "[[tiers.blocks]]\ntype = \"steps\"",
                "[[tiers.blocks]]\ntype = \"reach_out\"\ntext = { en = \"Call.\", es = \"Llama.\", fr = \"Appelez.\" }\n\n[[tiers.blocks]]\ntype = \"steps\"",
                1,
            )
        },
        &["tiers[0].blocks[0]", "reach_out", "only a question"],
    );
}

#[test]
fn a_question_for_a_region_that_does_not_exist_is_refused() {
    assert_refused(
        "question-region",
        "en/questions/80-withdrawal.toml",
        |t| {
            t.replacen(
                "id = \"withdrawal\"",
                "id = \"withdrawal\"\nregions = [\"xx\"]",
                1,
            )
        },
        &["questions[0].regions", "\"xx\""],
    );
}

#[test]
fn a_region_is_baked_in_one_language_only() {
    // The baker writes a value as the Rust that builds it, keeping only the baked locale's words
    // (a wasm carries one language), read from the same types the guide renders.
    let content = schema::load(Path::new(CONTENT)).unwrap_or_else(|p| panic!("{}", p.join("\n")));
    let region = content
        .regions
        .iter()
        .find(|r| r.code == "us")
        .expect("the default region");
    let name = |locale| {
        *region
            .name
            .get_in(locale)
            .expect("every locale names the region")
    };
    for (baked, other) in [("en", "es"), ("es", "en")] {
        schema::model::bake_locale(baked);
        let code = bake::bake_with(region, None, None).expect("bakes");
        assert!(
            code.starts_with("Region { code: \"us\", "),
            "{}",
            &code[..60]
        );
        assert!(code.contains(&format!(
            "name: Localized {{ value: {:?}, all: &[], }}",
            name(baked)
        )));
        assert!(
            !code.contains(&format!("{:?}", name(other))),
            "no {other} words in the {baked} bake"
        );
    }
}

#[test]
fn malformed_toml_is_refused() {
    assert_refused(
        "syntax",
        "en/ui.toml",
        |t| t.replacen("locale = \"en\"", "locale = \"en", 1),
        &["is not valid TOML", "line 4", "missing its closing quote"],
    );
}

#[test]
fn a_missing_key_is_refused() {
    assert_refused(
        "missing",
        "en/ui.toml",
        |t| t.replacen("fallback_notice = ", "# fallback_notice = ", 1),
        &["fallback_notice"],
    );
}

#[test]
fn a_step_without_sources_is_refused_unless_it_offers_the_regions_lines() {
    // "Reach out" leaves its sources out: they are its lines'. "Medical detox" may not.
    assert_refused(
        "step-sources",
        "en/journey.toml",
        |t| {
            t.replacen(
                "sources = [\"NIDA\", \"BMJ",
                "# sources = [\"NIDA\", \"BMJ",
                1,
            )
        },
        &[
            "steps[2].sources",
            "only a step that offers the region's lines",
        ],
    );
}

#[test]
fn an_unknown_key_is_refused() {
    assert_refused(
        "unknown",
        "en/ui.toml",
        |t| {
            t.replacen(
                "locale = \"en\"",
                "locale = \"en\"\nhelpbar_lable = \"x\"",
                1,
            )
        },
        &["helpbar_lable"],
    );
}

#[test]
fn an_undialable_number_is_refused() {
    assert_refused(
        "phone",
        "regions/us.toml",
        |t| t.replacen("tel = \"+18006624357\"", "tel = \"1-800-662-HELP\"", 1),
        &["lines.samhsa.tel", "not dialable"],
    );
}

#[test]
fn a_number_without_source_or_date_is_refused() {
    // A line's first `key = "..."` in a region file, replaced by `with`.
    fn replace_line(t: &str, key: &str, with: &str) -> String {
        let i = t.find(&format!("\n{key} = \"")).expect("the key") + 1;
        let end = t[i..].find('\n').expect("line end") + i;
        format!("{}{with}{}", &t[..i], &t[end..])
    }
    assert_refused(
        "review-date",
        "regions/uk.toml",
        |t| replace_line(&t, "last_reviewed", "last_reviewed = \"last week\""),
        &["last_reviewed", "not a date"],
    );
    assert_refused(
        "no-review-date",
        "regions/uk.toml",
        |t| replace_line(&t, "last_reviewed", "# no last_reviewed"),
        &["last_reviewed"],
    );
    // The live check's date is optional, but when given it is a date.
    assert_refused(
        "verified-date",
        "regions/nz.toml",
        |t| {
            let soon = "last_verified = \"soon\"";
            if t.contains("\nlast_verified = \"") {
                return replace_line(&t, "last_verified", soon);
            }
            let i = t.find("last_reviewed = \"").expect("a review date");
            let end = t[i..].find('\n').expect("line end") + i;
            format!("{}\n{soon}{}", &t[..end], &t[end..])
        },
        &["last_verified", "not a date"],
    );
    assert_refused(
        "empty-source",
        "regions/au.toml",
        |t| {
            let i = t.find("source = \"").expect("a source");
            let end = t[i..].find('\n').expect("line end") + i;
            format!("{}source = \"\"{}", &t[..i], &t[end..])
        },
        &["source", "is empty"],
    );
}

#[test]
fn a_missing_translation_is_refused() {
    assert_refused(
        "name",
        "regions/nz.toml",
        |t| t.replacen(", es = \"Nueva Zelanda\"", "", 1),
        &["has no `es` text"],
    );
}

#[test]
fn a_key_in_one_language_only_is_refused() {
    assert_refused(
        "missing-key",
        "es/journey.toml",
        |t| t.replacen("time = \"La atención ambulatoria", "# time = \"", 1),
        &["steps[3].self.time", "is missing", "en/journey.toml"],
    );
    assert_refused(
        "extra-key",
        "es/ui.toml",
        |t| {
            t.replacen(
                "reviewed_by = \"Escrito y revisado por\"",
                "reviewed_by = \"Escrito y revisado por\"\nextra = \"Más\"",
                1,
            )
        },
        &["`extra`", "every language has the same keys"],
    );
}

#[test]
fn a_list_of_a_different_length_is_refused() {
    assert_refused(
        "short-list",
        "es/help.toml",
        |t| t.replacen("  \"El cuerpo está flácido, sin fuerza\",\n", "", 1),
        &["overdose_signs", "has 5 items", "has 6"],
    );
}

#[test]
fn a_number_that_differs_between_languages_is_refused() {
    assert_refused(
        "number-locale-file",
        "es/compare.toml",
        // Naltrexone's shot, in the medications grid (the row may move).
        |t| t.replacen("cada 4 semanas", "cada 6 semanas", 1),
        &["grids[0].rows[", "].cells[2]", "has the numbers"],
    );
    assert_refused(
        "number-region",
        "regions/us.toml",
        |t| t.replacen("Llama ya al {number}", "Llama ya al {number} o al 991", 1),
        &["tiers[0].heading.es", "has the numbers"],
    );
}

/// French writes hours on the 24-hour clock ("de 9 h à 16 h" for "9am to 4pm"): the check reads
/// an hour said with pm as the same number (the real content says so, and loads), and still
/// refuses a French hour that is not it.
#[test]
fn a_french_hour_that_is_not_the_english_one_is_refused() {
    assert_refused(
        "hour-24-wrong",
        "fr/questions/30-cost.toml",
        |t| t.replacen("de 9\u{a0}h à 16\u{a0}h", "de 9\u{a0}h à 4\u{a0}h", 1),
        &["has the numbers", "\"16\""],
    );
}

/// A tier's heading shows its first action's number where it says `{number}`: in every language,
/// and only where that action calls or texts a line.
#[test]
fn a_heading_number_is_in_every_language_and_names_a_call() {
    assert_refused(
        "heading-number-one-language",
        "regions/us.toml",
        |t| t.replacen("Llama ya al {number}", "Llama ya", 1),
        &["tiers[0].heading", "says {number} in some languages only"],
    );
    assert_refused(
        "heading-number-web",
        "regions/us.toml",
        // The crisis tier's first action (its call) becomes a web address.
        |t| {
            t.replacen(
                "line = \"crisis\"\nvia = \"call\"",
                "line = \"crisis_web\"\nvia = \"web\"",
                1,
            )
        },
        &[
            "tiers[1].heading",
            "the tier's first action calls or texts no line",
        ],
    );
}

#[test]
fn ids_dates_and_sources_stay_the_same_in_every_language() {
    assert_refused(
        "changed-id",
        "es/journey.toml",
        |t| t.replacen("id = \"detox\"", "id = \"desintoxicacion\"", 1),
        &["steps[2].id", "has \"detox\"", "the same in every language"],
    );
    // The first grid's next review, whatever its date, moved to another day: said once, as a date
    // (not again as digits that differ).
    let moved = |t: String| dated_2099(&t, "[[grids]]", "next_review");
    assert_refused(
        "changed-date",
        "es/compare.toml",
        moved,
        &["grids[0].next_review", "en/compare.toml has"],
    );
    let dir = broken_copy("changed-date-once", "es/compare.toml", moved);
    let found = problems(&dir);
    assert_eq!(found.matches("grids[0].next_review").count(), 1, "{found}");
    let _ = fs::remove_dir_all(dir);
}

#[test]
fn placeholders_and_markup_are_refused() {
    assert_refused(
        "todo",
        "en/journey.toml",
        |t| t.replacen("title = \"Reach out\"", "title = \"TODO reach out\"", 1),
        &["placeholder"],
    );
    assert_refused(
        "html",
        "en/journey.toml",
        |t| t.replacen("title = \"Reach out\"", "title = \"<b>Reach out</b>\"", 1),
        &["not HTML"],
    );
}

#[test]
fn a_help_action_without_its_number_is_refused() {
    assert_refused(
        "via",
        "regions/au.toml",
        |t| t.replacen("via = \"call\"", "via = \"text\"", 1),
        &["via", "has no number"],
    );
}

#[test]
fn a_line_that_does_not_exist_is_refused() {
    assert_refused(
        "dangling",
        "regions/us.toml",
        |t| {
            t.replacen(
                "main_helpline = \"samhsa\"",
                "main_helpline = \"nobody\"",
                1,
            )
        },
        &["main_helpline", "nobody"],
    );
}

#[test]
fn a_grid_row_with_a_missing_cell_is_refused() {
    assert_refused(
        "cells",
        "en/compare.toml",
        |t| {
            let i = t.find("cells = [").expect("a row");
            let first_cell_end = t[i..].find("\",\n").expect("a cell") + i + 3;
            let line_start = t[..first_cell_end - 3].rfind('\n').expect("line") + 1;
            format!("{}{}", &t[..line_start], &t[first_cell_end..])
        },
        &["cells", "3 options"],
    );
}

#[test]
fn a_us_only_source_is_named_once_and_only_where_us_rows_are() {
    assert_refused(
        "us-source-twice",
        "en/compare.toml",
        |t| {
            t.replacen(
                "\"SAMHSA TIP 63\",",
                "\"SAMHSA TIP 63\", \"MAT Act, 2022\",",
                1,
            )
        },
        &[
            "grids[0].us_only_sources",
            "\"MAT Act, 2022\" is in `sources` too",
        ],
    );
    assert_refused(
        "us-source-no-us-row",
        "en/compare.toml",
        |t| t.replace("us_only = true", "us_only = false"),
        &["grids[0].us_only_sources", "the grid has none"],
    );
}

#[test]
fn a_supporters_source_is_listed_once_and_only_where_a_supporters_answer_is() {
    assert_refused(
        "loved-one-source-twice",
        "en/questions/10-calling.toml",
        |t| {
            t.replacen(
                "sources = [\"FRANK\",",
                "sources = [\"Nar-Anon Family Groups\", \"FRANK\",",
                1,
            )
        },
        &[
            "questions[1].loved_one_sources",
            "repeats \"Nar-Anon Family Groups\"",
        ],
    );
    assert_refused(
        "loved-one-source-no-answer",
        "en/questions/80-withdrawal.toml",
        |t| {
            t.replacen(
                "id = \"withdrawal\"",
                "id = \"withdrawal\"\nloved_one_sources = [\"Nar-Anon Family Groups\"]",
                1,
            )
        },
        &["questions[0].loved_one_sources", "the question has none"],
    );
}

#[test]
fn a_plain_space_before_a_colon_in_french_is_refused() {
    assert_refused(
        "french-colon",
        "fr/questions/80-withdrawal.toml",
        |t| t.replacen("CAMH\u{a0}: 5 Steps", "CAMH : 5 Steps", 1),
        &["questions[0].sources", "no-break space"],
    );
    // A region file's French value; the same name in English may keep its own spacing.
    assert_refused(
        "french-colon-region",
        "regions/ca.toml",
        |t| {
            t.replacen(
                "fr = \"Santé Canada\u{a0}: naloxone\"",
                "fr = \"Santé Canada : naloxone\"",
                1,
            )
        },
        &["sources", ".fr", "no-break space"],
    );
}

/// No space at all before a French colon is English typography; the message says how to type the
/// no-break space. A citation's colon ("BMJ 2017;357:j1550") and an address's are not sentences.
#[test]
fn a_french_colon_with_no_space_before_it_is_refused() {
    assert_refused(
        "french-colon-none",
        "fr/questions/80-withdrawal.toml",
        |t| t.replacen("CAMH\u{a0}: 5 Steps", "CAMH: 5 Steps", 1),
        &[
            "questions[0].sources",
            "no space before",
            "\\u00A0 inside the quotes",
        ],
    );
}

/// A review has happened: its date is not after today. (A next review is a day to come.)
#[test]
fn a_review_date_after_today_is_refused() {
    // The file's first review date (a question's, or a region's first line's) moved to 2099.
    let reviewed_in_2099 = |t: String| dated_2099(&t, "", "last_reviewed");
    assert_refused(
        "future-review",
        "en/questions/80-withdrawal.toml",
        reviewed_in_2099,
        &[
            "questions[0].last_reviewed",
            "\"2099-01-01\" is after today",
        ],
    );
    assert_refused(
        "future-line-review",
        "regions/ie.toml",
        reviewed_in_2099,
        &["last_reviewed", "is after today"],
    );
}

/// Today's date as the checks compute it, against dates whose day numbers are known.
#[test]
fn the_days_since_1970_read_as_dates() {
    assert_eq!(schema::date_of_day(0), "1970-01-01");
    assert_eq!(schema::date_of_day(11_016), "2000-02-29");
    assert_eq!(schema::date_of_day(20_789), "2026-12-02");
    assert_eq!(schema::date_of_day(20_818), "2026-12-31");
}

/// A source with http:// is not linked, in a tier or in a phrase (both are listed under what says
/// them); a step's, grid's or question's sources are names.
#[test]
fn an_insecure_or_misplaced_source_address_is_refused() {
    let http = |at: &'static str| {
        move |t: String| {
            let from = t.find(at).expect("the place");
            let (before, after) = t.split_at(from);
            format!(
                "{before}{}",
                after.replacen(
                    "\"https://gpoutofhours.hscni.net/",
                    "\"http://gpoutofhours.hscni.net/",
                    1
                )
            )
        }
    };
    assert_refused(
        "http-source",
        "regions/uk.toml",
        http("[[tiers]]"),
        &[
            "tiers[",
            "sources[",
            "starts with http://",
            "only to https://",
        ],
    );
    assert_refused(
        "http-phrase-source",
        "regions/uk.toml",
        http("[phrases.urgent_care]"),
        &["phrases.urgent_care.sources[0]", "starts with http://"],
    );
    assert_refused(
        "address-in-question-sources",
        "en/questions/80-withdrawal.toml",
        |t| t.replacen("sources = [\"", "sources = [\"https://www.nhs.uk\", \"", 1),
        &[
            "questions[0].sources",
            "is an address: here a source is its name",
        ],
    );
}

/// An hour in English keeps its "a.m." or "am" with a no-break space ("9\u{a0}a.m.",
/// "8:30\u{a0}am"), in a locale file or a region file's English; "2pm" has no space to break.
#[test]
fn an_english_hour_with_a_plain_space_is_refused() {
    assert_refused(
        "english-hour",
        "en/questions/30-cost.toml",
        |t| t.replacen("9\u{a0}a.m.", "9 a.m.", 1),
        &["questions[", "hour with a plain space"],
    );
    assert_refused(
        "english-hour-region",
        "regions/au.toml",
        |t| t.replacen("10\u{a0}pm.", "10 pm.", 1),
        &[".en", "hour with a plain space"],
    );
}

/// An hour in Spanish keeps its "a. m." with no-break spaces: plain ones let a phone break
/// "9 a. / m.", in a locale file or a region file's Spanish.
#[test]
fn a_spanish_hour_with_plain_spaces_is_refused() {
    assert_refused(
        "spanish-hour",
        "es/questions/30-cost.toml",
        |t| t.replacen("\u{a0}a.\u{a0}m.", " a. m.", 1),
        &["questions[", "hour with plain spaces"],
    );
    assert_refused(
        "spanish-hour-region",
        "regions/uk.toml",
        |t| t.replacen("2\u{a0}p.\u{a0}m.", "2 p.\u{a0}m.", 1),
        &["tiers[", ".es", "hour with plain spaces"],
    );
}

#[test]
fn the_journey_must_have_all_seven_steps() {
    assert_refused(
        "steps",
        "en/journey.toml",
        |t| {
            let i = t
                .find("[[steps]]\nid = \"ongoing\"")
                .expect("the last step");
            t[..i].to_string()
        },
        &["steps", "seven"],
    );
}

/// CONTENT.md's "Add a question" example, as an editor would paste it into a new file in every
/// language: the build accepts it, and reads it into the question with its blocks, in every region.
#[test]
fn an_editor_can_add_a_question_in_toml_alone() {
    let doc = fs::read_to_string("CONTENT.md").expect("CONTENT.md");
    let example = doc
        .split("## Add a question")
        .nth(1)
        .and_then(|s| s.split("```toml").nth(1))
        .and_then(|s| s.split("```").next())
        .expect("CONTENT.md shows a question in a toml block");
    let dir = std::env::temp_dir().join(format!("rg-content-add-{}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    common::copy_content(Path::new(CONTENT), &dir);
    for locale in Locale::ALL.map(Locale::as_str) {
        let path = dir.join(locale).join("questions").join("99-added.toml");
        fs::write(&path, translated(example, locale)).expect("write");
    }
    let content = schema::load(&dir).unwrap_or_else(|p| panic!("{}", p.join("\n")));
    let guide = content.guide("en").expect("English");
    let all: &[schema::Question] = guide.questions.questions.all();
    let added = all.last().expect("questions");
    assert_eq!(
        added.id, "my-question",
        "read last: its file name sorts last"
    );
    assert_eq!(added.answer.len(), 3);
    assert!(matches!(added.answer[2], schema::Block::Actions { .. }));
    // The supporter's answer, with its own call ("They can call {number}").
    assert_eq!(added.loved_one.len(), 2);
    assert!(matches!(added.loved_one[1], schema::Block::Actions { .. }));
    assert!(added.shown_in("us") && added.shown_in("uk"));
    let _ = fs::remove_dir_all(dir);
}

/// CONTENT.md's example as a translator would give it back in `locale` (the build refuses a
/// sentence left in English).
fn translated(example: &str, locale: &str) -> String {
    let words: &[(&str, &str)] = match locale {
        "es" => &[
            (
                "What happens when I call for someone?",
                "¿Qué pasa cuando llamo por otra persona?",
            ),
            ("What happens when I call?", "¿Qué pasa cuando llamo?"),
            (
                "helps you find treatment near you.",
                "te ayuda a encontrar tratamiento cerca de ti.",
            ),
            (
                "helps you find treatment for them.",
                "te ayuda a encontrar tratamiento para tu ser querido.",
            ),
            (
                "A trained person listens and",
                "Una persona capacitada te escucha y",
            ),
            ("They may ask", "Te pueden preguntar"),
            (
                "Your ZIP code, to find help near you.",
                "Tu código postal, para encontrar ayuda cerca de ti.",
            ),
            (
                "They can call {number}",
                "Tu ser querido puede llamar al {number}",
            ),
            ("Call {number}", "Llama al {number}"),
        ],
        "fr" => &[
            (
                "What happens when I call for someone?",
                "Que se passe-t-il quand j'appelle pour un proche?",
            ),
            (
                "What happens when I call?",
                "Que se passe-t-il quand j'appelle?",
            ),
            (
                "helps you find treatment near you.",
                "vous aide à trouver un traitement près de chez vous.",
            ),
            (
                "helps you find treatment for them.",
                "vous aide à trouver un traitement pour votre proche.",
            ),
            (
                "A trained person listens and",
                "Une personne formée vous écoute et",
            ),
            ("They may ask", "On peut vous demander"),
            (
                "Your ZIP code, to find help near you.",
                "Votre code postal, pour trouver de l'aide près de chez vous.",
            ),
            (
                "They can call {number}",
                "Votre proche peut appeler le {number}",
            ),
            ("Call {number}", "Appelez le {number}"),
        ],
        _ => &[],
    };
    words.iter().fold(example.to_string(), |text, (en, other)| {
        text.replace(en, other)
    })
}

#[test]
fn a_text_left_in_english_is_refused() {
    // A translator's file with one answer pasted from the English and left untranslated.
    assert_refused(
        "left-in-english",
        "fr/questions/88-stopping.toml",
        |t| {
            let en =
                fs::read_to_string(format!("{CONTENT}/en/questions/88-stopping.toml")).expect("en");
            t.replacen(quoted_after(&t, "text = "), quoted_after(&en, "text = "), 1)
        },
        &[
            "questions[0].answer[0].text",
            "reads the same as the en text",
            "translate it",
        ],
    );
    // A region's tier, its Spanish left as the English.
    assert_refused(
        "left-in-english-region",
        "regions/nz.toml",
        |t| {
            let body = &t[t.find("body = { en = ").expect("a tier's body")..];
            let (english, spanish) = (quoted_after(body, "en = "), quoted_after(body, "es = "));
            t.replacen(
                &format!("es = \"{spanish}\""),
                &format!("es = \"{english}\""),
                1,
            )
        },
        &["tiers[", ".es", "reads the same as the en text"],
    );
    // A name may stay as it is: a source named the same in every language is accepted (the real
    // content has many: "SAMHSA TIP 63", "Nar-Anon Family Groups").
    assert_eq!(problems(Path::new(CONTENT)), "");
}

/// The first quoted value after `key` in a content file: `quoted_after(file, "text = ")`.
fn quoted_after<'a>(file: &'a str, key: &str) -> &'a str {
    let at = file.find(&format!("{key}\"")).expect("the key") + key.len() + 1;
    &file[at..at + file[at..].find('"').expect("its end")]
}

/// A copy of the content with one new file in a locale's `questions/` folder.
fn with_question_file(name: &str, files: &[(&str, &str)]) -> String {
    let dir = std::env::temp_dir().join(format!("rg-content-{name}-{}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    common::copy_content(Path::new(CONTENT), &dir);
    for (file, text) in files {
        fs::write(dir.join(file), text).expect("write");
    }
    let found = problems(&dir);
    let _ = fs::remove_dir_all(dir);
    found
}

const ONLY_IN_US: &str = r#"
[[questions]]
id = "us-only"
question = "Only for the US?"
regions = ["us"]
sources = ["A source"]
last_reviewed = "2026-11-30"
next_review = "2027-05-30"
[[questions.answer]]
type = "paragraph"
text = "Yes."
"#;

#[test]
fn a_question_file_without_its_translation_is_refused() {
    let found = with_question_file(
        "q-untranslated",
        &[(
            "en/questions/99-new.toml",
            ONLY_IN_US.replace("regions = [\"us\"]\n", "").as_str(),
        )],
    );
    assert!(found.contains("99-new.toml: has no translation"), "{found}");
}

#[test]
fn a_question_some_region_never_sees_is_refused() {
    let found = with_question_file(
        "q-missing",
        &[
            ("en/questions/99-new.toml", ONLY_IN_US),
            ("es/questions/99-new.toml", ONLY_IN_US),
        ],
    );
    // One line for the question, in its own file, naming every region that never sees it.
    assert!(
        found.contains(r#"99-new.toml: `questions` "us-only" is not asked in au, ca, ie, nz, uk: every region shows every question"#),
        "{found}"
    );
    assert_eq!(found.matches("is not asked in").count(), 2, "{found}");
}

#[test]
fn a_question_a_region_sees_twice_is_refused() {
    let twice = format!(
        "{ONLY_IN_US}{}",
        ONLY_IN_US.replace("regions = [\"us\"]", "regions = [\"us\", \"uk\"]")
    );
    let found = with_question_file(
        "q-twice",
        &[
            ("en/questions/99-new.toml", &twice),
            ("es/questions/99-new.toml", &twice),
        ],
    );
    assert!(
        found.contains(r#""us-only" is asked more than once in us: each region may be in one entry's `regions` only"#),
        "{found}"
    );
}

#[test]
fn a_reach_out_step_without_a_supporters_words_for_their_loved_ones_lines_is_refused() {
    assert_refused(
        "reach-out-share",
        "en/journey.toml",
        |t| {
            t.lines()
                .filter(|l| !l.starts_with("now_if_lines_are_theirs"))
                .collect::<Vec<_>>()
                .join("\n")
        },
        &["steps[1].loved_one.now_if_lines_are_theirs", "call_now"],
    );
}

#[test]
fn a_supporters_flag_on_a_line_reach_out_does_not_offer_is_refused() {
    assert_refused(
        "for-supporters",
        "regions/uk.toml",
        |t| t.replacen("[lines.nhs111]", "[lines.nhs111]\nfor_supporters = true", 1),
        &["lines.nhs111.for_supporters", "does not offer"],
    );
}

#[test]
fn a_regions_own_words_for_a_supporter_where_its_lines_are_of_one_kind_are_refused() {
    // Australia's one "Reach out" line is the loved one's: the journey's own words fit it.
    assert_refused(
        "supporter-now",
        "regions/au.toml",
        |t| {
            t.replacen(
                "\nreach_out_note",
                "\nreach_out_supporter_now = { en = \"Share it.\", es = \"Compártela.\", fr = \"Donnez-le.\" }\nreach_out_note",
                1,
            )
        },
        &["reach_out_supporter_now", "both kinds"],
    );
}

#[test]
fn a_short_exit_that_cuts_a_word_is_refused() {
    assert_refused(
        "exit-short",
        "en/ui.toml",
        |t| {
            t.replacen(
                "quick_exit_short = \"Exit\"",
                "quick_exit_short = \"Ex\"",
                1,
            )
        },
        &["quick_exit_short", "first word"],
    );
}

#[test]
fn a_spelling_list_that_would_respell_a_word_twice_or_names_no_region_is_refused() {
    assert_refused(
        "spelling-twice",
        "en/spelling.toml",
        |t| t.replacen("program = \"programme\"", "program = \"counseling\"", 1),
        &["spellings[2].words.program", "respelt again"],
    );
    assert_refused(
        "spelling-region",
        "en/spelling.toml",
        |t| {
            t.replacen(
                "regions = [\"uk\", \"ie\", \"nz\"]",
                "regions = [\"gb\"]",
                1,
            )
        },
        &["spellings[2].regions", "`gb`"],
    );
    assert_refused(
        "spelling-field",
        "en/spelling.toml",
        |t| t.replacen("words = {", "word = {", 1),
        &["word"],
    );
}

/// A label may name its line (`{name}`) besides its number; any other name in braces would reach
/// the reader as written, braces and all.
#[test]
fn an_action_label_naming_anything_but_its_number_and_line_is_refused() {
    assert_refused(
        "label-name",
        "en/questions/50-started-again.toml",
        |t| {
            t.replacen(
                "label = \"{name}: call {number}\"",
                "label = \"{nmae}: call {number}\"",
                1,
            )
        },
        &["actions[1].label", "names {nmae}", "{number} and {name}"],
    );
}
