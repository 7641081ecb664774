//! The help section's behaviour on its built markup (`HelpSection`, rendered by the build): a
//! partner's own line, when given, comes first among the tiers. Its card is the build's too
//! (`PartnerTier` rendered with a marker in each place, the glue's `partner` part); here the
//! partner's values go in, as text and attribute values only, never as markup.

use super::PartnerView;
use crate::content::HelpText;
use crate::options::PartnerLine;
use web_sys::{Element, Node};

/// Puts the partner's line first among the built `section`'s tiers, from the `template` card
/// the build rendered. Nothing to undo: the card goes with the section.
pub fn behave(
    section: &Element,
    help: &HelpText,
    partner: Option<PartnerLine>,
    template: Option<Element>,
) -> Option<()> {
    let (line, card) = (partner?, template?);
    let tiers = section.query_selector(".rg-tiers").ok()??;
    fill(&card, &PartnerView::of(&line, help).values());
    tiers
        .insert_before(&card, tiers.first_child().as_ref())
        .ok()?;
    Some(())
}

/// Puts `values[i]` where the build left the marker `\u{1}i`, in every text and attribute value
/// under `node`, and takes away the item (`li` or `p`, never the card) around a marker whose value
/// is `None`: a partner who gives no number to text gets no "Text" line.
pub fn fill(node: &Node, values: &[Option<String>]) {
    if let Some(element) = wasm_bindgen::JsCast::dyn_ref::<Element>(node) {
        for name in element
            .get_attribute_names()
            .iter()
            .filter_map(|n| n.as_string())
        {
            let value = element.get_attribute(&name).unwrap_or_default();
            match filled(&value, values) {
                Some(value) => {
                    let _ = element.set_attribute(&name, &value);
                }
                None => return remove_item(element),
            }
        }
        let children = node.child_nodes();
        let children: Vec<Node> = (0..children.length())
            .filter_map(|i| children.item(i))
            .collect();
        for child in &children {
            fill(child, values);
        }
    } else if node.node_type() == Node::TEXT_NODE {
        let text = node.node_value().unwrap_or_default();
        match filled(&text, values) {
            Some(text) => node.set_node_value(Some(&text)),
            None => {
                if let Some(parent) = node.parent_element() {
                    remove_item(&parent);
                }
            }
        }
    }
}

/// `text` with each marker replaced by its value; `None` if a marker's value is absent.
fn filled(text: &str, values: &[Option<String>]) -> Option<String> {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c != '\u{1}' {
            out.push(c);
            continue;
        }
        // The index in base 36: the card has more than ten markers ("\u{1}a").
        let index = chars.next().and_then(|d| d.to_digit(36))?;
        out.push_str(values.get(index as usize)?.as_deref()?);
    }
    Some(out)
}

fn remove_item(inside: &Element) {
    if let Ok(Some(item)) = inside.closest("li:not(.rg-tier), p") {
        item.remove();
    }
}

#[cfg(test)]
mod tests {
    use super::filled;

    #[test]
    fn markers_take_their_values_and_an_absent_one_takes_the_item() {
        let values = [
            Some("Acme <b>".to_string()),
            None,
            Some("0800 1".to_string()),
        ];
        assert_eq!(
            filled("Call \u{1}0 at \u{1}2", &values).as_deref(),
            Some("Call Acme <b> at 0800 1")
        );
        assert_eq!(filled("tel:\u{1}1", &values), None);
        assert_eq!(filled("no markers", &values).as_deref(), Some("no markers"));
        assert_eq!(filled("\u{1}9", &values), None, "a marker past the values");
        assert_eq!(filled("\u{1}", &values), None, "a marker cut short");
        let mut eleven = vec![None; 10];
        eleven.push(Some("\u{a0}".to_string()));
        assert_eq!(
            filled("Text\u{1}a", &eleven).as_deref(),
            Some("Text\u{a0}"),
            "the eleventh marker, in base 36"
        );
    }
}
