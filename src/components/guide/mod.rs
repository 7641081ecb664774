//! The whole guide for one instance: the help bar, the sections the partner chose, the footer.
//!
//! In the browser the guide arrives in parts (`embedding::mount`): the frame with the help bar,
//! then the sections and the footer, which the glue builds before the WebAssembly comes (or the
//! wasm, one per task, where the glue could not read the partner's `sections`), so building it
//! never blocks the partner's page for long. `Guide` renders every part at once (markup tests).

use crate::components::{compare, help, journey, questions};
use crate::content;
use crate::options::{Audience, Options, Section};

#[cfg(feature = "views")]
mod view;
#[cfg(feature = "views")]
pub use view::*;

/// What every part is built from: the reader's copy and the options (the views read the region
/// from them: the wasm draws no part, so it needs none).
#[derive(Clone)]
pub struct Parts {
    guide: &'static content::Guide,
    options: Options,
}

impl Parts {
    pub fn new(options: Options) -> Self {
        Parts {
            guide: content::guide_for(options.locale, options.region),
            options,
        }
    }

    /// The guide's words in this instance's locale, as its region spells them.
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
            Some(Section::Journey) => Box::new(journey::behave(
                element,
                options.audience,
                options.start,
                options.sections.contains(&Section::Help),
            )),
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

/// Both readers' words are in the page; the guide's `data-audience` (and CSS) shows one of them.
/// The audience toggle changes it (`questions::show_to`).
pub fn audience_attribute(audience: Option<Audience>) -> &'static str {
    match audience {
        Some(Audience::LovedOne) => "loved-one",
        _ => "self",
    }
}
