//! The JS functions the wasm calls, declared with `JsValue` in every argument
//! and result where js-sys and web-sys use `&str`, `u32`, `i64` or `bool`.
//!
//! Why: Node 20's engine (V8 11.3) compiles one wrapper per distinct
//! signature of a wasm import, once when the module is compiled and again
//! when it is instantiated (about 0.05-0.1 ms each, measured: 29 distinct
//! signatures were 2-3 of the 4-5 ms an entry took to start). The functions
//! here share the few signatures every wasm-bindgen module already has
//! (`(externref, ..) -> externref` and `() -> externref`), so they add none.
//! Browsers' newer engines wrap imports generically; there it changes nothing.

use js_sys::{Function, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

#[wasm_bindgen]
extern "C" {
    /// `Reflect.set(target, key, value)`, on an object the SDK made itself
    /// (a plain object or an `Error`: it cannot throw).
    #[wasm_bindgen(js_namespace = Reflect, js_name = set)]
    fn reflect_set(target: &JsValue, key: &JsValue, value: &JsValue);
    /// `Reflect.apply(f, this, args)`: a call with any number of arguments.
    #[wasm_bindgen(js_namespace = Reflect, js_name = apply, catch)]
    fn reflect_apply(f: &JsValue, this: &JsValue, args: &JsValue) -> Result<JsValue, JsValue>;
    /// `Date.now()`.
    #[wasm_bindgen(js_namespace = Date, js_name = now)]
    fn date_now() -> JsValue;
    /// `parseFloat(text)`.
    #[wasm_bindgen(js_name = parseFloat)]
    fn parse_float_js(text: &JsValue) -> JsValue;
    /// `String(value)`.
    #[wasm_bindgen(js_name = String)]
    fn string_of(value: &JsValue) -> JsValue;
    /// `globalThis`.
    #[wasm_bindgen(thread_local_v2, js_name = globalThis)]
    static GLOBAL_THIS: JsValue;
    /// `crypto.getRandomValues(array)`; an error where there is no `crypto`.
    #[wasm_bindgen(js_namespace = crypto, js_name = getRandomValues, catch)]
    fn get_random_values(array: &JsValue) -> Result<JsValue, JsValue>;
    /// A `Uint8Array`, as these declarations see it.
    #[wasm_bindgen(js_name = Uint8Array)]
    type Bytes;
    /// `new Uint8Array(length)`.
    #[wasm_bindgen(constructor, js_class = "Uint8Array")]
    fn new(length: &JsValue) -> Bytes;
    /// `array.set(source, offset)`.
    #[wasm_bindgen(method, js_class = "Uint8Array", js_name = set)]
    fn set_at(this: &Bytes, source: &JsValue, offset: &JsValue);
    /// An `EventTarget` (an `AbortSignal`), as these declarations see it.
    #[wasm_bindgen(js_name = EventTarget)]
    type Target;
    /// `target.addEventListener(type, listener)`.
    #[wasm_bindgen(method, js_class = "EventTarget", js_name = addEventListener)]
    fn add_listener(this: &Target, kind: &JsValue, listener: &JsValue);
    /// `target.removeEventListener(type, listener)`.
    #[wasm_bindgen(method, js_class = "EventTarget", js_name = removeEventListener)]
    fn remove_listener(this: &Target, kind: &JsValue, listener: &JsValue);
    /// The global `fetch(url, init)`.
    #[wasm_bindgen(js_name = fetch)]
    fn global_fetch(url: &JsValue, init: &JsValue) -> js_sys::Promise;
    /// `init.method = value`: a property store of its own, fast on every
    /// attempt (a generic `Reflect.set` with a key made per call is not).
    #[wasm_bindgen(method, setter = method)]
    fn set_method(this: &InitObject, value: &JsValue);
    /// `init.credentials = value`.
    #[wasm_bindgen(method, setter = credentials)]
    fn set_credentials(this: &InitObject, value: &JsValue);
    /// A `RequestInit` (a plain object), as these declarations see it.
    #[wasm_bindgen(js_name = Object)]
    type InitObject;
    /// A `Request`, as these declarations see it.
    #[wasm_bindgen(js_name = Request)]
    type NewRequest;
    /// `new Request(url, init)`.
    #[wasm_bindgen(constructor, js_class = "Request", catch)]
    fn new(url: &JsValue, init: &JsValue) -> Result<NewRequest, JsValue>;
}

/// `init.method = method` (web-sys's setter takes `&str`: a signature of its own).
pub(crate) fn init_method(init: &web_sys::RequestInit, method: &str) {
    init.unchecked_ref::<InitObject>()
        .set_method(&JsValue::from_str(method));
}

/// `init.credentials = mode` (web-sys's setter takes an enum: a signature of its own).
pub(crate) fn init_credentials(init: &web_sys::RequestInit, mode: web_sys::RequestCredentials) {
    init.unchecked_ref::<InitObject>()
        .set_credentials(&mode.into());
}

/// `target[key] = value` on an object the SDK made.
pub(crate) fn set(target: &JsValue, key: &str, value: &JsValue) {
    reflect_set(target, &JsValue::from_str(key), value);
}

/// `f.call(this, ...args)`.
pub(crate) fn call(f: &Function, this: &JsValue, args: &[&JsValue]) -> Result<JsValue, JsValue> {
    let list = js_sys::Array::new();
    for (i, arg) in args.iter().enumerate() {
        reflect_set(&list, &JsValue::from_f64(i as f64), arg);
    }
    reflect_apply(f, this, &list)
}

/// `Date.now()`, in milliseconds since the epoch.
pub(crate) fn now_ms() -> f64 {
    date_now().as_f64().unwrap_or(0.0)
}

/// `parseFloat(text)`.
pub(crate) fn parse_float(text: &str) -> f64 {
    parse_float_js(&JsValue::from_str(text))
        .as_f64()
        .unwrap_or(f64::NAN)
}

/// The engine's own decimal text of a number (`String(x)`).
pub(crate) fn number_text(x: f64) -> String {
    string_of(&JsValue::from_f64(x))
        .as_string()
        .unwrap_or_default()
}

/// `globalThis`.
pub(crate) fn global() -> JsValue {
    GLOBAL_THIS.with(JsValue::clone)
}

/// Fill `buf` from `crypto.getRandomValues`; `None` where the runtime has none.
pub(crate) fn random_bytes(buf: &mut [u8]) -> Option<()> {
    let array: Uint8Array = Bytes::new(&JsValue::from_f64(buf.len() as f64)).unchecked_into();
    get_random_values(&array).ok()?;
    copy_into(buf, &array);
    Some(())
}

/// The bytes of a JS `Uint8Array`, copied into the wasm.
pub(crate) fn to_vec(array: &Uint8Array) -> Vec<u8> {
    let mut out = vec![0; array.length() as usize];
    copy_into(&mut out, array);
    out
}

thread_local! {
    /// A view of the wasm's memory, made again when the memory has grown
    /// (growing detaches the old buffer: its views' length drops to 0).
    static MEMORY: std::cell::RefCell<Option<Uint8Array>> = const { std::cell::RefCell::new(None) };
}

/// Copy `source` (as long as `dst`) into `dst`, through a view of the wasm's
/// memory (checked after every allocation: `dst` may have grown the memory).
fn copy_into(dst: &mut [u8], source: &Uint8Array) {
    if dst.is_empty() {
        return;
    }
    MEMORY.with(|m| {
        let mut m = m.borrow_mut();
        if m.as_ref().is_none_or(|v| v.byte_length() == 0) {
            let memory: js_sys::WebAssembly::Memory = wasm_bindgen::memory().unchecked_into();
            *m = Some(Uint8Array::new(&memory.buffer()));
        }
        if let Some(view) = m.as_ref() {
            let offset = JsValue::from_f64(dst.as_mut_ptr() as usize as f64);
            view.unchecked_ref::<Bytes>().set_at(source, &offset);
        }
    });
}

/// Run `listener` when `target` fires `kind` (add) or no longer (remove).
pub(crate) fn listen(target: &web_sys::EventTarget, kind: &str, listener: &JsValue, on: bool) {
    let kind = JsValue::from_str(kind);
    let target: &Target = target.unchecked_ref();
    if on {
        target.add_listener(&kind, listener);
    } else {
        target.remove_listener(&kind, listener);
    }
}

/// The global `fetch(url, init)`.
pub(crate) fn fetch(url: &str, init: &JsValue) -> js_sys::Promise {
    global_fetch(&JsValue::from_str(url), init)
}

/// `new Request(url, init)`.
pub(crate) fn request(url: &str, init: &JsValue) -> Result<web_sys::Request, JsValue> {
    NewRequest::new(&JsValue::from_str(url), init).map(JsCast::unchecked_into)
}
