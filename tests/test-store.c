/* test-store.c: the workspace store (model/azqf-store.c)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every case runs in a fresh temporary folder. Files the store must refuse
 * are compared byte for byte (SHA-256) before and after, and nothing may be
 * left beside them (-wal, -shm, -journal, the lock file).
 */

#include "config.h"

#include <string.h>
#include <unistd.h>
#include <sys/sysmacros.h>

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <sqlite3.h>

#include "model/azqf-criterion.h"
#include "model/azqf-json.h"
#include "model/azqf-link.h"
#include "model/azqf-locale.h"
#include "model/azqf-outcome.h"
#include "model/azqf-relation.h"
#include "model/azqf-sample.h"
#include "model/azqf-search-hit.h"
#include "model/azqf-sqlite-private.h"
#include "model/azqf-standard.h"
#include "model/azqf-store.h"
#include "model/azqf-store-private.h"
#include "model/azqf-text.h"
#include "model/azqf-unit.h"
#include "model/azqf-value.h"

#define SAMPLE_PS "PS-2411-01"      /* Mühasib / Accountant, occupational, in review, level 6 */
#define SAMPLE_TS "TS-0714-06-01"   /* Kompüter mühəndisliyi …, educational, approved, level 6 */
#define SAMPLE_KS "KS-5120-04-01"   /* Aşpaz / Cook, qualification, draft, level 4 */

/* What tests/data/workspace-v1.sql holds. */
#define V1_WORKSPACE_UUID "5a0c3e9d-8f1b-4c27-9d64-2e7b1a3f0c58"
#define V1_CODE           "PS-7212-01"

typedef struct
{
  char *dir;
  char *path;   /* dir/work.azqf, not created */
} Fixture;

/* Files and folders */

static void
remove_tree (const char *path)
{
  if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
    {
      g_autoptr(GDir) dir = NULL;
      const char *name;

      g_assert_cmpint (g_chmod (path, 0700), ==, 0);
      dir = g_dir_open (path, 0, NULL);
      g_assert_nonnull (dir);
      while ((name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          remove_tree (child);
        }
    }

  g_assert_cmpint (g_remove (path), ==, 0);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("azqf-test-store-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "work.azqf", NULL);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  remove_tree (f->dir);
  g_assert_false (g_file_test (f->dir, G_FILE_TEST_EXISTS));
  g_clear_pointer (&f->path, g_free);
  g_clear_pointer (&f->dir, g_free);
}

static char *
file_checksum (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);

  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
}

static void
write_file (const char *path,
            const char *contents,
            gssize      length)
{
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, length, &error);
  g_assert_no_error (error);
}

/* Nothing SQLite or the store creates may be left beside path. */
static void
assert_nothing_beside (const char *path)
{
  static const char *suffixes[] = { "-wal", "-shm", "-journal" };
  g_autofree char *lock = _azqf_store_lock_path (path);

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *companion = g_strconcat (path, suffixes[i], NULL);

      g_assert_cmpstr (g_file_test (companion, G_FILE_TEST_EXISTS) ? companion : NULL, ==, NULL);
    }

  g_assert_cmpstr (g_file_test (lock, G_FILE_TEST_EXISTS) ? lock : NULL, ==, NULL);
}

/* Raw SQLite, without the store */

static sqlite3 *
raw_open (const char *path,
          int         flags)
{
  sqlite3 *db = NULL;

  if (sqlite3_open_v2 (path, &db, flags, NULL) != SQLITE_OK)
    g_error ("cannot open %s: %s", path, sqlite3_errmsg (db));

  return db;
}

static void
raw_close (sqlite3 *db)
{
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
}

static void
raw_exec (sqlite3    *db,
          const char *sql)
{
  char *errmsg = NULL;

  if (sqlite3_exec (db, sql, NULL, NULL, &errmsg) != SQLITE_OK)
    g_error ("%s: %s", sql, errmsg);
}

static sqlite3_stmt *
raw_query (sqlite3    *db,
           const char *sql)
{
  sqlite3_stmt *stmt = NULL;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
    g_error ("%s: %s", sql, sqlite3_errmsg (db));

  return stmt;
}

static gint64
raw_int (sqlite3    *db,
         const char *sql)
{
  sqlite3_stmt *stmt = raw_query (db, sql);
  gint64 value;

  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);

  return value;
}

static char *
raw_text (sqlite3    *db,
          const char *sql)
{
  sqlite3_stmt *stmt = raw_query (db, sql);
  char *value;

  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);

  return value;
}

static guint
raw_rows (sqlite3    *db,
          const char *sql)
{
  sqlite3_stmt *stmt = raw_query (db, sql);
  guint rows = 0;
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    rows++;
  g_assert_cmpint (rc, ==, SQLITE_DONE);
  sqlite3_finalize (stmt);

  return rows;
}

/* The SQLite file holds the store's schema, intact, and the full-text index
 * holds exactly the rows the triggers should have put there. */
static void
assert_consistent (AzqfStore *store)
{
  sqlite3 *db = _azqf_store_get_db (store);
  g_autofree char *integrity = raw_text (db, "PRAGMA integrity_check");
  static const char sources[] =
    "SELECT id * 8 + 0, title_az, title_en FROM standards"
    " UNION ALL SELECT id * 8 + 1, summary_az, summary_en FROM standards"
    " UNION ALL SELECT id * 8 + 2, title_az, title_en FROM units"
    " UNION ALL SELECT id * 8 + 3, text_az, text_en FROM outcomes"
    " UNION ALL SELECT id * 8 + 4, text_az, text_en FROM criteria";
  g_autofree char *missing = g_strdup_printf ("SELECT * FROM (%s) EXCEPT SELECT rowid, az, en FROM search", sources);
  g_autofree char *extra = g_strdup_printf ("SELECT rowid, az, en FROM search EXCEPT SELECT * FROM (%s)", sources);

  g_assert_cmpstr (integrity, ==, "ok");
  g_assert_cmpuint (raw_rows (db, "PRAGMA foreign_key_check"), ==, 0);
  raw_exec (db, "INSERT INTO search (search) VALUES ('integrity-check')");
  g_assert_cmpuint (raw_rows (db, missing), ==, 0);
  g_assert_cmpuint (raw_rows (db, extra), ==, 0);
}

/* Model helpers */

static AzqfStandard *
new_standard (const char *code,
              const char *title_az,
              const char *title_en)
{
  g_autoptr(GError) error = NULL;
  AzqfStandard *standard = azqf_standard_new (AZQF_KIND_OCCUPATIONAL, code, &error);

  g_assert_no_error (error);
  azqf_standard_set_text (standard, AZQF_STANDARD_TITLE, AZQF_LANG_AZ, title_az);
  azqf_standard_set_text (standard, AZQF_STANDARD_TITLE, AZQF_LANG_EN, title_en);

  return standard;
}

static AzqfOutcome *
new_outcome (const char *code,
             AzqfDomain  domain,
             const char *text_az,
             const char *text_en)
{
  g_autoptr(GError) error = NULL;
  AzqfOutcome *outcome = azqf_outcome_new (code, domain, &error);

  g_assert_no_error (error);
  azqf_outcome_set_text (outcome, AZQF_LANG_AZ, text_az);
  azqf_outcome_set_text (outcome, AZQF_LANG_EN, text_en);

  return outcome;
}

static AzqfUnit *
add_unit (AzqfStandard *standard,
          const char   *code,
          const char   *title_az)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AzqfUnit) unit = azqf_unit_new (code, &error);
  gboolean ok;

  g_assert_no_error (error);
  azqf_unit_set_title (unit, AZQF_LANG_AZ, title_az);
  ok = azqf_standard_add_unit (standard, unit, &error);
  g_assert_no_error (error);
  g_assert_true (ok);

  return unit;  /* borrowed: the standard holds it */
}

static void
add_outcome (AzqfStandard *standard,
             AzqfUnit     *unit,
             AzqfOutcome  *outcome)
{
  g_autoptr(GError) error = NULL;
  gboolean ok = azqf_standard_add_outcome (standard, unit, outcome, &error);

  g_assert_no_error (error);
  g_assert_true (ok);
}

static guint
count_criteria (AzqfStandard *standard)
{
  g_autoptr(GPtrArray) outcomes = azqf_standard_collect_outcomes (standard);
  guint n = 0;

  for (guint i = 0; i < outcomes->len; i++)
    n += g_list_model_get_n_items (azqf_outcome_get_criteria (g_ptr_array_index (outcomes, i)));

  return n;
}

static char *
standard_json (AzqfStandard *standard)
{
  g_autoptr(JsonNode) node = azqf_json_from_standard (standard, TRUE);
  g_autoptr(JsonGenerator) generator = json_generator_new ();

  json_generator_set_pretty (generator, TRUE);
  json_generator_set_root (generator, node);

  return json_generator_to_data (generator, NULL);
}

/* Store helpers */

static AzqfStore *
create_store (const char *path)
{
  g_autoptr(GError) error = NULL;
  AzqfStore *store = azqf_store_create (path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (store);

  return store;
}

static AzqfStore *
open_store (const char         *path,
            AzqfStoreOpenFlags  flags)
{
  g_autoptr(GError) error = NULL;
  AzqfStore *store = azqf_store_open (path, flags, &error);

  g_assert_no_error (error);
  g_assert_nonnull (store);

  return store;
}

static AzqfStore *
create_sample_store (const char *path)
{
  g_autoptr(GError) error = NULL;
  AzqfStore *store = create_store (path);
  gboolean ok = azqf_sample_populate (store, &error);

  g_assert_no_error (error);
  g_assert_true (ok);

  return store;
}

/* A closed sample workspace at path. */
static void
make_sample_file (const char *path)
{
  AzqfStore *store = create_sample_store (path);

  g_assert_finalize_object (store);
  assert_nothing_beside (path);
}

static AzqfStandard *
load (AzqfStore  *store,
      const char *code)
{
  g_autoptr(GError) error = NULL;
  AzqfStandard *standard = azqf_store_load_standard (store, code, &error);

  g_assert_no_error (error);
  g_assert_nonnull (standard);
  g_assert_cmpstr (azqf_standard_get_code (standard), ==, code);

  return standard;
}

static char *
load_json (AzqfStore  *store,
           const char *code)
{
  g_autoptr(AzqfStandard) standard = load (store, code);

  return standard_json (standard);
}

static void
assert_not_in_store (AzqfStore  *store,
                     const char *code)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AzqfStandard) standard = azqf_store_load_standard (store, code, &error);

  g_assert_error (error, AZQF_STORE_ERROR, AZQF_STORE_ERROR_NOT_FOUND);
  g_assert_null (standard);
}

static guint
count (AzqfStore *store)
{
  g_autoptr(GError) error = NULL;
  guint n = azqf_store_count_standards (store, NULL, &error);

  g_assert_no_error (error);
  return n;
}

static void
insert (AzqfStore    *store,
        AzqfStandard *standard)
{
  g_autoptr(GError) error = NULL;
  gboolean ok = azqf_store_insert_standard (store, standard, &error);

  g_assert_no_error (error);
  g_assert_true (ok);
}

static void
save (AzqfStore    *store,
      AzqfStandard *standard)
{
  g_autoptr(GError) error = NULL;
  gboolean ok = azqf_store_save_standard (store, standard, &error);

  g_assert_no_error (error);
  g_assert_true (ok);
}

/* Codes of the listed standards joined with ","; checks the count agrees. */
static char *
list_codes (AzqfStore             *store,
            const AzqfStoreFilter *filter)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) standards = azqf_store_list_standards (store, filter, &error);
  g_autoptr(GString) out = g_string_new (NULL);

  g_assert_no_error (error);
  g_assert_nonnull (standards);

  for (guint i = 0; i < standards->len; i++)
    {
      AzqfStandard *standard = g_ptr_array_index (standards, i);

      /* Metadata only. */
      g_assert_cmpuint (g_list_model_get_n_items (azqf_standard_get_units (standard)), ==, 0);
      g_assert_cmpuint (g_list_model_get_n_items (azqf_standard_get_outcomes (standard)), ==, 0);
      g_string_append_printf (out, "%s%s", i > 0 ? "," : "", azqf_standard_get_code (standard));
    }

  if (filter == NULL || (filter->limit == 0 && filter->offset == 0))
    {
      guint n = azqf_store_count_standards (store, filter, &error);

      g_assert_no_error (error);
      g_assert_cmpuint (n, ==, standards->len);
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

static char *
list_titles (AzqfStore             *store,
             const AzqfStoreFilter *filter,
             AzqfLang               lang)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) standards = azqf_store_list_standards (store, filter, &error);
  g_autoptr(GString) out = g_string_new (NULL);

  g_assert_no_error (error);
  g_assert_nonnull (standards);

  for (guint i = 0; i < standards->len; i++)
    g_string_append_printf (out, "%s%s", i > 0 ? "|" : "",
                            azqf_standard_get_text (g_ptr_array_index (standards, i),
                                                    AZQF_STANDARD_TITLE, lang));

  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* Search helpers */

static GPtrArray *
search (AzqfStore  *store,
        const char *query)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *hits = azqf_store_search (store, query, 0, &error);

  g_assert_no_error (error);
  g_assert_nonnull (hits);

  return hits;
}

static const AzqfSearchHit *
find_hit (GPtrArray       *hits,
          const char      *code,
          AzqfSearchField  field,
          const char      *item_code)
{
  for (guint i = 0; i < hits->len; i++)
    {
      const AzqfSearchHit *hit = g_ptr_array_index (hits, i);

      if (g_strcmp0 (azqf_search_hit_get_standard_code (hit), code) == 0 &&
          azqf_search_hit_get_field (hit) == field &&
          g_strcmp0 (azqf_search_hit_get_item_code (hit), item_code) == 0)
        return hit;
    }

  return NULL;
}

static guint
count_hits_of (GPtrArray  *hits,
               const char *code)
{
  guint n = 0;

  for (guint i = 0; i < hits->len; i++)
    if (g_strcmp0 (azqf_search_hit_get_standard_code (g_ptr_array_index (hits, i)), code) == 0)
      n++;

  return n;
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* "code/field/item" of every hit, sorted, joined with " ". */
static char *
hit_keys (GPtrArray *hits)
{
  g_autoptr(GPtrArray) keys = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < hits->len; i++)
    {
      const AzqfSearchHit *hit = g_ptr_array_index (hits, i);
      const char *item = azqf_search_hit_get_item_code (hit);

      g_ptr_array_add (keys, g_strdup_printf ("%s/%s/%s",
                                              azqf_search_hit_get_standard_code (hit),
                                              azqf_search_field_to_string (azqf_search_hit_get_field (hit)),
                                              item != NULL ? item : "-"));
    }

  g_ptr_array_sort (keys, compare_strings);
  g_ptr_array_add (keys, NULL);

  return g_strjoinv (" ", (char **) keys->pdata);
}

/* Every snippet marks at least one word, and every marked word, folded,
 * starts with prefix. */
static void
assert_marks (GPtrArray  *hits,
              const char *prefix)
{
  for (guint i = 0; i < hits->len; i++)
    {
      const char *snippet = azqf_search_hit_get_snippet (g_ptr_array_index (hits, i));
      const char *p = snippet;
      guint marks = 0;
      const char *start;

      g_assert_nonnull (snippet);
      while ((start = strchr (p, AZQF_SEARCH_MARK_START[0])) != NULL)
        {
          const char *end = strchr (start, AZQF_SEARCH_MARK_END[0]);
          g_autofree char *word = NULL;
          g_autofree char *folded = NULL;

          g_assert_nonnull (end);
          word = g_strndup (start + 1, end - start - 1);
          folded = azqf_text_fold (word, -1);
          if (!g_str_has_prefix (folded, prefix))
            g_assert_cmpstr (folded, ==, prefix);
          marks++;
          p = end + 1;
        }

      if (marks == 0)
        g_assert_cmpstr (snippet, ==, "a snippet with a marked word");
    }
}

/* Create */

static void
test_create (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *lock = _azqf_store_lock_path (f->path);
  g_autofree char *uuid = NULL;
  g_autofree char *journal = NULL;
  g_autofree char *stored_uuid = NULL;
  AzqfStore *store;
  sqlite3 *db;

  store = create_store (f->path);
  g_assert_cmpstr (azqf_store_get_path (store), ==, f->path);
  g_assert_false (azqf_store_get_read_only (store));
  g_assert_true (azqf_value_check_uuid (azqf_store_get_workspace_uuid (store), NULL));
  uuid = g_strdup (azqf_store_get_workspace_uuid (store));
  g_assert_true (g_file_test (lock, G_FILE_TEST_IS_REGULAR));

  db = _azqf_store_get_db (store);
  g_assert_nonnull (db);
  g_assert_cmpint (raw_int (db, "PRAGMA application_id"), ==, 0x417a5146);
  g_assert_cmpint (raw_int (db, "PRAGMA user_version"), ==, AZQF_STORE_SCHEMA_VERSION);
  journal = raw_text (db, "PRAGMA journal_mode");
  g_assert_cmpstr (journal, ==, "wal");
  g_assert_cmpint (raw_int (db, "PRAGMA foreign_keys"), ==, 1);
  g_assert_cmpuint (count (store), ==, 0);
  g_assert_finalize_object (store);

  /* Closing releases the lock and checkpoints everything into the file. */
  assert_nothing_beside (f->path);
  db = raw_open (f->path, SQLITE_OPEN_READWRITE);
  g_assert_cmpint (raw_int (db, "PRAGMA application_id"), ==, AZQF_STORE_APPLICATION_ID);
  g_assert_cmpint (raw_int (db, "PRAGMA user_version"), ==, AZQF_STORE_SCHEMA_VERSION);
  g_clear_pointer (&journal, g_free);
  journal = raw_text (db, "PRAGMA journal_mode");
  g_assert_cmpstr (journal, ==, "wal");
  stored_uuid = raw_text (db, "SELECT value FROM workspace WHERE key = 'uuid'");
  g_assert_cmpstr (stored_uuid, ==, uuid);
  raw_close (db);
  assert_nothing_beside (f->path);

  /* Reopened, it is the same workspace. */
  store = open_store (f->path, AZQF_STORE_OPEN_DEFAULT);
  g_assert_cmpstr (azqf_store_get_workspace_uuid (store), ==, uuid);
  g_assert_cmpint (raw_int (_azqf_store_get_db (store), "PRAGMA foreign_keys"), ==, 1);
  g_assert_finalize_object (store);
}

static void
test_create_exists (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *other = g_build_filename (f->dir, "other.azqf", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  AzqfStore *store;

  /* Any file. */
  write_file (f->path, "precious\n", -1);
  before = file_checksum (f->path);
  {
    g_autoptr(GError) error = NULL;

    store = azqf_store_create (f->path, &error);
    g_assert_error (error, AZQF_STORE_ERROR, AZQF_STORE_ERROR_EXISTS);
    g_assert_nonnull (strstr (error->message, f->path));
    g_assert_null (store);
  }
  after = file_checksum (f->path);
  g_assert_cmpstr (before, ==, after);
  assert_nothing_beside (f->path);

  /* A workspace. */
  make_sample_file (other);
  g_clear_pointer (&before, g_free);
  g_clear_pointer (&after, g_free);
  before = file_checksum (other);
  {
    g_autoptr(GError) error = NULL;

    store = azqf_store_create (other, &error);
    g_assert_error (error, AZQF_STORE_ERROR, AZQF_STORE_ERROR_EXISTS);
    g_assert_null (store);
  }
  after = file_checksum (other);
  g_assert_cmpstr (before, ==, after);
  assert_nothing_beside (other);

  store = open_store (other, AZQF_STORE_OPEN_DEFAULT);
  g_assert_cmpuint (count (store), ==, 3);
  g_assert_finalize_object (store);
}

static void
test_create_missing_folder (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *folder = g_build_filename (f->dir, "missing", NULL);
  g_autofree char *path = g_build_filename (folder, "work.azqf", NULL);
  AzqfStore *store;

  store = azqf_store_create (path, &error);
  g_assert_error (error, AZQF_STORE_ERROR, AZQF_STORE_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, path));
  g_assert_null (store);
  g_assert_false (g_file_test (folder, G_FILE_TEST_EXISTS));
}

/* The sample */

static void
test_sample (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) expected = azqf_sample_load (&error);
  AzqfStore *store;

  g_assert_no_error (error);
  g_assert_nonnull (expected);
  g_assert_cmpuint (expected->len, ==, 3);

  store = create_sample_store (f->path);
  g_assert_cmpuint (count (store), ==, 3);

  for (guint i = 0; i < expected->len; i++)
    {
      AzqfStandard *sample = g_ptr_array_index (expected, i);
      const char *code = azqf_standard_get_code (sample);
      AzqfStandard *loaded = load (store, code);
      AzqfStandard *by_uuid;
      g_autofree char *sample_json = standard_json (sample);
      g_autofree char *loaded_json = standard_json (loaded);

      g_test_message ("%s", code);
      g_assert_cmpuint (g_list_model_get_n_items (azqf_standard_get_units (loaded)), ==,
                        g_list_model_get_n_items (azqf_standard_get_units (sample)));
      g_assert_cmpuint (g_list_model_get_n_items (azqf_standard_get_outcomes (loaded)), ==,
                        g_list_model_get_n_items (azqf_standard_get_outcomes (sample)));
      g_assert_cmpuint (azqf_standard_count_outcomes (loaded), ==,
                        azqf_standard_count_outcomes (sample));
      g_assert_cmpuint (count_criteria (loaded), ==, count_criteria (sample));
      g_assert_cmpuint (g_list_model_get_n_items (azqf_standard_get_relations (loaded)), ==,
                        g_list_model_get_n_items (azqf_standard_get_relations (sample)));
      g_assert_cmpuint (azqf_standard_count_outcomes (loaded), >, 0);

      /* The whole standard survives the round trip. */
      g_assert_cmpstr (loaded_json, ==, sample_json);

      by_uuid = azqf_store_load_standard_by_uuid (store, azqf_standard_get_uuid (sample), &error);
      g_assert_no_error (error);
      g_assert_cmpstr (azqf_standard_get_code (by_uuid), ==, code);
      g_assert_finalize_object (by_uuid);
      g_assert_finalize_object (loaded);
    }

  /* The counts the sample is known for. */
  {
    AzqfStandard *ps = load (store, SAMPLE_PS);

    g_assert_cmpuint (g_list_model_get_n_items (azqf_standard_get_units (ps)), ==, 5);
    g_assert_cmpuint (azqf_standard_count_outcomes (ps), ==, 16);
    g_assert_finalize_object (ps);
  }

  assert_not_in_store (store, "NO-SUCH-CODE");
  {
    AzqfStandard *missing = azqf_store_load_standard_by_uuid (store, "00000000-0000-4000-8000-000000000000", &error);

    g_assert_error (error, AZQF_STORE_ERROR, AZQF_STORE_ERROR_NOT_FOUND);
    g_assert_null (missing);
  }

  assert_consistent (store);
  g_assert_finalize_object (store);
}

/* Insert, save, delete, add_outcome */

static void
test_save (Fixture       *f,
           gconstpointer  data)
{
  AzqfStore *store = create_sample_store (f->path);
  AzqfStandard *standard = load (store, SAMPLE_PS);
  AzqfUnit *unit = azqf_standard_find_unit (standard, "U1");
  AzqfOutcome *outcome = azqf_standard_find_outcome (standard, "U4.A1", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *reloaded = NULL;
  g_autofree char *other_before = load_json (store, SAMPLE_KS);
  g_autofree char *other_after = NULL;
  gboolean ok;

  g_assert_nonnull (unit);
  g_assert_nonnull (outcome);

  azqf_standard_set_text (standard, AZQF_STANDARD_TITLE, AZQF_LANG_AZ, "Baş mühasib");
  azqf_standard_set_status (standard, AZQF_STATUS_APPROVED);
  ok = azqf_standard_set_level (standard, 7, &error);
  g_assert_no_error (error);
  g_assert_true (ok);
  azqf_unit_set_title (unit, AZQF_LANG_AZ, "Uçot əməliyyatlarının qeydiyyatı");
  azqf_standard_remove_outcome (standard, outcome);
  azqf_standard_set_modified (standard, 1767225600);
  expected = standard_json (standard);

  save (store, standard);
  g_assert_finalize_object (standard);

  standard = load (store, SAMPLE_PS);
  reloaded = standard_json (standard);
  g_assert_cmpstr (reloaded, ==, expected);
  g_assert_cmpstr (azqf_standard_get_text (standard, AZQF_STANDARD_TITLE, AZQF_LANG_AZ), ==, "Baş mühasib");
  g_assert_cmpint (azqf_standard_get_status (standard), ==, AZQF_STATUS_APPROVED);
  g_assert_cmpuint (azqf_standard_get_level (standard), ==, 7);
  g_assert_cmpint (azqf_standard_get_modified (standard), ==, 1767225600);
  g_assert_cmpstr (azqf_unit_get_title (azqf_standard_find_unit (standard, "U1"), AZQF_LANG_AZ), ==,
                   "Uçot əməliyyatlarının qeydiyyatı");
  g_assert_null (azqf_standard_find_outcome (standard, "U4.A1", NULL));
  g_assert_cmpuint (azqf_standard_count_outcomes (standard), ==, 15);
  g_assert_finalize_object (standard);

  /* The other standards are untouched. */
  other_after = load_json (store, SAMPLE_KS);
  g_assert_cmpstr (other_after, ==, other_before);
  assert_consistent (store);
  g_assert_finalize_object (store);

  /* And it is in the file. */
  store = open_store (f->path, AZQF_STORE_OPEN_READ_ONLY);
  g_clear_pointer (&reloaded, g_free);
  reloaded = load_json (store, SAMPLE_PS);
  g_assert_cmpstr (reloaded, ==, expected);
  g_assert_finalize_object (store);
}

static void
test_save_duplicate_code (Fixture       *f,
                          gconstpointer  data)
{
  AzqfStore *store = create_sample_store (f->path);
  AzqfStandard *standard = load (store, SAMPLE_PS);
  g_autofree char *ps_before = standard_json (standard);
  g_autofree char *ks_before = load_json (store, SAMPLE_KS);
  g_autofree char *ps_after = NULL;
  g_autofree char *ks_after = NULL;
  g_autoptr(GPtrArray) hits = NULL;
  g_autoptr(GError) error = NULL;
  gboolean ok;

  ok = azqf_standard_set_code (standard, SAMPLE_KS, &error);
  g_assert_no_error (error);
  g_assert_true (ok);
  azqf_standard_set_text (standard, AZQF_STANDARD_TITLE, AZQF_LANG_AZ, "Dəyişdirilmiş başlıq");

  ok = azqf_store_save_standard (store, standard, &error);
  g_assert_error (error, AZQF_STORE_ERROR, AZQF_STORE_ERROR_DUPLICATE_CODE);
  g_assert_nonnull (strstr (error->message, SAMPLE_KS));
  g_assert_false (ok);
  g_clear_error (&error);
  g_assert_finalize_object (standard);

  g_assert_cmpuint (count (store), ==, 3);
  ps_after = load_json (store, SAMPLE_PS);
  ks_after = load_json (store, SAMPLE_KS);
  g_assert_cmpstr (ps_after, ==, ps_before);
  g_assert_cmpstr (ks_after, ==, ks_before);
  hits = search (store, "dəyişdirilmiş");
  g_assert_cmpuint (hits->len, ==, 0);

  /* A standard that was never inserted cannot be saved. */
  standard = new_standard ("NEW-01", "Yeni", NULL);
  ok = azqf_store_save_standard (store, standard, &error);
  g_assert_error (error, AZQF_STORE_ERROR, AZQF_STORE_ERROR_NOT_FOUND);
  g_assert_false (ok);
  g_assert_cmpuint (count (store), ==, 3);
  g_assert_finalize_object (standard);

  assert_consistent (store);
  g_assert_finalize_object (store);
}

static void
test_insert_duplicate (Fixture       *f,
                       gconstpointer  data)
{
  AzqfStore *store = create_sample_store (f->path);
  AzqfStandard *standard;
  g_autoptr(GPtrArray) hits = NULL;
  g_autofree char *ps_before = load_json (store, SAMPLE_PS);
  g_autofree char *ps_after = NULL;
  gboolean ok;

  /* The same code. */
  {
    g_autoptr(GError) error = NULL;

    standard = new_standard (SAMPLE_PS, "Dublikat", "Duplicate");
    ok = azqf_store_insert_standard (store, standard, &error);
    g_assert_error (error, AZQF_STORE_ERROR, AZQF_STORE_ERROR_DUPLICATE_CODE);
    g_assert_false (ok);
    g_assert_finalize_object (standard);
  }

  /* The same standard (uuid) again. */
  {
    g_autoptr(GError) error = NULL;

    standard = load (store, SAMPLE_TS);
    ok = azqf_store_insert_standard (store, standard, &error);
    g_assert_error (error, AZQF_STORE_ERROR, AZQF_STORE_ERROR_DUPLICATE_CODE);
    g_assert_false (ok);
    g_assert_finalize_object (standard);
  }

  /* Another standard's uuid under a new code. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(AzqfStandard) ps = load (store, SAMPLE_PS);

    standard = azqf_standard_new_with_uuid (azqf_standard_get_uuid (ps), AZQF_KIND_OCCUPATIONAL,
                                            "NEW-01", &error);
    g_assert_no_error (error);
    ok = azqf_store_insert_standard (store, standard, &error);
    g_assert_error (error, AZQF_STORE_ERROR, AZQF_STORE_ERROR_DUPLICATE_CODE);
    g_assert_false (ok);
    g_assert_finalize_object (standard);
  }

  g_assert_cmpuint (count (store), ==, 3);
  assert_not_in_store (store, "NEW-01");
  ps_after = load_json (store, SAMPLE_PS);
  g_assert_cmpstr (ps_after, ==, ps_before);
  hits = search (store, "dublikat");
  g_assert_cmpuint (hits->len, ==, 0);
  assert_consistent (store);
  g_assert_finalize_object (store);
}

static void
test_insert_all_or_nothing (Fixture       *f,
                            gconstpointer  data)
{
  AzqfStore *store = create_sample_store (f->path);
  sqlite3 *db = _azqf_store_get_db (store);
  gint64 units_before = raw_int (db, "SELECT count(*) FROM units");
  gint64 outcomes_before = raw_int (db, "SELECT count(*) FROM outcomes");
  gint64 search_before = raw_int (db, "SELECT count(*) FROM search");
  g_autoptr(GPtrArray) batch = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) hits = NULL;
  AzqfStandard *first;
  AzqfUnit *unit;
  gboolean ok;

  /* A complete first standard, so its rows are written before the second fails. */
  first = new_standard ("NEW-01", "Yeni standart", "New standard");
  unit = add_unit (first, "N1", "Yeni vahid");
  {
    g_autoptr(AzqfOutcome) outcome = new_outcome ("N1.K1", AZQF_DOMAIN_KNOWLEDGE,
                                                  "Yeni nəticəni izah edir.", "Explains the new outcome.");
    g_autoptr(AzqfCriterion) criterion = azqf_criterion_new ("Yeni meyar.", NULL);

    azqf_outcome_append_criterion (outcome, criterion);
    add_outcome (first, unit, outcome);
  }
  g_ptr_array_add (batch, first);
  g_ptr_array_add (batch, new_standard (SAMPLE_KS, "Dublikat", NULL));

  {
    g_autoptr(GError) error = NULL;

    ok = azqf_store_insert_standards (store, batch, &error);
    g_assert_error (error, AZQF_STORE_ERROR, AZQF_STORE_ERROR_DUPLICATE_CODE);
    g_assert_false (ok);
  }

  g_assert_cmpuint (count (store), ==, 3);
  assert_not_in_store (store, "NEW-01");
  g_assert_cmpint (raw_int (db, "SELECT count(*) FROM units"), ==, units_before);
  g_assert_cmpint (raw_int (db, "SELECT count(*) FROM outcomes"), ==, outcomes_before);
  g_assert_cmpint (raw_int (db, "SELECT count(*) FROM search"), ==, search_before);
  hits = search (store, "yeni");
  g_assert_cmpuint (hits->len, ==, 0);
  g_clear_pointer (&hits, g_ptr_array_unref);

  /* Two new standards with the same code: neither goes in. */
  g_ptr_array_remove_index (batch, 1);
  g_ptr_array_add (batch, new_standard ("NEW-01", "Başqa", NULL));
  {
    g_autoptr(GError) error = NULL;

    ok = azqf_store_insert_standards (store, batch, &error);
    g_assert_error (error, AZQF_STORE_ERROR, AZQF_STORE_ERROR_DUPLICATE_CODE);
    g_assert_false (ok);
  }
  g_assert_cmpuint (count (store), ==, 3);
  assert_not_in_store (store, "NEW-01");

  /* A good batch goes in whole. */
  g_ptr_array_remove_index (batch, 1);
  g_ptr_array_add (batch, new_standard ("NEW-02", "İkinci", NULL));
  {
    g_autoptr(GError) error = NULL;

    ok = azqf_store_insert_standards (store, batch, &error);
    g_assert_no_error (error);
    g_assert_true (ok);
  }
  g_assert_cmpuint (count (store), ==, 5);
  {
    g_autofree char *expected = standard_json (first);
    g_autofree char *loaded = load_json (store, "NEW-01");

    g_assert_cmpstr (loaded, ==, expected);
  }
  hits = search (store, "yeni");
  g_assert_nonnull (find_hit (hits, "NEW-01", AZQF_SEARCH_FIELD_OUTCOME, "N1.K1"));
  g_assert_nonnull (find_hit (hits, "NEW-01", AZQF_SEARCH_FIELD_CRITERION, "N1.K1"));
  g_assert_nonnull (find_hit (hits, "NEW-01", AZQF_SEARCH_FIELD_UNIT, "N1"));

  assert_consistent (store);
  g_clear_pointer (&batch, g_ptr_array_unref);
  g_assert_finalize_object (store);
}

/* azqf_store_put_standards: a standard whose uuid is there replaces it, code
 * and all, keeping every value the object holds; a new uuid is added. */
static void
test_put_standards (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *other_path = g_build_filename (f->dir, "other.azqf", NULL);
  AzqfStore *sample = create_sample_store (f->path);
  AzqfStore *store = create_store (other_path);
  g_autoptr(GPtrArray) batch = g_ptr_array_new_with_free_func (g_object_unref);
  const char *codes[] = { SAMPLE_PS, SAMPLE_TS, SAMPLE_KS };
  g_autoptr(GError) error = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *reloaded = NULL;
  g_autofree char *other_before = NULL;
  g_autofree char *other_after = NULL;
  AzqfStandard *standard;
  gboolean ok;

  /* Into an empty workspace: each comes back as it was, uuid, times,
   * version, status, units, outcomes, criteria, links and relations. */
  for (gsize i = 0; i < G_N_ELEMENTS (codes); i++)
    g_ptr_array_add (batch, load (sample, codes[i]));
  ok = azqf_store_put_standards (store, batch, &error);
  g_assert_no_error (error);
  g_assert_true (ok);
  for (gsize i = 0; i < G_N_ELEMENTS (codes); i++)
    {
      g_autofree char *original = load_json (sample, codes[i]);
      g_autofree char *copy = load_json (store, codes[i]);

      g_assert_cmpstr (copy, ==, original);
    }
  g_assert_cmpuint (count (store), ==, 3);

  /* Replaced by uuid: another code, title, version and status, an outcome
   * fewer. Nothing of the old rows stays. */
  standard = load (sample, SAMPLE_PS);
  ok = azqf_standard_set_code (standard, "PS-2411-02", &error) &&
       azqf_standard_set_version (standard, 3, &error);
  g_assert_no_error (error);
  g_assert_true (ok);
  azqf_standard_set_text (standard, AZQF_STANDARD_TITLE, AZQF_LANG_EN, "Chief accountant");
  azqf_standard_set_status (standard, AZQF_STATUS_REGISTERED);
  azqf_standard_remove_outcome (standard, azqf_standard_find_outcome (standard, "U4.A1", NULL));
  azqf_standard_set_modified (standard, 1767225600);
  expected = standard_json (standard);
  other_before = load_json (store, SAMPLE_KS);
  g_ptr_array_set_size (batch, 0);
  g_ptr_array_add (batch, standard);
  ok = azqf_store_put_standards (store, batch, &error);
  g_assert_no_error (error);
  g_assert_true (ok);

  g_assert_cmpuint (count (store), ==, 3);
  assert_not_in_store (store, SAMPLE_PS);
  reloaded = load_json (store, "PS-2411-02");
  g_assert_cmpstr (reloaded, ==, expected);
  other_after = load_json (store, SAMPLE_KS);
  g_assert_cmpstr (other_after, ==, other_before);
  {
    g_autoptr(GPtrArray) hits = search (store, "chief");

    g_assert_cmpuint (hits->len, ==, 1);
  }
  assert_consistent (store);

  g_assert_finalize_object (store);
  g_assert_finalize_object (sample);
}

/* azqf_store_put_standards writes all or nothing: a replacement before a
 * standard that fails leaves the workspace as it was. */
static void
test_put_standards_all_or_nothing (Fixture       *f,
                                   gconstpointer  data)
{
  AzqfStore *store = create_sample_store (f->path);
  sqlite3 *db = _azqf_store_get_db (store);
  gint64 outcomes_before = raw_int (db, "SELECT count(*) FROM outcomes");
  gint64 search_before = raw_int (db, "SELECT count(*) FROM search");
  g_autofree char *ps_before = load_json (store, SAMPLE_PS);
  g_autofree char *ps_after = NULL;
  g_autoptr(GPtrArray) batch = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  AzqfStandard *changed = load (store, SAMPLE_PS);
  gboolean ok;

  azqf_standard_set_text (changed, AZQF_STANDARD_TITLE, AZQF_LANG_EN, "Chief accountant");
  azqf_standard_remove_outcome (changed, azqf_standard_find_outcome (changed, "U4.A1", NULL));
  g_ptr_array_add (batch, changed);
  /* A new uuid with the code of another standard. */
  g_ptr_array_add (batch, new_standard (SAMPLE_KS, "Dublikat", NULL));

  ok = azqf_store_put_standards (store, batch, &error);
  g_assert_error (error, AZQF_STORE_ERROR, AZQF_STORE_ERROR_DUPLICATE_CODE);
  g_assert_false (ok);

  g_assert_cmpuint (count (store), ==, 3);
  ps_after = load_json (store, SAMPLE_PS);
  g_assert_cmpstr (ps_after, ==, ps_before);
  g_assert_cmpint (raw_int (db, "SELECT count(*) FROM outcomes"), ==, outcomes_before);
  g_assert_cmpint (raw_int (db, "SELECT count(*) FROM search"), ==, search_before);
  assert_consistent (store);
  g_assert_finalize_object (store);
}

static void
test_delete (Fixture       *f,
             gconstpointer  data)
{
  AzqfStore *store = create_sample_store (f->path);
  sqlite3 *db = _azqf_store_get_db (store);
  g_autoptr(AzqfStandard) ks = load (store, SAMPLE_KS);
  g_autoptr(GError) error = NULL;
  gboolean ok;

  ok = azqf_store_delete_standard (store, azqf_standard_get_uuid (ks), &error);
  g_assert_no_error (error);
  g_assert_true (ok);
  g_assert_cmpuint (count (store), ==, 2);
  assert_not_in_store (store, SAMPLE_KS);

  /* Its children went with it. */
  g_assert_cmpint (raw_int (db, "SELECT count(*) FROM relations"), ==, 0);
  g_assert_cmpint (raw_int (db, "SELECT count(*) FROM units WHERE standard_id NOT IN (SELECT id FROM standards)"), ==, 0);
  g_assert_cmpint (raw_int (db, "SELECT count(*) FROM outcomes WHERE standard_id NOT IN (SELECT id FROM standards)"), ==, 0);
  g_assert_cmpint (raw_int (db, "SELECT count(*) FROM criteria WHERE outcome_id NOT IN (SELECT id FROM outcomes)"), ==, 0);

  /* Deleting it again: not found. */
  ok = azqf_store_delete_standard (store, azqf_standard_get_uuid (ks), &error);
  g_assert_error (error, AZQF_STORE_ERROR, AZQF_STORE_ERROR_NOT_FOUND);
  g_assert_false (ok);
  g_assert_cmpuint (count (store), ==, 2);

  /* It can be inserted again. */
  insert (store, ks);
  g_assert_cmpuint (count (store), ==, 3);

  assert_consistent (store);
  g_assert_finalize_object (store);
}

static void
items_changed_cb (GListModel *list,
                  guint       position,
                  guint       removed,
                  guint       added,
                  guint      *counter)
{
  (*counter)++;
}

static void
counter_cb (GObject    *object,
            GParamSpec *pspec,
            guint      *counter)
{
  (*counter)++;
}

static void
changed_cb (AzqfStandard *standard,
            guint        *counter)
{
  (*counter)++;
}

static void
test_add_outcome (Fixture       *f,
                  gconstpointer  data)
{
  AzqfStore *store = create_sample_store (f->path);
  AzqfStandard *standard = load (store, SAMPLE_PS);
  AzqfUnit *unit = azqf_standard_find_unit (standard, "U1");
  g_autoptr(AzqfOutcome) outcome = NULL;
  g_autoptr(AzqfOutcome) own = NULL;
  g_autoptr(AzqfCriterion) criterion = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) hits = NULL;
  guint items_changed = 0;
  guint modified_notified = 0;
  gint64 modified_before = azqf_standard_get_modified (standard);
  gboolean ok;

  g_assert_nonnull (unit);
  g_assert_cmpuint (g_list_model_get_n_items (azqf_unit_get_outcomes (unit)), ==, 3);

  outcome = new_outcome ("U1.K2", AZQF_DOMAIN_KNOWLEDGE,
                         "Mühasibat uçotunun beynəlxalq standartlarını izah edir.",
                         "Explains the international accounting standards.");
  criterion = azqf_criterion_new ("Əsas standartları sadalayır.", "Lists the main standards.");
  azqf_outcome_append_criterion (outcome, criterion);

  g_signal_connect (azqf_unit_get_outcomes (unit), "items-changed", G_CALLBACK (items_changed_cb), &items_changed);
  g_signal_connect (standard, "notify::modified", G_CALLBACK (counter_cb), &modified_notified);

  ok = azqf_store_add_outcome (store, standard, unit, outcome, &error);
  g_assert_no_error (error);
  g_assert_true (ok);

  /* The object follows the store. */
  g_assert_cmpuint (items_changed, ==, 1);
  g_assert_cmpuint (modified_notified, >=, 1);
  g_assert_cmpint (azqf_standard_get_modified (standard), >=, modified_before);
  g_assert_cmpuint (g_list_model_get_n_items (azqf_unit_get_outcomes (unit)), ==, 4);
  g_assert_true (azqf_standard_find_outcome (standard, "U1.K2", NULL) == outcome);
  g_signal_handlers_disconnect_by_func (azqf_unit_get_outcomes (unit), items_changed_cb, &items_changed);

  /* A standard-level outcome. */
  own = new_outcome ("PO.K1", AZQF_DOMAIN_KNOWLEDGE, "Peşənin əsaslarını bilir.", NULL);
  ok = azqf_store_add_outcome (store, standard, NULL, own, &error);
  g_assert_no_error (error);
  g_assert_true (ok);
  g_assert_cmpuint (g_list_model_get_n_items (azqf_standard_get_outcomes (standard)), ==, 1);

  /* The store holds what the object holds, in the same places. */
  {
    g_autofree char *expected = standard_json (standard);
    g_autofree char *reloaded = NULL;
    AzqfStandard *again = load (store, SAMPLE_PS);
    GListModel *outcomes = azqf_unit_get_outcomes (azqf_standard_find_unit (again, "U1"));
    g_autoptr(AzqfOutcome) last = g_list_model_get_item (outcomes, 3);

    reloaded = standard_json (again);
    g_assert_cmpstr (reloaded, ==, expected);
    g_assert_cmpuint (g_list_model_get_n_items (outcomes), ==, 4);
    g_assert_cmpstr (azqf_outcome_get_code (last), ==, "U1.K2");
    g_assert_cmpuint (g_list_model_get_n_items (azqf_outcome_get_criteria (last)), ==, 1);
    g_assert_cmpint (azqf_standard_get_modified (again), ==, azqf_standard_get_modified (standard));
    g_clear_object (&last);
    g_assert_finalize_object (again);
  }

  hits = search (store, "beynelxalq");
  g_assert_nonnull (find_hit (hits, SAMPLE_PS, AZQF_SEARCH_FIELD_OUTCOME, "U1.K2"));

  assert_consistent (store);
  g_signal_handlers_disconnect_by_func (standard, counter_cb, &modified_notified);
  g_assert_finalize_object (standard);
  g_assert_finalize_object (store);
}

static void
test_add_outcome_duplicate (Fixture       *f,
                            gconstpointer  data)
{
  AzqfStore *store = create_sample_store (f->path);
  AzqfStandard *standard = load (store, SAMPLE_PS);
  AzqfUnit *unit = azqf_standard_find_unit (standard, "U2");
  g_autofree char *before = standard_json (standard);
  g_autofree char *object_after = NULL;
  g_autofree char *stored_after = NULL;
  gint64 outcomes_before = raw_int (_azqf_store_get_db (store), "SELECT count(*) FROM outcomes");
  g_autoptr(AzqfOutcome) outcome = NULL;
  g_autoptr(GError) error = NULL;
  gboolean ok;

  /* U1.K1 exists in another unit: outcome codes are unique in the standard. */
  outcome = new_outcome ("U1.K1", AZQF_DOMAIN_KNOWLEDGE, "Dublikat nəticə.", NULL);
  ok = azqf_store_add_outcome (store, standard, unit, outcome, &error);
  g_assert_nonnull (error);
  g_assert_false (ok);
  g_assert_nonnull (strstr (error->message, "U1.K1"));

  object_after = standard_json (standard);
  stored_after = load_json (store, SAMPLE_PS);
  g_assert_cmpstr (object_after, ==, before);
  g_assert_cmpstr (stored_after, ==, before);
  g_assert_cmpint (raw_int (_azqf_store_get_db (store), "SELECT count(*) FROM outcomes"), ==, outcomes_before);

  assert_consistent (store);
  g_assert_finalize_object (standard);
  g_assert_finalize_object (store);
}

/* The register cannot carry C0 control characters: the check that user input
 * goes through refuses them, the model objects treat them as a programmer
 * error and keep their value, so nothing with one reaches the file. */
static void
test_control_character (Fixture       *f,
                        gconstpointer  data)
{
  AzqfStore *store = create_sample_store (f->path);
  AzqfStandard *standard = load (store, SAMPLE_PS);
  g_autoptr(AzqfOutcome) outcome = NULL;
  g_autoptr(GError) error = NULL;
  gboolean ok;

  ok = azqf_value_check_text ("Mühasib\x01", 1000, &error);
  g_assert_error (error, AZQF_VALUE_ERROR, AZQF_VALUE_ERROR_INVALID);
  g_assert_false (ok);
  g_clear_error (&error);

  /* A file being imported. */
  {
    g_autoptr(JsonNode) node = azqf_json_from_standard (standard, TRUE);
    JsonObject *title = json_object_get_object_member (json_node_get_object (node), "title");
    g_autoptr(AzqfStandard) imported = NULL;

    json_object_set_string_member (title, "az", "Mühasib\x01");
    imported = azqf_json_to_standard (node, &error);
    g_assert_error (error, AZQF_VALUE_ERROR, AZQF_VALUE_ERROR_INVALID);
    g_assert_null (imported);
    g_clear_error (&error);
  }

  g_test_expect_message ("azqf-model", G_LOG_LEVEL_CRITICAL, "*assertion*failed*");
  azqf_standard_set_text (standard, AZQF_STANDARD_TITLE, AZQF_LANG_AZ, "Mühasib\x01");
  g_test_assert_expected_messages ();
  g_assert_cmpstr (azqf_standard_get_text (standard, AZQF_STANDARD_TITLE, AZQF_LANG_AZ), ==, "Mühasib");

  outcome = new_outcome ("U1.K2", AZQF_DOMAIN_KNOWLEDGE, "Təmiz mətn.", NULL);
  g_test_expect_message ("azqf-model", G_LOG_LEVEL_CRITICAL, "*assertion*failed*");
  azqf_outcome_set_text (outcome, AZQF_LANG_AZ, "Nəzarət\x01simvolu");
  g_test_assert_expected_messages ();
  g_assert_cmpstr (azqf_outcome_get_text (outcome, AZQF_LANG_AZ), ==, "Təmiz mətn.");

  ok = azqf_store_add_outcome (store, standard, azqf_standard_find_unit (standard, "U1"), outcome, &error);
  g_assert_no_error (error);
  g_assert_true (ok);
  save (store, standard);

  g_assert_cmpint (raw_int (_azqf_store_get_db (store),
                            "SELECT (SELECT count(*) FROM standards"
                            "         WHERE instr (title_az, char (1)) OR instr (title_en, char (1)))"
                            "     + (SELECT count(*) FROM outcomes"
                            "         WHERE instr (text_az, char (1)) OR instr (text_en, char (1)))"
                            "     + (SELECT count(*) FROM search"
                            "         WHERE instr (az, char (1)) OR instr (en, char (1)))"), ==, 0);
  g_assert_finalize_object (standard);
  g_assert_finalize_object (store);
}

static char *
repeat (const char *piece,
        guint       times)
{
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; i < times; i++)
    g_string_append (out, piece);

  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* The model holds a text of any length (the rules report it); the store
 * refuses to write one longer than the register allows, counted in
 * characters, and writes nothing then. */
static void
test_too_long (Fixture       *f,
               gconstpointer  data)
{
  AzqfStore *store = create_sample_store (f->path);
  AzqfStandard *standard = load (store, SAMPLE_PS);
  AzqfUnit *unit = azqf_standard_find_unit (standard, "U1");
  g_autofree char *text_limit = repeat ("ə", 4000);     /* 4000 characters, 8000 bytes */
  g_autofree char *text_over = repeat ("ə", 4001);
  g_autofree char *name_over = repeat ("a", 1001);
  g_autofree char *summary_over = repeat ("a", 20001);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  gboolean ok;

  /* add_outcome */
  {
    g_autoptr(AzqfOutcome) outcome = new_outcome ("U1.K2", AZQF_DOMAIN_KNOWLEDGE, text_over, NULL);

    before = standard_json (standard);
    ok = azqf_store_add_outcome (store, standard, unit, outcome, &error);
    g_assert_error (error, AZQF_VALUE_ERROR, AZQF_VALUE_ERROR_TOO_LONG);
    g_assert_nonnull (strstr (error->message, "U1.K2"));
    g_assert_false (ok);
    g_clear_error (&error);
    g_assert_null (azqf_standard_find_outcome (standard, "U1.K2", NULL));
    after = load_json (store, SAMPLE_PS);
    g_assert_cmpstr (after, ==, before);
    g_clear_pointer (&after, g_free);
  }
  {
    g_autoptr(AzqfOutcome) outcome = new_outcome ("U1.K2", AZQF_DOMAIN_KNOWLEDGE, text_limit, NULL);

    ok = azqf_store_add_outcome (store, standard, unit, outcome, &error);
    g_assert_no_error (error);
    g_assert_true (ok);
  }

  /* save */
  g_clear_pointer (&before, g_free);
  before = standard_json (standard);
  azqf_unit_set_title (unit, AZQF_LANG_EN, name_over);
  azqf_standard_set_text (standard, AZQF_STANDARD_TITLE, AZQF_LANG_AZ, "Dəyişdirilmiş");
  ok = azqf_store_save_standard (store, standard, &error);
  g_assert_error (error, AZQF_VALUE_ERROR, AZQF_VALUE_ERROR_TOO_LONG);
  g_assert_nonnull (strstr (error->message, "U1"));
  g_assert_false (ok);
  g_clear_error (&error);
  after = load_json (store, SAMPLE_PS);
  g_assert_cmpstr (after, ==, before);
  g_clear_pointer (&after, g_free);

  /* insert */
  {
    g_autoptr(AzqfStandard) fresh = new_standard ("NEW-01", "Yeni", NULL);
    g_autoptr(AzqfOutcome) outcome = new_outcome ("K1", AZQF_DOMAIN_KNOWLEDGE, "Qısa mətn.", NULL);
    g_autoptr(AzqfCriterion) criterion = azqf_criterion_new (NULL, text_over);

    azqf_outcome_append_criterion (outcome, criterion);
    add_outcome (fresh, NULL, outcome);
    ok = azqf_store_insert_standard (store, fresh, &error);
    g_assert_error (error, AZQF_VALUE_ERROR, AZQF_VALUE_ERROR_TOO_LONG);
    g_assert_false (ok);
    g_clear_error (&error);

    azqf_criterion_set_text (criterion, AZQF_LANG_EN, text_limit);
    azqf_standard_set_text (fresh, AZQF_STANDARD_SUMMARY, AZQF_LANG_AZ, summary_over);
    ok = azqf_store_insert_standard (store, fresh, &error);
    g_assert_error (error, AZQF_VALUE_ERROR, AZQF_VALUE_ERROR_TOO_LONG);
    g_assert_nonnull (strstr (error->message, "NEW-01"));
    g_assert_false (ok);
    g_clear_error (&error);
    g_assert_cmpuint (count (store), ==, 3);
    assert_not_in_store (store, "NEW-01");

    azqf_standard_set_text (fresh, AZQF_STANDARD_SUMMARY, AZQF_LANG_AZ, summary_over + 1);
    insert (store, fresh);
    g_assert_cmpuint (count (store), ==, 4);
  }

  assert_consistent (store);
  g_assert_finalize_object (standard);
  g_assert_finalize_object (store);
}

static void
test_notify (Fixture       *f,
             gconstpointer  data)
{
  AzqfStore *store = create_sample_store (f->path);
  AzqfStandard *standard = load (store, SAMPLE_PS);
  AzqfUnit *unit = azqf_standard_find_unit (standard, "U1");
  guint title_notified = 0;
  guint unit_notified = 0;
  guint changed = 0;

  g_signal_connect (standard, "notify::title-az", G_CALLBACK (counter_cb), &title_notified);
  g_signal_connect (standard, "changed", G_CALLBACK (changed_cb), &changed);
  g_signal_connect (unit, "notify::title-az", G_CALLBACK (counter_cb), &unit_notified);

  /* The loaded values are there: setting them again notifies nothing. */
  azqf_standard_set_text (standard, AZQF_STANDARD_TITLE, AZQF_LANG_AZ, "Mühasib");
  azqf_unit_set_title (unit, AZQF_LANG_AZ, azqf_unit_get_title (unit, AZQF_LANG_AZ));
  g_assert_cmpuint (title_notified, ==, 0);
  g_assert_cmpuint (unit_notified, ==, 0);
  g_assert_cmpuint (changed, ==, 0);

  azqf_standard_set_text (standard, AZQF_STANDARD_TITLE, AZQF_LANG_AZ, "Baş mühasib");
  g_assert_cmpuint (title_notified, ==, 1);
  g_assert_cmpuint (changed, >=, 1);
  changed = 0;
  azqf_unit_set_title (unit, AZQF_LANG_AZ, "Yeni başlıq");
  g_assert_cmpuint (unit_notified, ==, 1);
  g_assert_cmpuint (changed, >=, 1);

  /* Saving does not touch the object. */
  title_notified = unit_notified = changed = 0;
  save (store, standard);
  g_assert_cmpuint (title_notified + unit_notified + changed, ==, 0);

  g_signal_handlers_disconnect_by_func (standard, counter_cb, &title_notified);
  g_signal_handlers_disconnect_by_func (standard, changed_cb, &changed);
  g_signal_handlers_disconnect_by_func (unit, counter_cb, &unit_notified);
  g_assert_finalize_object (standard);
  g_assert_finalize_object (store);
}

/* Listing */

static void
test_list_filter (Fixture       *f,
                  gconstpointer  data)
{
  AzqfStore *store = create_sample_store (f->path);
  AzqfStoreFilter filter = AZQF_STORE_FILTER_INIT;
  g_autofree char *codes = NULL;

#define ASSERT_LIST(expected) \
  G_STMT_START { \
    g_clear_pointer (&codes, g_free); \
    codes = list_codes (store, &filter); \
    g_assert_cmpstr (codes, ==, expected); \
  } G_STMT_END

  /* Aşpaz, Kompüter mühəndisliyi …, Mühasib */
  ASSERT_LIST (SAMPLE_KS "," SAMPLE_TS "," SAMPLE_PS);
  g_clear_pointer (&codes, g_free);
  codes = list_codes (store, NULL);
  g_assert_cmpstr (codes, ==, SAMPLE_KS "," SAMPLE_TS "," SAMPLE_PS);

  filter.kind = AZQF_KIND_OCCUPATIONAL;
  ASSERT_LIST (SAMPLE_PS);
  filter.kind = AZQF_KIND_EDUCATIONAL;
  ASSERT_LIST (SAMPLE_TS);
  filter.kind = AZQF_KIND_QUALIFICATION;
  ASSERT_LIST (SAMPLE_KS);
  filter.kind = -1;

  filter.level = 6;
  ASSERT_LIST (SAMPLE_TS "," SAMPLE_PS);
  filter.level = 4;
  ASSERT_LIST (SAMPLE_KS);
  filter.level = 5;
  ASSERT_LIST ("");
  filter.level = 0;

  filter.status = AZQF_STATUS_IN_REVIEW;
  ASSERT_LIST (SAMPLE_PS);
  filter.status = AZQF_STATUS_APPROVED;
  ASSERT_LIST (SAMPLE_TS);
  filter.status = AZQF_STATUS_DRAFT;
  ASSERT_LIST (SAMPLE_KS);
  filter.status = AZQF_STATUS_WITHDRAWN;
  ASSERT_LIST ("");
  filter.status = -1;

  filter.kind = AZQF_KIND_EDUCATIONAL;
  filter.level = 6;
  ASSERT_LIST (SAMPLE_TS);
  filter.level = 4;
  ASSERT_LIST ("");
  filter.kind = -1;
  filter.level = 0;

  filter.limit = 2;
  ASSERT_LIST (SAMPLE_KS "," SAMPLE_TS);
  filter.offset = 1;
  filter.limit = 1;
  ASSERT_LIST (SAMPLE_TS);
  filter.limit = 0;
  filter.offset = 2;
  ASSERT_LIST (SAMPLE_PS);
  filter.offset = 5;
  ASSERT_LIST ("");

#undef ASSERT_LIST

  /* The listed metadata is complete. */
  {
    g_autoptr(GPtrArray) standards = azqf_store_list_standards (store, NULL, NULL);
    AzqfStandard *ps = g_ptr_array_index (standards, 2);

    g_assert_cmpstr (azqf_standard_get_text (ps, AZQF_STANDARD_TITLE, AZQF_LANG_EN), ==, "Accountant");
    g_assert_cmpint (azqf_standard_get_status (ps), ==, AZQF_STATUS_IN_REVIEW);
    g_assert_cmpint (azqf_standard_get_kind (ps), ==, AZQF_KIND_OCCUPATIONAL);
    g_assert_cmpuint (azqf_standard_get_level (ps), ==, 6);
  }

  g_assert_finalize_object (store);
}

/* Real job titles, one or two per letter of the Azerbaijani alphabet, in its
 * alphabetical order: a b c ç d e ə f g ğ h x ı i j k q l m n o ö p r s ş t u ü v y z. */
static const char *titles_az[] = {
  "Aşpaz", "Bağban", "Cərrah", "Cildçi", "Çörəkçi", "Dərzi", "Elektrik", "Əczaçı",
  "Fermer", "Gəmiçi", "Həkim", "Xəzinədar", "Işıqçı", "İqtisadçı", "Jurnalist",
  "Kimyaçı", "Qaynaqçı", "Laborant", "Memar", "Notarius", "Operator", "Ölkəşünas",
  "Pilot", "Rəssam", "Sürücü", "Şərabçı", "Tərcüməçi", "Usta", "Üzgüçü", "Vəkil",
  "Yazıçı", "Zərgər",
};

static const char *titles_en[G_N_ELEMENTS (titles_az)] = {
  "Cook", "Gardener", "Surgeon", "bookbinder", "Baker", "Tailor", "Electrician", "Pharmacist",
  "Farmer", "Sailor", "Doctor", "Treasurer", "Lighting technician", "Economist", "Journalist",
  "Chemist", "Welder", "Laboratory assistant", "Architect", "Notary", "Operator",
  "Regional studies specialist", "Pilot", "Painter", "Driver", "Winemaker", "Translator",
  "Master craftsman", "Swimmer", "Lawyer", "Writer", "Jeweller",
};

/* English alphabetical order, case-insensitive. */
static const char *titles_en_sorted[G_N_ELEMENTS (titles_az)] = {
  "Architect", "Baker", "bookbinder", "Chemist", "Cook", "Doctor", "Driver", "Economist",
  "Electrician", "Farmer", "Gardener", "Jeweller", "Journalist", "Laboratory assistant",
  "Lawyer", "Lighting technician", "Master craftsman", "Notary", "Operator", "Painter",
  "Pharmacist", "Pilot", "Regional studies specialist", "Sailor", "Surgeon", "Swimmer",
  "Tailor", "Translator", "Treasurer", "Welder", "Winemaker", "Writer",
};

static char *
join (const char * const *strings,
      guint               n,
      const char         *separator)
{
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    g_string_append_printf (out, "%s%s", i > 0 ? separator : "", strings[i]);

  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* Inserts the titles in a scrambled order (7 and 32 are coprime), with codes
 * that sort differently again. */
static void
insert_titles (AzqfStore *store)
{
  g_autoptr(GPtrArray) batch = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  gboolean ok;

  G_STATIC_ASSERT (G_N_ELEMENTS (titles_az) == 32);

  for (guint i = 0; i < G_N_ELEMENTS (titles_az); i++)
    {
      guint k = (i * 7 + 3) % G_N_ELEMENTS (titles_az);
      g_autofree char *code = g_strdup_printf ("T-%02u", 99 - i);

      g_ptr_array_add (batch, new_standard (code, titles_az[k], titles_en[k]));
    }

  ok = azqf_store_insert_standards (store, batch, &error);
  g_assert_no_error (error);
  g_assert_true (ok);
}

static void
test_list_az_order (Fixture       *f,
                    gconstpointer  data)
{
  AzqfStore *store = create_store (f->path);
  AzqfStoreFilter filter = AZQF_STORE_FILTER_INIT;
  g_autofree char *expected = join (titles_az, G_N_ELEMENTS (titles_az), "|");
  g_autofree char *titles = NULL;
  g_autofree char *window = NULL;

  insert_titles (store);
  g_assert_cmpuint (count (store), ==, 32);

  titles = list_titles (store, &filter, AZQF_LANG_AZ);
  g_assert_cmpstr (titles, ==, expected);

  /* The pairs that byte order gets wrong. */
  g_assert_cmpint (azqf_text_collate ("Cərrah", "Çörəkçi"), <, 0);
  g_assert_cmpint (azqf_text_collate ("Həkim", "Xəzinədar"), <, 0);
  g_assert_cmpint (azqf_text_collate ("Işıqçı", "İqtisadçı"), <, 0);
  g_assert_cmpint (azqf_text_collate ("Kimyaçı", "Qaynaqçı"), <, 0);

  /* Pages follow the same order. */
  filter.offset = 10;
  filter.limit = 3;
  window = list_titles (store, &filter, AZQF_LANG_AZ);
  g_assert_cmpstr (window, ==, "Həkim|Xəzinədar|Işıqçı");

  g_assert_finalize_object (store);
}

static void
test_list_en_order (Fixture       *f,
                    gconstpointer  data)
{
  AzqfStore *store = create_store (f->path);
  AzqfStoreFilter filter = AZQF_STORE_FILTER_INIT;
  g_autofree char *expected = join (titles_en_sorted, G_N_ELEMENTS (titles_en_sorted), "|");
  g_autofree char *titles = NULL;
  g_autofree char *codes = NULL;

  insert_titles (store);

  filter.sort_lang = AZQF_LANG_EN;
  titles = list_titles (store, &filter, AZQF_LANG_EN);
  g_assert_cmpstr (titles, ==, expected);

  /* A standard without an English title sorts by its Azerbaijani one. */
  {
    g_autoptr(AzqfStandard) standard = new_standard ("T-00", "Dayə", NULL);

    insert (store, standard);
  }
  filter.limit = 3;
  filter.offset = 4;
  codes = list_titles (store, &filter, AZQF_LANG_AZ);
  g_assert_cmpstr (codes, ==, "Aşpaz|Dayə|Həkim");

  g_assert_finalize_object (store);
}

/* Search (on the sample) */

static void
test_search_folding (Fixture       *f,
                     gconstpointer  data)
{
  AzqfStore *store = create_sample_store (f->path);
  g_autoptr(GPtrArray) plain = search (store, "tehlil");
  g_autoptr(GPtrArray) upper = search (store, "TƏHLİL");
  g_autoptr(GPtrArray) exact = search (store, "təhlil");
  g_autofree char *plain_keys = hit_keys (plain);
  g_autofree char *upper_keys = hit_keys (upper);
  g_autofree char *exact_keys = hit_keys (exact);
  const AzqfSearchHit *hit;

  g_assert_cmpuint (plain->len, >=, 4);
  g_assert_cmpstr (upper_keys, ==, plain_keys);
  g_assert_cmpstr (exact_keys, ==, plain_keys);

  /* "… rentabelliyini təhlil edir." */
  hit = find_hit (plain, SAMPLE_PS, AZQF_SEARCH_FIELD_OUTCOME, "U2.S2");
  g_assert_nonnull (hit);
  g_assert_cmpint (azqf_search_hit_get_lang (hit), ==, AZQF_LANG_AZ);
  g_assert_nonnull (strstr (azqf_search_hit_get_snippet (hit),
                            AZQF_SEARCH_MARK_START "təhlil" AZQF_SEARCH_MARK_END));
  g_assert_cmpstr (azqf_search_hit_get_title (hit, AZQF_LANG_AZ), ==, "Mühasib");
  g_assert_cmpstr (azqf_search_hit_get_title (hit, AZQF_LANG_EN), ==, "Accountant");

  /* "… sadə dövrələrin təhlili nümunəsində …": a prefix. */
  hit = find_hit (plain, SAMPLE_TS, AZQF_SEARCH_FIELD_OUTCOME, "SEM1.K1");
  g_assert_nonnull (hit);
  g_assert_nonnull (strstr (azqf_search_hit_get_snippet (hit),
                            AZQF_SEARCH_MARK_START "təhlili" AZQF_SEARCH_MARK_END));

  assert_marks (plain, "tehlil");
  assert_marks (upper, "tehlil");

  /* Ranked, best first. */
  for (guint i = 1; i < plain->len; i++)
    g_assert_cmpfloat (azqf_search_hit_get_rank (g_ptr_array_index (plain, i - 1)), <=,
                       azqf_search_hit_get_rank (g_ptr_array_index (plain, i)));

  g_assert_finalize_object (store);
}

static void
test_search_title_first (Fixture       *f,
                         gconstpointer  data)
{
  AzqfStore *store = create_sample_store (f->path);
  g_autoptr(GPtrArray) hits = search (store, "muhasib");
  g_autoptr(GPtrArray) english = search (store, "accountant");
  g_autoptr(GPtrArray) shouted = search (store, "ACCOUNTANT");
  g_autofree char *english_keys = hit_keys (english);
  g_autofree char *shouted_keys = hit_keys (shouted);
  const AzqfSearchHit *first;

  /* "Mühasib" is the title; "mühasibat" words in outcomes come after it. */
  g_assert_cmpuint (hits->len, >, 1);
  first = g_ptr_array_index (hits, 0);
  g_assert_cmpstr (azqf_search_hit_get_standard_code (first), ==, SAMPLE_PS);
  g_assert_cmpint (azqf_search_hit_get_field (first), ==, AZQF_SEARCH_FIELD_TITLE);
  g_assert_null (azqf_search_hit_get_item_code (first));
  g_assert_cmpint (azqf_search_hit_get_lang (first), ==, AZQF_LANG_AZ);
  g_assert_cmpstr (azqf_search_hit_get_snippet (first), ==,
                   AZQF_SEARCH_MARK_START "Mühasib" AZQF_SEARCH_MARK_END);
  g_assert_nonnull (find_hit (hits, SAMPLE_PS, AZQF_SEARCH_FIELD_OUTCOME, "U1.S1"));
  assert_marks (hits, "muhasib");

  /* English. */
  g_assert_cmpuint (english->len, >=, 1);
  first = g_ptr_array_index (english, 0);
  g_assert_cmpstr (azqf_search_hit_get_standard_code (first), ==, SAMPLE_PS);
  g_assert_cmpint (azqf_search_hit_get_field (first), ==, AZQF_SEARCH_FIELD_TITLE);
  g_assert_cmpint (azqf_search_hit_get_lang (first), ==, AZQF_LANG_EN);
  g_assert_cmpstr (azqf_search_hit_get_snippet (first), ==,
                   AZQF_SEARCH_MARK_START "Accountant" AZQF_SEARCH_MARK_END);
  g_assert_cmpstr (shouted_keys, ==, english_keys);
  assert_marks (english, "accountant");

  g_assert_finalize_object (store);
}

static void
test_search_prefix (Fixture       *f,
                    gconstpointer  data)
{
  AzqfStore *store = create_sample_store (f->path);
  g_autoptr(GPtrArray) hesab = search (store, "hesab");
  g_autoptr(GPtrArray) hesabat = search (store, "hesabat");
  g_autoptr(GPtrArray) criteria = search (store, "rekvizit");
  const AzqfSearchHit *hit;

  /* "Maliyyə hesabatlarının hazırlanması" (unit U2) */
  hit = find_hit (hesab, SAMPLE_PS, AZQF_SEARCH_FIELD_UNIT, "U2");
  g_assert_nonnull (hit);
  g_assert_nonnull (strstr (azqf_search_hit_get_snippet (hit),
                            AZQF_SEARCH_MARK_START "hesabatlarının" AZQF_SEARCH_MARK_END));
  g_assert_nonnull (find_hit (hesabat, SAMPLE_PS, AZQF_SEARCH_FIELD_UNIT, "U2"));

  /* "Hesablar planının …" starts with hesab but not with hesabat. */
  g_assert_nonnull (find_hit (hesab, SAMPLE_PS, AZQF_SEARCH_FIELD_OUTCOME, "U1.K1"));
  g_assert_null (find_hit (hesabat, SAMPLE_PS, AZQF_SEARCH_FIELD_OUTCOME, "U1.K1"));
  g_assert_cmpuint (hesabat->len, <, hesab->len);
  assert_marks (hesab, "hesab");
  assert_marks (hesabat, "hesabat");

  /* Criteria are found under their outcome: "… məcburi rekvizitlərinin …" */
  hit = find_hit (criteria, SAMPLE_PS, AZQF_SEARCH_FIELD_CRITERION, "U1.S1");
  g_assert_nonnull (hit);
  g_assert_nonnull (strstr (azqf_search_hit_get_snippet (hit),
                            AZQF_SEARCH_MARK_START "rekvizitlərinin" AZQF_SEARCH_MARK_END));

  /* The limit. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(GPtrArray) one = azqf_store_search (store, "hesab", 1, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (one->len, ==, 1);
  }

  g_assert_finalize_object (store);
}

static void
test_search_syntax (Fixture       *f,
                    gconstpointer  data)
{
  static const char *queries[] = {
    "\"", "\"tehlil", "tehlil\"", "(", ")", "tehlil)", "(tehlil", "NEAR", "NEAR(tehlil edir)",
    "NEAR(tehlil edir, 2)", "*", "tehlil*", "-", "-tehlil", "tehlil -edir", "AND", "OR", "NOT",
    "tehlil OR edir", "tehlil NOT edir", "az:tehlil", "{az en}: tehlil", "^tehlil", "+",
    "tehlil + edir", "'", "tehlil'", ":", "\\", "%", "_", "tehlil;", "'; DROP TABLE standards; --",
    "\"\"", "()", "**", "ə", "İ", "\xcc\x87", "e\xcc\x81", "🙂",
  };
  AzqfStore *store = create_sample_store (f->path);
  g_autoptr(GPtrArray) reference = search (store, "tehlil");
  g_autofree char *reference_keys = hit_keys (reference);

  for (guint i = 0; i < G_N_ELEMENTS (queries); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) hits = azqf_store_search (store, queries[i], 0, &error);

      g_test_message ("query: %s", queries[i]);
      g_assert_no_error (error);
      g_assert_nonnull (hits);
    }

  /* The punctuation around a word does not change what it finds. */
  for (guint i = 0; i < G_N_ELEMENTS (queries); i++)
    {
      if (strcmp (queries[i], "\"tehlil") == 0 || strcmp (queries[i], "tehlil)") == 0 ||
          strcmp (queries[i], "tehlil*") == 0 || strcmp (queries[i], "-tehlil") == 0 ||
          strcmp (queries[i], "^tehlil") == 0 || strcmp (queries[i], "tehlil;") == 0)
        {
          g_autoptr(GPtrArray) hits = search (store, queries[i]);
          g_autofree char *keys = hit_keys (hits);

          g_assert_cmpstr (keys, ==, reference_keys);
        }
    }

  g_assert_cmpuint (count (store), ==, 3);
  g_assert_finalize_object (store);
}

static void
test_search_empty (Fixture       *f,
                   gconstpointer  data)
{
  static const char *queries[] = { "", " ", "\t\n", "*", "\"\"", "()", "-", "…", "!?" };
  AzqfStore *store = create_sample_store (f->path);

  for (guint i = 0; i < G_N_ELEMENTS (queries); i++)
    {
      g_autoptr(GPtrArray) hits = search (store, queries[i]);

      g_assert_cmpuint (hits->len, ==, 0);
    }

  {
    g_autoptr(GPtrArray) hits = search (store, "qwertyzxcv");

    g_assert_cmpuint (hits->len, ==, 0);
  }

  g_assert_finalize_object (store);
}

static void
test_search_follows_writes (Fixture       *f,
                            gconstpointer  data)
{
  AzqfStore *store = create_sample_store (f->path);
  AzqfStandard *standard;
  g_autoptr(GPtrArray) hits = NULL;
  g_autoptr(GError) error = NULL;
  gboolean ok;

  /* Delete: nothing of the standard is found any more. */
  hits = search (store, "aspaz");
  g_assert_cmpuint (count_hits_of (hits, SAMPLE_KS), >, 0);
  g_clear_pointer (&hits, g_ptr_array_unref);
  hits = search (store, "haccp");
  g_assert_cmpuint (count_hits_of (hits, SAMPLE_KS), >, 0);
  g_clear_pointer (&hits, g_ptr_array_unref);

  standard = load (store, SAMPLE_KS);
  ok = azqf_store_delete_standard (store, azqf_standard_get_uuid (standard), &error);
  g_assert_no_error (error);
  g_assert_true (ok);
  g_assert_finalize_object (standard);

  hits = search (store, "aspaz");
  g_assert_cmpuint (count_hits_of (hits, SAMPLE_KS), ==, 0);
  g_clear_pointer (&hits, g_ptr_array_unref);
  hits = search (store, "haccp");
  g_assert_cmpuint (hits->len, ==, 0);
  g_clear_pointer (&hits, g_ptr_array_unref);

  /* Save: the new words are found, the old ones are not. */
  standard = load (store, SAMPLE_PS);
  azqf_standard_set_text (standard, AZQF_STANDARD_TITLE, AZQF_LANG_AZ, "Auditor köməkçisi");
  azqf_standard_set_text (standard, AZQF_STANDARD_TITLE, AZQF_LANG_EN, "Assistant auditor");
  azqf_unit_set_title (azqf_standard_find_unit (standard, "U3"), AZQF_LANG_AZ, "Gömrük rüsumları");
  save (store, standard);
  g_assert_finalize_object (standard);

  hits = search (store, "muhasib");
  g_assert_null (find_hit (hits, SAMPLE_PS, AZQF_SEARCH_FIELD_TITLE, NULL));
  g_assert_nonnull (find_hit (hits, SAMPLE_PS, AZQF_SEARCH_FIELD_OUTCOME, "U1.S1"));
  g_clear_pointer (&hits, g_ptr_array_unref);
  hits = search (store, "accountant");
  g_assert_null (find_hit (hits, SAMPLE_PS, AZQF_SEARCH_FIELD_TITLE, NULL));
  g_clear_pointer (&hits, g_ptr_array_unref);

  hits = search (store, "komekcisi");
  g_assert_nonnull (find_hit (hits, SAMPLE_PS, AZQF_SEARCH_FIELD_TITLE, NULL));
  g_clear_pointer (&hits, g_ptr_array_unref);
  hits = search (store, "auditor");
  g_assert_cmpuint (hits->len, >=, 1);
  g_assert_cmpint (azqf_search_hit_get_field (g_ptr_array_index (hits, 0)), ==, AZQF_SEARCH_FIELD_TITLE);
  g_clear_pointer (&hits, g_ptr_array_unref);
  hits = search (store, "gomruk");
  g_assert_nonnull (find_hit (hits, SAMPLE_PS, AZQF_SEARCH_FIELD_UNIT, "U3"));
  g_clear_pointer (&hits, g_ptr_array_unref);
  hits = search (store, "Vergi uçotu");
  g_assert_null (find_hit (hits, SAMPLE_PS, AZQF_SEARCH_FIELD_UNIT, "U3"));
  g_clear_pointer (&hits, g_ptr_array_unref);

  assert_consistent (store);
  g_assert_finalize_object (store);
}

/* Migration from schema version 1 */

static void
build_v1_file (const char *path)
{
  g_autofree char *sql_path = g_test_build_filename (G_TEST_DIST, "data", "workspace-v1.sql", NULL);
  g_autofree char *sql = NULL;
  g_autoptr(GError) error = NULL;
  sqlite3 *db;

  g_file_get_contents (sql_path, &sql, NULL, &error);
  g_assert_no_error (error);

  db = raw_open (path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  raw_exec (db, sql);
  raw_close (db);
}

/* "type name tbl_name sql" of every schema object, whitespace removed. */
static char *
schema_of (sqlite3 *db)
{
  sqlite3_stmt *stmt = raw_query (db, "SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY name");
  g_autoptr(GString) out = g_string_new (NULL);

  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      for (int column = 0; column < 4; column++)
        {
          const char *text = (const char *) sqlite3_column_text (stmt, column);

          for (const char *p = text != NULL ? text : "NULL"; *p != '\0'; p++)
            if (!g_ascii_isspace (*p))
              g_string_append_c (out, *p);
          g_string_append_c (out, column < 3 ? ' ' : '\n');
        }
    }
  sqlite3_finalize (stmt);

  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
test_migrate_v1_file (Fixture       *f,
                      gconstpointer  data)
{
  sqlite3 *memory = raw_open (":memory:", SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  sqlite3 *file;
  g_autofree char *expected = NULL;
  g_autofree char *actual = NULL;

  /* The data file holds exactly the version-1 schema the store once wrote. */
  raw_exec (memory, _azqf_store_migration (1));
  expected = schema_of (memory);
  raw_close (memory);

  build_v1_file (f->path);
  file = raw_open (f->path, SQLITE_OPEN_READONLY);
  actual = schema_of (file);
  g_assert_cmpstr (actual, ==, expected);
  g_assert_cmpint (raw_int (file, "PRAGMA application_id"), ==, AZQF_STORE_APPLICATION_ID);
  g_assert_cmpint (raw_int (file, "PRAGMA user_version"), ==, 1);
  g_assert_cmpint (raw_int (file, "SELECT count(*) FROM outcomes"), ==, 2);
  raw_close (file);
}

static void
test_migrate (Fixture       *f,
              gconstpointer  data)
{
  AzqfStore *store;
  AzqfStandard *standard;
  sqlite3 *db;
  GListModel *outcomes;
  g_autoptr(AzqfOutcome) first = NULL;
  g_autoptr(AzqfOutcome) second = NULL;
  g_autoptr(AzqfCriterion) criterion = NULL;
  g_autoptr(AzqfRelation) relation = NULL;
  g_autoptr(GPtrArray) hits = NULL;
  g_autofree char *journal = NULL;
  const AzqfSearchHit *hit;

  build_v1_file (f->path);

  store = open_store (f->path, AZQF_STORE_OPEN_DEFAULT);
  db = _azqf_store_get_db (store);
  g_assert_cmpint (raw_int (db, "PRAGMA user_version"), ==, AZQF_STORE_SCHEMA_VERSION);
  g_assert_cmpint (raw_int (db, "SELECT count(*) FROM sqlite_schema WHERE name = 'outcome_links'"), ==, 1);
  g_assert_cmpint (raw_int (db, "SELECT count(*) FROM sqlite_schema WHERE name = 'search'"), ==, 1);
  g_assert_cmpint (raw_int (db, "SELECT count(*) FROM sqlite_schema WHERE name = 'framework_statements'"), ==, 1);
  g_assert_cmpint (raw_int (db, "SELECT count(*) FROM sqlite_schema WHERE name = 'framework_levels'"), ==, 1);
  journal = raw_text (db, "PRAGMA journal_mode");
  g_assert_cmpstr (journal, ==, "wal");
  g_assert_cmpstr (azqf_store_get_workspace_uuid (store), ==, V1_WORKSPACE_UUID);
  g_assert_cmpuint (count (store), ==, 1);

  /* Everything version 1 held. */
  standard = load (store, V1_CODE);
  g_assert_cmpstr (azqf_standard_get_uuid (standard), ==, "0b7d4f62-3a19-4e8c-b5d1-7c2e9a4f6b13");
  g_assert_cmpstr (azqf_standard_get_text (standard, AZQF_STANDARD_TITLE, AZQF_LANG_AZ), ==, "Qaynaqçı");
  g_assert_cmpstr (azqf_standard_get_text (standard, AZQF_STANDARD_TITLE, AZQF_LANG_EN), ==, "Welder");
  g_assert_cmpint (azqf_standard_get_status (standard), ==, AZQF_STATUS_APPROVED);
  g_assert_cmpuint (azqf_standard_get_version (standard), ==, 2);
  g_assert_cmpuint (azqf_standard_get_level (standard), ==, 3);
  g_assert_cmpstr (azqf_standard_get_isco08 (standard), ==, "7212");
  g_assert_cmpstr (azqf_standard_get_review_date (standard), ==, "2029-11-05");
  g_assert_cmpint (azqf_standard_get_modified (standard), ==, 1741944600);
  g_assert_cmpuint (g_list_model_get_n_items (azqf_standard_get_units (standard)), ==, 1);
  outcomes = azqf_unit_get_outcomes (azqf_standard_find_unit (standard, "V1"));
  g_assert_cmpuint (g_list_model_get_n_items (outcomes), ==, 2);
  first = g_list_model_get_item (outcomes, 0);
  second = g_list_model_get_item (outcomes, 1);
  g_assert_cmpstr (azqf_outcome_get_code (first), ==, "V1.K1");
  g_assert_cmpstr (azqf_outcome_get_text (first, AZQF_LANG_AZ), ==,
                   "Qaynaq cərəyanının şiddətinin elektrodun diametrindən və metalın qalınlığından asılılığını izah edir.");
  g_assert_cmpstr (azqf_outcome_get_code (second), ==, "V1.S1");
  g_assert_cmpint (azqf_outcome_get_domain (second), ==, AZQF_DOMAIN_SKILLS);
  g_assert_cmpstr (azqf_outcome_get_text (second, AZQF_LANG_AZ), ==,
                   "Qaynaq tikişlərinin keyfiyyətini vizual üsulla yoxlayır və aşkar edilmiş qüsurları düzəldir.");
  g_assert_cmpuint (g_list_model_get_n_items (azqf_outcome_get_criteria (second)), ==, 1);
  criterion = g_list_model_get_item (azqf_outcome_get_criteria (second), 0);
  g_assert_cmpstr (azqf_criterion_get_text (criterion, AZQF_LANG_AZ), ==,
                   "Çatlar, məsamələr və yanıqlar standartın tələblərinə uyğun müəyyən edilib.");
  g_assert_cmpuint (g_list_model_get_n_items (azqf_standard_get_relations (standard)), ==, 1);
  relation = g_list_model_get_item (azqf_standard_get_relations (standard), 0);
  g_assert_cmpint (azqf_relation_get_relation_type (relation), ==, AZQF_RELATION_BASED_ON);
  g_assert_cmpstr (azqf_relation_get_target_code (relation), ==, "PS-7212");

  /* The new index covers the old rows, folded. */
  hits = search (store, "tikislerinin");
  hit = find_hit (hits, V1_CODE, AZQF_SEARCH_FIELD_OUTCOME, "V1.S1");
  g_assert_nonnull (hit);
  g_assert_nonnull (strstr (azqf_search_hit_get_snippet (hit),
                            AZQF_SEARCH_MARK_START "tikişlərinin" AZQF_SEARCH_MARK_END));
  g_clear_pointer (&hits, g_ptr_array_unref);
  hits = search (store, "QAYNAQÇI");
  g_assert_cmpuint (hits->len, >=, 1);
  g_assert_cmpint (azqf_search_hit_get_field (g_ptr_array_index (hits, 0)), ==, AZQF_SEARCH_FIELD_TITLE);
  g_clear_pointer (&hits, g_ptr_array_unref);
  hits = search (store, "catlar");
  g_assert_nonnull (find_hit (hits, V1_CODE, AZQF_SEARCH_FIELD_CRITERION, "V1.S1"));
  assert_consistent (store);

  /* The new table works: a link, saved and loaded back. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(AzqfLink) link = azqf_link_new ("eqf:L3.K.1", AZQF_LINK_COVERS, AZQF_LINK_SOURCE_AUTHOR,
                                              AZQF_LINK_STATE_CONFIRMED, &error);
    gboolean ok;

    g_assert_no_error (error);
    ok = azqf_outcome_add_link (first, link, &error);
    g_assert_no_error (error);
    g_assert_true (ok);
  }
  save (store, standard);
  g_clear_object (&first);
  g_clear_object (&second);
  g_clear_object (&criterion);
  g_clear_object (&relation);
  g_assert_finalize_object (standard);
  g_assert_finalize_object (store);
  assert_nothing_beside (f->path);

  /* Upgraded once and for all: read-only now works. */
  store = open_store (f->path, AZQF_STORE_OPEN_READ_ONLY);
  standard = load (store, V1_CODE);
  first = g_object_ref (azqf_standard_find_outcome (standard, "V1.K1", NULL));
  g_assert_nonnull (azqf_outcome_find_link (first, "eqf:L3.K.1"));
  g_clear_object (&first);
  g_assert_finalize_object (standard);
  g_assert_finalize_object (store);
}

static void
test_migrate_read_only (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  AzqfStore *store;
  sqlite3 *db;

  build_v1_file (f->path);
  assert_nothing_beside (f->path);
  before = file_checksum (f->path);

  store = azqf_store_open (f->path, AZQF_STORE_OPEN_READ_ONLY, &error);
  g_assert_error (error, AZQF_STORE_ERROR, AZQF_STORE_ERROR_NEEDS_UPGRADE);
  g_assert_nonnull (strstr (error->message, f->path));
  g_assert_null (store);

  after = file_checksum (f->path);
  g_assert_cmpstr (after, ==, before);
  assert_nothing_beside (f->path);

  db = raw_open (f->path, SQLITE_OPEN_READONLY);
  g_assert_cmpint (raw_int (db, "PRAGMA user_version"), ==, 1);
  raw_close (db);
}

/* A version-2 file, as the store wrote it before version 3: the version-1
 * data file with exactly the version-2 migration applied, and a link. */
static void
build_v2_file (const char *path)
{
  sqlite3 *db;

  build_v1_file (path);
  db = raw_open (path, SQLITE_OPEN_READWRITE);
  /* Version 2's index uses the store's tokenizer. */
  g_assert_cmpint (_azqf_sqlite_register (db, NULL), ==, SQLITE_OK);
  raw_exec (db, "BEGIN");
  raw_exec (db, _azqf_store_migration (2));
  raw_exec (db, "INSERT INTO outcome_links (outcome_id, element, type, source, state)"
                "  SELECT id, 'eqf:L3.S.1', 'covers', 'author', 'confirmed' FROM outcomes"
                "  WHERE code = 'V1.S1'");
  raw_exec (db, "PRAGMA user_version = 2");
  raw_exec (db, "COMMIT");
  raw_close (db);
}

static void
test_migrate_v2 (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) levels = NULL;
  g_autoptr(GPtrArray) statements = NULL;
  g_autoptr(GPtrArray) hits = NULL;
  g_autoptr(AzqfFrameworkLevel) level = g_new0 (AzqfFrameworkLevel, 1);
  g_autoptr(AzqfDescriptor) descriptor = NULL;
  const char *text[2] = { "sınaq mətni", NULL };
  const AzqfProvenance provenance[2] = { AZQF_PROVENANCE_WORKING, AZQF_PROVENANCE_WORKING };
  const char *source[2] = { "test", NULL };
  AzqfStore *store;
  AzqfStandard *standard;
  AzqfOutcome *outcome;
  sqlite3 *db;
  gboolean ok;

  build_v2_file (f->path);
  db = raw_open (f->path, SQLITE_OPEN_READONLY);
  g_assert_cmpint (raw_int (db, "PRAGMA user_version"), ==, 2);
  raw_close (db);

  store = open_store (f->path, AZQF_STORE_OPEN_DEFAULT);
  db = _azqf_store_get_db (store);
  g_assert_cmpint (raw_int (db, "PRAGMA user_version"), ==, AZQF_STORE_SCHEMA_VERSION);
  g_assert_cmpint (raw_int (db, "SELECT count(*) FROM framework_statements"), ==, 0);
  g_assert_cmpint (raw_int (db, "SELECT count(*) FROM framework_levels"), ==, 0);
  assert_consistent (store);

  /* What version 2 held: the standard, its link, its index. */
  standard = load (store, V1_CODE);
  outcome = azqf_standard_find_outcome (standard, "V1.S1", NULL);
  g_assert_nonnull (outcome);
  g_assert_nonnull (azqf_outcome_find_link (outcome, "eqf:L3.S.1"));
  hits = search (store, "tikislerinin");
  g_assert_nonnull (find_hit (hits, V1_CODE, AZQF_SEARCH_FIELD_OUTCOME, "V1.S1"));
  g_assert_finalize_object (standard);

  /* The new tables work. */
  level->framework = g_strdup ("azqf");
  level->level = 6;
  level->status = AZQF_LEVEL_STATUS_INCOMPLETE;
  level->note = g_strdup ("test");
  level->imported = 1;
  descriptor = _azqf_descriptor_new ("azqf:L6.K.1", "azqf", 6, AZQF_DOMAIN_KNOWLEDGE, NULL,
                                     text, provenance, source, NULL, TRUE, 1);
  levels = g_ptr_array_new ();
  statements = g_ptr_array_new ();
  g_ptr_array_add (levels, level);
  g_ptr_array_add (statements, descriptor);
  ok = _azqf_store_put_framework_data (store, levels, statements, &error);
  g_assert_no_error (error);
  g_assert_true (ok);
  g_clear_pointer (&levels, g_ptr_array_unref);
  g_clear_pointer (&statements, g_ptr_array_unref);
  ok = _azqf_store_get_framework_data (store, &levels, &statements, &error);
  g_assert_no_error (error);
  g_assert_true (ok);
  g_assert_cmpuint (levels->len, ==, 1);
  g_assert_cmpuint (statements->len, ==, 1);
  g_assert_cmpstr (azqf_descriptor_get_text (g_ptr_array_index (statements, 0), AZQF_LANG_AZ), ==,
                   "sınaq mətni");
  g_assert_finalize_object (store);
  assert_nothing_beside (f->path);
}

/* Version 3 cannot create its tables: the file stays at version 2, intact. */
static void
test_migrate_v2_failure (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  AzqfStore *store;
  sqlite3 *db;

  build_v2_file (f->path);
  db = raw_open (f->path, SQLITE_OPEN_READWRITE);
  raw_exec (db, "CREATE TABLE framework_levels (x)");
  raw_close (db);

  store = azqf_store_open (f->path, AZQF_STORE_OPEN_DEFAULT, &error);
  g_assert_nonnull (error);
  g_assert_true (error->domain == AZQF_STORE_ERROR);
  g_assert_nonnull (strstr (error->message, "format 3"));
  g_assert_null (store);
  assert_nothing_beside (f->path);

  db = raw_open (f->path, SQLITE_OPEN_READONLY);
  g_assert_cmpint (raw_int (db, "PRAGMA user_version"), ==, 2);
  g_assert_cmpint (raw_int (db, "SELECT count(*) FROM sqlite_schema WHERE name = 'framework_statements'"), ==, 0);
  g_assert_cmpint (raw_int (db, "SELECT count(*) FROM outcome_links"), ==, 1);
  raw_close (db);
}

static void
test_migrate_failure (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  AzqfStore *store;
  sqlite3 *db;

  /* Version 2 cannot create its index: the upgrade fails as a whole. */
  build_v1_file (f->path);
  db = raw_open (f->path, SQLITE_OPEN_READWRITE);
  raw_exec (db, "CREATE TABLE search (x)");
  raw_close (db);

  store = azqf_store_open (f->path, AZQF_STORE_OPEN_DEFAULT, &error);
  g_assert_nonnull (error);
  g_assert_true (error->domain == AZQF_STORE_ERROR);
  g_assert_null (store);
  assert_nothing_beside (f->path);

  db = raw_open (f->path, SQLITE_OPEN_READONLY);
  g_assert_cmpint (raw_int (db, "PRAGMA user_version"), ==, 1);
  g_assert_cmpint (raw_int (db, "SELECT count(*) FROM sqlite_schema WHERE name = 'outcome_links'"), ==, 0);
  g_assert_cmpint (raw_int (db, "SELECT count(*) FROM outcomes"), ==, 2);
  raw_close (db);
}

/* Loading reads the standard and its children in one snapshot */

typedef struct
{
  AzqfStore  *writer;
  const char *uuid;
  guint       deletions;
} Interloper;

/* Deletes the standard through another connection as soon as the reader
 * starts its read transaction for the children. */
static int
statement_traced_cb (unsigned  event,
                     void     *user_data,
                     void     *p,
                     void     *x)
{
  Interloper *interloper = user_data;
  const char *sql = sqlite3_sql (p);

  if (interloper->deletions == 0 && sql != NULL && g_str_has_prefix (sql, "SAVEPOINT"))
    {
      g_autoptr(GError) error = NULL;
      gboolean ok = azqf_store_delete_standard (interloper->writer, interloper->uuid, &error);

      g_assert_no_error (error);
      g_assert_true (ok);
      interloper->deletions++;
    }

  return 0;
}

static void
test_load_snapshot (Fixture       *f,
                    gconstpointer  data)
{
  AzqfStore *writer = create_sample_store (f->path);
  AzqfStore *reader = open_store (f->path, AZQF_STORE_OPEN_READ_ONLY);
  g_autoptr(AzqfStandard) ps = load (writer, SAMPLE_PS);
  Interloper interloper = { writer, azqf_standard_get_uuid (ps), 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(AzqfStandard) loaded = NULL;

  sqlite3_trace_v2 (_azqf_store_get_db (reader), SQLITE_TRACE_STMT, statement_traced_cb, &interloper);
  loaded = azqf_store_load_standard (reader, SAMPLE_PS, &error);
  sqlite3_trace_v2 (_azqf_store_get_db (reader), 0, NULL, NULL);
  g_assert_cmpuint (interloper.deletions, ==, 1);

  /* Either the standard as it was, whole, or not found: never its row
   * without its units and outcomes. */
  if (loaded != NULL)
    {
      g_autofree char *expected = standard_json (ps);
      g_autofree char *actual = standard_json (loaded);

      g_assert_no_error (error);
      g_assert_cmpstr (actual, ==, expected);
    }
  else
    g_assert_error (error, AZQF_STORE_ERROR, AZQF_STORE_ERROR_NOT_FOUND);

  g_assert_finalize_object (reader);
  g_assert_finalize_object (writer);
}

/* Files that are not workspaces, or cannot be opened as asked */

static void
assert_open_fails (const char         *path,
                   AzqfStoreOpenFlags  flags,
                   int                 code)
{
  g_autoptr(GError) error = NULL;
  AzqfStore *store = azqf_store_open (path, flags, &error);

  g_assert_error (error, AZQF_STORE_ERROR, code);
  g_assert_nonnull (strstr (error->message, path));
  g_assert_null (store);

  /* Callers may ignore the error. */
  g_assert_null (azqf_store_open (path, flags, NULL));
}

/* Refused both for writing and read-only, and left exactly as it was. */
static void
assert_refused (const char *path,
                int         code)
{
  g_autofree char *before = file_checksum (path);
  g_autofree char *after = NULL;

  assert_nothing_beside (path);
  assert_open_fails (path, AZQF_STORE_OPEN_DEFAULT, code);
  assert_open_fails (path, AZQF_STORE_OPEN_READ_ONLY, code);

  after = file_checksum (path);
  g_assert_cmpstr (after, ==, before);
  assert_nothing_beside (path);
}

static void
test_bad_text_file (Fixture       *f,
                    gconstpointer  data)
{
  write_file (f->path, "hello\n", -1);
  assert_refused (f->path, AZQF_STORE_ERROR_NOT_WORKSPACE);
}

static void
test_bad_empty_file (Fixture       *f,
                     gconstpointer  data)
{
  write_file (f->path, "", 0);
  assert_refused (f->path, AZQF_STORE_ERROR_NOT_WORKSPACE);
}

static void
test_bad_foreign_database (Fixture       *f,
                           gconstpointer  data)
{
  sqlite3 *db = raw_open (f->path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);

  raw_exec (db, "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT);"
                "INSERT INTO notes (body) VALUES ('alma'), ('armud');");
  raw_close (db);

  assert_refused (f->path, AZQF_STORE_ERROR_NOT_WORKSPACE);
}

static void
test_bad_other_application (Fixture       *f,
                            gconstpointer  data)
{
  sqlite3 *db = raw_open (f->path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);

  /* GeoPackage's application_id ("GPKG"), with our schema version. */
  raw_exec (db, "PRAGMA application_id = 1196444487; PRAGMA user_version = 2;"
                "CREATE TABLE standards (id INTEGER PRIMARY KEY);");
  raw_close (db);

  assert_refused (f->path, AZQF_STORE_ERROR_NOT_WORKSPACE);
}

/* Another program's database in WAL mode: opening it must neither leave
 * -wal/-shm files beside it nor checkpoint (write) its pending WAL. */
static void
test_bad_foreign_wal (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *wal = g_strconcat (f->path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (f->path, "-shm", NULL);
  g_autofree char *main_before = NULL;
  g_autofree char *wal_before = NULL;
  g_autofree char *main_after = NULL;
  g_autofree char *wal_after = NULL;
  sqlite3 *db;

  /* Checkpointed: only the main file. */
  db = raw_open (f->path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  raw_exec (db, "PRAGMA journal_mode = WAL; CREATE TABLE notes (body TEXT);"
                "INSERT INTO notes VALUES ('alma');");
  raw_close (db);
  assert_refused (f->path, AZQF_STORE_ERROR_NOT_WORKSPACE);

  /* With changes still in its WAL, as after a crash. */
  db = raw_open (f->path, SQLITE_OPEN_READWRITE);
  g_assert_cmpint (sqlite3_db_config (db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, NULL), ==, SQLITE_OK);
  raw_exec (db, "INSERT INTO notes VALUES ('armud')");
  raw_close (db);
  g_assert_true (g_file_test (wal, G_FILE_TEST_IS_REGULAR));
  main_before = file_checksum (f->path);
  wal_before = file_checksum (wal);

  assert_open_fails (f->path, AZQF_STORE_OPEN_DEFAULT, AZQF_STORE_ERROR_NOT_WORKSPACE);
  assert_open_fails (f->path, AZQF_STORE_OPEN_READ_ONLY, AZQF_STORE_ERROR_NOT_WORKSPACE);

  main_after = file_checksum (f->path);
  wal_after = file_checksum (wal);
  g_assert_cmpstr (main_after, ==, main_before);
  g_assert_cmpstr (wal_after, ==, wal_before);
  g_assert_cmpint (g_unlink (wal), ==, 0);
  g_unlink (shm);
}

static void
test_bad_newer_schema (Fixture       *f,
                       gconstpointer  data)
{
  sqlite3 *db;

  make_sample_file (f->path);
  db = raw_open (f->path, SQLITE_OPEN_READWRITE);
  raw_exec (db, "PRAGMA user_version = 99");
  raw_close (db);

  assert_refused (f->path, AZQF_STORE_ERROR_NEWER_SCHEMA);
}

static void
test_bad_directory (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *lock = _azqf_store_lock_path (f->path);

  g_assert_cmpint (g_mkdir (f->path, 0755), ==, 0);
  assert_open_fails (f->path, AZQF_STORE_OPEN_DEFAULT, AZQF_STORE_ERROR_NOT_WORKSPACE);
  assert_open_fails (f->path, AZQF_STORE_OPEN_READ_ONLY, AZQF_STORE_ERROR_NOT_WORKSPACE);
  g_assert_cmpint (g_rmdir (f->path), ==, 0);
  g_assert_false (g_file_test (lock, G_FILE_TEST_EXISTS));
}

static void
test_bad_missing (Fixture       *f,
                  gconstpointer  data)
{
  assert_open_fails (f->path, AZQF_STORE_OPEN_DEFAULT, AZQF_STORE_ERROR_NOT_FOUND);
  assert_open_fails (f->path, AZQF_STORE_OPEN_READ_ONLY, AZQF_STORE_ERROR_NOT_FOUND);
  g_assert_false (g_file_test (f->path, G_FILE_TEST_EXISTS));
  assert_nothing_beside (f->path);
}

/* Every write to a read-only store fails and changes nothing. */
static void
assert_writes_refused (AzqfStore *store)
{
  g_autoptr(AzqfStandard) standard = load (store, SAMPLE_PS);
  g_autoptr(AzqfStandard) fresh = new_standard ("NEW-01", "Yeni", NULL);
  g_autoptr(AzqfOutcome) outcome = new_outcome ("U1.K9", AZQF_DOMAIN_KNOWLEDGE, "Yeni nəticə.", NULL);
  g_autofree char *before = standard_json (standard);
  g_autofree char *after = NULL;
  GError *error = NULL;

  g_assert_false (azqf_store_insert_standard (store, fresh, &error));
  g_assert_error (error, AZQF_STORE_ERROR, AZQF_STORE_ERROR_READ_ONLY);
  g_clear_error (&error);

  azqf_standard_set_text (standard, AZQF_STANDARD_TITLE, AZQF_LANG_AZ, "Dəyişiklik");
  g_assert_false (azqf_store_save_standard (store, standard, &error));
  g_assert_error (error, AZQF_STORE_ERROR, AZQF_STORE_ERROR_READ_ONLY);
  g_clear_error (&error);
  azqf_standard_set_text (standard, AZQF_STANDARD_TITLE, AZQF_LANG_AZ, "Mühasib");

  g_assert_false (azqf_store_delete_standard (store, azqf_standard_get_uuid (standard), &error));
  g_assert_error (error, AZQF_STORE_ERROR, AZQF_STORE_ERROR_READ_ONLY);
  g_clear_error (&error);

  g_assert_false (azqf_store_add_outcome (store, standard, azqf_standard_find_unit (standard, "U1"),
                                          outcome, &error));
  g_assert_error (error, AZQF_STORE_ERROR, AZQF_STORE_ERROR_READ_ONLY);
  g_clear_error (&error);
  g_assert_null (azqf_standard_find_outcome (standard, "U1.K9", NULL));

  after = load_json (store, SAMPLE_PS);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpuint (count (store), ==, 3);
}

static void
test_read_only_store (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GPtrArray) hits = NULL;
  g_autofree char *codes = NULL;
  AzqfStore *store;

  make_sample_file (f->path);
  before = file_checksum (f->path);

  store = open_store (f->path, AZQF_STORE_OPEN_READ_ONLY);
  g_assert_true (azqf_store_get_read_only (store));
  g_assert_nonnull (azqf_store_get_workspace_uuid (store));
  codes = list_codes (store, NULL);
  g_assert_cmpstr (codes, ==, SAMPLE_KS "," SAMPLE_TS "," SAMPLE_PS);
  hits = search (store, "tehlil");
  g_assert_cmpuint (hits->len, >, 0);
  assert_writes_refused (store);
  g_assert_finalize_object (store);

  after = file_checksum (f->path);
  g_assert_cmpstr (after, ==, before);
}

static void
test_read_only_file_write (Fixture       *f,
                           gconstpointer  data)
{
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  make_sample_file (f->path);
  g_assert_cmpint (g_chmod (f->path, 0444), ==, 0);
  if (access (f->path, W_OK) == 0)
    {
      g_test_skip ("the file is still writable after chmod 0444 (running as root?)");
      return;
    }

  before = file_checksum (f->path);
  assert_open_fails (f->path, AZQF_STORE_OPEN_DEFAULT, AZQF_STORE_ERROR_READ_ONLY);
  after = file_checksum (f->path);
  g_assert_cmpstr (after, ==, before);
  assert_nothing_beside (f->path);
}

static void
test_read_only_file_read (Fixture       *f,
                          gconstpointer  data)
{
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *codes = NULL;
  AzqfStore *store;

  make_sample_file (f->path);
  g_assert_cmpint (g_chmod (f->path, 0444), ==, 0);
  before = file_checksum (f->path);

  store = open_store (f->path, AZQF_STORE_OPEN_READ_ONLY);
  codes = list_codes (store, NULL);
  g_assert_cmpstr (codes, ==, SAMPLE_KS "," SAMPLE_TS "," SAMPLE_PS);
  assert_writes_refused (store);
  g_assert_finalize_object (store);

  after = file_checksum (f->path);
  g_assert_cmpstr (after, ==, before);
}

static void
test_read_only_folder (Fixture       *f,
                       gconstpointer  data)
{
  g_autofree char *folder = g_build_filename (f->dir, "shared", NULL);
  g_autofree char *path = g_build_filename (folder, "work.azqf", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *codes = NULL;
  AzqfStore *store;

  g_assert_cmpint (g_mkdir (folder, 0755), ==, 0);
  make_sample_file (path);
  g_assert_cmpint (g_chmod (folder, 0555), ==, 0);
  if (access (folder, W_OK) == 0)
    {
      g_test_skip ("the folder is still writable after chmod 0555 (running as root?)");
      return;
    }

  before = file_checksum (path);
  assert_open_fails (path, AZQF_STORE_OPEN_DEFAULT, AZQF_STORE_ERROR_READ_ONLY);

  store = open_store (path, AZQF_STORE_OPEN_READ_ONLY);
  codes = list_codes (store, NULL);
  g_assert_cmpstr (codes, ==, SAMPLE_KS "," SAMPLE_TS "," SAMPLE_PS);
  assert_writes_refused (store);
  g_assert_finalize_object (store);

  after = file_checksum (path);
  g_assert_cmpstr (after, ==, before);
  assert_nothing_beside (path);
}

static void
test_locked (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *lock = _azqf_store_lock_path (f->path);
  g_autofree char *pid = g_strdup_printf ("pid %d", (int) getpid ());
  AzqfStore *first = create_sample_store (f->path);
  AzqfStore *second;
  AzqfStore *reader;

  {
    g_autoptr(GError) error = NULL;

    second = azqf_store_open (f->path, AZQF_STORE_OPEN_DEFAULT, &error);
    g_assert_error (error, AZQF_STORE_ERROR, AZQF_STORE_ERROR_LOCKED);
    g_assert_nonnull (strstr (error->message, "locked by another process"));
    g_assert_nonnull (strstr (error->message, f->path));
    g_assert_nonnull (strstr (error->message, pid));
    g_assert_null (second);
  }
  g_assert_true (g_file_test (lock, G_FILE_TEST_IS_REGULAR));

  /* Reading works meanwhile, and sees the writer's changes. */
  reader = open_store (f->path, AZQF_STORE_OPEN_READ_ONLY);
  g_assert_cmpuint (count (reader), ==, 3);
  {
    g_autoptr(AzqfStandard) standard = new_standard ("NEW-01", "Yeni", NULL);

    insert (first, standard);
  }
  g_assert_cmpuint (count (reader), ==, 4);

  g_assert_finalize_object (first);
  g_assert_false (g_file_test (lock, G_FILE_TEST_EXISTS));

  second = open_store (f->path, AZQF_STORE_OPEN_DEFAULT);
  {
    g_autoptr(AzqfStandard) standard = new_standard ("NEW-02", "İkinci", NULL);

    insert (second, standard);
  }
  g_assert_cmpuint (count (second), ==, 5);
  g_assert_cmpuint (count (reader), ==, 5);

  g_assert_finalize_object (reader);
  g_assert_finalize_object (second);
  assert_nothing_beside (f->path);
}

static void
test_stale_lock (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *lock = _azqf_store_lock_path (f->path);
  AzqfStore *store;

  /* Left by a process that was killed: the file is there, nobody holds it. */
  make_sample_file (f->path);
  write_file (lock, "azqf, pid 1, elsewhere\n", -1);

  store = open_store (f->path, AZQF_STORE_OPEN_DEFAULT);
  g_assert_cmpuint (count (store), ==, 3);
  g_assert_finalize_object (store);
  assert_nothing_beside (f->path);
}

/* Damaged workspaces */

static gboolean
is_damage_error (const GError *error)
{
  return g_error_matches (error, AZQF_STORE_ERROR, AZQF_STORE_ERROR_CORRUPT) ||
         g_error_matches (error, AZQF_STORE_ERROR, AZQF_STORE_ERROR_NOT_WORKSPACE);
}

static void
note_result (gboolean      ok,
             const GError *error,
             guint        *failures)
{
  if (ok)
    {
      g_assert_no_error (error);
      return;
    }

  g_assert_nonnull (error);
  g_test_message ("%s", error->message);
  if (!is_damage_error (error))
    g_assert_cmpstr (error->message, ==, "a CORRUPT or NOT_WORKSPACE error");
  (*failures)++;
}

/* Opens a damaged workspace in both modes and reads all of it. Every failure
 * must be a clear damage error; returns how many operations failed. */
static guint
read_damaged (const char *path)
{
  static const AzqfStoreOpenFlags modes[] = { AZQF_STORE_OPEN_DEFAULT, AZQF_STORE_OPEN_READ_ONLY };
  static const char *codes[] = { SAMPLE_PS, SAMPLE_TS, SAMPLE_KS };
  static const char *queries[] = { "tehlil", "muhasib", "accountant", "a" };
  guint failures = 0;

  for (guint m = 0; m < G_N_ELEMENTS (modes); m++)
    {
      g_autoptr(GError) error = NULL;
      AzqfStore *store = azqf_store_open (path, modes[m], &error);

      note_result (store != NULL, error, &failures);
      if (store == NULL)
        continue;

      {
        g_autoptr(GError) list_error = NULL;
        g_autoptr(GPtrArray) standards = azqf_store_list_standards (store, NULL, &list_error);

        note_result (standards != NULL, list_error, &failures);
      }
      {
        g_autoptr(GError) count_error = NULL;

        azqf_store_count_standards (store, NULL, &count_error);
        note_result (count_error == NULL, count_error, &failures);
      }
      for (guint i = 0; i < G_N_ELEMENTS (codes); i++)
        {
          g_autoptr(GError) load_error = NULL;
          g_autoptr(AzqfStandard) standard = azqf_store_load_standard (store, codes[i], &load_error);

          note_result (standard != NULL, load_error, &failures);
        }
      for (guint i = 0; i < G_N_ELEMENTS (queries); i++)
        {
          g_autoptr(GError) search_error = NULL;
          g_autoptr(GPtrArray) hits = azqf_store_search (store, queries[i], 0, &search_error);

          note_result (hits != NULL, search_error, &failures);
        }

      g_assert_finalize_object (store);
    }

  return failures;
}

static void
assert_damage_noticed (const char *path)
{
  g_autofree char *lock = _azqf_store_lock_path (path);
  g_autofree char *before = file_checksum (path);
  g_autofree char *after = NULL;
  guint failures = read_damaged (path);

  g_test_message ("%u operations failed", failures);
  g_assert_cmpuint (failures, >, 0);
  after = file_checksum (path);
  g_assert_cmpstr (after, ==, before);

  /* A read-only SQLite connection leaves the -wal and -shm of a workspace
   * (this one has a good header); the lock must be gone. */
  g_assert_false (g_file_test (lock, G_FILE_TEST_EXISTS));
}

static void
test_corrupt_garbage (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *contents = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (20251123);
  gsize length = 0;

  make_sample_file (f->path);
  g_file_get_contents (f->path, &contents, &length, NULL);
  g_assert_cmpuint (length, >, 8 * 4096);

  /* Keep page 1 (the header and the schema), scramble the middle. */
  for (gsize i = 4096; i < length - 4096; i++)
    contents[i] = (char) g_rand_int_range (rand, 0, 256);
  write_file (f->path, contents, length);

  assert_damage_noticed (f->path);
}

static void
test_corrupt_truncated (Fixture       *f,
                        gconstpointer  data)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  make_sample_file (f->path);
  g_file_get_contents (f->path, &contents, &length, NULL);
  write_file (f->path, contents, length / 2);

  assert_damage_noticed (f->path);
}

static void
test_corrupt_header (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  make_sample_file (f->path);
  g_file_get_contents (f->path, &contents, &length, NULL);
  memcpy (contents, "AzQF damaged hdr", 16);
  write_file (f->path, contents, length);

  assert_refused (f->path, AZQF_STORE_ERROR_NOT_WORKSPACE);
}

/* Text the register cannot carry, put into the file by another program. */
static void
test_corrupt_text (Fixture       *f,
                   gconstpointer  data)
{
  static const char *edits[] = {
    "UPDATE standards SET title_az = 'Mühasib' || char (1) WHERE code = '" SAMPLE_PS "'",
    "UPDATE standards SET summary_en = CAST (X'4162FF' AS TEXT) WHERE code = '" SAMPLE_PS "'",
    "UPDATE units SET title_az = 'Vahid' || char (2)"
    "  WHERE code = 'U1' AND standard_id = (SELECT id FROM standards WHERE code = '" SAMPLE_PS "')",
    "UPDATE outcomes SET text_en = 'Bad' || char (27)"
    "  WHERE code = 'U1.K1' AND standard_id = (SELECT id FROM standards WHERE code = '" SAMPLE_PS "')",
    "UPDATE outcome_links SET comment = 'Şərh' || char (1) WHERE outcome_id IN"
    "  (SELECT id FROM outcomes WHERE standard_id = (SELECT id FROM standards WHERE code = '" SAMPLE_PS "'))",
    "UPDATE criteria SET text_az = 'Meyar' || char (1) WHERE outcome_id IN"
    "  (SELECT id FROM outcomes WHERE code = 'U1.K1'"
    "     AND standard_id = (SELECT id FROM standards WHERE code = '" SAMPLE_PS "'))",
  };

  make_sample_file (f->path);

  /* A link with a comment, for the last column with free text. */
  {
    AzqfStore *store = open_store (f->path, AZQF_STORE_OPEN_DEFAULT);
    AzqfStandard *standard = load (store, SAMPLE_PS);
    g_autoptr(GError) error = NULL;
    g_autoptr(AzqfLink) link = azqf_link_new ("azqf:L6.K.1", AZQF_LINK_PARTIAL, AZQF_LINK_SOURCE_AUTHOR,
                                              AZQF_LINK_STATE_PENDING, &error);
    gboolean ok;

    g_assert_no_error (error);
    azqf_link_set_comment (link, "Şərh");
    ok = azqf_outcome_add_link (azqf_standard_find_outcome (standard, "U1.K1", NULL), link, &error);
    g_assert_no_error (error);
    g_assert_true (ok);
    save (store, standard);
    g_assert_finalize_object (standard);
    g_assert_finalize_object (store);
  }

  for (guint i = 0; i < G_N_ELEMENTS (edits); i++)
    {
      AzqfStore *store = open_store (f->path, AZQF_STORE_OPEN_DEFAULT);
      g_autoptr(GError) error = NULL;
      g_autoptr(AzqfStandard) standard = NULL;

      g_test_message ("%s", edits[i]);
      raw_exec (_azqf_store_get_db (store), "SAVEPOINT edit");
      raw_exec (_azqf_store_get_db (store), edits[i]);
      g_assert_cmpint (sqlite3_changes (_azqf_store_get_db (store)), ==, 1);

      standard = azqf_store_load_standard (store, SAMPLE_PS, &error);
      g_assert_error (error, AZQF_STORE_ERROR, AZQF_STORE_ERROR_CORRUPT);
      g_assert_nonnull (strstr (error->message, f->path));
      g_assert_null (standard);
      g_clear_error (&error);

      /* The others still load. */
      standard = load (store, SAMPLE_TS);
      g_clear_object (&standard);

      raw_exec (_azqf_store_get_db (store), "ROLLBACK TO edit; RELEASE edit");
      standard = load (store, SAMPLE_PS);
      g_clear_object (&standard);
      g_assert_finalize_object (store);
    }
}

/* A full disk */

static AzqfStandard *
new_big_standard (const char *code,
                  guint       n_outcomes)
{
  AzqfStandard *standard = new_standard (code, "Böyük standart", "Big standard");
  AzqfUnit *unit = add_unit (standard, "B1", "Böyük vahid");
  g_autoptr(GString) text = g_string_new (NULL);

  while (g_utf8_strlen (text->str, -1) < 3000)
    g_string_append (text, "Təhlükəsizlik qaydalarına uyğun uzun mətn yazır və yoxlayır. ");

  for (guint i = 0; i < n_outcomes; i++)
    {
      g_autofree char *outcome_code = g_strdup_printf ("B1.S%u", i + 1);
      g_autoptr(AzqfOutcome) outcome = new_outcome (outcome_code, AZQF_DOMAIN_SKILLS, text->str, text->str);

      add_outcome (standard, unit, outcome);
    }

  return standard;
}

static void
test_disk_full (Fixture       *f,
                gconstpointer  data)
{
  AzqfStore *store = create_sample_store (f->path);
  sqlite3 *db = _azqf_store_get_db (store);
  g_autoptr(AzqfStandard) big = new_big_standard ("BIG-01", 300);
  g_autoptr(AzqfStandard) ps = load (store, SAMPLE_PS);
  g_autofree char *ps_before = standard_json (ps);
  g_autofree char *ps_after = NULL;
  g_autofree char *limit = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) hits = NULL;
  gint64 pages = raw_int (db, "PRAGMA page_count");
  gboolean ok;

  limit = g_strdup_printf ("PRAGMA max_page_count = %" G_GINT64_FORMAT, pages);
  raw_exec (db, limit);

  /* Insert */
  ok = azqf_store_insert_standard (store, big, &error);
  g_assert_error (error, AZQF_STORE_ERROR, AZQF_STORE_ERROR_DISK_FULL);
  g_assert_nonnull (strstr (error->message, f->path));
  g_assert_false (ok);
  g_clear_error (&error);

  g_assert_cmpuint (count (store), ==, 3);
  assert_not_in_store (store, "BIG-01");
  hits = search (store, "boyuk");
  g_assert_cmpuint (hits->len, ==, 0);
  g_clear_pointer (&hits, g_ptr_array_unref);
  assert_consistent (store);

  /* Save */
  {
    AzqfUnit *unit = add_unit (ps, "B1", "Böyük vahid");
    g_autoptr(GPtrArray) outcomes = azqf_standard_collect_outcomes (big);
    g_autoptr(GPtrArray) copies = g_ptr_array_new_with_free_func (g_object_unref);

    for (guint i = 0; i < 100; i++)
      {
        AzqfOutcome *source = g_ptr_array_index (outcomes, i);
        g_autofree char *outcome_code = g_strdup_printf ("B1.X%u", i + 1);

        g_ptr_array_add (copies, new_outcome (outcome_code, AZQF_DOMAIN_SKILLS,
                                              azqf_outcome_get_text (source, AZQF_LANG_AZ), NULL));
        add_outcome (ps, unit, g_ptr_array_index (copies, i));
      }
  }
  ok = azqf_store_save_standard (store, ps, &error);
  g_assert_error (error, AZQF_STORE_ERROR, AZQF_STORE_ERROR_DISK_FULL);
  g_assert_false (ok);
  g_clear_error (&error);
  ps_after = load_json (store, SAMPLE_PS);
  g_assert_cmpstr (ps_after, ==, ps_before);
  assert_consistent (store);

  /* With room again, the same writes succeed. */
  raw_exec (db, "PRAGMA max_page_count = 1073741823");
  insert (store, big);
  save (store, ps);
  g_assert_cmpuint (count (store), ==, 4);
  {
    AzqfStandard *loaded = load (store, "BIG-01");

    g_assert_cmpuint (azqf_standard_count_outcomes (loaded), ==, 300);
    g_assert_finalize_object (loaded);
  }
  hits = search (store, "boyuk");
  g_assert_nonnull (find_hit (hits, "BIG-01", AZQF_SEARCH_FIELD_TITLE, NULL));
  g_assert_nonnull (find_hit (hits, SAMPLE_PS, AZQF_SEARCH_FIELD_UNIT, "B1"));
  assert_consistent (store);

  g_clear_object (&ps);
  g_assert_finalize_object (store);
}

/* Close */

static void
test_close (Fixture       *f,
            gconstpointer  data)
{
  g_autofree char *lock = _azqf_store_lock_path (f->path);
  AzqfStore *store = create_sample_store (f->path);
  g_autoptr(AzqfStandard) standard = load (store, SAMPLE_PS);
  g_autoptr(AzqfStandard) fresh = new_standard ("NEW-01", "Yeni", NULL);
  g_autoptr(AzqfOutcome) outcome = new_outcome ("U1.K9", AZQF_DOMAIN_KNOWLEDGE, "Yeni nəticə.", NULL);
  g_autoptr(GPtrArray) batch = g_ptr_array_new ();
  AzqfStore *second;
  GError *error = NULL;

  azqf_store_close (store);
  g_assert_false (g_file_test (lock, G_FILE_TEST_EXISTS));
  g_assert_null (_azqf_store_get_db (store));
  g_assert_cmpstr (azqf_store_get_path (store), ==, f->path);

  /* The lock is released: another store can write. */
  second = open_store (f->path, AZQF_STORE_OPEN_DEFAULT);
  g_assert_cmpuint (count (second), ==, 3);

  /* Everything on the closed store fails with an error, nothing crashes. */
  g_assert_null (azqf_store_list_standards (store, NULL, &error));
  g_assert_error (error, AZQF_STORE_ERROR, AZQF_STORE_ERROR_IO);
  g_clear_error (&error);
  g_assert_cmpuint (azqf_store_count_standards (store, NULL, &error), ==, 0);
  g_assert_error (error, AZQF_STORE_ERROR, AZQF_STORE_ERROR_IO);
  g_clear_error (&error);
  g_assert_null (azqf_store_load_standard (store, SAMPLE_PS, &error));
  g_assert_error (error, AZQF_STORE_ERROR, AZQF_STORE_ERROR_IO);
  g_clear_error (&error);
  g_assert_null (azqf_store_load_standard_by_uuid (store, azqf_standard_get_uuid (standard), &error));
  g_assert_error (error, AZQF_STORE_ERROR, AZQF_STORE_ERROR_IO);
  g_clear_error (&error);
  g_assert_false (azqf_store_insert_standard (store, fresh, &error));
  g_assert_error (error, AZQF_STORE_ERROR, AZQF_STORE_ERROR_IO);
  g_clear_error (&error);
  g_ptr_array_add (batch, fresh);
  g_assert_false (azqf_store_insert_standards (store, batch, &error));
  g_assert_error (error, AZQF_STORE_ERROR, AZQF_STORE_ERROR_IO);
  g_clear_error (&error);
  g_assert_false (azqf_store_save_standard (store, standard, &error));
  g_assert_error (error, AZQF_STORE_ERROR, AZQF_STORE_ERROR_IO);
  g_clear_error (&error);
  g_assert_false (azqf_store_delete_standard (store, azqf_standard_get_uuid (standard), &error));
  g_assert_error (error, AZQF_STORE_ERROR, AZQF_STORE_ERROR_IO);
  g_clear_error (&error);
  g_assert_false (azqf_store_add_outcome (store, standard, azqf_standard_find_unit (standard, "U1"),
                                          outcome, &error));
  g_assert_error (error, AZQF_STORE_ERROR, AZQF_STORE_ERROR_IO);
  g_clear_error (&error);
  g_assert_null (azqf_standard_find_outcome (standard, "U1.K9", NULL));
  g_assert_null (azqf_store_search (store, "tehlil", 0, &error));
  g_assert_error (error, AZQF_STORE_ERROR, AZQF_STORE_ERROR_IO);
  g_clear_error (&error);
  g_assert_false (azqf_sample_populate (store, &error));
  g_assert_error (error, AZQF_STORE_ERROR, AZQF_STORE_ERROR_IO);
  g_clear_error (&error);

  /* Closing twice is harmless; the second store is untouched by it. */
  azqf_store_close (store);
  g_assert_finalize_object (store);
  g_assert_true (g_file_test (lock, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpuint (count (second), ==, 3);
  g_assert_finalize_object (second);
  assert_nothing_beside (f->path);
}

/* Counts the POSIX locks this process holds on the file at path (Linux /proc/locks). */
static int
count_own_locks (const char *path)
{
  g_autofree char *contents = NULL;
  g_autofree char *needle = NULL;
  g_auto(GStrv) lines = NULL;
  GStatBuf buf;
  int count = 0;

  if (!g_file_get_contents ("/proc/locks", &contents, NULL, NULL) || g_stat (path, &buf) != 0)
    return -1;

  needle = g_strdup_printf (" %d %02x:%02x:%" G_GUINT64_FORMAT " ", (int) getpid (),
                            major (buf.st_dev), minor (buf.st_dev), (guint64) buf.st_ino);
  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    if (strstr (lines[i], "POSIX") != NULL && strstr (lines[i], needle) != NULL)
      count++;

  return count;
}

/* A WAL connection holds a shared POSIX lock on the database file while it
 * is open. Opening the same workspace again in this process must not close a
 * descriptor of that file, since close() drops every POSIX lock the process
 * holds on it: another process could then take the file from under us. */
static void
test_same_process_keeps_locks (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(AzqfStore) writer = create_sample_store (f->path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) listed = NULL;
  int before;

  listed = azqf_store_list_standards (writer, NULL, &error);
  g_assert_no_error (error);
  before = count_own_locks (f->path);
  if (before < 0)
    {
      g_test_skip ("/proc/locks is not available");
      return;
    }
  g_assert_cmpint (before, >, 0);

  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(AzqfStore) reader = azqf_store_open (f->path, AZQF_STORE_OPEN_READ_ONLY, &error);

      g_assert_no_error (error);
      g_assert_nonnull (reader);
      g_assert_cmpint (count_own_locks (f->path), >=, before);
      azqf_store_close (reader);
      g_assert_cmpint (count_own_locks (f->path), ==, before);
    }

  /* A second writer is refused by the lock file, without touching the database. */
  {
    g_autoptr(AzqfStore) second = azqf_store_open (f->path, AZQF_STORE_OPEN_DEFAULT, &error);

    g_assert_error (error, AZQF_STORE_ERROR, AZQF_STORE_ERROR_LOCKED);
    g_assert_null (second);
    g_clear_error (&error);
    g_assert_cmpint (count_own_locks (f->path), ==, before);
  }
}

/* Times outside what the register format can carry (years 1–9999), as a
 * damaged or hand-edited file may hold, are a clear error, not a critical. */
static void
test_damaged_times (Fixture       *f,
                    gconstpointer  data)
{
  const char * const updates[] = {
    "UPDATE standards SET created = 999999999999999 WHERE code = 'PS-2411-01'",
    "UPDATE standards SET modified = -99999999999999 WHERE code = 'PS-2411-01'",
    "UPDATE standards SET created = 'yesterday' WHERE code = 'PS-2411-01'",
  };

  for (guint i = 0; i < G_N_ELEMENTS (updates); i++)
    {
      g_autoptr(AzqfStore) store = NULL;
      g_autoptr(AzqfStandard) standard = NULL;
      g_autoptr(GPtrArray) listed = NULL;
      g_autoptr(GError) error = NULL;
      sqlite3 *db;

      g_remove (f->path);
      make_sample_file (f->path);
      db = raw_open (f->path, SQLITE_OPEN_READWRITE);
      raw_exec (db, updates[i]);
      raw_close (db);

      store = azqf_store_open (f->path, AZQF_STORE_OPEN_READ_ONLY, &error);
      g_assert_no_error (error);

      standard = azqf_store_load_standard (store, "PS-2411-01", &error);
      g_assert_error (error, AZQF_STORE_ERROR, AZQF_STORE_ERROR_CORRUPT);
      g_assert_null (standard);
      g_assert_nonnull (strstr (error->message, "PS-2411-01"));
      g_clear_error (&error);

      listed = azqf_store_list_standards (store, NULL, &error);
      g_assert_error (error, AZQF_STORE_ERROR, AZQF_STORE_ERROR_CORRUPT);
      g_assert_null (listed);
      g_clear_error (&error);

      /* The other standards still load. */
      g_clear_object (&standard);
      standard = azqf_store_load_standard (store, "KS-5120-04-01", &error);
      g_assert_no_error (error);
      g_assert_nonnull (standard);
    }
}

/* JSON numbers that must be whole are refused when they are not. */
static void
test_json_whole_numbers (Fixture       *f,
                         gconstpointer  data)
{
  const char * const documents[] = {
    "{\"standards\": [{\"code\": \"X-1\", \"kind\": \"occupational\", \"version\": 2.5}]}",
    "{\"standards\": [{\"code\": \"X-1\", \"kind\": \"occupational\", \"azqf_level\": 6.5}]}",
  };

  for (guint i = 0; i < G_N_ELEMENTS (documents); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) standards = azqf_json_load_standards (documents[i], -1, &error);

      g_assert_error (error, AZQF_JSON_ERROR, AZQF_JSON_ERROR_INVALID);
      g_assert_null (standards);
    }
}

int
main (int    argc,
      char **argv)
{
  azqf_locale_init_test ();
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/azqf/store/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("create", test_create);
  ADD ("create/exists", test_create_exists);
  ADD ("create/missing-folder", test_create_missing_folder);
  ADD ("sample", test_sample);
  ADD ("same-process/keeps-locks", test_same_process_keeps_locks);
  ADD ("damaged/times", test_damaged_times);
  ADD ("json/whole-numbers", test_json_whole_numbers);
  ADD ("load/snapshot", test_load_snapshot);
  ADD ("save", test_save);
  ADD ("save/duplicate-code", test_save_duplicate_code);
  ADD ("insert/duplicate", test_insert_duplicate);
  ADD ("insert/all-or-nothing", test_insert_all_or_nothing);
  ADD ("put", test_put_standards);
  ADD ("put/all-or-nothing", test_put_standards_all_or_nothing);
  ADD ("delete", test_delete);
  ADD ("add-outcome", test_add_outcome);
  ADD ("add-outcome/duplicate", test_add_outcome_duplicate);
  ADD ("control-character", test_control_character);
  ADD ("too-long", test_too_long);
  ADD ("notify", test_notify);
  ADD ("list/filter", test_list_filter);
  ADD ("list/az-order", test_list_az_order);
  ADD ("list/en-order", test_list_en_order);
  ADD ("search/folding", test_search_folding);
  ADD ("search/title-first", test_search_title_first);
  ADD ("search/prefix", test_search_prefix);
  ADD ("search/syntax", test_search_syntax);
  ADD ("search/empty", test_search_empty);
  ADD ("search/follows-writes", test_search_follows_writes);
  ADD ("migrate/v1-file", test_migrate_v1_file);
  ADD ("migrate", test_migrate);
  ADD ("migrate/read-only", test_migrate_read_only);
  ADD ("migrate/v2", test_migrate_v2);
  ADD ("migrate/v2-failure", test_migrate_v2_failure);
  ADD ("migrate/failure", test_migrate_failure);
  ADD ("bad/text-file", test_bad_text_file);
  ADD ("bad/empty-file", test_bad_empty_file);
  ADD ("bad/foreign-database", test_bad_foreign_database);
  ADD ("bad/other-application", test_bad_other_application);
  ADD ("bad/foreign-wal", test_bad_foreign_wal);
  ADD ("bad/newer-schema", test_bad_newer_schema);
  ADD ("bad/directory", test_bad_directory);
  ADD ("bad/missing", test_bad_missing);
  ADD ("read-only/store", test_read_only_store);
  ADD ("read-only/file-write", test_read_only_file_write);
  ADD ("read-only/file-read", test_read_only_file_read);
  ADD ("read-only/folder", test_read_only_folder);
  ADD ("locked", test_locked);
  ADD ("locked/stale", test_stale_lock);
  ADD ("corrupt/garbage", test_corrupt_garbage);
  ADD ("corrupt/truncated", test_corrupt_truncated);
  ADD ("corrupt/header", test_corrupt_header);
  ADD ("corrupt/text", test_corrupt_text);
  ADD ("disk-full", test_disk_full);
  ADD ("close", test_close);

#undef ADD

  return g_test_run ();
}
