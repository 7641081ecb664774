//! Behaviour in a real browser (headless Chromium through wasm-bindgen-test):
//! `CHROMEDRIVER=/usr/bin/chromedriver cargo test --target wasm32-unknown-unknown --test web`.
#![cfg(target_arch = "wasm32")]

use recovery_guide::embedding::mount::{stylesheet, Instance};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, ShadowRootInit, ShadowRootMode};

/// The guide mounted as the loader mounts it: in the loader's first frame (the guide's root and its help bar), its parts
/// built from the trees the build renders (`make test-browser` writes them first:
/// `rg-loader-data`'s output), as the release glue builds them; and its first part, as the glue's
/// next task puts it in place (`more`).
fn mount(
    container: HtmlElement,
    options: &wasm_bindgen::JsValue,
    lang: Option<String>,
) -> Instance {
    let (locale, region) = (
        read(options, "locale", lang.as_deref()),
        read(options, "region", None),
    );
    container
        .append_child(&first_frame(&locale, &region))
        .unwrap();
    let mut instance = recovery_guide::embedding::mount::mount(
        container.clone(),
        options,
        lang,
        parts(&locale, &region),
        None,
    )
    .unwrap_or_else(|_| panic!("the guide mounts"));
    assert!(
        container.query_selector(".rg-section").unwrap().is_none(),
        "the mount itself puts no part in place"
    );
    instance.more();
    instance
}

/// What `rg-loader-data` prints, at `path` (`["parts", "en", "us"]`).
fn loader_data(path: &[&str]) -> wasm_bindgen::JsValue {
    const DATA: &str = include_str!(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/target/rg-loader-data.json"
    ));
    let data = js_sys::JSON::parse(DATA).expect("rg-loader-data's JSON");
    path.iter().fold(data, |v, key| {
        js_sys::Reflect::get(&v, &(*key).into()).expect("in the data")
    })
}

/// The loader's first frame: the guide's root with the help bar, its markers filled with the
/// region's values (as loader.js's `barContent` and `build` do).
fn first_frame(locale: &str, region: &str) -> web_sys::Node {
    let pack: js_sys::Array = loader_data(&["regions", region]).unchecked_into();
    let main: js_sys::Array = pack.get(0).unchecked_into();
    let emergency: js_sys::Array = pack.get(1).unchecked_into();
    // A name per locale where the languages differ, English where one is left out.
    let name = main.get(0);
    let name = name.as_string().unwrap_or_else(|| {
        let own = js_sys::Reflect::get(&name, &locale.into()).unwrap();
        let own = if own.is_undefined() {
            js_sys::Reflect::get(&name, &"en".into()).unwrap()
        } else {
            own
        };
        own.as_string().unwrap()
    });
    // [tel, display] of each line, and the display as spoken (the loader's `spoken`, which
    // tools/loader_data.rs holds equal to `read_digits` for these lines).
    let line = |values: js_sys::Array, from: u32| {
        let tel = values.get(from).as_string().unwrap();
        let display = values.get(from + 1).as_string().unwrap();
        let spoken = recovery_guide::content::read_digits(&display);
        [tel, display, spoken]
    };
    let slots: Vec<String> = std::iter::once(name)
        .chain(line(main, 1))
        .chain(line(emergency, 0))
        .collect();
    let words: js_sys::Array = loader_data(&["locales", locale]).unchecked_into();
    let words: Vec<String> = words.iter().map(|w| w.as_string().unwrap()).collect();
    let fill = |text: String| {
        let text = (0..slots.len()).fold(text, |t, i| t.replace(&format!("\u{1}{i}"), &slots[i]));
        (0..words.len()).fold(text, |t, i| t.replace(&format!("\u{2}{i}"), &words[i]))
    };
    let document = web_sys::window().unwrap().document().unwrap();
    let guide = document.create_element("div").unwrap();
    guide.set_class_name("rg-guide");
    guide
        .append_child(&grow_with(&loader_data(&["bar"]), &fill))
        .unwrap();
    guide.into()
}

/// The locale or region these tests' instances use, as the options parser picks it (their
/// options are plain: a code the guide knows, or none).
fn read(options: &wasm_bindgen::JsValue, name: &str, lang: Option<&str>) -> String {
    let given = js_sys::Reflect::get(options, &name.into())
        .ok()
        .and_then(|v| v.as_string());
    let known: &[&str] = if name == "locale" {
        &["en", "es"]
    } else {
        &["au", "ca", "ie", "nz", "uk", "us"]
    };
    let code = given
        .or(lang.map(|l| l[..2].to_string()))
        .unwrap_or_default();
    if known.contains(&code.as_str()) {
        code
    } else {
        known[if name == "locale" { 0 } else { 5 }].to_string()
    }
}

/// What builds a part of `locale` in `region`: the release glue's job, done here in Rust.
fn parts(locale: &str, region: &str) -> js_sys::Function {
    let trees = loader_data(&["parts", locale, region]);
    let build = wasm_bindgen::closure::Closure::<dyn Fn(String) -> wasm_bindgen::JsValue>::new(
        move |name: String| {
            let tree = js_sys::Reflect::get(&trees, &name.into()).expect("a part");
            grow(&tree).into()
        },
    );
    build.into_js_value().unchecked_into()
}

/// `["tag", {attributes}, child…]` or a text, as a node.
fn grow(tree: &wasm_bindgen::JsValue) -> web_sys::Node {
    grow_with(tree, &|text| text)
}

/// The same, each text and attribute value through `fill`.
fn grow_with(tree: &wasm_bindgen::JsValue, fill: &dyn Fn(String) -> String) -> web_sys::Node {
    let document = web_sys::window().unwrap().document().unwrap();
    if let Some(text) = tree.as_string() {
        return document.create_text_node(&fill(text)).into();
    }
    let list: js_sys::Array = tree.clone().unchecked_into();
    let element = document
        .create_element(&list.get(0).as_string().unwrap())
        .unwrap();
    for pair in js_sys::Object::entries(list.get(1).unchecked_ref()).iter() {
        let pair: js_sys::Array = pair.unchecked_into();
        element
            .set_attribute(
                &pair.get(0).as_string().unwrap(),
                &fill(pair.get(1).as_string().unwrap()),
            )
            .unwrap();
    }
    for child in list.iter().skip(2) {
        element.append_child(&grow_with(&child, fill)).unwrap();
    }
    element.into()
}

wasm_bindgen_test_configure!(run_in_browser);

/// A host element with an open shadow root, and the container the guide renders into.
fn host_and_container() -> (HtmlElement, HtmlElement) {
    let document = web_sys::window().unwrap().document().unwrap();
    let host: HtmlElement = document.create_element("div").unwrap().unchecked_into();
    document.body().unwrap().append_child(&host).unwrap();
    let shadow = host
        .attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))
        .unwrap();
    let container: HtmlElement = document.create_element("div").unwrap().unchecked_into();
    container.set_class_name("rg-root");
    shadow.append_child(&container).unwrap();
    (host, container)
}

fn options(pairs: &[(&str, &str)]) -> wasm_bindgen::JsValue {
    let object = js_sys::Object::new();
    for (name, value) in pairs {
        js_sys::Reflect::set(&object, &(*name).into(), &(*value).into()).unwrap();
    }
    object.into()
}

fn hrefs(container: &HtmlElement, selector: &str) -> Vec<String> {
    let list = container.query_selector_all(selector).unwrap();
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|n| n.unchecked_into::<web_sys::Element>().get_attribute("href"))
        .collect()
}

#[wasm_bindgen_test]
fn mounts_with_the_help_bar_first_and_unmounts_clean() {
    let (host, container) = host_and_container();
    let mut instance = mount(container.clone(), &options(&[]), Some("en-US".into()));
    let first = container.query_selector("a").unwrap().expect("a link");
    assert_eq!(
        first.get_attribute("href").as_deref(),
        Some("tel:+18006624357")
    );
    assert!(
        first.closest(".rg-helpbar").unwrap().is_some(),
        "the first link is in the help bar"
    );
    assert_eq!(container.get_attribute("lang").as_deref(), Some("en"));
    assert_eq!(
        container.query_selector_all(".rg-step").unwrap().length(),
        7
    );
    instance.unmount();
    assert_eq!(
        container.child_element_count(),
        0,
        "unmount leaves nothing behind"
    );
    instance.unmount();
    host.remove();
}

/// The loader's root comes with its language, direction and theme. The mount sets none of them
/// again: Chromium restyles every element inside for `lang` or `dir` set, even to the same value.
/// One that differs is still set.
#[wasm_bindgen_test]
fn the_mount_sets_no_attribute_the_loader_already_set() {
    let (host, container) = host_and_container();
    for (name, value) in [("lang", "en"), ("dir", "ltr"), ("data-theme", "light")] {
        container.set_attribute(name, value).unwrap();
    }
    let observer = web_sys::MutationObserver::new(&js_sys::Function::new_no_args("")).unwrap();
    let init = web_sys::MutationObserverInit::new();
    init.set_attributes(true);
    observer.observe_with_options(&container, &init).unwrap();
    let mut instance = mount(
        container.clone(),
        &options(&[("theme", "dark")]),
        Some("en-US".into()),
    );
    let set: Vec<String> = observer
        .take_records()
        .iter()
        .filter_map(|r| {
            r.unchecked_into::<web_sys::MutationRecord>()
                .attribute_name()
        })
        .collect();
    assert_eq!(set, vec!["data-theme"], "only the theme differed");
    assert_eq!(
        container.get_attribute("data-theme").as_deref(),
        Some("dark")
    );
    observer.disconnect();
    instance.unmount();
    host.remove();
}

#[wasm_bindgen_test]
fn region_and_theme_options_take_effect() {
    let (host, container) = host_and_container();
    let mut instance = mount(
        container.clone(),
        &options(&[("region", "uk"), ("theme", "dark")]),
        None,
    );
    assert_eq!(
        hrefs(&container, ".rg-helpbar a"),
        vec!["tel:+443001236600", "tel:999"]
    );
    assert_eq!(
        container.get_attribute("data-theme").as_deref(),
        Some("dark")
    );
    instance.unmount();
    host.remove();
}

#[wasm_bindgen_test]
fn spanish_comes_from_the_locale_option_or_the_page_language() {
    let (host, container) = host_and_container();
    let mut instance = mount(container.clone(), &options(&[]), Some("es-MX".into()));
    assert_eq!(container.get_attribute("lang").as_deref(), Some("es"));
    let text = container.text_content().unwrap_or_default();
    assert!(text.contains("¿Sobredosis? Llama al"), "Spanish help bar");
    assert!(text.contains("Qué esperar, paso a paso"), "Spanish journey");
    instance.unmount();

    // The option wins over the page's language.
    let mut instance = mount(
        container.clone(),
        &options(&[("locale", "en")]),
        Some("es".into()),
    );
    assert_eq!(container.get_attribute("lang").as_deref(), Some("en"));
    assert!(container
        .text_content()
        .unwrap_or_default()
        .contains("What to expect, step by step"));
    instance.unmount();
    host.remove();
}

#[wasm_bindgen_test]
fn bad_options_fall_back_and_never_become_markup() {
    let (host, container) = host_and_container();
    let mut instance = mount(
        container.clone(),
        &options(&[
            ("region", "<img src=x onerror=alert(1)>"),
            ("helpline-name", "<b>Bold</b>"),
            ("exit-url", "javascript:alert(1)"),
            ("sections", "bogus"),
            ("theme", "red;}"),
        ]),
        None,
    );
    assert_eq!(
        container
            .query_selector_all("img, b, script")
            .unwrap()
            .length(),
        0
    );
    assert_eq!(
        hrefs(&container, ".rg-helpbar a")[0],
        "tel:+18006624357",
        "the default region is used"
    );
    assert!(
        container.query_selector(".rg-journey").unwrap().is_some(),
        "all sections shown"
    );
    assert!(!container.inner_html().contains("javascript:"));
    instance.unmount();
    host.remove();
}

/// A partner's card is the build's (`PartnerTier` with markers), filled with their values as text:
/// what they left out takes its line with it, and no marker is left.
#[wasm_bindgen_test]
fn a_partners_line_fills_the_builds_card() {
    let (host, container) = host_and_container();
    let mut instance = mount(
        container.clone(),
        &options(&[
            ("helpline-name", "Acme {number} & Co"),
            ("helpline-phone", "+1 (800) 555-0100"),
            ("helpline-url", "https://example.org/help/"),
            ("helpline-hours", "9am to 5pm"),
            ("sections", "help"),
        ]),
        Some("en-US".into()),
    );
    while instance.more() {}
    let card = container
        .query_selector(".rg-tiers > li:first-child.rg-tier--partner")
        .unwrap()
        .expect("the partner's card comes first");
    let text = |selector: &str| {
        card.query_selector(selector)
            .unwrap()
            .and_then(|e| e.text_content())
    };
    assert_eq!(text("h3").as_deref(), Some("Contact Acme {number} & Co"));
    assert_eq!(
        hrefs(&container, ".rg-tier--partner a"),
        ["tel:+18005550100", "https://example.org/help/"]
    );
    let call = card.query_selector(".rg-action--call").unwrap().unwrap();
    assert_eq!(
        call.get_attribute("aria-label").as_deref(),
        Some("Call +1 (800) 555-0100, Acme {number} & Co, 1, 8 0 0, 5 5 5, 0 1 0 0")
    );
    assert_eq!(
        text(".rg-action--web .rg-number").as_deref(),
        Some("example.org/help")
    );
    assert!(
        card.query_selector(".rg-action--text").unwrap().is_none(),
        "no number to text, no line"
    );
    assert!(card.text_content().unwrap().contains("Hours: 9am to 5pm"));
    assert!(!container.inner_html().contains('\u{1}'), "no marker left");
    instance.unmount();
    host.remove();
}

#[wasm_bindgen_test]
fn two_instances_are_independent() {
    let (host_a, a) = host_and_container();
    let (host_b, b) = host_and_container();
    let mut first = mount(a.clone(), &options(&[("region", "au")]), None);
    let mut second = mount(
        b.clone(),
        &options(&[("region", "nz"), ("sections", "help")]),
        None,
    );
    assert_eq!(hrefs(&a, ".rg-helpbar a")[1], "tel:000");
    assert_eq!(hrefs(&b, ".rg-helpbar a")[1], "tel:111");
    assert!(b.query_selector(".rg-journey").unwrap().is_none());
    first.unmount();
    assert_eq!(a.child_element_count(), 0);
    assert!(
        b.query_selector(".rg-helpbar").unwrap().is_some(),
        "unmounting one leaves the other"
    );
    second.unmount();
    host_a.remove();
    host_b.remove();
}

#[wasm_bindgen_test]
fn the_stylesheet_covers_every_component_and_applies() {
    let css = stylesheet();
    for selector in [".rg-step", ".rg-grid", ".rg-tier", ".rg-footer", ".rg-pick"] {
        assert!(
            css.contains(selector),
            "{selector} missing from the stylesheet"
        );
    }
    // The loader carries the first frame's styles (base, help bar, quick exit); the wasm does not.
    assert!(!css.contains(":host"), "base styles are the loader's");
    assert!(!css.contains("/*"), "comments are stripped");
    let (host, container) = host_and_container();
    let sheet = web_sys::CssStyleSheet::new().unwrap();
    sheet.replace_sync(&css).unwrap();
    let shadow = host.shadow_root().unwrap();
    let sheets = js_sys::Array::of1(&sheet);
    js_sys::Reflect::set(&shadow, &"adoptedStyleSheets".into(), &sheets).unwrap();
    let mut instance = mount(container.clone(), &options(&[]), None);
    // The frame and the first section at once; each `more` adds the next part, as the loader
    // asks once per task.
    assert!(container.query_selector(".rg-steps").unwrap().is_some());
    assert!(container.query_selector(".rg-tiers").unwrap().is_none());
    while instance.more() {}
    let tiers = container.query_selector(".rg-tiers").unwrap().unwrap();
    let style = web_sys::window()
        .unwrap()
        .get_computed_style(&tiers)
        .unwrap()
        .unwrap();
    assert_eq!(
        style.get_property_value("display").unwrap(),
        "grid",
        "component styles apply in the shadow root"
    );
    instance.unmount();
    host.remove();
}
