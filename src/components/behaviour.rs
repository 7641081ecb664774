//! What the parts do in the browser. The build renders each part's markup from its component
//! (`tools/static_parts.rs`); the wasm finds that markup in the page and listens on it, one
//! listener per event kind on the part's root (the part's own delegation: nothing on the window).
//! These are the few tools every part's `behaviour` uses.

use wasm_bindgen::prelude::*;
use web_sys::{Element, Event, EventTarget};

/// A listener on one element (or the document), taken off again when dropped (when the guide
/// unmounts).
pub struct Listener {
    target: EventTarget,
    kind: &'static str,
    capture: bool,
    callback: Closure<dyn FnMut(Event)>,
}

impl Listener {
    pub fn on(
        target: &EventTarget,
        kind: &'static str,
        handler: impl FnMut(Event) + 'static,
    ) -> Self {
        Self::listen(target, kind, false, handler)
    }

    /// The same, hearing the event on its way down (for events that do not bubble, as `toggle`).
    pub fn capture(
        target: &EventTarget,
        kind: &'static str,
        handler: impl FnMut(Event) + 'static,
    ) -> Self {
        Self::listen(target, kind, true, handler)
    }

    fn listen(
        target: &EventTarget,
        kind: &'static str,
        capture: bool,
        handler: impl FnMut(Event) + 'static,
    ) -> Self {
        let callback = Closure::<dyn FnMut(Event)>::new(handler);
        // Adding a listener to our own element cannot fail; if it did, the part would only stay still.
        let _ = target.add_event_listener_with_callback_and_bool(
            kind,
            callback.as_ref().unchecked_ref(),
            capture,
        );
        Listener {
            target: target.clone(),
            kind,
            capture,
            callback,
        }
    }
}

impl Drop for Listener {
    fn drop(&mut self) {
        let _ = self.target.remove_event_listener_with_callback_and_bool(
            self.kind,
            self.callback.as_ref().unchecked_ref(),
            self.capture,
        );
    }
}

/// Every element under `root` that `selector` matches, in document order.
pub fn all(root: &Element, selector: &str) -> Vec<Element> {
    let Ok(list) = root.query_selector_all(selector) else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<Element>().ok())
        .collect()
}

/// The first element under `root` that `selector` matches.
pub fn first(root: &Element, selector: &str) -> Option<Element> {
    root.query_selector(selector).ok().flatten()
}

/// The element an event happened on, or its nearest ancestor that `selector` matches.
pub fn target_within(event: &Event, selector: &str) -> Option<Element> {
    let target: Element = event.target()?.dyn_into().ok()?;
    target.closest(selector).ok().flatten()
}

/// The element an event happened on, if `selector` matches it (not an ancestor).
pub fn target_is(event: &Event, selector: &str) -> Option<Element> {
    let target: Element = event.target()?.dyn_into().ok()?;
    target.matches(selector).ok()?.then_some(target)
}

/// Where `item` stands in `list`.
pub fn index_of(list: &[Element], item: &Element) -> Option<usize> {
    list.iter().position(|e| e == item)
}
