//! `Client::send` over a scripted transport: retries, timeouts, reply decoding.

mod common;

use common::{block_on, ivr_config, ok_json, Scripted};
use serde_json::json;
use telepartner::ivrsolutions::{self, IvrSolutionsApi};
use telepartner::{
    decode_params, Client, ClientOptions, Endpoint, Error, HttpResponse, RequestOptions,
};

fn client(replies: Vec<Result<HttpResponse, Error>>) -> Client<IvrSolutionsApi, Scripted> {
    Client::new(
        ivr_config(),
        Scripted::new(replies),
        ClientOptions::default(),
    )
}

fn params<E: Endpoint>(v: serde_json::Value) -> E {
    decode_params(v).expect("valid params")
}

fn status(code: u16, body: &str) -> Result<HttpResponse, Error> {
    Ok(HttpResponse::new(code, body))
}

const OK: &str = r#"{"status":200,"message":"Success","data":{}}"#;

#[test]
fn reads_retry_transient_failures_with_backoff() {
    let c = client(vec![
        Err(Error::Network {
            message: "reset".into(),
        }),
        status(503, "<html>busy</html>"),
        ok_json(OK),
    ]);
    let r = block_on(c.send(
        &params::<ivrsolutions::ClientsParams>(json!({})),
        &RequestOptions::default(),
    ))
    .unwrap();
    assert_eq!(r.status, 200);
    assert_eq!(c.transport().sent.borrow().len(), 3);
    let sleeps = c.transport().sleeps.borrow().clone();
    assert!(
        (375..=500).contains(&sleeps[0]) && (750..=1000).contains(&sleeps[1]),
        "backoff 500 ms then 1 s, minus up to 25 % jitter: {sleeps:?}"
    );
}

#[test]
fn retries_stop_at_max_retries() {
    let c = client(vec![
        status(502, ""),
        status(502, ""),
        status(502, ""),
        ok_json(OK),
    ]);
    let err = block_on(c.send(
        &params::<ivrsolutions::PendingParams>(json!({})),
        &RequestOptions::default(),
    ))
    .unwrap_err();
    assert_eq!(err.kind(), "server");
    assert_eq!(
        c.transport().sent.borrow().len(),
        3,
        "1 attempt + 2 retries"
    );
    let c = client(vec![status(502, ""), ok_json(OK)]);
    let opts = RequestOptions {
        max_retries: Some(0),
        ..Default::default()
    };
    assert!(block_on(c.send(&params::<ivrsolutions::PendingParams>(json!({})), &opts)).is_err());
    assert_eq!(c.transport().sent.borrow().len(), 1);
}

#[test]
fn retry_after_is_honoured_and_capped() {
    let mut busy = HttpResponse::new(429, r#"{"status":429,"message":"slow down"}"#);
    busy.headers.push(("retry-after".into(), "3".into()));
    let mut very = busy.clone();
    very.headers[0].1 = "120".into();
    let c = client(vec![Ok(busy), Ok(very), ok_json(OK)]);
    block_on(c.send(
        &params::<ivrsolutions::ClientsParams>(json!({})),
        &RequestOptions::default(),
    ))
    .unwrap();
    let sleeps = c.transport().sleeps.borrow().clone();
    assert_eq!(sleeps[0], 3000, "Retry-After: 3 honoured");
    assert!(
        (750..=1000).contains(&sleeps[1]),
        "Retry-After beyond 60 s falls back to the backoff: {sleeps:?}"
    );
}

#[test]
fn writes_are_never_retried() {
    for reply in [
        status(503, ""),
        Err(Error::Network {
            message: "reset".into(),
        }),
        Err(Error::Timeout { timeout_ms: 5 }),
    ] {
        let c = client(vec![
            reply,
            ok_json(r#"{"status":200,"message":"ok","data":{"request_id":"r"}}"#),
        ]);
        let p = params::<ivrsolutions::RegisterParams>(
            json!({"name":"A","email":"a@b.co","mobile":"9876543210","password":"p","country_code":"+91"}),
        );
        assert!(block_on(c.send(
            &p,
            &RequestOptions {
                max_retries: Some(5),
                ..Default::default()
            }
        ))
        .is_err());
        assert_eq!(c.transport().sent.borrow().len(), 1, "a write is sent once");
        assert!(c.transport().sleeps.borrow().is_empty());
    }
}

#[test]
fn client_errors_are_not_retried() {
    let c = client(vec![
        status(
            400,
            r#"{"status":400,"message":"Field 'client_id' is required"}"#,
        ),
        ok_json(OK),
    ]);
    let err = block_on(c.send(
        &params::<ivrsolutions::ClientParams>(json!({"client_id":"C"})),
        &RequestOptions::default(),
    ))
    .unwrap_err();
    let Error::Api {
        status, message, ..
    } = &err
    else {
        panic!("{err:?}")
    };
    assert_eq!(
        (*status, message.as_str()),
        (400, "Field 'client_id' is required")
    );
    assert_eq!(c.transport().sent.borrow().len(), 1);
}

#[test]
fn timeouts_flow_to_the_transport() {
    let c = Client::<IvrSolutionsApi, _>::new(
        ivr_config(),
        Scripted::new(vec![ok_json(OK), ok_json(OK)]),
        ClientOptions {
            timeout_ms: 1234,
            max_retries: 2,
            correlation_ids: false,
        },
    );
    let p = params::<ivrsolutions::PendingParams>(json!({}));
    block_on(c.send(&p, &RequestOptions::default())).unwrap();
    block_on(c.send(
        &p,
        &RequestOptions {
            timeout_ms: Some(50),
            ..Default::default()
        },
    ))
    .unwrap();
    let sent = c.transport().sent.borrow();
    assert_eq!((sent[0].1, sent[1].1), (Some(1234), Some(50)));
}

#[test]
fn ivr_rejects_idempotency_keys_and_correlation_ids() {
    let c = client(vec![]);
    let p = params::<ivrsolutions::PendingParams>(json!({}));
    let e = block_on(c.send(
        &p,
        &RequestOptions {
            idempotency_key: Some("k".into()),
            ..Default::default()
        },
    ))
    .unwrap_err();
    assert_eq!(e.field(), Some("idempotencyKey"));
    let e = block_on(c.send(
        &p,
        &RequestOptions {
            correlation_id: Some("c".into()),
            ..Default::default()
        },
    ))
    .unwrap_err();
    assert_eq!(e.field(), Some("correlationId"));
    assert!(c.transport().sent.borrow().is_empty());
}

#[test]
fn replies_decode_leniently_but_never_silently_succeed() {
    let parse =
        |code: u16, body: &str| ivrsolutions::parse("register", &HttpResponse::new(code, body));
    // string status, extra fields kept, missing message tolerated
    let v = parse(
        200,
        r#"{"status":"200","data":{"request_id":"req_1","expires":60},"trace":"x"}"#,
    )
    .unwrap();
    assert_eq!(
        v,
        json!({"status":200,"message":"","data":{"request_id":"req_1","expires":60}})
    );
    // envelope error inside HTTP 200
    let e = parse(
        200,
        r#"{"status":400,"message":"Email already registered"}"#,
    )
    .unwrap_err();
    assert_eq!((e.kind(), e.status()), ("api", Some(400)));
    // a field only the page's example shows may be absent (the spec leaves `data` open)
    let v = parse(200, r#"{"status":200,"message":"ok","data":{}}"#).unwrap();
    assert_eq!(v, json!({"status":200,"message":"ok","data":{}}));
    // ... but where it is present, it has its documented type
    let e = parse(
        200,
        r#"{"status":200,"message":"ok","data":{"request_id":7}}"#,
    )
    .unwrap_err();
    assert!(
        matches!(&e, Error::Decode { path, reason, .. } if path == "data.request_id" && reason == "expected a string"),
        "{e:?}"
    );
    // empty, truncated, non-UTF-8, HTML
    assert_eq!(parse(200, "").unwrap_err().kind(), "decode");
    assert_eq!(
        parse(200, r#"{"status":200,"#).unwrap_err().kind(),
        "decode"
    );
    assert_eq!(
        ivrsolutions::parse("register", &HttpResponse::new(200, vec![0xff, 0xfe]))
            .unwrap_err()
            .kind(),
        "decode"
    );
    let e = parse(502, "<html>Bad gateway</html>").unwrap_err();
    assert_eq!((e.kind(), e.status()), ("server", Some(502)));
    // bounded excerpt
    let long = format!("<html>{}</html>", "x".repeat(10_000));
    let Error::Api { body, .. } = parse(500, &long).unwrap_err() else {
        panic!()
    };
    assert!(body.chars().count() <= 513);
}

#[test]
fn debug_output_redacts_secrets() {
    let p = params::<ivrsolutions::AadharOtpParams>(
        json!({"temp_client_id":"t","aadhar_num":"123412341234"}),
    );
    assert!(!format!("{p:?}").contains("123412341234"));
    let req = telepartner::build_request(&p, &ivr_config()).unwrap();
    assert!(!format!("{req:?}").contains("pk_test_partner_key"));
}

#[test]
fn retry_after_dates_and_milliseconds() {
    use telepartner::client::{backoff_ms, http_date_ms};
    assert_eq!(
        http_date_ms("Wed, 21 Oct 2015 07:28:00 GMT"),
        Some(1_445_412_480_000)
    );
    assert_eq!(http_date_ms("21 Oct 2015"), None);
    let now = 1_445_412_470_000; // 10 s before that date
    let mut r = HttpResponse::new(503, "");
    r.headers
        .push(("retry-after".into(), "Wed, 21 Oct 2015 07:28:00 GMT".into()));
    assert_eq!(backoff_ms(0, Some(&r), now, 0), 10_000);
    r.headers = vec![("retry-after-ms".into(), "1500".into())];
    assert_eq!(backoff_ms(0, Some(&r), now, 0), 1500);
    r.headers = vec![("retry-after".into(), "soon".into())];
    assert_eq!(
        backoff_ms(3, Some(&r), now, 0),
        4000,
        "unparseable: backoff"
    );
    assert_eq!(
        backoff_ms(9, None, now, u32::MAX),
        6000,
        "capped at 8 s, full jitter takes 25 %"
    );
}
