//! Types shared by the typed replies of every API.

use crate::json::Value;
use serde::{Deserialize, Deserializer, Serialize};

/// An id a document types as a number, kept as it was sent: a JSON number, or
/// a string (an id beyond 2^53 reaches JS as a string, never a rounded number).
/// TypeScript: `number | string`.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(transparent)]
pub struct Id(pub Value);

impl<'de> Deserialize<'de> for Id {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        match Value::deserialize(d)? {
            v @ (Value::Number(_) | Value::String(_)) => Ok(Id(v)),
            _ => Err(serde::de::Error::custom("expected a number or a string id")),
        }
    }
}
