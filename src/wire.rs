//! The params codec: one interpreter over static field tables.
//!
//! Every params struct gets [`Params`] from its `#[operation]` / `#[params]`
//! declaration: a static table of its wire fields (name, kind, required, rules).
//! [`encode`], one loop for every operation, checks JSON params against the
//! table and writes the wire fields, so an operation adds a table, not code, to
//! the wasm. The typed Rust path writes its struct with [`Params::to_fields`]
//! and goes through the same interpreter. The tables are also what the proxy,
//! the coverage tests and `operations()` read.
//! Errors name the field's wire name and the rule and never echo the value.

use crate::json::{Map, Value};

use crate::error::Error;
use crate::secret::Secret;

/// Type-check and re-encode a `Json` field (serde types, lists, account
/// codes): the field's wire name and its present value in, the wire value out.
pub type Decode = fn(&str, &Value) -> Result<Value, Error>;

/// A field's rules (`#[check(...)]`): its wire name, its present value (already
/// type-checked) and all of the params (for rules that read another field). The
/// name comes from the table, so every field with the same rules shares one copy.
pub type Rules = fn(&str, &Value, &Map<String, Value>) -> Result<(), Error>;

/// A group's or an operation's rules across fields (`check = f` in its
/// declaration): run on the checked wire fields, after every field rule.
pub type GroupCheck = fn(Fields<'_>) -> Result<(), Error>;

/// An operation's last word on its wire fields (`rewrite = f`): operations
/// without a spec contract rename or add fields on request.
pub type Rewrite = fn(&mut Map<String, Value>) -> Result<(), Error>;

/// The checked wire fields as rules across fields read them: values already
/// type-checked and in wire form (account codes padded, enums by name). A rule
/// reads its own fields only: natively, naming a field its declaration does not
/// have is a bug that the tests catch (a debug assertion).
#[derive(Clone, Copy)]
pub struct Fields<'a> {
    map: &'a Map<String, Value>,
    #[cfg(not(target_arch = "wasm32"))]
    table: &'static [Field],
}

impl<'a> Fields<'a> {
    /// The fields `map` of a declaration whose table is `table`.
    pub fn new(map: &'a Map<String, Value>, table: &'static [Field]) -> Self {
        #[cfg(target_arch = "wasm32")]
        let _ = table;
        Fields {
            map,
            #[cfg(not(target_arch = "wasm32"))]
            table,
        }
    }

    /// The field `name`, if present.
    pub fn get(&self, name: &str) -> Option<&'a Value> {
        #[cfg(not(target_arch = "wasm32"))]
        debug_assert!(
            Field::flat(self.table).iter().any(|f| f.name == name),
            "a rule reads `{name}`, which its declaration does not have"
        );
        self.map.get(name)
    }

    /// Whether the field `name` is present.
    pub fn has(&self, name: &str) -> bool {
        self.get(name).is_some()
    }

    /// The string field `name`, if present.
    pub fn str(&self, name: &str) -> Option<&'a str> {
        self.get(name).and_then(Value::as_str)
    }

    /// The integer field `name`, if present.
    pub fn int(&self, name: &str) -> Option<u64> {
        self.get(name).and_then(Value::as_u64)
    }
}

/// What a wire field holds (the proxy re-types query and form strings by it).
#[derive(Clone, Copy, Debug)]
pub enum FieldKind {
    /// A JSON string.
    String,
    /// A JSON integer from 0 to the bound.
    Integer(u64),
    /// A JSON number.
    Number,
    /// `true` / `false`.
    Boolean,
    /// Any other JSON (objects, lists, enums): checked and re-encoded by its decoder.
    Json(Decode),
    /// A group of fields flattened into the params (`#[flatten]`), with its
    /// rules across fields.
    Group(&'static [Field], Option<GroupCheck>),
}

impl FieldKind {
    /// The kind as `operations()` lists it.
    pub fn as_str(self) -> &'static str {
        match self {
            FieldKind::String => "string",
            FieldKind::Integer(_) => "integer",
            FieldKind::Number => "number",
            FieldKind::Boolean => "boolean",
            FieldKind::Json(_) => "json",
            FieldKind::Group(..) => "group",
        }
    }
}

/// One wire field of an operation's params, from its declaration: the static
/// table row the one params interpreter ([`encode`]) reads.
#[derive(Clone, Copy, Debug)]
pub struct Field {
    /// Wire name.
    pub name: &'static str,
    /// What it holds.
    pub kind: FieldKind,
    /// Whether it must be present.
    pub required: bool,
    /// The field's rules (`#[check(...)]`), run when it is present.
    pub rules: Option<Rules>,
    /// Those rules as declared (`digits(1, 4)`), for the command line's help (written
    /// natively into the package's `cli-rules.json`; the wasm does not carry them).
    #[cfg(not(target_arch = "wasm32"))]
    pub rule: &'static str,
}

impl Field {
    /// A flattened group of fields.
    pub const fn group(fields: &'static [Field], check: Option<GroupCheck>) -> Field {
        Field {
            name: "",
            kind: FieldKind::Group(fields, check),
            required: false,
            rules: None,
            #[cfg(not(target_arch = "wasm32"))]
            rule: "",
        }
    }

    /// Whether any field of `table` (groups included) is required.
    pub const fn any_required(table: &'static [Field]) -> bool {
        let mut i = 0;
        while i < table.len() {
            let required = match table[i].kind {
                FieldKind::Group(inner, _) => Field::any_required(inner),
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
                FieldKind::Group(inner, _) => Field::each(inner, f),
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
    /// The rules across fields (`check = f` in the declaration).
    const CHECK: Option<GroupCheck> = None;
    /// Take this struct's fields out of a JSON object (others are left).
    fn take_fields(map: &mut Map<String, Value>) -> Result<Self, Error>;
    /// Append the fields that are present, in wire order.
    fn to_fields(&self, out: &mut Map<String, Value>);
    /// Decode from a JSON object; unknown fields are an error.
    fn from_fields(map: &mut Map<String, Value>) -> Result<Self, Error> {
        reject_unknown(map, Self::TABLE)?;
        Self::take_fields(map)
    }
}

/// The params interpreter: check `input` against `table` and return the wire
/// fields, in wire order. One loop for every operation (no per-operation
/// decoder in the wasm): unknown keys are refused, each field is type-checked
/// (`null` is absent for optional fields) and re-encoded as the typed codec
/// would write it, then the field rules and group rules run in field order,
/// and last `check`, the declaration's own rules across fields (an operation's,
/// or a nested object's). Errors name the field's wire name and the rule,
/// never the value.
pub fn encode(
    table: &'static [Field],
    check: Option<GroupCheck>,
    mut input: Map<String, Value>,
) -> Result<Map<String, Value>, Error> {
    reject_unknown(&input, table)?;
    let mut out = Map::with_capacity(input.len());
    typed_fields(table, &mut input, &mut out)?;
    check_rules(table, &out)?;
    if let Some(check) = check {
        check(Fields::new(&out, table))?;
    }
    Ok(out)
}

fn typed_fields(
    table: &'static [Field],
    input: &mut Map<String, Value>,
    out: &mut Map<String, Value>,
) -> Result<(), Error> {
    for f in table {
        if let FieldKind::Group(inner, _) = f.kind {
            typed_fields(inner, input, out)?;
            continue;
        }
        match input.swap_remove(f.name) {
            None if f.required => return Err(required(f.name)),
            None => {}
            Some(Value::Null) if !f.required => {}
            Some(value) => {
                out.insert(f.name.to_owned(), typed(f.name, f.kind, value)?);
            }
        }
    }
    Ok(())
}

/// One present field's value, type-checked and in wire form.
fn typed(name: &str, kind: FieldKind, value: Value) -> Result<Value, Error> {
    let bad = |reason: &'static str| Err(Error::validation(name, reason));
    match (kind, value) {
        (FieldKind::String, v @ Value::String(_)) | (FieldKind::Boolean, v @ Value::Bool(_)) => {
            Ok(v)
        }
        (FieldKind::String, _) => bad("expected a string"),
        (FieldKind::Boolean, _) => bad("expected true or false"),
        (FieldKind::Integer(max), Value::Number(n)) => match n.as_u64() {
            Some(n) if n <= max => Ok(Value::from(n)),
            _ => bad("expected a non-negative integer"),
        },
        (FieldKind::Integer(_), _) => bad("expected a non-negative integer"),
        (FieldKind::Number, Value::Number(n)) => match n.as_f64().filter(|f| f.is_finite()) {
            Some(f) => Ok(number(f)),
            None => bad("expected a finite number"),
        },
        (FieldKind::Number, _) => bad("expected a number"),
        (FieldKind::Json(decode), v) => decode(name, &v),
        (FieldKind::Group(..), _) => bad("is a group, not a field"),
    }
}

fn check_rules(table: &'static [Field], out: &Map<String, Value>) -> Result<(), Error> {
    for f in table {
        match f.kind {
            FieldKind::Group(inner, check) => {
                check_rules(inner, out)?;
                if let Some(check) = check {
                    check(Fields::new(out, inner))?;
                }
            }
            _ => {
                if let (Some(rules), Some(value)) = (f.rules, out.get(f.name)) {
                    rules(f.name, value, out)?;
                }
            }
        }
    }
    Ok(())
}

/// A number as `JSON.stringify` writes it: integral values without a fraction.
fn number(f: f64) -> Value {
    if f.fract() == 0.0 && f.abs() < 9_007_199_254_740_992.0 {
        return Value::from(f as i64);
    }
    crate::json::Number::from_f64(f).map_or(Value::Null, Value::Number)
}

/// A `Json` field's [`Decode`] for an object declared with `#[params]` (a nested
/// object of the wire, e.g. Toku's TTS `message`): checked by the same interpreter
/// as the params, unknown keys refused, faults named inside it (`message.text`).
pub fn nested<T: Params>(field: &str, value: &Value) -> Result<Value, Error> {
    nested_object(field, value, T::TABLE, T::CHECK)
}

/// [`nested`] for a list of such objects (`commands.0.message`).
pub fn nested_list<T: Params>(field: &str, value: &Value) -> Result<Value, Error> {
    nested_objects(field, value, T::TABLE, T::CHECK)
}

/// [`nested`] by its table (one copy for every nested type).
fn nested_object(
    field: &str,
    value: &Value,
    table: &'static [Field],
    check: Option<GroupCheck>,
) -> Result<Value, Error> {
    let Value::Object(map) = value else {
        return Err(Error::validation(field, "expected an object"));
    };
    let out = encode(table, check, map.clone()).map_err(|e| within(field, e))?;
    Ok(Value::Object(out))
}

/// [`nested_list`] by its table.
fn nested_objects(
    field: &str,
    value: &Value,
    table: &'static [Field],
    check: Option<GroupCheck>,
) -> Result<Value, Error> {
    let Value::Array(items) = value else {
        return Err(Error::validation(field, "expected a list"));
    };
    let mut out = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        out.push(nested_object(&format!("{field}.{i}"), item, table, check)?);
    }
    Ok(Value::Array(out))
}

/// A fault inside the object at `field`, named from the params' root.
fn within(field: &str, e: Error) -> Error {
    match e {
        Error::Validation {
            field: inner,
            reason,
        } => Error::Validation {
            field: join(field, &inner),
            reason,
        },
        other => other,
    }
}

/// A list field read item by item with `item`, each fault named where it stands (`field.2`).
pub fn list_value<T>(
    field: &str,
    value: Option<Value>,
    item: impl Fn(&str, Option<Value>) -> Result<T, Error>,
) -> Result<Vec<T>, Error> {
    match value {
        Some(Value::Array(items)) => items
            .into_iter()
            .enumerate()
            .map(|(i, v)| item(&format!("{field}.{i}"), Some(v)))
            .collect(),
        Some(_) => Err(Error::validation(field, "expected a list")),
        None => Err(required(field)),
    }
}

/// The typed value of a [`nested`] object.
pub fn nested_value<T: Params>(field: &str, value: Option<Value>) -> Result<T, Error> {
    let value = value.ok_or_else(|| required(field))?;
    match nested::<T>(field, &value)? {
        Value::Object(mut map) => T::take_fields(&mut map).map_err(|e| within(field, e)),
        _ => Err(Error::validation(field, "expected an object")),
    }
}

/// The wire object of a `#[params]` value.
pub fn nested_wire<T: Params>(value: &T) -> Value {
    let mut out = Map::new();
    value.to_fields(&mut out);
    Value::Object(out)
}

/// `FromWire`/`ToWire` for `$ty` from its `Json` decode, its reader and its writer.
#[allow(unused_macros)] // a single-API build may declare no such field
macro_rules! wire_codec {
    ($ty:ty, $decode:expr, $read:expr, $write:expr) => {
        impl $crate::wire::FromWire for $ty {
            const KIND: $crate::wire::FieldKind = $crate::wire::FieldKind::Json($decode);
            fn from_wire(
                field: &str,
                value: Option<$crate::json::Value>,
            ) -> Result<Self, $crate::error::Error> {
                $read(field, value)
            }
        }
        impl $crate::wire::ToWire for $ty {
            fn to_wire(&self) -> Option<$crate::json::Value> {
                Some($write(self))
            }
        }
    };
}
#[allow(unused_imports)] // a single-API build may declare no such field
pub(crate) use wire_codec;

/// Fields whose type is declared with `#[params]`, alone or in lists: read and
/// written by the params interpreter (no serde visitors in the wasm).
#[allow(unused_macros)] // a single-API build may declare no such field
macro_rules! wire_via_table {
    ($($ty:ty),* $(,)?) => {$(
        $crate::wire::wire_codec!($ty, $crate::wire::nested::<$ty>, $crate::wire::nested_value, $crate::wire::nested_wire);
        impl $crate::wire::FromWire for Vec<$ty> {
            const KIND: $crate::wire::FieldKind =
                $crate::wire::FieldKind::Json($crate::wire::nested_list::<$ty>);
            fn from_wire(field: &str, value: Option<$crate::json::Value>) -> Result<Self, $crate::error::Error> {
                $crate::wire::list_value(field, value, $crate::wire::nested_value)
            }
        }
        impl $crate::wire::ToWire for Vec<$ty> {
            fn to_wire(&self) -> Option<$crate::json::Value> {
                Some($crate::json::Value::Array(self.iter().map($crate::wire::nested_wire).collect()))
            }
        }
    )*};
}
#[allow(unused_imports)] // a single-API build may declare no such field
pub(crate) use wire_via_table;

/// A rule argument that names another string field (`mobile(&self.country_code)`).
pub fn str_arg<'a>(fields: &'a Map<String, Value>, name: &str) -> &'a str {
    fields.get(name).and_then(Value::as_str).unwrap_or("")
}

/// How a field's rules read its (type-checked) wire value.
pub trait View {
    /// The value as the rules get it.
    type Out<'a>;
    /// Read `value`.
    fn view(value: &Value) -> Self::Out<'_>;
}

impl View for String {
    type Out<'a> = &'a str;
    fn view(value: &Value) -> &str {
        value.as_str().unwrap_or("")
    }
}

impl View for Secret {
    type Out<'a> = &'a str;
    fn view(value: &Value) -> &str {
        value.as_str().unwrap_or("")
    }
}

/// Integers already checked against their type's range.
macro_rules! view_integer {
    ($($ty:ty),*) => {$(
        impl View for $ty {
            type Out<'a> = $ty;
            fn view(value: &Value) -> $ty {
                value.as_u64().and_then(|n| <$ty>::try_from(n).ok()).unwrap_or(0)
            }
        }
    )*};
}
view_integer!(u32, u8);

impl View for f64 {
    type Out<'a> = f64;
    fn view(value: &Value) -> f64 {
        value.as_f64().unwrap_or(f64::NAN)
    }
}

/// A list field's rules read its items (already checked one by one).
impl<T> View for Vec<T> {
    type Out<'a> = &'a [Value];
    fn view(value: &Value) -> &[Value] {
        value.as_array().map_or(&[], Vec::as_slice)
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
            let expected: Vec<&str> = fields.iter().map(|f| f.name).collect();
            Err(not_a_parameter(key, &expected))
        }
    }
}

/// The fault of a key that is not one of `expected` (shown up to 64 characters,
/// never more of a caller's text).
pub(crate) fn not_a_parameter(key: &str, expected: &[&str]) -> Error {
    let shown: String = key.chars().take(64).collect();
    let reason = if expected.is_empty() {
        "is not a parameter of this operation (it takes none)".to_owned()
    } else {
        format!(
            "is not a parameter of this operation (expected one of {})",
            crate::text::join(expected, ", ")
        )
    };
    Error::validation(shown, reason)
}

/// Reading one field.
pub trait FromWire: Sized {
    /// What the field holds on the wire (how [`encode`] checks it).
    const KIND: FieldKind;
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
    const KIND: FieldKind = FieldKind::Integer(u32::MAX as u64);
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

impl FromWire for u8 {
    const KIND: FieldKind = FieldKind::Integer(u8::MAX as u64);
    fn from_wire(field: &str, value: Option<Value>) -> Result<Self, Error> {
        u32::from_wire(field, value)?
            .try_into()
            .map_err(|_| Error::validation(field, "expected an integer from 0 to 255"))
    }
}

impl ToWire for u8 {
    fn to_wire(&self) -> Option<Value> {
        Some(Value::from(*self))
    }
}

impl ToWire for u32 {
    fn to_wire(&self) -> Option<Value> {
        Some(Value::from(*self))
    }
}

impl FromWire for u64 {
    const KIND: FieldKind = FieldKind::Integer(9_007_199_254_740_991);
    fn from_wire(field: &str, value: Option<Value>) -> Result<Self, Error> {
        match value {
            Some(v) => id_value(&v).ok_or_else(|| not_an_id(field)),
            None => Err(required(field)),
        }
    }
}

/// An id: a non-negative integer a JS number holds exactly.
fn id_value(value: &Value) -> Option<u64> {
    value.as_u64().filter(|&n| n <= 9_007_199_254_740_991)
}

fn not_an_id(field: &str) -> Error {
    Error::validation(field, "expected a non-negative integer")
}

impl ToWire for u64 {
    fn to_wire(&self) -> Option<Value> {
        Some(Value::from(*self))
    }
}

/// A list of ids (non-negative integers), each checked where it stands (`country_id.2`).
impl FromWire for Vec<u64> {
    // Checked where it stands: an id's wire value is the number it was given.
    const KIND: FieldKind = FieldKind::Json(|field, value| {
        let Value::Array(items) = value else {
            return Err(Error::validation(field, "expected a list"));
        };
        match items.iter().position(|v| id_value(v).is_none()) {
            Some(i) => Err(not_an_id(&format!("{field}.{i}"))),
            None => Ok(value.clone()),
        }
    });
    fn from_wire(field: &str, value: Option<Value>) -> Result<Self, Error> {
        list_value(field, value, u64::from_wire)
    }
}

impl ToWire for Vec<u64> {
    fn to_wire(&self) -> Option<Value> {
        Some(Value::Array(
            self.iter().map(|&id| Value::from(id)).collect(),
        ))
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
        Some(number(*self)).filter(|v| !v.is_null())
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

/// A JSON object taken as it is (e.g. click-connect's `extra_fields`).
impl FromWire for Map<String, Value> {
    const KIND: FieldKind = FieldKind::Json(|field, value| match value {
        Value::Object(_) => Ok(value.clone()),
        _ => Err(Error::validation(field, "expected an object")),
    });
    fn from_wire(field: &str, value: Option<Value>) -> Result<Self, Error> {
        match value {
            Some(Value::Object(map)) => Ok(map),
            Some(_) => Err(Error::validation(field, "expected an object")),
            None => Err(required(field)),
        }
    }
}

impl ToWire for Map<String, Value> {
    fn to_wire(&self) -> Option<Value> {
        Some(Value::Object(self.clone()))
    }
}

/// A field of a string enum (`"0"`/`"1"`, `lowercase` names): its variants
/// listed once by [`wire_enum!`], their wire names taken from the enum's own
/// `Serialize` (its serde renames: one declaration), read without serde's
/// visitors in the wasm.
pub trait WireEnum: Copy + serde::Serialize + 'static {
    /// Every variant, in declaration order.
    const ALL: &'static [Self];
}

fn enum_name<T: WireEnum>(v: &T) -> String {
    match crate::json::to_value(v) {
        Ok(Value::String(s)) => s,
        _ => String::new(),
    }
}

/// The wire names of `T`'s variants, in declaration order.
fn enum_names<T: WireEnum>() -> Vec<String> {
    let mut names = Vec::with_capacity(T::ALL.len());
    for v in T::ALL {
        names.push(enum_name(v));
    }
    names
}

/// Where `value` stands among `names`; else the names, as serde words them.
/// Not generic: one copy serves every enum.
fn enum_index(field: &str, value: Option<&Value>, names: &[String]) -> Result<usize, Error> {
    let value = value.ok_or_else(|| required(field))?;
    let found = value
        .as_str()
        .and_then(|s| names.iter().position(|n| n == s));
    found.ok_or_else(|| {
        let mut reason = String::from(if names.len() > 2 {
            "expected one of "
        } else {
            "expected "
        });
        for (i, n) in names.iter().enumerate() {
            if i > 0 {
                reason.push_str(if names.len() == 2 { " or " } else { ", " });
            }
            reason.push('\'');
            reason.push_str(n);
            reason.push('\'');
        }
        Error::validation(field, reason)
    })
}

/// The variant whose wire name is `value`; else the names, as serde words them.
pub fn enum_value<T: WireEnum>(field: &str, value: Option<Value>) -> Result<T, Error> {
    let i = enum_index(field, value.as_ref(), &enum_names::<T>())?;
    T::ALL
        .get(i)
        .copied()
        .ok_or_else(|| Error::validation(field, "is not a variant"))
}

/// The wire form of a [`WireEnum`] value: its name.
pub fn enum_wire<T: WireEnum>(v: &T) -> Value {
    Value::String(enum_name(v))
}

/// A `Json` field's [`Decode`] for a [`WireEnum`]: the name as it came, once it is one.
pub fn enum_json<T: WireEnum>(field: &str, value: &Value) -> Result<Value, Error> {
    enum_index(field, Some(value), &enum_names::<T>()).map(|_| value.clone())
}

/// `FromWire`/`ToWire` for string enums, each listed with all its variants (a
/// variant left out fails to compile).
#[allow(unused_macros)] // a single-API build may declare no such field
macro_rules! wire_enum {
    ($($ty:ident: $($variant:ident),+;)*) => {$(
        impl $crate::wire::WireEnum for $ty {
            const ALL: &'static [$ty] = &[$($ty::$variant),+];
        }
        const _: fn($ty) = |v| match v { $($ty::$variant)|+ => {} };
        $crate::wire::wire_codec!($ty, $crate::wire::enum_json::<$ty>, $crate::wire::enum_value, $crate::wire::enum_wire);
    )*};
}
#[allow(unused_imports)] // a single-API build may declare no such field
pub(crate) use wire_enum;

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
        format!("string {}", crate::json::quoted(rest.split('`').next()?))
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
        if found.is_none() && crate::de::describe(v) == target {
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

fn join(path: &str, field: &str) -> String {
    if path.is_empty() {
        field.to_owned()
    } else {
        format!("{path}.{field}")
    }
}
