/* azqf-store.h: one workspace = one SQLite file (*.azqf)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "azqf-types.h"

G_BEGIN_DECLS

#define AZQF_STORE_ERROR (azqf_store_error_quark ())

/* Every message is translated and names the workspace file. */
typedef enum
{
  AZQF_STORE_ERROR_NOT_FOUND,       /* no such file, folder, or standard */
  AZQF_STORE_ERROR_EXISTS,          /* create: the file is already there */
  AZQF_STORE_ERROR_NOT_WORKSPACE,   /* a text file, another program's database, an empty file */
  AZQF_STORE_ERROR_NEWER_SCHEMA,    /* written by a newer AzQF Studio */
  AZQF_STORE_ERROR_NEEDS_UPGRADE,   /* an older schema opened read-only */
  AZQF_STORE_ERROR_LOCKED,          /* another process has it open for writing */
  AZQF_STORE_ERROR_READ_ONLY,       /* a write to a read-only file or store */
  AZQF_STORE_ERROR_DUPLICATE_CODE,  /* another standard already has the code or uuid */
  AZQF_STORE_ERROR_DISK_FULL,
  AZQF_STORE_ERROR_CORRUPT,
  AZQF_STORE_ERROR_IO,
  AZQF_STORE_ERROR_INVALID,         /* a value the model should have refused */
} AzqfStoreError;

typedef enum
{
  AZQF_STORE_OPEN_DEFAULT   = 0,
  AZQF_STORE_OPEN_READ_ONLY = 1 << 0,
} AzqfStoreOpenFlags;

/* 0x417a5146, "AzQF": tells a workspace apart from other SQLite files. */
#define AZQF_STORE_APPLICATION_ID 0x417a5146
/* The schema this build writes; older files are upgraded when opened for writing. */
#define AZQF_STORE_SCHEMA_VERSION 4

/* Filter and order for azqf_store_list_standards(). kind, status: -1 = any;
 * level: 0 = any; limit: 0 = all. Sorted by the title in sort_lang with that
 * language's collation (ICU "az" for Azerbaijani), then by code. */
typedef struct
{
  int      kind;
  int      status;
  guint    level;
  AzqfLang sort_lang;
  guint    limit;
  guint    offset;
} AzqfStoreFilter;

#define AZQF_STORE_FILTER_INIT { -1, -1, 0, AZQF_LANG_AZ, 0, 0 }

#define AZQF_TYPE_STORE (azqf_store_get_type ())

G_DECLARE_FINAL_TYPE (AzqfStore, azqf_store, AZQF, STORE, GObject)

/* Signal "standards-changed" (no arguments): emitted after every committed
 * write that changed standards (insert, put, save, delete, add_outcome; for
 * add_outcome after the standard object holds the outcome too), never after a
 * write that failed and was rolled back. Importing framework statements does
 * not emit it. AzqfStandardList reloads on it. */

GQuark        azqf_store_error_quark        (void);

/* Creates a new, empty workspace; fails if path exists. */
AzqfStore    *azqf_store_create             (const char            *path,
                                             GError               **error);
/* Opens an existing workspace. For writing (the default) it takes the
 * workspace lock and upgrades an older schema; read-only never changes the
 * file and works while another process holds the lock. */
AzqfStore    *azqf_store_open               (const char            *path,
                                             AzqfStoreOpenFlags     flags,
                                             GError               **error);
/* Closes the database and releases the lock; later calls fail. Also done on finalize. */
void          azqf_store_close              (AzqfStore             *self);

const char   *azqf_store_get_path           (AzqfStore             *self);
gboolean      azqf_store_get_read_only      (AzqfStore             *self);
const char   *azqf_store_get_workspace_uuid (AzqfStore             *self);

/* Standards with their metadata only (no units, outcomes or relations):
 * a new array of new references. */
GPtrArray    *azqf_store_list_standards     (AzqfStore             *self,
                                             const AzqfStoreFilter *filter,
                                             GError               **error);
guint         azqf_store_count_standards    (AzqfStore             *self,
                                             const AzqfStoreFilter *filter,
                                             GError               **error);
/* A whole standard: metadata, units, outcomes, criteria, links, relations. */
AzqfStandard *azqf_store_load_standard      (AzqfStore             *self,
                                             const char            *code,
                                             GError               **error);
AzqfStandard *azqf_store_load_standard_by_uuid (AzqfStore          *self,
                                             const char            *uuid,
                                             GError               **error);
/* Adds new standards, all or nothing, in one transaction. */
gboolean      azqf_store_insert_standards   (AzqfStore             *self,
                                             GPtrArray             *standards,
                                             GError               **error);
/* Replaces the standards with the same uuids (or adds them), all or
 * nothing, in one transaction, keeping everything the objects hold. */
gboolean      azqf_store_put_standards      (AzqfStore             *self,
                                             GPtrArray             *standards,
                                             GError               **error);
gboolean      azqf_store_insert_standard    (AzqfStore             *self,
                                             AzqfStandard          *standard,
                                             GError               **error);
/* Writes the whole standard (found by uuid) as it is now, in one transaction.
 * The caller decides the modified time (azqf_standard_set_modified). */
gboolean      azqf_store_save_standard      (AzqfStore             *self,
                                             AzqfStandard          *standard,
                                             GError               **error);
gboolean      azqf_store_delete_standard    (AzqfStore             *self,
                                             const char            *uuid,
                                             GError               **error);
/* Adds outcome at the end of unit (NULL: of the standard itself), in the
 * store and in the standard object, in one transaction. */
gboolean      azqf_store_add_outcome        (AzqfStore             *self,
                                             AzqfStandard          *standard,
                                             AzqfUnit              *unit,
                                             AzqfOutcome           *outcome,
                                             GError               **error);
/* Full-text search over titles, summaries, unit titles, outcome and criterion
 * texts in both languages, folded for Azerbaijani, each word a prefix,
 * ranked with bm25 (titles first). A new array of AzqfSearchHit. */
GPtrArray    *azqf_store_search             (AzqfStore             *self,
                                             const char            *query,
                                             guint                  limit,
                                             GError               **error);
/* The workspace's spelling words ("Add to dictionary", azqf-store-words.c):
 * a word (1–100 characters, no spaces) per language, kept as written. Adding
 * a word that is there, or removing one that is not, succeeds. list returns
 * the words of lang in code-point order: a new NULL-terminated array. */
gboolean      azqf_store_add_word           (AzqfStore             *self,
                                             AzqfLang               lang,
                                             const char            *word,
                                             GError               **error);
gboolean      azqf_store_remove_word        (AzqfStore             *self,
                                             AzqfLang               lang,
                                             const char            *word,
                                             GError               **error);
char        **azqf_store_list_words         (AzqfStore             *self,
                                             AzqfLang               lang,
                                             GError               **error);

G_END_DECLS
