//! The guide rendered natively (`--features ssr`), and the few ways the markup tests read it.
//! Include with `#[path = "common/render.rs"] mod render;` (tests/common/mod.rs builds without
//! `ssr`, for the content tests).
#![allow(dead_code)]

use leptos::prelude::*;
use recovery_guide::components::Guide;
use recovery_guide::options::{parse, Options};

/// The whole guide as HTML. `<!>` are Leptos's markers between text nodes; a reader never sees
/// them.
pub fn render(options: Options) -> String {
    let owner = Owner::new();
    owner
        .with(|| view! { <Guide options=options /> }.to_html())
        .replace("<!>", "")
}

/// The guide with these options, given as a partner gives them (`("region", "uk")`).
pub fn render_with(pairs: &[(&str, &str)]) -> String {
    let raw: Vec<(String, String)> = pairs
        .iter()
        .map(|(n, v)| (n.to_string(), v.to_string()))
        .collect();
    render(parse(&raw, None).0)
}

/// The help section only, from its opening tag to the footer.
pub fn help_section(html: &str) -> &str {
    let help = &html[html.find("rg-help\"").expect("the help section")..];
    &help[..help.find("<footer").unwrap_or(help.len())]
}

/// Every slice of `html` from an `open` to the first `close` after it (or the end), in order.
pub fn slices<'a>(html: &'a str, open: &str, close: &str) -> Vec<&'a str> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(at) = html[from..].find(open) {
        let start = from + at;
        let after = start + open.len();
        let end = html[after..]
            .find(close)
            .map_or(html.len(), |e| after + e + close.len());
        out.push(&html[start..end]);
        from = end;
    }
    out
}

/// One reader's part of an answer or step (`rg-for-self` or `rg-for-loved-one`), as markup (""
/// where that reader has none).
pub fn reader_html<'a>(answer: &'a str, reader: &str) -> &'a str {
    slices(answer, &format!("<div class=\"{reader}\""), "</div>")
        .first()
        .copied()
        .unwrap_or("")
}

/// The text of a piece of markup: tags dropped, spaces squeezed.
pub fn text(markup: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in markup.chars() {
        match c {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                out.push(' ');
            }
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Every `<a …>` with a `tel:` or `sms:` href: (where it starts in `html`, href without the sms
/// body, its start tag, what it holds).
fn phone_anchors(html: &str) -> impl Iterator<Item = (usize, String, &str, &str)> {
    html.match_indices("<a ").filter_map(|(at, open)| {
        let (tag, after) = html[at + open.len()..].split_once('>')?;
        let href = tag.split("href=\"").nth(1)?.split('"').next()?;
        (href.starts_with("tel:") || href.starts_with("sms:")).then(|| {
            let inner = after.split("</a>").next().unwrap_or(after);
            (
                at,
                href.split('?').next().unwrap_or(href).to_string(),
                tag,
                inner,
            )
        })
    })
}

/// Every `tel:` or `sms:` link: (where it starts in `html`, href without the sms body, the words
/// it shows and says), for what comes before a link.
pub fn phone_links_at(html: &str) -> Vec<(usize, String, String)> {
    phone_anchors(html)
        .map(|(at, href, _, inner)| (at, href, text(inner)))
        .collect()
}

/// Every `<a …>` start tag with a `tel:` or `sms:` href: (href without the sms body, the tag).
pub fn phone_links(html: &str) -> Vec<(String, String)> {
    phone_anchors(html)
        .map(|(_, href, tag, _)| (href, tag.to_string()))
        .collect()
}

/// Every `tel:` or `sms:` link: (href without the sms body, the words it shows and says).
pub fn phone_link_labels(html: &str) -> Vec<(String, String)> {
    phone_anchors(html)
        .map(|(_, href, _, inner)| (href, text(inner)))
        .collect()
}

/// An attribute's value in a start tag, with `&amp;` read back as `&`.
pub fn attribute(tag: &str, name: &str) -> Option<String> {
    let value = tag.split(&format!("{name}=\"")).nth(1)?.split('"').next()?;
    Some(value.replace("&amp;", "&"))
}
