//! Quick exit's behaviour on the built help bar and slim bar: "Exit this page", or Shift pressed
//! three times, blanks the guide at once and replaces the page with the exit page; the live region
//! says how many presses are left. The loader does the same before the WebAssembly arrives and
//! stops when this starts.

use super::{announcement, ShiftCounter, PRESSES};
use crate::components::behaviour::{all, first, target_within, Listener};
use crate::content::Ui;
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::Element;

/// Gives the built `guide` its quick exit to `exit_url`, or takes the exit buttons away when the
/// partner turned quick exit off (`None`). The Shift keys are counted on the partner's document,
/// for as long as the listeners returned live.
pub fn behave(guide: &Element, ui: &'static Ui, exit_url: Option<String>) -> Vec<Listener> {
    let Some(url) = exit_url else {
        for exit in all(guide, ".rg-exit, .rg-exit__button") {
            exit.remove();
        }
        return Vec::new();
    };
    let live = first(guide, ".rg-exit [aria-live]");
    let say = move |text: &str| {
        if let Some(live) = &live {
            live.set_text_content(Some(text));
        }
    };
    let leave: Rc<dyn Fn()> = {
        let (guide, say) = (guide.clone(), say.clone());
        Rc::new(move || {
            let _ = guide.class_list().add_1("rg-guide--leaving");
            say(ui.quick_exit_leaving);
            navigate_away(&url);
        })
    };
    let mut listeners = vec![Listener::on(guide, "click", {
        let leave = leave.clone();
        move |event| {
            if target_within(&event, ".rg-exit__button").is_some() {
                leave();
            }
        }
    })];
    let Some(document) = guide.owner_document() else {
        return listeners;
    };
    let counter = Rc::new(Cell::new(ShiftCounter::default()));
    listeners.push(Listener::on(&document, "keydown", {
        let counter = counter.clone();
        move |event| {
            if let Some(key) = event.dyn_ref::<web_sys::KeyboardEvent>() {
                let mut c = counter.get();
                let others = key.ctrl_key() || key.alt_key() || key.meta_key();
                c.key_down(&key.key(), others, key.repeat());
                counter.set(c);
            }
        }
    }));
    listeners.push(Listener::on(&document, "keyup", move |event| {
        let Some(key) = event.dyn_ref::<web_sys::KeyboardEvent>() else {
            return;
        };
        let mut c = counter.get();
        let presses = c.key_up(&key.key(), js_sys::Date::now());
        counter.set(c);
        if let Some(presses) = presses {
            say(&announcement(ui, presses));
            if presses >= PRESSES {
                leave();
            }
        }
    }));
    listeners
}

/// Replaces the page (so Back does not return to it) with the exit page. Inside the guide's own
/// frame opened by the loader (recovery-guide-frame.html) it is the partner's page that must go,
/// so the frame asks it to. Inside any other frame (a site builder's embed of that page) the page
/// around it goes where the browser allows it (a reader's press allows it unless the frame is
/// sandboxed against it), and otherwise this page.
fn navigate_away(url: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    // A failure here leaves the reader where they are; the guide is already blank.
    match guide_frame_parent(&window) {
        Some(parent) => post_exit(&parent),
        // The topmost page is this one when the guide is not framed.
        None => {
            let top = window.top().ok().flatten();
            if top.is_none_or(|top| top.location().replace(url).is_err()) {
                let _ = window.location().replace(url);
            }
        }
    }
}

/// The partner's page, when this guide runs in the frame the loader opens (its root element is
/// marked `data-rg-frame`).
fn guide_frame_parent(window: &web_sys::Window) -> Option<web_sys::Window> {
    let framed = window
        .document()?
        .document_element()?
        .has_attribute("data-rg-frame");
    let parent = window.parent().ok().flatten()?;
    (framed && parent != *window).then_some(parent)
}

/// `{ rg: "exit" }`, the message the loader on the partner's page answers by leaving.
fn post_exit(parent: &web_sys::Window) {
    let message = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&message, &"rg".into(), &"exit".into());
    let _ = parent.post_message(&message, "*");
}
