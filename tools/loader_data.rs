//! `rg-loader-data`: prints, as one JSON document, what the loader carries so it can draw the first
//! frame before any wasm: the version, the default exit page, each locale's help bar (the guide's
//! own `HelpBar` component rendered here, as a tree: `first_frame.rs`) and the few words the loader
//! says itself, the first frame's styles, and each region's help-bar lines with how a screen reader
//! says them. Beside it, `parts`: each region's parts in each locale, as trees
//! (`static_parts.rs`), which `build-loader.mjs` puts into that region's glue (the release wasm
//! carries no region and no part); and `options`, the option table (`options::spec`) the
//! release's types and manifest are written from.
//!
//! Everything is read through the crate's own API, from the content `build.rs` has already checked,
//! so the loader's numbers and words cannot drift from the guide's. `tools/build-loader.mjs` runs
//! it natively: `cargo run --no-default-features --features ssr --bin rg-loader-data`.

#[path = "first_frame.rs"]
mod first_frame;
#[path = "static_parts.rs"]
mod static_parts;
#[path = "stylesheet.rs"]
mod stylesheet;

use recovery_guide::components::guide::Parts;
use recovery_guide::content::{guide, guide_for, region, Line, Locale, RegionCode};
use recovery_guide::options::spec::{specs, Values};
use recovery_guide::options::{Options, DEFAULT_EXIT_URL};
use std::path::Path;
use std::process::ExitCode;

/// The help bar as the loader builds it (`first_frame.rs`): one tree, its words markers.
fn help_bar_tree() -> Result<String, String> {
    let html = first_frame::help_bar_html();
    let nodes = first_frame::parse(&html)?;
    let [bar] = nodes.as_slice() else {
        return Err(format!("the help bar is not one element: {html}"));
    };
    Ok(first_frame::to_json(bar, &string))
}

/// A JSON string literal, escaped as `JSON.stringify` escapes it.
fn string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if u32::from(c) < 0x20 => out.push_str(&format!("\\u{:04x}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn object<'a>(entries: impl IntoIterator<Item = (&'a str, String)>) -> String {
    let body: Vec<String> = entries
        .into_iter()
        .map(|(key, value)| format!("{}:{value}", string(key)))
        .collect();
    format!("{{{}}}", body.join(","))
}

fn array(items: &[String]) -> String {
    format!("[{}]", items.join(","))
}

fn tel(line: &Line) -> String {
    line.tel.map_or("null".into(), string)
}

/// A help-bar line's name: one string when every locale says it alike, else the source locale's
/// and each other locale's that differs from it (the loader falls back to the source locale's).
fn name(code: RegionCode) -> String {
    let names = Locale::ALL.map(|locale| region(code, locale).main_helpline().name.text());
    if names.iter().all(|n| *n == names[0]) {
        string(names[0])
    } else {
        object(
            Locale::ALL
                .iter()
                .zip(names)
                .enumerate()
                .filter(|(i, (_, n))| *i == 0 || *n != names[0])
                .map(|(_, (locale, n))| (locale.as_str(), string(n))),
        )
    }
}

/// A region's two help-bar lines as arrays, to keep the loader small (loader.js reads them in this
/// order): main `[name, tel, display]`, emergency `[tel, display]`. The loader says each number
/// itself, its digit groups read digit by digit (`loader_says`), which is `spoken()` for these
/// lines (a test holds it).
fn help_bar(code: RegionCode) -> String {
    let lines = region(code, Locale::ALL[0]);
    let (main, emergency) = (lines.main_helpline(), lines.emergency());
    array(&[
        array(&[name(code), tel(main), string(main.display)]),
        array(&[tel(emergency), string(emergency.display)]),
    ])
}

/// The first frame's styles, through the same pipeline as the wasm's (`stylesheet.rs`).
fn first_frame_css() -> std::io::Result<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let texts = stylesheet::style_files(root)?
        .iter()
        .map(std::fs::read_to_string)
        .collect::<std::io::Result<Vec<String>>>()?;
    Ok(stylesheet::first_frame_css(&texts))
}

/// The parts of an instance that names no `sections`, in order: what the glue builds before the
/// WebAssembly (from them it reads the section names a partner's `sections` may give).
fn default_parts() -> String {
    let parts = Parts::new(Options::default());
    array(
        &(0..parts.count())
            .map(|i| string(parts.name(i)))
            .collect::<Vec<_>>(),
    )
}

/// The first frame's words a region would spell otherwise (`content::spelling`), as "locale,
/// region: word": the loader carries one list per locale, so each must read the same in every
/// region.
fn words_spelt_per_region() -> Vec<String> {
    let mut out = Vec::new();
    for locale in Locale::ALL {
        for code in RegionCode::ALL {
            let (shared, own) = (&guide(locale).ui, &guide_for(locale, code).ui);
            for word in first_frame::WORDS {
                if word(shared) != word(own) {
                    out.push(format!(
                        "{}, {}: {:?}",
                        locale.as_str(),
                        code.as_str(),
                        word(shared)
                    ));
                }
            }
        }
    }
    out
}

fn main() -> ExitCode {
    if let Some(word) = words_spelt_per_region().first() {
        eprintln!(
            "rg-loader-data: the help bar's words are one list per locale, but {word} is spelt \
             otherwise in that region: word it so every region spells it alike"
        );
        return ExitCode::FAILURE;
    }
    let css = match first_frame_css() {
        Ok(css) => css,
        Err(e) => {
            eprintln!("rg-loader-data: cannot read the style files: {e}");
            return ExitCode::FAILURE;
        }
    };
    let bar = match help_bar_tree() {
        Ok(bar) => bar,
        Err(e) => {
            eprintln!("rg-loader-data: the help bar's markup cannot be read: {e}");
            return ExitCode::FAILURE;
        }
    };
    let locales = object(Locale::ALL.iter().map(|locale| {
        let ui = &guide(*locale).ui;
        let words = first_frame::WORDS.map(|word| string(word(ui)));
        (locale.as_str(), array(&words))
    }));
    // In code order: the data names regions, it does not rank them.
    let mut codes = RegionCode::ALL;
    codes.sort_by_key(|code| code.as_str());
    let regions = object(codes.iter().map(|code| (code.as_str(), help_bar(*code))));
    let mut parts = Vec::new();
    for locale in Locale::ALL {
        let mut per_region = Vec::new();
        for code in codes {
            match static_parts::static_parts(locale, code) {
                Ok(list) => {
                    let trees = list
                        .iter()
                        .map(|(name, node)| (*name, first_frame::tree_json(node, &string)));
                    per_region.push((code.as_str(), object(trees)));
                }
                Err(e) => {
                    eprintln!("rg-loader-data: the parts cannot be rendered: {e}");
                    return ExitCode::FAILURE;
                }
            }
        }
        parts.push((locale.as_str(), object(per_region)));
    }
    let options = format!(
        "[{}]",
        specs()
            .iter()
            .map(|spec| {
                let list = |values: &[&str]| {
                    format!(
                        "[{}]",
                        values
                            .iter()
                            .map(|v| string(v))
                            .collect::<Vec<_>>()
                            .join(",")
                    )
                };
                let values = match &spec.values {
                    Values::OneOf(v) => object([("oneOf", list(v))]),
                    Values::ListOf(v) => object([("listOf", list(v))]),
                    Values::Text(max) => object([("text", max.to_string())]),
                    Values::Phone => string("phone"),
                    Values::Https => string("https"),
                };
                object([
                    ("name", string(spec.name)),
                    ("values", values),
                    ("default", spec.default.map_or("null".to_string(), string)),
                    ("doc", string(spec.doc)),
                    ("scriptOnly", spec.script_only.to_string()),
                ])
            })
            .collect::<Vec<_>>()
            .join(",")
    );
    println!(
        "{}",
        object([
            ("version", string(env!("CARGO_PKG_VERSION"))),
            ("exitUrl", string(DEFAULT_EXIT_URL)),
            ("css", string(&css)),
            ("locales", locales),
            ("bar", bar),
            ("regions", regions),
            ("parts", object(parts)),
            ("defaultParts", default_parts()),
            ("stylesheet", string(recovery_guide::content::STYLESHEET)),
            ("options", options),
        ])
    );
    ExitCode::SUCCESS
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_strings_as_json_does() {
        assert_eq!(string("a \"b\" \\ c"), r#""a \"b\" \\ c""#);
        assert_eq!(string("line\nnext\ttab\u{1}"), r#""line\nnext\ttab\u0001""#);
        assert_eq!(string("¿Sí? 📞"), "\"¿Sí? 📞\"");
    }

    /// What loader.js `spoken(display)` says: every run of digits, digit by digit, runs apart.
    fn loader_says(display: &str) -> String {
        let runs = display
            .split(|c: char| !c.is_ascii_digit())
            .filter(|run| !run.is_empty());
        let spaced = runs.map(|run| run.chars().map(String::from).collect::<Vec<_>>().join(" "));
        spaced.collect::<Vec<_>>().join(", ")
    }

    #[test]
    fn the_loader_says_every_help_bar_number_as_the_guide_does() {
        assert_eq!(
            loader_says("1-800-662-HELP (4357)"),
            "1, 8 0 0, 6 6 2, 4 3 5 7"
        );
        for code in RegionCode::ALL {
            let bar = help_bar(code);
            let lines = region(code, Locale::En);
            for line in [lines.main_helpline(), lines.emergency()] {
                assert!(bar.contains(&string(line.display)), "{bar}");
                assert_eq!(loader_says(line.display), line.spoken(), "{bar}");
            }
        }
    }

    /// The loader draws one help bar per locale for every region, while the UK spells the guide's
    /// other words its own way ("Counselling"): the help bar's words read alike everywhere.
    #[test]
    fn the_help_bars_words_read_alike_in_every_regions_spelling() {
        let step = |code| guide_for(Locale::En, code).journey.steps[5].title;
        assert_eq!(step(RegionCode::Us), "Counseling and behavioral therapy");
        assert_eq!(step(RegionCode::Uk), "Counselling and behavioural therapy");
        assert_eq!(words_spelt_per_region(), Vec::<String>::new());
    }

    #[test]
    fn the_first_frame_css_is_small_and_has_no_comments() {
        let css = first_frame_css().expect("the style files are readable");
        assert!(css.contains(".rg-helpbar"), "{css}");
        assert!(!css.contains("/*") && !css.contains('\n'), "{css}");
    }
}
