//! The guide's styles, split between the loader and the wasm, and minified: one pipeline for both
//! sheets. `build.rs` includes this file (`#[path]`) for the wasm's stylesheet; the loader-data
//! program (`tools/loader_data.rs`) for the first frame's. Pure functions over text and paths, so
//! each step has a test of its own.
//!
//! A style file that starts with [`FIRST_FRAME`] styles the first frame, which the loader draws
//! before any wasm: the loader carries it. Its rules below a [`WASM_ONLY`] marker style only what
//! the wasm renders, so the wasm carries those. The wasm carries every other file whole.

// build.rs uses the wasm's half, loader_data.rs the loader's.
#![allow(dead_code)]

use std::io;
use std::path::{Path, PathBuf};

/// Marks a style file the loader carries (the help bar's first frame); the wasm leaves it out.
pub const FIRST_FRAME: &str = "/* first-frame";
/// In a first-frame file, marks where the rules for what only the wasm renders begin.
pub const WASM_ONLY: &str = "/* wasm-only";

/// The style files under `root`, in the order they apply: the base styles, then each component's
/// `style.css` in name order.
pub fn style_files(root: &Path) -> io::Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(root.join("src/components"))? {
        let file = entry?.path().join("style.css");
        if file.exists() {
            files.push(file);
        }
    }
    files.sort();
    files.insert(0, root.join("style/base.css"));
    Ok(files)
}

/// One style file's text as `(loader's part, wasm's part)`.
pub fn split(text: &str) -> (&str, &str) {
    if !text.starts_with(FIRST_FRAME) {
        return ("", text);
    }
    match text.find(WASM_ONLY) {
        Some(at) => text.split_at(at),
        None => (text, ""),
    }
}

/// The first frame's stylesheet (the loader's), from each file's text in order.
pub fn first_frame_css(texts: &[String]) -> String {
    let parts: Vec<&str> = texts.iter().map(|t| split(t).0).collect();
    minify(&parts.join("\n"))
}

/// The wasm's stylesheet, from each file's text in order.
pub fn wasm_css(texts: &[String]) -> String {
    texts.iter().map(|t| minify(split(t).1)).collect()
}

/// Drops comments and needless white space, and writes a few values shorter (`0.5em` → `.5em`,
/// `#ffffff` → `#fff`). A space that separates words is kept: `a :hover` is not `a:hover`, nor is
/// `and(` the `and (` of a media query.
pub fn minify(text: &str) -> String {
    let folded = strip_comments(text)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let tight = tighten(&folded).replace(";}", "}");
    short_hex(&short_fractions(&tight))
}

fn strip_comments(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find("/*") {
        out.push_str(&rest[..start]);
        rest = rest[start + 2..]
            .find("*/")
            .map_or("", |end| &rest[start + 2 + end + 2..]);
    }
    out.push_str(rest);
    out
}

/// Drops each space (the text has single spaces only) beside `{ } ; , >`, after `:`, and before
/// `!important`.
fn tighten(folded: &str) -> String {
    const AROUND: [char; 5] = ['{', '}', ';', ',', '>'];
    let mut out = String::with_capacity(folded.len());
    for (at, c) in folded.char_indices() {
        if c == ' ' {
            let rest = &folded[at + 1..];
            let after = out.ends_with(|p: char| AROUND.contains(&p) || p == ':');
            let before = rest.starts_with(AROUND) || rest.starts_with("!important");
            if after || before {
                continue;
            }
        }
        out.push(c);
    }
    out
}

/// `0.5` → `.5` where the number starts after a space, `:`, `,` or `(`, or after a minus sign
/// that itself follows one of them (`-0.5em` → `-.5em`, but `a-0.5` stays).
fn short_fractions(css: &str) -> String {
    let bytes = css.as_bytes();
    let mut out = String::with_capacity(css.len());
    for (at, c) in css.char_indices() {
        let leading_zero = c == '0'
            && at > 0
            && (starts_value(bytes[at - 1])
                || (bytes[at - 1] == b'-' && at > 1 && starts_value(bytes[at - 2])))
            && bytes.get(at + 1) == Some(&b'.')
            && bytes.get(at + 2).is_some_and(u8::is_ascii_digit);
        if !leading_zero {
            out.push(c);
        }
    }
    out
}

/// Whether a number may start after this byte (a value's start, not inside a word).
fn starts_value(byte: u8) -> bool {
    matches!(byte, b' ' | b':' | b',' | b'(')
}

/// `#aabbcc` → `#abc` (a colour of three doubled hex digits, not followed by another word
/// character).
fn short_hex(css: &str) -> String {
    let mut out = String::with_capacity(css.len());
    let mut rest = css;
    while let Some(at) = rest.find('#') {
        out.push_str(&rest[..=at]);
        rest = &rest[at + 1..];
        let b = rest.as_bytes();
        let doubled = b.len() >= 6
            && b[..6].iter().all(u8::is_ascii_hexdigit)
            && (0..3).all(|i| b[2 * i].eq_ignore_ascii_case(&b[2 * i + 1]))
            && !b
                .get(6)
                .is_some_and(|n| n.is_ascii_alphanumeric() || *n == b'_');
        if doubled {
            out.extend([b[0], b[2], b[4]].map(char::from));
            rest = &rest[6..];
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn drops_comments_and_folds_white_space() {
        let css = "/* a note */\n.a {\n  color: red;\n  /* another */ margin: 0;\n}\n\n.b > .c , .d { x: y }";
        assert_eq!(minify(css), ".a{color:red;margin:0}.b>.c,.d{x:y}");
        assert_eq!(minify("/* never closed"), "");
    }

    #[test]
    fn keeps_the_spaces_that_separate_words() {
        assert_eq!(minify("a:hover { b: c }"), "a:hover{b:c}");
        assert_eq!(minify(".x :focus { b: c }"), ".x :focus{b:c}");
        assert_eq!(
            minify("@media print and (min-width: 40em) { .a { b: c } }"),
            "@media print and (min-width:40em){.a{b:c}}"
        );
        assert_eq!(minify(".a { margin: 0 auto; }"), ".a{margin:0 auto}");
    }

    #[test]
    fn writes_values_shorter() {
        assert_eq!(
            minify(".a { padding: 0.5em 0.25em; color: rgba(0, 0, 0, 0.5) }"),
            ".a{padding:.5em .25em;color:rgba(0,0,0,.5)}"
        );
        assert_eq!(minify(".a { width: 10.5em }"), ".a{width:10.5em}");
        assert_eq!(
            minify(".a { margin: -0.25em -0.5em }"),
            ".a{margin:-.25em -.5em}"
        );
        assert_eq!(
            minify(".a { background: url(a-0.5.png) }"),
            ".a{background:url(a-0.5.png)}"
        );
        assert_eq!(
            minify(".a { --x: #ffffff; --y: #AaBbCc; --z: #ffbf47; --w: #ffffff80 }"),
            ".a{--x:#fff;--y:#ABC;--z:#ffbf47;--w:#ffffff80}"
        );
        assert_eq!(
            minify(".a { display: none !important; }"),
            ".a{display:none!important}"
        );
    }

    #[test]
    fn splits_first_frame_files_at_the_wasm_only_marker() {
        let base = "/* first-frame: loader */ .a { b: c }\n/* wasm-only */ .d { e: f }".to_string();
        let frame = "/* first-frame */ .g { h: i }".to_string();
        let other = "/* a part */ .j { k: l }".to_string();
        assert_eq!(split(&base).0, "/* first-frame: loader */ .a { b: c }\n");
        assert_eq!(split(&other), ("", other.as_str()));
        assert_eq!(split(&frame), (frame.as_str(), ""));
        let texts = [base, frame, other];
        assert_eq!(first_frame_css(&texts), ".a{b:c}.g{h:i}");
        assert_eq!(wasm_css(&texts), ".d{e:f}.j{k:l}");
    }
}
