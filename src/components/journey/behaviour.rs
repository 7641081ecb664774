//! The journey's behaviour on its built markup (`JourneySection`, rendered by the build). Each
//! step opens and closes by itself (a native disclosure, before and without the WebAssembly);
//! here "Show all steps" opens them all, the step opened last is where a printed page starts (the
//! steps before it get `rg-step--before`, and the steps from it are opened for printing), and the
//! audience toggle chooses whose words the guide shows (`questions::show_to`), and the overdose
//! link takes the reader to the help section's overdose steps (`go_to_overdose_steps`). The
//! partner's `audience` and `start` take effect here.

use crate::components::behaviour::{all, first, index_of, target_is, target_within, Listener};
use crate::components::help::OVERDOSE_STEPS;
use crate::components::questions::show_to;
use crate::options::Audience;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, HtmlInputElement};

/// What the journey keeps between events.
struct Steps {
    /// Each step's disclosure, in order.
    details: Vec<Element>,
    /// The step the reader opened last (None: none, or all at once).
    current: Cell<Option<usize>>,
    /// Toggles the guide made itself, still to arrive (they say nothing about the reader).
    own_toggles: Cell<usize>,
    /// The steps opened for printing, closed again after.
    printed: RefCell<Vec<Element>>,
    show_all: Option<Element>,
}

impl Steps {
    fn is_open(&self, i: usize) -> bool {
        self.details[i].has_attribute("open")
    }

    /// Opens or closes step `i` for the reader (no toggle of theirs); says whether it changed.
    fn set_open(&self, i: usize, open: bool) -> bool {
        let changed = self.is_open(i) != open;
        if changed {
            self.own_toggles.set(self.own_toggles.get() + 1);
            let _ = self.details[i].toggle_attribute_with_force("open", open);
        }
        changed
    }

    /// A step's disclosure toggled: the reader's own toggle moves where print starts.
    fn toggled(&self, details: &Element) {
        if self.own_toggles.get() > 0 {
            self.own_toggles.set(self.own_toggles.get() - 1);
        } else if let Some(i) = index_of(&self.details, details) {
            match self.is_open(i) {
                true => self.current.set(Some(i)),
                false if self.current.get() == Some(i) => self.current.set(None),
                false => {}
            }
        }
        self.refresh();
    }

    fn all_open(&self) -> bool {
        (0..self.details.len()).all(|i| self.is_open(i))
    }

    /// What follows from which steps are open: the "Show all" button (its label follows
    /// `aria-expanded`), and where print starts.
    fn refresh(&self) {
        let current = self.current.get();
        for (i, details) in self.details.iter().enumerate() {
            if let Some(step) = details.parent_element() {
                let before = current.is_some_and(|c| i < c);
                let _ = step
                    .class_list()
                    .toggle_with_force("rg-step--before", before);
            }
        }
        if let Some(button) = &self.show_all {
            let all_open = self.all_open();
            let _ = button.set_attribute("aria-expanded", if all_open { "true" } else { "false" });
        }
    }
}

/// Gives the built journey `section` its behaviour; it lasts as long as the listeners returned.
pub fn behave(
    section: &Element,
    audience: Option<Audience>,
    start: Option<&str>,
    overdose_link: bool,
) -> Vec<Listener> {
    // Built whole where the partner left the help section out (the glue could not read `sections`):
    // no overdose steps to go to.
    if !overdose_link {
        if let Some(link) = first(section, ".rg-jump") {
            link.remove();
        }
    }
    let details: Vec<Element> = all(section, ".rg-step__details");
    let start = start.and_then(|id| {
        details.iter().position(|d| {
            d.parent_element()
                .is_some_and(|s| s.id().strip_prefix("rg-step-") == Some(id))
        })
    });
    let steps = Rc::new(Steps {
        details,
        current: Cell::new(None),
        own_toggles: Cell::new(0),
        printed: RefCell::new(Vec::new()),
        show_all: first(section, ".rg-show-all"),
    });
    if let Some(i) = start {
        steps.set_open(i, true);
        steps.current.set(Some(i));
    }
    if let Some(audience) = audience {
        choose_audience(section, audience);
    }
    steps.refresh();

    // `toggle` does not bubble: the section hears it as it goes down (capture).
    let mut listeners = vec![Listener::capture(section, "toggle", {
        let steps = steps.clone();
        move |event| {
            // A step's own disclosure: not the sources inside it.
            if let Some(details) = target_is(&event, ".rg-step__details") {
                steps.toggled(&details);
            }
        }
    })];
    listeners.push(Listener::on(section, "click", {
        let steps = steps.clone();
        let section = section.clone();
        move |event| {
            if target_within(&event, ".rg-jump__link").is_some() {
                // The address is inside the guide's shadow root, which a page's own jump to
                // `#rg-overdose` cannot reach; and the page's address must not change.
                event.prevent_default();
                go_to_overdose_steps(&section);
                return;
            }
            if target_within(&event, ".rg-show-all").is_none() {
                return;
            }
            let open = !steps.all_open();
            for i in 0..steps.details.len() {
                steps.set_open(i, open);
            }
            steps.current.set(None);
            steps.refresh();
        }
    }));
    listeners.push({
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
    });
    if let Some(window) = web_sys::window() {
        listeners.push(Listener::on(&window, "beforeprint", {
            let steps = steps.clone();
            move |_| {
                let from = steps.current.get().unwrap_or(0);
                let opened = (from..steps.details.len()).filter(|&i| steps.set_open(i, true));
                let opened: Vec<Element> = opened.map(|i| steps.details[i].clone()).collect();
                *steps.printed.borrow_mut() = opened;
            }
        }));
        listeners.push(Listener::on(&window, "afterprint", move |_| {
            for details in steps.printed.take() {
                if let Some(i) = index_of(&steps.details, &details) {
                    steps.set_open(i, false);
                }
            }
        }));
    }
    listeners
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

/// Takes the reader to the overdose steps: their heading ("What to do, step by step") in view
/// below the slim bar (its `scroll-margin-top`) and focused, so a keyboard or screen reader goes on
/// from there. The whole emergency tier where it has no steps list.
fn go_to_overdose_steps(section: &Element) {
    let Some(tier) = section
        .closest(".rg-guide")
        .ok()
        .flatten()
        .and_then(|guide| first(&guide, &format!("#{OVERDOSE_STEPS}")))
    else {
        return;
    };
    let heading =
        first(&tier, ".rg-list--steps").and_then(|steps| steps.previous_element_sibling());
    let target = heading.unwrap_or(tier);
    let _ = target.set_attribute("tabindex", "-1");
    target.scroll_into_view_with_bool(true);
    if let Some(target) = target.dyn_ref::<HtmlElement>() {
        let _ = target.focus();
    }
}
