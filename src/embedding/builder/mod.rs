//! The snippet builder (the demo site's `builder/` page, built with `--features builder`): a
//! partner chooses the options, sees the real guide update beside the form through the loader's
//! `RecoveryGuide.mount`, and copies the exact snippet, theming rule and CSP line. Input is checked
//! by the guide's own option parser (`snippet::accepted`), and the parser's warnings are shown.

use crate::content::{self, Locale, RegionCode};
use crate::embedding::snippet;
use crate::options::Section;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;

/// Mounts the builder into the page's `#builder` element, once the WebAssembly has started.
#[wasm_bindgen(start)]
pub fn start() {
    let document = web_sys::window().and_then(|w| w.document());
    let Some(slot) = document.and_then(|d| d.get_element_by_id("builder")) else {
        return;
    };
    let Ok(slot) = slot.dyn_into::<web_sys::HtmlElement>() else {
        return;
    };
    // The "needs JavaScript" line goes; the builder lives as long as its page.
    slot.set_text_content(None);
    leptos::mount::mount_to(slot, SnippetBuilder).forget();
}

/// One text field of the form: an option name and what the partner typed.
#[derive(Clone, Copy)]
struct Field {
    name: &'static str,
    value: RwSignal<String>,
}

impl Field {
    fn new(name: &'static str, value: &str) -> Self {
        Field {
            name,
            value: RwSignal::new(value.to_string()),
        }
    }
}

#[component]
fn SnippetBuilder() -> impl IntoView {
    let region = Field::new("region", "us");
    let locale = Field::new("locale", "");
    let audience = Field::new("audience", "");
    let theme = Field::new("theme", "");
    let start = Field::new("start", "");
    let partner = [
        Field::new("helpline-name", ""),
        Field::new("helpline-phone", ""),
        Field::new("helpline-sms", ""),
        Field::new("helpline-url", ""),
        Field::new("helpline-hours", ""),
    ];
    let exit_url = Field::new("exit-url", "");
    let quick_exit = RwSignal::new(true);
    let sections = options_sections();
    let accent = RwSignal::new(String::new());

    let raw = move || {
        let mut pairs: Vec<(String, String)> = [region, locale, audience, theme, start]
            .iter()
            .chain(partner.iter())
            .chain(std::iter::once(&exit_url))
            .map(|f| (f.name.to_string(), f.value.get()))
            .collect();
        let chosen: Vec<&str> = sections
            .iter()
            .filter(|(_, on)| on.get())
            .map(|(name, _)| *name)
            .collect();
        if chosen.len() < sections.len() {
            pairs.push(("sections".into(), chosen.join(",")));
        }
        if !quick_exit.get() {
            pairs.push(("quick-exit".into(), "off".into()));
        }
        pairs
    };
    let checked = Memo::new(move |_| snippet::accepted(&raw()));
    let loader = beside_loader("recovery-guide.js");
    let origin = page_origin();
    let script = Memo::new({
        let loader = loader.clone();
        move |_| snippet::script_tag(&loader, &checked.get().0)
    });
    let element = Memo::new(move |_| snippet::element_tag(&loader, &checked.get().0));
    // The guide as a page of its own: the embed URL's base.
    let frame = beside_loader("recovery-guide-frame.html");
    let embed = Memo::new(move |_| snippet::embed_url(&frame, &checked.get().0));
    let rule = Memo::new(move |_| snippet::theme_rule(&accent.get()));
    let csp = snippet::csp_line(&origin);

    let preview = NodeRef::<leptos::html::Div>::new();
    Effect::new(move |_| {
        let (pairs, _) = checked.get();
        if let Some(host) = preview.get() {
            show_preview(&host, &pairs, &accent.get());
        }
    });

    view! {
        <div class="builder">
            <form class="builder__form" on:submit=|ev| ev.prevent_default()>
                <fieldset>
                    <legend>"Region and language"</legend>
                    <Choice field=region label="Region" choices=regions() />
                    <Choice field=locale label="Language" choices=locales() />
                </fieldset>
                <fieldset>
                    <legend>"What the guide shows"</legend>
                    {sections
                        .iter()
                        .map(|(name, on)| {
                            let on = *on;
                            view! {
                                <label class="builder__check">
                                    <input
                                        type="checkbox"
                                        prop:checked=move || on.get()
                                        on:change=move |ev| on.set(event_target_checked(&ev))
                                    />
                                    {section_label(name)}
                                </label>
                            }
                        })
                        .collect_view()}
                    <Choice field=audience label="Who is reading" choices=owned(AUDIENCES) />
                    <Choice field=start label="Open this step or question first" choices=owned(start_choices()) />
                    <Choice field=theme label="Colour scheme" choices=owned(THEMES) />
                    <label class="builder__field">
                        <span>"Brand colour (--rg-accent)"</span>
                        <input
                            type="color"
                            value="#1d5fa6"
                            on:input=move |ev| accent.set(event_target_value(&ev))
                        />
                    </label>
                </fieldset>
                <fieldset>
                    <legend>"Your own helpline (shown first)"</legend>
                    <Text field=partner[0] label="Name" hint="Plain text, up to 80 characters" />
                    <Text field=partner[1] label="Phone" hint="International form, like +1 800 555 0100" />
                    <Text field=partner[2] label="Text (SMS) number" hint="International form or a short code" />
                    <Text field=partner[3] label="Web address" hint="https:// only" />
                    <Text field=partner[4] label="Opening hours" hint="Plain text" />
                </fieldset>
                <fieldset>
                    <legend>"Quick exit"</legend>
                    <label class="builder__check">
                        <input
                            type="checkbox"
                            prop:checked=move || quick_exit.get()
                            on:change=move |ev| quick_exit.set(event_target_checked(&ev))
                        />
                        "Show the quick exit button (and Shift pressed three times)"
                    </label>
                    <Text field=exit_url label="Exit page" hint="https:// only; default: BBC Weather" />
                </fieldset>
                <div class="builder__warnings" role="status" aria-live="polite">
                    {move || {
                        checked
                            .get()
                            .1
                            .iter()
                            .map(|w| view! { <p class="builder__warning">{w.to_string()}</p> })
                            .collect_view()
                    }}
                </div>
            </form>
            <section class="builder__output" aria-labelledby="builder-snippet">
                <h2 id="builder-snippet">"Your snippet"</h2>
                <Output id="snippet" label="Script tag: paste this where the guide should appear" text=Signal::derive(move || script.get()) />
                <Output id="element" label="Element: for pages that place it themselves (React, Vue, a CMS block)" text=Signal::derive(move || element.get()) />
                <Output id="embed" label="Embed URL: for site builders that take only a URL (Google Sites, SharePoint, Wix)" text=Signal::derive(move || embed.get()) />
                {move || {
                    rule.get()
                        .map(|rule| {
                            view! {
                                <Output id="theme" label="Add this to your stylesheet" text=Signal::derive(move || rule.clone()) />
                            }
                        })
                }}
                <Output id="csp" label="If your page has a Content-Security-Policy, add these sources" text=Signal::derive(move || csp.clone()) />
                <h2>"Preview"</h2>
                <div class="builder__preview" node_ref=preview></div>
            </section>
        </div>
    }
}

/// A select for one option; the empty value means "the guide's default".
#[component]
fn Choice(
    field: Field,
    label: &'static str,
    #[prop(into)] choices: Vec<(&'static str, String)>,
) -> impl IntoView {
    view! {
        <label class="builder__field">
            <span>{label}</span>
            <select
                name=field.name
                prop:value=move || field.value.get()
                on:change=move |ev| field.value.set(event_target_value(&ev))
            >
                {choices
                    .into_iter()
                    .map(|(value, text)| view! { <option value=value>{text}</option> })
                    .collect_view()}
            </select>
        </label>
    }
}

/// A text input for one option, with a hint of the form it takes.
#[component]
fn Text(field: Field, label: &'static str, hint: &'static str) -> impl IntoView {
    let hint_id = format!("{}-hint", field.name);
    view! {
        <div class="builder__field">
            <label for=field.name>{label}</label>
            <input
                type="text"
                id=field.name
                name=field.name
                autocomplete="off"
                aria-describedby=hint_id.clone()
                prop:value=move || field.value.get()
                on:input=move |ev| field.value.set(event_target_value(&ev))
            />
            <small id=hint_id>{hint}</small>
        </div>
    }
}

/// Text to copy, with its own copy button and a status that says when it was copied.
#[component]
fn Output(id: &'static str, label: &'static str, text: Signal<String>) -> impl IntoView {
    let status = RwSignal::new("");
    let copy = move |_| {
        let done = copy_text(&text.get_untracked());
        status.set(if done {
            "Copied."
        } else {
            "Select the text and copy it."
        });
    };
    view! {
        <div class="builder__out">
            <p class="builder__label" id=format!("{id}-label")>{label}</p>
            <pre><code id=id aria-labelledby=format!("{id}-label")>{move || text.get()}</code></pre>
            <button type="button" on:click=copy>"Copy"</button>
            <span class="builder__copied" role="status">{move || status.get()}</span>
        </div>
    }
}

/// A fixed list of choices, as `Choice` takes them.
fn owned(list: &'static [(&'static str, &'static str)]) -> Vec<(&'static str, String)> {
    list.iter()
        .map(|(value, text)| (*value, text.to_string()))
        .collect()
}

/// Every region, the default first, named in English: the content's own list (its region files).
fn regions() -> Vec<(&'static str, String)> {
    let mut codes = RegionCode::ALL.to_vec();
    codes.sort_by_key(|c| *c != RegionCode::default());
    codes
        .into_iter()
        .map(|c| {
            let name = content::region(c, Locale::En).name.text();
            (c.as_str(), format!("{name} ({})", c.as_str()))
        })
        .collect()
}

/// "The page's language", then every locale by its own name: the content's own list (its folders).
fn locales() -> Vec<(&'static str, String)> {
    let each = Locale::ALL.map(|l| {
        (
            l.as_str(),
            format!("{} ({})", content::guide(l).ui.language_name, l.as_str()),
        )
    });
    std::iter::once(("", "The page's language".to_string()))
        .chain(each)
        .collect()
}

const AUDIENCES: &[(&str, &str)] = &[
    ("", "Ask the reader"),
    ("self", "The person themself"),
    ("loved-one", "Someone who cares about them"),
];
const THEMES: &[(&str, &str)] = &[
    ("", "Follow the reader's setting"),
    ("light", "Light"),
    ("dark", "Dark"),
];

/// Every section, in the guide's default order, each on.
fn options_sections() -> [(&'static str, RwSignal<bool>); Section::ALL.len()] {
    Section::ALL.map(|s| (s.as_str(), RwSignal::new(true)))
}

fn section_label(name: &str) -> &'static str {
    match name {
        "journey" => "The journey: what to expect",
        "questions" => "Questions people ask",
        "compare" => "The treatment comparison",
        _ => "Help and helplines",
    }
}

/// "None", then each journey step by its English title.
fn start_choices() -> &'static [(&'static str, &'static str)] {
    let guide = content::guide(Locale::En);
    let mut list: Vec<(&'static str, &'static str)> = std::iter::once(("", "None (all closed)"))
        .chain(guide.journey.steps.iter().map(|s| (s.id, s.title)))
        .collect();
    // A question's regional variants share its id: listed once.
    for q in guide.questions.questions.iter() {
        if !list.iter().any(|(id, _)| *id == q.id) {
            list.push((q.id, q.question));
        }
    }
    // Built once per page; the builder lives as long as the page.
    Vec::leak(list)
}

/// A file of the guide's, next to this page's folder, as an absolute URL a partner can paste.
fn beside_loader(name: &str) -> String {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.base_uri().ok().flatten())
        .and_then(|base| web_sys::Url::new_with_base(&format!("../{name}"), &base).ok())
        .map_or_else(|| name.to_string(), |u| u.href())
}

fn page_origin() -> String {
    web_sys::window()
        .and_then(|w| w.location().origin().ok())
        .unwrap_or_default()
}

/// Mounts the real guide through the loader's API, as a partner's own script would.
fn show_preview(host: &web_sys::HtmlDivElement, pairs: &[(String, String)], accent: &str) {
    let style = web_sys::HtmlElement::style(host);
    let _ = match snippet::is_hex_colour(accent) {
        true => style.set_property("--rg-accent", accent),
        false => style.remove_property("--rg-accent").map(|_| ()),
    };
    let options = js_sys::Object::new();
    for (name, value) in pairs {
        let _ = js_sys::Reflect::set(&options, &name.into(), &value.into());
    }
    let Some(window) = web_sys::window() else {
        return;
    };
    let api = js_sys::Reflect::get(&window, &"RecoveryGuide".into()).unwrap_or_default();
    let mount = js_sys::Reflect::get(&api, &"mount".into()).unwrap_or_default();
    if let Some(mount) = mount.dyn_ref::<js_sys::Function>() {
        let _ = mount.call2(&api, host, &options);
    }
}

/// Copies through the Clipboard API (the write is not awaited); false only without a window.
fn copy_text(text: &str) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let clipboard = window.navigator().clipboard();
    let _ = clipboard.write_text(text);
    true
}
