//! Types shared by several IVR Solutions operations.

use serde::{Deserialize, Serialize};
use telepartner_macros::params;

use crate::error::Error;
use crate::json::{Map, Value};
use crate::validate as v;
use crate::wire::not_a_parameter;

/// A `"0"`/`"1"` switch, as the spec spells it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub enum Flag {
    /// `"0"`: off.
    #[serde(rename = "0")]
    Off,
    /// `"1"`: on.
    #[serde(rename = "1")]
    On,
}

/// Opening hours of one day.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(deny_unknown_fields)]
pub struct DayHours {
    /// Opening time, `HH:MM` (24 h).
    pub open: String,
    /// Closing time, `HH:MM` (24 h), after `open`.
    pub close: String,
}

/// Working hours keyed by day (`mon`..`sun`); days left out are closed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(deny_unknown_fields)]
pub struct WorkingHours {
    /// Monday.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mon: Option<DayHours>,
    /// Tuesday.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tue: Option<DayHours>,
    /// Wednesday.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wed: Option<DayHours>,
    /// Thursday.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub thu: Option<DayHours>,
    /// Friday.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fri: Option<DayHours>,
    /// Saturday.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sat: Option<DayHours>,
    /// Sunday.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sun: Option<DayHours>,
}

impl WorkingHours {
    /// Every given day has `HH:MM` times with `open` before `close`.
    pub fn validate(&self, field: &str) -> Result<(), Error> {
        for (day, hours) in self.days() {
            let Some(h) = hours else { continue };
            let at = |k: &str| format!("{field}.{day}.{k}");
            let open = v::parse_hhmm(&h.open)
                .ok_or_else(|| Error::validation(at("open"), "expected HH:MM (00:00-23:59)"))?;
            let close = v::parse_hhmm(&h.close)
                .ok_or_else(|| Error::validation(at("close"), "expected HH:MM (00:00-23:59)"))?;
            if open >= close {
                return Err(Error::validation(at("close"), "must be after open"));
            }
        }
        Ok(())
    }
}

crate::wire::wire_enum!(Flag: Off, On;);

/// When a DID, agent or WhatsApp number takes calls: the fields the three
/// `set_*_schedule` operations share.
#[params]
pub struct Schedule {
    /// IANA time zone, e.g. `Asia/Kolkata`.
    #[check(timezone)]
    pub timezone: String,
    /// Working hours keyed by day (`open` before `close`, `HH:MM`).
    #[check(self::working_hours)]
    pub working_hours: Option<WorkingHours>,
}

impl crate::validate::RuleInput for WorkingHours {
    type Input = WorkingHours;
    fn rule_input(&self) -> &WorkingHours {
        self
    }
}

impl crate::wire::View for WorkingHours {
    type Out<'a> = WorkingHours;
    /// The hours, typed (the value was type-checked before the rules run).
    fn view(value: &Value) -> WorkingHours {
        WorkingHours::from_json("working_hours", value).unwrap_or_default()
    }
}

impl WorkingHours {
    /// Read the hours from JSON as the serde derive does (days and hours only,
    /// `null` for a closed day), naming the place of a fault (`field.mon.open`).
    /// Written out: serde's derived visitors for these two structs were 6 KB of wasm.
    pub fn from_json(field: &str, value: &Value) -> Result<WorkingHours, Error> {
        let Value::Object(days) = value else {
            return Err(Error::validation(
                field,
                "expected an object keyed by day (mon to sun)",
            ));
        };
        let names = WorkingHours::default().days().map(|(day, _)| day);
        let mut hours_of: [Option<DayHours>; 7] = Default::default();
        for (day, hours) in days {
            let at = format!("{field}.{day}");
            let Some(i) = names.iter().position(|d| d == day) else {
                return Err(not_a_parameter(&at, &names));
            };
            if !hours.is_null() {
                hours_of[i] = Some(DayHours::from_json(&at, hours)?);
            }
        }
        // In the order of `days()`.
        let [mon, tue, wed, thu, fri, sat, sun] = hours_of;
        Ok(WorkingHours {
            mon,
            tue,
            wed,
            thu,
            fri,
            sat,
            sun,
        })
    }

    /// The hours as JSON: the given days in wire order.
    pub fn to_json(&self) -> Value {
        let days = self
            .days()
            .into_iter()
            .filter_map(|(day, hours)| Some((day.to_owned(), hours.as_ref()?.to_json())))
            .collect();
        Value::Object(days)
    }

    /// Each day with its hours, in wire order.
    fn days(&self) -> [(&'static str, &Option<DayHours>); 7] {
        let WorkingHours {
            mon,
            tue,
            wed,
            thu,
            fri,
            sat,
            sun,
        } = self;
        [
            ("mon", mon),
            ("tue", tue),
            ("wed", wed),
            ("thu", thu),
            ("fri", fri),
            ("sat", sat),
            ("sun", sun),
        ]
    }
}

impl DayHours {
    fn from_json(field: &str, value: &Value) -> Result<DayHours, Error> {
        let Value::Object(map) = value else {
            return Err(Error::validation(
                field,
                "expected an object with open and close",
            ));
        };
        if let Some(key) = map.keys().find(|k| !matches!(k.as_str(), "open" | "close")) {
            return Err(not_a_parameter(
                &format!("{field}.{key}"),
                &["open", "close"],
            ));
        }
        let time = |name: &str| match map.get(name) {
            Some(Value::String(s)) => Ok(s.clone()),
            None => Err(Error::validation(format!("{field}.{name}"), "is required")),
            Some(_) => Err(Error::validation(
                format!("{field}.{name}"),
                "expected a string",
            )),
        };
        Ok(DayHours {
            open: time("open")?,
            close: time("close")?,
        })
    }

    fn to_json(&self) -> Value {
        let mut map = Map::new();
        map.insert("open".into(), Value::String(self.open.clone()));
        map.insert("close".into(), Value::String(self.close.clone()));
        Value::Object(map)
    }
}

/// The hours of a `working_hours` field: read and written by hand, not serde.
fn working_hours_json(field: &str, value: &Value) -> Result<Value, Error> {
    WorkingHours::from_json(field, value).map(|hours| hours.to_json())
}

impl crate::wire::FromWire for WorkingHours {
    const KIND: crate::wire::FieldKind = crate::wire::FieldKind::Json(working_hours_json);
    fn from_wire(field: &str, value: Option<Value>) -> Result<Self, Error> {
        match value {
            Some(value) => WorkingHours::from_json(field, &value),
            None => Err(Error::validation(field, "is required")),
        }
    }
}

impl crate::wire::ToWire for WorkingHours {
    fn to_wire(&self) -> Option<Value> {
        Some(self.to_json())
    }
}

/// The rule of a `working_hours` field.
pub fn working_hours(field: &str, hours: &WorkingHours) -> Result<(), Error> {
    hours.validate(field)
}
