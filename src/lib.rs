#![recursion_limit = "256"]
//! Recovery Guide: an embeddable guide to the first steps toward help for opioid addiction.
//!
//! - [`content`]: the typed content, built from the files editors change.
//! - [`options`]: a partner's configuration, parsed and validated.
//! - [`components`]: one module per part of the guide.
//! - [`embedding`]: the browser entry points the loader calls, the snippet and its builder.
//!
//! See ARCHITECTURE.md for the invariants: no storage, no network, no HTML from options.

// The layers, bottom up; a module imports only from the layers below it.
pub mod components;
pub mod content;
pub mod embedding;
pub mod options;

/// See Cargo.toml. SAFETY: the guide runs on the page's one thread (no wasm threads or atomics).
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: lol_alloc::AssumeSingleThreaded<lol_alloc::FreeListAllocator> =
    unsafe { lol_alloc::AssumeSingleThreaded::new(lol_alloc::FreeListAllocator::new()) };
