//! The browser entry points. The loader owns the host element and its shadow root, and draws the
//! guide's first frame (the help bar) there; this module makes that frame the whole guide, from
//! the markup the build rendered (the glue builds it: `tools/static_parts.rs`), gives each part
//! its behaviour, and takes it down again. Nothing here draws markup of its own but a partner's line.

use crate::components::behaviour::first;
use crate::components::guide::{audience_attribute, Parts};
use crate::components::quick_exit;
use crate::content;
use crate::options::{self, Options};
use wasm_bindgen::prelude::*;
use web_sys::{Element, HtmlElement};

/// One mounted guide: its frame, and each part as it is put in place and given its behaviour.
/// Dropping the handles takes every listener off and frees the parts' state.
#[wasm_bindgen]
pub struct Instance {
    container: HtmlElement,
    handles: Vec<Box<dyn std::any::Any>>,
    parts: Option<(Parts, Element)>,
    /// Builds a part's markup by name (the glue's, from the trees the build rendered).
    build: js_sys::Function,
    /// The parts the glue built before the WebAssembly stand as they are (the default guide).
    adopt: bool,
    next: usize,
}

#[wasm_bindgen]
impl Instance {
    /// Puts the next part (a section, or last the footer) in place, at the end of `.rg-body`, and
    /// says whether more remain. The glue calls it once per task from the task after the mount, so
    /// no task builds the whole guide.
    pub fn more(&mut self) -> bool {
        let Some((parts, _)) = &self.parts else {
            return false;
        };
        let count = parts.count();
        if self.next < count {
            self.place();
        }
        self.next < count
    }

    /// Takes the guide down: its listeners, then its markup. Safe to call more than once.
    pub fn unmount(&mut self) {
        self.parts = None;
        while self.handles.pop().is_some() {}
        self.container.set_text_content(None);
    }
}

impl Instance {
    /// Puts the next part in place (built now, or already there) and gives it its behaviour. A
    /// part that cannot be built is skipped; the guide keeps the rest.
    fn place(&mut self) {
        let i = self.next;
        self.next += 1;
        let Some((parts, body)) = &self.parts else {
            return;
        };
        let part = match self.adopt {
            true => body.children().item(i as u32),
            false => built(&self.build, parts.name(i)).filter(|p| body.append_child(p).is_ok()),
        };
        let Some(part) = part else {
            return;
        };
        let build = &self.build;
        self.handles
            .push(parts.behave(i, &part, |name| built(build, name)));
    }
}

/// Shows the slim bar (`components::sticky_bar`) while the help bar is above the screen: an
/// IntersectionObserver on the help bar that toggles one class, and stops when dropped (unmount).
struct StickyWatch(Option<(web_sys::IntersectionObserver, OnEntries)>);

/// The screen, reaching far down: the help bar "intersects" it while on screen or below it, so
/// the observer reports the one edge that matters (the screen's top), even a jump across the
/// screen. Out of view alone would also be the help bar below the screen (the reader not yet at
/// the guide), where the bar would sit at the guide's top, read by a screen reader before it.
/// The root is the guide's own document, not left implicit: a browser ignores an implicit root's
/// margin in a frame from another origin, and in the frame sized to its content (a page that
/// forbids WebAssembly) the help bar then never leaves that document's screen, as the bar never
/// sticks there.
const ON_SCREEN_OR_BELOW: &str = "0px 0px 1000000px 0px";

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
        let init = web_sys::IntersectionObserverInit::new();
        init.set_root_margin(ON_SCREEN_OR_BELOW);
        if let Some(document) = container.owner_document() {
            let _ = js_sys::Reflect::set(&init, &"root".into(), &document);
        }
        match web_sys::IntersectionObserver::new_with_options(
            callback.as_ref().unchecked_ref(),
            &init,
        ) {
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
fn built(build: &js_sys::Function, name: &str) -> Option<Element> {
    build
        .call1(&JsValue::NULL, &JsValue::from_str(name))
        .ok()?
        .dyn_into()
        .ok()
}

/// `child` of `parent`, found, or built by `make` and appended.
fn found_or_added(
    parent: &Element,
    selector: &str,
    make: impl FnOnce() -> Option<Element>,
) -> Option<Element> {
    first(parent, selector).or_else(|| {
        let child = make()?;
        parent.append_child(&child).ok()?;
        Some(child)
    })
}

/// Makes the guide's first frame in `container` (the loader's: the guide's root and its help
/// bar, drawn from the same component before any WebAssembly) the whole guide. `options` is a
/// plain object of option names to string values, page-wide defaults first; `page_lang` is the
/// nearest `lang` of the page around the host element; `build` builds a part's markup by name
/// (the glue's, from the trees the build rendered for the reader's locale and region). Every
/// part, the first too, then comes from `Instance::more`, one per task: the mount's own task (in
/// which the functions it calls are compiled, on their first call) stays short. Without a first
/// frame, it throws, and the loader keeps the help bar and its fallback. A warning
/// already in `warned` (the instance's, across the updates a partner makes) is not given again;
/// each one given is added.
#[wasm_bindgen]
pub fn mount(
    container: HtmlElement,
    options: &JsValue,
    page_lang: Option<String>,
    build: js_sys::Function,
    warned: Option<js_sys::Set>,
) -> Result<Instance, JsError> {
    let (options, warnings) = options::parse(&read_pairs(options), page_lang.as_deref());
    for warning in warnings.iter().map(ToString::to_string) {
        let text = JsValue::from_str(&warning);
        if warned.as_ref().is_some_and(|given| given.has(&text)) {
            continue;
        }
        if let Some(given) = &warned {
            given.add(&text);
        }
        gloo::console::warn!(warning);
    }
    prepare_container(&container, &options);
    let guide = first(&container, ".rg-guide").ok_or_else(|| JsError::new("no first frame"))?;
    set_if_changed(
        &guide,
        "data-audience",
        audience_attribute(options.audience),
    );
    let exit_url = options.quick_exit.then(|| options.exit_url.clone());
    let parts = Parts::new(options);
    let words = parts.guide();
    // The slim bar and the body: built already (the glue's prebuild), or now.
    let sticky = found_or_added(&guide, ".rg-sticky", || built(&build, "sticky"));
    let body = found_or_added(&guide, ".rg-body", || {
        let body = guide.owner_document()?.create_element("div").ok()?;
        body.set_class_name("rg-body");
        Some(body)
    });
    let (Some(_), Some(body)) = (sticky, body) else {
        return Err(JsError::new("the guide's frame cannot be built"));
    };
    // The parts the glue built before the WebAssembly (`data-parts`, their names) stand as they
    // are where they are this instance's; a partner's line is the help part's behaviour.
    // (Compared word by word: a joined string cost the wasm 0.4 KB brotli.)
    let built = body.get_attribute("data-parts").unwrap_or_default();
    let names = (0..parts.count()).map(|i| parts.name(i));
    let adopt = built.split(' ').eq(names) && body.child_element_count() as usize == parts.count();
    if !adopt {
        body.set_text_content(None);
    }
    Ok(Instance {
        handles: vec![
            Box::new(quick_exit::behave(&guide, &words.ui, exit_url)),
            Box::new(StickyWatch::start(&container)),
        ],
        container,
        parts: Some((parts, body)),
        build,
        adopt,
        next: 0,
    })
}

/// The stylesheet of every component, for the loader to adopt into each shadow root. The release
/// glue carries it instead (the parts are shown before the WebAssembly arrives).
#[cfg_attr(not(rg_external_regions), wasm_bindgen)]
pub fn stylesheet() -> String {
    content::STYLESHEET.to_string()
}

/// The language and theme are attributes of the container, so CSS and screen readers see them.
fn prepare_container(container: &HtmlElement, options: &Options) {
    let lang = content::guide(options.locale).locale;
    set_if_changed(container, "lang", lang);
    // Its own direction, whatever the page's (every locale the guide speaks is left to right).
    set_if_changed(container, "dir", "ltr");
    set_if_changed(container, "data-theme", options.theme.as_str());
}

/// Sets `name` only when its value differs. The loader's first frame has most of them already,
/// and Chromium restyles every element inside for `lang` or `dir` set again, even to the same
/// value (about 450 elements, in one task, when the mount runs).
fn set_if_changed(element: &Element, name: &str, value: &str) {
    if element.get_attribute(name).as_deref() != Some(value) {
        // Setting attributes on our own element cannot fail; a failure would only lose styling.
        let _ = element.set_attribute(name, value);
    }
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
