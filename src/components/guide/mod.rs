//! The whole guide for one instance: the help bar, the sections the partner chose, the footer.

use crate::components::{
    compare::CompareSection, footer::Footer, help::HelpSection, help_bar::HelpBar,
    journey::JourneySection,
};
use crate::content;
use crate::embedding::options::{Options, Section};
use leptos::prelude::*;

#[component]
pub fn Guide(options: Options) -> impl IntoView {
    let guide = content::guide(options.locale);
    let region = content::region(options.region, options.locale);
    let sections = options
        .sections
        .iter()
        .map(|section| match section {
            Section::Journey => view! { <JourneySection journey=&guide.journey /> }.into_any(),
            Section::Compare => view! { <CompareSection compare=&guide.compare /> }.into_any(),
            Section::Help => {
                view! { <HelpSection help=&guide.help region=region ui=&guide.ui /> }.into_any()
            }
        })
        .collect_view();
    view! {
        <div class="rg-guide" role="region" aria-label=guide.ui.guide_label>
            <HelpBar region=region ui=&guide.ui />
            <div class="rg-body">{sections} <Footer guide=guide region=region /></div>
        </div>
    }
}
