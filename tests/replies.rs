//! Golden decode rows: every Toku and RhysTalk operation decodes its
//! documented reply into its typed reply, and the documented fields are typed
//! fields (asserted through the Rust types, not through JSON).
//!
//! Toku's replies come from the collection itself (saved responses, or the
//! "Example Response" block of the request's description; `<boolean>`-style
//! placeholders become values of that type). RhysTalk's are built from the
//! spec's property examples.

mod common;

use serde_json::{json, Value};
use telepartner::endpoint::{parse_response, Endpoint};
use telepartner::{rhystalk, toku, HttpResponse};

/// The documented 2xx reply body of the request serving `template`.
fn documented(method: &str, template: &str) -> String {
    let (_, _, item) = common::toku_requests()
        .into_iter()
        .find(|(m, p, _)| {
            m == method && common::path_template(p) == common::path_template(template)
        })
        .unwrap_or_else(|| panic!("{method} {template}: not in the collection"));
    let saved = item["response"]
        .as_array()
        .into_iter()
        .flatten()
        .find(|r| r["code"].as_u64().is_some_and(|c| (200..300).contains(&c)))
        .and_then(|r| r["body"].as_str())
        .map(str::to_owned);
    let body = saved.unwrap_or_else(|| {
        let d = item["request"]["description"].as_str().unwrap_or("");
        let at = d
            .find("id=\"example-response\"")
            .expect("an example response");
        let code = &d[at..];
        let start = code
            .find("<code")
            .and_then(|i| code[i..].find('>').map(|j| i + j + 1))
            .unwrap();
        let end = code.find("</code>").unwrap();
        code[start..end]
            .replace("&quot;", "\"")
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&amp;", "&")
    });
    body.replace("\"<boolean>\"", "true")
        .replace("\"<number>\"", "7")
        .replace("\"<string>\"", "\"s-1\"")
        .replace("\"<email>\"", "\"a@b.co\"")
}

fn toku<E: Endpoint>(status: u16) -> E::Response {
    let op = &E::OPERATION;
    let body = documented(op.method.as_str(), op.path);
    let mut resp = HttpResponse::new(status, body);
    resp.headers
        .push(("content-type".into(), "application/json".into()));
    parse_response::<E>(&resp).unwrap_or_else(|e| panic!("{}: {e}", op.js_name))
}

#[test]
fn every_toku_reply_decodes_into_its_documented_type() {
    use toku::*;
    let s = toku::<ChangeAgentStatusParams>(200);
    assert_eq!((s.status, s.message.as_deref()), (Some(true), Some("s-1")));

    let a = toku::<CreateAgentParams>(201);
    assert_eq!(a.success, Some(true));
    assert_eq!(a.code, Some(201));
    let agent = a.data.unwrap();
    assert_eq!(agent.user, "555100555");
    assert_eq!(agent.active.as_deref(), Some("Y"));
    assert_eq!(agent.user_id.unwrap().0, json!(5000));

    let sip = toku::<GetSipProvisionParams>(200).data.unwrap();
    assert_eq!(sip.username, "john.doe");
    assert_eq!(sip.expires, Some(3600));
    assert_eq!(sip.keep_alive, Some(true));
    assert_eq!(sip.sipis_host_prefix_length, Some(24));

    for session in [
        toku::<CreateTtsCallParams>(200),
        toku::<CreateMaskedCallParams>(200),
        toku::<CreateMaskingConferenceParams>(201),
        toku::<JoinMaskingConferenceParams>(200),
    ] {
        let data = session.data.unwrap();
        assert_eq!(
            (data.reference_id.as_str(), data.session_id.as_str()),
            ("s-1", "s-1")
        );
    }

    let ids = toku::<ListOutboundCallerIdsParams>(200);
    assert_eq!(ids.data.as_ref().unwrap().len(), 2);
    assert_eq!(ids.data.unwrap()[0].queue_id.as_ref().unwrap().0, json!(7));
    assert_eq!(ids.meta.unwrap().pagination.unwrap().last_page, Some(7));
    assert_eq!(
        toku::<GetOutboundCallerIdParams>(200)
            .data
            .unwrap()
            .caller_id,
        "s-1"
    );

    let otp = toku::<RequestOtpParams>(200).data.unwrap();
    assert_eq!(otp.expires_in, Some(7));
    assert!(toku::<VerifyTokuOtpParams>(200).data.unwrap().verified);

    let rate = toku::<GetCallRateParams>(200);
    assert_eq!(rate.price_info.price, 0.0113);
    assert_eq!(rate.price_info.currency, "USD");
    assert_eq!(rate.source.as_deref(), Some("custom"));

    // The collection documents one call record object; the reply is an array of them.
    let op = &GetCallHistoriesParams::OPERATION;
    let body = format!("[{}]", documented(op.method.as_str(), op.path));
    let rows = parse_response::<GetCallHistoriesParams>(&HttpResponse::new(200, body)).unwrap();
    assert_eq!(rows[0].call_duration, Some(262));
    assert_eq!(rows[0].call_direction.as_deref(), Some("IN"));
    assert_eq!(
        rows[0].ivr_duration.is_some(),
        rows[0].extra.get("ivr_duration").is_none()
    );

    let metrics = toku::<GetCallMetricsParams>(200);
    assert_eq!(metrics.call_id, "1476889142@49.213.20.11");
    assert_eq!(metrics.mos_f1.as_deref(), Some("4.5"));

    let list = toku::<GetCallListParams>(200);
    assert_eq!(list.data.unwrap()[0].ivr_duration, Some(30));
    assert_eq!(list.meta.unwrap().total_records, Some(45));

    let acs = toku::<GetAfterCallSurveysParams>(200).data.unwrap();
    assert_eq!(
        acs[0].questions.as_ref().unwrap()[1].answer.as_deref(),
        Some("Very satisfied")
    );
    assert_eq!(acs[0].r#type.as_deref(), Some("inbound"));

    let vm = toku::<GetVoicemailsParams>(200);
    assert_eq!(vm.data.unwrap()[1].voicemail_id.as_deref(), Some("vm_002"));
    assert_eq!(vm.meta.unwrap().total_records, Some(2));

    let pd = toku::<GetPreviewDialerCallsParams>(200).data.unwrap();
    assert_eq!(pd[0].detailed_status.as_deref(), Some("Successful: Close"));
    let wr = toku::<GetWrapupsParams>(200).data.unwrap();
    assert_eq!(wr[0].wrap_up_duration, Some(105));
    let cc = toku::<GetConsolidatedCallReportParams>(200).data.unwrap();
    assert_eq!(cc[0].prom_duration, Some(185.5));
    let ivr = toku::<GetDetailedIvrReportParams>(200).data.unwrap();
    assert_eq!(ivr[0].completion_rate, Some(90.0));
    assert_eq!(
        toku::<IngestCallMetadataParams>(200).message.as_deref(),
        Some("Metadata ingested successfully")
    );

    // Every documented field is a declared field: none of them lands in `extra`.
    assert!(
        sip.extra.is_empty(),
        "undeclared SIP fields: {:?}",
        sip.extra.keys()
    );
    assert!(metrics.extra.is_empty() && rate.extra.is_empty() && rows[0].extra.is_empty());
    assert!(acs[0].extra.is_empty() && pd[0].extra.is_empty() && wr[0].extra.is_empty());
    assert!(cc[0].extra.is_empty() && ivr[0].extra.is_empty() && agent_extra_empty());
}

fn agent_extra_empty() -> bool {
    toku::<toku::CreateAgentParams>(201)
        .data
        .unwrap()
        .extra
        .is_empty()
}

#[test]
fn toku_replies_keep_undocumented_fields_and_reject_wrong_types() {
    let resp = HttpResponse::new(
        200,
        r#"{"data":{"verified":true,"channel":"sms"},"trace":"t-1"}"#,
    );
    let r = parse_response::<toku::VerifyTokuOtpParams>(&resp).unwrap();
    assert_eq!(r.extra["trace"], json!("t-1"));
    assert_eq!(r.data.unwrap().extra["channel"], json!("sms"));
    let bad = HttpResponse::new(200, r#"{"data":{"verified":"yes"}}"#);
    let err = parse_response::<toku::VerifyTokuOtpParams>(&bad).unwrap_err();
    assert_eq!(err.kind(), "decode", "{err}");
}

fn rhys<E: Endpoint>(body: Value) -> E::Response {
    parse_response::<E>(&HttpResponse::new(200, body.to_string()))
        .unwrap_or_else(|e| panic!("{}: {e}", E::OPERATION.js_name))
}

#[test]
fn every_rhystalk_reply_decodes_into_its_spec_schema() {
    use rhystalk::*;
    let scope = json!({"tenant_id":"rhysatalk","product_id":"prepaid_uk","currency":"GBP","account_code_12":"123456789012"});
    let with = |extra: Value| {
        let mut v = scope.clone();
        v.as_object_mut()
            .unwrap()
            .extend(extra.as_object().unwrap().clone());
        v
    };
    let b = rhys::<GetBalanceParams>(with(
        json!({"total_balance":10.0,"account":"a","tenant":"t",
        "balances":[{"id":"b1","value":10.0,"weight":10}],"balance_map":{"b1":10.0},"cgr":"kept"}),
    ));
    assert_eq!((b.total_balance, b.currency.as_str()), (10.0, "GBP"));
    assert_eq!(b.balances.as_ref().unwrap()[0].weight, Some(10.0));
    assert_eq!(
        b.extra["cgr"],
        json!("kept"),
        "additionalProperties: true keeps more"
    );

    let h = rhys::<CallHistoryParams>(with(
        json!({"calls":[{"called_number":"+441","duration_seconds":60,"amount_charged":0.12}]}),
    ));
    assert_eq!(h.calls[0].duration_seconds, 60);

    let t = rhys::<TopupParams>(with(
        json!({"id":9007199254740993u64,"result":null,"error":null,
        "balance_before":1.0,"balance_after":11.0,"ledger_logged":true,"transaction_id":"k","correlation_id":"c"}),
    ));
    assert_eq!(
        (t.balance_before, t.balance_after, t.ledger_logged),
        (Some(1.0), Some(11.0), Some(true))
    );
    assert_eq!(
        t.id.unwrap().0,
        json!(9007199254740993u64),
        "an id beyond 2^53 is kept exactly"
    );

    let d = rhys::<DebitBalanceParams>(with(json!({"balance_after":9.0,"cgrid":"cg-1"})));
    assert_eq!(
        (d.mutation.balance_after, d.cgrid.as_deref()),
        (Some(9.0), Some("cg-1"))
    );

    let c = rhys::<CreateAccountParams>(with(
        json!({"initial_balance":0,"requires_pin":true,"external_user_id":null,"pin_12":"000011112222"}),
    ));
    assert_eq!((c.requires_pin, c.external_user_id), (Some(true), None));

    let del = rhys::<DeleteAccountParams>(with(
        json!({"status":"deactivated","deactivated_at":"2026-01-01T00:00:00Z","reason":null}),
    ));
    assert_eq!(del.status.as_deref(), Some("deactivated"));

    let cli = rhys::<ChangeCliParams>(with(json!({"external_user_id":"+441234567890"})));
    assert_eq!(cli.external_user_id.as_deref(), Some("+441234567890"));

    let s = rhys::<SetupCallParams>(with(json!({"message":"ok","insertId":42})));
    assert_eq!(s.insert_id.unwrap().0, json!(42));

    // A required property missing is a decode error naming it.
    let err =
        parse_response::<GetBalanceParams>(&HttpResponse::new(200, scope.to_string())).unwrap_err();
    assert!(err.to_string().contains("total_balance"), "{err}");
}

#[test]
fn ivr_replies_without_data_and_non_json_pages() {
    use telepartner::ivrsolutions;
    let ok = HttpResponse::new(200, r#"{"status":200,"message":"Agent deleted"}"#);
    let reply = ivrsolutions::parse("deleteAgent", &ok).unwrap();
    assert_eq!(reply, json!({"status": 200, "message": "Agent deleted"}));
    let typed = parse_response::<ivrsolutions::VerifyOtpParams>(&HttpResponse::new(
        200,
        r#"{"status":200,"message":"OTP verified","data":{"temp_client_id":"tmp_5521"}}"#,
    ))
    .unwrap();
    assert_eq!(
        typed.data.unwrap().temp_client_id.as_deref(),
        Some("tmp_5521")
    );
    // Toku lets non-JSON 2xx through for recordings only: a JSON operation fails.
    let mut html = HttpResponse::new(200, "<html>proxy</html>");
    html.headers
        .push(("content-type".into(), "text/html".into()));
    let err = telepartner::toku::parse("createMaskedCall", &html).unwrap_err();
    assert_eq!(err.kind(), "decode");
    assert!(
        err.to_string()
            .contains("expected a JSON reply, got text/html"),
        "{err}"
    );
    let mut audio = HttpResponse::new(200, vec![0x52, 0x49, 0x46, 0x46]);
    audio
        .headers
        .push(("content-type".into(), "audio/wav".into()));
    assert!(telepartner::toku::parse("getRecording", &audio).is_ok());
    // The typed path follows the same rules (it used to refuse audio as "not JSON").
    assert!(parse_response::<telepartner::toku::GetRecordingParams>(&audio).is_ok());
    assert_eq!(
        telepartner::toku::parse("getRecording", &html)
            .unwrap_err()
            .kind(),
        "decode"
    );
}
