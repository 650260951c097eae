//! The onboarding journey for JS: `OnboardingSession` on an `IvrSolutions` client.

use std::cell::RefCell;
use std::rc::Rc;

use crate::json::Value;
use js_sys::{Function, Promise};
use wasm_bindgen::prelude::*;

use super::call::{call_then, Inner};
use super::error::to_js as js_error;
use super::ivrsolutions::IvrSolutions;
use super::options::Reader;
use super::{json_to_js, params_json, to_js};
use crate::endpoint::Operation;
use crate::error::Error;
use crate::journeys::onboarding::{allowed, Onboarding, Snapshot};
use crate::providers::ivrsolutions::IvrSolutionsApi;

/// Drives register -> verify_otp -> verify_pan -> aadhar_otp -> aadhar_verify ->
/// verify_gst | skip_gst -> preview_kyc -> accept_kyc on an `IvrSolutions` client.
/// It carries `request_id`, `temp_client_id` and the Aadhaar `ref` itself, refuses
/// a step out of order locally, and snapshots to JSON without any secret.
#[wasm_bindgen]
pub struct OnboardingSession {
    inner: Rc<Inner<IvrSolutionsApi>>,
    state: Rc<RefCell<Onboarding>>,
    on_change: Option<Function>,
}

fn on_change(options: Option<JsValue>) -> Result<Option<Function>, Error> {
    Ok(match Reader::new(options, "options", &["onChange"])? {
        Some(r) => r.function("onChange")?,
        None => None,
    })
}

#[wasm_bindgen]
impl OnboardingSession {
    /// A new session on `client`. `options.onChange(snapshot)` is called after every step.
    #[wasm_bindgen(constructor)]
    pub fn new(
        client: &IvrSolutions,
        #[wasm_bindgen(unchecked_param_type = "{ onChange?: (snapshot: Snapshot) => void }")]
        options: Option<js_sys::Object>,
    ) -> Result<OnboardingSession, JsValue> {
        let on_change = on_change(options.map(JsValue::from)).map_err(|e| js_error(&e))?;
        Ok(OnboardingSession {
            inner: client.inner.clone(),
            state: Rc::new(RefCell::new(Onboarding::default())),
            on_change,
        })
    }

    /// Resume from a `snapshot()` (checks its version and that its ids fit its step).
    pub fn resume(
        #[wasm_bindgen(unchecked_param_type = "Snapshot")] snapshot: JsValue,
        client: &IvrSolutions,
        #[wasm_bindgen(unchecked_param_type = "{ onChange?: (snapshot: Snapshot) => void }")]
        options: Option<js_sys::Object>,
    ) -> Result<OnboardingSession, JsValue> {
        let run = || -> Result<OnboardingSession, Error> {
            let value = params_json(&snapshot)?;
            let snap = Snapshot::from_json(&value)
                .ok_or_else(|| Error::validation("snapshot", "is not an onboarding snapshot"))?;
            let state = Onboarding::resume(snap)?;
            Ok(OnboardingSession {
                inner: client.inner.clone(),
                state: Rc::new(RefCell::new(state)),
                on_change: on_change(options.map(JsValue::from))?,
            })
        };
        run().map_err(|e| js_error(&e))
    }

    /// Run the journey step at `index` of the IVR Solutions registry (the named
    /// step methods, installed from the registry by `methods.js`, do). One export
    /// for every step instead of one per step.
    #[wasm_bindgen(js_name = __step, skip_typescript)]
    pub fn step_index(&self, index: u32, params: JsValue) -> Promise {
        let step = <IvrSolutionsApi as crate::endpoint::Api>::OPERATIONS
            .get(index as usize)
            .filter(|op| op.journey == Some("onboarding"));
        match step {
            Some(op) => self.step_call(op, params),
            None => Promise::reject(&js_error(&Error::validation(
                "operation",
                format!("no onboarding step at index {index}"),
            ))),
        }
    }

    /// The state to keep (e.g. in `sessionStorage`): ids and step, no secret.
    #[wasm_bindgen(unchecked_return_type = "Snapshot")]
    pub fn snapshot(&self) -> JsValue {
        to_js(&self.state.borrow().snapshot()).unwrap_or(JsValue::NULL)
    }

    /// The current step.
    #[wasm_bindgen(getter, unchecked_return_type = "Step")]
    pub fn step(&self) -> JsValue {
        to_js(&self.state.borrow().step).unwrap_or(JsValue::NULL)
    }

    /// The methods allowed now.
    #[wasm_bindgen(getter)]
    pub fn allowed(&self) -> Vec<String> {
        allowed(self.state.borrow().step)
            .iter()
            .map(|s| (*s).to_owned())
            .collect()
    }
}

impl OnboardingSession {
    /// Run one step (the methods are generated from the declarations marked
    /// `journey = "onboarding"`): refuse it out of order, fill in the carried
    /// ids, call, and advance.
    pub(crate) fn step_call(
        &self,
        op: &'static Operation<IvrSolutionsApi>,
        params: JsValue,
    ) -> Promise {
        let name = op.js_name;
        let (inner, state, hook) = (
            self.inner.clone(),
            self.state.clone(),
            self.on_change.clone(),
        );
        let prepared = (|| -> Result<JsValue, Error> {
            state.borrow().check(name)?;
            let mut map = match params_json(&params)? {
                Value::Object(m) => m,
                _ => return Err(Error::validation("params", "expected an object")),
            };
            state.borrow_mut().fill(name, &mut map)?;
            json_to_js(Value::Object(map))
        })();
        let params = match prepared {
            Ok(params) => params,
            Err(e) => return Promise::reject(&js_error(&e)),
        };
        // The call as any method's; on its reply (only a successful one) the
        // session advances and its hook sees the new snapshot, before the
        // caller gets the reply.
        let advance = move |reply: &JsValue| {
            let data = params_json(reply)
                .ok()
                .and_then(|v| v.get("data").cloned())
                .unwrap_or(Value::Null);
            state.borrow_mut().advance(name, &data);
            if let Some(hook) = hook {
                let snapshot = to_js(&state.borrow().snapshot()).unwrap_or(JsValue::NULL);
                let _ = hook.call1(&JsValue::UNDEFINED, &snapshot);
            }
        };
        call_then(&inner, op, params, None, Some(Box::new(advance)))
    }
}
