//! Every region pack, in every language, rendered natively: only numbers from the facts sheet, as
//! dialable links; nothing it marks unverified or retired; each call or text link named
//! "<action> <service>, <number>" with the number read in the reader's language.
//! `cargo test --no-default-features --features ssr --test regions`
//! Over 400 lines: one file per concern (every region's numbers), with the region table at its top.
#![cfg(feature = "ssr")]

mod common;
#[path = "common/render.rs"]
mod render;
#[path = "../src/content/schema.rs"]
#[allow(dead_code, unused_imports)]
mod schema;

use recovery_guide::content::values::is_dialable;
use recovery_guide::content::{self, Locale, RegionCode, TierKind, Via};
use render::{attribute, help_section, phone_links, render_with, slices, text};
use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

const LOCALES: [&str; 2] = ["en", "es"];

/// The numbers CONTENT-FACTS.md (and CONTENT-FACTS-TOPICS.md §13) give each region, as the links'
/// hrefs (without an sms body), the region's emergency number first. The one list of them:
/// tests/markup.rs relies on it.
const EXPECTED: &[(&str, &[&str])] = &[
    (
        "us",
        &[
            "tel:911",
            "tel:+18006624357",
            "tel:+18004874889",
            "tel:988",
            "sms:988",
            "sms:838255",
            "tel:711",
        ],
    ),
    (
        "uk",
        &["tel:999", "tel:+443001236600", "sms:82111", "tel:111"],
    ),
    (
        "ca",
        &[
            "tel:911",
            "tel:+18886886677",
            "tel:988",
            "sms:988",
            // The journey's "Reach out": ConnexOntario (Ontario), Drogue : aide et référence
            // (Quebec), the B.C. Opioid Treatment Access Line.
            "tel:+18665312600",
            "tel:+18002652626",
            "tel:+18338048111",
            // The treatment tier's provincial lines also give Drogue : aide et référence's
            // Montreal number and HealthLink BC (8-1-1), CONTENT-FACTS-TOPICS.md §13.3.
            "tel:+15145272626",
            "tel:811",
        ],
    ),
    (
        "au",
        &[
            "tel:000",
            "tel:1800250015",
            // State lines (§13.4): DirectLine (Victoria), South Australia's line.
            "tel:1800888236",
            "tel:1300131340",
        ],
    ),
    (
        "nz",
        &[
            "tel:111",
            "tel:0800787797",
            "sms:8681",
            "tel:0800787798",
            "tel:0800787799",
            // 1737, "Need to talk?" (§13.5).
            "tel:1737",
            "sms:1737",
        ],
    ),
    (
        "ie",
        &[
            "tel:112",
            "tel:1800459459",
            "tel:999",
            // Samaritans.
            "tel:116123",
            // Your Mental Health Information Line.
            "tel:1800111888",
            // Text HELLO.
            "sms:50808",
        ],
    ),
];

/// Retired or unverified entries (CONTENT-FACTS.md): never shown, in any form or language.
const NEVER: &[&str] = &[
    // The 988 "press 3" option ended on 17 July 2025.
    "press 3",
    "marca 3",
    "marca el 3",
    "oprime 3",
    "oprime el 3",
    "presiona 3",
    "presiona el 3",
    "pulsa 3",
    "pulsa el 3",
    // FRANK's textphone is unverified; 0800 77 66 00 is FRANK's old number.
    "0300 123 1099",
    "03001231099",
    "+443001231099",
    "0800 77 66 00",
    "0800776600",
    "+44800776600",
    // Kids Help Phone numbers are unverified.
    "Kids Help Phone",
];

/// The number a `tel:` or `sms:` href dials is one the schema calls dialable.
fn is_dialable_href(href: &str) -> bool {
    href.split_once(':')
        .is_some_and(|(scheme, number)| matches!(scheme, "tel" | "sms") && is_dialable(number))
}

#[test]
fn every_region_in_every_language_shows_only_its_numbers_as_dialable_links() {
    for (region, numbers) in EXPECTED {
        let wanted: BTreeSet<String> = numbers.iter().map(|n| n.to_string()).collect();
        let code = RegionCode::ALL
            .into_iter()
            .find(|c| c.as_str() == *region)
            .expect("a region code");
        // The help bar's emergency number, and the emergency card's call.
        let pack = content::region(code, Locale::En);
        assert_eq!(
            pack.emergency().tel_href(),
            numbers[0],
            "{region}: the emergency number"
        );
        let card = pack
            .tiers
            .iter()
            .find(|t| t.kind == TierKind::Emergency)
            .expect("an emergency tier");
        assert!(
            card.actions.iter().any(|a| a.via == Via::Call
                && pack
                    .line(a.line)
                    .is_some_and(|line| a.href(line) == numbers[0])),
            "{region}: the emergency card calls {}",
            numbers[0]
        );
        for locale in LOCALES {
            let html = render_with(&[("region", region), ("locale", locale)]);
            let found: BTreeSet<String> = phone_links(&html).into_iter().map(|(h, _)| h).collect();
            assert_eq!(found, wanted, "{region}/{locale}: numbers shown");
            for href in &found {
                assert!(
                    is_dialable_href(href),
                    "{region}/{locale}: {href} is not E.164 or a short code"
                );
            }
            let lower = html.to_lowercase();
            for never in NEVER {
                assert!(
                    !lower.contains(&never.to_lowercase()),
                    "{region}/{locale}: shows {never:?}"
                );
            }
        }
    }
}

/// Ireland's HSE helpline keeps unverified hours (CONTENT-FACTS-TOPICS.md §13.1): its card states
/// none, and the help bar offers a line that answers day and night instead (Samaritans, 116 123).
/// Each card of the help section, from its class list on (`rg-tier--crisis…`).
fn help_cards(html: &str) -> impl Iterator<Item = &str> {
    help_section(html).split("class=\"rg-tier ").skip(1)
}

#[test]
fn ireland_states_no_hours_for_its_helpline() {
    for locale in Locale::ALL {
        let region = content::region(RegionCode::Ie, locale);
        assert_ne!(
            region.main_helpline().id,
            "hse",
            "ie: the help bar's line is not one of unknown hours"
        );
        let html = render_with(&[
            ("region", "ie"),
            ("locale", locale.as_str()),
            ("sections", "help"),
        ]);
        let cards: Vec<&str> = help_cards(&html)
            .filter(|card| card.contains("href=\"tel:1800459459\""))
            .collect();
        assert_eq!(
            cards.len(),
            1,
            "ie/{locale:?}: one card offers the HSE helpline"
        );
        let card = cards[0].to_lowercase();
        for hours in [
            "24",
            "hours",
            "horas",
            "7 days",
            "7 días",
            "a.m.",
            "a. m.",
            "p. m.",
            "pm ",
            "9am",
            "9:30",
            "monday",
            "lunes",
            "weekday",
            "entre semana",
            "office",
            "oficina",
        ] {
            assert!(
                !card.contains(hours),
                "ie/{locale:?}: the HSE helpline's card states hours ({hours:?}), which are unverified"
            );
        }
    }
}

/// Ireland has no drug line known to answer at night (CONTENT-FACTS: its hours are unverified): the
/// HSE helpline is never offered alone. Wherever an answer or a card offers it, the same place
/// offers a line that answers 24 hours a day (Samaritans, the HSE's information line, the 50808
/// text line) or says it may be closed at night; the 24/7 card says no drug-only line answers at
/// night (CONTENT-FACTS-TOPICS §16.6).
#[test]
fn ireland_never_offers_the_hse_helpline_alone() {
    const ALWAYS_OPEN: [&str; 3] = ["tel:116123", "tel:1800111888", "sms:50808"];
    for locale in Locale::ALL {
        let night = match locale {
            Locale::En => "for example at night",
            Locale::Es => "por ejemplo de noche",
            Locale::Fr => "par exemple la nuit",
        };
        let html = render_with(&[("region", "ie"), ("locale", locale.as_str())]);
        let places = render::slices(&html, "<details id=\"rg-q-", "</details>")
            .into_iter()
            .chain(help_cards(&html));
        let mut offered = 0;
        for place in places {
            if !place.contains("href=\"tel:1800459459\"") {
                continue;
            }
            offered += 1;
            let open_always = ALWAYS_OPEN
                .iter()
                .any(|href| place.contains(&format!("href=\"{href}")));
            assert!(
                open_always || place.contains(night),
                "ie/{locale:?}: the HSE helpline offered alone, with no word about nights: {}",
                render::text(place)
            );
        }
        assert!(
            offered >= 3,
            "ie/{locale:?}: the HSE helpline is offered in {offered} places"
        );
        let crisis = help_cards(&html)
            .find(|card| card.starts_with("rg-tier--crisis"))
            .map(render::text)
            .unwrap_or_default();
        let no_drug_line = match locale {
            Locale::En => "no drug-only line that answers day and night",
            Locale::Es => "no hay una línea solo sobre drogas que atienda de día y de noche",
            Locale::Fr => "aucune ligne consacrée aux drogues ne répond jour et nuit",
        };
        assert!(
            crisis.contains(no_drug_line),
            "ie/{locale:?}: the 24/7 card: {crisis}"
        );
    }
}

/// The actions among a tier's blocks, in order.
fn block_actions(
    blocks: &'static [content::Block],
) -> impl Iterator<Item = &'static content::Action> {
    blocks.iter().flat_map(|block| match block {
        content::Block::Actions { actions } => actions.all(),
        _ => &[],
    })
}

#[test]
fn every_call_or_text_link_names_the_service_and_reads_the_number_in_its_language() {
    for code in RegionCode::ALL {
        for locale in Locale::ALL {
            let region = content::region(code, locale);
            let html = render_with(&[
                ("region", code.as_str()),
                ("locale", locale.as_str()),
                ("sections", "help"),
            ]);
            let links = phone_links(help_section(&html));
            // In page order: each tier's actions under its heading, then those its blocks end with.
            let actions: Vec<_> = region
                .tiers
                .iter()
                .flat_map(|t| t.actions.iter().chain(block_actions(t.blocks.all())))
                .filter(|a| a.via != Via::Web)
                .collect();
            assert_eq!(links.len(), actions.len(), "{code:?}/{locale:?}");
            for ((href, tag), action) in links.iter().zip(actions) {
                let line = region
                    .line(action.line)
                    .unwrap_or_else(|| panic!("{code:?}/{locale:?}: no line {:?}", action.line));
                let name = attribute(tag, "aria-label")
                    .unwrap_or_else(|| panic!("{code:?}/{locale:?}: {href} has no name"));
                assert_eq!(name, action.accessible_name(line));
                // Label in name (WCAG 2.5.3): the words shown, word for word and first, then the
                // service, then the number as spoken, last; no stray space before a comma.
                let shown = content::fill(&action.label_for(line), &[("number", line.display)]);
                assert!(
                    name.starts_with(&shown),
                    "{code:?}/{locale:?}: {name:?} must start with what it shows, {shown:?}"
                );
                assert!(
                    name.ends_with(&format!(", {}", line.spoken())),
                    "{code:?}/{locale:?}: {name:?} must end with the spoken number"
                );
                // The service, once: a name that starts or ends with the number is said without it, and a
                // label that names the service already is not followed by its name (review65-sr,
                // S2 and S3). ASCII letters in either case ("Crisis text line", "crisis text line").
                let service = content::without_number(line.name.text(), line.display);
                let heard = name
                    .to_ascii_lowercase()
                    .matches(&service.to_ascii_lowercase())
                    .count();
                assert_eq!(
                    heard, 1,
                    "{code:?}/{locale:?}: {name:?} must name the service {service:?}, once"
                );
                assert!(
                    name.matches(line.display).count() <= 2,
                    "{code:?}/{locale:?}: {name:?} says {} three times",
                    line.display
                );
                assert!(!name.contains(" ,") && !name.contains("  "), "{name:?}");
                // Between what it shows and the digits, no other number: "Veterans: text 838255, 988
                // Lifeline for veterans, by text, 8 3 8 2 5 5" put 988 just before 8 3 8 (S6).
                let middle = name[shown.len()..name.len() - line.spoken().len()].to_string();
                let dialled: String = line.display.chars().filter(char::is_ascii_digit).collect();
                for run in middle
                    .split(|c: char| !c.is_ascii_digit())
                    .filter(|r| r.len() >= 3)
                // hours ("9 a.m.") are not numbers to dial
                {
                    assert!(
                        dialled.contains(run),
                        "{code:?}/{locale:?}: {name:?} says {run}, but dials {dialled}"
                    );
                }
                // What it shows says what it does: "TTY: 1-800-487-4889" did not (review65-sr, S5).
                let verbs: &[&str] = match locale.as_str() {
                    "es" => &["llama", "envía", "llamar", "enviar"],
                    "fr" => &["appelez", "envoyez", "appeler", "envoyer"],
                    _ => &["call", "text"],
                };
                let shown_lower = shown.to_lowercase();
                assert!(
                    verbs.iter().any(|verb| shown_lower.contains(verb)),
                    "{code:?}/{locale:?}: {shown:?} does not say what it does"
                );
            }
        }
    }
}

/// Every `aria-label` in `html`: what a screen reader says for each link.
fn spoken_names(html: &str) -> Vec<String> {
    html.split("<a ")
        .skip(1)
        .filter_map(|rest| attribute(rest.split('>').next()?, "aria-label"))
        .collect()
}

#[test]
fn spanish_never_reads_a_number_or_address_in_english() {
    for code in RegionCode::ALL {
        // What a Spanish screen reader hears for every link, the help bar's and the tiers'.
        let html = render_with(&[("region", code.as_str()), ("locale", "es")]);
        let names = spoken_names(&html);
        assert!(
            !names.is_empty(),
            "{code:?}/es: the links have spoken names"
        );
        for name in names {
            for english in ["dot", "slash", "triple", "zero", "double"] {
                assert!(
                    !name
                        .to_lowercase()
                        .split(|c: char| !c.is_alphanumeric())
                        .any(|w| w == english),
                    "{code:?}/es: a link is read as {name:?}"
                );
            }
        }
        for english in ["triple zero", "dot org", "slash"] {
            assert!(!html.contains(english), "{code:?}/es: {english:?}");
        }
    }
    let us = render_with(&[("locale", "es")]);
    assert!(
        us.contains("1, 8 0 0, 6 6 2, 4 3 5 7"),
        "SAMHSA's number is read digit by digit in Spanish"
    );
}

#[test]
fn the_spanish_help_bar_says_llama_a_la_linea() {
    // es/ui.toml's `helpbar_call` is "Llama a la", and the journey's `they_can_call` "Tu ser querido
    // puede llamar a la": every main helpline's and "Reach out" line's Spanish name must follow it
    // naturally ("Línea ...", or a service's own name that is a line: "... Access Line").
    for code in RegionCode::ALL {
        let region = content::region(code, Locale::Es);
        assert!(
            region.main_helpline().name.text().starts_with("Línea"),
            "{code:?}: the Spanish name of the main helpline, {:?}, must start with \"Línea\"",
            region.main_helpline().name.text()
        );
        for line in region.reach_out() {
            let name = line.name.text();
            let own = name.split(" (").next().unwrap_or_default();
            assert!(
                name.starts_with("Línea") || own.ends_with(" Line"),
                "{code:?}: \"llamar a la {name}\""
            );
        }
        let html = render_with(&[("region", code.as_str()), ("locale", "es")]);
        assert!(html.contains("Llama a la "), "{code:?}");
    }
}

/// A French screen reader hears each call button as "Appelez la ligne FRANK…" (a supporter's,
/// "Votre proche peut appeler la ligne FRANK…"): most lines keep the English name the service
/// answers with, which in French needs an article, so fr/ui.toml's `helpbar_call` and the
/// journey's `they_can_call` give one (review68, UF1; review71, RD6). No line called that way may
/// repeat "ligne".
#[test]
fn the_french_call_buttons_say_appelez_la_ligne() {
    for code in RegionCode::ALL {
        let region = content::region(code, Locale::Fr);
        let called = std::iter::once(region.main_helpline())
            .chain(region.reach_out())
            .filter(|line| !line.text_only());
        for line in called {
            let name = line.name.text();
            assert!(
                !name.to_lowercase().starts_with("ligne"),
                "{code:?}: \"Appelez la ligne {name}\" says \"ligne\" twice"
            );
        }
        let html = render_with(&[("region", code.as_str()), ("locale", "fr")]);
        assert!(
            !html.contains("Votre proche peut appeler </span>"),
            "{code:?}: a supporter's button is heard without \"la ligne\" (review71, RD6)"
        );
        let main = region.main_helpline().name.text();
        assert!(
            html.contains(&format!(
                "Appelez la ligne </span><span class=\"rg-call__name\">{main}"
            )),
            "{code:?}: the main line's button is heard \"Appelez la ligne {main}\""
        );
    }
}

/// Canada's provincial lines say their province in their name, in every language: a reader
/// elsewhere who taps 8-1-1 reaches whatever answers there, and only HealthLink's English name
/// did not say B.C. (review69, CA1). The Spanish main line keeps the service's own name, the one
/// the caller hears when it answers in English (CA2).
#[test]
fn canadas_provincial_lines_name_their_province_in_every_language() {
    for locale in Locale::ALL {
        let region = content::region(RegionCode::Ca, locale);
        let [quebec, montreal, bc] = match locale {
            Locale::En => ["Quebec", "Montreal", "B.C."],
            Locale::Es => ["Quebec", "Montreal", "Columbia Británica"],
            Locale::Fr => ["Québec", "Montréal", "C.-B."],
        };
        for (id, province) in [
            ("connex", "Ontario"),
            ("drogue", quebec),
            ("drogue_mtl", montreal),
            ("otal", bc),
            ("healthlink", bc),
        ] {
            let name = region
                .line(id)
                .unwrap_or_else(|| panic!("Canada has the line {id}"))
                .name
                .text();
            let said = name.split_once(" (").map(|(_, gloss)| gloss).unwrap_or("");
            assert!(said.contains(province), "{locale:?}: {name:?}");
        }
    }
    let nors = content::region(RegionCode::Ca, Locale::Es).main_helpline();
    assert!(
        nors.name
            .text()
            .contains("National Overdose Response Service"),
        "{:?}",
        nors.name.text()
    );
}

/// The content as the build reads it: every region with every locale's words.
fn every_locale() -> schema::Content {
    schema::load(Path::new("src/content")).unwrap_or_else(|p| panic!("{}", p.join("\n")))
}

/// `check` on the help section of every region in every language, as rendered (`&` as written),
/// with the region as its file writes it (every language's words).
fn each_help_render(mut check: impl FnMut(RegionCode, Locale, &schema::Region, &str)) {
    let all = every_locale();
    for code in RegionCode::ALL {
        let written = all
            .regions
            .iter()
            .find(|r| r.code == code.as_str())
            .expect("the region's file");
        for locale in Locale::ALL {
            let html = render_with(&[
                ("region", code.as_str()),
                ("locale", locale.as_str()),
                ("sections", "help"),
            ])
            .replace("&amp;", "&");
            check(code, locale, written, &html);
        }
    }
}

#[test]
fn sources_are_addresses_or_names_in_the_readers_language() {
    each_help_render(|code, locale, written, html| {
        // The footer, as the reader sees it: each line shown, with its source.
        let footer = footer_sources(html);
        for shown in content::region(code, locale).lines_shown() {
            let line = written.line(shown.id).expect("the line in its file");
            let source = line
                .source
                .get_in(locale.as_str())
                .copied()
                .unwrap_or_else(|| panic!("{code:?}/{locale:?}: lines.{} has no source", line.id));
            let expected = if source.starts_with("https://") {
                format!("href=\"{source}\"")
            } else {
                format!("<span>{source}</span>")
            };
            assert!(
                footer.contains(&expected),
                "{code:?}/{locale:?}: lines.{} cites {expected:?}",
                line.id
            );
            // A name written per language is shown in the reader's, never in another's.
            for (other, name) in line.source.all {
                if *other != locale.as_str() && name != &source && !name.starts_with("https://") {
                    assert!(
                        !footer.contains(&format!("<span>{name}</span>")),
                        "{code:?}/{locale:?}: lines.{} cites its {other} source, {name:?}",
                        line.id
                    );
                }
            }
        }
    });
    let uk = render_with(&[("region", "uk"), ("locale", "es")]);
    assert!(uk.contains("NHS: cuándo llamar al 999"));
    assert!(
        !uk.contains("when to call"),
        "no English source names in Spanish"
    );
}

#[test]
fn the_footer_window_includes_the_lines_shown_and_the_regions_next_review() {
    for code in RegionCode::ALL {
        for locale in Locale::ALL {
            let region = content::region(code, locale);
            let guide = content::guide(locale);
            // Help only: the window is the interface's dates and the lines'.
            let html = render_with(&[
                ("region", code.as_str()),
                ("locale", locale.as_str()),
                ("sections", "help"),
            ]);
            let dates = &html[html.find("rg-dates").expect("review dates")..];
            let lines = region.lines_shown();
            let oldest = lines
                .iter()
                .map(|l| l.last_reviewed)
                .chain([guide.ui.last_reviewed])
                .min()
                .expect("dates");
            let soonest = region.next_review.min(guide.ui.next_review);
            for (label, date) in [
                (guide.ui.last_reviewed_label, oldest),
                (guide.ui.next_review_label, soonest),
            ] {
                let shown = format!(
                    "{label}{}{}",
                    guide.ui.colon,
                    content::format_date(guide, region, date)
                );
                assert!(
                    dates.contains(&shown),
                    "{code:?}/{locale:?}: {shown:?} in {dates}"
                );
            }
            for line in lines {
                assert!(
                    region.next_review > line.last_reviewed,
                    "{code:?}: next_review comes after lines.{}.last_reviewed",
                    line.id
                );
            }
        }
    }
}

/// Dates read as each language writes them: French writes the first of a month "1er".
#[test]
fn dates_read_as_each_language_writes_them() {
    for (code, locale, iso, shown) in [
        (RegionCode::Us, Locale::En, "2026-12-01", "December 1, 2026"),
        (
            RegionCode::Us,
            Locale::Es,
            "2026-12-01",
            "1 de diciembre de 2026",
        ),
        (
            RegionCode::Ca,
            Locale::Fr,
            "2026-12-01",
            "1er décembre 2026",
        ),
        (RegionCode::Ca, Locale::Fr, "2026-11-30", "30 novembre 2026"),
        (
            RegionCode::Us,
            Locale::En,
            "2026-11-30",
            "November 30, 2026",
        ),
    ] {
        let (guide, region) = (content::guide(locale), content::region(code, locale));
        assert_eq!(
            content::format_date(guide, region, iso),
            shown,
            "{code:?}/{locale:?}"
        );
    }
}

/// The footer cites each line's name and source once: Ireland's 112 and 999 are one service.
#[test]
fn the_footer_cites_each_service_once() {
    for code in RegionCode::ALL {
        for locale in Locale::ALL {
            let html = render_with(&[("region", code.as_str()), ("locale", locale.as_str())]);
            let footer = footer_sources(&html);
            let items = render::slices(footer, "<li>", "</li>");
            let mut seen = BTreeSet::new();
            for item in &items {
                assert!(
                    seen.insert(render::text(item)),
                    "{code:?}/{locale:?}: twice: {item}"
                );
            }
        }
    }
    // Ireland's 112 and 999 share one source: the footer names it once (the emergency tier's own
    // sources, above the footer, cite it too).
    let ie = render_with(&[("region", "ie")]);
    let footer = footer_sources(&ie);
    assert_eq!(
        footer
            .matches("HSE drugs.ie: naloxone and overdose")
            .count(),
        1
    );
    // A line's call and its text are one service: cited once, with one date, in every language,
    // though French names the text "par texto" (review100, TF3).
    for (code, source) in [
        ("ca", "Ligne d'aide en cas de crise de suicide (Canada)"),
        ("nz", "1737"),
    ] {
        let html = render_with(&[("region", code), ("locale", "fr")]);
        let footer = footer_sources(&html);
        let cited = render::slices(footer, "<li>", "</li>")
            .iter()
            .filter(|item| render::text(item).contains(source))
            .count();
        assert_eq!(cited, 1, "{code}/fr: {footer}");
    }
    // Named as the line to call, not "by text".
    let ca = render_with(&[("region", "ca")]);
    let footer = text(footer_sources(&ca));
    assert!(
        footer.contains("9-8-8 Suicide Crisis Helpline: "),
        "{footer}"
    );
    assert!(!footer.contains("(by text)"), "{footer}");
}

/// The footer's list of the lines' sources (not a step's, a question's or a help tier's).
fn footer_sources(html: &str) -> &str {
    let footer = &html[html.find("<footer").expect("the footer")..];
    let sources = &footer[footer.find(r#"class="rg-sources""#).expect("its sources")..];
    &sources[..sources.find("</ul>").expect("their list")]
}

// ---------- the build refuses what these rules forbid ----------

/// The problems the build finds in a copy of the content with `edit` applied to `file`.
fn problems_after(name: &str, file: &str, edit: impl Fn(String) -> String) -> String {
    let dir: PathBuf =
        std::env::temp_dir().join(format!("rg-regions-{name}-{}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    common::copy_content(Path::new("src/content"), &dir);
    let path = dir.join(file);
    let text = fs::read_to_string(&path).expect("content file");
    let edited = edit(text.clone());
    assert_ne!(edited, text, "{name}: the edit must change {file}");
    fs::write(&path, edited).expect("write");
    let found = match schema::load(&dir) {
        Ok(_) => String::new(),
        Err(p) => p.join("\n"),
    };
    let _ = fs::remove_dir_all(dir);
    assert!(found.contains(file), "{name}: must name {file}: {found}");
    found
}

#[test]
fn a_spoken_form_in_a_content_file_is_refused() {
    // The guide reads every number from its display, digit by digit: there is nothing to keep
    // in step by hand.
    let found = problems_after("spoken-field", "regions/au.toml", |t| {
        t.replacen(
            "display = \"1800 250 015\"",
            "display = \"1800 250 015\"\nspoken = { en = \"1 800 250 015\", es = \"1 800 250 015\" }",
            1,
        )
    });
    assert!(found.contains("spoken"), "{found}");
}

#[test]
fn a_display_that_reads_other_digits_than_it_dials_is_refused() {
    let found = problems_after("display-digits", "regions/us.toml", |t| {
        t.replacen(
            "display = \"1-800-662-HELP (4357)\"",
            "display = \"1-800-662-HELP (4358)\"",
            1,
        )
    });
    assert!(found.contains("lines.samhsa.display"), "{found}");
    assert!(found.contains("dials 18006624357"), "{found}");
}

#[test]
fn a_source_name_in_one_language_only_is_refused() {
    let found = problems_after("source-name", "regions/uk.toml", |t| {
        t.replacen(
            "source = { en = \"NHS: when to call 111\", es = \"NHS: cuándo llamar al 111\", fr = \"NHS\u{a0}: quand appeler le 111\" }",
            "source = \"NHS: when to call 111\"",
            1,
        )
    });
    assert!(found.contains("lines.nhs111.source"), "{found}");
    assert!(found.contains("not an https:// address"), "{found}");
}

#[test]
fn a_region_without_a_next_review_after_its_lines_is_refused() {
    // The region's next review, whatever its date, moved before its lines were reviewed.
    let found = problems_after("next-review", "regions/ca.toml", |t| {
        let at = t.find("\nnext_review = \"").expect("a next review") + 1;
        let end = at + t[at..].find('\n').expect("line end");
        format!("{}next_review = \"2026-01-01\"{}", &t[..at], &t[end..])
    });
    assert!(found.contains("next_review"), "{found}");
    assert!(found.contains("must come after"), "{found}");
}

/// Every help card ends with its own sources (what its steps and notes rest on, TOPICS §1-§2 and
/// §13), each in the reader's language or as an address, in the order the region file gives them:
/// the overdose steps are the guide's most urgent words, and the footer cites only the lines.
#[test]
fn every_help_tier_ends_with_its_sources_in_the_readers_language() {
    each_help_render(|code, locale, written, html| {
        let cards: Vec<&str> = help_cards(html).collect();
        assert_eq!(cards.len(), written.tiers.len(), "{code:?}/{locale:?}");
        for (i, (card, tier)) in cards.iter().zip(written.tiers.iter()).enumerate() {
            assert!(
                !tier.sources.is_empty(),
                "{code:?}: tiers[{i}] cites nothing"
            );
            let cited =
                &card[card
                    .find(r#"<details class="rg-sources">"#)
                    .unwrap_or_else(|| {
                        panic!("{code:?}/{locale:?}: tiers[{i}] has no sources list")
                    })..];
            let mut from = 0;
            for source in tier.sources.iter() {
                let name = source.get_in(locale.as_str()).copied().unwrap_or_else(|| {
                    panic!("{code:?}/{locale:?}: tiers[{i}] has a source with no {locale:?} name")
                });
                let expected = if name.starts_with("https://") {
                    format!("href=\"{name}\"")
                } else {
                    format!("<span>{name}</span>")
                };
                let at = cited[from..].find(&expected).unwrap_or_else(|| {
                    panic!("{code:?}/{locale:?}: tiers[{i}] cites {expected:?}, in order")
                });
                from += at + expected.len();
            }
        }
    });
}

#[test]
fn a_help_tier_without_sources_or_with_a_name_for_every_language_is_refused() {
    // The first tier's sources taken out.
    let found = problems_after("tier-sources", "regions/uk.toml", |t| {
        let tiers = t.find("[[tiers]]").expect("the tiers");
        let at = tiers + t[tiers..].find("\nsources = [").expect("a tier's sources");
        let end = at + 1 + t[at + 1..].find('\n').expect("its line's end");
        format!("{}{}", &t[..at], &t[end..])
    });
    assert!(found.contains("tiers[0].sources"), "{found}");
    assert!(found.contains("names no source"), "{found}");
    // A name written once, for every language.
    let found = problems_after("tier-source-name", "regions/uk.toml", |t| {
        let (phrases, tiers) = t.split_at(t.find("[[tiers]]").expect("the tiers"));
        let tiers = tiers.replacen("\nsources = [", "\nsources = [\"Some booklet\", ", 1);
        format!("{phrases}{tiers}")
    });
    assert!(found.contains("tiers[0].sources[0]"), "{found}");
    assert!(found.contains("not an https:// address"), "{found}");
}

/// A region has one tier of each kind: its kind names a tier to a screen reader ("Sources:
/// Emergency") and gives the emergency card its anchor, so a second one could not be told apart.
#[test]
fn a_second_tier_of_one_kind_is_refused() {
    let found = problems_after("tier-kind", "regions/uk.toml", |t| {
        t.replacen("kind = \"crisis\"", "kind = \"emergency\"", 1)
    });
    assert!(found.contains("tiers[1].kind"), "{found}");
    assert!(found.contains("one tier of each kind"), "{found}");
}

// ---------- a region's phrases ----------

/// A text naming a phrase a region does not have, a region without a phrase the texts name, and a
/// phrase no text names are each refused, naming the file and the key: a reader would otherwise
/// see "{get_naloxon}", braces and all, or an editor change words no one reads.
#[test]
fn a_phrase_misnamed_missing_or_unused_is_refused() {
    let found = problems_after("phrase-misnamed", "en/journey.toml", |t| {
        t.replacen("{get_naloxone}", "{get_naloxon}", 1)
    });
    assert!(found.contains("steps[2].self.warnings[1]"), "{found}");
    // A name no region has is a typo: correcting it comes first, with the names there are.
    let typo = "names the phrase {get_naloxon}, which no region file has: correct the name \
                (the phrases: {get_naloxone}, ";
    assert!(found.contains(typo), "{found}");
    // The names there are include the shared ones, and where a shared one is written.
    assert!(found.contains(" {drinking_on_treatment}, "), "{found}");
    let add = "or add [phrases.get_naloxon] to every region file, or once to phrases.toml if it \
               is true in every region";
    assert!(found.contains(add), "{found}");
    let found = problems_after("phrase-missing", "regions/nz.toml", |t| {
        let at = t.find("[phrases.get_naloxone]").expect("the phrase");
        let end = at + t[at..].find("\nsources = [").expect("its sources");
        let end = end + 1 + t[end + 1..].find('\n').expect("its line's end");
        format!("{}{}", &t[..at], &t[end..])
    });
    // Once for the region, however many texts name it (an editor had 53 lines for one).
    assert_eq!(found.lines().count(), 1, "{found}");
    assert!(
        found.contains("regions/nz.toml: `phrases.get_naloxone` is missing"),
        "{found}"
    );
    assert!(
        found.contains("texts name {get_naloxone} (the first: "),
        "{found}"
    );
    let found = problems_after("phrase-unused", "regions/ie.toml", |t| {
        t.replacen(
            "[phrases.get_naloxone]",
            "[phrases.unused]\ntext = \"Words no one reads.\"\nsources = [\"HSE\"]\n\n[phrases.get_naloxone]",
            1,
        )
    });
    assert!(
        found.contains(
            "`phrases.unused` is named by no journey step, answer or text of a region file"
        ),
        "{found}"
    );
}

/// A phrase may name the emergency number and a phrase of the region's own: the danger signs
/// after "Already stopped them? Get medical care now." are written once, in
/// `{not_stopping_suddenly}`, not after each of its 18 uses per language (stop 80). Each region
/// reads its own number and, where its sheets name one, its route that is not an emergency; the
/// text that names the phrase lists the sources of all three. A phrase naming itself, or a phrase
/// that names one more, is refused: the words are filled in two passes, and a third name would
/// reach the reader in braces.
#[test]
fn a_phrase_may_name_the_emergency_number_and_one_phrase_more() {
    let content = every_locale();
    for region in &content.regions {
        let number = region
            .phrases
            .iter()
            .find(|p| p.id == "emergency_number")
            .map(|p| *p.text.get())
            .unwrap_or(region.emergency().display);
        for (locale, call) in [("en", "Call "), ("es", "Llama al "), ("fr", "Appelez le ")] {
            for name in [
                "{not_stopping_suddenly}",
                "{not_stopping_suddenly_supporter}",
            ] {
                let said = region.with_phrases_in(name, locale);
                assert!(!said.contains('{'), "{}/{locale}: {said}", region.code);
                let number = match (region.code, locale) {
                    ("ie", "es") => "112 o al 999",
                    ("ie", "fr") => "112 ou le 999",
                    _ => number,
                };
                assert!(
                    said.contains(&format!("{call}{number}.")),
                    "{}/{locale}: {said}",
                    region.code
                );
                let route = match (region.code, locale) {
                    ("uk", "en") => Some("NHS 111"),
                    ("ca", "en") => Some("8-1-1"),
                    _ => None,
                };
                if let Some(route) = route {
                    assert!(said.contains(route), "{}/{locale}: {said}", region.code);
                }
                if region.code == "us" {
                    assert!(said.ends_with(&format!("{number}.")), "us/{locale}: {said}");
                }
            }
        }
        let sources = region.phrase_sources(["{not_stopping_suddenly}"]);
        assert!(
            sources.contains(&region.emergency().source.text()),
            "{}: the emergency line's source: {sources:?}",
            region.code
        );
        if let Some(route) = region.phrases.iter().find(|p| p.id == "urgent_care") {
            for source in route.sources.iter() {
                assert!(
                    sources.contains(&source.text()),
                    "{}: {{urgent_care}}'s source: {sources:?}",
                    region.code
                );
            }
        }
    }
    let found = problems_after("phrase-names-itself", "regions/nz.toml", |t| {
        t.replacen(
            "[phrases.get_naloxone]\ntext = { en = \"",
            "[phrases.get_naloxone]\ntext = { en = \"{get_naloxone} ",
            1,
        )
    });
    assert!(
        found.contains("`phrases.get_naloxone` names itself, {get_naloxone}"),
        "{found}"
    );
    let found = problems_after("phrase-nested-twice", "regions/uk.toml", |t| {
        t.replacen(
            "[phrases.urgent_care]\ntext = { en = \"",
            "[phrases.urgent_care]\ntext = { en = \"{get_naloxone} ",
            1,
        )
    });
    assert!(
        found.contains(
            "regions/uk.toml: `phrases.urgent_care` names {get_naloxone}, but {not_stopping_suddenly} \
             names this phrase"
        ),
        "{found}"
    );
    let found = problems_after("phrase-names-a-typo", "phrases.toml", |t| {
        t.replacen(
            "Get medical care now. ",
            "Get medical care now. {urgent_cares?} ",
            1,
        )
    });
    assert!(
        found.contains("names the phrase {urgent_cares}, which no region file has"),
        "{found}"
    );
}

/// A sentence true in every region is written once, in `phrases.toml`: every region has it, in
/// every language, with its sources; a region that writes a phrase of the same name says it in
/// its own words; and a shared phrase no text names is refused in `phrases.toml`, not in each
/// region's file (which does not hold it).
#[test]
fn a_shared_phrase_is_every_regions_unless_a_region_words_it_itself() {
    let content = every_locale();
    let shared = "drinking_on_treatment";
    for region in &content.regions {
        let phrase = region.phrases.iter().find(|p| p.id == shared);
        let phrase = phrase.unwrap_or_else(|| panic!("{}: no {{{shared}}}", region.code));
        for locale in ["en", "es", "fr"] {
            let words = phrase.text.get_in(locale).copied().unwrap_or_default();
            let said = ["buprenorphine", "buprenorfina", "buprénorphine"];
            assert!(
                said.iter().any(|w| words.contains(w)),
                "{}/{locale}: {words:?}",
                region.code
            );
        }
        assert!(!phrase.sources.is_empty(), "{}: its sources", region.code);
    }
    // A region's own words come first, and only that region's.
    let dir: PathBuf =
        std::env::temp_dir().join(format!("rg-regions-shared-own-{}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    common::copy_content(Path::new("src/content"), &dir);
    let nz = dir.join("regions/nz.toml");
    let own = "\n[phrases.drinking_on_treatment]\ntext = { en = \"Own words.\", es = \"Palabras propias.\", fr = \"Mots propres.\" }\nsources = [\"https://www.health.govt.nz/\"]\n";
    let text = fs::read_to_string(&nz).expect("nz.toml");
    let at = text.find("[lines.").expect("its lines");
    fs::write(&nz, format!("{}{own}\n{}", &text[..at], &text[at..])).expect("write");
    let loaded = schema::load(&dir);
    let _ = fs::remove_dir_all(&dir);
    let loaded = loaded.unwrap_or_else(|p| panic!("{}", p.join("\n")));
    for region in &loaded.regions {
        let phrase = region
            .phrases
            .iter()
            .filter(|p| p.id == shared)
            .collect::<Vec<_>>();
        assert_eq!(phrase.len(), 1, "{}: said once", region.code);
        let words = phrase[0].text.get_in("en").copied().unwrap_or_default();
        assert_eq!(
            words == "Own words.",
            region.code == "nz",
            "{}: {words:?}",
            region.code
        );
        // The build marks what a region has from phrases.toml, so checks of a region's own
        // phrases skip those without comparing texts.
        assert_eq!(
            phrase[0].inherited,
            region.code != "nz",
            "{}: inherited",
            region.code
        );
    }
    // Only the build says a phrase is inherited: a content file that writes it is refused.
    let found = problems_after("shared-inherited", "regions/au.toml", |t| {
        let at = t.find("[lines.").expect("its lines");
        let own = "[phrases.drinking_on_treatment]\ntext = { en = \"Own words.\", es = \"Palabras propias.\", fr = \"Mots propres.\" }\nsources = [\"https://www.health.gov.au/\"]\ninherited = true\n\n";
        format!("{}{own}{}", &t[..at], &t[at..])
    });
    assert!(
        found.contains("`phrases.drinking_on_treatment.inherited` unknown field `inherited`"),
        "{found}"
    );
    let found = problems_after("shared-unused", "phrases.toml", |t| {
        t + "\n[phrases.unused]\ntext = { en = \"Words no one reads.\", es = \"Palabras que nadie lee.\", fr = \"Des mots que personne ne lit.\" }\nsources = [\"https://www.samhsa.gov/\"]\n"
    });
    assert!(
        found.contains("phrases.toml: `phrases.unused` is named by no journey step"),
        "{found}"
    );
    assert!(
        !found.contains("regions/"),
        "said once, where it is written: {found}"
    );
}

/// Every step and answer that says a region's phrase lists that phrase's sources with its own:
/// how to get naloxone in Australia is cited to health.gov.au in the Australian journey, not left
/// without a source.
#[test]
fn a_phrase_is_cited_where_it_is_said() {
    let mut cited = 0;
    for code in RegionCode::ALL {
        for locale in Locale::ALL {
            let region = content::region(code, locale);
            let html = render_with(&[("region", code.as_str()), ("locale", locale.as_str())]);
            for phrase in region.phrases.iter() {
                let words = phrase.text.text();
                // Each step or question whose words hold the phrase, up to its sources list.
                let parts = html
                    .split("class=\"rg-step\"")
                    .chain(html.split("class=\"rg-question__answer\""))
                    .chain(html.split("class=\"rg-tier "))
                    .skip(1)
                    .map(|part| part.split("</details>").next().unwrap_or(part))
                    .filter(|part| part.contains(words));
                for part in parts {
                    for source in phrase.sources.iter() {
                        let name = source.text();
                        let expected = if name.starts_with("https://") {
                            format!("href=\"{name}\"")
                        } else {
                            format!("<span>{name}</span>")
                        };
                        assert!(
                            part.contains(&expected),
                            "{code:?}/{locale:?}: says {words:?} but does not cite {expected}"
                        );
                        cited += 1;
                    }
                }
            }
        }
    }
    // Journey steps 3, 5 and 7 and five questions, in six regions and three languages.
    assert!(cited >= 8 * 6 * 3, "{cited} citations found");
}

/// A region file's own texts (the note under "Reach out"'s lines, a tier's body) may name its
/// phrases, so a sentence several places say is written once: a name the region lacks is refused
/// there, as in a step or an answer, in whichever language has it.
#[test]
fn a_region_text_naming_a_phrase_it_lacks_is_refused() {
    let found = problems_after("note-phrase-typo", "regions/au.toml", |t| {
        t.replacen(
            "reach_out_note = \"{line_hours}\"",
            "reach_out_note = \"{line_hourz}\"",
            1,
        )
    });
    assert!(
        found.contains("`reach_out_note.fr` names the phrase {line_hourz}"),
        "{found}"
    );
    let found = problems_after("tier-phrase-missing", "regions/uk.toml", |t| {
        let tier = t.find("[[tiers]]").expect("the tiers");
        let body = tier + t[tier..].find("body = { en = \"").expect("a tier's body") + 16;
        format!("{}{{line_hours}} {}", &t[..body], &t[body..])
    });
    assert!(
        found.contains(
            "regions/uk.toml: `phrases.line_hours` is missing: 1 text names {line_hours}"
        ),
        "{found}"
    );
    assert!(found.contains("`tiers[0].text[0].en`"), "{found}");
}

/// A region's phrase is its words, written once: where a tier or an answer said them again, in its
/// own copy, an editor who corrected the phrase left the copy as it was. Australia's South
/// Australian hours were written four times in each language (the note under "Reach out"'s
/// lines, the hotline's card, "What happens when I call?" to each reader); the US, UK, Canada,
/// Australia and New Zealand's emergency cards repeated how to get naloxone; Canada's Good
/// Samaritan Act, Australia's other free naloxone and Ireland's HSE were each in a card and an
/// answer. The emergency number is a number, which many sentences say.
#[test]
fn a_regions_phrase_is_written_once_and_said_everywhere_it_was() {
    // A file's words as the reader reads them: French writes its colon's space as `\u00A0`.
    let files: Vec<String> = common::content_files(Path::new("src/content"))
        .iter()
        .map(|file| fs::read_to_string(file).expect("a content file"))
        .map(|toml| toml.replace("\\u00A0", "\u{a0}"))
        .collect();
    for locale in Locale::ALL {
        for code in RegionCode::ALL {
            let region = content::region(code, locale);
            for phrase in region.phrases.iter().filter(|p| p.id != "emergency_number") {
                let words = phrase.text.text();
                let written: usize = files.iter().map(|toml| toml.matches(words).count()).sum();
                assert_eq!(
                    written, 1,
                    "{code:?}/{locale:?}: {words:?} written {written} times"
                );
            }
        }
        // Said where it was written before: the note, the card, the calling answer to each reader,
        // and "started again" to the person.
        let au = content::region(RegionCode::Au, locale);
        let hours = au.phrases.iter().find(|p| p.id == "line_hours");
        let hours = hours.expect("Australia's hours").text.text();
        let html = render_with(&[("region", "au"), ("locale", locale.as_str())]);
        let said = text(&html).matches(&text(hours)).count();
        assert!(said >= 5, "{locale:?}: said {said} times");
        assert!(!html.contains("{line_hours"), "{locale:?}: braces");
    }
}

/// A region card's sentence is written once. Where the region's own answer needs it too, the
/// region names it as a phrase, said in both: an editor who corrects the card then corrects the
/// answer (stop 70 found Canada's Good Samaritan Act, Australia's other free naloxone and
/// Ireland's HSE written in a card and again in an answer, by a one-off scan; this is that scan).
/// A sentence written in three or more regions' cards is a general fact in the house's words
/// ("Naloxone can wear off before the drugs do."), not a region's. Written twice, with why:
/// - the US "Many states protect…": a phrase needs a source, and the sheet names none for it;
/// - the US "state office" and Ireland's "not always open" (English), the UK's "NHS drug services
///   are free" (Spanish and French): the same sentence in one language, framed otherwise in the
///   others, so one phrase would change what the others say;
/// - Ireland's Samaritans (French): the card and the answer share one sentence of a longer text each
///   (Canada's conditions under the Good Samaritan Act are now a phrase, `good_samaritan_conditions`).
#[test]
fn a_region_cards_sentence_is_not_written_again_in_an_answer() {
    const WRITTEN_TWICE: [&str; 9] = [
        "Many states protect people who call 911",
        "Muchos estados protegen a quien llama al 911",
        "Beaucoup d'États protègent les personnes qui appellent le 911",
        "La Línea puede ponerte en contacto con la oficina de tu estado",
        "La ligne peut vous diriger vers le bureau de votre État",
        "It may not always be open, for example at night.",
        "Los servicios del NHS de ayuda con las drogas son gratis.",
        "Les services en dépendance du NHS (NHS drug services) sont gratuits.",
        "Elle répond 24 heures par jour à toute personne en détresse.",
    ];
    let cards = |locale: Locale, code: RegionCode| -> Vec<&'static str> {
        let region = content::region(code, locale);
        let mut texts: Vec<&str> = region
            .tiers
            .iter()
            .flat_map(|tier| tier.phrased_texts_in(None))
            .collect();
        texts.extend(region.reach_out_note.map(|note| note.text()));
        texts
            .into_iter()
            .flat_map(|text| text.split_inclusive(['.', '?', '!']).map(str::trim))
            .filter(|sentence| sentence.split_whitespace().count() >= 8 && !sentence.contains('{'))
            .collect()
    };
    let mut found = BTreeSet::new();
    for locale in Locale::ALL {
        let general = |sentence: &str| {
            RegionCode::ALL
                .into_iter()
                .filter(|&code| cards(locale, code).contains(&sentence))
                .count()
                >= 3
        };
        for code in RegionCode::ALL {
            // The region's own answers (shared ones say what is true everywhere, in their words).
            let answers: String = content::guide(locale)
                .questions
                .questions
                .iter()
                .filter(|q| q.regions.contains(&code.as_str()))
                .flat_map(|q| q.answer.iter().chain(q.loved_one.iter()))
                .flat_map(|block| block.phrased_texts_in(None))
                .collect::<Vec<_>>()
                .join(" ");
            for sentence in cards(locale, code) {
                if answers.contains(sentence)
                    && !WRITTEN_TWICE
                        .iter()
                        .any(|known| sentence.starts_with(known))
                    && !general(sentence)
                {
                    found.insert(format!("{code:?}/{locale:?}: {sentence}"));
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "written in a region's card and again in its answer (make it a phrase): {found:#?}"
    );
}

/// An optional phrase (`{urgent_care?}`) is said where a region has words for it and left out,
/// with its space, where not: in the UK and B.C. "Get medical help" names where (scenario read
/// 64c, Y2: a reader in Belfast at night read no route); in the US it ends the sentence, with no
/// braces and no stray space. A misspelt optional name is still refused.
#[test]
fn an_optional_phrase_is_said_where_a_region_has_it_and_nowhere_else() {
    for locale in Locale::ALL {
        for code in RegionCode::ALL {
            let html = render_with(&[("region", code.as_str()), ("locale", locale.as_str())]);
            let answer = html
                .split("id=\"rg-q-withdrawal\"")
                .nth(1)
                .and_then(|a| a.split("</details>").next())
                .expect("the withdrawal answer");
            assert!(
                !answer.contains("{urgent_care"),
                "{code:?}/{locale:?}: braces"
            );
            assert!(
                !answer.contains(" </p>"),
                "{code:?}/{locale:?}: a stray space"
            );
            let route = match code {
                RegionCode::Uk => Some("111"),
                RegionCode::Ca => Some("8-1-1"),
                _ => None,
            };
            if let Some(number) = route {
                assert!(answer.contains(number), "{code:?}/{locale:?}: no {number}");
                // In the paragraph on opioid withdrawal itself, not only in the seizure warning: a
                // reader whose partner is in opioid withdrawal alone read the warning as "not us"
                // (review65-scenarios, Z3).
                let reassures = match locale.as_str() {
                    "es" => "no suelen ser peligrosos",
                    "fr" => "pas dangereux",
                    _ => "not usually dangerous",
                };
                let opioid_only = answer
                    .split("<p")
                    .find(|p| p.contains(reassures))
                    .and_then(|p| p.split("</p>").next())
                    .unwrap_or("");
                assert!(
                    opioid_only.contains(number),
                    "{code:?}/{locale:?}: no {number} where opioid withdrawal is answered"
                );
            } else {
                // New Zealand's emergency number is 111 too, which the seizure warning names.
                assert!(
                    !answer.contains("NHS 111") && !answer.contains("8-1-1"),
                    "{code:?}/{locale:?}: another region's route"
                );
            }
        }
    }
    let found = problems_after(
        "optional-phrase-misnamed",
        "en/questions/80-withdrawal.toml",
        |t| t.replacen("{urgent_care?}", "{urgent_car?}", 1),
    );
    assert!(
        found.contains("names the phrase {urgent_car}, which no region file has"),
        "{found}"
    );
}

/// A help tier's heading, with the urgency a screen reader hears before it ("Urgent support: …"),
/// has one colon: "Soutien urgent : Angleterre, Écosse ou pays de Galles : appelez…" read the
/// place as a label of a label (review65-sr, S8). Every region and language.
#[test]
fn a_tier_heading_is_heard_with_one_colon() {
    each_help_render(|code, locale, _, html| {
        for card in html.split(r#"<li class="rg-tier "#).skip(1) {
            let heading = slices(card, "<h3", "</h3>");
            let heard = text(heading.first().expect("a tier heading"));
            assert!(
                heard.matches(':').count() <= 1,
                "{code:?}/{locale:?}: {heard:?}"
            );
        }
    });
}
