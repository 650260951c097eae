//! The params codec: JSON object <-> params struct, field by field.
//!
//! Every params struct gets [`Params`] from its `#[operation]` / `#[params]`
//! declaration: a static field table plus one small call per field, so each
//! operation adds little code to the wasm (serde's derived visitors are several
//! times larger per struct). The field table is what the proxy, the coverage
//! tests and `operations()` read.
//! Errors name the field's wire name and the rule and never echo the value.

use std::collections::BTreeMap;

use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

use crate::error::Error;
use crate::secret::Secret;

/// What a wire field holds (the proxy re-types query and form strings by it).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldKind {
    /// A JSON string.
    String,
    /// A JSON integer.
    Integer,
    /// A JSON number.
    Number,
    /// `true` / `false`.
    Boolean,
    /// Any other JSON (objects, lists, enums decoded with serde).
    Json,
    /// A group of fields flattened into the params (`#[flatten]`).
    Group(&'static [Field]),
}

impl FieldKind {
    /// The kind as `operations()` lists it.
    pub fn as_str(self) -> &'static str {
        match self {
            FieldKind::String => "string",
            FieldKind::Integer => "integer",
            FieldKind::Number => "number",
            FieldKind::Boolean => "boolean",
            FieldKind::Json => "json",
            FieldKind::Group(_) => "group",
        }
    }
}

/// One wire field of an operation's params, from its declaration.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Field {
    /// Wire name.
    pub name: &'static str,
    /// What it holds.
    pub kind: FieldKind,
    /// Whether it must be present.
    pub required: bool,
}

impl Field {
    /// A flattened group of fields.
    pub const fn group(fields: &'static [Field]) -> Field {
        Field {
            name: "",
            kind: FieldKind::Group(fields),
            required: false,
        }
    }

    /// Whether any field of `table` (groups included) is required.
    pub const fn any_required(table: &'static [Field]) -> bool {
        let mut i = 0;
        while i < table.len() {
            let required = match table[i].kind {
                FieldKind::Group(inner) => Field::any_required(inner),
                _ => table[i].required,
            };
            if required {
                return true;
            }
            i += 1;
        }
        false
    }

    /// Visit the plain fields of `table`, groups flattened, in wire order.
    pub fn each(table: &'static [Field], f: &mut impl FnMut(&'static Field)) {
        for field in table {
            match field.kind {
                FieldKind::Group(inner) => Field::each(inner, f),
                _ => f(field),
            }
        }
    }

    /// The plain fields of `table`, groups flattened, in wire order.
    pub fn flat(table: &'static [Field]) -> Vec<&'static Field> {
        let mut out = Vec::new();
        Field::each(table, &mut |f| out.push(f));
        out
    }
}

/// A params struct as wire fields (implemented by `#[operation]` / `#[params]`).
pub trait Params: Sized {
    /// The fields, in declaration (= wire) order; groups nest.
    const TABLE: &'static [Field];
    /// Take this struct's fields out of a JSON object (others are left).
    fn take_fields(map: &mut Map<String, Value>) -> Result<Self, Error>;
    /// Append the fields that are present, in wire order.
    fn to_fields(&self, out: &mut Map<String, Value>);
    /// The field rules of the declaration (`#[check(...)]`), in field order.
    fn check_fields(&self) -> Result<(), Error>;
    /// Decode from a JSON object; unknown fields are an error.
    fn from_fields(map: &mut Map<String, Value>) -> Result<Self, Error> {
        reject_unknown(map, Self::TABLE)?;
        Self::take_fields(map)
    }
}

/// Refuse keys that are not fields of the params.
pub fn reject_unknown(map: &Map<String, Value>, table: &'static [Field]) -> Result<(), Error> {
    let fields = Field::flat(table);
    match map
        .keys()
        .find(|k| !fields.iter().any(|f| f.name == k.as_str()))
    {
        None => Ok(()),
        Some(key) => {
            let shown: String = key.chars().take(64).collect();
            let expected: Vec<&str> = fields.iter().map(|f| f.name).collect();
            let reason = if expected.is_empty() {
                "is not a parameter of this operation (it takes none)".to_owned()
            } else {
                format!(
                    "is not a parameter of this operation (expected one of {})",
                    expected.join(", ")
                )
            };
            Err(Error::validation(shown, reason))
        }
    }
}

/// Reading one field.
pub trait FromWire: Sized {
    /// What the field holds on the wire.
    const KIND: FieldKind = FieldKind::Json;
    /// Whether the field must be present (`Option` fields need not).
    const REQUIRED: bool = true;
    /// `value` is `None` when the field is absent.
    fn from_wire(field: &str, value: Option<Value>) -> Result<Self, Error>;
}

/// Writing one field; `None` leaves it out.
pub trait ToWire {
    /// The field's JSON value, or `None` to omit it.
    fn to_wire(&self) -> Option<Value>;
}

fn required(field: &str) -> Error {
    Error::validation(field, "is required")
}

impl FromWire for String {
    const KIND: FieldKind = FieldKind::String;
    fn from_wire(field: &str, value: Option<Value>) -> Result<Self, Error> {
        match value {
            Some(Value::String(s)) => Ok(s),
            Some(_) => Err(Error::validation(field, "expected a string")),
            None => Err(required(field)),
        }
    }
}

impl ToWire for String {
    fn to_wire(&self) -> Option<Value> {
        Some(Value::String(self.clone()))
    }
}

impl FromWire for Secret {
    const KIND: FieldKind = FieldKind::String;
    fn from_wire(field: &str, value: Option<Value>) -> Result<Self, Error> {
        String::from_wire(field, value).map(Secret)
    }
}

impl ToWire for Secret {
    fn to_wire(&self) -> Option<Value> {
        Some(Value::String(self.expose().to_owned()))
    }
}

impl FromWire for u32 {
    const KIND: FieldKind = FieldKind::Integer;
    fn from_wire(field: &str, value: Option<Value>) -> Result<Self, Error> {
        match value {
            Some(Value::Number(n)) => n
                .as_u64()
                .and_then(|n| u32::try_from(n).ok())
                .ok_or_else(|| Error::validation(field, "expected a non-negative integer")),
            Some(_) => Err(Error::validation(field, "expected a non-negative integer")),
            None => Err(required(field)),
        }
    }
}

impl ToWire for u32 {
    fn to_wire(&self) -> Option<Value> {
        Some(Value::from(*self))
    }
}

impl FromWire for u64 {
    const KIND: FieldKind = FieldKind::Integer;
    fn from_wire(field: &str, value: Option<Value>) -> Result<Self, Error> {
        match value {
            Some(Value::Number(n)) if n.as_u64().is_some_and(|n| n <= 9_007_199_254_740_991) => {
                Ok(n.as_u64().unwrap_or(0))
            }
            Some(_) => Err(Error::validation(field, "expected a non-negative integer")),
            None => Err(required(field)),
        }
    }
}

impl ToWire for u64 {
    fn to_wire(&self) -> Option<Value> {
        Some(Value::from(*self))
    }
}

/// Lists (of numbers or of nested objects) are decoded with serde.
impl<T: DeserializeOwned + serde::Serialize> FromWire for Vec<T> {
    fn from_wire(field: &str, value: Option<Value>) -> Result<Self, Error> {
        from_serde(field, value)
    }
}

impl<T: serde::Serialize> ToWire for Vec<T> {
    fn to_wire(&self) -> Option<Value> {
        serde_json::to_value(self).ok()
    }
}

impl FromWire for bool {
    const KIND: FieldKind = FieldKind::Boolean;
    fn from_wire(field: &str, value: Option<Value>) -> Result<Self, Error> {
        match value {
            Some(Value::Bool(b)) => Ok(b),
            Some(_) => Err(Error::validation(field, "expected true or false")),
            None => Err(required(field)),
        }
    }
}

impl ToWire for bool {
    fn to_wire(&self) -> Option<Value> {
        Some(Value::Bool(*self))
    }
}

/// Numbers (amounts): finite JSON numbers only.
impl FromWire for f64 {
    const KIND: FieldKind = FieldKind::Number;
    fn from_wire(field: &str, value: Option<Value>) -> Result<Self, Error> {
        match value {
            Some(Value::Number(n)) => n
                .as_f64()
                .filter(|f| f.is_finite())
                .ok_or_else(|| Error::validation(field, "expected a finite number")),
            Some(_) => Err(Error::validation(field, "expected a number")),
            None => Err(required(field)),
        }
    }
}

/// Written as `JSON.stringify` would: integral values without a fraction (`10`, not `10.0`).
impl ToWire for f64 {
    fn to_wire(&self) -> Option<Value> {
        if self.fract() == 0.0 && self.abs() < 9_007_199_254_740_992.0 {
            return Some(Value::from(*self as i64));
        }
        serde_json::Number::from_f64(*self).map(Value::Number)
    }
}

/// Optional fields: absent or `null` is `None`.
impl<T: FromWire> FromWire for Option<T> {
    const KIND: FieldKind = T::KIND;
    const REQUIRED: bool = false;
    fn from_wire(field: &str, value: Option<Value>) -> Result<Self, Error> {
        match value {
            None | Some(Value::Null) => Ok(None),
            some => T::from_wire(field, some).map(Some),
        }
    }
}

impl<T: ToWire> ToWire for Option<T> {
    fn to_wire(&self) -> Option<Value> {
        self.as_ref().and_then(ToWire::to_wire)
    }
}

/// Fields whose type already has serde impls (enums, nested objects, maps):
/// decoded with serde, errors located inside the value.
macro_rules! wire_via_serde {
    ($($ty:ty),* $(,)?) => {$(
        impl $crate::wire::FromWire for $ty {
            fn from_wire(field: &str, value: Option<serde_json::Value>) -> Result<Self, $crate::error::Error> {
                $crate::wire::from_serde(field, value)
            }
        }
        impl $crate::wire::ToWire for $ty {
            fn to_wire(&self) -> Option<serde_json::Value> {
                serde_json::to_value(self).ok()
            }
        }
    )*};
}
pub(crate) use wire_via_serde;

wire_via_serde!(BTreeMap<String, String>, Map<String, Value>);

/// Decode a field with serde, naming the failing place inside it.
pub fn from_serde<T: DeserializeOwned>(field: &str, value: Option<Value>) -> Result<T, Error> {
    let value = value.ok_or_else(|| required(field))?;
    T::deserialize(&value).map_err(|e| {
        let msg = e.to_string();
        let inner = locate(&value, &msg).unwrap_or_default();
        let path = if inner.is_empty() {
            field.to_owned()
        } else {
            format!("{field}.{inner}")
        };
        serde_error(&path, &msg)
    })
}

/// Where in `root` serde's message `msg` points, as a dotted path.
pub(crate) fn locate(root: &Value, msg: &str) -> Option<String> {
    let quoted = |rest: &str| rest.split('`').next().map(str::to_owned);
    let mut found: Option<(usize, String)> = None;
    if let Some(name) = msg.strip_prefix("unknown field `").and_then(quoted) {
        // A misspelled key: its first occurrence.
        walk(root, String::new(), &mut |path, v| {
            if found.is_none() && v.as_object().is_some_and(|m| m.contains_key(&name)) {
                found = Some((0, join(path, &name)));
            }
        });
        return found.map(|(_, p)| p);
    }
    if let Some(name) = msg.strip_prefix("missing field `").and_then(quoted) {
        // The deepest object that lacks it.
        walk(root, String::new(), &mut |path, v| {
            let depth = if path.is_empty() {
                0
            } else {
                path.split('.').count()
            };
            let deeper = found.as_ref().is_none_or(|(d, _)| depth > *d);
            if deeper && v.as_object().is_some_and(|m| !m.contains_key(&name)) {
                found = Some((depth, join(path, &name)));
            }
        });
        return found.map(|(_, p)| p);
    }
    let target = if let Some(rest) = msg.strip_prefix("unknown variant `") {
        format!("string {:?}", rest.split('`').next()?)
    } else {
        let rest = msg
            .strip_prefix("invalid type: ")
            .or_else(|| msg.strip_prefix("invalid value: "))?;
        match rest.split(", expected").next()? {
            "unit value" => "null".to_owned(),
            other => other.to_owned(),
        }
    };
    walk(root, String::new(), &mut |path, v| {
        if found.is_none() && describe(v) == target {
            found = Some((0, path.to_owned()));
        }
    });
    found.map(|(_, p)| p)
}

fn walk(v: &Value, path: String, f: &mut impl FnMut(&str, &Value)) {
    f(&path, v);
    match v {
        Value::Object(map) => map
            .iter()
            .for_each(|(k, child)| walk(child, join(&path, k), f)),
        Value::Array(items) => items
            .iter()
            .enumerate()
            .for_each(|(i, child)| walk(child, join(&path, &i.to_string()), f)),
        _ => {}
    }
}

/// serde's `Unexpected` description of a JSON value (`integer `42``, `string "x"`, `map`).
fn describe(v: &Value) -> String {
    use serde::de::Unexpected;
    let unexpected = match v {
        Value::Null => return "null".to_owned(),
        Value::Bool(b) => Unexpected::Bool(*b),
        Value::Number(n) => match (n.as_u64(), n.as_i64(), n.as_f64()) {
            (Some(u), _, _) => Unexpected::Unsigned(u),
            (_, Some(i), _) => Unexpected::Signed(i),
            (_, _, f) => Unexpected::Float(f.unwrap_or(f64::NAN)),
        },
        Value::String(s) => Unexpected::Str(s),
        Value::Array(_) => Unexpected::Seq,
        Value::Object(_) => Unexpected::Map,
    };
    unexpected.to_string()
}

/// A serde message as a field + rule, without the offending value.
fn serde_error(path: &str, msg: &str) -> Error {
    if msg.starts_with("missing field ") {
        return Error::validation(path, "is required");
    }
    if let Some(rest) = msg.strip_prefix("unknown field ") {
        let expected = rest
            .split_once(", expected ")
            .map(|(_, e)| e.replace('`', ""))
            .unwrap_or_default();
        return Error::validation(
            path,
            format!("is not a parameter of this operation (expected {expected})"),
        );
    }
    let reason = match msg.split_once("expected ") {
        Some((_, expected)) => format!("expected {}", expected.replace('`', "'")),
        None => "has an invalid value".to_owned(),
    };
    Error::validation(path, reason)
}

fn join(path: &str, field: &str) -> String {
    if path.is_empty() {
        field.to_owned()
    } else {
        format!("{path}.{field}")
    }
}
