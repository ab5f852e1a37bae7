/* azqf-store-private.h: the workspace schema, for the store and its tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The SQL that upgrades a workspace from schema version - 1 to version
 * (1 creates the first schema in an empty file). Run in one transaction
 * together with the new user_version. */
const char *_azqf_store_migration (guint version);

/* Full-text index rows: rowid = source row id × 8 + one of these. */
typedef enum
{
  AZQF_SEARCH_ROW_TITLE     = 0,
  AZQF_SEARCH_ROW_SUMMARY   = 1,
  AZQF_SEARCH_ROW_UNIT      = 2,
  AZQF_SEARCH_ROW_OUTCOME   = 3,
  AZQF_SEARCH_ROW_CRITERION = 4,
} AzqfSearchRow;

G_END_DECLS

#include <sqlite3.h>

#include "azqf-framework-private.h"
#include "azqf-store.h"

G_BEGIN_DECLS

/* Framework levels (AzqfFrameworkLevel) and statements (AzqfDescriptor)
 * imported into the workspace: put adds them or replaces those with the same
 * framework and level, or id, all or nothing in one transaction; get returns
 * every one, as new arrays. Used by azqf-framework.c. */
gboolean    _azqf_store_put_framework_data (AzqfStore  *self,
                                            GPtrArray  *levels,
                                            GPtrArray  *statements,
                                            GError    **error);
gboolean    _azqf_store_get_framework_data (AzqfStore  *self,
                                            GPtrArray **levels,
                                            GPtrArray **statements,
                                            GError    **error);

/* For azqf-register-import.c: one write transaction across several calls,
 * so an import writes its standards in batches as it reads them and still
 * all or nothing. begin takes the write lock (BEGIN IMMEDIATE); put writes
 * as azqf_store_put_standards does, inside it; commit ends it and emits
 * "standards-changed" when emit is TRUE (a worker thread commits with
 * FALSE, and the store's own thread then calls emit_standards_changed);
 * rollback undoes everything since begin. */
gboolean    _azqf_store_begin_write             (AzqfStore  *self,
                                                 GError    **error);
gboolean    _azqf_store_put_standards_in_write  (AzqfStore  *self,
                                                 GPtrArray  *standards,
                                                 GError    **error);
gboolean    _azqf_store_commit_write            (AzqfStore  *self,
                                                 gboolean    emit,
                                                 GError    **error);
void        _azqf_store_rollback_write          (AzqfStore  *self);
void        _azqf_store_emit_standards_changed  (AzqfStore  *self);

/* For tests only: the store's connection (e.g. to set PRAGMA max_page_count
 * and simulate a full disk). */
sqlite3    *_azqf_store_get_db (AzqfStore *self);
/* The lock file that marks a workspace open for writing: "DIR/.NAME.lock". */
char       *_azqf_store_lock_path (const char *path);

G_END_DECLS
