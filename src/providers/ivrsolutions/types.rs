//! Types shared by several IVR Solutions operations.

use serde::{Deserialize, Serialize};
use telepartner_macros::params;

use crate::error::Error;
use crate::validate as v;

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
        let days = [
            ("mon", &self.mon),
            ("tue", &self.tue),
            ("wed", &self.wed),
            ("thu", &self.thu),
            ("fri", &self.fri),
            ("sat", &self.sat),
            ("sun", &self.sun),
        ];
        for (day, hours) in days {
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

/// Validate an optional value with `check`.
pub(crate) fn opt<T: ?Sized>(
    value: Option<&T>,
    check: impl FnOnce(&T) -> Result<(), Error>,
) -> Result<(), Error> {
    value.map_or(Ok(()), check)
}

crate::wire::wire_via_serde!(Flag, WorkingHours);

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
    fn view(value: &crate::json::Value) -> WorkingHours {
        crate::de::from_value(value).unwrap_or_default()
    }
}

/// The rule of a `working_hours` field.
pub fn working_hours(field: &str, hours: &WorkingHours) -> Result<(), Error> {
    hours.validate(field)
}
