"""Wait (up to 10 s) until a server answers; exit 1 if it never does.

    python3 tests/contract/wait_ready.py BASE_URL [PATH]   (PATH: /__mock/report)
"""
import sys
import time
import urllib.request

url = (sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:4010") + (sys.argv[2] if len(sys.argv) > 2 else "/__mock/report")
for _ in range(50):
    try:
        urllib.request.urlopen(url, timeout=1).read()
        sys.exit(0)
    except OSError:
        time.sleep(0.2)
print(f"no server answered at {url}", file=sys.stderr)
sys.exit(1)
