"""CPython stand-ins for the host functions the sandbox gives guest code.

generate.py runs this file first, in the same namespace as each corpus
script, so a script sees read_only_sql_query, list_databases and
database_schema as globals, exactly as it does in the sandbox. The database
path comes from the global COMPAT_DB_PATH that generate.py sets before
running this file (it is removed again here).

The results mirror src/host/sqlh_*.c: the same dict layout, at most 1000 rows
(then "truncated": True), the 256 KiB cap on the compact JSON of a result,
non-finite floats as None, blobs as {"$base64": "..."}, invalid UTF-8 replaced,
and the error texts a script is likely to meet ({"error": "..."}).
"""


def _compat_make_helpers(db_path):
    import base64
    import json
    import sqlite3

    databases = {"shop": db_path}
    max_rows = 1000
    max_bytes = 256 << 10
    tail_len = len('],"truncated":false}')

    def not_available(database):
        return {"error": "database '%s' is not available; available: %s"
                % (database, ", ".join(sorted(databases)))}

    def connect(path):
        conn = sqlite3.connect("file:%s?mode=ro" % path, uri=True)
        conn.text_factory = lambda b: b.decode("utf-8", "replace")
        return conn

    def json_string_size(s):
        size = 2
        for ch in s:
            if ch in '"\\\b\f\n\r\t':
                size += 2
            elif ord(ch) < 0x20:
                size += 6
            else:
                size += len(ch.encode("utf-8"))
        return size

    def float_text(v):
        for precision in (15, 16, 17):
            text = "%.*g" % (precision, v)
            if float(text) == v:
                break
        if "." not in text and "e" not in text:
            text += ".0"
        return text

    def convert(value):
        """(value as the guest sees it, size of its JSON text)"""
        if value is None:
            return None, 4
        if isinstance(value, int):
            return value, len(str(value))
        if isinstance(value, float):
            if value != value or value in (float("inf"), float("-inf")):
                return None, 4
            return value, len(float_text(value))
        if isinstance(value, str):
            return value, json_string_size(value)
        if isinstance(value, (bytes, bytearray, memoryview)):
            text = base64.b64encode(bytes(value)).decode("ascii")
            return {"$base64": text}, len('{"$base64":"') + len(text) + len('"}')
        raise TypeError("unexpected SQLite value %r" % (value,))

    action_names = {
        sqlite3.SQLITE_INSERT: "INSERT",
        sqlite3.SQLITE_UPDATE: "UPDATE",
        sqlite3.SQLITE_DELETE: "DELETE",
    }

    def check_params(params):
        """(values to bind, None) or (None, an error result)"""
        if params is None:
            return (), None
        if isinstance(params, dict):
            items = [(":" + str(k), v) for k, v in params.items()]
        elif isinstance(params, (list, tuple)):
            items = [("parameter %d" % (i + 1), v) for i, v in enumerate(params)]
        else:
            raise TypeError("params must be a dict or a list")
        for where, v in items:
            if v is None or isinstance(v, (bool, int, float, str)):
                continue
            if isinstance(v, (list, tuple, dict)):
                kind = "dict" if isinstance(v, dict) else "list"
                return None, {"error": "parameter values must be null, numbers, strings or "
                                       "booleans (%s is a %s)" % (where, kind)}
            raise TypeError("Object of type %s is not JSON serializable" % type(v).__name__)
        return (dict(params) if isinstance(params, dict) else list(params)), None

    def read_only_sql_query(database, sql, params=None):
        if not isinstance(database, str) or not isinstance(sql, str):
            raise TypeError("read_only_sql_query() takes database, sql and optional params")
        bound, error = check_params(params)
        if error is not None:
            return error
        if database not in databases:
            return not_available(database)
        if not sql.strip():
            return {"error": "the query is empty"}
        conn = connect(databases[database])
        denied = []

        def authorizer(action, a, b, db_name, trigger):
            if action in (sqlite3.SQLITE_SELECT, sqlite3.SQLITE_READ, sqlite3.SQLITE_FUNCTION,
                          sqlite3.SQLITE_RECURSIVE):
                return sqlite3.SQLITE_OK
            if action == sqlite3.SQLITE_PRAGMA:
                message = ("only read-only queries are allowed (PRAGMA %s is not permitted; "
                           "call database_schema() for tables and columns)" % (a or ""))
            elif action in action_names:
                if a in ("sqlite_master", "sqlite_temp_master"):
                    message = ("only read-only queries are allowed (changing the schema is "
                               "not permitted)")
                else:
                    message = ("only read-only queries are allowed (%s on %s is not permitted)"
                               % (action_names[action], a or "?"))
            else:
                message = "only read-only queries are allowed"
            if not denied:
                denied.append(message)
            return sqlite3.SQLITE_DENY

        conn.set_authorizer(authorizer)
        try:
            try:
                cur = conn.execute(sql, bound)
            except (sqlite3.Error, sqlite3.Warning) as e:
                if denied:
                    return {"error": denied[0]}
                text = str(e)
                if "one statement at a time" in text:
                    return {"error": "only one statement per query is allowed"}
                if "readonly" in text:
                    return {"error": "only read-only queries are allowed"}
                return {"error": text}
            if cur.description is None:
                return {"error": "only read-only queries are allowed"}
            columns = [d[0] for d in cur.description]
            size = len('{"columns":[') + len('],"rows":[')
            size += sum(json_string_size(c) for c in columns) + max(len(columns) - 1, 0)
            limit = max_bytes - tail_len
            rows = []
            truncated = False
            try:
                while True:
                    row = cur.fetchone()
                    if len(rows) == max_rows:
                        truncated = row is not None
                        break
                    if row is None:
                        break
                    values = []
                    row_size = (1 if rows else 0) + 2 + max(len(row) - 1, 0)
                    for value in row:
                        v, n = convert(value)
                        values.append(v)
                        row_size += n
                    if size + row_size > limit:
                        truncated = True
                        break
                    size += row_size
                    rows.append(values)
            except sqlite3.Error as e:
                return {"error": denied[0] if denied else str(e)}
            return {"columns": columns, "rows": rows, "truncated": truncated}
        finally:
            conn.close()

    def list_databases():
        return sorted(databases)

    def database_schema(database):
        if not isinstance(database, str):
            raise TypeError("database_schema() takes a database name")
        if database not in databases:
            return not_available(database)
        conn = connect(databases[database])
        try:
            names = [r[0] for r in conn.execute(
                "SELECT name FROM main.sqlite_schema WHERE type = 'table' "
                "AND name IS NOT NULL ORDER BY name")]
            tables = []
            for name in names:
                if name.lower().startswith("sqlite_"):
                    continue
                quoted = '"' + name.replace('"', '""') + '"'
                info = conn.execute("PRAGMA main.table_info(%s)" % quoted).fetchall()
                columns = [{"name": r[1], "type": r[2] or ""} for r in info]
                tables.append({"name": name, "columns": columns})
            return {"tables": tables}
        finally:
            conn.close()

    return read_only_sql_query, list_databases, database_schema


read_only_sql_query, list_databases, database_schema = _compat_make_helpers(
    globals().pop("COMPAT_DB_PATH"))
del _compat_make_helpers
