CONFIG = """
# Application settings
[server]
host = 0.0.0.0
port = 8080
debug = true

[database]
url = postgres://user:p%40ss@db:5432/app   ; inline comment
pool_size=10
timeout = 2.5
name = "quoted value"

[features]
flags = alpha, beta,  gamma
empty =
"""


def parse_value(raw):
    raw = raw.split(";")[0].strip()
    if len(raw) >= 2 and raw[0] == raw[-1] == '"':
        return raw[1:-1]
    if raw.lower() in ("true", "false"):
        return raw.lower() == "true"
    for cast in (int, float):
        try:
            return cast(raw)
        except ValueError:
            pass
    if "," in raw:
        return [p.strip() for p in raw.split(",")]
    return raw


config = {}
section = None
for lineno, line in enumerate(CONFIG.splitlines(), 1):
    line = line.strip()
    if not line or line.startswith("#"):
        continue
    if line.startswith("[") and line.endswith("]"):
        section = config.setdefault(line[1:-1], {})
        continue
    key, sep, value = line.partition("=")
    if not sep:
        print(f"line {lineno}: no '=' found")
        continue
    section[key.strip()] = parse_value(value)

for name, values in config.items():
    print(f"[{name}]")
    for k, v in values.items():
        print(f"  {k} = {v!r} ({type(v).__name__})")
