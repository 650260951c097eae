//! The package's reply reader (`pkg-template/methods.js` `readResponse`) for the
//! wasm suites: the fetch transport reads replies only through it, as in the package.

use wasm_bindgen::prelude::*;

#[wasm_bindgen(module = "/pkg-template/methods.js")]
extern "C" {
    #[wasm_bindgen(thread_local_v2, js_name = readResponse)]
    static READ_RESPONSE: js_sys::Function;
}

/// Install the reader (as the package's entry does once it has loaded the wasm).
pub fn install() {
    READ_RESPONSE.with(|r| telepartner::wasm::register_reader(r.clone()));
}
