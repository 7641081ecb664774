//! Quick exit, in the pattern of GOV.UK's "Exit this page": a button, or the Shift key pressed
//! three times (each within 5 seconds of the last), blanks the guide at once and replaces the page
//! with a neutral one. A live region says how many presses are left.

use crate::content::Ui;
use leptos::prelude::*;

/// Presses of Shift that leave the page.
pub const PRESSES: u8 = 3;
/// Each press must come within this many milliseconds of the one before.
pub const WINDOW_MS: f64 = 5000.0;

/// Counts Shift presses. Only Shift on its own counts: a press that is part of a shortcut
/// (Shift+A, Ctrl+Shift) or a held key does not, and resets the count.
#[derive(Debug, Default, Clone, Copy, PartialEq)]
pub struct ShiftCounter {
    presses: u8,
    last_ms: f64,
    /// Shift is down and nothing else has been pressed since.
    clean: bool,
}

impl ShiftCounter {
    /// A key went down. `other_modifiers` is Ctrl, Alt or Meta held with it.
    pub fn key_down(&mut self, key: &str, other_modifiers: bool, repeat: bool) {
        if key == "Shift" && !other_modifiers {
            if !repeat {
                self.clean = true;
            }
        } else {
            self.clean = false;
            self.presses = 0;
        }
    }

    /// A key came up at `now_ms`. Returns the number of presses so far when it was a clean press
    /// of Shift.
    pub fn key_up(&mut self, key: &str, now_ms: f64) -> Option<u8> {
        if key != "Shift" || !self.clean {
            return None;
        }
        self.clean = false;
        if self.presses > 0 && now_ms - self.last_ms > WINDOW_MS {
            self.presses = 0;
        }
        self.presses += 1;
        self.last_ms = now_ms;
        Some(self.presses)
    }
}

/// The live-region message after `presses` presses.
pub fn announcement(ui: &Ui, presses: u8) -> String {
    if presses >= PRESSES {
        ui.quick_exit_leaving.to_string()
    } else {
        // One digit (at most 3 left): no integer formatting needed.
        let left = char::from(b'0' + (PRESSES - presses)).to_string();
        crate::content::fill(ui.quick_exit_presses, &[("n", &left)])
    }
}

#[component]
pub fn QuickExit(ui: &'static Ui, url: String, on_exit: Callback<()>) -> impl IntoView {
    let message = RwSignal::new(String::new());
    // Blank the guide and say so, before the page goes.
    let leaving = Callback::new(move |_| {
        on_exit.run(());
        message.set(ui.quick_exit_leaving.to_string());
    });
    #[cfg(feature = "csr")]
    listen_for_shift(ui, message, {
        let url = url.clone();
        move || {
            leaving.run(());
            navigate_away(&url);
        }
    });
    view! {
        <div class="rg-exit">
            <ExitButton ui=ui url=url on_exit=leaving />
            <span class="rg-exit__hint">{ui.quick_exit_hint}</span>
            <span class="rg-vh" role="status" aria-live="polite">{move || message.get()}</span>
        </div>
    }
}

/// "Exit this page": `on_exit` (blank the guide), then the exit page. In the help bar's quick exit
/// and in the bar that stays in reach; the Shift presses are counted once, by `QuickExit`.
#[component]
pub fn ExitButton(ui: &'static Ui, url: String, on_exit: Callback<()>) -> impl IntoView {
    view! {
        <button
            type="button"
            class="rg-exit__button"
            on:click=move |_| {
                on_exit.run(());
                navigate_away(&url);
            }
        >
            {ui.quick_exit}
        </button>
    }
}

/// Replaces the page (so Back does not return to it) with the exit page. Inside the guide's own
/// frame opened by the loader (recovery-guide-frame.html) it is the partner's page that must go,
/// so the frame asks it to. Inside any other frame (a site builder's embed of that page) the page
/// around it goes where the browser allows it (a reader's press allows it unless the frame is
/// sandboxed against it), and otherwise this page.
fn navigate_away(url: &str) {
    #[cfg(feature = "csr")]
    if let Some(window) = web_sys::window() {
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
    #[cfg(not(feature = "csr"))]
    let _ = url;
}

/// The partner's page, when this guide runs in the frame the loader opens (its root element is
/// marked `data-rg-frame`).
#[cfg(feature = "csr")]
fn guide_frame_parent(window: &web_sys::Window) -> Option<web_sys::Window> {
    let framed = window
        .document()?
        .document_element()?
        .has_attribute("data-rg-frame");
    let parent = window.parent().ok().flatten()?;
    (framed && parent != *window).then_some(parent)
}

/// `{ rg: "exit" }`, the message the loader on the partner's page answers by leaving.
#[cfg(feature = "csr")]
fn post_exit(parent: &web_sys::Window) {
    let message = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&message, &"rg".into(), &"exit".into());
    let _ = parent.post_message(&message, "*");
}

/// Listens on the partner's document for Shift presses. The listeners live as long as this
/// instance: they are removed when it unmounts, so nothing is left on the host page.
#[cfg(feature = "csr")]
fn listen_for_shift(
    ui: &'static Ui,
    message: RwSignal<String>,
    leave: impl Fn() + Clone + 'static,
) {
    use gloo::events::EventListener;
    use std::cell::Cell;
    use std::rc::Rc;
    use wasm_bindgen::JsCast;

    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let counter = Rc::new(Cell::new(ShiftCounter::default()));
    let down = {
        let counter = counter.clone();
        EventListener::new(&document, "keydown", move |event| {
            if let Some(key) = event.dyn_ref::<web_sys::KeyboardEvent>() {
                let mut c = counter.get();
                c.key_down(
                    &key.key(),
                    key.ctrl_key() || key.alt_key() || key.meta_key(),
                    key.repeat(),
                );
                counter.set(c);
            }
        })
    };
    let up = EventListener::new(&document, "keyup", move |event| {
        if let Some(key) = event.dyn_ref::<web_sys::KeyboardEvent>() {
            let mut c = counter.get();
            let presses = c.key_up(&key.key(), js_sys::Date::now());
            counter.set(c);
            if let Some(presses) = presses {
                message.set(announcement(ui, presses));
                if presses >= PRESSES {
                    leave();
                }
            }
        }
    });
    StoredValue::new_local((down, up));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn press(c: &mut ShiftCounter, at: f64) -> Option<u8> {
        c.key_down("Shift", false, false);
        c.key_up("Shift", at)
    }

    #[test]
    fn three_presses_within_five_seconds_each_count_to_three() {
        let mut c = ShiftCounter::default();
        assert_eq!(press(&mut c, 0.0), Some(1));
        assert_eq!(press(&mut c, 4000.0), Some(2));
        assert_eq!(
            press(&mut c, 8900.0),
            Some(3),
            "each press within 5 s of the last"
        );
    }

    #[test]
    fn a_slow_press_starts_again() {
        let mut c = ShiftCounter::default();
        press(&mut c, 0.0);
        assert_eq!(press(&mut c, 5001.0), Some(1));
    }

    #[test]
    fn shift_with_a_letter_does_not_count_and_resets() {
        let mut c = ShiftCounter::default();
        press(&mut c, 0.0);
        c.key_down("Shift", false, false);
        c.key_down("A", false, false);
        assert_eq!(c.key_up("A", 100.0), None);
        assert_eq!(c.key_up("Shift", 120.0), None, "Shift+A is not a press");
        assert_eq!(press(&mut c, 200.0), Some(1), "the count started again");
    }

    #[test]
    fn shift_with_ctrl_or_a_held_key_does_not_count() {
        let mut c = ShiftCounter::default();
        c.key_down("Shift", true, false);
        assert_eq!(c.key_up("Shift", 0.0), None);
        c.key_down("Shift", false, true);
        assert_eq!(
            c.key_up("Shift", 10.0),
            None,
            "an auto-repeat alone is not a press"
        );
    }
}
