//! The browser entry points. The loader owns the host element and its shadow root; this module
//! renders one guide into a container the loader hands it, and takes it down again.

use crate::components::guide::{GuideFrame, Parts};
use crate::content;
use crate::options::{self, Options};
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use web_sys::HtmlElement;

/// One mounted guide: the frame, then each part, built from its markup and given its behaviour.
/// Dropping the handles unmounts the frame, takes the parts' listeners off and frees their state.
#[wasm_bindgen]
pub struct Instance {
    handles: Vec<Box<dyn std::any::Any>>,
    parts: Option<(Parts, HtmlElement)>,
    /// Builds a part's markup by name (the glue's, from the trees the build rendered).
    build: js_sys::Function,
    next: usize,
}

#[wasm_bindgen]
impl Instance {
    /// Puts the next part (a section, or last the footer) at the end of `.rg-body`, and says
    /// whether more remain. The loader calls it once per task, so no task builds the whole guide.
    pub fn more(&mut self) -> bool {
        let Some((parts, _)) = &self.parts else {
            return false;
        };
        let count = parts.count();
        if self.next < count {
            let part = built(&self.build, parts.name(self.next));
            self.place(part);
        }
        self.next < count
    }

    /// Puts `part` (the next part's markup) in place and gives it its behaviour.
    fn place(&mut self, part: Option<web_sys::Element>) {
        if let (Some((parts, body)), Some(part)) = (&self.parts, part) {
            if let Some(slot) = part_slot(body) {
                let _ = slot.append_child(&part);
                self.handles.push(parts.behave(self.next, &part));
            }
        }
        self.next += 1;
    }

    /// Takes the guide down, the parts first, then the frame. Safe to call more than once.
    pub fn unmount(&mut self) {
        self.parts = None;
        while self.handles.pop().is_some() {}
    }
}

/// Shows the slim bar (`components::sticky_bar`) while the help bar is out of view: an
/// IntersectionObserver on the help bar that toggles one class, and stops when dropped (unmount).
struct StickyWatch(Option<(web_sys::IntersectionObserver, OnEntries)>);

/// What the observer calls with its entries.
type OnEntries = Closure<dyn Fn(js_sys::Array)>;

impl StickyWatch {
    fn start(container: &HtmlElement) -> Self {
        let find = |selector: &str| container.query_selector(selector).ok().flatten();
        let (Some(bar), Some(sticky)) = (find(".rg-helpbar"), find(".rg-sticky")) else {
            return StickyWatch(None);
        };
        let callback = OnEntries::new(move |entries: js_sys::Array| {
            let last = entries.get(entries.length().saturating_sub(1));
            if let Ok(entry) = last.dyn_into::<web_sys::IntersectionObserverEntry>() {
                let _ = sticky
                    .class_list()
                    .toggle_with_force("rg-sticky--shown", !entry.is_intersecting());
            }
        });
        match web_sys::IntersectionObserver::new(callback.as_ref().unchecked_ref()) {
            Ok(observer) => {
                observer.observe(&bar);
                StickyWatch(Some((observer, callback)))
            }
            Err(_) => StickyWatch(None),
        }
    }
}

impl Drop for StickyWatch {
    fn drop(&mut self) {
        if let Some((observer, _)) = &self.0 {
            observer.disconnect();
        }
    }
}

/// Part `name`'s markup, built by `build` (the glue's: it holds the trees the build rendered).
fn built(build: &js_sys::Function, name: &str) -> Option<web_sys::Element> {
    build
        .call1(&JsValue::NULL, &JsValue::from_str(name))
        .ok()?
        .dyn_into()
        .ok()
}

/// A fresh element at the end of the guide's body, for one part (`display: contents`, so it
/// adds no box of its own).
fn part_slot(body: &HtmlElement) -> Option<HtmlElement> {
    let slot: HtmlElement = body
        .owner_document()?
        .create_element("div")
        .ok()?
        .dyn_into()
        .ok()?;
    slot.set_class_name("rg-part");
    body.append_child(&slot).ok()?;
    Some(slot)
}

/// Renders the guide into `container` (an element inside the instance's shadow root).
/// `options` is a plain object of option names to string values, page-wide defaults first;
/// `page_lang` is the nearest `lang` of the page around the host element; `region` is the pack
/// of the reader's region, which the release glue passes itself (`content::decode`); `build`
/// builds a part's markup by name, which the glue passes too. Without a readable pack, or without
/// the first part's markup, it throws, and the loader keeps the help bar and its fallback.
#[wasm_bindgen]
pub fn mount(
    container: HtmlElement,
    options: &JsValue,
    page_lang: Option<String>,
    region: Option<String>,
    build: js_sys::Function,
) -> Result<Instance, JsError> {
    #[cfg(rg_external_regions)]
    if !content::receive_region(region) {
        return Err(JsError::new("the region pack cannot be read"));
    }
    #[cfg(not(rg_external_regions))]
    let _ = region;
    let (options, warnings) = options::parse(&read_pairs(options), page_lang.as_deref());
    for warning in &warnings {
        gloo::console::warn!(warning.to_string());
    }
    prepare_container(&container, &options);
    let parts = Parts::new(options);
    let frame = {
        let parts = parts.clone();
        leptos::mount::mount_to(
            container.clone(),
            move || view! { <GuideFrame parts=parts body=() /> },
        )
    };
    let body = container
        .query_selector(".rg-body")
        .ok()
        .flatten()
        .and_then(|b| b.dyn_into::<HtmlElement>().ok());
    let first = built(&build, parts.name(0))
        .ok_or_else(|| JsError::new("the guide's parts cannot be built"))?;
    let mut instance = Instance {
        handles: vec![Box::new(frame), Box::new(StickyWatch::start(&container))],
        parts: body.map(|body| (parts, body)),
        build,
        next: 0,
    };
    // The first section comes with the frame; the loader asks for the rest.
    instance.place(Some(first));
    Ok(instance)
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
    // Its own direction, whatever the page's (every locale the guide speaks is left to right).
    let _ = container.set_attribute("dir", "ltr");
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
