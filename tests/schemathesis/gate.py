"""Gate over a Schemathesis run against the sandbox: every failure Schemathesis
reported must be accepted by an entry of allow.json (each with its reason);
anything else fails. Also fails when the run tested nothing or did not finish.

    python3 tests/schemathesis/gate.py API REPORT.ndjson tests/schemathesis/allow.json
"""
import base64
import fnmatch
import json
import re
import sys

api, report, allow_path = sys.argv[1:4]
entries = [e for e in json.load(open(allow_path))["entries"] if e["api"] == api]
used = [0] * len(entries)
cases = 0
finished = False
unallowed = {}


def reply_text(interaction):
    content = ((interaction or {}).get("response") or {}).get("content") or {}
    raw = content.get("$base64")
    return base64.b64decode(raw).decode("utf-8", "replace") if raw else ""


for line in open(report):
    event = json.loads(line)
    kind, body = next(iter(event.items()))
    if kind == "EngineFinished":
        finished = True
    if kind != "ScenarioFinished":
        continue
    recorder = body["recorder"]
    cases += len(recorder.get("cases", {}))
    for case_id, checks in recorder.get("checks", {}).items():
        for check in checks:
            if check["status"] != "failure":
                continue
            failure = check["failure_info"]["failure"]
            operation = failure.get("operation") or recorder["label"]
            reply = reply_text(recorder.get("interactions", {}).get(case_id))
            match = next(
                (i for i, e in enumerate(entries)
                 if e["code"] == failure["code"]
                 and fnmatch.fnmatchcase(operation, e["operation"])
                 and re.search(e.get("reply", ""), reply)),
                None,
            )
            if match is None:
                key = (operation, failure["code"], failure["message"])
                unallowed.setdefault(key, reply[:300])
            else:
                used[match] += 1

for (operation, code, message), reply in sorted(unallowed.items()):
    print(f"schemathesis {api}: {code} {operation}: {message}\n    reply: {reply}")
for entry, n in zip(entries, used):
    print(f"schemathesis {api}: {n:4d} accepted by allow.json: {entry['code']} {entry['operation']}: {entry['reason'][:90]}...")
print(f"schemathesis {api}: {cases} cases, {len(unallowed)} failures outside allow.json")
if not finished or cases == 0:
    sys.exit(f"schemathesis {api}: the run did not finish or tested nothing")
sys.exit(1 if unallowed else 0)
