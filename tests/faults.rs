//! Fault suite: every fault class against a read, a non-idempotent write and a
//! keyed write; asserts attempts, key reuse, no duplicate write, typed errors,
//! and that hook records and error messages never contain a secret.

mod common;

use std::cell::RefCell;
use std::rc::Rc;

use common::{block_on, ivr_config, rhystalk_config, Scripted};
use serde_json::json;
use telepartner::client::{CallEvent, Hook};
use telepartner::{
    decode_params, ivrsolutions, rhystalk, Client, ClientOptions, Error, HttpResponse,
    RequestOptions,
};

/// (fault class, the reply or error, transient?)
fn faults() -> Vec<(&'static str, Result<HttpResponse, Error>, bool)> {
    let html = |status: u16| {
        Ok(HttpResponse::new(
            status,
            "<html><body>Bad gateway</body></html>",
        ))
    };
    let json = |status: u16| {
        Ok(HttpResponse::new(
            status,
            format!(r#"{{"status":{status},"message":"m"}}"#),
        ))
    };
    let mut wrong_type = HttpResponse::new(200, "OK");
    wrong_type
        .headers
        .push(("content-type".into(), "text/plain".into()));
    vec![
        (
            "connection reset",
            Err(Error::Network {
                message: "ECONNRESET".into(),
            }),
            true,
        ),
        (
            "timeout (slow reply)",
            Err(Error::Timeout { timeout_ms: 100 }),
            true,
        ),
        ("408", json(408), true),
        ("429", json(429), true),
        ("500", json(500), true),
        ("502 HTML page", html(502), true),
        ("503", json(503), true),
        ("504", json(504), true),
        ("400", json(400), false),
        ("401", json(401), false),
        ("404", json(404), false),
        ("200 empty body", Ok(HttpResponse::new(200, "")), false),
        (
            "200 truncated JSON",
            Ok(HttpResponse::new(200, r#"{"status":200,"data":{"#)),
            false,
        ),
        (
            "200 non-UTF-8",
            Ok(HttpResponse::new(200, vec![0xff, 0xfe, 0x00])),
            false,
        ),
        ("200 wrong content type", Ok(wrong_type), false),
    ]
}

const SECRETS: [&str; 7] = [
    "pk_test_partner_key",                      // partner key
    "eyJhbGciOiJub25lIn0.eyJzdWIiOiJwIn0.c2ln", // token
    "SecurePass@123",                           // password
    "654321",                                   // OTP
    "123412341234",                             // Aadhaar
    "ABCDE1234F",                               // PAN
    "EAAG_secret_access_token",                 // WhatsApp access token
];

fn recorder() -> (Rc<RefCell<Vec<CallEvent>>>, Hook) {
    let events = Rc::new(RefCell::new(Vec::new()));
    let sink = events.clone();
    (
        events,
        Rc::new(move |e: &CallEvent| sink.borrow_mut().push(e.clone())),
    )
}

fn fail_3(fault: &Result<HttpResponse, Error>) -> Vec<Result<HttpResponse, Error>> {
    vec![fault.clone(), fault.clone(), fault.clone()]
}

#[test]
fn attempts_per_fault_class() {
    let mut table =
        vec!["fault class | read (clients) | write (buyDid) | keyed (topup)".to_owned()];
    let mut records = String::new();
    for (class, fault, transient) in faults() {
        // A read.
        let (events, hook) = recorder();
        let c = Client::<ivrsolutions::IvrSolutionsApi, _>::new(
            ivr_config(),
            Scripted::new(fail_3(&fault)),
            ClientOptions::default(),
        )
        .with_hooks(Some(hook.clone()), Some(hook));
        let p: ivrsolutions::ClientsParams = decode_params(json!({})).unwrap();
        let err = block_on(c.send(&p, &RequestOptions::default())).expect_err(class);
        let read = c.transport().sent.borrow().len();
        assert_eq!(
            read,
            if transient { 3 } else { 1 },
            "{class}: read attempts"
        );
        assert_eq!(
            events.borrow().len(),
            read * 2,
            "{class}: one request and one response event per attempt"
        );
        assert_eq!(events.borrow().last().unwrap().will_retry, Some(false));
        assert!(
            err.status().is_some() || matches!(err, Error::Network { .. } | Error::Timeout { .. }),
            "{class}: typed with status"
        );
        records.push_str(&format!("{err} {err:?} {:?}\n", events.borrow()));

        // A non-idempotent write: sent once, whatever the fault.
        let c = Client::<ivrsolutions::IvrSolutionsApi, _>::new(
            ivr_config(),
            Scripted::new(fail_3(&fault)),
            ClientOptions::default(),
        );
        let p: ivrsolutions::BuyDidParams =
            decode_params(json!({"client_id":"C1","number":"+911143104501","country":"IN"}))
                .unwrap();
        let err = block_on(c.send(
            &p,
            &RequestOptions {
                max_retries: Some(5),
                ..Default::default()
            },
        ))
        .expect_err(class);
        let write = c.transport().sent.borrow().len();
        assert_eq!(write, 1, "{class}: a write is never sent twice");
        records.push_str(&format!("{err} {err:?}\n"));

        // A keyed write: retried, always with the same key.
        let c = Client::<rhystalk::RhysTalkApi, _>::new(
            rhystalk_config(),
            Scripted::new(fail_3(&fault)),
            ClientOptions::default(),
        );
        let p: rhystalk::TopupParams = decode_params(json!({"account":"42","amount":10})).unwrap();
        let err = block_on(c.send(&p, &RequestOptions::default())).expect_err(class);
        let sent = c.transport().sent.borrow();
        let keys: Vec<_> = sent
            .iter()
            .map(|(r, _)| r.header("idempotency-key").unwrap().to_owned())
            .collect();
        assert_eq!(
            keys.len(),
            if transient { 3 } else { 1 },
            "{class}: keyed attempts"
        );
        assert!(
            keys.windows(2).all(|w| w[0] == w[1]),
            "{class}: the key changed between attempts"
        );
        records.push_str(&format!("{err} {err:?}\n"));
        table.push(format!("{class} | {read} | {write} | {}", keys.len()));
    }
    println!("{}", table.join("\n"));
    for secret in SECRETS {
        assert!(
            !records.contains(secret),
            "a record or error shows a secret"
        );
    }
}

#[test]
fn transient_faults_then_success() {
    for (class, fault, transient) in faults().into_iter().filter(|f| f.2) {
        let ok = Ok(HttpResponse::new(
            200,
            r#"{"status":200,"message":"Success","data":[]}"#,
        ));
        let c = Client::<ivrsolutions::IvrSolutionsApi, _>::new(
            ivr_config(),
            Scripted::new(vec![fault.clone(), fault, ok]),
            ClientOptions::default(),
        );
        let p: ivrsolutions::PendingParams = decode_params(json!({})).unwrap();
        assert!(
            block_on(c.send(&p, &RequestOptions::default())).is_ok(),
            "{class} {transient}"
        );
        assert_eq!(c.transport().sent.borrow().len(), 3);
    }
}

#[test]
fn secrets_never_reach_errors_or_hooks() {
    // Requests full of secrets, failing in every way.
    let mut records = String::new();
    let calls: Vec<(&str, serde_json::Value)> = vec![
        (
            "register",
            json!({"name":"Acme","email":"ops@acme.com","mobile":"9876543210","password":"SecurePass@123","country_code":"+91"}),
        ),
        (
            "verifyOtp",
            json!({"request_id":"r1","mobileotp":"654321","emailotp":"654321"}),
        ),
        (
            "aadharOtp",
            json!({"temp_client_id":"t","aadhar_num":"123412341234"}),
        ),
        (
            "verifyPan",
            json!({"temp_client_id":"t","pan":"ABCDE1234F","btype":"company"}),
        ),
        (
            "linkWhatsappDid",
            json!({"client_id":"C1","phone_number_id":"1029","access_token":"EAAG_secret_access_token"}),
        ),
    ];
    for (class, fault, _) in faults() {
        for (op, params) in &calls {
            let (events, hook) = recorder();
            let c = Client::<ivrsolutions::IvrSolutionsApi, _>::new(
                ivr_config(),
                Scripted::new(fail_3(&fault)),
                ClientOptions::default(),
            )
            .with_hooks(Some(hook.clone()), Some(hook));
            let err = send_ivr(&c, op, params.clone()).expect_err(class);
            records.push_str(&format!("{err} {err:?} {:?}\n", events.borrow()));
        }
    }
    // Bad inputs whose values are secrets.
    for (op, params) in [
        (
            "aadharOtp",
            json!({"temp_client_id":"t","aadhar_num":"123412341235"}),
        ),
        (
            "verifyOtp",
            json!({"request_id":"r","mobileotp":"65432a","emailotp":"654321"}),
        ),
        (
            "register",
            json!({"name":"A","email":"a@b.co","mobile":"9876543210","password":1234567,"country_code":"+91"}),
        ),
    ] {
        let err = ivrsolutions::build(op, params, &ivr_config()).unwrap_err();
        records.push_str(&format!("{err} {err:?}\n"));
    }
    for secret in SECRETS {
        assert!(
            !records.contains(secret),
            "a record or error shows {}...",
            &secret[..3]
        );
    }
    assert!(
        records.contains("IVR Solutions"),
        "the records were produced"
    );
}

fn send_ivr(
    c: &Client<ivrsolutions::IvrSolutionsApi, Scripted>,
    js: &str,
    params: serde_json::Value,
) -> Result<(), Error> {
    block_on(c.call(js, params, &RequestOptions::default())).map(|_| ())
}
