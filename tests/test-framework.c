/* test-framework.c: the framework descriptors (model/azqf-framework.c)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The expected texts below are copied from shared/reference/ (the files the
 * bundled data was copied from), so a change to a bundled statement fails
 * here. Import cases run on a fresh workspace in a temporary folder.
 */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "model/azqf-framework.h"
#include "model/azqf-framework-private.h"
#include "model/azqf-locale.h"
#include "model/azqf-store.h"
#include "model/azqf-store-private.h"

/* shared/reference/eqf-descriptors.md, `EQF6.K.1` */
#define EQF6_K1 "Advanced knowledge of a field of work or study, involving a critical understanding of theories and principles"
/* shared/reference/eqf-descriptors.md, `EQF6.RA.2` */
#define EQF6_RA2 "take responsibility for managing professional development of individuals and groups"
/* shared/reference/qf-ehea-dublin-descriptors.md, `FC.4` */
#define FC4 "can communicate information, ideas, problems and solutions to both specialists and non-specialist audiences"
/* shared/reference/qf-ehea-dublin-descriptors.md, `TC.4` (cut off in source) */
#define TC4 "are capable of critical analysis, evaluation and"
/* shared/reference/azqf-descriptors.md, `L1.S.2` */
#define L1_S2 "təcrübədə elementar riyazi biliklərdən istifadə edir, sadə hesablamalar aparır və kompüterdən istifadə edir"
/* shared/reference/azqf-descriptors.md, `L1.A.5` (cut off in source) */
#define L1_A5 "öz sağlamlığının qorunm"

#define WORKING_SOURCE "AzQF Studio working translation"

typedef struct
{
  char      *dir;
  char      *path;    /* dir/work.azqf, created */
  AzqfStore *store;
} Fixture;

/* Fixture */

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("azqf-test-framework-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "work.azqf", NULL);
  f->store = azqf_store_create (f->path, &error);
  g_assert_no_error (error);
}

static void
remove_tree (const char *path)
{
  if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
    {
      g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
      const char *name;

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
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  if (f->store != NULL)
    g_assert_finalize_object (f->store);
  remove_tree (f->dir);
  g_clear_pointer (&f->path, g_free);
  g_clear_pointer (&f->dir, g_free);
}

/* Helpers */

static AzqfFrameworks *
builtin (void)
{
  g_autoptr(GError) error = NULL;
  AzqfFrameworks *frameworks = azqf_frameworks_new_builtin (&error);

  g_assert_no_error (error);
  g_assert_nonnull (frameworks);
  return frameworks;
}

static AzqfFrameworks *
load (AzqfStore *store)
{
  g_autoptr(GError) error = NULL;
  AzqfFrameworks *frameworks = azqf_frameworks_load (store, &error);

  g_assert_no_error (error);
  g_assert_nonnull (frameworks);
  return frameworks;
}

static AzqfDescriptor *
lookup (AzqfFrameworks *frameworks,
        const char     *id)
{
  AzqfDescriptor *descriptor = azqf_frameworks_lookup (frameworks, id);

  g_assert_nonnull (descriptor);
  g_assert_cmpstr (azqf_descriptor_get_id (descriptor), ==, id);
  return descriptor;
}

static guint
n_descriptors (AzqfFrameworks *frameworks,
               const char     *framework,
               guint           level,
               gboolean        all)
{
  g_autoptr(GPtrArray) descriptors = all
    ? azqf_frameworks_get_all_descriptors (frameworks, framework, level)
    : azqf_frameworks_get_descriptors (frameworks, framework, level);

  return descriptors->len;
}

static char *
write_file (Fixture    *f,
            const char *name,
            const char *contents,
            gssize      length)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (f->dir, name, NULL);

  g_file_set_contents (path, contents, length, &error);
  g_assert_no_error (error);
  return path;
}

/* One working az statement, source "test". */
static char *
statement (const char *id,
           const char *domain,
           const char *text_az)
{
  return g_strdup_printf ("{\"id\": \"%s\", \"domain\": \"%s\","
                          " \"text\": {\"az\": \"%s\"},"
                          " \"provenance\": {\"az\": \"working\"},"
                          " \"source\": \"test\"}",
                          id, domain, text_az);
}

/* A framework file with one level holding statements (a JSON array's
 * contents). */
static char *
framework_file (const char *framework,
                guint       level,
                const char *status,
                const char *statements)
{
  return g_strdup_printf ("{\"format\": 1, \"framework\": \"%s\", \"levels\": ["
                          "{\"level\": %u, \"status\": \"%s\", \"note\": \"test note\","
                          " \"statements\": [%s]}]}",
                          framework, level, status, statements);
}

/* The test's AzQF level 6: three working statements. */
static char *
good_l6_file (void)
{
  g_autofree char *k = statement ("azqf:L6.K.1", "knowledge", "sınaq bilik mətni");
  g_autofree char *s = statement ("azqf:L6.S.1", "skills", "sınaq bacarıq mətni");
  g_autofree char *a = statement ("azqf:L6.A.1", "autonomy_responsibility", "sınaq məsuliyyət mətni");
  g_autofree char *statements = g_strjoin (", ", a, k, s, NULL);

  return framework_file ("azqf", 6, "incomplete", statements);
}

static guint
import (Fixture    *f,
        const char *name,
        const char *contents)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = write_file (f, name, contents, -1);
  guint n = 0;
  gboolean ok = azqf_frameworks_import_file (f->store, path, &n, &error);

  g_assert_no_error (error);
  g_assert_true (ok);
  return n;
}

static guint
count_rows (AzqfStore  *store,
            const char *table)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s", table);
  sqlite3_stmt *stmt = NULL;
  guint n;

  g_assert_cmpint (sqlite3_prepare_v2 (_azqf_store_get_db (store), sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  n = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  return n;
}

/* Everything the workspace holds about frameworks, as text. */
static char *
stored_rows (AzqfStore *store)
{
  sqlite3 *db = _azqf_store_get_db (store);
  g_autoptr(GString) out = g_string_new (NULL);
  static const char * const queries[] = {
    "SELECT * FROM framework_levels ORDER BY framework, level",
    "SELECT * FROM framework_statements ORDER BY id",
  };

  for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
    {
      sqlite3_stmt *stmt = NULL;

      g_assert_cmpint (sqlite3_prepare_v2 (db, queries[q], -1, &stmt, NULL), ==, SQLITE_OK);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          for (int i = 0; i < sqlite3_column_count (stmt); i++)
            {
              const char *text = (const char *) sqlite3_column_text (stmt, i);

              g_string_append_printf (out, "%s|", text != NULL ? text : "NULL");
            }
          g_string_append_c (out, '\n');
        }
      sqlite3_finalize (stmt);
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* Bundled data */

static void
test_builtin_loads (void)
{
  g_autoptr(AzqfFrameworks) frameworks = builtin ();
  const char * const *ids = azqf_frameworks_get_ids (frameworks);
  /* Statements per level 1–8 (all, then complete), from the reference files. */
  static const struct
  {
    const char *framework;
    guint       all[9];
    guint       complete[9];
  } expected[] = {
    { "azqf",   { 0, 11, 0, 0, 0, 0, 0, 0, 0 }, { 0, 10, 0, 0, 0, 0, 0, 0, 0 } },
    { "eqf",    { 0, 3, 3, 4, 4, 4, 4, 5, 3 },  { 0, 3, 3, 4, 4, 4, 4, 5, 3 } },
    { "qfehea", { 0, 0, 0, 0, 0, 0, 5, 5, 4 },  { 0, 0, 0, 0, 0, 0, 5, 5, 3 } },
  };

  g_assert_cmpuint (g_strv_length ((char **) ids), ==, 3);
  g_assert_cmpstr (ids[0], ==, "azqf");
  g_assert_cmpstr (ids[1], ==, "eqf");
  g_assert_cmpstr (ids[2], ==, "qfehea");

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_assert_nonnull (azqf_frameworks_get_name (frameworks, expected[i].framework, AZQF_LANG_AZ));
      g_assert_nonnull (azqf_frameworks_get_name (frameworks, expected[i].framework, AZQF_LANG_EN));
      g_assert_nonnull (azqf_frameworks_get_source (frameworks, expected[i].framework));

      for (guint level = 1; level <= 8; level++)
        {
          g_assert_cmpuint (n_descriptors (frameworks, expected[i].framework, level, TRUE), ==,
                            expected[i].all[level]);
          g_assert_cmpuint (n_descriptors (frameworks, expected[i].framework, level, FALSE), ==,
                            expected[i].complete[level]);
        }
    }

  g_assert_cmpstr (azqf_frameworks_get_name (frameworks, "azqf", AZQF_LANG_AZ), ==,
                   "Azərbaycan Respublikasının ömürboyu təhsil üzrə Milli Kvalifikasiyalar Çərçivəsi");
  g_assert_null (azqf_frameworks_get_name (frameworks, "nqf", AZQF_LANG_AZ));
  g_assert_cmpuint (n_descriptors (frameworks, "nqf", 1, TRUE), ==, 0);
  g_assert_cmpuint (n_descriptors (frameworks, "eqf", 0, TRUE), ==, 0);
  g_assert_cmpuint (n_descriptors (frameworks, "eqf", 9, TRUE), ==, 0);
  g_assert_null (azqf_frameworks_lookup (frameworks, "eqf:L9.K.1"));
  g_assert_null (azqf_frameworks_lookup (frameworks, "EQF6.K.1"));
}

static void
test_builtin_texts (void)
{
  g_autoptr(AzqfFrameworks) frameworks = builtin ();
  AzqfDescriptor *d;

  d = lookup (frameworks, "eqf:L6.K.1");
  g_assert_cmpstr (azqf_descriptor_get_framework (d), ==, "eqf");
  g_assert_cmpuint (azqf_descriptor_get_level (d), ==, 6);
  g_assert_cmpint (azqf_descriptor_get_domain (d), ==, AZQF_DOMAIN_KNOWLEDGE);
  g_assert_cmpstr (azqf_descriptor_get_text (d, AZQF_LANG_EN), ==, EQF6_K1);
  g_assert_null (azqf_descriptor_get_text (d, AZQF_LANG_AZ));
  g_assert_cmpint (azqf_descriptor_get_provenance (d, AZQF_LANG_EN), ==, AZQF_PROVENANCE_OFFICIAL);
  g_assert_nonnull (strstr (azqf_descriptor_get_source (d), "2017/C 189/03"));
  g_assert_true (azqf_descriptor_is_complete (d));
  g_assert_cmpint (azqf_descriptor_get_imported (d), ==, 0);

  /* EQF's "RA" statements are the autonomy_responsibility domain, "A" in ids. */
  d = lookup (frameworks, "eqf:L6.A.2");
  g_assert_cmpint (azqf_descriptor_get_domain (d), ==, AZQF_DOMAIN_AUTONOMY_RESPONSIBILITY);
  g_assert_cmpstr (azqf_descriptor_get_text (d, AZQF_LANG_EN), ==, EQF6_RA2);

  d = lookup (frameworks, "qfehea:FC.4");
  g_assert_cmpuint (azqf_descriptor_get_level (d), ==, 6);
  g_assert_cmpint (azqf_descriptor_get_domain (d), ==, AZQF_DOMAIN_SKILLS);
  g_assert_cmpstr (azqf_descriptor_get_text (d, AZQF_LANG_EN), ==, FC4);
  g_assert_nonnull (strstr (azqf_descriptor_get_note (d), "specialists"));

  d = lookup (frameworks, "qfehea:TC.4");
  g_assert_cmpuint (azqf_descriptor_get_level (d), ==, 8);
  g_assert_cmpstr (azqf_descriptor_get_text (d, AZQF_LANG_EN), ==, TC4);
  g_assert_false (azqf_descriptor_is_complete (d));

  d = lookup (frameworks, "azqf:L1.S.2");
  g_assert_cmpstr (azqf_descriptor_get_text (d, AZQF_LANG_AZ), ==, L1_S2);
  g_assert_cmpint (azqf_descriptor_get_provenance (d, AZQF_LANG_AZ), ==, AZQF_PROVENANCE_OFFICIAL);
  g_assert_nonnull (strstr (azqf_descriptor_get_text_source (d, AZQF_LANG_AZ), "311"));
  /* The English text is ours, and says so. */
  g_assert_nonnull (azqf_descriptor_get_text (d, AZQF_LANG_EN));
  g_assert_cmpint (azqf_descriptor_get_provenance (d, AZQF_LANG_EN), ==, AZQF_PROVENANCE_WORKING);
  g_assert_cmpstr (azqf_descriptor_get_text_source (d, AZQF_LANG_EN), ==, WORKING_SOURCE);
  /* The statement's source is the official one. */
  g_assert_cmpstr (azqf_descriptor_get_source (d), ==, azqf_descriptor_get_text_source (d, AZQF_LANG_AZ));

  d = lookup (frameworks, "azqf:L1.A.5");
  g_assert_cmpstr (azqf_descriptor_get_text (d, AZQF_LANG_AZ), ==, L1_A5);
  g_assert_false (azqf_descriptor_is_complete (d));
  /* A fragment is not translated. */
  g_assert_null (azqf_descriptor_get_text (d, AZQF_LANG_EN));
}

/* The bundled data never claims more than the reference files hold. */
static void
test_builtin_provenance (void)
{
  g_autoptr(AzqfFrameworks) frameworks = builtin ();
  g_autoptr(GHashTable) ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  const char * const *framework_ids = azqf_frameworks_get_ids (frameworks);
  guint n_official = 0;
  guint n_working = 0;

  for (guint i = 0; framework_ids[i] != NULL; i++)
    for (guint level = 1; level <= 8; level++)
      {
        g_autoptr(GPtrArray) descriptors = azqf_frameworks_get_all_descriptors (frameworks, framework_ids[i], level);
        g_autofree char *prefix = g_strconcat (framework_ids[i], ":", NULL);

        for (guint j = 0; j < descriptors->len; j++)
          {
            AzqfDescriptor *d = g_ptr_array_index (descriptors, j);
            const char *id = azqf_descriptor_get_id (d);

            /* Ids are unique, prefixed with their framework, and found. */
            g_assert_true (g_str_has_prefix (id, prefix));
            g_assert_false (g_hash_table_contains (ids, id));
            g_hash_table_add (ids, g_strdup (id));
            g_assert_true (azqf_frameworks_lookup (frameworks, id) == d);
            g_assert_cmpstr (azqf_descriptor_get_framework (d), ==, framework_ids[i]);
            g_assert_cmpuint (azqf_descriptor_get_level (d), ==, level);
            g_assert_nonnull (azqf_descriptor_get_heading (d));

            for (AzqfLang lang = AZQF_LANG_AZ; lang <= AZQF_LANG_EN; lang++)
              {
                const char *text = azqf_descriptor_get_text (d, lang);
                const char *source = azqf_descriptor_get_text_source (d, lang);

                if (text == NULL)
                  {
                    g_assert_null (source);
                    continue;
                  }

                g_assert_cmpuint (strlen (text), >, 0);
                g_assert_nonnull (source);
                g_assert_cmpuint (strlen (source), >, 0);

                if (azqf_descriptor_get_provenance (d, lang) == AZQF_PROVENANCE_OFFICIAL)
                  {
                    n_official++;
                    g_assert_cmpstr (source, !=, WORKING_SOURCE);
                  }
                else
                  {
                    /* Our only working texts: English translations of AzQF level 1. */
                    n_working++;
                    g_assert_cmpstr (source, ==, WORKING_SOURCE);
                    g_assert_cmpstr (framework_ids[i], ==, "azqf");
                    g_assert_cmpuint (level, ==, 1);
                    g_assert_cmpint (lang, ==, AZQF_LANG_EN);
                    g_assert_cmpint (azqf_descriptor_get_provenance (d, AZQF_LANG_AZ), ==, AZQF_PROVENANCE_OFFICIAL);
                  }
              }

            /* No Azerbaijani EQF or QF-EHEA text was found. */
            if (strcmp (framework_ids[i], "azqf") != 0)
              g_assert_null (azqf_descriptor_get_text (d, AZQF_LANG_AZ));
            else
              g_assert_nonnull (azqf_descriptor_get_text (d, AZQF_LANG_AZ));
          }
      }

  g_assert_cmpuint (g_hash_table_size (ids), ==, 11 + 30 + 14);
  /* 11 AzQF az + 30 EQF en + 14 QF-EHEA en official; 10 AzQF en working. */
  g_assert_cmpuint (n_official, ==, 55);
  g_assert_cmpuint (n_working, ==, 10);
}

static void
test_builtin_levels (void)
{
  g_autoptr(AzqfFrameworks) frameworks = builtin ();
  AzqfLevelStatus status;
  const char *note;

  g_assert_true (azqf_frameworks_has_level (frameworks, "azqf", 1));
  g_assert_true (azqf_frameworks_get_level_status (frameworks, "azqf", 1, &status));
  g_assert_cmpint (status, ==, AZQF_LEVEL_STATUS_INCOMPLETE);
  g_assert_nonnull (strstr (azqf_frameworks_get_level_note (frameworks, "azqf", 1), "cut off in source"));

  for (guint level = 2; level <= 8; level++)
    {
      g_assert_false (azqf_frameworks_has_level (frameworks, "azqf", level));
      g_assert_true (azqf_frameworks_get_level_status (frameworks, "azqf", level, &status));
      g_assert_cmpint (status, ==, AZQF_LEVEL_STATUS_MISSING);
      note = azqf_frameworks_get_level_note (frameworks, "azqf", level);
      g_assert_nonnull (note);
      g_assert_nonnull (strstr (note, "NOT FOUND"));
      g_assert_nonnull (strstr (note, "SOURCES.md"));
    }

  for (guint level = 1; level <= 8; level++)
    {
      g_assert_true (azqf_frameworks_has_level (frameworks, "eqf", level));
      g_assert_true (azqf_frameworks_get_level_status (frameworks, "eqf", level, &status));
      g_assert_cmpint (status, ==, AZQF_LEVEL_STATUS_COMPLETE);
      g_assert_null (azqf_frameworks_get_level_note (frameworks, "eqf", level));
    }
  g_assert_nonnull (strstr (azqf_frameworks_get_note (frameworks, "eqf"), "none found"));

  /* QF-EHEA: cycles are levels 5–8 only. */
  for (guint level = 1; level <= 4; level++)
    {
      g_assert_false (azqf_frameworks_has_level (frameworks, "qfehea", level));
      g_assert_false (azqf_frameworks_get_level_status (frameworks, "qfehea", level, &status));
      g_assert_null (azqf_frameworks_get_level_note (frameworks, "qfehea", level));
    }
  g_assert_false (azqf_frameworks_has_level (frameworks, "qfehea", 5));
  g_assert_true (azqf_frameworks_get_level_status (frameworks, "qfehea", 5, &status));
  g_assert_cmpint (status, ==, AZQF_LEVEL_STATUS_MISSING);
  g_assert_nonnull (strstr (azqf_frameworks_get_level_note (frameworks, "qfehea", 5), "NOT FOUND"));
  g_assert_true (azqf_frameworks_has_level (frameworks, "qfehea", 6));
  g_assert_true (azqf_frameworks_has_level (frameworks, "qfehea", 7));
  g_assert_true (azqf_frameworks_has_level (frameworks, "qfehea", 8));
  g_assert_true (azqf_frameworks_get_level_status (frameworks, "qfehea", 8, &status));
  g_assert_cmpint (status, ==, AZQF_LEVEL_STATUS_INCOMPLETE);
  note = azqf_frameworks_get_level_note (frameworks, "qfehea", 8);
  g_assert_nonnull (strstr (note, "TC.5"));
  g_assert_nonnull (strstr (note, "TC.6"));
  /* NOT FOUND statements are not statements. */
  g_assert_null (azqf_frameworks_lookup (frameworks, "qfehea:TC.5"));
  g_assert_null (azqf_frameworks_lookup (frameworks, "qfehea:TC.6"));
}

static void
test_builtin_incomplete (void)
{
  g_autoptr(AzqfFrameworks) frameworks = builtin ();
  g_autoptr(GPtrArray) complete = azqf_frameworks_get_descriptors (frameworks, "qfehea", 8);
  g_autoptr(GPtrArray) all = azqf_frameworks_get_all_descriptors (frameworks, "qfehea", 8);
  AzqfDescriptor *tc4 = lookup (frameworks, "qfehea:TC.4");
  AzqfDescriptor *a5 = lookup (frameworks, "azqf:L1.A.5");

  g_assert_false (g_ptr_array_find (complete, tc4, NULL));
  g_assert_true (g_ptr_array_find (all, tc4, NULL));
  for (guint i = 0; i < complete->len; i++)
    g_assert_true (azqf_descriptor_is_complete (g_ptr_array_index (complete, i)));

  g_clear_pointer (&complete, g_ptr_array_unref);
  g_clear_pointer (&all, g_ptr_array_unref);
  complete = azqf_frameworks_get_descriptors (frameworks, "azqf", 1);
  all = azqf_frameworks_get_all_descriptors (frameworks, "azqf", 1);
  g_assert_false (g_ptr_array_find (complete, a5, NULL));
  g_assert_true (g_ptr_array_find (all, a5, NULL));

  /* In their order: the domains in turn, as in the source. */
  g_assert_cmpstr (azqf_descriptor_get_id (g_ptr_array_index (all, 0)), ==, "azqf:L1.K.1");
  g_assert_cmpstr (azqf_descriptor_get_id (g_ptr_array_index (all, 2)), ==, "azqf:L1.S.1");
  g_assert_cmpstr (azqf_descriptor_get_id (g_ptr_array_index (all, 10)), ==, "azqf:L1.A.5");
}

static void
test_builtin_headings (void)
{
  g_autoptr(AzqfFrameworks) frameworks = builtin ();

  g_assert_cmpstr (azqf_descriptor_get_heading (lookup (frameworks, "eqf:L6.A.1")), ==,
                   "Responsibility and autonomy");
  g_assert_cmpstr (azqf_descriptor_get_heading (lookup (frameworks, "qfehea:FC.1")), ==,
                   "Knowledge and understanding");
  g_assert_cmpstr (azqf_descriptor_get_heading (lookup (frameworks, "qfehea:FC.3")), ==,
                   "Making judgements");
  g_assert_cmpint (azqf_descriptor_get_domain (lookup (frameworks, "qfehea:FC.5")), ==,
                   AZQF_DOMAIN_AUTONOMY_RESPONSIBILITY);
  g_assert_cmpstr (azqf_descriptor_get_heading (lookup (frameworks, "qfehea:TC.2")), ==,
                   "Element not verified");
  /* AzQF: the domain's label, the decree's column name in Azerbaijani. */
  g_assert_cmpstr (azqf_descriptor_get_heading (lookup (frameworks, "azqf:L1.A.1")), ==,
                   azqf_domain_get_label (AZQF_DOMAIN_AUTONOMY_RESPONSIBILITY));
}

/* The parser refuses each bundled file under another framework's id. */
static void
test_builtin_parse_files (void)
{
  static const char * const names[] = { "azqf", "eqf", "qfehea" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *resource = g_strdup_printf ("/io/github/azqf/Studio/model/frameworks/%s.json", names[i]);
      g_autoptr(GBytes) bytes = g_resources_lookup_data (resource, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
      g_autoptr(AzqfFrameworkFile) file = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *renamed = NULL;
      g_autofree char *from = g_strdup_printf ("\"framework\": \"%s\"", names[i]);
      g_autofree char *to = g_strdup_printf ("\"framework\": \"%s\"", names[(i + 1) % 3]);
      g_auto(GStrv) parts = NULL;
      gsize length = 0;
      const char *data;

      g_assert_nonnull (bytes);
      data = g_bytes_get_data (bytes, &length);
      file = _azqf_framework_file_parse (data, length, names[i], 0, &error);
      g_assert_no_error (error);
      g_assert_cmpstr (file->framework, ==, names[i]);
      g_clear_pointer (&file, _azqf_framework_file_free);

      parts = g_strsplit (data, from, 2);
      g_assert_cmpuint (g_strv_length (parts), ==, 2);
      renamed = g_strjoinv (to, parts);
      file = _azqf_framework_file_parse (renamed, strlen (renamed), names[i], 0, &error);
      g_assert_error (error, AZQF_FRAMEWORK_ERROR, AZQF_FRAMEWORK_ERROR_INVALID);
      g_assert_null (file);
      g_assert_nonnull (strstr (error->message, "must start with"));
    }
}

/* Import */

static void
test_import_good (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(AzqfFrameworks) before = load (f->store);
  g_autoptr(AzqfFrameworks) after = NULL;
  g_autoptr(GPtrArray) descriptors = NULL;
  g_autofree char *contents = good_l6_file ();
  AzqfLevelStatus status;
  AzqfDescriptor *d;

  /* Nothing imported: the bundled data. */
  g_assert_false (azqf_frameworks_has_level (before, "azqf", 6));
  g_assert_null (azqf_frameworks_lookup (before, "azqf:L6.K.1"));

  g_assert_cmpuint (import (f, "azqf-l6.json", contents), ==, 3);

  after = load (f->store);
  g_assert_true (azqf_frameworks_has_level (after, "azqf", 6));
  g_assert_true (azqf_frameworks_get_level_status (after, "azqf", 6, &status));
  g_assert_cmpint (status, ==, AZQF_LEVEL_STATUS_INCOMPLETE);
  g_assert_cmpstr (azqf_frameworks_get_level_note (after, "azqf", 6), ==, "test note");

  d = lookup (after, "azqf:L6.K.1");
  g_assert_cmpstr (azqf_descriptor_get_text (d, AZQF_LANG_AZ), ==, "sınaq bilik mətni");
  g_assert_null (azqf_descriptor_get_text (d, AZQF_LANG_EN));
  g_assert_cmpint (azqf_descriptor_get_provenance (d, AZQF_LANG_AZ), ==, AZQF_PROVENANCE_WORKING);
  g_assert_cmpstr (azqf_descriptor_get_text_source (d, AZQF_LANG_AZ), ==, "test");
  g_assert_cmpint (azqf_descriptor_get_imported (d), >, 0);
  g_assert_true (azqf_descriptor_is_complete (d));

  /* Domain order, whatever the file's order (A, K, S). */
  descriptors = azqf_frameworks_get_descriptors (after, "azqf", 6);
  g_assert_cmpuint (descriptors->len, ==, 3);
  g_assert_cmpstr (azqf_descriptor_get_id (g_ptr_array_index (descriptors, 0)), ==, "azqf:L6.K.1");
  g_assert_cmpstr (azqf_descriptor_get_id (g_ptr_array_index (descriptors, 1)), ==, "azqf:L6.S.1");
  g_assert_cmpstr (azqf_descriptor_get_id (g_ptr_array_index (descriptors, 2)), ==, "azqf:L6.A.1");

  /* The rest is the bundled data, and other levels keep their notes. */
  g_assert_cmpuint (n_descriptors (after, "azqf", 1, TRUE), ==, 11);
  g_assert_false (azqf_frameworks_has_level (after, "azqf", 7));
  g_assert_nonnull (strstr (azqf_frameworks_get_level_note (after, "azqf", 7), "NOT FOUND"));
  g_assert_cmpstr (azqf_descriptor_get_text (lookup (after, "eqf:L6.K.1"), AZQF_LANG_EN), ==, EQF6_K1);

  /* The builtin object is not changed by any workspace. */
  g_assert_false (azqf_frameworks_has_level (before, "azqf", 6));

  /* It lasts: a reopened workspace has it. */
  g_clear_object (&after);
  g_assert_finalize_object (g_steal_pointer (&f->store));
  f->store = azqf_store_open (f->path, AZQF_STORE_OPEN_READ_ONLY, NULL);
  g_assert_nonnull (f->store);
  after = load (f->store);
  g_assert_true (azqf_frameworks_has_level (after, "azqf", 6));
}

static void
test_import_replace (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(AzqfFrameworks) frameworks = NULL;
  g_autoptr(GPtrArray) all = NULL;
  g_autofree char *k1 = statement ("azqf:L1.K.1", "knowledge", "yeni mətn");
  g_autofree char *a6 = statement ("azqf:L1.A.6", "autonomy_responsibility", "əlavə mətn");
  g_autofree char *statements = g_strjoin (", ", a6, k1, NULL);
  g_autofree char *contents = framework_file ("azqf", 1, "complete", statements);
  g_autofree char *k1_again = statement ("azqf:L1.K.1", "knowledge", "üçüncü mətn");
  g_autofree char *contents_again = framework_file ("azqf", 1, "incomplete", k1_again);
  AzqfDescriptor *d;
  AzqfLevelStatus status;

  g_assert_cmpuint (import (f, "l1.json", contents), ==, 2);
  frameworks = load (f->store);
  all = azqf_frameworks_get_all_descriptors (frameworks, "azqf", 1);
  g_assert_cmpuint (all->len, ==, 12);
  /* Replaced in place; the new one after the last of its domain. */
  d = g_ptr_array_index (all, 0);
  g_assert_cmpstr (azqf_descriptor_get_id (d), ==, "azqf:L1.K.1");
  g_assert_cmpstr (azqf_descriptor_get_text (d, AZQF_LANG_AZ), ==, "yeni mətn");
  /* The whole statement is replaced: no English working text is left over. */
  g_assert_null (azqf_descriptor_get_text (d, AZQF_LANG_EN));
  g_assert_cmpstr (azqf_descriptor_get_id (g_ptr_array_index (all, 11)), ==, "azqf:L1.A.6");
  g_assert_true (azqf_frameworks_get_level_status (frameworks, "azqf", 1, &status));
  g_assert_cmpint (status, ==, AZQF_LEVEL_STATUS_COMPLETE);
  g_assert_true (lookup (frameworks, "azqf:L1.K.1") == d);
  g_clear_object (&frameworks);
  g_clear_pointer (&all, g_ptr_array_unref);

  /* A second import replaces the first one's rows. */
  g_assert_cmpuint (import (f, "l1-again.json", contents_again), ==, 1);
  g_assert_cmpuint (count_rows (f->store, "framework_statements"), ==, 2);
  g_assert_cmpuint (count_rows (f->store, "framework_levels"), ==, 1);
  frameworks = load (f->store);
  g_assert_cmpstr (azqf_descriptor_get_text (lookup (frameworks, "azqf:L1.K.1"), AZQF_LANG_AZ), ==, "üçüncü mətn");
  g_assert_nonnull (azqf_frameworks_lookup (frameworks, "azqf:L1.A.6"));
  g_assert_cmpuint (n_descriptors (frameworks, "azqf", 1, TRUE), ==, 12);
  g_assert_true (azqf_frameworks_get_level_status (frameworks, "azqf", 1, &status));
  g_assert_cmpint (status, ==, AZQF_LEVEL_STATUS_INCOMPLETE);
}

/* An official text, bilingual, with a heading and a note: all kept. */
static void
test_import_official (Fixture       *f,
                      gconstpointer  data)
{
  static const char contents[] =
    "{\"_comment\": \"test\", \"format\": 1, \"framework\": \"qfehea\","
    " \"name\": {\"en\": \"ignored on import\"},"
    " \"levels\": [{\"level\": 5, \"cycle\": \"short\", \"status\": \"complete\","
    "   \"statements\": [{\"id\": \"qfehea:SHC.1\", \"domain\": \"knowledge\","
    "     \"heading\": \"Knowledge and understanding\","
    "     \"text\": {\"az\": \"sınaq\", \"en\": \"test text\"},"
    "     \"provenance\": {\"az\": \"working\", \"en\": \"official\"},"
    "     \"source\": {\"az\": \"a working translation by the test\", \"en\": \"a test document\"},"
    "     \"note\": \"a test note\", \"complete\": true, \"_why\": \"comment\"}]}]}";
  g_autoptr(AzqfFrameworks) frameworks = NULL;
  AzqfDescriptor *d;

  g_assert_cmpuint (import (f, "short.json", contents), ==, 1);
  frameworks = load (f->store);
  g_assert_true (azqf_frameworks_has_level (frameworks, "qfehea", 5));
  g_assert_null (azqf_frameworks_get_level_note (frameworks, "qfehea", 5));
  d = lookup (frameworks, "qfehea:SHC.1");
  g_assert_cmpstr (azqf_descriptor_get_heading (d), ==, "Knowledge and understanding");
  g_assert_cmpstr (azqf_descriptor_get_note (d), ==, "a test note");
  g_assert_cmpint (azqf_descriptor_get_provenance (d, AZQF_LANG_EN), ==, AZQF_PROVENANCE_OFFICIAL);
  g_assert_cmpint (azqf_descriptor_get_provenance (d, AZQF_LANG_AZ), ==, AZQF_PROVENANCE_WORKING);
  g_assert_cmpstr (azqf_descriptor_get_source (d), ==, "a test document");
  g_assert_cmpstr (azqf_descriptor_get_text_source (d, AZQF_LANG_AZ), ==, "a working translation by the test");
  g_assert_cmpstr (azqf_frameworks_get_name (frameworks, "qfehea", AZQF_LANG_EN), ==,
                   "Framework for Qualifications of the European Higher Education Area (QF-EHEA)");
}

/* Bad files: an error that names the file and the problem, nothing stored. */

typedef struct
{
  const char *name;
  const char *contents;   /* "%s" is replaced by a statement */
  const char *expected;   /* part of the message */
} BadFile;

#define STMT(extra) \
  "{\"id\": \"azqf:L6.K.1\", \"domain\": \"knowledge\", \"text\": {\"az\": \"mətn\"}," \
  " \"provenance\": {\"az\": \"working\"}, \"source\": \"test\"" extra "}"
#define FILE_L6(status, statements) \
  "{\"format\": 1, \"framework\": \"azqf\", \"levels\": [{\"level\": 6, \"status\": \"" status "\"," \
  " \"note\": \"n\", \"statements\": [" statements "]}]}"

static const BadFile bad_files[] = {
  { "not-json", "{\"format\": 1,", "not valid JSON" },
  { "empty", "", "the file is empty" },
  { "blank", " \n", "the file is empty" },
  { "array", "[]", "one JSON object" },
  { "format", "{\"format\": 2, \"framework\": \"azqf\", \"levels\": []}", "format 2" },
  { "unknown-framework", "{\"format\": 1, \"framework\": \"nqf\", \"levels\": [{}]}", "unknown framework “nqf”" },
  { "no-levels", "{\"format\": 1, \"framework\": \"azqf\"}", "“levels” is missing" },
  { "empty-levels", "{\"format\": 1, \"framework\": \"azqf\", \"levels\": []}", "nothing to load" },
  { "unknown-key", "{\"format\": 1, \"framework\": \"azqf\", \"level\": 6, \"levels\": []}", "unknown key “level”" },
  { "wrong-prefix", FILE_L6 ("incomplete",
      "{\"id\": \"eqf:L6.K.1\", \"domain\": \"knowledge\", \"text\": {\"az\": \"mətn\"},"
      " \"provenance\": {\"az\": \"working\"}, \"source\": \"test\"}"),
    "must start with “azqf:”" },
  { "bad-id", FILE_L6 ("incomplete",
      "{\"id\": \"azqf:6.K.1\", \"domain\": \"knowledge\", \"text\": {\"az\": \"mətn\"},"
      " \"provenance\": {\"az\": \"working\"}, \"source\": \"test\"}"),
    "is not of the form" },
  { "id-other-level", FILE_L6 ("incomplete",
      "{\"id\": \"azqf:L5.K.1\", \"domain\": \"knowledge\", \"text\": {\"az\": \"mətn\"},"
      " \"provenance\": {\"az\": \"working\"}, \"source\": \"test\"}"),
    "belongs to level 5, but it stands in level 6" },
  { "id-other-domain", FILE_L6 ("incomplete",
      "{\"id\": \"azqf:L6.K.1\", \"domain\": \"skills\", \"text\": {\"az\": \"mətn\"},"
      " \"provenance\": {\"az\": \"working\"}, \"source\": \"test\"}"),
    "another domain" },
  { "duplicate-id", FILE_L6 ("incomplete", STMT ("") ", " STMT ("")), "“azqf:L6.K.1” is used twice" },
  { "level-9", "{\"format\": 1, \"framework\": \"azqf\", \"levels\": [{\"level\": 9, \"status\": \"missing\","
               " \"note\": \"n\", \"statements\": []}]}", "level 9 is out of range" },
  { "level-0", "{\"format\": 1, \"framework\": \"azqf\", \"levels\": [{\"level\": 0, \"status\": \"missing\","
               " \"note\": \"n\", \"statements\": []}]}", "level 0 is out of range" },
  { "level-string", "{\"format\": 1, \"framework\": \"azqf\", \"levels\": [{\"level\": \"6\", \"status\": \"missing\","
                    " \"note\": \"n\", \"statements\": []}]}", "“level” must be a whole number" },
  { "qfehea-level-3", "{\"format\": 1, \"framework\": \"qfehea\", \"levels\": [{\"level\": 3, \"status\": \"missing\","
                      " \"note\": \"n\", \"statements\": []}]}", "QF-EHEA has levels 5–8" },
  { "wrong-cycle", "{\"format\": 1, \"framework\": \"qfehea\", \"levels\": [{\"level\": 6, \"cycle\": \"second\","
                   " \"status\": \"missing\", \"note\": \"n\", \"statements\": []}]}", "is “first”, not “second”" },
  { "duplicate-level", "{\"format\": 1, \"framework\": \"azqf\", \"levels\": ["
                       "{\"level\": 6, \"status\": \"missing\", \"note\": \"n\", \"statements\": []},"
                       "{\"level\": 6, \"status\": \"missing\", \"note\": \"n\", \"statements\": []}]}",
    "level 6 appears twice" },
  { "bad-status", FILE_L6 ("done", STMT ("")), "unknown status “done”" },
  { "no-note", "{\"format\": 1, \"framework\": \"azqf\", \"levels\": [{\"level\": 6, \"status\": \"incomplete\","
               " \"statements\": [" STMT ("") "]}]}", "needs a “note”" },
  { "missing-with-statements", FILE_L6 ("missing", STMT ("")), "marked missing, but it has statements" },
  { "complete-with-cut", FILE_L6 ("complete", STMT (", \"complete\": false")), "mark it incomplete" },
  { "bad-domain", FILE_L6 ("incomplete",
      "{\"id\": \"azqf:L6.K.1\", \"domain\": \"competence\", \"text\": {\"az\": \"mətn\"},"
      " \"provenance\": {\"az\": \"working\"}, \"source\": \"test\"}"),
    "unknown domain “competence”" },
  { "empty-text", FILE_L6 ("incomplete",
      "{\"id\": \"azqf:L6.K.1\", \"domain\": \"knowledge\", \"text\": {\"az\": \"  \"},"
      " \"provenance\": {\"az\": \"working\"}, \"source\": \"test\"}"),
    "“text.az” is empty" },
  { "no-text", FILE_L6 ("incomplete",
      "{\"id\": \"azqf:L6.K.1\", \"domain\": \"knowledge\", \"text\": {},"
      " \"provenance\": {\"az\": \"working\"}, \"source\": \"test\"}"),
    "no text in az or en" },
  { "control-character", FILE_L6 ("incomplete",
      "{\"id\": \"azqf:L6.K.1\", \"domain\": \"knowledge\", \"text\": {\"az\": \"mət\\u0001n\"},"
      " \"provenance\": {\"az\": \"working\"}, \"source\": \"test\"}"),
    "“text.az”" },
  { "official-without-source", FILE_L6 ("incomplete",
      "{\"id\": \"azqf:L6.K.1\", \"domain\": \"knowledge\", \"text\": {\"az\": \"mətn\"},"
      " \"provenance\": {\"az\": \"official\"}}"),
    "the official text in az has no source" },
  { "official-working-source", FILE_L6 ("incomplete",
      "{\"id\": \"azqf:L6.K.1\", \"domain\": \"knowledge\", \"text\": {\"az\": \"mətn\"},"
      " \"provenance\": {\"az\": \"official\"}, \"source\": \"" WORKING_SOURCE "\"}"),
    "mark it working" },
  { "no-provenance", FILE_L6 ("incomplete",
      "{\"id\": \"azqf:L6.K.1\", \"domain\": \"knowledge\", \"text\": {\"az\": \"mətn\"},"
      " \"source\": \"test\"}"),
    "has no “provenance.az”" },
  { "bad-provenance", FILE_L6 ("incomplete",
      "{\"id\": \"azqf:L6.K.1\", \"domain\": \"knowledge\", \"text\": {\"az\": \"mətn\"},"
      " \"provenance\": {\"az\": \"verified\"}, \"source\": \"test\"}"),
    "unknown provenance “verified”" },
  { "provenance-without-text", FILE_L6 ("incomplete",
      "{\"id\": \"azqf:L6.K.1\", \"domain\": \"knowledge\", \"text\": {\"az\": \"mətn\"},"
      " \"provenance\": {\"az\": \"working\", \"en\": \"working\"}, \"source\": \"test\"}"),
    "“provenance.en” is given, but there is no text in en" },
  { "unknown-language", FILE_L6 ("incomplete",
      "{\"id\": \"azqf:L6.K.1\", \"domain\": \"knowledge\", \"text\": {\"az\": \"mətn\", \"ru\": \"текст\"},"
      " \"provenance\": {\"az\": \"working\"}, \"source\": \"test\"}"),
    "unknown key “ru”" },
  { "complete-not-boolean", FILE_L6 ("incomplete", STMT (", \"complete\": \"yes\"")), "“complete” must be true or false" },
};

static void
assert_bad (Fixture    *f,
            const char *name,
            const char *contents,
            gssize      length,
            const char *expected)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *file_name = g_strconcat (name, ".json", NULL);
  g_autofree char *path = write_file (f, file_name, contents, length);
  g_autofree char *before = stored_rows (f->store);
  g_autofree char *after = NULL;
  guint n = 12345;
  gboolean ok = azqf_frameworks_import_file (f->store, path, &n, &error);

  if (g_test_verbose ())
    g_test_message ("%s: %s", name, error != NULL ? error->message : "(no error)");

  g_assert_error (error, AZQF_FRAMEWORK_ERROR, AZQF_FRAMEWORK_ERROR_INVALID);
  g_assert_false (ok);
  g_assert_cmpuint (n, ==, 12345);
  /* file: what: why */
  g_assert_true (g_str_has_prefix (error->message, path));
  if (strstr (error->message, expected) == NULL)
    g_error ("%s: “%s” not in “%s”", name, expected, error->message);

  after = stored_rows (f->store);
  g_assert_cmpstr (after, ==, before);
}

static void
test_import_bad (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *good = good_l6_file ();
  g_autoptr(AzqfFrameworks) frameworks = NULL;

  /* Something imported before: a bad file leaves it as it was. */
  import (f, "good.json", good);

  for (guint i = 0; i < G_N_ELEMENTS (bad_files); i++)
    assert_bad (f, bad_files[i].name, bad_files[i].contents, -1, bad_files[i].expected);

  frameworks = load (f->store);
  g_assert_cmpstr (azqf_descriptor_get_text (lookup (frameworks, "azqf:L6.K.1"), AZQF_LANG_AZ), ==,
                   "sınaq bilik mətni");
}

static void
test_import_bad_bytes (Fixture       *f,
                       gconstpointer  data)
{
  static const char latin1[] = "{\"format\": 1, \"framework\": \"azqf\", \"levels\": [], \"note\": \"m\xe9tn\"}";
  static const char with_nul[] = "{\"format\": 1,\0 \"framework\": \"azqf\"}";

  assert_bad (f, "latin1", latin1, sizeof latin1 - 1, "not UTF-8");
  assert_bad (f, "nul", with_nul, sizeof with_nul - 1, "not UTF-8");
}

/* A 10 MB file is refused before it is read. */
static void
test_import_too_large (Fixture       *f,
                       gconstpointer  data)
{
  gsize size = 10 * 1024 * 1024;
  g_autofree char *big = g_malloc (size);
  g_autofree char *good = good_l6_file ();
  gsize good_length = strlen (good);

  /* Valid JSON: the good file, then spaces. */
  memcpy (big, good, good_length);
  memset (big + good_length, ' ', size - good_length);
  assert_bad (f, "big", big, size, "too large");
}

/* Every problem of a file is listed, one per line, up to a limit. */
static void
test_import_many_problems (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GString) statements = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *path = NULL;
  g_auto(GStrv) lines = NULL;

  for (guint i = 1; i <= 60; i++)
    g_string_append_printf (statements, "%s{\"id\": \"azqf:L6.K.%u\", \"domain\": \"knowledge\","
                                        " \"text\": {\"az\": \"\"}, \"provenance\": {\"az\": \"working\"},"
                                        " \"source\": \"test\"}",
                            i > 1 ? ", " : "", i);
  contents = framework_file ("azqf", 6, "incomplete", statements->str);
  path = write_file (f, "many.json", contents, -1);

  g_assert_false (azqf_frameworks_import_file (f->store, path, NULL, &error));
  g_assert_error (error, AZQF_FRAMEWORK_ERROR, AZQF_FRAMEWORK_ERROR_INVALID);
  lines = g_strsplit (error->message, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 51);
  for (guint i = 0; i < 50; i++)
    {
      g_assert_true (g_str_has_prefix (lines[i], path));
      g_assert_nonnull (strstr (lines[i], "“text.az” is empty"));
    }
  g_assert_nonnull (strstr (lines[0], "level 6, statement azqf:L6.K.1:"));
  g_assert_nonnull (strstr (lines[50], "10 more problems"));
}

static void
test_import_io (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *missing = g_build_filename (f->dir, "missing.json", NULL);
  g_autofree char *good = good_l6_file ();
  g_autofree char *path = write_file (f, "good.json", good, -1);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  g_assert_false (azqf_frameworks_import_file (f->store, missing, NULL, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);
  g_assert_nonnull (strstr (error->message, missing));
  g_clear_error (&error);

  g_assert_false (azqf_frameworks_import_file (f->store, f->dir, NULL, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_ISDIR);
  g_clear_error (&error);

  /* A read-only workspace refuses the write. */
  g_assert_finalize_object (g_steal_pointer (&f->store));
  f->store = azqf_store_open (f->path, AZQF_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  before = stored_rows (f->store);
  g_assert_false (azqf_frameworks_import_file (f->store, path, NULL, &error));
  g_assert_error (error, AZQF_STORE_ERROR, AZQF_STORE_ERROR_READ_ONLY);
  after = stored_rows (f->store);
  g_assert_cmpstr (after, ==, before);
}

/* A write that fails half-way leaves nothing behind. */
static void
test_import_all_or_nothing (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *good = good_l6_file ();
  g_autofree char *path = write_file (f, "good.json", good, -1);
  g_autoptr(AzqfFrameworks) frameworks = NULL;
  g_autofree char *rows = NULL;
  sqlite3 *db = _azqf_store_get_db (f->store);

  /* The last statement of the file cannot be written. */
  g_assert_cmpint (sqlite3_exec (db,
                                 "CREATE TEMP TRIGGER refuse BEFORE INSERT ON main.framework_statements"
                                 " WHEN new.id = 'azqf:L6.S.1' BEGIN SELECT RAISE (ABORT, 'refused'); END",
                                 NULL, NULL, NULL), ==, SQLITE_OK);

  g_assert_false (azqf_frameworks_import_file (f->store, path, NULL, &error));
  g_assert_error (error, AZQF_STORE_ERROR, AZQF_STORE_ERROR_INVALID);
  rows = stored_rows (f->store);
  g_assert_cmpstr (rows, ==, "");

  frameworks = load (f->store);
  g_assert_false (azqf_frameworks_has_level (frameworks, "azqf", 6));
  g_assert_null (azqf_frameworks_lookup (frameworks, "azqf:L6.A.1"));
}

/* A damaged or hand-edited workspace row is an error, never a warning. */
static void
test_load_corrupt (Fixture       *f,
                   gconstpointer  data)
{
  static const char * const rows[] = {
    "INSERT INTO framework_statements (id, framework, level, domain, text_az, provenance_az, source_az, imported)"
    " VALUES ('azqf:L6.K.1', 'azqf', 6, 'knowledge', 'mət' || char (1) || 'n', 'working', 'test', 1)",
    "INSERT INTO framework_statements (id, framework, level, domain, text_az, provenance_az, source_az, imported)"
    " VALUES ('azqf:L5.K.1', 'azqf', 6, 'knowledge', 'mətn', 'working', 'test', 1)",
    "INSERT INTO framework_statements (id, framework, level, domain, text_az, provenance_az, source_az, imported)"
    " VALUES ('nqf:L6.K.1', 'nqf', 6, 'knowledge', 'mətn', 'working', 'test', 1)",
    "INSERT INTO framework_levels (framework, level, status, imported) VALUES ('qfehea', 2, 'missing', 1)",
  };
  sqlite3 *db = _azqf_store_get_db (f->store);

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(AzqfFrameworks) frameworks = NULL;

      g_assert_cmpint (sqlite3_exec (db, "DELETE FROM framework_statements; DELETE FROM framework_levels",
                                     NULL, NULL, NULL), ==, SQLITE_OK);
      g_assert_cmpint (sqlite3_exec (db, rows[i], NULL, NULL, NULL), ==, SQLITE_OK);

      frameworks = azqf_frameworks_load (f->store, &error);
      g_assert_error (error, AZQF_STORE_ERROR, AZQF_STORE_ERROR_CORRUPT);
      g_assert_null (frameworks);
      g_assert_nonnull (strstr (error->message, f->path));
    }
}

/* Loaded objects are immutable: readers in threads see the same data. */
static gpointer
read_in_thread (gpointer data)
{
  AzqfFrameworks *frameworks = data;
  guint n = 0;

  for (guint round = 0; round < 200; round++)
    for (guint level = 1; level <= 8; level++)
      {
        g_autoptr(GPtrArray) descriptors = azqf_frameworks_get_descriptors (frameworks, "eqf", level);

        n += descriptors->len;
      }

  return GUINT_TO_POINTER (n);
}

static void
test_threads (void)
{
  g_autoptr(AzqfFrameworks) frameworks = builtin ();
  GThread *threads[4];

  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    threads[i] = g_thread_new ("reader", read_in_thread, frameworks);
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    g_assert_cmpuint (GPOINTER_TO_UINT (g_thread_join (threads[i])), ==, 200 * 30);
}

int
main (int    argc,
      char **argv)
{
  azqf_locale_init_test ();
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/azqf/framework/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  g_test_add_func ("/azqf/framework/builtin/loads", test_builtin_loads);
  g_test_add_func ("/azqf/framework/builtin/texts", test_builtin_texts);
  g_test_add_func ("/azqf/framework/builtin/provenance", test_builtin_provenance);
  g_test_add_func ("/azqf/framework/builtin/levels", test_builtin_levels);
  g_test_add_func ("/azqf/framework/builtin/incomplete", test_builtin_incomplete);
  g_test_add_func ("/azqf/framework/builtin/headings", test_builtin_headings);
  g_test_add_func ("/azqf/framework/builtin/parse-files", test_builtin_parse_files);
  g_test_add_func ("/azqf/framework/threads", test_threads);
  ADD ("import/good", test_import_good);
  ADD ("import/replace", test_import_replace);
  ADD ("import/official", test_import_official);
  ADD ("import/bad", test_import_bad);
  ADD ("import/bad-bytes", test_import_bad_bytes);
  ADD ("import/too-large", test_import_too_large);
  ADD ("import/many-problems", test_import_many_problems);
  ADD ("import/io", test_import_io);
  ADD ("import/all-or-nothing", test_import_all_or_nothing);
  ADD ("load/corrupt", test_load_corrupt);

#undef ADD

  return g_test_run ();
}
