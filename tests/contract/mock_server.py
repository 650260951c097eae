"""A contract-checking mock of the IVR Solutions partner API for the wasm, JS and demo runs.

Every request is validated against the spec with openapi-core (validate.py);
a violation gets a 400 and is counted. Replies follow the spec's shapes.
Scripted behaviours, keyed by values the tests choose:

  client/CLIENT404     -> 404 {status, message}
  client/SLOW          -> replies after 3 s (timeouts, aborts)
  client/FLAKY<id>     -> 503 on the first request, 200 after (retries of reads)
  client/ENVELOPE400   -> HTTP 200 whose envelope says status 400
  register name "Flaky 503" -> always 503 with an HTML body (writes are never retried)
  Authorization "Bearer bad-key" -> 401

Control routes: GET /__mock/report, GET /__mock/count?path=/partnerclients/...

    python3 tests/contract/mock_server.py --port 4010
"""
import argparse
import json
import sys
import threading
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit, parse_qs

sys.path.insert(0, __import__("os").path.dirname(__file__))
from validate import validate  # noqa: E402

LOCK = threading.Lock()
STATE = {"validated": 0, "violations": [], "counts": Counter()}
RHYS = {"balances": {}, "idem": {}, "next_account": 100000000000, "setups": 0}
RHYS_BASE = "/prod"
CORS = {
    "access-control-allow-origin": "*",
    "access-control-allow-methods": "GET, POST, OPTIONS",
    "access-control-allow-headers": "authorization, content-type, accept, idempotency-key, x-correlation-id, x-api-key, line-of-business-id, api-authorization",
    "access-control-expose-headers": "x-request-id, retry-after, x-correlation-id, x-transaction-id",
    "access-control-max-age": "600",
}


def ok(data, message="Success"):
    return 200, {"status": 200, "message": message, "data": data}


def rhystalk_reply(path, headers, raw, body):
    """Stateful RhysTalk: balances, accounts, Idempotency-Key replay / 409."""
    auth = headers.get("authorization", "")
    if not auth.startswith("Bearer "):
        return 403, {"message": "Forbidden"}, {}
    if "expired" in auth:
        return 401, {"message": "The incoming token has expired"}, {}
    op = path[len(RHYS_BASE):].strip("/")
    corr = headers.get("x-correlation-id")
    key = headers.get("idempotency-key")
    ids = {"x-correlation-id": corr} if corr else {}
    if key:
        seen = RHYS["idem"].get((op, key))
        if seen:
            if seen[0] != raw:
                return 409, {"error": "Idempotency key already used with a different request"}, ids
            return seen[1], seen[2], {**ids, "x-transaction-id": key}
        ids["x-transaction-id"] = key
    acct = body.get("account") or body.get("account_number")
    base = {"tenant_id": "sandbox", "product_id": body.get("product_id", "prepaid_uk"), "currency": body.get("currency", "GBP")}
    if op in ("get_balance", "call_history", "topup", "debit_balance", "delete_account", "change_cli") and acct not in RHYS["balances"]:
        return 404, {"error": "account not found", "detail": f"account {acct} does not exist"}, ids
    if op == "get_balance":
        status, payload = 200, {**base, "account_code_12": acct, "total_balance": RHYS["balances"][acct]}
    elif op == "call_history":
        status, payload = 200, {**base, "account_code_12": acct, "calls": []}
    elif op in ("topup", "debit_balance"):
        before = RHYS["balances"][acct]
        after = round(before + (body["amount"] if op == "topup" else -body["amount"]), 6)
        RHYS["balances"][acct] = after
        status, payload = 200, {**base, "account_code_12": acct, "balance_before": before, "balance_after": after, "transaction_id": key}
    elif op == "create_account":
        RHYS["next_account"] += 1
        acct = str(RHYS["next_account"])
        RHYS["balances"][acct] = body.get("initial_balance", 0)
        status, payload = 201, {**base, "account_code_12": acct, "initial_balance": body.get("initial_balance", 0),
                                "requires_pin": body.get("requires_pin", True), "external_user_id": body.get("external_user_id"), "transaction_id": key}
    elif op == "delete_account":
        status, payload = 200, {"tenant_id": "sandbox", "account_code_12": acct, "status": "deactivated", "deactivated_at": "2026-11-23T10:00:00Z"}
    elif op == "change_cli":
        status, payload = 200, {"tenant_id": "sandbox", "account_code_12": acct, "external_user_id": body.get("external_user_id") or body.get("cli")}
    elif op == "setup_call":
        RHYS["setups"] += 1
        status, payload = 200, {**base, "message": "Call setup saved successfully", "insertId": RHYS["setups"], "account_code_12": acct}
    else:
        return 404, {"message": "Not Found"}, ids
    if key:
        RHYS["idem"][(op, key)] = (raw, status, payload)
    return status, payload, ids


TOKU_BASE = "/toku"


def toku_events(url, session_id, body, delay_s):
    """POST SETUP, CONNECT, DISCONNECT to the call's webhook, as Toku documents them."""
    import urllib.request
    base = {"result": 0, "result_desc": "Ok", "service_name": "PROGRAMMABLE_CALL", "channel": 0,
            "session_id": session_id, "calling_party": body.get("a_party_number", ""),
            "called_party": body.get("b_party_number", ""), "redirecting_number": "", "direction": 1,
            "reference_id": body.get("reference_id", ""), "call_setup_time": "2026-11-23 10:00:00",
            "call_alert_time": "2026-11-23 10:00:00", "gmt": 8, "call_cause": ""}
    steps = [
        {"call_status": "SETUP", "call_connected_time": "", "call_disconnected_time": "", "call_connected": 0, "call_duration": 0, "dtmf": ""},
        {"call_status": "CONNECT", "call_connected_time": "2026-11-23 10:00:05", "call_disconnected_time": "", "call_connected": 1, "call_duration": 0, "dtmf": ""},
        {"call_status": "DISCONNECT", "call_connected_time": "2026-11-23 10:00:05", "call_disconnected_time": "2026-11-23 10:01:17", "call_connected": 0, "call_duration": 72, "dtmf": "1"},
    ]
    for step in steps:
        time.sleep(delay_s)
        data = json.dumps({**base, **step}).encode()
        req = urllib.request.Request(url, data=data, headers={"content-type": "application/json"}, method="POST")
        try:
            urllib.request.urlopen(req, timeout=5).read()
        except OSError:
            return


def toku_reply(method, path, headers, body):
    """Toku masking: a session id, then call events POSTed to the webhook."""
    op = path[len(TOKU_BASE):]
    if op.startswith("/v1/programmable-call/"):
        if not headers.get("x-api-key") or not headers.get("line-of-business-id"):
            return 401, {"message": "Unauthorized"}
        session_id = f"sess-{int(time.time() * 1000) % 10**9}"
        hook = body.get("call_event_webhook_url")
        if hook:
            threading.Thread(target=toku_events, args=(hook, session_id, body, 0.15), daemon=True).start()
        status = 201 if op.endswith("/conferences") else 200
        return status, {"message": "Call initiated", "data": {"reference_id": body.get("reference_id"), "session_id": session_id}}
    return 404, {"message": "Not Found"}


def reply_for(method, path, body, counts):
    op = path.split("/partnerclients/", 1)[-1]
    if op == "register":
        if body.get("name") == "Flaky 503":
            return 503, "<html><body><h1>503 Service Unavailable</h1></body></html>"
        return ok({"request_id": "req_8f3a21"}, "OTP sent to email and mobile")
    if op == "verify_otp":
        return ok({"temp_client_id": "tmp_5521"}, "OTP verified")
    if op == "aadhar_otp":
        return ok({"ref": "ref_99812"}, "Aadhaar OTP sent")
    if op == "preview_kyc":
        return ok({"temp_client_id": body.get("temp_client_id"), "pan": "ABCDE1234F", "gst": None})
    if op == "accept_kyc":
        return ok({"client_id": "CLIENTAPIKEY12345"}, "Client created")
    if op == "clients":
        return ok({"clients": [{"client_id": "CLIENTAPIKEY12345", "name": "Acme Corp", "status": "1"}]})
    if op == "pending":
        return ok({"pending": [{"temp_client_id": "tmp_5521", "name": "Acme Corp"}]})
    if op == "did_regions":
        return ok([{"id": "1", "name": "Delhi"}, {"id": "2", "name": "Mumbai"}])
    if op == "search_dids":
        return ok({"numbers": ["+911143104501", "+911143104502"]})
    if op == "buy_did":
        return ok({"number": body.get("number"), "did_id": "331"}, "DID assigned")
    if op.startswith("client_dids/"):
        return ok([{"did_id": "331", "number": "+911143104501", "status": "1"}])
    if op == "add_agent":
        return ok({"agent_id": "4821", "extension": body.get("extension", "2101")}, "Agent added")
    if op == "create_basic_flow":
        return ok({"flow_id": "10045"}, "Flow created")
    if op == "wallet_balance":
        return ok({"balance": "1500.00", "currency": "INR", "valid_till": "2025-12-31 23:59:59"})
    if op == "add_client_credits":
        return ok({"balance": "2000.00", "valid_till": body.get("valid_till")}, "Credits added")
    if op == "wallet_transactions":
        page, limit = int(body.get("page") or 1), int(body.get("limit") or 10)
        rows = [{"id": str(i), "type": "credit" if i % 3 == 0 else "debit", "amount": f"{i * 1.5:.2f}"} for i in range(1, 24)]
        chunk = rows[(page - 1) * limit: page * limit]
        return ok({"page": page, "limit": limit, "total": len(rows), "transactions": chunk})
    if path == "/api/click_connect":
        return ok({"session_id": "sess_7f2c", "status": "initiated"}, "Call initiated")
    if op.startswith("client/"):
        cid = op.split("/", 1)[1]
        if cid == "CLIENT404":
            return 404, {"status": 404, "message": "Client not found"}
        if cid == "SLOW":
            time.sleep(3)
        if cid.startswith("FLAKY") and counts[path] == 1:
            return 503, {"status": 503, "message": "Temporarily unavailable"}
        if cid == "ENVELOPE400":
            return 200, {"status": 400, "message": "Invalid client"}
        return ok({"client_id": cid, "name": "Acme Corp", "status": "1"})
    return ok({})


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def send(self, status, payload, extra=None):
        raw = payload if isinstance(payload, str) else json.dumps(payload)
        data = raw.encode()
        self.send_response(status)
        for k, v in {**CORS, **(extra or {})}.items():
            self.send_header(k, v)
        ctype = "text/html" if isinstance(payload, str) else "application/json"
        self.send_header("content-type", ctype)
        self.send_header("content-length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_OPTIONS(self):
        self.send_response(204)
        for k, v in CORS.items():
            self.send_header(k, v)
        self.send_header("content-length", "0")
        self.end_headers()

    def handle_api(self, method):
        length = int(self.headers.get("content-length") or 0)
        raw = self.rfile.read(length) if length else b""
        parts = urlsplit(self.path)
        if parts.path == "/__mock/report":
            with LOCK:
                return self.send(200, {"validated": STATE["validated"], "violations": STATE["violations"]})
        if parts.path == "/__mock/count":
            target = parse_qs(parts.query).get("path", [""])[0]
            with LOCK:
                return self.send(200, {"count": STATE["counts"][target]})
        headers = {k.lower(): v for k, v in self.headers.items()}
        if parts.path.startswith(TOKU_BASE + "/"):
            # Toku publishes no schema to validate against (a Postman collection).
            try:
                body = json.loads(raw) if raw else {}
            except ValueError:
                body = {}
            status, payload = toku_reply(method, parts.path, headers, body)
            return self.send(status, payload)
        rhys = parts.path.startswith(RHYS_BASE + "/")
        api = "rhystalk" if rhys else "ivrsolutions"
        host = "https://hbgxb4yrq5.execute-api.eu-west-2.amazonaws.com" if rhys else "https://api.ivrsolutions.in"
        problems = validate(api, method, host + self.path, headers, raw.decode("utf-8", "replace"))
        with LOCK:
            STATE["validated"] += 1
            STATE["counts"][parts.path] += 1
            counts = Counter(STATE["counts"])
            if problems:
                STATE["violations"].append({"method": method, "path": parts.path, "problems": problems})
        if problems:
            return self.send(400, {"status": 400, "message": "contract violation: " + "; ".join(problems)})
        if rhys:
            try:
                body = json.loads(raw) if raw else {}
            except ValueError:
                body = {}
            with LOCK:
                status, payload, extra = rhystalk_reply(parts.path, headers, raw, body)
            return self.send(status, payload, extra)
        if headers.get("authorization") == "Bearer bad-key":
            return self.send(401, {"status": 401, "message": "Unauthorized"})
        try:
            body = json.loads(raw) if raw else {}
        except ValueError:
            body = {}
        status, payload = reply_for(method, parts.path, body, counts)
        self.send(status, payload, {"x-request-id": f"mock-{STATE['validated']}"})

    def do_GET(self):
        self.handle_api("GET")

    def do_POST(self):
        self.handle_api("POST")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--port", type=int, default=4010)
    args = ap.parse_args()
    server = ThreadingHTTPServer(("127.0.0.1", args.port), Handler)
    print(f"IVR Solutions contract mock on http://127.0.0.1:{args.port}", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
