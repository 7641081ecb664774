// Starts the builder's WebAssembly: its #[wasm_bindgen(start)] mounts the form into #builder.
import init from './snippet-builder.js';

init({ module_or_path: './snippet-builder.wasm' });
