/*
 * host_sql.c — adapts the SQL helper (sqlh.h) to the host-function API
 * (mpsandbox.h). Both speak JSON text, so this is mostly the mapping of
 * return codes: an {"error": ...} result is data the guest inspects; a
 * bad call (wrong arguments) is a RuntimeError in the guest. Host functions
 * may be called from several sessions' threads at once and a catalog is not
 * thread safe, so calls take turns (each query is bounded in time).
 */
#include <pthread.h>

#include "host_sql.h"

static pthread_mutex_t catalog_lock = PTHREAD_MUTEX_INITIALIZER;

typedef int (*sqlh_fn)(sqlh_catalog *c, const char *actor, const char *args_json,
                       size_t args_len, char **out, size_t *out_len);

static int adapt(sqlh_fn fn, void *catalog, const mpsb_host_call *call, char **out,
                 size_t *out_len) {
    pthread_mutex_lock(&catalog_lock);
    int rc = fn(catalog, call->actor, call->args_json, call->args_len, out, out_len);
    pthread_mutex_unlock(&catalog_lock);
    return rc == 0 ? MPSB_HOST_OK : MPSB_HOST_ERROR; /* -2: *out is NULL */
}

static int query(void *catalog, const mpsb_host_call *call, char **out, size_t *out_len) {
    return adapt(sqlh_query, catalog, call, out, out_len);
}

static int list_databases(void *catalog, const mpsb_host_call *call, char **out,
                          size_t *out_len) {
    return adapt(sqlh_list_databases, catalog, call, out, out_len);
}

static int schema(void *catalog, const mpsb_host_call *call, char **out, size_t *out_len) {
    return adapt(sqlh_schema, catalog, call, out, out_len);
}

int host_sql_register(mpsb_runtime *rt, sqlh_catalog *catalog) {
    int rc = mpsb_runtime_register_function(rt, "read_only_sql_query", query, catalog);
    if (rc == MPSB_OK) {
        rc = mpsb_runtime_register_function(rt, "list_databases", list_databases, catalog);
    }
    if (rc == MPSB_OK) {
        rc = mpsb_runtime_register_function(rt, "database_schema", schema, catalog);
    }
    return rc;
}
