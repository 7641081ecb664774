//! The first frame's help bar, rendered at build time from the guide's own `HelpBar` component
//! (Leptos, natively) and turned into a tree the loader builds with `createElement`, never from an
//! HTML string (pages that enforce Trusted Types keep working).
//!
//! One tree for every locale, for a stand-in region whose lines carry markers and stand-in words
//! that are markers too; the loader puts each region's name, numbers and spoken numbers where the
//! markers `"\u{1}0"` to `"\u{1}6"` are (main name, tel, display, spoken; emergency tel, display,
//! spoken: the region data holds the first three and the next two, and the loader says each
//! number itself), and the locale's words where `"\u{2}4"` to `"\u{2}9"`
//! are (`WORDS`, after the four words the loader says itself: one list per locale).

use leptos::prelude::*;
use recovery_guide::components::help_bar::HelpBar;
use recovery_guide::content::{
    around, guide, joined_to_number, Line, List, Locale, Localized, Region, Ui,
};

/// Reads one word from a locale's interface words.
pub type Word = fn(&Ui) -> &'static str;

/// Each locale's words, in the order the loader's marker `"\u{2}k"` numbers them: first the four
/// the loader says itself, then the help bar's (the overdose label split at its `{number}`).
pub const WORDS: [Word; 10] = [
    |u| u.guide_label,
    |u| u.fallback_notice,
    |u| u.quick_exit_presses,
    |u| u.quick_exit_leaving,
    |u| u.helpbar_label,
    |u| u.helpbar_call,
    // Its last space a no-break one, as the component draws it before an emergency number, always
    // short (`content::joined_to_number`).
    |u| Box::leak(joined_to_number(around(u.helpbar_overdose, "number").0, "911").into_boxed_str()),
    |u| around(u.helpbar_overdose, "number").1,
    |u| u.quick_exit,
    |u| u.quick_exit_hint,
];

/// The interface words with the help bar's replaced by their markers.
fn stand_in_words(real: &'static Ui) -> &'static Ui {
    Box::leak(Box::new(Ui {
        helpbar_label: "\u{2}4",
        helpbar_call: "\u{2}5",
        helpbar_overdose: "\u{2}6{number}\u{2}7",
        quick_exit: "\u{2}8",
        quick_exit_hint: "\u{2}9",
        ..*real
    }))
}

/// What the stand-in lines hold, and the marker each becomes. The numbers give each display a
/// spoken form of its own ("9 0 8 1 7"), so that too can be found and marked.
const MARKS: [(&str, &str); 7] = [
    ("\u{1}main-name", "\u{1}0"),
    ("\u{1}main-tel", "\u{1}1"),
    ("\u{1}main-display 90817", "\u{1}2"),
    ("9 0 8 1 7", "\u{1}3"),
    ("\u{1}emergency-tel", "\u{1}4"),
    ("\u{1}emergency-display 80716", "\u{1}5"),
    ("8 0 7 1 6", "\u{1}6"),
];

fn stand_in_line(
    id: &'static str,
    name: &'static str,
    tel: &'static str,
    display: &'static str,
) -> Line {
    Line {
        id,
        name: Localized {
            value: name,
            all: &[],
        },
        tel: Some(tel),
        sms: None,
        url: None,
        display,
        source: Localized {
            value: "",
            all: &[],
        },
        last_reviewed: "",
        last_verified: None,
        languages: List(&[]),
        for_supporters: false,
        interpreters: false,
        chat: false,
    }
}

/// A region whose two help-bar lines are markers.
fn stand_in_region() -> &'static Region {
    let lines = vec![
        stand_in_line("main", MARKS[0].0, MARKS[1].0, MARKS[2].0),
        stand_in_line("emergency", "", MARKS[4].0, MARKS[5].0),
    ];
    Box::leak(Box::new(Region {
        code: "",
        locale: "",
        name: Localized {
            value: "",
            all: &[],
        },
        next_review: "",
        main_helpline: "main",
        emergency: "emergency",
        date_pattern: None,
        reach_out: List(&[]),
        reach_out_note: None,
        reach_out_supporter_now: None,
        sticky_call: None,
        lines: List(Box::leak(lines.into_boxed_slice())),
        tiers: List(&[]),
        phrases: List(&[]),
    }))
}

/// The help bar's HTML, with quick exit (the loader drops it when a partner turns it off), as the
/// guide renders it, its words and lines markers.
pub fn help_bar_html() -> String {
    let region = stand_in_region();
    let ui = stand_in_words(&guide(Locale::ALL[0]).ui);
    Owner::new().with(|| view! { <HelpBar region=region ui=ui quick_exit=true /> }.to_html())
}

/// A parsed element or text.
#[derive(Debug, PartialEq)]
pub enum Node {
    Element(String, Vec<(String, String)>, Vec<Node>),
    Text(String),
}

/// An element still open while parsing: its name, attributes and children so far.
type Open = (String, Vec<(String, String)>, Vec<Node>);

const VOID: &[&str] = &[
    "area", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr",
];

/// Parses the markup Leptos writes (well formed, attributes quoted); comments and Leptos's
/// `<!>` markers are dropped.
pub fn parse(html: &str) -> Result<Vec<Node>, String> {
    let mut stack: Vec<Open> = vec![(String::new(), Vec::new(), Vec::new())];
    let mut rest = html;
    while !rest.is_empty() {
        let top = stack.last_mut().ok_or("unbalanced markup")?;
        if let Some(after) = rest.strip_prefix("<!--") {
            rest = after.split_once("-->").map_or("", |(_, r)| r);
        } else if let Some(after) = rest.strip_prefix("<!>") {
            rest = after;
        } else if let Some(after) = rest.strip_prefix("</") {
            let (name, r) = after.split_once('>').ok_or("unclosed end tag")?;
            rest = r;
            let (open, attrs, mut children) = stack.pop().ok_or("unbalanced markup")?;
            drop_empty_text_stand_in(&mut children);
            if open != name.trim() {
                return Err(format!("</{name}> closes <{open}>"));
            }
            let parent = stack.last_mut().ok_or("unbalanced markup")?;
            parent.2.push(Node::Element(open, attrs, children));
        } else if let Some(after) = rest.strip_prefix('<') {
            let (tag, r) = after.split_once('>').ok_or("unclosed tag")?;
            rest = r;
            let (name, attrs) = parse_tag(tag.trim_end_matches('/'))?;
            if VOID.contains(&name.as_str()) || tag.ends_with('/') {
                top.2.push(Node::Element(name, attrs, Vec::new()));
            } else {
                stack.push((name, attrs, Vec::new()));
            }
        } else {
            let end = rest.find('<').unwrap_or(rest.len());
            top.2.push(Node::Text(decode(&rest[..end])));
            rest = &rest[end..];
        }
    }
    match stack.pop() {
        Some((_, _, nodes)) if stack.is_empty() => Ok(nodes),
        _ => Err("an element is not closed".into()),
    }
}

/// Leptos writes an empty text as one space, so a browser keeps a node for it; the guide's DOM has
/// an empty text there. A lone space ending an element, not after another text, is that.
fn drop_empty_text_stand_in(children: &mut Vec<Node>) {
    let n = children.len();
    let lone_space = matches!(children.last(), Some(Node::Text(t)) if t == " ")
        && (n < 2 || !matches!(children[n - 2], Node::Text(_)));
    if lone_space {
        children.pop();
    }
}

fn parse_tag(tag: &str) -> Result<(String, Vec<(String, String)>), String> {
    let (name, mut rest) = tag.split_once(char::is_whitespace).unwrap_or((tag, ""));
    let mut attrs = Vec::new();
    loop {
        rest = rest.trim_start();
        if rest.is_empty() {
            break;
        }
        let end = rest
            .find(|c: char| c == '=' || c.is_whitespace())
            .unwrap_or(rest.len());
        let key = rest[..end].to_string();
        rest = &rest[end..];
        if let Some(after) = rest.strip_prefix("=\"") {
            let (value, r) = after.split_once('"').ok_or("unquoted attribute")?;
            attrs.push((key, decode(value)));
            rest = r;
        } else {
            attrs.push((key, String::new()));
        }
    }
    Ok((name.to_string(), attrs))
}

fn decode(text: &str) -> String {
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#x27;", "'")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

/// The stand-in values become markers (whole displays first: they hold digits).
fn mark(text: &str) -> String {
    MARKS
        .iter()
        .fold(text.to_string(), |text, (value, marker)| {
            text.replace(value, marker)
        })
}

/// `["tag", {attributes}, child, …]`, a text a JSON string: what the loader builds, with the
/// stand-in values marked.
pub fn to_json(node: &Node, string: &dyn Fn(&str) -> String) -> String {
    tree_json(node, &|text| string(&mark(text)))
}

/// The same tree, its texts as they are (`text` writes each one as a JSON string).
pub fn tree_json(node: &Node, text: &dyn Fn(&str) -> String) -> String {
    match node {
        Node::Text(value) => text(value),
        Node::Element(name, attrs, children) => {
            let attrs: Vec<String> = attrs
                .iter()
                .map(|(k, v)| format!("{}:{}", text(k), text(v)))
                .collect();
            let mut parts = vec![text(name), format!("{{{}}}", attrs.join(","))];
            parts.extend(children.iter().map(|c| tree_json(c, text)));
            format!("[{}]", parts.join(","))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_what_leptos_writes() {
        let nodes = parse(r#"<section class="a" aria-label="Get &amp; go"><a href="tel:1"><span>Call </span>x<!></a><!-- c --><input type="radio" checked></section>"#)
            .expect("parses");
        let Node::Element(name, attrs, children) = &nodes[0] else {
            panic!("{nodes:?}")
        };
        assert_eq!(name, "section");
        assert_eq!(attrs[1], ("aria-label".into(), "Get & go".into()));
        assert_eq!(children.len(), 2);
        assert!(parse("<div><span></div>").is_err());
    }

    #[test]
    fn the_help_bar_tree_marks_every_line_value_and_every_word() {
        let html = help_bar_html();
        let nodes = parse(&html).expect("the help bar parses");
        let json = to_json(&nodes[0], &crate::string);
        for (value, marker) in MARKS {
            let [value, marker] = [value, marker].map(|s| crate::string(s).replace('"', ""));
            assert!(!json.contains(&value), "{value} left unmarked in {json}");
            assert!(json.contains(&marker), "{marker} missing in {json}");
        }
        for k in 4..WORDS.len() {
            assert!(
                json.contains(&format!("\\u0002{k}")),
                "word {k} missing in {json}"
            );
        }
        // With each locale's words in place of the markers, the bar says what the guide's does.
        for locale in Locale::ALL {
            let ui = &guide(locale).ui;
            let filled = WORDS.iter().enumerate().fold(json.clone(), |t, (k, word)| {
                t.replace(
                    &format!("\\u0002{k}"),
                    &crate::string(word(ui)).replace('"', ""),
                )
            });
            for word in [
                ui.helpbar_label,
                ui.helpbar_call,
                ui.quick_exit,
                ui.quick_exit_hint,
            ] {
                assert!(filled.contains(word), "{word} missing in {filled}");
            }
        }
        assert!(json.starts_with(r#"["section",{"#), "{json}");
        assert!(json.contains(r#""class":"rg-helpbar""#), "{json}");
    }
}
