//! Redaction for logs: secret fields (keys, tokens, passwords, OTPs, Aadhaar,
//! PAN, GSTIN, PINs, SIP passwords) become `[redacted]`, phone numbers keep
//! their last two digits. Used by the client's debug log and exported to JS
//! (`redact`) for sans-IO users.

use crate::json::{Map, Value};

/// Field names whose values are secrets (compared case-insensitively, `-` as
/// `_`), besides the credential headers of [`crate::http::SECRET_HEADERS`].
pub const SECRET_FIELDS: &[&str] = &[
    "api_key",
    "apikey",
    "token",
    "access_token",
    "refresh_token",
    "id_token",
    "password",
    "confirm_password",
    "sip_password",
    "stun_password",
    "client_secret",
    "secret",
    "otp",
    "otp_code",
    "mobileotp",
    "emailotp",
    "aadhar_num",
    "aadhaar",
    "pan",
    "gst_num",
    "pin_12",
    "pin",
    "signature",
    "tp_token",
];

/// Field names whose values are phone numbers.
pub const PHONE_FIELDS: &[&str] = &[
    "mobile",
    "phonenumber",
    "phone_number",
    "phone_no",
    "a_party_number",
    "b_party_number",
    "destination_number",
    "called_number",
    "caller_number",
    "calling_party",
    "called_party",
    "redirecting_number",
    "caller_id",
    "full_number",
    "from",
    "to",
    "cli",
    "did",
    "did_num",
    "inbound_did",
    "incoming_did",
    "external_user_id",
    "recipient",
];

fn normalized(key: &str) -> String {
    key.to_ascii_lowercase().replace('-', "_")
}

/// Whether a field or header of this name holds a secret.
pub fn is_secret(key: &str) -> bool {
    let key = normalized(key);
    SECRET_FIELDS.contains(&key.as_str())
        || crate::http::SECRET_HEADERS
            .iter()
            .any(|h| h.replace('-', "_") == key)
}

fn is_phone(key: &str) -> bool {
    PHONE_FIELDS.contains(&normalized(key).as_str())
}

/// A phone number with all but its last two digits masked (`*******10`).
pub fn mask_phone(value: &str) -> String {
    let digits = value.chars().filter(char::is_ascii_digit).count();
    let mut seen = 0;
    value
        .chars()
        .map(|c| {
            if c.is_ascii_digit() {
                seen += 1;
                if seen + 2 <= digits {
                    return '*';
                }
            }
            c
        })
        .collect()
}

/// Redact a JSON value in place (objects and arrays at any depth).
pub fn redact(value: &mut Value) {
    match value {
        Value::Object(map) => redact_map(map),
        Value::Array(items) => items.iter_mut().for_each(redact),
        _ => {}
    }
}

fn redact_map(map: &mut Map<String, Value>) {
    for (key, v) in map.iter_mut() {
        if is_secret(key) {
            if !v.is_null() {
                *v = Value::String("[redacted]".into());
            }
        } else if is_phone(key) {
            match v {
                Value::String(s) => *s = mask_phone(s),
                Value::Number(n) => *v = Value::String(mask_phone(&n.to_string())),
                other => redact(other),
            }
        } else {
            redact(v);
        }
    }
}

/// A request or reply body as it may be logged: JSON redacted, a form body
/// redacted field by field, anything else only by its size.
pub fn redact_body(body: &[u8]) -> Value {
    let Ok(text) = std::str::from_utf8(body) else {
        return Value::String(format!("[{} bytes]", body.len()));
    };
    let parsed: Result<Value, _> = crate::json::from_str(text);
    if let Ok(mut json) = parsed {
        redact(&mut json);
        return json;
    }
    let form = text.contains('=') && !text.contains(char::is_whitespace);
    if form {
        let mut map = Map::new();
        for pair in text.split('&') {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            let key = crate::endpoint::percent_decode(k);
            map.insert(key, Value::String(crate::endpoint::percent_decode(v)));
        }
        redact_map(&mut map);
        return Value::Object(map);
    }
    Value::String(format!("[{} bytes]", body.len()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::json::json;

    #[test]
    fn secrets_and_phones_are_masked_at_any_depth() {
        let mut v = json!({"password":"SecurePass@123","mobile":"9876543210","data":{"sip_password":"x","list":[{"otp_code":"1234","phone_no":"+6591234567"}]},"name":"Acme","api-authorization":"Bearer t"});
        redact(&mut v);
        assert_eq!(v["password"], "[redacted]");
        assert_eq!(v["mobile"], "********10");
        assert_eq!(v["data"]["sip_password"], "[redacted]");
        assert_eq!(v["data"]["list"][0]["otp_code"], "[redacted]");
        assert_eq!(v["data"]["list"][0]["phone_no"], "+********67");
        assert_eq!(v["api-authorization"], "[redacted]");
        assert_eq!(v["name"], "Acme");
        let form = redact_body(b"recipient=agent1&otp_code=123456&length=6");
        assert_eq!(form["otp_code"], "[redacted]");
        assert_eq!(form["length"], "6");
        assert_eq!(redact_body(b"<html>x</html>"), json!("[14 bytes]"));
    }
}
