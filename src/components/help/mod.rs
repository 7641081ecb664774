//! Help, in tiers, most urgent first, each headed by the action to take (as NHS care cards).

use crate::components::help_bar::CallLink;
use crate::content::{HelpText, Region, Ui};
use leptos::prelude::*;

#[component]
pub fn HelpSection(
    help: &'static HelpText,
    region: &'static Region,
    ui: &'static Ui,
) -> impl IntoView {
    view! {
        <section class="rg-section rg-help" aria-labelledby="rg-help-title">
            <h2 id="rg-help-title">{help.title}</h2>
            <p class="rg-intro">{help.intro}</p>
            <ul class="rg-tiers">
                {region
                    .tiers
                    .iter()
                    .map(|tier| {
                        view! {
                            <li class=format!("rg-tier rg-tier--{}", tier.kind.as_str())>
                                <h3>{tier.heading}</h3>
                                <p>{tier.body}</p>
                                <p class="rg-tier__lines">
                                    {tier
                                        .lines
                                        .iter()
                                        .map(|line| view! { <CallLink line=line verb=ui.helpbar_call /> })
                                        .collect_view()}
                                </p>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </section>
    }
}
