//! The guide's parts (each section, and the footer in its four forms), rendered at build time from
//! the guide's own Leptos components for one locale and region, with the default options. The
//! release carries them in each region's glue as trees the glue builds with `createElement`
//! (never from an HTML string); in the browser the wasm puts each part in place and gives it its
//! behaviour (`components::guide::Parts::behave`), so the wasm carries neither the parts' words nor
//! the code that draws them.

use crate::first_frame::{parse, Node};
use leptos::prelude::*;
use recovery_guide::components::guide::Parts;
use recovery_guide::components::help::{PartnerTier, PartnerView};
use recovery_guide::components::help_bar::HelpBar;
use recovery_guide::components::sticky_bar::StickyBar;
use recovery_guide::content::{compounds_held, guide_for, region, units_held, Locale, RegionCode};
use recovery_guide::options::{Options, Section};

/// Every part an instance of `locale` in region `code` can ask for, by the name `Parts::name`
/// gives it, the slim bar (`sticky`), and the guide's frame with its help bar (`guide`, as the
/// loader draws it first), which the glue draws when a partner changes the region or locale.
pub fn static_parts(locale: Locale, code: RegionCode) -> Result<Vec<(&'static str, Node)>, String> {
    let options = |sections: Vec<Section>| Options {
        locale,
        region: code,
        sections,
        ..Options::default()
    };
    let mut out = Vec::new();
    // The slim bar, with its exit (the wasm takes it away when a partner turns quick exit off).
    let (words, lines) = (&guide_for(locale, code).ui, region(code, locale));
    let html = Owner::new()
        .with(|| view! { <StickyBar region=lines ui=words quick_exit=true /> }.to_html());
    out.push(("sticky", one_element(&html, "sticky")?));
    let html = Owner::new().with(|| {
        view! {
            <div class="rg-guide" role="region" aria-label=words.guide_label>
                <HelpBar region=lines ui=words quick_exit=true />
            </div>
        }
        .to_html()
    });
    out.push(("guide", one_element(&html, "guide")?));
    // A partner's card, a marker in each place (`PartnerView::template`): the wasm fills it.
    let help = &guide_for(locale, code).help;
    let html = Owner::new()
        .with(|| view! { <PartnerTier help=help line=PartnerView::template() /> }.to_html());
    out.push(("partner", one_element(&html, "partner")?));
    // The name that card gives a line the partner did not name, for the fallback, which fills the
    // card without the wasm (glue.js, `partnerValues`).
    let unnamed = Node::Text(help.partner_default_name.to_string());
    out.push(("partner-name", typeset(unnamed)));
    // Every section, in the default order.
    let all = Parts::new(options(Section::ALL.to_vec()));
    for i in 0..Section::ALL.len() {
        out.push((all.name(i), render(&all, i)?));
    }
    // The footer for each choice of journey and comparison (it lists what is on screen).
    for journey in [false, true] {
        for compare in [false, true] {
            let sections = Section::ALL
                .into_iter()
                .filter(|s| match s {
                    Section::Journey => journey,
                    Section::Compare => compare,
                    _ => true,
                })
                .collect();
            let parts = Parts::new(options(sections));
            let footer = parts.count() - 1;
            out.push((parts.name(footer), render(&parts, footer)?));
        }
    }
    Ok(out)
}

/// Part `i` as one element.
fn render(parts: &Parts, i: usize) -> Result<Node, String> {
    let html = Owner::new().with(|| parts.view(i).to_html());
    one_element(&html, parts.name(i))
}

fn one_element(html: &str, name: &str) -> Result<Node, String> {
    let mut nodes = parse(html)?;
    match (nodes.pop(), nodes.is_empty()) {
        (Some(node @ Node::Element(..)), true) => Ok(typeset(node)),
        _ => Err(format!("part {name} is not one element: {html}")),
    }
}

/// Every text of `node` with its short compounds kept whole on a line ("Ai-je", "Royaume-Uni";
/// `content::compounds_held`), and each short number kept with the word after it ("7 jours",
/// `content::units_held`): here, where each part becomes the tree the reader gets, so no
/// component has to remember it.
fn typeset(node: Node) -> Node {
    match node {
        Node::Element(name, attributes, children) => Node::Element(
            name,
            attributes,
            children.into_iter().map(typeset).collect(),
        ),
        Node::Text(text) => Node::Text(compounds_held(&units_held(&text))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every text of a part, in order.
    fn texts(node: &Node, out: &mut String) {
        match node {
            Node::Element(_, _, children) => children.iter().for_each(|c| texts(c, out)),
            Node::Text(text) => out.push_str(text),
        }
    }

    /// The reader gets each number kept with what it counts: a phone at 320 px ended a line at
    /// "7" and began the next with "jours" (review86-SHOTS, SH1).
    #[test]
    fn a_number_stays_with_what_it_counts_in_the_parts_the_reader_gets() {
        let mut all = String::new();
        for (_, node) in static_parts(Locale::Fr, RegionCode::Nz).expect("renders") {
            texts(&node, &mut all);
        }
        assert!(all.contains("7\u{a0}jours"), "7 jours");
        assert!(
            all.contains("2\u{a0}à\u{a0}3\u{a0}minutes"),
            "2 à 3 minutes"
        );
    }

    /// Whatever sections a partner chooses, every part an instance asks for has been rendered.
    #[test]
    fn every_part_an_instance_asks_for_is_rendered() {
        let rendered: Vec<&str> = static_parts(Locale::En, RegionCode::Us)
            .expect("renders")
            .into_iter()
            .map(|(name, _)| name)
            .collect();
        for mask in 1..16u8 {
            let sections: Vec<Section> = Section::ALL
                .into_iter()
                .enumerate()
                .filter(|(i, _)| mask & (1 << i) != 0)
                .map(|(_, s)| s)
                .collect();
            let parts = Parts::new(Options {
                sections,
                ..Options::default()
            });
            for i in 0..parts.count() {
                assert!(
                    rendered.contains(&parts.name(i)),
                    "{} missing",
                    parts.name(i)
                );
            }
        }
    }
}
