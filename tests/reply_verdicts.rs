//! The reply-shape tables against serde, and the corpus both builds are held to.
//!
//! For every operation of the three registries, a reply is made from its shape
//! table (every documented field present, of its type), and from it one reply
//! per documented field with that field of a wrong type, missing, or `null`.
//! Natively each must get the same verdict from the shape table as from serde
//! alone (the typed reply), so the tables say what the Rust types say. The
//! replies and their native verdicts are `tests/data/reply_verdicts.json`, which
//! the wasm suites (`wasm_*.rs`) feed through `parseResponse` and must answer
//! the same. `TELEPARTNER_BLESS=1` rewrites the file when the replies change.

use serde_json::{json, Map, Value};
use telepartner::endpoint::{parse_named, Api, Operation};
use telepartner::shape::{check, Shape};
use telepartner::{ivrsolutions, rhystalk, toku, HttpResponse};

/// A reply that fits `shape`, with every documented field.
fn example(shape: &Shape) -> Value {
    match shape {
        Shape::Any => json!({"open": true}),
        Shape::String => json!("s-1"),
        Shape::Number => json!(12.5),
        Shape::Integer => json!(200),
        Shape::Bool => json!(true),
        Shape::Id => json!(7),
        Shape::Nullable(inner) => example(inner),
        Shape::Array(inner) => json!([example(inner)]),
        Shape::Map(inner) => json!({ "k": example(inner) }),
        Shape::Object(props) => Value::Object(
            props
                .iter()
                .map(|p| (p.name.to_owned(), example(p.shape)))
                .collect::<Map<_, _>>(),
        ),
    }
}

/// A value of another JSON type than `shape` allows (`None`: every type fits).
fn wrong(shape: &Shape) -> Option<Value> {
    Some(match shape {
        Shape::Any => return None,
        Shape::String => json!(7),
        Shape::Number | Shape::Id => json!(true),
        Shape::Integer => json!(1.5),
        Shape::Bool => json!("yes"),
        Shape::Nullable(inner) => return wrong(inner),
        Shape::Array(_) | Shape::Map(_) | Shape::Object(_) => json!("x"),
    })
}

/// Every documented field of `shape` (arrays through their first item), as a
/// path of keys, with its shape.
fn fields(shape: &'static Shape, at: Vec<String>, out: &mut Vec<(Vec<String>, &'static Shape)>) {
    match shape {
        Shape::Nullable(inner) => fields(inner, at, out),
        Shape::Array(inner) => {
            let mut p = at;
            p.push("0".into());
            fields(inner, p, out)
        }
        Shape::Object(props) => {
            for prop in *props {
                let mut p = at.clone();
                p.push(prop.name.to_owned());
                out.push((p.clone(), prop.shape));
                fields(prop.shape, p, out);
            }
        }
        _ => {}
    }
}

/// `root` with the value at `path` replaced (`Some`) or removed (`None`).
fn edit(root: &Value, path: &[String], to: Option<Value>) -> Value {
    let mut out = root.clone();
    let mut cur = &mut out;
    for key in &path[..path.len() - 1] {
        cur = match cur {
            Value::Array(items) => &mut items[key.parse::<usize>().unwrap()],
            other => &mut other[key.as_str()],
        };
    }
    let last = &path[path.len() - 1];
    match (cur, to) {
        (Value::Object(map), Some(v)) => {
            map.insert(last.clone(), v);
        }
        (Value::Object(map), None) => {
            map.remove(last);
        }
        (Value::Array(items), Some(v)) => items[last.parse::<usize>().unwrap()] = v,
        (Value::Array(items), None) => {
            items.remove(last.parse::<usize>().unwrap());
        }
        _ => unreachable!("a path into the example"),
    }
    out
}

fn verdict<A: Api>(op: &Operation<A>, body: &Value) -> String {
    let mut resp = HttpResponse::new(200, body.to_string());
    resp.headers
        .push(("content-type".into(), "application/json".into()));
    match parse_named::<A>(op.js_name, &resp) {
        Ok(_) => "ok".into(),
        Err(telepartner::Error::Decode { path, reason, .. }) => format!("{path}: {reason}"),
        Err(e) => format!("{}: {e}", e.kind()),
    }
}

/// The replies of one API, checked shape-against-serde, with their verdicts.
fn corpus<A: Api>(ops: &'static [Operation<A>], out: &mut Vec<Value>) {
    for op in ops.iter().filter(|op| !op.binary()) {
        let base = example(op.shape);
        let mut cases = vec![("example".to_owned(), base.clone())];
        let mut list = Vec::new();
        fields(op.shape, Vec::new(), &mut list);
        for (path, shape) in list {
            let at = path.join(".");
            if let Some(bad) = wrong(shape) {
                cases.push((format!("{at} wrong type"), edit(&base, &path, Some(bad))));
            }
            cases.push((format!("{at} missing"), edit(&base, &path, None)));
            cases.push((format!("{at} null"), edit(&base, &path, Some(Value::Null))));
        }
        for (case, body) in cases {
            // The shape table and serde agree on what the API's check passes on.
            let resp = HttpResponse::new(200, body.to_string());
            if let Ok(checked) = A::check(&resp) {
                let by_shape = check(op.shape, &checked).is_ok();
                let by_serde = (op.serde_accepts)(&checked);
                assert_eq!(
                    by_shape, by_serde,
                    "{} {}: the shape table says {by_shape}, serde says {by_serde} for {checked}",
                    op.js_name, case
                );
            }
            let verdict = verdict(op, &body);
            if case == "example" {
                assert_eq!(verdict, "ok", "{}: its own example is refused", op.js_name);
            }
            out.push(json!({
                "api": A::ID, "operation": op.js_name, "case": case,
                "body": body.to_string(), "verdict": verdict,
            }));
        }
    }
}

#[test]
fn shape_tables_agree_with_serde_and_the_corpus_is_current() {
    let mut all = Vec::new();
    corpus(ivrsolutions::OPERATIONS, &mut all);
    corpus(toku::OPERATIONS, &mut all);
    corpus(rhystalk::OPERATIONS, &mut all);
    let errors = all.iter().filter(|c| c["verdict"] != "ok").count();
    assert!(
        errors > 500,
        "the corpus must hold refused replies, has {errors}"
    );
    // One reply per line: a diff shows which verdicts moved.
    let lines: Vec<String> = all.iter().map(Value::to_string).collect();
    let text = format!("[\n{}\n]\n", lines.join(",\n"));
    let file = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/reply_verdicts.json"
    );
    if std::env::var_os("TELEPARTNER_BLESS").is_some() {
        std::fs::create_dir_all(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data")).unwrap();
        std::fs::write(file, &text).unwrap();
    }
    let stored = std::fs::read_to_string(file).unwrap_or_default();
    assert!(
        stored == text,
        "tests/data/reply_verdicts.json is out of date: run TELEPARTNER_BLESS=1 cargo test --test reply_verdicts"
    );
}
