//! Turns the content files editors change (`src/content/**.toml`) into typed Rust data, and the
//! style files into one stylesheet. Content that is incomplete or malformed stops the build with a
//! message naming the file and the key, so a mistake never reaches a reader.

#[path = "src/content/schema.rs"]
mod schema;

use schema::*;
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

const CONTENT_DIR: &str = "src/content";

/// A Rust string literal for `s`.
fn lit(s: &str) -> String {
    format!("{s:?}")
}

fn line_code(id: &str, line: &LineFile, locale: &str) -> String {
    format!(
        "Line {{ id: {}, name: {}, tel: {}, sms: {}, display: {}, spoken: {}, source: {}, last_verified: {} }}",
        lit(id),
        lit(&line.name[locale]),
        lit(&line.tel),
        line.sms.as_deref().map_or("None".into(), |s| format!("Some({})", lit(s))),
        lit(&line.display),
        lit(&line.spoken),
        lit(&line.source),
        lit(&line.last_verified),
    )
}

fn region_code(region: &RegionFile, locale: &str) -> String {
    let line = |id: &str| line_code(id, &region.lines[id], locale);
    let mut tiers = String::new();
    for tier in &region.tiers {
        let lines: Vec<String> = tier.lines.iter().map(|id| line(id)).collect();
        let kind = match tier.kind.as_str() {
            "emergency" => "Emergency",
            "crisis" => "Crisis",
            _ => "Treatment",
        };
        let _ = write!(
            tiers,
            "Tier {{ kind: TierKind::{kind}, heading: {}, body: {}, lines: &[{}] }},",
            lit(&tier.heading[locale]),
            lit(&tier.body[locale]),
            lines.join(", ")
        );
    }
    format!(
        "Region {{ code: {}, locale: {}, name: {}, main_helpline: {}, emergency: {}, tiers: &[{tiers}] }}",
        lit(&region.code),
        lit(locale),
        lit(&region.name[locale]),
        line(&region.main_helpline),
        line(&region.emergency),
    )
}

fn guide_code(g: &GuideFile) -> String {
    let ui = &g.ui;
    let steps: Vec<String> = g
        .journey
        .steps
        .iter()
        .map(|s| {
            format!(
                "Step {{ id: {}, title: {}, summary: {} }}",
                lit(&s.id),
                lit(&s.title),
                lit(&s.summary)
            )
        })
        .collect();
    let options: Vec<String> = g
        .compare
        .options
        .iter()
        .map(|o| {
            format!(
                "CompareOption {{ id: {}, name: {} }}",
                lit(&o.id),
                lit(&o.name)
            )
        })
        .collect();
    let rows: Vec<String> = g
        .compare
        .rows
        .iter()
        .map(|r| {
            let cells: Vec<String> = r.cells.iter().map(|c| lit(c)).collect();
            format!(
                "CompareRow {{ question: {}, cells: &[{}] }}",
                lit(&r.question),
                cells.join(", ")
            )
        })
        .collect();
    format!(
        "Guide {{ locale: {locale}, meta: Meta {{ author: {author}, last_reviewed: {lr}, next_review: {nr} }}, \
         ui: Ui {{ guide_label: {gl}, helpbar_label: {hl}, helpbar_call: {hc}, helpbar_overdose: {ho}, \
         fallback_notice: {fb}, sections_label: {sl}, sources: {so}, last_reviewed: {ulr}, next_review: {unr}, \
         privacy_title: {pt}, privacy: {pv}, months: &[{months}], date_pattern: {dp} }}, \
         journey: Journey {{ title: {jt}, intro: {ji}, steps: &[{steps}] }}, \
         compare: Compare {{ title: {ct}, intro: {ci}, caption: {cc}, question_header: {cq}, options: &[{options}], rows: &[{rows}] }}, \
         help: HelpText {{ title: {ht}, intro: {hi} }} }}",
        locale = lit(&g.meta.locale),
        author = lit(&g.meta.author),
        lr = lit(&g.meta.last_reviewed),
        nr = lit(&g.meta.next_review),
        gl = lit(&ui.guide_label),
        hl = lit(&ui.helpbar_label),
        hc = lit(&ui.helpbar_call),
        ho = lit(&ui.helpbar_overdose),
        fb = lit(&ui.fallback_notice),
        sl = lit(&ui.sections_label),
        so = lit(&ui.sources),
        ulr = lit(&ui.last_reviewed),
        unr = lit(&ui.next_review),
        pt = lit(&ui.privacy_title),
        pv = lit(&ui.privacy),
        months = ui.months.iter().map(|m| lit(m)).collect::<Vec<_>>().join(", "),
        dp = lit(&ui.date_pattern),
        jt = lit(&g.journey.title),
        ji = lit(&g.journey.intro),
        steps = steps.join(", "),
        ct = lit(&g.compare.title),
        ci = lit(&g.compare.intro),
        cc = lit(&g.compare.caption),
        cq = lit(&g.compare.question_header),
        options = options.join(", "),
        rows = rows.join(", "),
        ht = lit(&g.help.title),
        hi = lit(&g.help.intro),
    )
}

/// The base styles first, then one style file per component, in name order.
fn stylesheet() -> String {
    let mut files = vec![PathBuf::from("style/base.css")];
    let mut components: Vec<PathBuf> = fs::read_dir("src/components")
        .expect("src/components exists")
        .filter_map(|e| e.ok().map(|e| e.path().join("style.css")))
        .filter(|p| p.exists())
        .collect();
    components.sort();
    files.extend(components);
    println!("cargo:rerun-if-changed=src/components");
    let mut css = String::new();
    for file in files {
        println!("cargo:rerun-if-changed={}", file.display());
        let text = fs::read_to_string(&file)
            .unwrap_or_else(|e| panic!("cannot read style file {}: {e}", file.display()));
        css.push_str(&minify_css(&text));
    }
    css
}

/// Drops comments and folds white space: enough to keep the stylesheet small.
fn minify_css(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find("/*") {
        out.push_str(&rest[..start]);
        rest = rest[start..]
            .find("*/")
            .map_or("", |end| &rest[start + end + 2..]);
    }
    out.push_str(rest);
    let folded = out.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut tight = folded;
    for sym in ["{", "}", ":", ";", ",", ">"] {
        tight = tight
            .replace(&format!(" {sym}"), sym)
            .replace(&format!("{sym} "), sym);
    }
    // `a:hover` and `and (` need their spaces kept: only selectors and declarations are tightened.
    tight.replace(";}", "}").replace("and(", "and (")
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
    let guides: Vec<String> = content.guides.iter().map(guide_code).collect();
    let _ = writeln!(
        code,
        "pub static GUIDES: &[Guide] = &[{}];",
        guides.join(",\n")
    );
    let mut table = Vec::new();
    for region in &content.regions {
        for locale in LOCALES {
            table.push(region_code(region, locale));
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
