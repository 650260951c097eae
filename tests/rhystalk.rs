//! RhysTalk: golden requests (through the client, with the headers it adds),
//! bad inputs, same-key retries, error mapping and the token cache.

mod common;

use common::{block_on, record_contract, rhystalk_config, Scripted};
use serde_json::{json, Value};
use telepartner::rhystalk::{self, RhysTalkApi, OPERATIONS};
use telepartner::{
    Client, ClientOptions, Endpoint, Error, HttpRequest, HttpResponse, RequestOptions,
};

const BASE: &str = "https://hbgxb4yrq5.execute-api.eu-west-2.amazonaws.com/prod";
const TOKEN: &str = "eyJhbGciOiJub25lIn0.eyJzdWIiOiJwIn0.c2ln";

fn client(replies: Vec<Result<HttpResponse, Error>>) -> Client<RhysTalkApi, Scripted> {
    Client::new(
        rhystalk_config(),
        Scripted::new(replies),
        ClientOptions::default(),
    )
}

fn ok(status: u16, body: Value) -> Result<HttpResponse, Error> {
    Ok(HttpResponse::new(status, body.to_string()))
}

/// Decode and send through the client's registry path, as the JS methods do.
fn send_by_name(
    client: &Client<RhysTalkApi, Scripted>,
    js: &str,
    params: Value,
    opts: &RequestOptions<'_, ()>,
) -> Result<(Value, telepartner::client::Sent), Error> {
    block_on(client.call(js, params, opts)).map(|(reply, _, sent)| (reply, sent))
}

/// (operation, the spec's example params, status, reply)
fn golden() -> Vec<(&'static str, Value, u16, Value)> {
    vec![
        (
            "getBalance",
            json!({"account":"123456789012","product_id":"prepaid_uk","currency":"GBP"}),
            200,
            json!({"tenant_id":"rhysatalk","product_id":"prepaid_uk","currency":"GBP","account_code_12":"123456789012","total_balance":12.5}),
        ),
        (
            "callHistory",
            json!({"account":"123456789012","product_id":"prepaid_uk","currency":"GBP"}),
            200,
            json!({"tenant_id":"t","product_id":"prepaid_uk","currency":"GBP","account_code_12":"123456789012","calls":[{"called_number":"+442071234567","duration_seconds":61,"amount_charged":0.12}]}),
        ),
        (
            "topup",
            json!({"account":"123456789012","amount":10,"product_id":"prepaid_uk","currency":"GBP"}),
            200,
            json!({"balance_before":2.5,"balance_after":12.5,"transaction_id":"k"}),
        ),
        (
            "debitBalance",
            json!({"account":"123456789012","amount":1.25,"product_id":"prepaid_uk","currency":"GBP"}),
            200,
            json!({"balance_before":12.5,"balance_after":11.25,"cgrid":"cg1"}),
        ),
        (
            "createAccount",
            json!({"product_id":"prepaid_uk","initial_balance":0,"requires_pin":true,"external_user_id":"+441234567890"}),
            201,
            json!({"account_code_12":"000000000042","pin_12":"123412341234","tenant_id":"t"}),
        ),
        (
            "deleteAccount",
            json!({"account":"123456789012","product_id":"prepaid_uk","reason":"customer requested closure"}),
            200,
            json!({"status":"deactivated","deactivated_at":"2026-11-23T10:00:00Z"}),
        ),
        (
            "changeCli",
            json!({"account":"123456789012","product_id":"prepaid_uk","cli":"+441234567890"}),
            200,
            json!({"external_user_id":"+441234567890"}),
        ),
        (
            "setupCall",
            json!({"a_number":"+441234567890","b_number":"+442071234567","access_number":"+442038355820","account_number":"123456789012","ttl":300,"product_id":"prepaid_uk","currency":"GBP"}),
            200,
            json!({"message":"Call setup saved successfully","insertId":7}),
        ),
    ]
}

#[test]
fn every_operation_sends_the_specs_example_exactly() {
    let rows = golden();
    assert_eq!(rows.len(), OPERATIONS.len());
    for (op, params, status, reply) in rows {
        let c = client(vec![ok(status, reply.clone())]);
        let opts = RequestOptions {
            correlation_id: Some("corr-1".into()),
            ..Default::default()
        };
        let (got, sent) =
            send_by_name(&c, op, params.clone(), &opts).unwrap_or_else(|e| panic!("{op}: {e}"));
        let (req, _): (HttpRequest, _) = c.transport().sent.borrow()[0].clone();
        record_contract(&req);
        let info = OPERATIONS.iter().find(|o| o.js_name == op).unwrap();
        assert_eq!(req.method.as_str(), "POST");
        assert_eq!(req.url, format!("{BASE}{}", info.path), "{op}");
        let keyed = [
            "topup",
            "debitBalance",
            "createAccount",
            "deleteAccount",
            "changeCli",
            "setupCall",
        ]
        .contains(&op);
        let mut headers = vec![
            ("accept".to_owned(), "application/json".to_owned()),
            ("authorization".to_owned(), format!("Bearer {TOKEN}")),
            ("content-type".to_owned(), "application/json".to_owned()),
        ];
        if keyed {
            let key = sent.idempotency_key.clone().expect("a generated key");
            assert_eq!(key.len(), 36, "UUID v4");
            assert_eq!(&key[14..15], "4", "version 4");
            headers.push(("idempotency-key".to_owned(), key));
        } else {
            assert_eq!(sent.idempotency_key, None);
        }
        headers.push(("x-correlation-id".to_owned(), "corr-1".to_owned()));
        assert_eq!(req.headers, headers, "{op}");
        assert_eq!(
            req.body.as_deref(),
            Some(params.to_string().as_str()),
            "{op}: body is the spec's example, in its order"
        );
        assert_eq!(got, reply, "{op}: reply decodes and keeps unknown fields");
    }
}

#[test]
fn account_codes_are_left_padded_to_12_digits() {
    let c = client(vec![ok(
        200,
        json!({"tenant_id":"t","product_id":"p","currency":"GBP","account_code_12":"000000000042","total_balance":1}),
    )]);
    send_by_name(
        &c,
        "getBalance",
        json!({"account":"42"}),
        &RequestOptions::default(),
    )
    .unwrap();
    assert_eq!(
        c.transport().sent.borrow()[0].0.body.as_deref(),
        Some(r#"{"account":"000000000042"}"#)
    );
}

#[test]
fn keyed_writes_retry_with_the_same_key() {
    let c = client(vec![
        Err(Error::Network {
            message: "reset".into(),
        }),
        ok(503, json!({"message":"Service Unavailable"})),
        ok(200, json!({"balance_after":20})),
    ]);
    let (_, sent) = send_by_name(
        &c,
        "topup",
        json!({"account":"1","amount":5}),
        &RequestOptions::default(),
    )
    .unwrap();
    let keys: Vec<String> = c
        .transport()
        .sent
        .borrow()
        .iter()
        .map(|(r, _)| r.header("idempotency-key").unwrap().to_owned())
        .collect();
    assert_eq!(keys.len(), 3, "two retries");
    assert!(
        keys.iter()
            .all(|k| Some(k) == sent.idempotency_key.as_ref()),
        "one key for every attempt: {keys:?}"
    );
    // A second call gets a new key.
    let c2 = client(vec![ok(200, json!({}))]);
    c2.transport().randoms.set(7);
    let (_, sent2) = send_by_name(
        &c2,
        "topup",
        json!({"account":"1","amount":5}),
        &RequestOptions::default(),
    )
    .unwrap();
    assert_ne!(sent2.idempotency_key, sent.idempotency_key);
}

#[test]
fn a_callers_key_is_used_and_checked() {
    let c = client(vec![ok(200, json!({}))]);
    let opts = RequestOptions {
        idempotency_key: Some("order-7781-topup".into()),
        ..Default::default()
    };
    let (_, sent) = send_by_name(&c, "topup", json!({"account":"1","amount":5}), &opts).unwrap();
    assert_eq!(sent.idempotency_key.as_deref(), Some("order-7781-topup"));
    assert_eq!(
        c.transport().sent.borrow()[0].0.header("idempotency-key"),
        Some("order-7781-topup")
    );
    for bad in ["", "k\u{7f}", "ключ", &"k".repeat(129)] {
        let opts = RequestOptions {
            idempotency_key: Some(bad.to_owned()),
            ..Default::default()
        };
        let err = send_by_name(
            &client(vec![]),
            "topup",
            json!({"account":"1","amount":5}),
            &opts,
        )
        .unwrap_err();
        assert_eq!(err.field(), Some("idempotencyKey"));
    }
    let opts = RequestOptions {
        idempotency_key: Some("k".into()),
        ..Default::default()
    };
    let err =
        send_by_name(&client(vec![]), "getBalance", json!({"account":"1"}), &opts).unwrap_err();
    assert_eq!(err.field(), Some("idempotencyKey"), "reads take no key");
}

#[test]
fn errors_carry_the_servers_words_and_ids() {
    let mut conflict = HttpResponse::new(
        409,
        json!({"error":"Idempotency key already used with a different request"}).to_string(),
    );
    conflict.headers = vec![
        ("x-correlation-id".into(), "c-9".into()),
        ("x-transaction-id".into(), "t-9".into()),
    ];
    let err = send_by_name(
        &client(vec![Ok(conflict)]),
        "topup",
        json!({"account":"1","amount":5}),
        &RequestOptions::default(),
    )
    .unwrap_err();
    let Error::Api {
        status,
        code,
        message,
        correlation_id,
        transaction_id,
        ..
    } = &err
    else {
        panic!("{err:?}")
    };
    assert_eq!(
        (*status, code.as_deref()),
        (409, Some("idempotency_conflict"))
    );
    assert_eq!(
        message,
        "Idempotency key already used with a different request"
    );
    assert_eq!(
        (correlation_id.as_deref(), transaction_id.as_deref()),
        (Some("c-9"), Some("t-9"))
    );

    let err = send_by_name(
        &client(vec![ok(
            409,
            json!({"error":"duplicate external_user_id","detail":"+441234567890 is taken"}),
        )]),
        "createAccount",
        json!({"product_id":"p"}),
        &RequestOptions::default(),
    )
    .unwrap_err();
    assert!(
        matches!(&err, Error::Api { code: Some(c), message, .. } if c == "conflict" && message == "duplicate external_user_id: +441234567890 is taken"),
        "{err:?}"
    );

    for (status, kind) in [
        (400, "api"),
        (403, "auth"),
        (404, "not_found"),
        (500, "server"),
        (502, "server"),
        (503, "server"),
    ] {
        let c = Client::<RhysTalkApi, _>::new(
            rhystalk_config(),
            Scripted::new(vec![ok(
                status,
                json!({"message":"m","correlation_id":"c"}),
            )]),
            ClientOptions {
                max_retries: 0,
                ..Default::default()
            },
        );
        let err = send_by_name(
            &c,
            "getBalance",
            json!({"account":"1"}),
            &RequestOptions::default(),
        )
        .unwrap_err();
        assert_eq!(err.kind(), kind, "{status}");
    }
    let err = send_by_name(
        &client(vec![ok(
            401,
            json!({"message":"The incoming token has expired"}),
        )]),
        "getBalance",
        json!({"account":"1"}),
        &RequestOptions::default(),
    )
    .unwrap_err();
    assert!(rhystalk::is_token_expired(&err));
}

#[test]
fn correlation_ids_can_be_generated_per_client() {
    let c = Client::<RhysTalkApi, _>::new(
        rhystalk_config(),
        Scripted::new(vec![ok(200, json!({}))]),
        ClientOptions {
            correlation_ids: true,
            ..Default::default()
        },
    );
    let (_, sent) = send_by_name(
        &c,
        "changeCli",
        json!({"account":"1","cli":"+44"}),
        &RequestOptions::default(),
    )
    .unwrap();
    let id = sent.correlation_id.expect("generated");
    assert_eq!(
        c.transport().sent.borrow()[0].0.header("x-correlation-id"),
        Some(id.as_str())
    );
}

fn base(op: &str) -> Value {
    golden().into_iter().find(|g| g.0 == op).unwrap().1
}

fn with(op: &str, patch: Value) -> Value {
    let mut v = base(op);
    for (k, val) in patch.as_object().unwrap() {
        if val == "__remove__" {
            v.as_object_mut().unwrap().shift_remove(k);
        } else {
            v[k] = val.clone();
        }
    }
    v
}

#[test]
fn bad_inputs_are_rejected_before_sending() {
    let r = "__remove__";
    let mut cases: Vec<(&str, Value, &str, &str)> = Vec::new();
    for op in ["getBalance", "callHistory", "topup", "debitBalance"] {
        cases.extend([
            (
                op,
                with(op, json!({"account": r})),
                "account",
                "is required",
            ),
            (
                op,
                with(op, json!({"account": ""})),
                "account",
                "1 to 12 digits",
            ),
            (
                op,
                with(op, json!({"account": "1234567890123"})),
                "account",
                "1 to 12 digits",
            ),
            (
                op,
                with(op, json!({"account": "12345678901a"})),
                "account",
                "1 to 12 digits",
            ),
            (
                op,
                with(op, json!({"account": 123456789012u64})),
                "account",
                "expected a string",
            ),
            (
                op,
                with(op, json!({"currency": "gbp"})),
                "currency",
                "three upper-case letters",
            ),
            (
                op,
                with(op, json!({"currency": "GBPX"})),
                "currency",
                "three upper-case letters",
            ),
            (
                op,
                with(op, json!({"product_id": ""})),
                "product_id",
                "must not be empty",
            ),
            (
                op,
                with(op, json!({"product_id": "p".repeat(65)})),
                "product_id",
                "at most 64",
            ),
            (
                op,
                with(op, json!({"tenant_id": "t1"})),
                "tenant_id",
                "is not a parameter",
            ),
        ]);
    }
    for op in ["topup", "debitBalance"] {
        cases.extend([
            (op, with(op, json!({"amount": r})), "amount", "is required"),
            (
                op,
                with(op, json!({"amount": 0})),
                "amount",
                "greater than 0",
            ),
            (
                op,
                with(op, json!({"amount": -1.5})),
                "amount",
                "greater than 0",
            ),
            (
                op,
                with(op, json!({"amount": "10.00"})),
                "amount",
                "expected a number",
            ),
        ]);
    }
    cases.extend([
        (
            "createAccount",
            with("createAccount", json!({"product_id": r})),
            "product_id",
            "is required",
        ),
        (
            "createAccount",
            with("createAccount", json!({"initial_balance": -1})),
            "initial_balance",
            ">= 0",
        ),
        (
            "createAccount",
            with("createAccount", json!({"requires_pin": "yes"})),
            "requires_pin",
            "true or false",
        ),
        (
            "createAccount",
            with(
                "createAccount",
                json!({"external_user_id": "x".repeat(256)}),
            ),
            "external_user_id",
            "at most 255",
        ),
        (
            "createAccount",
            with("createAccount", json!({"cli": "+449999"})),
            "cli",
            "must equal external_user_id",
        ),
        (
            "createAccount",
            with("createAccount", json!({"tenant_id": "t"})),
            "tenant_id",
            "is not a parameter",
        ),
        (
            "deleteAccount",
            with("deleteAccount", json!({"account": r})),
            "account",
            "is required",
        ),
        (
            "deleteAccount",
            with("deleteAccount", json!({"reason": "r".repeat(501)})),
            "reason",
            "at most 500",
        ),
        (
            "deleteAccount",
            with("deleteAccount", json!({"account": "-1"})),
            "account",
            "1 to 12 digits",
        ),
        (
            "changeCli",
            with("changeCli", json!({"cli": r})),
            "external_user_id",
            "external_user_id or cli is required",
        ),
        (
            "changeCli",
            with("changeCli", json!({"external_user_id": "+440000"})),
            "cli",
            "must equal external_user_id",
        ),
        (
            "changeCli",
            with("changeCli", json!({"cli": "c".repeat(256)})),
            "cli",
            "at most 255",
        ),
        (
            "changeCli",
            with("changeCli", json!({"account": "abc"})),
            "account",
            "1 to 12 digits",
        ),
        (
            "setupCall",
            with("setupCall", json!({"a_number": "44-1234"})),
            "a_number",
            "digits",
        ),
        (
            "setupCall",
            with("setupCall", json!({"b_number": "++442071234567"})),
            "b_number",
            "digits",
        ),
        (
            "setupCall",
            with("setupCall", json!({"access_number": ""})),
            "access_number",
            "digits",
        ),
        (
            "setupCall",
            with("setupCall", json!({"access_number": r})),
            "access_number",
            "is required",
        ),
        (
            "setupCall",
            with("setupCall", json!({"account_number": "1234567890123"})),
            "account_number",
            "1 to 12 digits",
        ),
        (
            "setupCall",
            with("setupCall", json!({"ttl": 0})),
            "ttl",
            "1 to 86400",
        ),
        (
            "setupCall",
            with("setupCall", json!({"ttl": 86401})),
            "ttl",
            "1 to 86400",
        ),
        (
            "setupCall",
            with("setupCall", json!({"ttl": 1.5})),
            "ttl",
            "non-negative integer",
        ),
        (
            "setupCall",
            with("setupCall", json!({"ttl": "300"})),
            "ttl",
            "non-negative integer",
        ),
        (
            "setupCall",
            with("setupCall", json!({"currency": "gb"})),
            "currency",
            "three upper-case letters",
        ),
        (
            "setupCall",
            with("setupCall", json!({"caller": "x"})),
            "caller",
            "is not a parameter",
        ),
    ]);
    assert!(cases.len() >= 60, "{} cases", cases.len());
    println!("{} RhysTalk bad inputs", cases.len());
    for (op, params, field, rule) in cases {
        let c = client(vec![]);
        let err = send_by_name(&c, op, params.clone(), &RequestOptions::default()).expect_err(op);
        let Error::Validation { field: f, reason } = &err else {
            panic!("{op} {params}: {err:?}")
        };
        assert_eq!(f, field, "{op} {params}: {reason}");
        assert!(
            reason.contains(rule),
            "{op} {params}: {reason:?} lacks {rule:?}"
        );
        assert!(c.transport().sent.borrow().is_empty(), "{op}: nothing sent");
    }
}

#[test]
fn spec_and_sdk_agree_on_operations() {
    let spec = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../shared/specs/rhystalk-partner.openapi.yaml"
    ))
    .unwrap();
    for o in OPERATIONS {
        assert!(
            spec.contains(&format!("  {}:\n    post:", o.path)),
            "{} in the spec",
            o.path
        );
        assert!(
            spec.contains(&format!("operationId: {}\n", o.operation_id)),
            "{}",
            o.operation_id
        );
        assert_eq!(o.js_name, o.operation_id);
    }
    assert_eq!(
        spec.matches("    post:\n").count(),
        OPERATIONS.len(),
        "every spec operation is covered"
    );
    assert_eq!(
        <rhystalk::TopupParams as Endpoint>::OPERATION.retry,
        telepartner::Retry::Keyed
    );
}
