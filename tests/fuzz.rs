//! Fuzzing (proptest): every params decoder and every reply parser of every
//! operation gets arbitrary input; none may panic (a panic would abort the
//! whole wasm instance). `TELEPARTNER_FUZZ_CASES` sets the cases per property
//! (default 2,000 in `make test`; `make fuzz` runs 200,000 x 6 = 1.2 million).

use proptest::prelude::*;
use serde_json::{json, Map, Value};
use telepartner::{ivrsolutions, rhystalk, HttpResponse};

fn cases() -> u32 {
    std::env::var("TELEPARTNER_FUZZ_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(2_000)
}

fn config() -> ProptestConfig {
    ProptestConfig {
        cases: cases(),
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

/// Arbitrary JSON, biased toward what params and replies contain.
fn arb_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        any::<f64>().prop_map(|f| serde_json::Number::from_f64(f)
            .map(Value::Number)
            .unwrap_or(Value::Null)),
        ".{0,24}".prop_map(Value::from),
        "[0-9+]{0,16}".prop_map(Value::from),
        prop::sample::select(vec![
            "0",
            "1",
            "both",
            "company",
            "contains",
            "+91",
            "IN",
            "2025-02-29",
            "09:00",
            "Asia/Kolkata",
            "wss://x",
            "https://x",
            "29ABCDE1234F1ZW",
            "123412341234",
            "__proto__",
            ""
        ])
        .prop_map(Value::from),
    ];
    leaf.prop_recursive(4, 48, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::btree_map(key(), inner, 0..8)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// Field names: the real ones (to get past unknown-field checks) and others.
fn key() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::sample::select(vec![
            "client_id",
            "name",
            "email",
            "mobile",
            "password",
            "country_code",
            "promo",
            "request_id",
            "mobileotp",
            "emailotp",
            "type",
            "temp_client_id",
            "pan",
            "btype",
            "aadhar_num",
            "otp",
            "ref",
            "gst_num",
            "signature",
            "status",
            "number",
            "country",
            "did_no",
            "pattern",
            "search_pattern",
            "region",
            "agent_id",
            "phonenumber",
            "extension",
            "is_webrtc",
            "did_num",
            "flow_id",
            "flow_name",
            "agent_ext",
            "timezone",
            "working_hours",
            "mon",
            "open",
            "close",
            "date",
            "page",
            "limit",
            "start_date",
            "end_date",
            "credit",
            "valid_till",
            "available",
            "wss_url",
            "api_url",
            "wss_header",
            "did",
            "from",
            "to",
            "reference",
            "session_ttl",
            "wire_names",
            "extra_fields",
            "account",
            "amount",
            "currency",
            "product_id",
            "ttl",
            "a_number",
            "b_number",
            "access_number",
            "account_number",
            "cli",
            "external_user_id",
            "initial_balance",
            "requires_pin",
            "reason",
        ])
        .prop_map(str::to_owned),
        ".{0,12}",
    ]
}

fn ivr_op() -> impl Strategy<Value = &'static str> {
    prop::sample::select(
        ivrsolutions::OPERATIONS
            .iter()
            .map(|o| o.js_name)
            .collect::<Vec<_>>(),
    )
}

fn rhys_op() -> impl Strategy<Value = &'static str> {
    prop::sample::select(
        rhystalk::OPERATIONS
            .iter()
            .map(|o| o.js_name)
            .collect::<Vec<_>>(),
    )
}

/// A plausible params object: some real keys with arbitrary values.
fn params() -> impl Strategy<Value = Value> {
    prop_oneof![
        arb_json(),
        prop::collection::btree_map(key(), arb_json(), 0..10)
            .prop_map(|m| Value::Object(m.into_iter().collect::<Map<_, _>>())),
    ]
}

fn ivr_cfg() -> ivrsolutions::Config {
    ivrsolutions::Config::new("k", None).unwrap()
}

fn rhys_cfg() -> rhystalk::Config {
    rhystalk::Config::new(Some("t".into()), None).unwrap()
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn ivr_params_decoders_never_panic(op in ivr_op(), p in params()) {
        let _ = ivrsolutions::build(op, p, &ivr_cfg());
    }

    #[test]
    fn rhystalk_params_decoders_never_panic(op in rhys_op(), p in params()) {
        let _ = rhystalk::build(op, p, &rhys_cfg());
    }

    #[test]
    fn ivr_parsers_never_panic_on_bytes(op in ivr_op(), status in 100u16..600, body in prop::collection::vec(any::<u8>(), 0..200)) {
        let _ = ivrsolutions::parse(op, &HttpResponse::new(status, body));
    }

    #[test]
    fn ivr_parsers_never_panic_on_json(op in ivr_op(), status in prop::sample::select(vec![200u16, 201, 400, 404, 500]), v in arb_json()) {
        let envelope = json!({"status": status, "message": "m", "data": v});
        let _ = ivrsolutions::parse(op, &HttpResponse::new(status, envelope.to_string()));
        let _ = ivrsolutions::parse(op, &HttpResponse::new(status, v.to_string()));
    }

    #[test]
    fn rhystalk_parsers_never_panic_on_bytes(op in rhys_op(), status in 100u16..600, body in prop::collection::vec(any::<u8>(), 0..200)) {
        let _ = rhystalk::parse(op, &HttpResponse::new(status, body));
    }

    #[test]
    fn rhystalk_parsers_never_panic_on_json(op in rhys_op(), status in prop::sample::select(vec![200u16, 201, 400, 401, 403, 409, 500]), v in arb_json()) {
        let _ = rhystalk::parse(op, &HttpResponse::new(status, v.to_string()));
    }
}
