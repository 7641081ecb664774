//! The exit that stays in reach (GOV.UK's "Exit this page" is sticky too): once the help bar has
//! scrolled away, a slim bar with the main call and "Exit this page" stays at the top of the
//! screen (below a partner's fixed header, `--rg-sticky-top`) for as long as any part of the
//! guide is on screen. It takes no room of its own, so it never moves the page (no layout
//! shift); it is hidden, and out of the tab order, while the help bar itself is in view.

use crate::components::help_bar::NamedLink;
use crate::components::quick_exit::ExitButton;
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
    let name = content::named(
        ui.sticky_call,
        line.display,
        line.name.text(),
        &line.spoken(),
    );
    view! {
        // `rg-sticky--shown` is set by `embedding::mount` while the help bar is out of view.
        <div class="rg-sticky">
            <div class="rg-sticky__bar">
                <NamedLink href=line.tel_href() label=ui.sticky_call display=line.display name=Some(name) class="rg-sticky__call" />
                {quick_exit.then(|| view! { <ExitButton ui=ui /> })}
            </div>
        </div>
    }
}
