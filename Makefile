# The two commands in the README: `make demo` and `make test`. Both install what is missing first.
SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
# wasm-opt from the npm package binaryen comes first: Debian's older binaryen breaks the build.
export PATH := $(CURDIR)/node_modules/.bin:$(or $(CARGO_HOME),$(HOME)/.cargo)/bin:$(PATH)
export CHROMEDRIVER ?= /usr/bin/chromedriver
PORT ?= 8080

.PHONY: demo test bench release build tools browser-tools parts-data review-dates lint test-native check-content check-size test-browser test-tools test-e2e test-cross screenshots clean

## Serve the sample partner page with the release build on http://127.0.0.1:8080
demo: build
	node tests/support/serve.mjs dist $(PORT)

## Every test: format, lint, native tests, browser tests, end-to-end tests on the release build,
## and the smoke suite in Firefox, WebKit and Chromium
test: browser-tools review-dates lint test-native test-browser build test-tools test-e2e test-cross

## Figures, not a test: bytes per asset and load timings of the guide against a static page
bench: build browser-tools
	[ -f target/bench-tools/node_modules/lighthouse/cli/index.js ] || npm install --no-save --no-audit --no-fund --loglevel=error --prefix target/bench-tools lighthouse@12.2.3
	node tests/support/bench.mjs

## A versioned folder ready for any CDN: release/<version>/ with .br and .gz copies and a manifest
release: build
	node tools/release.mjs

## The release bundle in dist/: loader, glue, wasm, the guide's frame page (and the sample pages and the
## snippet builder in dist/builder/)
# Source paths baked into the wasm (panic locations) are shortened, so the bundle is smaller and
# its bytes do not depend on where cargo keeps its registry (listed after `cargo fetch` fills it).
# The snippet builder (the crate with its `builder` feature) has a target folder of its own, so its
# wasm is never taken for the guide's.
CARGO_DIR := $(or $(CARGO_HOME),$(HOME)/.cargo)

build: tools
	cargo fetch --quiet
	remap="--remap-path-prefix=$(CURDIR)=. --remap-path-prefix=$$(rustc --print sysroot)="; \
	for dir in $(CARGO_DIR)/registry/src/*; do remap="$$remap --remap-path-prefix=$$dir="; done; \
	RUSTFLAGS="$$remap" RG_LOCALES=en RG_EXTERNAL_REGIONS=1 trunk build index.html --release --offline; \
	RUSTFLAGS="$$remap" RG_BUILDER=1 CARGO_TARGET_DIR=target/builder trunk build src/embedding/builder/index.html --release --offline --dist dist/builder --public-url /builder/

tools:
	.ci/install-tools.sh

browser-tools:
	.ci/install-tools.sh browser

## Warns (never fails) about content past its next-review date
review-dates: tools
	node tests/support/review-dates.mjs

# What the build renders natively (tools/loader_data.rs), for the browser tests, which build the
# guide's parts from it as the release glue does (tests/web.rs reads it; clippy compiles it too).
parts-data: tools
	mkdir -p target
	cargo run --quiet --offline --no-default-features --features ssr --bin rg-loader-data > target/rg-loader-data.json.tmp
	mv target/rg-loader-data.json.tmp target/rg-loader-data.json

lint: tools parts-data
	cargo fmt --all -- --check
	cargo clippy --quiet --no-default-features --features ssr --all-targets -- -D warnings
	cargo clippy --quiet --target wasm32-unknown-unknown --all-targets -- -D warnings
	RG_EXTERNAL_REGIONS=1 cargo clippy --quiet --target wasm32-unknown-unknown --lib -- -D warnings
	cargo clippy --quiet --target wasm32-unknown-unknown --lib --features builder -- -D warnings

test-native: tools
	cargo test --no-fail-fast --no-default-features --features ssr

# The content's checks alone, for an editor: Rust only, nothing to install (CONTENT.md).
check-content:
	cargo test --no-fail-fast --no-default-features --features ssr --test content_files --test questions --test regions --test readability --test safe_words --test spelling

## The size budget alone, for a content editor: builds, then prints each language's room left
check-size: build
	node --test --test-reporter=spec tests/e2e/size.test.mjs

test-browser: browser-tools parts-data
	cargo test --target wasm32-unknown-unknown --test web

# The build tools' own tests (tools/: loader data and minifying, wasm trimming); no browser.
test-tools: tools
	node --test tests/tools/

test-e2e: browser-tools
	node --test tests/e2e/

# The cross-engine smoke suite on the release build in dist/ (`make build` first): Firefox ESR over
# WebDriver BiDi (puppeteer-core), WebKitGTK's MiniBrowser through WebKitWebDriver on Xvfb, and
# Chromium through chromedriver.
test-cross: browser-tools
	node --test tests/cross/

## PNGs of the demo at 320 px and 1280 px, light and dark, in every locale, and in Firefox, WebKit
## and Chromium at the top and scrolled to the middle, in target/screenshots
screenshots: build browser-tools
	node tests/support/screenshots.mjs target/screenshots
	node tests/support/cross-shots.mjs target/screenshots

clean:
	rm -rf dist target/screenshots
