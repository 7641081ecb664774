//! Quick exit's markup (rendered at build time; the wasm has only `behaviour`).

use crate::content::Ui;
use leptos::prelude::*;

/// The help bar's quick exit: the button, the Shift hint, and the live region that says how many
/// presses are left (`behaviour` counts them and leaves).
#[component]
pub fn QuickExit(ui: &'static Ui) -> impl IntoView {
    view! {
        <div class="rg-exit">
            <ExitButton ui=ui />
            <span class="rg-exit__hint">{ui.quick_exit_hint}</span>
            <span class="rg-vh" role="status" aria-live="polite"></span>
        </div>
    }
}

/// "Exit this page", in the help bar's quick exit and in the bar that stays in reach: `behaviour`
/// blanks the guide and replaces the page when it is pressed.
#[component]
pub fn ExitButton(ui: &'static Ui) -> impl IntoView {
    view! { <button type="button" class="rg-exit__button">{ui.quick_exit}</button> }
}

/// The slim bar's exit: "Exit this page", or only "Exit" where the bar is narrow (CSS), with the
/// whole name either way.
#[component]
pub fn SlimExitButton(ui: &'static Ui) -> impl IntoView {
    let rest = ui
        .quick_exit
        .strip_prefix(ui.quick_exit_short)
        .unwrap_or_default();
    view! {
        <button type="button" class="rg-exit__button" aria-label=ui.quick_exit>
            {ui.quick_exit_short}
            <span class="rg-exit__rest">{rest}</span>
        </button>
    }
}
