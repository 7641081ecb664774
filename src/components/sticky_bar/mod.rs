//! The exit that stays in reach (GOV.UK's "Exit this page" is sticky too): once the help bar has
//! scrolled away, a slim bar with the main call, the emergency number and "Exit this page" stays
//! at the top of the screen (below a partner's fixed header, `--rg-sticky-top`) for as long as
//! any part of the guide is on screen. The emergency number is there because someone who finds a
//! person overdosing halfway down the guide must not scroll back for it, nor take the main line
//! for it (Canada's is an overdose line for people using alone). It takes no room of its own, so
//! it never moves the page (no layout shift); it is hidden, and out of the tab order, while the
//! help bar itself is in view.

use crate::components::help_bar::{EmergencyLink, NamedLink};
use crate::components::quick_exit::SlimExitButton;
use crate::content::{self, Region, Ui};
use leptos::prelude::*;

#[component]
pub fn StickyBar(
    region: &'static Region,
    ui: &'static Ui,
    /// Whether "Exit this page" is there (the partner may turn quick exit off; the call stays).
    quick_exit: bool,
) -> impl IntoView {
    let line = region.main_helpline();
    // A region may say what its main line is for (Canada's: "Using alone? …").
    let label = region.sticky_call.map_or(ui.sticky_call, |own| own.text());
    let name = content::named(label, line.display, line.name.text(), &line.spoken());
    view! {
        // `rg-sticky--shown` is set by `embedding::mount` while the help bar is above the screen.
        <div class="rg-sticky">
            <div class="rg-sticky__bar">
                <NamedLink href=line.tel_href() label=label display=line.display name=Some(name) class="rg-sticky__call" />
                <EmergencyLink region=region label=ui.sticky_overdose heard_as=ui.sticky_call class="rg-emergency rg-sticky__emergency" />
                {quick_exit.then(|| view! { <SlimExitButton ui=ui /> })}
            </div>
        </div>
    }
}
