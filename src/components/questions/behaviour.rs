//! The questions' behaviour on their built markup (`QuestionsSection`, rendered by the build):
//! each question opens and closes by itself (native disclosure); the partner's `start` opens one,
//! and their `audience` puts a supporter's first question first.

use crate::components::behaviour::all;
use crate::options::Audience;
use web_sys::Element;

/// Opens the question `start` names, if it is one of these, and shows the questions to `audience`
/// (the build renders them for the person themself).
pub fn behave(section: &Element, audience: Option<Audience>, start: Option<&str>) {
    for question in all(section, ".rg-question") {
        if question.id().strip_prefix("rg-q-") == start {
            let _ = question.set_attribute("open", "");
        }
    }
    if audience == Some(Audience::LovedOne) {
        show_to(section, Audience::LovedOne);
    }
}

/// Shows the guide around `from` (an element inside it) to `audience`: sets the guide's
/// `data-audience` and moves each lead question to the top of the list for a supporter, or back
/// to its place for the person themself. Plain DOM moves: the details keep their open state.
pub fn show_to(from: &Element, audience: Audience) {
    let Some(guide) = from.closest(".rg-guide").ok().flatten() else {
        return;
    };
    let loved_one = audience == Audience::LovedOne;
    let _ = guide.set_attribute(
        "data-audience",
        if loved_one { "loved-one" } else { "self" },
    );
    let find = |selector: &str| guide.query_selector_all(selector).ok();
    let (Some(list), Some(leads), Some(homes)) = (
        guide.query_selector(".rg-questions__list").ok().flatten(),
        find(".rg-question--lead"),
        find(".rg-question-home"),
    ) else {
        return;
    };
    let top = list.first_child();
    for i in 0..leads.length() {
        if let Some(lead) = leads.item(i) {
            let before = if loved_one {
                top.clone()
            } else {
                homes.item(i)
            };
            let _ = list.insert_before(&lead, before.as_ref());
        }
    }
}
