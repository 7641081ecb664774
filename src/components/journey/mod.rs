//! The journey: "what to expect", step by step, in the pattern of GOV.UK's step-by-step
//! navigation. Steps expand and collapse, "Show all steps" opens them all, "or" choices sit under
//! their step, and a toggle rewrites every step for the reader or for someone who cares about them.

mod behaviour;
pub use behaviour::behave;

#[cfg(feature = "views")]
mod view;
#[cfg(feature = "views")]
pub use view::*;
