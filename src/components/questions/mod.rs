//! "Questions people ask": each question a heading that opens to its answer (native disclosure,
//! so it works before and without scripts), the answer first and detail after, then its sources
//! and review dates. The answers are blocks: a new question is a TOML file in `questions/`.
//!
//! Both readers' words are in the page, as in the journey; the guide's `data-audience` (and CSS)
//! shows one. For someone who cares about the reader, the question they ask first comes first:
//! placed there when rendered, and moved there (or back) when the audience toggle changes.

mod behaviour;
pub use behaviour::{behave, show_to};

#[cfg(feature = "views")]
mod view;
#[cfg(feature = "views")]
pub use view::*;
