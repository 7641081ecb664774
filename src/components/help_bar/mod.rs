//! The help bar: always first, never hidden. The region's main helpline and its emergency number,
//! as links a phone can call. The loader draws the same markup before the WebAssembly arrives
//! (`src/embedding/loader.js`), so the bar is there from the first frame.

use crate::content::{Line, Region, Ui};
use leptos::prelude::*;

#[component]
pub fn HelpBar(region: &'static Region, ui: &'static Ui) -> impl IntoView {
    let (before, after) = ui
        .helpbar_overdose
        .split_once("{number}")
        .unwrap_or((ui.helpbar_overdose, ""));
    let emergency = &region.emergency;
    view! {
        <section class="rg-helpbar" aria-label=ui.helpbar_label>
            <CallLink line=&region.main_helpline verb=ui.helpbar_call class="rg-helpbar__main" />
            <a class="rg-helpbar__emergency" href=emergency.tel_href()>
                {before}
                <span aria-hidden="true">{emergency.display}</span>
                <span class="rg-vh">{emergency.spoken}</span>
                {after}
            </a>
        </section>
    }
}

/// A `tel:` link that shows the number as printed and is read aloud digit by digit:
/// "Call SAMHSA National Helpline, 1 800 662 4357".
#[component]
pub fn CallLink(
    line: &'static Line,
    verb: &'static str,
    #[prop(optional)] class: &'static str,
) -> impl IntoView {
    view! {
        <a class=format!("rg-call {class}") href=line.tel_href()>
            <span class="rg-vh">{verb}" "</span>
            <span class="rg-call__name">{line.name}</span>
            <span class="rg-vh">", "{line.spoken}</span>
            <span class="rg-call__number" aria-hidden="true">{line.display}</span>
        </a>
    }
}
