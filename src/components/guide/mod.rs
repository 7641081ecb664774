//! The whole guide for one instance: the help bar, the sections the partner chose, the footer.
//!
//! In the browser the guide arrives in parts (`embedding::mount`): the frame with the help bar,
//! then the sections and the footer, which the glue builds before the WebAssembly comes (or the
//! wasm, one per task, where the glue could not read the partner's `sections`), so building it
//! never blocks the partner's page for long. `Guide` renders every part at once (markup tests).

use crate::components::{
    compare, compare::CompareSection, footer::Footer, help, help::HelpSection, help_bar::HelpBar,
    journey, journey::JourneySection, questions, questions::QuestionsSection,
    sticky_bar::StickyBar,
};
use crate::content::{self, Region};
use crate::options::{Audience, Options, Section};
use leptos::either::EitherOf5;
use leptos::prelude::*;

/// What every part is built from: the reader's copy and region, and the options.
#[derive(Clone)]
pub struct Parts {
    guide: &'static content::Guide,
    region: &'static Region,
    options: Options,
}

impl Parts {
    pub fn new(options: Options) -> Self {
        Parts {
            guide: content::guide(options.locale),
            region: content::region(options.region, options.locale),
            options,
        }
    }

    /// The guide's words in this instance's locale.
    pub fn guide(&self) -> &'static content::Guide {
        self.guide
    }

    /// The chosen sections, then the footer.
    pub fn count(&self) -> usize {
        self.options.sections.len() + 1
    }

    /// The name of part `i`'s markup, as the build renders it for every locale and region
    /// (`static_parts`): the section's name, or `footer-JC`, the footer for an instance that
    /// shows the journey (J = 1 or 0) and the comparison (C), whose dates and sources it lists.
    pub fn name(&self, i: usize) -> &'static str {
        const FOOTERS: [&str; 4] = ["footer-00", "footer-01", "footer-10", "footer-11"];
        match self.options.sections.get(i) {
            Some(section) => section.as_str(),
            None => {
                let shows = |wanted: Section| usize::from(self.options.sections.contains(&wanted));
                FOOTERS[shows(Section::Journey) * 2 + shows(Section::Compare)]
            }
        }
    }

    /// Part `i`: a section in the partner's order, or (the last) the footer. Static views (no
    /// AnyView): nothing here ever re-renders. The build renders them (`static_parts`); in the
    /// browser, `behave` gives the built markup its behaviour.
    pub fn view(&self, i: usize) -> impl IntoView {
        let Parts {
            guide,
            region,
            options,
        } = self;
        let (guide, region) = (*guide, *region);
        let shows = |wanted: Section| options.sections.contains(&wanted);
        match options.sections.get(i) {
            Some(Section::Journey) => EitherOf5::A(view! {
                <JourneySection guide=guide region=region audience=options.audience start=options.start />
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

impl Parts {
    /// Gives part `i`'s built markup (`element`, the part the build rendered under `name(i)`) its
    /// behaviour and this instance's options; it lasts as long as the value returned. `build`
    /// builds another part the build rendered, by name (a partner's card: `partner`).
    pub fn behave(
        &self,
        i: usize,
        element: &web_sys::Element,
        build: impl Fn(&str) -> Option<web_sys::Element>,
    ) -> Box<dyn std::any::Any> {
        let Parts { guide, options, .. } = self;
        match options.sections.get(i) {
            Some(Section::Journey) => {
                Box::new(journey::behave(element, options.audience, options.start))
            }
            Some(Section::Questions) => {
                questions::behave(element, options.audience, options.start);
                Box::new(())
            }
            Some(Section::Compare) => Box::new(compare::behave(element)),
            Some(Section::Help) => {
                let partner = options.partner.clone();
                let card = partner.as_ref().and_then(|_| build("partner"));
                Box::new(help::behaviour::behave(element, &guide.help, partner, card))
            }
            None => Box::new(()),
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
    let Parts {
        guide,
        region,
        options,
    } = parts;
    let quick_exit = options.quick_exit;
    view! {
        <div class="rg-guide" role="region" aria-label=guide.ui.guide_label data-audience=audience_attribute(options.audience)>
            <HelpBar region=region ui=&guide.ui quick_exit=quick_exit />
            <StickyBar region=region ui=&guide.ui quick_exit=quick_exit />
            <div class="rg-body">{body}</div>
        </div>
    }
}

/// Both readers' words are in the page; the guide's `data-audience` (and CSS) shows one of them.
/// The audience toggle changes it (`questions::show_to`).
pub fn audience_attribute(audience: Option<Audience>) -> &'static str {
    match audience {
        Some(Audience::LovedOne) => "loved-one",
        _ => "self",
    }
}
