//! The help bar: always first, never hidden. The region's main helpline, its emergency number, and
//! the quick exit. The loader draws the same two links before the WebAssembly arrives
//! (`src/embedding/loader.js`), so help is there from the first frame.

use crate::components::quick_exit::QuickExit;
use crate::content::{Line, Region, Ui};
use leptos::prelude::*;

#[component]
pub fn HelpBar(
    region: &'static Region,
    ui: &'static Ui,
    /// Whether the quick exit is there (the partner may turn it off).
    quick_exit: bool,
) -> impl IntoView {
    view! {
        <section class="rg-helpbar" aria-label=ui.helpbar_label>
            <CallLink line=region.main_helpline() verb=ui.helpbar_call class="rg-helpbar__main" />
            <EmergencyLink region=region label=ui.helpbar_overdose class="rg-emergency rg-helpbar__emergency" />
            {quick_exit.then(|| view! { <QuickExit ui=ui /> })}
        </section>
    }
}

/// The region's emergency number, labelled `label` ("Overdose? Call {number}"): in the help bar,
/// and in the slim bar once the help bar has scrolled away (`rg-emergency` styles both).
#[component]
pub fn EmergencyLink(
    region: &'static Region,
    label: &'static str,
    class: &'static str,
    /// How the digits are heard, where `label` shows no verb: the slim bar's "Overdose? 911" is
    /// heard "…, Call 9 1 1" (`ui.sticky_call`), so a listener knows what the link does.
    #[prop(optional)]
    heard_as: Option<&'static str>,
) -> impl IntoView {
    let emergency = region.emergency();
    let spoken = emergency.spoken();
    let spoken = match heard_as {
        Some(words) => crate::content::fill(words, &[("number", &spoken)]),
        None => spoken,
    };
    view! {
        <NumberLink
            href=emergency.tel_href()
            label=label
            display=emergency.display
            spoken=spoken
            class=class
        />
    }
}

/// A `tel:` link (`sms:` for a line that is only texted, which only "Reach out" offers) that
/// names the line, shows the number as printed and reads it aloud digit by digit. Its name holds what it shows, in order (WCAG 2.5.3): "Call SAMHSA National Helpline
/// 1-800-662-HELP (4357), 1, 8 0 0, 6 6 2, 4 3 5 7".
#[component]
pub fn CallLink(
    line: &'static Line,
    verb: &'static str,
    #[prop(optional)] class: &'static str,
) -> impl IntoView {
    view! {
        <a class=format!("rg-call {class}") href=line.contact_href()>
            <span class="rg-vh">{verb}" "</span>
            <span class="rg-call__name">{line.name.text()}</span>
            // A space for the name (the boxes sit apart on screen; the text needs one too).
            " "
            <span class="rg-call__number" dir="ltr">{line.display}</span>
            <span class="rg-vh">", "{line.spoken()}</span>
        </a>
    }
}

/// A help link whose label holds `{number}`, shown as printed ("Call 1-800-662-HELP (4357)"), with
/// an accessible name that starts with what it shows, then says whose line it is and reads the
/// number aloud (`content::named`). With no name (web addresses), the visible text is the name.
#[component]
pub fn NamedLink(
    href: String,
    #[prop(into)] label: String,
    #[prop(into)] display: String,
    name: Option<String>,
    #[prop(optional)] class: &'static str,
    /// The space before the number, where the caller decides it: a partner's card is drawn with
    /// a marker for its number, whose length (which decides) comes later.
    #[prop(optional)]
    joiner: Option<String>,
) -> impl IntoView {
    let (before, after) = crate::content::around(&label, "number");
    let after = after.to_string();
    let external = href.starts_with("https:");
    let before = match (joiner, before.strip_suffix(' ')) {
        (Some(joiner), Some(words)) => format!("{words}{joiner}"),
        _ => held_to(before, &display, external),
    };
    view! {
        <a
            class=format!("rg-link {class}")
            href=href
            rel=external.then_some("noopener noreferrer")
            aria-label=name
        >
            {before}
            <span class="rg-number" dir="ltr">{display}</span>
            {after}
        </a>
    }
}

/// A link whose label holds `{number}`: shown as printed ("Overdose? Call 911"), then read aloud
/// as `spoken` ("…, 9 1 1"), so its name starts with what it shows. Plain text, never markup.
#[component]
pub fn NumberLink(
    href: String,
    label: &'static str,
    #[prop(into)] display: String,
    #[prop(into)] spoken: String,
    #[prop(optional)] class: &'static str,
) -> impl IntoView {
    let (before, after) = crate::content::around(label, "number");
    let external = href.starts_with("https:");
    view! {
        <a class=format!("rg-link {class}") href=href rel=external.then_some("noopener noreferrer")>
            {held_to(before, &display, external)}
            <span class="rg-number" dir="ltr">{display}</span>
            // Nothing (not even an empty text) when the label ends with the number: the build's
            // first frame would read an empty text as a space ("911 , 9 1 1").
            {(!after.is_empty()).then_some(after)}
            <span class="rg-vh">", "{spoken}</span>
        </a>
    }
}

/// The label's words before its number, the last held to a short number (`content::
/// joined_to_number`). An address may wrap anywhere: its words keep their plain space.
fn held_to(before: &str, display: &str, external: bool) -> String {
    if external {
        before.to_string()
    } else {
        crate::content::joined_to_number(before, display)
    }
}
