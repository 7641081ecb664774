//! The guide's markup (rendered at build time; the wasm has only the parts' behaviours).

use super::{audience_attribute, Parts};
use crate::components::{
    compare::CompareSection, footer::Footer, help::HelpSection, help_bar::HelpBar,
    journey::JourneySection, questions::QuestionsSection, sticky_bar::StickyBar,
};
use crate::content::{self, Region};
use crate::options::{Options, Section};
use leptos::either::EitherOf5;
use leptos::prelude::*;

impl Parts {
    /// The reader's region, in the reader's language.
    fn region(&self) -> &'static Region {
        content::region(self.options.region, self.options.locale)
    }

    /// Part `i`: a section in the partner's order, or (the last) the footer. Static views (no
    /// AnyView): nothing here ever re-renders. The build renders them (`static_parts`); in the
    /// browser, `behave` gives the built markup its behaviour.
    pub fn view(&self, i: usize) -> impl IntoView {
        let Parts { guide, options } = self;
        let (guide, region) = (*guide, self.region());
        let shows = |wanted: Section| options.sections.contains(&wanted);
        match options.sections.get(i) {
            Some(Section::Journey) => EitherOf5::A(view! {
                <JourneySection guide=guide region=region audience=options.audience start=options.start overdose_link=shows(Section::Help) />
            }),
            Some(Section::Questions) => EitherOf5::B(
                view! { <QuestionsSection guide=guide region=region audience=options.audience start=options.start /> },
            ),
            Some(Section::Compare) => {
                EitherOf5::C(view! { <CompareSection guide=guide region=region /> })
            }
            Some(Section::Help) => EitherOf5::D(
                view! { <HelpSection guide=guide region=region partner=options.partner.clone() /> },
            ),
            None => EitherOf5::E(view! {
                <Footer guide=guide region=region journey=shows(Section::Journey) compare=shows(Section::Compare) />
            }),
        }
    }
}

/// The whole guide at once.
#[component]
pub fn Guide(options: Options) -> impl IntoView {
    let parts = Parts::new(options);
    let body = (0..parts.count()).map(|i| parts.view(i)).collect_view();
    view! { <GuideFrame parts=parts body=body /> }
}

/// The guide's frame: the help bar, the slim bar and `body` (any parts, or none yet) inside
/// `.rg-body`. Rendered by the build: the loader draws the help bar from it (`first_frame.rs`) and
/// the glue the slim bar (`static_parts.rs`); quick exit blanks the guide with `rg-guide--leaving`
/// (`quick_exit::behave`).
#[component]
pub fn GuideFrame<B: IntoView + 'static>(parts: Parts, body: B) -> impl IntoView {
    let region = parts.region();
    let Parts { guide, options } = parts;
    let quick_exit = options.quick_exit;
    view! {
        <div class="rg-guide" role="region" aria-label=guide.ui.guide_label data-audience=audience_attribute(options.audience)>
            <HelpBar region=region ui=&guide.ui quick_exit=quick_exit />
            <StickyBar region=region ui=&guide.ui quick_exit=quick_exit />
            <div class="rg-body">{body}</div>
        </div>
    }
}
