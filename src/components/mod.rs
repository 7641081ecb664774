//! One module per part of the guide; each keeps its styles in `style.css` beside it, its markup
//! in `view.rs` (Leptos, rendered at build time: feature `views`) and what it does in the browser
//! in `behaviour.rs`. The release wasm has no views, so it links no Leptos.

pub mod behaviour;
#[cfg(feature = "views")]
pub mod blocks;
pub mod compare;
#[cfg(feature = "views")]
pub mod footer;
pub mod guide;
pub mod help;
#[cfg(feature = "views")]
pub mod help_bar;
pub mod journey;
pub mod questions;
pub mod quick_exit;
#[cfg(feature = "views")]
pub mod sticky_bar;

#[cfg(feature = "views")]
pub use guide::Guide;
