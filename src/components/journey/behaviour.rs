//! The journey's behaviour on its built markup (`JourneySection`, rendered by the build): steps
//! open and close, "Show all steps" opens them all, the step opened last is where a printed page
//! starts (the steps before it get `rg-step--before`), and the audience toggle chooses whose words
//! the guide shows (`questions::show_to`). The partner's `audience` and `start` take effect here.

use crate::components::behaviour::{all, first, index_of, target_within, Listener};
use crate::components::questions::show_to;
use crate::content::Journey;
use crate::options::Audience;
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlInputElement};

/// Gives the built journey `section` its behaviour; it lasts as long as the listeners returned.
pub fn behave(
    section: &Element,
    words: &'static Journey,
    audience: Option<Audience>,
    start: Option<&str>,
) -> [Listener; 2] {
    let steps: Rc<[Element]> = all(section, ".rg-step").into();
    let current = Rc::new(Cell::new(None));
    let show_all = first(section, ".rg-show-all");
    let refresh = {
        let (steps, current) = (steps.clone(), current.clone());
        move || refresh(&steps, current.get(), show_all.as_ref(), words)
    };
    if let Some(i) =
        start.and_then(|id| steps.iter().position(|s| step_id(s).as_deref() == Some(id)))
    {
        set_open(&steps[i], true, words);
        current.set(Some(i));
    }
    if let Some(audience) = audience {
        choose_audience(section, audience);
    }
    refresh();

    let clicks = {
        let steps = steps.clone();
        Listener::on(section, "click", move |event| {
            if let Some(step) = target_within(&event, ".rg-step__toggle")
                .and_then(|b| b.closest(".rg-step").ok().flatten())
            {
                let now_open = !is_open(&step);
                set_open(&step, now_open, words);
                let i = index_of(&steps, &step);
                match now_open {
                    true => current.set(i),
                    false if current.get() == i => current.set(None),
                    false => {}
                }
            } else if target_within(&event, ".rg-show-all").is_some() {
                let open = !steps.iter().all(is_open);
                steps.iter().for_each(|s| set_open(s, open, words));
                current.set(None);
            } else {
                return;
            }
            refresh();
        })
    };
    let audience_changes = {
        let section = section.clone();
        Listener::on(&section.clone(), "change", move |event| {
            let Some(input) = target_within(&event, "input[name=rg-audience]") else {
                return;
            };
            let value = input.unchecked_into::<HtmlInputElement>().value();
            show_to(
                &section,
                if value == "loved-one" {
                    Audience::LovedOne
                } else {
                    Audience::Myself
                },
            );
        })
    };
    [clicks, audience_changes]
}

/// Checks the radio for `audience` (the guide's root already says whose words show).
fn choose_audience(section: &Element, audience: Audience) {
    let value = if audience == Audience::LovedOne {
        "loved-one"
    } else {
        "self"
    };
    for input in all(section, "input[name=rg-audience]") {
        let input = input.unchecked_into::<HtmlInputElement>();
        input.set_checked(input.value() == value);
    }
}

/// The step's id as the content names it (`rg-step-detox` → `detox`).
fn step_id(step: &Element) -> Option<String> {
    step.id().strip_prefix("rg-step-").map(str::to_string)
}

fn is_open(step: &Element) -> bool {
    first(step, ".rg-step__toggle")
        .and_then(|b| b.get_attribute("aria-expanded"))
        .is_some_and(|v| v == "true")
}

fn set_open(step: &Element, open: bool, words: &'static Journey) {
    if let Some(button) = first(step, ".rg-step__toggle") {
        let _ = button.set_attribute("aria-expanded", if open { "true" } else { "false" });
    }
    if let Some(body) = first(step, ".rg-step__body") {
        let _ = body.toggle_attribute_with_force("hidden", !open);
    }
    // "Show" or "Hide" is in the button's name too: a voice user says what they see.
    if let Some(state) = first(step, ".rg-step__state") {
        state.set_text_content(Some(if open { words.hide } else { words.show }));
    }
}

/// What follows from which steps are open: the "Show all" button, and where print starts.
fn refresh(
    steps: &[Element],
    current: Option<usize>,
    show_all: Option<&Element>,
    words: &'static Journey,
) {
    for (i, step) in steps.iter().enumerate() {
        let before = current.is_some_and(|c| i < c);
        let _ = step
            .class_list()
            .toggle_with_force("rg-step--before", before);
    }
    if let Some(button) = show_all {
        let all_open = steps.iter().all(is_open);
        let _ = button.set_attribute("aria-expanded", if all_open { "true" } else { "false" });
        button.set_text_content(Some(if all_open {
            words.hide_all
        } else {
            words.show_all
        }));
    }
}
