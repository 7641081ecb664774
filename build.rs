//! Turns the content files editors change (`src/content/**.toml`) into typed Rust data, and the
//! style files into one stylesheet. Content that is incomplete or malformed stops the build with a
//! message naming the file and the key, so a mistake never reaches a reader.

#[path = "src/content/schema.rs"]
mod schema;
#[path = "tools/stylesheet.rs"]
mod stylesheet;

use schema::*;
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

const CONTENT_DIR: &str = "src/content";

/// A Rust string literal for `s`.
fn lit(s: &str) -> String {
    format!("{s:?}")
}

fn opt(value: Option<&str>) -> String {
    value.map_or("None".into(), |v| format!("Some({})", lit(v)))
}

fn strs(values: &[String]) -> String {
    format!(
        "&[{}]",
        values.iter().map(|v| lit(v)).collect::<Vec<_>>().join(", ")
    )
}

fn slice<T>(items: &[T], f: impl Fn(&T) -> String) -> String {
    format!("&[{}]", items.iter().map(f).collect::<Vec<_>>().join(", "))
}

/// `Name { a: 1, b: 2 }`
fn record(name: &str, fields: &[(&str, String)]) -> String {
    let body: Vec<String> = fields.iter().map(|(k, v)| format!("{k}: {v}")).collect();
    format!("{name} {{ {} }}", body.join(", "))
}

/// A region's lines become one static array per locale; tiers point into it.
fn region_code(region: &RegionFile, locale: &str, statics: &mut String) -> String {
    let lines_static = format!(
        "LINES_{}_{}",
        region.code.to_uppercase(),
        locale.to_uppercase()
    );
    let ids: Vec<&String> = region.lines.keys().collect();
    let index = |id: &str| ids.iter().position(|i| *i == id).unwrap_or(0);
    let lines = region.lines.iter().map(|(id, l)| {
        record(
            "Line",
            &[
                ("id", lit(id)),
                ("name", lit(&l.name[locale])),
                ("tel", opt(l.tel.as_deref())),
                ("sms", opt(l.sms.as_deref())),
                ("url", opt(l.url.as_deref())),
                ("display", lit(&l.display)),
                ("source", lit(l.source.text(locale))),
                ("last_reviewed", lit(&l.last_reviewed)),
            ],
        )
    });
    let _ = writeln!(
        statics,
        "static {lines_static}: [Line; {}] = [{}];",
        ids.len(),
        lines.collect::<Vec<_>>().join(",\n")
    );
    let line_ref = |id: &str| format!("&{lines_static}[{}]", index(id));
    let reach_out = if region.reach_out.is_empty() {
        format!("&[{}]", line_ref(&region.main_helpline))
    } else {
        slice(&region.reach_out, |id| line_ref(id))
    };
    let tiers = slice(&region.tiers, |t| {
        let kind = match t.kind.as_str() {
            "emergency" => "TierKind::Emergency",
            "crisis" => "TierKind::Crisis",
            _ => "TierKind::Treatment",
        };
        record(
            "Tier",
            &[
                ("kind", kind.into()),
                ("heading", lit(&t.heading[locale])),
                ("body", lit(&t.body[locale])),
                (
                    "lists",
                    slice(&t.lists, |l| {
                        record(
                            "TierList",
                            &[
                                ("title", lit(&l.title[locale])),
                                ("items", strs(&l.items[locale])),
                                ("ordered", l.ordered.to_string()),
                            ],
                        )
                    }),
                ),
                (
                    "actions",
                    slice(&t.actions, |a| {
                        let via = match a.via.as_str() {
                            "call" => "Via::Call",
                            "text" => "Via::Text",
                            _ => "Via::Web",
                        };
                        record(
                            "Action",
                            &[
                                ("line", line_ref(&a.line)),
                                ("via", via.into()),
                                ("label", lit(&a.label[locale])),
                                ("body", opt(a.body.as_deref())),
                                ("note", opt(a.note.as_ref().map(|n| n[locale].as_str()))),
                                (
                                    "name",
                                    lit(a.name.as_ref().map_or(&a.label[locale], |n| &n[locale])),
                                ),
                            ],
                        )
                    }),
                ),
            ],
        )
    });
    record(
        "Region",
        &[
            ("code", lit(&region.code)),
            ("locale", lit(locale)),
            ("name", lit(&region.name[locale])),
            ("next_review", lit(&region.next_review)),
            ("lines", format!("&{lines_static}")),
            ("main_helpline", line_ref(&region.main_helpline)),
            ("emergency", line_ref(&region.emergency)),
            ("reach_out", reach_out),
            ("tiers", tiers),
        ],
    )
}

fn step_text(t: &StepTextFile) -> String {
    record(
        "StepText",
        &[
            ("what", lit(&t.what)),
            ("ask", lit(&t.ask)),
            ("time", opt(t.time.as_deref())),
            ("now", lit(&t.now)),
            ("warning", opt(t.warning.as_deref())),
        ],
    )
}

fn guide_code(files: &LocaleFiles) -> String {
    let (ui, j, c, h) = (&files.ui, &files.journey, &files.compare, &files.help);
    let ui_code = record(
        "Ui",
        &[
            ("author", lit(&ui.author)),
            ("last_reviewed", lit(&ui.last_reviewed)),
            ("next_review", lit(&ui.next_review)),
            ("guide_label", lit(&ui.guide_label)),
            ("helpbar_label", lit(&ui.helpbar_label)),
            ("helpbar_call", lit(&ui.helpbar_call)),
            ("helpbar_overdose", lit(&ui.helpbar_overdose)),
            ("fallback_notice", lit(&ui.fallback_notice)),
            ("quick_exit", lit(&ui.quick_exit)),
            ("quick_exit_hint", lit(&ui.quick_exit_hint)),
            ("quick_exit_presses", lit(&ui.quick_exit_presses)),
            ("quick_exit_leaving", lit(&ui.quick_exit_leaving)),
            ("sources", lit(&ui.sources)),
            ("last_reviewed_label", lit(&ui.last_reviewed_label)),
            ("next_review_label", lit(&ui.next_review_label)),
            ("reviewed_by", lit(&ui.reviewed_by)),
            ("privacy_title", lit(&ui.privacy_title)),
            ("privacy", strs(&ui.privacy)),
            ("safety_title", lit(&ui.safety_title)),
            ("safety", strs(&ui.safety)),
            ("months", strs(&ui.months)),
            ("date_pattern", lit(&ui.date_pattern)),
        ],
    );
    let steps = slice(&j.steps, |s| {
        record(
            "Step",
            &[
                ("id", lit(&s.id)),
                ("title", lit(&s.title)),
                ("call_now", s.call_now.to_string()),
                ("sources", strs(&s.sources)),
                ("last_reviewed", lit(&s.last_reviewed)),
                ("next_review", lit(&s.next_review)),
                ("me", step_text(&s.me)),
                ("loved_one", step_text(&s.loved_one)),
                (
                    "choices",
                    slice(&s.choices, |ch| {
                        record(
                            "Choice",
                            &[
                                ("title", lit(&ch.title)),
                                ("me", lit(&ch.me)),
                                ("loved_one", lit(&ch.loved_one)),
                            ],
                        )
                    }),
                ),
            ],
        )
    });
    let journey = record(
        "Journey",
        &[
            ("title", lit(&j.title)),
            ("intro", lit(&j.intro)),
            ("show_all", lit(&j.show_all)),
            ("hide_all", lit(&j.hide_all)),
            ("show", lit(&j.show)),
            ("hide", lit(&j.hide)),
            ("step", lit(&j.step)),
            ("or", lit(&j.or)),
            ("audience_legend", lit(&j.audience_legend)),
            ("audience_self", lit(&j.audience_self)),
            ("audience_loved_one", lit(&j.audience_loved_one)),
            ("what", lit(&j.what)),
            ("ask", lit(&j.ask)),
            ("time", lit(&j.time)),
            ("now", lit(&j.now)),
            ("sources", lit(&j.sources)),
            ("steps", steps),
        ],
    );
    let grids = slice(&c.grids, |g| {
        record(
            "Grid",
            &[
                ("id", lit(&g.id)),
                ("title", lit(&g.title)),
                ("caption", lit(&g.caption)),
                ("question_header", lit(&g.question_header)),
                ("sources", strs(&g.sources)),
                ("last_reviewed", lit(&g.last_reviewed)),
                ("next_review", lit(&g.next_review)),
                (
                    "options",
                    slice(&g.options, |o| {
                        record(
                            "CompareOption",
                            &[("id", lit(&o.id)), ("name", lit(&o.name))],
                        )
                    }),
                ),
                (
                    "rows",
                    slice(&g.rows, |r| {
                        record(
                            "CompareRow",
                            &[
                                ("question", lit(&r.question)),
                                ("us_only", r.us_only.to_string()),
                                ("cells", strs(&r.cells)),
                            ],
                        )
                    }),
                ),
            ],
        )
    });
    let compare = record(
        "Compare",
        &[
            ("title", lit(&c.title)),
            ("intro", lit(&c.intro)),
            ("stance", lit(&c.stance)),
            ("pick_legend", lit(&c.pick_legend)),
            ("pick_first", lit(&c.pick_first)),
            ("pick_second", lit(&c.pick_second)),
            ("us_only", lit(&c.us_only)),
            ("sources", lit(&c.sources)),
            ("grids", grids),
        ],
    );
    let help = record(
        "HelpText",
        &[
            ("title", lit(&h.title)),
            ("intro", lit(&h.intro)),
            ("urgency_emergency", lit(&h.urgency_emergency)),
            ("urgency_crisis", lit(&h.urgency_crisis)),
            ("urgency_treatment", lit(&h.urgency_treatment)),
            ("overdose_signs_title", lit(&h.overdose_signs_title)),
            ("overdose_signs", strs(&h.overdose_signs)),
            ("partner_heading", lit(&h.partner_heading)),
            ("partner_default_name", lit(&h.partner_default_name)),
            ("partner_body", lit(&h.partner_body)),
            ("partner_call", lit(&h.partner_call)),
            ("partner_call_name", lit(&h.partner_call_name)),
            ("partner_text", lit(&h.partner_text)),
            ("partner_text_name", lit(&h.partner_text_name)),
            ("partner_web", lit(&h.partner_web)),
            ("partner_hours", lit(&h.partner_hours)),
            ("phone_bill", lit(&h.phone_bill)),
        ],
    );
    record(
        "Guide",
        &[
            ("locale", lit(&files.locale)),
            ("ui", ui_code),
            ("journey", journey),
            ("compare", compare),
            ("help", help),
        ],
    )
}

/// The wasm's stylesheet: the base styles, then every component style file in name order, less
/// what the loader already carries (`tools/stylesheet.rs`, shared with the loader's build).
fn stylesheet() -> String {
    println!("cargo:rerun-if-changed=src/components");
    let files = stylesheet::style_files(Path::new("")).expect("src/components exists");
    let texts: Vec<String> = files
        .iter()
        .map(|file| {
            println!("cargo:rerun-if-changed={}", file.display());
            fs::read_to_string(file)
                .unwrap_or_else(|e| panic!("cannot read style file {}: {e}", file.display()))
        })
        .collect();
    stylesheet::wasm_css(&texts)
}

/// The locales this build carries: every locale, unless `RG_LOCALES` names some. The release
/// build makes one wasm per locale (`RG_LOCALES=es`), so a reader downloads only their language.
/// Every locale's files are checked either way.
fn compiled_locales() -> Vec<&'static str> {
    println!("cargo:rerun-if-env-changed=RG_LOCALES");
    let wanted = std::env::var("RG_LOCALES").unwrap_or_default();
    let chosen: Vec<&'static str> = LOCALES
        .iter()
        .copied()
        .filter(|l| wanted.split(',').any(|w| w.trim() == *l))
        .collect();
    if chosen.is_empty() {
        LOCALES.to_vec()
    } else {
        chosen
    }
}

fn main() {
    println!("cargo:rerun-if-changed={CONTENT_DIR}");
    println!("cargo:rerun-if-changed=style");
    let content = match load(Path::new(CONTENT_DIR)) {
        Ok(content) => content,
        Err(problems) => panic!(
            "\n\nThe content has {} problem(s):\n  - {}\n",
            problems.len(),
            problems.join("\n  - ")
        ),
    };
    for file in &content.files {
        println!("cargo:rerun-if-changed={}", file.display());
    }

    let mut code = String::from(
        "// Generated by build.rs from src/content. Edit the content files, not this.\n",
    );
    let locales = compiled_locales();
    let guides: Vec<String> = content
        .locales
        .iter()
        .filter(|files| locales.contains(&files.locale.as_str()))
        .map(guide_code)
        .collect();
    let _ = writeln!(
        code,
        "pub static GUIDES: &[Guide] = &[{}];",
        guides.join(",\n")
    );
    let mut table = Vec::new();
    for region in &content.regions {
        for locale in &locales {
            table.push(region_code(region, locale, &mut code));
        }
    }
    let _ = writeln!(
        code,
        "pub static REGIONS: &[Region] = &[{}];",
        table.join(",\n")
    );
    let _ = writeln!(
        code,
        "pub static STYLESHEET: &str = {};",
        lit(&stylesheet())
    );

    let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    fs::write(out.join("content.rs"), code).expect("write generated content");
}
