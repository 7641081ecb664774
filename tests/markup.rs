//! Markup of the rendered guide, natively: `cargo test --no-default-features --features ssr`.
//! Over 400 lines: the guide's markup, section by section, with the helpers they share.
#![cfg(feature = "ssr")]

// The content schema: the seven step ids, in the order it requires them.
#[path = "../src/content/schema.rs"]
#[allow(dead_code)]
mod schema;

#[path = "common/render.rs"]
mod render;

use recovery_guide::content::{self, Locale, RegionCode};
use recovery_guide::options::{parse, Options, Section};
use render::{help_section, phone_links, render, render_with, slices, text};
use schema::STEP_IDS;

/// The positions of each needle in `html`, asserting each is present and in order.
fn assert_in_order(html: &str, needles: &[&str]) {
    let mut from = 0;
    for needle in needles {
        match html[from..].find(needle) {
            Some(at) => from += at + needle.len(),
            None => panic!("{needle:?} missing or out of order in:\n{html}"),
        }
    }
}

#[test]
fn help_bar_comes_first_with_the_helpline_and_emergency_number() {
    let html = render(Options::default());
    let bar = html.find("rg-helpbar").expect("a help bar");
    assert!(
        bar < html.find("rg-journey").expect("a journey"),
        "the help bar comes before the sections"
    );
    assert_in_order(
        &html,
        &[
            r#"aria-label="Helplines""#,
            r#"href="tel:+18006624357""#,
            "SAMHSA National Helpline",
            "1, 8 0 0, 6 6 2, 4 3 5 7",
            "1-800-662-HELP (4357)",
            r#"href="tel:911""#,
            "Exit this page",
        ],
    );
}

/// The emergency number's call looks as it does in the help bar, red (`rg-emergency`), in the
/// overdose card and in every answer that calls it; no other line's does (review100-SHOTS, V1: the
/// card's own "Call 911" read as one more blue link).
#[test]
fn every_call_to_the_emergency_number_is_red_and_no_other() {
    for (region, emergency) in [
        ("us", "tel:911"),
        ("uk", "tel:999"),
        ("ie", "tel:112"),
        ("au", "tel:000"),
    ] {
        let html = render_with(&[("region", region)]);
        let calls = slices(&html, "<a ", "</a>");
        let actions: Vec<_> = calls
            .iter()
            .filter(|a| a.contains("rg-action--call"))
            .collect();
        assert!(
            actions.iter().any(|a| a.contains(emergency)),
            "{region}: no action calls {emergency}"
        );
        for action in actions {
            assert_eq!(
                action.contains("rg-emergency"),
                action.contains(&format!("href=\"{emergency}\""))
                    || (region == "ie" && action.contains("tel:999")),
                "{region}: {action}"
            );
        }
    }
}

#[test]
fn quick_exit_can_be_turned_off() {
    assert!(render(Options::default()).contains("rg-exit__button"));
    let html = render_with(&[("quick-exit", "off")]);
    assert!(!html.contains("rg-exit__button"));
    assert!(html.contains("rg-helpbar"), "the help bar stays");
}

#[test]
fn journey_has_the_seven_steps_in_order_with_numbers_in_their_names() {
    let html = render(Options::default());
    assert_in_order(
        &html,
        &[
            "<h2",
            "What to expect, step by step",
            "Step ",
            "1",
            "Recognize the problem",
            "Step ",
            "2",
            "Reach out",
            "Medical detox",
            "Inpatient or outpatient rehab",
            "Medication",
            "Counseling and behavioral therapy",
            "Ongoing support",
        ],
    );
    assert_eq!(html.matches("<h3 class=\"rg-step__title\"").count(), 7);
    // Each step a native disclosure, all closed; "Show all steps" says so too.
    assert_eq!(
        html.matches(r#"<details class="rg-step__details">"#)
            .count(),
        7,
        "7 steps, all closed"
    );
    assert_eq!(
        html.matches("<summary class=\"rg-step__toggle\">").count(),
        7
    );
    assert_eq!(
        html.matches(r#"aria-expanded="false""#).count(),
        1,
        "Show all"
    );
}

/// Both readers' words are in the page; the audience option chooses which the guide shows (its
/// `data-audience`, which the stylesheet reads) and so whose words the open step reads.
#[test]
fn the_audience_option_chooses_whose_words_the_open_step_shows() {
    let detox = content::guide(Locale::En)
        .journey
        .steps
        .iter()
        .find(|s| s.id == "detox")
        .expect("the detox step");
    for (audience, words, other) in [
        ("self", &detox.me, "loved-one"),
        ("loved-one", &detox.loved_one, "self"),
    ] {
        let html = render_with(&[("audience", audience), ("start", "detox")]);
        let root = slices(&html, "<div", ">")
            .into_iter()
            .find(|tag| tag.contains(r#"role="region""#))
            .expect("the guide's root");
        assert!(
            root.contains(&format!(r#"data-audience="{audience}""#)),
            "{audience}: {root}"
        );
        assert!(!html.contains(&format!(r#"data-audience="{other}""#)));
        assert!(
            html.contains(
                r#"id="rg-step-detox" class="rg-step"><details open class="rg-step__details""#
            ),
            "start=detox opens the step"
        );
        let (shown, what) = step_words(&html, "detox");
        assert_eq!(
            what, words.what,
            "{audience}: the open step reads that reader's words"
        );
        // With the default region's words for how to get naloxone (`{get_naloxone}`).
        let us = content::region(RegionCode::Us, Locale::En);
        assert_eq!(
            words.warnings.len(),
            2,
            "{audience}: seizures, then overdose"
        );
        for warning in words.warnings.iter() {
            assert!(
                shown.contains(&us.with_phrases(warning)),
                "{audience}: each warning, in that reader's words"
            );
        }
        // Choices are h4 inside the step (whose title is an h3), joined by "or".
        assert_in_order(
            &html,
            &[
                "Medical detox",
                "<h4>Detox first</h4>",
                r#"class="rg-or""#,
                "<h4>Start medication directly</h4>",
            ],
        );
    }
}

#[test]
fn the_start_option_opens_that_step_only() {
    let html = render_with(&[("start", "medication")]);
    assert_eq!(
        html.matches(r#"<details open class="rg-step__details""#)
            .count(),
        1
    );
    assert!(html.contains(
        r#"id="rg-step-medication" class="rg-step"><details open class="rg-step__details""#
    ));
}

/// "Counseling is not required to get medication" is a US rule (CONTENT-FACTS.md): the grid's
/// US-only row says it, and only in the US. Step 5, which says a reader may ask whether it is
/// required, says the rule to each US reader too (review66-usca, C1), and nowhere else.
#[test]
fn counseling_is_said_not_to_be_required_only_in_the_us() {
    let rule = "federal guidance says counseling must not be a condition";
    for audience in ["self", "loved-one"] {
        let (words, _) = step_words(&render_with(&[("audience", audience)]), "medication");
        assert!(words.contains(rule), "US step 5, {audience}: {words:?}");
    }
    let question = "Do I have to go to counseling to get it?";
    let us = wide_tables(&render(Options::default()));
    let row = us[0]
        .rows
        .iter()
        .find(|r| r.0.contains(question))
        .expect("the counseling row in the US");
    assert!(row.1, "marked as a US rule");
    assert!(row.2.iter().all(|cell| cell.starts_with("No.")), "{row:?}");
    for region in ["uk", "ca", "au", "nz", "ie"] {
        let html = render_with(&[("region", region)]);
        assert!(!html.contains(question), "{region}: {question}");
        assert!(
            !html.contains("without it") && !html.contains("not required"),
            "{region}: says counseling is not required"
        );
        assert!(!html.contains(rule), "{region}: {rule}");
    }
}

#[test]
fn comparison_is_a_real_table_with_the_three_medications_as_columns() {
    let html = render(Options::default());
    assert_in_order(
        &html,
        &[
            "<table",
            "<caption>",
            "Medications for opioid use disorder, compared",
            r#"<th scope="col">"#,
            "Question",
            r#"<th scope="col">Methadone"#,
            r#"<th scope="col">Buprenorphine"#,
            r#"<th scope="col">Naltrexone"#,
            r#"<th scope="row">"#,
        ],
    );
    let start = html.find("<table").expect("a table");
    let table = &html[start..start + html[start..].find("</table>").expect("its end")];
    let rows = table.matches(r#"<th scope="row">"#).count();
    assert!(rows >= 3, "at least three questions, found {rows}");
    assert_eq!(
        table.matches("<td>").count(),
        rows * 3,
        "every row has a cell for every medication"
    );
    assert!(html.contains("does not recommend"), "the stance is stated");
}

#[test]
fn us_help_tiers_are_emergency_then_crisis_then_treatment() {
    let html = render(Options::default());
    assert_in_order(
        &html,
        &[
            "rg-tier--emergency",
            "Emergency:",
            // The heading's number is the tier's first action's, kept on one line.
            "Call\u{a0}<span dir=\"ltr\" class=\"rg-number\">911</span> now",
            r#"href="tel:911""#,
            "rg-tier--crisis",
            "988",
            r#"href="tel:988""#,
            "rg-tier--treatment",
            "SAMHSA",
            r#"href="tel:+18006624357""#,
        ],
    );
}

#[test]
fn the_phone_bill_is_said_once_in_the_footer_whatever_the_sections() {
    // The help section ended with it too, a few lines above the footer's privacy promise.
    for sections in ["journey,questions,compare,help", "help", "journey"] {
        for locale in ["en", "es", "fr"] {
            let html = render_with(&[("sections", sections), ("locale", locale), ("region", "ca")]);
            let bill = match locale {
                "en" => "phone bill",
                "es" => "factura del teléfono",
                _ => "facture de téléphone",
            };
            let footer = &html[html.find("<footer").expect("a footer")..];
            assert_eq!(
                footer.matches(bill).count(),
                1,
                "{sections}/{locale}: in the footer, once"
            );
            if html.contains("rg-help\"") {
                let help = help_section(&html);
                assert!(
                    !help.contains(bill),
                    "{sections}/{locale}: not again in the help section"
                );
            }
        }
    }
}

#[test]
fn region_changes_the_numbers() {
    let html = render_with(&[("region", "uk")]);
    assert!(html.contains(r#"href="tel:+443001236600""#), "FRANK");
    assert!(html.contains(r#"href="tel:999""#), "999");
    assert!(
        !html.contains("tel:911"),
        "no US emergency number in the UK pack"
    );
    assert!(
        !html.contains("0800 77 66 00"),
        "the old FRANK number is never shown"
    );
}

// Every region's numbers (its emergency number first), in both languages, are checked in
// tests/regions.rs, the one list of them.

/// The overdose steps come last on a long page: the journey, under its title, links to them
/// wherever the help section is shown (scenario read 62, S1: a parent who had called 911 could not
/// find what to do while help came), in every language; never where it is not (a dead link).
#[test]
fn the_journey_links_to_the_overdose_steps_where_the_help_section_is_shown() {
    for locale in ["en", "es", "fr"] {
        for (sections, shown) in [
            ("journey,questions,compare,help", true),
            ("help,journey", true),
            ("journey,questions", false),
        ] {
            let html = render_with(&[("sections", sections), ("locale", locale), ("region", "uk")]);
            let journey = slices(&html, "rg-journey\"", "rg-steps\"");
            let journey = journey.first().copied().unwrap_or_default();
            let link = slices(journey, "<p class=\"rg-jump\">", "</p>");
            assert_eq!(
                link.len(),
                usize::from(shown),
                "{locale}/{sections}: {journey}"
            );
            if shown {
                assert!(
                    link[0].contains("href=\"#rg-overdose\""),
                    "{locale}/{sections}: {}",
                    link[0]
                );
                let tier = slices(&html, "id=\"rg-overdose\"", "</li>");
                assert!(
                    tier.first()
                        .is_some_and(|t| t.contains("rg-tier--emergency")),
                    "{locale}/{sections}: the link leads to no overdose tier"
                );
                let words = content::guide(
                    Locale::ALL
                        .into_iter()
                        .find(|l| l.as_str() == locale)
                        .unwrap_or(Locale::En),
                )
                .journey
                .overdose_link;
                assert!(
                    text(link[0]).contains(words),
                    "{locale}/{sections}: {}",
                    link[0]
                );
            }
        }
    }
}

#[test]
fn sections_option_chooses_and_orders_sections() {
    let html = render_with(&[("sections", "help,journey")]);
    assert!(!html.contains("rg-compare"), "compare left out");
    assert!(html.find("rg-help\"").unwrap_or(usize::MAX) < html.find("rg-journey").unwrap_or(0));
    let only_help = render(Options {
        sections: vec![Section::Help],
        ..Options::default()
    });
    assert!(!only_help.contains("rg-journey"));
    assert!(
        only_help.contains("rg-helpbar"),
        "the help bar is never hidden"
    );
}

#[test]
fn footer_shows_sources_dates_and_the_privacy_promise() {
    let html = render(Options::default());
    assert_in_order(
        &html,
        &[
            "<footer",
            "Helpline sources",
            "samhsa.gov/find-help/national-helpline",
            // The dates themselves: tests/regions.rs (the footer window).
            "Last reviewed: ",
            "Next review due: ",
            "stores nothing and sends nothing",
            "phone bill",
            "Staying safe online",
            "does not erase your browsing history",
        ],
    );
    assert!(
        html.contains(r#"rel="noopener noreferrer""#),
        "outbound links carry no referrer"
    );
}

#[test]
fn no_placeholder_text_reaches_the_reader() {
    for region in RegionCode::ALL {
        let html = render(Options {
            region,
            ..Options::default()
        })
        .to_lowercase();
        for word in ["lorem", "todo", "tbd", "fixme", "placeholder"] {
            assert!(!html.contains(word), "{word} in the {region:?} guide");
        }
    }
}

#[test]
fn spanish_renders_every_part_in_spanish_with_the_same_numbers() {
    let html = render_with(&[("locale", "es")]);
    assert_in_order(
        &html,
        &[
            "Línea Nacional de Ayuda de SAMHSA",
            "¿Sobredosis? Llama al\u{a0}",
            "Salir de esta página",
            "Qué esperar, paso a paso",
            "Para alguien que me importa",
            "Paso 3: ",
            "Desintoxicación médica",
            "Compara tus opciones",
            "Metadona",
            "Pide ayuda",
            "Llama ya al\u{a0}",
            ">911</span>",
            " si crees que alguien tiene una sobredosis",
            "En español: llama al\u{a0}",
            "Puede que este servicio no atienda en español.",
            "Tu privacidad",
        ],
    );
    assert!(html.contains(r#"href="tel:+18006624357""#));
    assert!(
        html.contains(r#"href="sms:988?&amp;body=AYUDA""#)
            || html.contains(r#"href="sms:988?&body=AYUDA""#)
    );
    // Dates in Spanish words.
    let months = content::guide(Locale::Es).ui.months;
    assert!(
        months
            .iter()
            .any(|m| html.contains(&format!(" de {m} de 20"))),
        "Spanish dates"
    );
    // No English heading is left behind.
    for english in [
        "What to expect",
        "Compare your options",
        "Get help",
        "Your privacy",
        "Exit this page",
        // Source names, too, are in Spanish.
        "ASAM patient guide",
        "US federal rule",
        "recovery housing guidance",
    ] {
        assert!(!html.contains(english), "{english} in the Spanish guide");
    }
}

#[test]
fn the_page_language_chooses_spanish_when_no_locale_is_given() {
    let (options, _) = parse(&[], Some("es-MX"));
    let html = render(options);
    assert!(html.contains("Qué esperar, paso a paso"));
}

// ---------- The comparison grids, cell by cell ----------

/// One wide table: its column headers (options), and each row's question, tagged or not, with
/// its cells' text.
struct Table {
    options: Vec<String>,
    rows: Vec<(String, bool, Vec<String>)>,
}

/// The full tables of the comparison (one per grid), as the wide layout shows them.
fn wide_tables(html: &str) -> Vec<Table> {
    slices(html, r#"<div class="rg-grid-wide">"#, "</table>")
        .into_iter()
        .map(|table| {
            let head = &table[..table.find("</thead>").expect("a thead")];
            let options = slices(head, r#"<th scope="col">"#, "</th>")
                .into_iter()
                .skip(1)
                .map(text)
                .collect();
            let body = &table[table.find("<tbody>").expect("a tbody")..];
            let rows = slices(body, "<tr>", "</tr>")
                .into_iter()
                .map(|row| {
                    let question = slices(row, r#"<th scope="row">"#, "</th>");
                    assert_eq!(question.len(), 1, "one question per row: {row}");
                    let tagged = question[0].contains("rg-tag");
                    let cells = slices(row, "<td>", "</td>").into_iter().map(text).collect();
                    (text(question[0]), tagged, cells)
                })
                .collect();
            Table { options, rows }
        })
        .collect()
}

#[test]
fn both_grids_have_every_row_in_every_column_and_no_empty_cell() {
    for locale in ["en", "es"] {
        for region in ["us", "uk"] {
            let html = render_with(&[("locale", locale), ("region", region)]);
            let tables = wide_tables(&html);
            assert_eq!(
                tables.len(),
                2,
                "{locale}/{region}: medications and settings"
            );
            assert_eq!(tables[0].options.len(), 3, "three medications");
            assert_eq!(tables[1].options.len(), 5, "five care settings");
            for (t, table) in tables.iter().enumerate() {
                assert!(table.rows.len() >= 4, "{locale}/{region} grid {t}: rows");
                for (question, _, cells) in &table.rows {
                    assert!(!question.is_empty(), "{locale}/{region}: an empty question");
                    assert_eq!(
                        cells.len(),
                        table.options.len(),
                        "{locale}/{region}: \"{question}\" has a cell for every option"
                    );
                    for (option, cell) in table.options.iter().zip(cells) {
                        assert!(
                            cell.chars().any(char::is_alphanumeric),
                            "{locale}/{region}: \"{question}\" is empty for {option}"
                        );
                    }
                }
            }
            // The pick-two tables: one row group per question, two cells each, none empty.
            for two in slices(&html, r#"<table class="rg-grid rg-grid--two">"#, "</table>") {
                for group in slices(two, "<tbody>", "</tbody>") {
                    let cells = slices(group, "<td>", "</td>");
                    assert_eq!(cells.len(), 2, "{locale}/{region}: two cells in {group}");
                    assert!(cells.iter().all(|c| !text(c).is_empty()), "{group}");
                }
            }
        }
    }
}

#[test]
fn the_settings_grid_answers_how_long_and_who_it_may_suit() {
    let html = render(Options::default());
    let settings = &wide_tables(&html)[1];
    let questions: Vec<&str> = settings.rows.iter().map(|r| r.0.as_str()).collect();
    assert!(
        questions.contains(&"How long does it last?"),
        "{questions:?}"
    );
    assert!(questions.contains(&"Who may it suit?"), "{questions:?}");
    let meds = &wide_tables(&html)[0];
    assert!(
        meds.rows
            .iter()
            .any(|r| r.0 == "Does it ease withdrawal when I start?"),
        "withdrawal when starting"
    );
}

/// `html` with the UK's spellings of the grids' words put back in the US's, the spelling the
/// content files are written in (`src/content/en/spelling.toml`), so the two grids compare.
fn us_spelt(html: &str) -> String {
    [
        ("programme", "program"),
        ("Counselling", "Counseling"),
        ("counselling", "counseling"),
        ("behavioural", "behavioral"),
    ]
    .iter()
    .fold(html.to_string(), |html, (uk, us)| html.replace(uk, us))
}

#[test]
fn region_uk_hides_the_us_only_rows_of_both_grids() {
    for locale in ["en", "es"] {
        let us = wide_tables(&render_with(&[("locale", locale), ("region", "us")]));
        let uk_html = render_with(&[("locale", locale), ("region", "uk")]);
        assert!(
            locale != "en" || uk_html.contains("Ask the programme"),
            "the UK reads its own spelling"
        );
        let uk = wide_tables(&us_spelt(&uk_html));
        for (g, (us, uk)) in us.iter().zip(&uk).enumerate() {
            assert!(
                us.rows.iter().any(|r| r.1),
                "{locale}: grid {g} has US-only rows, marked, in the US"
            );
            assert!(
                uk.rows.iter().all(|r| !r.1),
                "{locale}: no US-only row in the UK"
            );
            let everywhere: Vec<_> = us.rows.iter().filter(|r| !r.1).collect();
            let in_uk: Vec<_> = uk.rows.iter().collect();
            assert_eq!(
                in_uk, everywhere,
                "{locale}: grid {g} in the UK is the US grid without its US-only rows"
            );
        }
    }
    // US rules and US guidance never reach other regions.
    let uk = render_with(&[("region", "uk")]);
    for us_fact in [
        "certified opioid treatment program",
        "under 9 hours",
        "Since 2024",
        "telehealth",
        "every 4 weeks",
        "approved",
    ] {
        assert!(!uk.contains(us_fact), "the UK guide says \"{us_fact}\"");
    }
}

#[test]
fn the_sources_of_us_only_rows_are_cited_only_in_the_us() {
    for locale in ["en", "es", "fr"] {
        let compare = &content::guide(options_locale(locale)).compare;
        let us_sources: Vec<&str> = compare
            .grids
            .iter()
            .flat_map(|g| g.us_only_sources.iter().copied())
            .collect();
        assert!(!us_sources.is_empty(), "{locale}: the US rules are cited");
        let us = render_with(&[("locale", locale), ("region", "us")]);
        for source in &us_sources {
            assert!(us.contains(source), "{locale}: the US guide cites {source}");
        }
        for region in ["uk", "ca", "au", "nz", "ie"] {
            let elsewhere = render_with(&[("locale", locale), ("region", region)]);
            for source in &us_sources {
                assert!(
                    !elsewhere.contains(source),
                    "{locale}-{region}: cites the US rule {source}, whose rows it does not show"
                );
            }
            // The sources of the rows every region sees are still cited.
            for grid in compare.grids.iter() {
                for source in grid.sources.iter() {
                    assert!(
                        elsewhere.contains(source),
                        "{locale}-{region}: cites {source}"
                    );
                }
            }
        }
    }
}

// ---------- The journey, for each reader ----------

/// A step's words as the reader of this render sees them: the journey's `data-audience` picks
/// the self or the loved-one block. Returns the block's text and its first paragraph.
fn step_words(html: &str, id: &str) -> (String, String) {
    let audience = if html.contains(r#"data-audience="loved-one""#) {
        "rg-for-loved-one"
    } else {
        assert!(html.contains(r#"data-audience="self""#), "an audience");
        "rg-for-self"
    };
    let body = slices(html, &format!(r#"id="rg-step-{id}-body""#), "<details");
    assert_eq!(body.len(), 1, "step {id}");
    let block = slices(
        body[0],
        &format!(r#"<div class="{audience}">"#),
        "<div class=\"rg-for-",
    )
    .into_iter()
    .next()
    .unwrap_or_else(|| panic!("step {id}: no {audience} block"));
    let what = slices(block, "<p>", "</p>")
        .into_iter()
        .next()
        .map(text)
        .unwrap_or_default();
    (text(block), what)
}

#[test]
fn the_audience_switch_changes_the_words_of_all_seven_steps() {
    for locale in ["en", "es"] {
        let me = render_with(&[("locale", locale), ("audience", "self")]);
        let them = render_with(&[("locale", locale), ("audience", "loved-one")]);
        for id in STEP_IDS {
            let (mine, my_what) = step_words(&me, id);
            let (theirs, their_what) = step_words(&them, id);
            assert!(!mine.is_empty() && !my_what.is_empty(), "{locale} {id}");
            assert_ne!(
                mine, theirs,
                "{locale}: step {id} reads the same for both readers"
            );
            assert_ne!(
                my_what, their_what,
                "{locale}: step {id}'s \"what happens\" is the same for both readers"
            );
        }
    }
}

/// The text of the first paragraph whose class list is `classes` (empty if there is none).
fn paragraph(html: &str, classes: &str) -> String {
    html.split_once(&format!(r#"<p class="{classes}">"#))
        .and_then(|(_, rest)| rest.split_once("</p>"))
        .map(|(p, _)| text(p))
        .unwrap_or_default()
}

/// The comparison's rows are the person's own questions; its intro and stance speak to whoever
/// reads them, so a supporter is not told "you and your clinician choose together".
#[test]
fn the_comparison_speaks_to_each_reader() {
    for locale in ["en", "es", "fr"] {
        let compare = &content::guide(options_locale(locale)).compare;
        let html = render_with(&[("locale", locale), ("sections", "compare")]);
        for (class, intro, stance) in [
            ("rg-for-self", compare.intro, compare.stance),
            (
                "rg-for-loved-one",
                compare.loved_one_intro,
                compare.loved_one_stance,
            ),
        ] {
            for (kind, words) in [("rg-intro", intro), ("rg-stance", stance)] {
                let shown = paragraph(&html, &format!("{kind} {class}"));
                assert_eq!(shown, words, "{locale}: {class} reads its own {kind}");
            }
        }
        assert_ne!(compare.stance, compare.loved_one_stance, "{locale}");
        assert_ne!(compare.intro, compare.loved_one_intro, "{locale}");
    }
}

/// The journey's intro says who makes the choices: the reader and a clinician, or, for someone
/// supporting a loved one, the loved one (a clinical read found a supporter told "You and a
/// clinician make the choices").
#[test]
fn the_journeys_intro_speaks_to_each_reader() {
    for locale in ["en", "es", "fr"] {
        let journey = &content::guide(options_locale(locale)).journey;
        let html = render_with(&[("locale", locale), ("sections", "journey")]);
        for (class, intro) in [
            ("rg-for-self", journey.intro),
            ("rg-for-loved-one", journey.loved_one_intro),
        ] {
            let shown = paragraph(&html, &format!("rg-intro {class}"));
            assert_eq!(shown, intro, "{locale}: {class} reads its own intro");
        }
        assert_ne!(journey.intro, journey.loved_one_intro, "{locale}");
    }
}

#[test]
fn the_journey_says_only_what_is_true_in_every_region() {
    for region in RegionCode::ALL.map(RegionCode::as_str) {
        let html = render_with(&[("region", region), ("sections", "journey")]);
        for claim in [
            "free and confidential",
            "find treatment near you",
            "are approved",
            "under 9 hours",
            "They reduce cravings and withdrawal",
        ] {
            assert!(
                !html.contains(claim),
                "{region}: the journey says \"{claim}\""
            );
        }
    }
}

/// Landmarks a screen-reader user can tell apart: every named region of the guide has a name of
/// its own, and no name is the start of another ("Get help now" beside "Get help").
#[test]
fn landmark_names_are_distinct() {
    for locale in Locale::ALL.map(Locale::as_str) {
        let html = render_with(&[("locale", locale)]);
        let guide = content::guide(options_locale(locale));
        let names = [
            guide.ui.guide_label,
            guide.ui.helpbar_label,
            guide.journey.title,
            guide.questions.title,
            guide.compare.title,
            guide.help.title,
        ];
        assert!(html.contains(&format!(r#"aria-label="{}""#, guide.ui.helpbar_label)));
        for (i, a) in names.iter().enumerate() {
            for b in &names[i + 1..] {
                let (a, b) = (a.to_lowercase(), b.to_lowercase());
                assert!(
                    !a.starts_with(&b) && !b.starts_with(&a),
                    "{locale}: \"{a}\" and \"{b}\" are too alike to tell apart"
                );
            }
        }
    }
}

/// Every "Sources" on a page is heard with its part's name ("Sources: Medical detox"): a
/// screen-reader user moving through some 25 disclosures of one name could not tell them apart
/// (review65-sr, S7). Each reader hears their own question titles; every region and language.
#[test]
fn every_sources_list_is_heard_with_a_name_of_its_own() {
    for locale in Locale::ALL.map(Locale::as_str) {
        for region in RegionCode::ALL.map(RegionCode::as_str) {
            for (audience, other) in [("self", "rg-for-loved-one"), ("loved-one", "rg-for-self")] {
                let html = render_with(&[
                    ("locale", locale),
                    ("region", region),
                    ("audience", audience),
                ]);
                let others = format!(r#"<span class="rg-vh {other}">"#);
                let mut heard: Vec<String> =
                    slices(&html, r#"<details class="rg-sources">"#, "</summary>")
                        .into_iter()
                        .map(|summary| text(&without_spans(summary, &others)))
                        .collect();
                assert!(
                    heard.len() >= 20,
                    "{locale}/{region}: only {} lists",
                    heard.len()
                );
                let count = heard.len();
                heard.sort();
                heard.dedup();
                assert_eq!(
                    heard.len(),
                    count,
                    "{locale}/{region}/{audience}: {heard:#?}"
                );
            }
        }
    }
}

/// `html` without each span that opens with `open`.
fn without_spans(html: &str, open: &str) -> String {
    let mut kept = String::new();
    let mut rest = html;
    while let Some(at) = rest.find(open) {
        kept.push_str(&rest[..at]);
        let after = &rest[at..];
        rest = &after[after
            .find("</span>")
            .map_or(after.len(), |end| end + "</span>".len())..];
    }
    kept.push_str(rest);
    kept
}

fn options_locale(code: &str) -> Locale {
    Locale::ALL
        .into_iter()
        .find(|l| l.as_str() == code)
        .unwrap_or_default()
}

/// Dates as the reader writes them: "November 30, 2026" in the US, "30 November 2026" in the UK,
/// Ireland, Australia and New Zealand; Spanish "30 de noviembre de 2026" everywhere; French
/// "30 novembre 2026" everywhere.
#[test]
fn review_dates_read_as_each_region_writes_them() {
    // A date every page shows: the first journey step's, under its sources (the same in every
    // language). (It took the interface's date, shown only while some part had the same one.)
    let reviewed = content::guide(Locale::En)
        .journey
        .steps
        .first()
        .expect("a first step")
        .last_reviewed;
    let (year, rest) = reviewed.split_once('-').expect("an ISO date");
    let (month, day) = rest.split_once('-').expect("an ISO date");
    let day = day.trim_start_matches('0');
    let month_index: usize = month.parse().expect("a month");
    for locale in Locale::ALL {
        let months = content::guide(locale).ui.months;
        let name = months[month_index - 1];
        // The first of the month as the language writes it ("1er décembre").
        let day = match day {
            "1" => content::guide(locale).ui.first_day,
            day => day,
        };
        for region in RegionCode::ALL {
            let html = render_with(&[("locale", locale.as_str()), ("region", region.as_str())]);
            let expected = match (locale.as_str(), region.as_str()) {
                ("en", "us" | "ca") => format!("{name} {day}, {year}"),
                ("en" | "fr", _) => format!("{day} {name} {year}"),
                _ => format!("{day} de {name} de {year}"),
            };
            assert!(
                html.contains(&expected),
                "{}/{}: {expected:?} not in the footer",
                locale.as_str(),
                region.as_str()
            );
        }
    }
}

/// Where every call and text of a list would say "this service may answer in English", the list
/// says it once, above its links (a French reader of the US crisis tier had it nine times, even
/// beside "in Spanish: call 988"); where only some would, each says it of itself.
#[test]
fn a_list_whose_every_line_may_answer_in_english_says_it_once() {
    let crisis = |locale: Locale| {
        let html = render_with(&[
            ("locale", locale.as_str()),
            ("region", "us"),
            ("sections", "help"),
        ]);
        slices(
            &html,
            r#"<li class="rg-tier rg-tier--crisis">"#,
            "</details></li>",
        )
        .into_iter()
        .next()
        .expect("the US crisis tier")
        .to_string()
    };
    let ui = |locale: Locale| &content::guide(locale).ui;
    let fr = crisis(Locale::Fr);
    let once = format!(
        r#"<p class="rg-actions__note">{}</p><ul class="rg-actions">"#,
        ui(Locale::Fr).these_answer_in_english
    );
    assert_eq!(fr.matches(&once).count(), 1, "once, above the links: {fr}");
    assert!(!fr.contains(ui(Locale::Fr).answers_in_english), "{fr}");
    // In Spanish, 988 answers in the reader's language and three of its lines may not (the
    // veterans' text, the relay service and the English chat, whose answer is a call's: review71b,
    // RE3): each of those says so, and nothing is said for the list.
    let es = crisis(Locale::Es);
    assert_eq!(
        es.matches(ui(Locale::Es).answers_in_english).count(),
        3,
        "{es}"
    );
    assert!(!es.contains("rg-actions__note"), "{es}");
    // English readers are never told.
    assert!(!crisis(Locale::En).contains("rg-actions__note"));
}

/// A web address talks to no one, so no line's note fits it; a link to a page in English says, to
/// a reader in another language, that the page may be in English (Australia's naloxone sites, the
/// US's FindTreatment.gov: review71, RL6). A chat is answered by someone: the 988 chat says what a
/// call would (review71b, RE3). The Spanish chat says nothing (its label names its language);
/// English readers are never told.
#[test]
fn a_link_to_a_page_in_english_says_so_in_another_language() {
    let item_of = |html: &str, href: &str| -> String {
        slices(html, "<li>", "</li>")
            .into_iter()
            .find(|item| item.contains(&format!("href=\"{href}\"")))
            .map(text)
            .unwrap_or_else(|| panic!("no link to {href}"))
    };
    for locale in Locale::ALL {
        let note = content::guide(locale).ui.page_in_english;
        let us = render_with(&[("region", "us"), ("locale", locale.as_str())]);
        let au = render_with(&[("region", "au"), ("locale", locale.as_str())]);
        let english = locale != Locale::En;
        for (html, href) in [
            (&us, "https://findtreatment.gov"),
            (
                &au,
                "https://www.health.gov.au/our-work/take-home-naloxone-program/where-to-access-naloxone",
            ),
        ] {
            let item = item_of(html, href);
            assert_eq!(item.contains(note), english, "{locale:?}: {item:?}");
        }
        let spanish_chat = item_of(&us, "https://988lifeline.org/es/chat");
        assert!(!spanish_chat.contains(note), "{locale:?}: {spanish_chat:?}");
        // The 988 chat is answered by someone: a call's note, or the list's (review71b, RE3).
        let chat = item_of(&us, "https://988lifeline.org");
        assert!(!chat.contains(note), "{locale:?}: {chat:?}");
        if locale == Locale::Es {
            let ui = &content::guide(locale).ui;
            assert!(chat.contains(ui.answers_in_english), "{chat:?}");
        }
    }
}

/// "appelez le / 988": a phone broke a link's or a heading's label between the word that leads to
/// the number and the number. In every language and region, that word keeps to a short number
/// (a long one, or an address, keeps its plain space: held to its word, it could not fit a narrow
/// line); in the help tiers' and the answers' text too, each short number keeps to its word.
#[test]
fn the_word_that_leads_to_a_short_number_keeps_to_it() {
    let number = r#"<span dir="ltr" class="rg-number">"#;
    for locale in [Locale::En, Locale::Es, Locale::Fr] {
        for region in RegionCode::ALL {
            let html = render_with(&[("locale", locale.as_str()), ("region", region.as_str())]);
            for (at, _) in html.match_indices(&format!(" {number}")) {
                let shown = html[at + number.len() + 1..]
                    .split('<')
                    .next()
                    .unwrap_or_default();
                assert!(
                    shown.chars().count() > content::HELD_NUMBER_CHARS,
                    "{locale:?} {region:?}: a plain space before {shown}"
                );
            }
        }
    }
    let fr = render_with(&[("locale", "fr"), ("region", "ca")]);
    for lead in ["Appelez le", "textez le", "Envoyez un texto au"] {
        assert!(fr.contains(&format!("{lead}\u{a0}{number}")), "{lead}");
    }
    // Written in the text, not a link's `{number}`: the overdose steps, Ireland's two numbers.
    assert!(fr.contains("Appelez le\u{a0}911 maintenant"));
    let ie = render_with(&[("locale", "es"), ("region", "ie")]);
    assert!(
        ie.contains("al\u{a0}112 o al\u{a0}999"),
        "Ireland's heading"
    );
    let us = render_with(&[("locale", "en"), ("region", "us")]);
    assert!(us.contains(&format!("Call {number}1-800-662-HELP (4357)")));
    assert!(us.contains(&format!("Chat at {number}988lifeline.org")));
    // A partner's address, however short, may wrap after the label's words.
    let partner = render_with(&[
        ("helpline-name", "Acme EAP"),
        ("helpline-url", "https://a.io"),
    ]);
    assert!(
        !partner.contains(&format!("\u{a0}{number}a.io")),
        "the partner's address held to its label"
    );
    assert!(partner.contains(&format!(" {number}a.io")), "{partner}");
}

/// A reader in a language a line is not known to answer in is told it may answer in English,
/// beside that line's call or text (French in the UK), or, where the line has interpreters (FRANK's
/// calls), that they can ask for one; never beside a line that answers in their language (Canada's
/// 9-8-8 and Drogue : aide et référence in French, SAMHSA in Spanish), nor beside an emergency
/// number, nor ever in English.
#[test]
fn a_line_that_may_answer_in_english_says_so_in_the_readers_language() {
    let note_in = |locale: Locale| content::guide(locale).ui.answers_in_english;
    let beside = |html: &str, href: &str| -> Vec<String> {
        slices(html, "<li><a", "</li>")
            .into_iter()
            .filter(|li| li.contains(&format!("href=\"{href}\"")))
            .map(str::to_string)
            .collect()
    };
    let help = |locale: Locale, region: &str| {
        render_with(&[
            ("locale", locale.as_str()),
            ("region", region),
            ("sections", "help"),
        ])
    };
    let fr = note_in(Locale::Fr);
    let uk = help(Locale::Fr, "uk");
    let frank_text = beside(&uk, "sms:82111");
    assert!(
        !frank_text.is_empty() && frank_text.iter().all(|li| li.contains(fr)),
        "FRANK's text line, in French"
    );
    // FRANK's calls have interpreters: "an interpreter is available on request" (said to either
    // reader), not "it may answer in English" (which would contradict it), once, in French and in
    // Spanish, in the help tiers, the journey and the questions.
    for locale in [Locale::Fr, Locale::Es] {
        let ask = content::guide(locale).ui.ask_for_interpreter;
        let journey = render_with(&[
            ("locale", locale.as_str()),
            ("region", "uk"),
            ("sections", "journey"),
        ]);
        let mut calls = beside(&help(locale, "uk"), "tel:+443001236600");
        calls.extend(
            slices(&journey, r#"<p class="rg-calls__call">"#, "</p>")
                .into_iter()
                .filter(|p| p.contains("href=\"tel:+443001236600\""))
                .map(str::to_string),
        );
        // The questions too (a supporter's and the person's answers, each once).
        let questions = render_with(&[
            ("locale", locale.as_str()),
            ("region", "uk"),
            ("sections", "questions"),
        ]);
        calls.extend(beside(&questions, "tel:+443001236600"));
        assert!(calls.len() >= 4, "FRANK's calls, {locale:?}: {calls:?}");
        for call in &calls {
            assert!(
                // (The interpreter note starts with the plain one: nothing else may say it.)
                call.matches(ask).count() == 1
                    && call.matches(note_in(locale)).count()
                        == ask.matches(note_in(locale)).count(),
                "FRANK, {locale:?}: {call}"
            );
        }
    }
    assert!(
        beside(&uk, "tel:999").iter().all(|li| !li.contains(fr)),
        "never beside 999"
    );
    // Never beside Ireland's two emergency numbers (both under its emergency tier's heading), nor
    // beside Canada's lines that answer in French.
    for (region, href) in [
        ("ie", "tel:112"),
        ("ie", "tel:999"),
        ("ca", "tel:988"),
        ("ca", "tel:+18002652626"),
    ] {
        let lis = beside(&help(Locale::Fr, region), href);
        assert!(
            !lis.is_empty() && lis.iter().all(|li| !li.contains(fr)),
            "{region}: no note beside {href}"
        );
    }
    // The journey's "Reach out" calls too: Ontario's and B.C.'s lines, never Quebec's.
    let journey = render_with(&[("locale", "fr"), ("region", "ca"), ("sections", "journey")]);
    let calls = slices(&journey, r#"<p class="rg-calls__call">"#, "</p>");
    let call = |href: &str| {
        calls
            .iter()
            .find(|p| p.contains(&format!("href=\"{href}\"")))
            .unwrap_or_else(|| panic!("the reach-out step calls {href}"))
            .to_string()
    };
    for href in ["tel:+18665312600", "tel:+18338048111"] {
        assert!(call(href).contains(fr), "{href}, in the journey, in French");
    }
    assert!(
        !call("tel:+18002652626").contains(fr),
        "Drogue : aide et référence answers in French"
    );
    // To a Spanish reader, Canada's bilingual lines may answer in French or English (a Spanish
    // read found "may answer in English" beside lines that greet a caller in Quebec in French);
    // its English-only lines still say English.
    let ca = help(Locale::Es, "ca");
    let both = content::guide(Locale::Es).ui.answers_in_french_or_english;
    let drogue = beside(&ca, "tel:+18002652626");
    assert!(
        !drogue.is_empty() && drogue.iter().all(|li| li.contains(both)),
        "Drogue : aide et référence, in Spanish: {drogue:?}"
    );
    // 9-8-8's call and text, said once above them.
    let crisis = slices(
        &ca,
        r#"<li class="rg-tier rg-tier--crisis">"#,
        "</details></li>",
    );
    let once = format!(
        r#"<p class="rg-actions__note">{}</p><ul class="rg-actions"><li><a href="tel:988""#,
        content::guide(Locale::Es)
            .ui
            .these_answer_in_french_or_english
    );
    assert!(crisis.iter().any(|tier| tier.contains(&once)), "{crisis:?}");
    assert!(
        beside(&ca, "tel:+18338048111")
            .iter()
            .all(|li| li.contains(note_in(Locale::Es)) && !li.contains(both)),
        "B.C.'s line answers in English"
    );
    let us = help(Locale::Es, "us");
    let es = note_in(Locale::Es);
    assert!(
        beside(&us, "tel:+18006624357")
            .iter()
            .all(|li| !li.contains(es)),
        "SAMHSA answers in Spanish"
    );
    for region in RegionCode::ALL {
        let html = help(Locale::En, region.as_str());
        assert!(
            !html.contains(note_in(Locale::En)),
            "{region:?}: never in English"
        );
    }
}

#[test]
fn the_reach_out_step_cites_the_lines_it_offers_in_the_readers_region() {
    // Its words offer the region's lines; its sources were one US service in every region.
    let step = |region: &str| {
        let html = render_with(&[("region", region), ("sections", "journey")]);
        slices(&html, r#"id="rg-step-reach-out""#, "</li>")[0].to_string()
    };
    let uk = step("uk");
    let sources = &uk[uk.find("rg-sources__list").expect("its sources")..];
    assert!(sources.contains("FRANK"), "the UK's line: {sources}");
    assert!(
        !sources.contains("SAMHSA"),
        "no US service in the UK: {sources}"
    );
    let us = step("us");
    let sources = &us[us.find("rg-sources__list").expect("its sources")..];
    assert!(sources.contains("samhsa.gov"), "the US line: {sources}");
}

/// Canada's "Reach out" lines cover three provinces, Ireland's HSE line may be closed at night, and
/// Australia's hotline has counsellors only part of the day in South Australia: the step says so
/// under the lines, to both readers, in every language (the region's `reach_out_note`); elsewhere
/// it adds nothing.
#[test]
fn the_reach_out_step_says_where_its_lines_fall_short() {
    for locale in Locale::ALL {
        for region in RegionCode::ALL {
            let html = render_with(&[
                ("locale", locale.as_str()),
                ("region", region.as_str()),
                ("sections", "journey"),
            ]);
            let step = slices(&html, r#"id="rg-step-reach-out""#, "</li>")[0];
            let notes = slices(step, r#"<p class="rg-step__note">"#, "</p>");
            let words = content::region(region, locale);
            let note = words.reach_out_note;
            match region {
                RegionCode::Ca | RegionCode::Ie | RegionCode::Au => {
                    // In the region's words: Australia's is its `{line_hours}`, put in.
                    let note = note.map(|n| words.with_phrases(n.text())).expect("a note");
                    assert!(!note.contains('{'), "{locale:?}/{region:?}: {note}");
                    assert_eq!(notes.len(), 1, "{locale:?}/{region:?}: one note");
                    // (`text` reads a no-break space, as in "8:30 a. m.", as a space.)
                    assert_eq!(text(notes[0]), text(&note), "{locale:?}/{region:?}");
                    // Right after the supporter's part closes: both readers see it, under the lines.
                    assert!(
                        step.contains(r#"</div><p class="rg-step__note">"#),
                        "{locale:?}/{region:?}: under both readers' parts"
                    );
                }
                _ => assert!(
                    notes.is_empty() && note.is_none(),
                    "{locale:?}/{region:?}: no note"
                ),
            }
        }
    }
}

/// The slim bar that stays at the top once the help bar has scrolled away holds the main line and
/// the emergency number, in that order, in every region and language: a reader who finds someone
/// overdosing halfway down the guide calls the emergency number from where they are (in Canada the
/// main line is an overdose line for people using alone, not the emergency one).
#[test]
fn the_slim_bar_keeps_the_emergency_number_in_reach() {
    for locale in Locale::ALL {
        for region in RegionCode::ALL {
            let html = render_with(&[("locale", locale.as_str()), ("region", region.as_str())]);
            let bar = slices(&html, r#"<div class="rg-sticky__bar">"#, "</div>")[0];
            let lines = content::region(region, locale);
            let calls: Vec<String> = phone_links(bar).into_iter().map(|(href, _)| href).collect();
            assert_eq!(
                calls,
                [
                    lines.main_helpline().tel_href(),
                    lines.emergency().tel_href()
                ],
                "{locale:?}/{region:?}"
            );
            // Canada's main line is for people using alone: the bar says so, not "Call …" alone,
            // which read as the guide's general line (review77-regions, VB1).
            let main = text(slices(bar, "rg-sticky__call", "</a>")[0]);
            let said = match (region, locale) {
                (RegionCode::Ca, Locale::En) => "Using alone? 1-888-688-6677".to_string(),
                (RegionCode::Ca, Locale::Es) => "¿Consumes a solas? 1-888-688-6677".to_string(),
                (RegionCode::Ca, Locale::Fr) => {
                    "Vous consommez en solo? 1-888-688-6677".to_string()
                }
                _ => content::fill(
                    content::guide(locale).ui.sticky_call,
                    &[("number", lines.main_helpline().display)],
                ),
            };
            assert!(main.contains(&said), "{locale:?}/{region:?}: {main}");
            let overdose = content::fill(
                content::guide(locale).ui.sticky_overdose,
                &[("number", lines.emergency().display)],
            );
            assert!(
                text(bar).contains(&overdose),
                "{locale:?}/{region:?}: {overdose}"
            );
            // "Overdose? 911" shows no verb: a listener hears one with the digits ("…, Call 9 1
            // 1"), as the help bar's "Overdose? Call 911" says it (review65-sr, S4).
            let heard = content::fill(
                content::guide(locale).ui.sticky_call,
                &[("number", &lines.emergency().spoken())],
            );
            let emergency = slices(bar, "rg-sticky__emergency", "</a>");
            assert!(
                emergency
                    .first()
                    .is_some_and(|link| text(link).contains(&heard)),
                "{locale:?}/{region:?}: {heard:?} in {emergency:?}"
            );
        }
    }
}

/// A warning's first sentence is its bold lead, and only that: the lead ends a sentence, and what
/// follows starts the next one (an abbreviation such as "EE. UU." never ends the lead), in every
/// language and region.
#[test]
fn every_warning_leads_with_its_first_whole_sentence_in_bold() {
    let (mut seen, mut longer) = (0, 0);
    for locale in Locale::ALL {
        for region in RegionCode::ALL {
            let html = render_with(&[("locale", locale.as_str()), ("region", region.as_str())]);
            for warning in slices(&html, "<p class=\"rg-warning\">", "</p>") {
                seen += 1;
                let inner = &warning["<p class=\"rg-warning\">".len()..warning.len() - 4];
                let (lead, rest) = inner
                    .strip_prefix("<strong>")
                    .and_then(|w| w.split_once("</strong>"))
                    .unwrap_or_else(|| panic!("no bold lead: {warning}"));
                let inside = &lead[..lead.len() - 1];
                assert!(
                    lead.ends_with(['.', '?', '!'])
                        && !lead.contains("</")
                        && ![". ", "? ", "! "].iter().any(|end| inside.contains(end)),
                    "{locale:?}/{region:?}: the lead is not one sentence: {warning}"
                );
                if !rest.is_empty() {
                    longer += 1;
                }
                let next = rest.strip_prefix(' ').map(|r| r.chars().next());
                assert!(
                    rest.is_empty()
                        || next
                            .flatten()
                            .is_some_and(|c| c.is_uppercase() || "¿¡".contains(c)),
                    "{locale:?}/{region:?}: the lead stops inside a sentence: {warning}"
                );
            }
        }
    }
    assert!(
        seen > 50 && longer > 20,
        "warnings: {seen}, of more than one sentence: {longer}"
    );
}

/// No reader sees a placeholder: every `{number}`, `{name}` and region `{phrase}` is filled in,
/// in every part of every region's guide in every language (a text naming a phrase where the
/// guide does not put phrases in, a heading say, would show "{get_naloxone}").
#[test]
fn no_placeholder_reaches_the_reader() {
    for code in RegionCode::ALL {
        for locale in Locale::ALL {
            let html = render_with(&[("region", code.as_str()), ("locale", locale.as_str())]);
            let words = text(&html);
            if let Some(at) = words.find(['{', '}']) {
                let before: String = words[..at].chars().rev().take(60).collect();
                let before: String = before.chars().rev().collect();
                let after: String = words[at..].chars().take(40).collect();
                panic!("{code:?}/{locale:?}: a placeholder is shown: {before}{after}");
            }
        }
    }
}

/// A phone number written in the words ("If no one answers, call 1-888-688-6677 instead.") stays on
/// one line, as a button's number does (`.rg-number`): a 320 px screen broke it at a hyphen, in
/// every region and language.
#[test]
fn a_phone_number_in_the_words_is_kept_on_one_line() {
    let mut kept = 0;
    for code in RegionCode::ALL {
        for locale in Locale::ALL {
            let html = render_with(&[("region", code.as_str()), ("locale", locale.as_str())]);
            // The links first (a button's number is kept its own way), then the numbers kept in
            // the words: no phone number may be left.
            let mut rest = html.clone();
            for piece in slices(&html, "<a ", "</a>") {
                rest = rest.replace(piece, " ");
            }
            let in_words = rest.clone();
            for piece in slices(&in_words, "<span class=\"rg-number\">", "</span>") {
                kept += 1;
                rest = rest.replace(piece, " ");
            }
            let words = text(&rest.replace('<', " <"));
            let loose: Vec<&str> = content::phone_numbers_in(&words)
                .into_iter()
                .filter_map(|(piece, number)| number.then_some(piece))
                .collect();
            assert!(
                loose.is_empty(),
                "{code:?}/{locale:?}: {loose:?} may break across lines"
            );
        }
    }
    // Canada's option-2 notes and its overdose tier give 1-888-688-6677 in words, for each reader.
    assert!(kept >= 7 * 3, "{kept} numbers kept in the words");
}
