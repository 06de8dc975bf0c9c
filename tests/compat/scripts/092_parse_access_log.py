import re
from collections import Counter, defaultdict

LOG = """\
192.168.1.10 - - [12/Mar/2024:10:15:32 +0000] "GET /index.html HTTP/1.1" 200 5120 "-" "Mozilla/5.0"
192.168.1.11 - - [12/Mar/2024:10:15:40 +0000] "GET /api/users?id=7 HTTP/1.1" 200 312 "-" "curl/8.0"
10.0.0.5 - admin [12/Mar/2024:10:16:01 +0000] "POST /api/login HTTP/1.1" 401 89 "-" "python-requests/2.31"
192.168.1.10 - - [12/Mar/2024:10:16:15 +0000] "GET /static/app.js HTTP/1.1" 304 0 "/index.html" "Mozilla/5.0"
10.0.0.5 - admin [12/Mar/2024:10:16:20 +0000] "POST /api/login HTTP/1.1" 200 145 "-" "python-requests/2.31"
192.168.1.12 - - [12/Mar/2024:10:17:55 +0000] "GET /missing HTTP/1.1" 404 230 "-" "Mozilla/5.0"
192.168.1.11 - - [12/Mar/2024:10:18:03 +0000] "DELETE /api/users/7 HTTP/1.1" 500 61 "-" "curl/8.0"
malformed line here
"""

PATTERN = re.compile(
    r'(?P<ip>\S+) \S+ (?P<user>\S+) \[(?P<ts>[^\]]+)\] '
    r'"(?P<method>[A-Z]+) (?P<path>\S+) (?P<proto>[^"]+)" '
    r'(?P<status>\d{3}) (?P<size>\d+) "(?P<referer>[^"]*)" "(?P<agent>[^"]*)"'
)

entries = []
for line in LOG.splitlines():
    m = PATTERN.match(line)
    if not m:
        print("unparsed:", line)
        continue
    d = m.groupdict()
    d["status"] = int(d["status"])
    d["size"] = int(d["size"])
    entries.append(d)

print(f"{len(entries)} requests parsed")
print("status codes:", dict(sorted(Counter(e["status"] for e in entries).items())))
print("methods:", Counter(e["method"] for e in entries).most_common())
bytes_by_ip = defaultdict(int)
for e in entries:
    bytes_by_ip[e["ip"]] += e["size"]
for ip, b in sorted(bytes_by_ip.items(), key=lambda kv: -kv[1]):
    print(f"  {ip:<14} {b:>6} bytes")
errors = [f"{e['method']} {e['path'].split('?')[0]} -> {e['status']}" for e in entries if e["status"] >= 400]
print("errors:", errors)
print("first timestamp:", entries[0]["ts"], "| user of 3rd:", entries[2]["user"])
