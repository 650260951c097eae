//! `maskedCall`: one masked call on any provider (in the entry with all three APIs).

use crate::json::Value;
use js_sys::{Function, Promise, Reflect};
use tsify::Ts;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::{future_to_promise, JsFuture};

use super::error::to_js as js_error;
use super::{json_to_js, params_json};
use crate::error::Error;
use crate::journeys::masked_call::{plan, MaskedCallParams, MaskingProvider};

/// One masked call on any provider: maps `{ provider, from, to, via, ttlSeconds, reference,
/// webhookUrl, account, extra }` onto Toku `createMaskedCall`, RhysTalk `setupCall` or IVR
/// Solutions `clickConnect`, calls it on `client` (that provider's SDK client), and resolves to
/// `{ provider, operation, id, reply, note }`. Numbers are E.164 in; each provider gets its format.
/// `options` are the call's options (with Toku, `callbackSecret` signs `webhookUrl`).
#[wasm_bindgen(js_name = maskedCall, unchecked_return_type = "Promise<MaskedCallHandle>")]
pub fn masked_call(
    params: Ts<MaskedCallParams>,
    #[wasm_bindgen(unchecked_param_type = "Toku | RhysTalk | IvrSolutions")] client: JsValue,
    options: Option<Ts<super::options::CallOptions>>,
) -> Promise {
    let options: JsValue = options.map(|o| o.js_value()).unwrap_or(JsValue::UNDEFINED);
    let planned = (|| -> Result<(MaskingProvider, &'static str, JsValue), Error> {
        let p: MaskedCallParams = crate::de::from_value(&params_json(&params.js_value())?)
            .map_err(|e| Error::validation("params", e.to_string()))?;
        let (_, operation, mapped) = plan(&p)?;
        Ok((p.provider, operation, json_to_js(mapped)?))
    })();
    future_to_promise(async move {
        let (provider, operation, mapped) = planned.map_err(|e| js_error(&e))?;
        let method = Reflect::get(&client, &operation.into())
            .ok()
            .and_then(|f| f.dyn_into::<Function>().ok());
        let Some(method) = method else {
            return Err(js_error(&Error::validation(
                "client",
                format!(
                    "expected the {} client (it has no {operation})",
                    provider.name()
                ),
            )));
        };
        let reply = JsFuture::from(Promise::resolve(&crate::js::call(
            &method,
            &client,
            &[&mapped, &options],
        )?))
        .await?;
        let json = params_json(&reply).unwrap_or(Value::Null);
        let id = json
            .pointer("/data/session_id")
            .or_else(|| json.pointer("/data/insertId"))
            .cloned()
            .unwrap_or(Value::Null);
        let note = match provider {
            MaskingProvider::Toku => "Toku dials both parties; follow the session with Toku.webhookHandler on your callback URL.",
            MaskingProvider::Rhystalk => "RhysTalk stores a number translation for ttl seconds; it does not dial and sends no call events.",
            MaskingProvider::Ivrsolutions => "IVR Solutions click-connect has no published contract; the reply is returned as sent.",
        };
        let out = crate::json::json!({"provider": provider.name(), "operation": operation, "id": id, "reply": json, "note": note});
        json_to_js(out).map_err(|e| js_error(&e))
    })
}

#[wasm_bindgen(typescript_custom_section)]
const TS_JOURNEYS: &'static str = r#"
/** What `maskedCall` resolves to. */
export interface MaskedCallHandle {
    provider: MaskingProvider;
    /** The provider operation used. */
    operation: string;
    /** Toku/IVR session id, or RhysTalk translation id. */
    id: JsonValue;
    /** The provider's reply. */
    reply: JsonValue;
    /** What this provider does and does not do. */
    note: string;
}
"#;
