//! The treatment comparison, in the pattern of an Option Grid: options as columns, the questions
//! people ask as rows. It informs; it never recommends. Wide containers show the whole table;
//! narrow ones let the reader pick two options to see side by side.

mod behaviour;
pub use behaviour::behave;

#[cfg(feature = "views")]
mod view;
#[cfg(feature = "views")]
pub use view::*;
