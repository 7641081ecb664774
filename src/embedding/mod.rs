//! How the guide lives in a partner's page: the entry points the loader
//! (`loader.js`, built into `recovery-guide.js`) calls once the WebAssembly is ready; and the
//! snippet a partner pastes, with the builder page that writes it.

#[cfg(feature = "builder")]
pub mod builder;
#[cfg(feature = "csr")]
pub mod mount;
pub mod snippet;
