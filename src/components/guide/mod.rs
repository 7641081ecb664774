//! The whole guide for one instance: the help bar, the sections the partner chose, the footer.

use crate::components::{
    compare::CompareSection, footer::Footer, help::HelpSection, help_bar::HelpBar,
    journey::JourneySection,
};
use crate::content::{self, RegionCode};
use crate::embedding::options::{Options, Section};
use leptos::either::EitherOf3;
use leptos::prelude::*;

#[component]
pub fn Guide(options: Options) -> impl IntoView {
    let guide = content::guide(options.locale);
    let region = content::region(options.region, options.locale);
    // Quick exit blanks the guide at once, before the page has gone.
    let leaving = RwSignal::new(false);
    let on_exit = Callback::new(move |_| leaving.set(true));
    let exit_url = options.quick_exit.then(|| options.exit_url.clone());
    let shows = |wanted: Section| options.sections.contains(&wanted);
    let (journey, compare) = (shows(Section::Journey), shows(Section::Compare));
    let sections = options
        .sections
        .iter()
        // Static views (no AnyView): nothing here ever re-renders, which keeps the wasm small.
        .map(|section| match section {
            Section::Journey => EitherOf3::A(view! {
                <JourneySection guide=guide helpline=region.main_helpline audience=options.audience start=options.start />
            }),
            Section::Compare => EitherOf3::B(view! { <CompareSection guide=guide us_rules=options.region == RegionCode::Us /> }),
            Section::Help => EitherOf3::C(view! { <HelpSection guide=guide region=region partner=options.partner.clone() /> }),
        })
        .collect_view();
    view! {
        <div class="rg-guide" role="region" aria-label=guide.ui.guide_label class:rg-guide--leaving=move || leaving.get()>
            <HelpBar region=region ui=&guide.ui exit_url=exit_url on_exit=on_exit />
            <div class="rg-body">{sections} <Footer guide=guide region=region journey=journey compare=compare /></div>
        </div>
    }
}
