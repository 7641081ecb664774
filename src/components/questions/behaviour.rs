//! The questions' behaviour on their built markup (`QuestionsSection`, rendered by the build):
//! each question opens and closes by itself (native disclosure); the partner's `start` opens one.

use crate::components::behaviour::all;
use web_sys::Element;

/// Opens the question `start` names, if it is one of these.
pub fn behave(section: &Element, start: Option<&str>) {
    for question in all(section, ".rg-question") {
        if question.id().strip_prefix("rg-q-") == start {
            let _ = question.set_attribute("open", "");
        }
    }
}
