#!/usr/bin/env bash
# Installs what the build and tests need, skipping whatever is already there (a second run takes
# seconds). Works on a fresh Debian machine that has only Rust (rustup, cargo) and Node.js (npm).
#   .ci/install-tools.sh          build tools: wasm32 target, trunk, wasm-bindgen-cli, node packages
#   .ci/install-tools.sh browser  the same, plus the test browsers from Debian: Chromium and
#                                 ChromeDriver, Firefox ESR, WebKitGTK's WebDriver, xvfb
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
# wasm-bindgen-cli must equal the wasm-bindgen in Cargo.lock exactly.
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
[ -n "$WASM_BINDGEN_VERSION" ] || { echo "wasm-bindgen not found in Cargo.lock" >&2; exit 1; }

say() { printf '\033[1m[tools]\033[0m %s\n' "$*"; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if ! trunk --version 2>/dev/null | grep -q " $TRUNK_VERSION"; then
  say "installing trunk $TRUNK_VERSION (about 6 minutes on 2 cores)"
  cargo install --locked trunk --version "$TRUNK_VERSION"
fi

if ! wasm-bindgen --version 2>/dev/null | grep -q " $WASM_BINDGEN_VERSION\$" ||
   ! command -v wasm-bindgen-test-runner >/dev/null; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 5 minutes)"
  # Not --locked: its lock names a crate version the registry here lacks (see TOOLCHAIN notes).
  cargo install wasm-bindgen-cli --version "=$WASM_BINDGEN_VERSION"
fi

# wasm-opt (binaryen), the loader's minifier and TOML reader, and playwright-core, at the versions
# in package-lock.json.
if ! npm ls --silent >/dev/null 2>&1 || [ ! -x node_modules/.bin/wasm-opt ]; then
  say "installing node packages (npm ci)"
  npm ci --no-audit --no-fund --loglevel=error
fi

# The browsers for the tests, from Debian: Chromium and ChromeDriver (every suite), Firefox ESR
# (driven over WebDriver BiDi by puppeteer-core) and WebKitGTK's WebDriver with its MiniBrowser
# (which has no headless mode: xvfb gives it a display), and openssl (the cross-engine suite's
# https exit page). Only the missing ones are installed.
if [ "${1:-}" = browser ]; then
  missing=()
  command -v chromium >/dev/null 2>&1 || missing+=(chromium)
  command -v chromedriver >/dev/null 2>&1 || missing+=(chromium-driver)
  command -v firefox-esr >/dev/null 2>&1 || missing+=(firefox-esr)
  { command -v WebKitWebDriver && ls /usr/lib/*/webkit2gtk-4.1/MiniBrowser; } >/dev/null 2>&1 || missing+=(webkit2gtk-driver)
  command -v xvfb-run >/dev/null 2>&1 || missing+=(xvfb)
  command -v xauth >/dev/null 2>&1 || missing+=(xauth)
  command -v openssl >/dev/null 2>&1 || missing+=(openssl)
  if [ ${#missing[@]} -gt 0 ]; then
    say "installing Debian's ${missing[*]}"
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo=sudo
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
fi
say "ready"
