//! One module per part of the guide; each keeps its styles in `style.css` beside it.

pub mod behaviour;
pub mod blocks;
pub mod compare;
pub mod footer;
pub mod guide;
pub mod help;
pub mod help_bar;
pub mod journey;
pub mod questions;
pub mod quick_exit;
pub mod sticky_bar;

pub use guide::Guide;
