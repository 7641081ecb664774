//! The comparison's behaviour on its built markup (`CompareSection`, rendered by the build): on
//! narrow screens two selects choose the options shown side by side. Choosing in one the option
//! the other shows swaps them, so two different options are always on screen. The words come from
//! the full table beside it, already in the page.

use crate::components::behaviour::{all, first, index_of, target_within, Listener};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlSelectElement};

/// Gives the built comparison `section` its behaviour; it lasts as long as the listener returned.
pub fn behave(section: &Element) -> Listener {
    let blocks = all(section, ".rg-grid-block");
    // Each grid's two choices: as the build renders them (the first two options), or as a guide
    // drawn again with new options keeps the reader's picks, which are then shown.
    let pairs: Vec<[usize; 2]> = blocks.iter().map(shown_pair).collect();
    for (block, pair) in blocks.iter().zip(&pairs) {
        if *pair != DEFAULT_PAIR {
            show(block, *pair);
        }
    }
    let chosen = Rc::new(RefCell::new(pairs));
    Listener::on(section, "change", move |event| {
        let Some(select) = target_within(&event, ".rg-pick select") else {
            return;
        };
        let Some(block) = select.closest(".rg-grid-block").ok().flatten() else {
            return;
        };
        let (Some(b), selects) = (index_of(&blocks, &block), all(&block, ".rg-pick select")) else {
            return;
        };
        let select = select.unchecked_into::<HtmlSelectElement>();
        let (Some(mine), Ok(value)) =
            (index_of(&selects, &select), select.value().parse::<usize>())
        else {
            return;
        };
        if mine > 1 || value >= select.length() as usize {
            return;
        }
        let mut all_chosen = chosen.borrow_mut();
        let pair = &mut all_chosen[b];
        let other = 1 - mine;
        if value == pair[other] {
            pair[other] = pair[mine];
        }
        pair[mine] = value;
        for (select, value) in selects.iter().zip(*pair) {
            select
                .unchecked_ref::<HtmlSelectElement>()
                .set_value(&value.to_string());
        }
        show(&block, *pair);
    })
}

/// The two options the build shows side by side: the first two.
const DEFAULT_PAIR: [usize; 2] = [0, 1];

/// The two options `block`'s selects show, or the build's pair when they do not name two
/// different options of the grid.
fn shown_pair(block: &Element) -> [usize; 2] {
    let selects = all(block, ".rg-pick select");
    let value = |k: usize| -> Option<usize> {
        let select = selects.get(k)?.unchecked_ref::<HtmlSelectElement>();
        let value = select.value().parse::<usize>().ok()?;
        (value < select.length() as usize).then_some(value)
    };
    match (selects.len(), value(0), value(1)) {
        (2, Some(a), Some(b)) if a != b => [a, b],
        _ => DEFAULT_PAIR,
    }
}

/// Shows options `pair` side by side in `block`'s two-column table.
fn show(block: &Element, pair: [usize; 2]) {
    let (Some(wide), Some(two)) = (
        first(block, ".rg-grid-wide table"),
        first(block, ".rg-grid--two"),
    ) else {
        return;
    };
    let copy = |from: &[Element], to: &[Element], offset: usize| {
        for (k, cell) in to.iter().enumerate().take(2) {
            if let Some(source) = from.get(pair[k] + offset) {
                cell.set_text_content(source.text_content().as_deref());
            }
        }
    };
    // The options' names head the columns (the wide table's first column is the question).
    copy(&all(&wide, "thead th"), &all(&two, "thead th"), 1);
    let rows = all(&wide, "tbody tr");
    // One row group per question: its heading, then the two answers.
    for (row, group) in rows.iter().zip(all(&two, "tbody")) {
        copy(&all(row, "td"), &all(&group, "tr + tr td"), 0);
    }
}
