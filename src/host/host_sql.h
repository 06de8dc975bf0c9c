/*
 * host_sql.h — the SQL helper's three functions as host functions of a
 * runtime (prefix host_sql_): read_only_sql_query, list_databases and
 * database_schema, answered from a catalog (sqlh.h) with the calling
 * session's actor.
 */
#ifndef MPSB_HOST_SQL_H
#define MPSB_HOST_SQL_H

#include "mpsandbox.h"
#include "sqlh.h"

/* Registers the three functions on rt. catalog is not owned and must
 * outlive rt. Returns MPSB_OK or an mpsb_error. */
int host_sql_register(mpsb_runtime *rt, sqlh_catalog *catalog);

#endif
