//! Coverage guard: the SDK covers every operation of the IVR Solutions spec
//! (same method and path, name = operationId without `partner_`, camelCased),
//! sends no field the spec does not define, and requires what the spec requires.

mod common;

use serde_json::Value;
use telepartner::ivrsolutions::{self, OPERATIONS};

const SPEC: &str = include_str!("../../shared/specs/ivrsolutions-partner-clients.openapi.json");

fn spec() -> Value {
    serde_json::from_str(SPEC).unwrap()
}

/// Every (METHOD, path) the spec defines, with its operation object.
fn spec_operations() -> Vec<(String, String, Value)> {
    let mut out = Vec::new();
    for (path, ops) in spec()["paths"].as_object().unwrap() {
        for (method, op) in ops.as_object().unwrap() {
            out.push((method.to_uppercase(), path.clone(), op.clone()));
        }
    }
    out
}

fn camel(op_id: &str) -> String {
    let mut out = String::new();
    let mut upper = false;
    for c in op_id.trim_start_matches("partner_").chars() {
        if c == '_' {
            upper = true;
        } else if upper {
            out.push(c.to_ascii_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    out
}

#[test]
fn every_spec_operation_has_an_sdk_method() {
    let ops = spec_operations();
    assert_eq!(ops.len(), 48, "the spec has 48 operations");
    let mut missing = Vec::new();
    for (method, path, op) in &ops {
        let op_id = op["operationId"].as_str().unwrap();
        match OPERATIONS
            .iter()
            .find(|o| o.method.as_str() == method && o.path == path)
        {
            None => missing.push(format!("{method} {path} ({op_id})")),
            Some(o) => {
                assert_eq!(o.operation_id, op_id, "{method} {path}");
                assert_eq!(o.js_name, camel(op_id), "{method} {path}: method name");
            }
        }
    }
    assert!(
        missing.is_empty(),
        "spec operations without an SDK method: {missing:#?}"
    );
    let extra: Vec<_> = OPERATIONS
        .iter()
        .filter(|o| o.path.starts_with("/partnerclients/"))
        .filter(|o| {
            !ops.iter()
                .any(|(m, p, _)| m == o.method.as_str() && p == o.path)
        })
        .collect();
    assert!(
        extra.is_empty(),
        "SDK operations the spec does not define: {extra:?}"
    );
}

/// The wire names of every field an operation's params can carry (from the registry).
fn sdk_fields(js: &str) -> Vec<&'static str> {
    let op = OPERATIONS.iter().find(|o| o.js_name == js).unwrap();
    telepartner::wire::Field::flat(op.fields)
        .iter()
        .map(|f| f.name)
        .collect()
}

#[test]
fn sdk_sends_exactly_the_fields_the_spec_defines() {
    for (method, path, op) in spec_operations() {
        let sdk = OPERATIONS
            .iter()
            .find(|o| o.method.as_str() == method && o.path == path)
            .unwrap();
        let schema = &op["requestBody"]["content"]["application/json"]["schema"];
        let mut spec_fields: Vec<String> = schema["properties"]
            .as_object()
            .map(|p| p.keys().cloned().collect())
            .unwrap_or_default();
        for p in op["parameters"].as_array().into_iter().flatten() {
            spec_fields.push(p["name"].as_str().unwrap().to_owned());
        }
        let mut ours: Vec<String> = sdk_fields(sdk.js_name)
            .iter()
            .map(|s| s.to_string())
            .collect();
        spec_fields.sort();
        ours.sort();
        assert_eq!(
            ours, spec_fields,
            "{method} {path}: SDK fields vs spec fields"
        );
    }
}

#[test]
fn spec_required_fields_are_required() {
    let cfg = common::ivr_config();
    let mut checked = 0;
    for (method, path, op) in spec_operations() {
        let sdk = OPERATIONS
            .iter()
            .find(|o| o.method.as_str() == method && o.path == path)
            .unwrap();
        let media = &op["requestBody"]["content"]["application/json"];
        let Some(example) = media["example"].as_object() else {
            continue;
        };
        for required in media["schema"]["required"].as_array().into_iter().flatten() {
            let required = required.as_str().unwrap();
            let mut params = example.clone();
            params.shift_remove(required);
            params.shift_remove("page");
            params.shift_remove("limit"); // the spec's example sends "" for these integers
            if required == "gst_num" || params.get("gst_num").is_some() {
                params.insert("gst_num".into(), "29ABCDE1234F1ZW".into());
                if required == "gst_num" {
                    params.shift_remove("gst_num");
                }
            }
            let err = ivrsolutions::build(sdk.js_name, Value::Object(params), &cfg)
                .expect_err(&format!("{} without {required}", sdk.js_name));
            assert_eq!(err.field(), Some(required), "{}: {err}", sdk.js_name);
            checked += 1;
        }
    }
    assert!(checked >= 100, "checked {checked} required fields");
}
