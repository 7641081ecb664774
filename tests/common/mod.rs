//! Helpers shared by the native tests that run the build's content checks on edited copies.

use std::fs;
use std::path::{Path, PathBuf};

/// Copies every content file (`*.toml`) below `from` to `to`, keeping the folders.
pub fn copy_content(from: &Path, to: &Path) {
    fs::create_dir_all(to).expect("create copy dir");
    for entry in fs::read_dir(from).expect("read content dir").flatten() {
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_content(&entry.path(), &target);
        } else if entry.path().extension().is_some_and(|e| e == "toml") {
            fs::copy(entry.path(), target).expect("copy content file");
        }
    }
}

/// Every content file (`*.toml`) below `dir`, in every folder.
#[allow(dead_code)] // Not every test file that copies the content reads it.
pub fn content_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in fs::read_dir(dir).expect("read content dir").flatten() {
        let path = entry.path();
        if path.is_dir() {
            out.extend(content_files(&path));
        } else if path.extension().is_some_and(|e| e == "toml") {
            out.push(path);
        }
    }
    out
}
