//! The browser entry points. The loader owns the host element and its shadow root; this module
//! renders one guide into a container the loader hands it, and takes it down again.

use crate::components::Guide;
use crate::content;
use crate::embedding::options::{self, Options};
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use web_sys::HtmlElement;

/// One mounted guide. Dropping the inner handle unmounts the view and frees its reactive state.
#[wasm_bindgen]
pub struct Instance {
    handle: Option<Box<dyn std::any::Any>>,
}

#[wasm_bindgen]
impl Instance {
    /// Takes the guide down. Safe to call more than once.
    pub fn unmount(&mut self) {
        self.handle.take();
    }
}

/// Renders the guide into `container` (an element inside the instance's shadow root).
/// `options` is a plain object of option names to string values, page-wide defaults first;
/// `page_lang` is the nearest `lang` of the page around the host element.
#[wasm_bindgen]
pub fn mount(container: HtmlElement, options: &JsValue, page_lang: Option<String>) -> Instance {
    let (options, warnings) = options::parse(&read_pairs(options), page_lang.as_deref());
    for warning in &warnings {
        gloo::console::warn!(warning.to_string());
    }
    prepare_container(&container, &options);
    let handle = leptos::mount::mount_to(container, move || view! { <Guide options=options /> });
    Instance {
        handle: Some(Box::new(handle)),
    }
}

/// The stylesheet of every component, for the loader to adopt into each shadow root.
#[wasm_bindgen]
pub fn stylesheet() -> String {
    content::STYLESHEET.to_string()
}

/// The language and theme are attributes of the container, so CSS and screen readers see them.
fn prepare_container(container: &HtmlElement, options: &Options) {
    let lang = content::guide(options.locale).locale;
    // Setting attributes on our own fresh element cannot fail; a failure would only lose styling.
    let _ = container.set_attribute("lang", lang);
    let _ = container.set_attribute("data-theme", options.theme.as_str());
}

/// `{ region: "uk", "helpline-phone": "+44…" }` → name/value pairs. Values that are not strings
/// are ignored: the loader turns booleans into on/off before they reach here.
fn read_pairs(options: &JsValue) -> Vec<(String, String)> {
    let Some(object) = options.dyn_ref::<js_sys::Object>() else {
        return Vec::new();
    };
    js_sys::Object::entries(object)
        .iter()
        .filter_map(|entry| {
            let pair = entry.dyn_into::<js_sys::Array>().ok()?;
            Some((pair.get(0).as_string()?, pair.get(1).as_string()?))
        })
        .collect()
}
