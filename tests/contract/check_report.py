"""Fail unless the mock validated at least one request and saw no contract violation."""
import json
import sys
import urllib.request

url = sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:4010"
report = json.load(urllib.request.urlopen(url + "/__mock/report"))
for v in report["violations"]:
    print(f"VIOLATION {v['method']} {v['path']}: {v['problems']}")
print(f"contract: {report['validated']} live requests validated against the spec, {len(report['violations'])} violations")
sys.exit(1 if report["violations"] or report["validated"] == 0 else 0)
