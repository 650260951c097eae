//! Reply-shape tables: what a reply's declaration says about its JSON, as a
//! static table, and the one checker that holds a parsed reply against it.
//!
//! Every reply type is declared once, with `#[reply]` on a plain struct (see
//! `telepartner-macros`): the same declaration gives the Rust type, its
//! TypeScript type and its [`HasShape`] table. The checker runs over any parsed
//! JSON through the small [`Read`] seam: natively over `crate::json::Value`, in
//! the wasm over the object the engine's `JSON.parse` made, which then goes to
//! the caller as it is. So both builds give the same verdict on the same reply:
//! - documented fields must have their documented types;
//! - fields the declaration requires (the spec's schema `required`) must be present;
//! - undocumented fields are kept (never an error);
//! - a mismatch is a decode error naming the path (`data.session_id: expected a string`).

use crate::error::Error;

/// What a JSON value must be, from a declaration.
#[derive(Debug)]
pub enum Shape {
    /// Any JSON (a payload the spec leaves open).
    Any,
    /// A string.
    String,
    /// A number.
    Number,
    /// An integer (a number without a fraction).
    Integer,
    /// `true` or `false`.
    Bool,
    /// An id a document types as a number: a number or a string.
    Id,
    /// `null` or the inner shape.
    Nullable(&'static Shape),
    /// An array of the inner shape.
    Array(&'static Shape),
    /// An object whose every value has the inner shape.
    Map(&'static Shape),
    /// An object with documented properties (others are kept, unchecked).
    Object(&'static [Prop]),
}

/// One documented property of an object reply.
#[derive(Debug)]
pub struct Prop {
    /// Its name in the JSON.
    pub name: &'static str,
    /// What it holds.
    pub shape: &'static Shape,
    /// Whether the spec's schema requires it (`null` counts as absent for optional ones).
    pub required: bool,
}

/// A type with a reply shape (`#[reply]` structs, and the field types they use).
pub trait HasShape {
    /// The shape of its JSON.
    const SHAPE: &'static Shape;
    /// Whether a property of this type must be present (`Option` need not).
    const REQUIRED: bool = true;
}

macro_rules! shape_of {
    ($shape:expr => $($ty:ty),*) => {$(
        impl HasShape for $ty {
            const SHAPE: &'static Shape = &$shape;
        }
    )*};
}
shape_of!(Shape::String => String);
shape_of!(Shape::Number => f64, f32);
shape_of!(Shape::Integer => u8, u16, u32, u64, i32, i64);
shape_of!(Shape::Bool => bool);
shape_of!(Shape::Id => crate::reply::Id);
shape_of!(Shape::Any => crate::json::Value);
shape_of!(Shape::Map(&Shape::Any) => crate::json::Map<String, crate::json::Value>);

impl<T: HasShape> HasShape for Option<T> {
    const SHAPE: &'static Shape = &Shape::Nullable(T::SHAPE);
    const REQUIRED: bool = false;
}

impl<T: HasShape> HasShape for Vec<T> {
    const SHAPE: &'static Shape = &Shape::Array(T::SHAPE);
}

impl<T: HasShape> HasShape for std::collections::BTreeMap<String, T> {
    const SHAPE: &'static Shape = &Shape::Map(T::SHAPE);
}

/// What kind of JSON value a [`Read`] holds.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Kind {
    /// `null` (or, from JS, `undefined`).
    Null,
    /// A boolean.
    Bool,
    /// A number; `true` when it has no fraction.
    Number(bool),
    /// A string.
    String,
    /// An array.
    Array,
    /// An object.
    Object,
    /// Anything else (functions, symbols, BigInt from JS): never valid JSON.
    Other,
}

/// The seam the checker reads parsed JSON through: `crate::json::Value`
/// natively, the engine's parsed object (`JsValue`) in the wasm.
pub trait Read: Sized {
    /// What the value is.
    fn kind(&self) -> Kind;
    /// An object's property (`None` when absent).
    /// An object's property (`None` when absent). Names come from the
    /// declarations, so a reader may keep what it derives from one.
    fn prop(&self, name: &'static str) -> Option<Self>;
    /// Visit an array's items keyed by their index, or an object's
    /// properties, in order; stops at the first error `f` returns.
    fn each_child(
        &self,
        f: &mut dyn FnMut(String, Self) -> Result<(), &'static str>,
    ) -> Result<(), &'static str>;
    /// A string's text.
    fn string(&self) -> Option<String>;
    /// A number's value.
    fn number(&self) -> Option<f64>;
    /// A boolean's value.
    fn boolean(&self) -> Option<bool>;
}

impl Read for &crate::json::Value {
    fn kind(&self) -> Kind {
        use crate::json::Value;
        match self {
            Value::Null => Kind::Null,
            Value::Bool(_) => Kind::Bool,
            Value::Number(n) => Kind::Number(n.is_u64() || n.is_i64()),
            Value::String(_) => Kind::String,
            Value::Array(_) => Kind::Array,
            Value::Object(_) => Kind::Object,
        }
    }
    fn prop(&self, name: &'static str) -> Option<Self> {
        self.as_object()?.get(name)
    }
    fn each_child(
        &self,
        f: &mut dyn FnMut(String, Self) -> Result<(), &'static str>,
    ) -> Result<(), &'static str> {
        match self {
            crate::json::Value::Array(items) => {
                for (i, v) in items.iter().enumerate() {
                    f(i.to_string(), v)?;
                }
            }
            crate::json::Value::Object(map) => {
                for (k, v) in map.iter() {
                    f(k.clone(), v)?;
                }
            }
            _ => {}
        }
        Ok(())
    }
    fn string(&self) -> Option<String> {
        self.as_str().map(str::to_owned)
    }
    fn number(&self) -> Option<f64> {
        self.as_f64()
    }
    fn boolean(&self) -> Option<bool> {
        self.as_bool()
    }
}

/// The wasm's reader of a reply the engine parsed (`JSON.parse`): the checks
/// read the caller's object in place, and it goes to the caller as it is.
#[cfg(target_arch = "wasm32")]
impl Read for wasm_bindgen::JsValue {
    fn kind(&self) -> Kind {
        // Most common first: each test is a crossing into JS.
        if self.is_string() {
            Kind::String
        } else if self.is_object() {
            if js_sys::Array::is_array(self) {
                Kind::Array
            } else {
                Kind::Object
            }
        } else if let Some(n) = self.as_f64() {
            Kind::Number(n.is_finite() && n.trunc() == n)
        } else if self.as_bool().is_some() {
            Kind::Bool
        } else if self.is_null() || self.is_undefined() {
            Kind::Null
        } else {
            Kind::Other
        }
    }
    fn prop(&self, name: &'static str) -> Option<Self> {
        let v = js_sys::Reflect::get(self, &js_name(name)).ok()?;
        (!v.is_undefined()).then_some(v)
    }
    fn each_child(
        &self,
        f: &mut dyn FnMut(String, Self) -> Result<(), &'static str>,
    ) -> Result<(), &'static str> {
        use wasm_bindgen::JsCast;
        if js_sys::Array::is_array(self) {
            let items: &js_sys::Array = self.unchecked_ref();
            for i in 0..items.length() {
                f(i.to_string(), items.get(i))?;
            }
        } else {
            for pair in js_sys::Object::entries(self.unchecked_ref()).iter() {
                let pair: js_sys::Array = pair.unchecked_into();
                f(pair.get(0).as_string().unwrap_or_default(), pair.get(1))?;
            }
        }
        Ok(())
    }
    fn string(&self) -> Option<String> {
        self.as_string()
    }
    fn number(&self) -> Option<f64> {
        self.as_f64()
    }
    fn boolean(&self) -> Option<bool> {
        self.as_bool()
    }
}

/// A declared property name as a JS string, made once per name (a string
/// made from wasm memory on every read costs more than the read).
#[cfg(target_arch = "wasm32")]
fn js_name(name: &'static str) -> wasm_bindgen::JsValue {
    use std::cell::RefCell;
    thread_local! {
        static NAMES: RefCell<Vec<((usize, usize), wasm_bindgen::JsValue)>> = const { RefCell::new(Vec::new()) };
    }
    // Address and length: one name's bytes may begin another's.
    let key = (name.as_ptr() as usize, name.len());
    NAMES.with(|names| {
        let mut names = names.borrow_mut();
        if let Some((_, js)) = names.iter().find(|(k, _)| *k == key) {
            return js.clone();
        }
        let js = wasm_bindgen::JsValue::from_str(name);
        // Bounded: the declarations hold a few hundred names.
        if names.len() < 1024 {
            names.push((key, js.clone()));
        }
        js
    })
}

/// The wasm's one reader type: a reply it parsed itself, or the engine's
/// object. One type, so the checker is compiled once for both.
#[cfg(target_arch = "wasm32")]
pub enum Node<'a> {
    /// A value the crate's reader made.
    Lean(&'a crate::json::Value),
    /// An object `JSON.parse` made.
    Js(wasm_bindgen::JsValue),
}

#[cfg(target_arch = "wasm32")]
impl Read for Node<'_> {
    fn kind(&self) -> Kind {
        match self {
            Node::Lean(v) => v.kind(),
            Node::Js(v) => v.kind(),
        }
    }
    fn prop(&self, name: &'static str) -> Option<Self> {
        match self {
            Node::Lean(v) => v.prop(name).map(Node::Lean),
            Node::Js(v) => v.prop(name).map(Node::Js),
        }
    }
    fn each_child(
        &self,
        f: &mut dyn FnMut(String, Self) -> Result<(), &'static str>,
    ) -> Result<(), &'static str> {
        match self {
            Node::Lean(v) => v.each_child(&mut |k, v| f(k, Node::Lean(v))),
            Node::Js(v) => v.each_child(&mut |k, v| f(k, Node::Js(v))),
        }
    }
    fn string(&self) -> Option<String> {
        match self {
            Node::Lean(v) => v.string(),
            Node::Js(v) => v.string(),
        }
    }
    fn number(&self) -> Option<f64> {
        match self {
            Node::Lean(v) => v.number(),
            Node::Js(v) => v.number(),
        }
    }
    fn boolean(&self) -> Option<bool> {
        match self {
            Node::Lean(v) => v.boolean(),
            Node::Js(v) => v.boolean(),
        }
    }
}

/// Why a value does not fit its shape, and where (a dotted path from the root).
#[derive(Debug, PartialEq)]
pub struct Mismatch {
    /// Dotted path, `.` for the root.
    pub path: String,
    /// The rule, e.g. `expected a string`, `is required`.
    pub reason: &'static str,
}

/// Hold `value` against `shape`: the first mismatch, in document order.
pub fn check<R: Read>(shape: &Shape, value: R) -> Result<(), Mismatch> {
    let mut path = Vec::new();
    walk(shape, value, &mut path).map_err(|reason| Mismatch {
        path: if path.is_empty() {
            ".".to_owned()
        } else {
            let mut dotted = String::new();
            for (i, step) in path.iter().enumerate() {
                if i > 0 {
                    dotted.push('.');
                }
                dotted.push_str(step);
            }
            dotted
        },
        reason,
    })
}

/// [`check`] of the reply type `T`, as the SDK's decode error.
pub fn check_reply<T: HasShape, R: Read>(
    value: R,
    resp: &crate::http::HttpResponse,
) -> Result<(), Error> {
    check_shape(T::SHAPE, value, resp)
}

/// [`check`] of a reply against `shape`, as the SDK's decode error.
pub fn check_shape<R: Read>(
    shape: &Shape,
    value: R,
    resp: &crate::http::HttpResponse,
) -> Result<(), Error> {
    check(shape, value).map_err(|m| Error::Decode {
        status: resp.status,
        path: m.path,
        reason: m.reason.to_owned(),
        body: crate::error::excerpt(&resp.body),
    })
}

fn walk<R: Read>(shape: &Shape, value: R, path: &mut Vec<String>) -> Result<(), &'static str> {
    let kind = value.kind();
    let fits = |ok: bool, reason| if ok { Ok(()) } else { Err(reason) };
    match shape {
        Shape::Any => fits(kind != Kind::Other, "expected a JSON value"),
        Shape::String => fits(kind == Kind::String, "expected a string"),
        Shape::Number => fits(matches!(kind, Kind::Number(_)), "expected a number"),
        Shape::Integer => fits(kind == Kind::Number(true), "expected an integer"),
        Shape::Bool => fits(kind == Kind::Bool, "expected true or false"),
        Shape::Id => fits(
            matches!(kind, Kind::Number(_) | Kind::String),
            "expected a number or a string id",
        ),
        Shape::Nullable(inner) => match kind {
            Kind::Null => Ok(()),
            _ => walk(inner, value, path),
        },
        Shape::Array(inner) => {
            if kind != Kind::Array {
                return Err("expected an array");
            }
            each(inner, value, path)
        }
        Shape::Map(inner) => {
            if kind != Kind::Object {
                return Err("expected an object");
            }
            if matches!(inner, Shape::Any) {
                return Ok(());
            }
            each(inner, value, path)
        }
        Shape::Object(props) => {
            if kind != Kind::Object {
                return Err("expected an object");
            }
            for prop in *props {
                path.push(prop.name.to_owned());
                match value.prop(prop.name) {
                    Some(v) if v.kind() != Kind::Null || prop.required => {
                        walk(prop.shape, v, path)?
                    }
                    None if prop.required => return Err("is required"),
                    _ => {}
                }
                path.pop();
            }
            Ok(())
        }
    }
}

/// Every item of an array, or value of an object, against `inner`.
fn each<R: Read>(inner: &Shape, value: R, path: &mut Vec<String>) -> Result<(), &'static str> {
    value.each_child(&mut |key, item| {
        path.push(key);
        walk(inner, item, path)?;
        path.pop();
        Ok(())
    })
}
