/* test-register-import.c: importing register XML into a workspace
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * register-format.md §8 (the round trip) and §10 (import semantics).
 */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "model/azqf-register-import.h"
#include "model/azqf-register-import-private.h"
#include "model/azqf-register-reader.h"
#include "model/azqf-register-writer.h"
#include "model/azqf-sample.h"
#include "model/azqf-standard.h"
#include "model/azqf-store.h"

typedef struct
{
  char      *dir;
  AzqfStore *sample;   /* the sample workspace */
  AzqfStore *empty;    /* a new, empty workspace */
  char      *exported; /* the sample, exported */
} Fixture;

static AzqfStore *
create_store (Fixture    *f,
              const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (f->dir, name, NULL);
  AzqfStore *store = azqf_store_create (path, &error);

  g_assert_no_error (error);
  return store;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("azqf-test-import-XXXXXX", &error);
  g_assert_no_error (error);
  f->sample = create_store (f, "sample.azqf");
  azqf_sample_populate (f->sample, &error);
  g_assert_no_error (error);
  f->empty = create_store (f, "empty.azqf");
  f->exported = g_build_filename (f->dir, "sample.xml", NULL);
  g_assert_true (azqf_register_export (f->sample, NULL, f->exported, &error));
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_clear_object (&f->sample);
  g_clear_object (&f->empty);
  dir = g_dir_open (f->dir, 0, NULL);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (f->dir, name, NULL);
      g_unlink (path);
    }
  g_rmdir (f->dir);
  g_free (f->dir);
  g_free (f->exported);
}

/* The file without its one-line header. */
static char *
without_header (const char *path)
{
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  GString *out = g_string_new (NULL);

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    if (strstr (lines[i], "<header ") == NULL)
      g_string_append_printf (out, "%s\n", lines[i]);
  return g_string_free (out, FALSE);
}

/* Everything a workspace holds, as register XML without the header. */
static char *
snapshot (Fixture   *f,
          AzqfStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (f->dir, "snapshot.xml", NULL);

  g_assert_true (azqf_register_export (store, NULL, path, &error));
  g_assert_no_error (error);
  return without_header (path);
}

static void
import (AzqfStore              *store,
        const char             *path,
        AzqfRegisterImportMode  mode,
        GPtrArray             **plan,
        GPtrArray             **problems)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (azqf_register_import (store, path, mode, FALSE, plan, problems, &error));
  g_assert_no_error (error);
}

static void
assert_ids (GPtrArray  *problems,
            const char *id)
{
  g_assert_cmpuint (problems->len, >, 0);
  for (guint i = 0; i < problems->len; i++)
    g_assert_cmpstr (((AzqfRegisterProblem *) g_ptr_array_index (problems, i))->id, ==, id);
}

static void
test_round_trip (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GPtrArray) plan = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autofree char *before = without_header (f->exported);
  g_autofree char *after = NULL;

  import (f->empty, f->exported, AZQF_REGISTER_IMPORT_REFUSE, &plan, &problems);
  g_assert_cmpuint (problems->len, ==, 0);
  g_assert_cmpuint (plan->len, >, 0);
  for (guint i = 0; i < plan->len; i++)
    g_assert_cmpint (((AzqfRegisterPlanItem *) g_ptr_array_index (plan, i))->action, ==, AZQF_REGISTER_PLAN_ADDED);

  /* THE round-trip requirement: byte-identical except the header. */
  after = snapshot (f, f->empty);
  g_assert_cmpstr (after, ==, before);

  /* A second import changes nothing. */
  g_clear_pointer (&plan, g_ptr_array_unref);
  g_clear_pointer (&problems, g_ptr_array_unref);
  import (f->empty, f->exported, AZQF_REGISTER_IMPORT_REFUSE, &plan, &problems);
  g_assert_cmpuint (problems->len, ==, 0);
  for (guint i = 0; i < plan->len; i++)
    g_assert_cmpint (((AzqfRegisterPlanItem *) g_ptr_array_index (plan, i))->action, ==, AZQF_REGISTER_PLAN_UNCHANGED);
}

/* Changes the first standard of the sample (a new modified time) and
 * exports it to a file. */
static char *
export_changed (Fixture *f,
                guint    version)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = azqf_store_list_standards (f->sample, NULL, &error);
  g_autoptr(AzqfStandard) standard = NULL;
  char *path = g_build_filename (f->dir, "changed.xml", NULL);
  const char *codes[2] = { NULL, NULL };

  g_assert_no_error (error);
  standard = azqf_store_load_standard (f->sample, azqf_standard_get_code (g_ptr_array_index (list, 0)), &error);
  g_assert_no_error (error);
  azqf_standard_set_text (standard, AZQF_STANDARD_TITLE, AZQF_LANG_EN, "Changed title");
  azqf_standard_set_modified (standard, azqf_standard_get_modified (standard) + 60);
  g_assert_true (azqf_standard_set_version (standard, version, NULL));
  g_assert_true (azqf_store_save_standard (f->sample, standard, &error));
  g_assert_no_error (error);
  codes[0] = azqf_standard_get_code (standard);
  g_assert_true (azqf_register_export (f->sample, codes, path, &error));
  g_assert_no_error (error);
  return path;
}

static void
test_modes (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GPtrArray) plan = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autofree char *changed = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  AzqfRegisterPlanItem *item;

  import (f->empty, f->exported, AZQF_REGISTER_IMPORT_REFUSE, &plan, &problems);
  g_assert_cmpuint (problems->len, ==, 0);
  g_clear_pointer (&plan, g_ptr_array_unref);
  g_clear_pointer (&problems, g_ptr_array_unref);

  changed = export_changed (f, 5);
  before = snapshot (f, f->empty);

  /* Refused (I01): the workspace is unchanged. */
  import (f->empty, changed, AZQF_REGISTER_IMPORT_REFUSE, &plan, &problems);
  assert_ids (problems, "I01");
  g_assert_cmpuint (problems->len, ==, 1);
  /* At the <standard> start tag, after the declaration, root and header. */
  g_assert_cmpuint (((AzqfRegisterProblem *) g_ptr_array_index (problems, 0))->line, ==, 4);
  g_assert_cmpuint (((AzqfRegisterProblem *) g_ptr_array_index (problems, 0))->column, >, 1);
  after = snapshot (f, f->empty);
  g_assert_cmpstr (after, ==, before);
  g_clear_pointer (&after, g_free);
  g_clear_pointer (&plan, g_ptr_array_unref);
  g_clear_pointer (&problems, g_ptr_array_unref);

  /* --new-version: max (existing, incoming) + 1. */
  import (f->empty, changed, AZQF_REGISTER_IMPORT_NEW_VERSION, &plan, &problems);
  g_assert_cmpuint (problems->len, ==, 0);
  item = g_ptr_array_index (plan, 0);
  g_assert_cmpint (item->action, ==, AZQF_REGISTER_PLAN_NEW_VERSION);
  g_assert_cmpuint (item->version, ==, 6);
  {
    g_autoptr(AzqfStandard) stored = azqf_store_load_standard (f->empty, item->code, NULL);

    g_assert_cmpuint (azqf_standard_get_version (stored), ==, 6);
    g_assert_cmpstr (azqf_standard_get_text (stored, AZQF_STANDARD_TITLE, AZQF_LANG_EN), ==, "Changed title");
  }
  g_clear_pointer (&plan, g_ptr_array_unref);
  g_clear_pointer (&problems, g_ptr_array_unref);

  /* --replace with an older version (5 < 6): I04, nothing written. */
  before = (g_free (before), snapshot (f, f->empty));
  import (f->empty, changed, AZQF_REGISTER_IMPORT_REPLACE, &plan, &problems);
  assert_ids (problems, "I04");
  after = snapshot (f, f->empty);
  g_assert_cmpstr (after, ==, before);
  g_clear_pointer (&plan, g_ptr_array_unref);
  g_clear_pointer (&problems, g_ptr_array_unref);

  /* --replace with a newer version (7 > 6) replaces it. */
  g_free (changed);
  changed = export_changed (f, 7);
  import (f->empty, changed, AZQF_REGISTER_IMPORT_REPLACE, &plan, &problems);
  g_assert_cmpuint (problems->len, ==, 0);
  item = g_ptr_array_index (plan, 0);
  g_assert_cmpint (item->action, ==, AZQF_REGISTER_PLAN_REPLACED);
  g_assert_cmpuint (item->version, ==, 7);
}

static void
test_failing (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GPtrArray) plan = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *broken = g_build_filename (f->dir, "broken.xml", NULL);
  g_autofree char *before = snapshot (f, f->empty);
  g_autofree char *after = NULL;
  char *link;

  /* The whole sample, with one link to an element no framework has. */
  g_assert_true (g_file_get_contents (f->exported, &contents, NULL, NULL));
  link = strstr (contents, "element=\"eqf:");
  g_assert_nonnull (link);
  link[strlen ("element=\"eqf:")] = 'X';
  g_assert_true (g_file_set_contents (broken, contents, -1, NULL));

  import (f->empty, broken, AZQF_REGISTER_IMPORT_REFUSE, &plan, &problems);
  assert_ids (problems, "I03");
  {
    /* At the <link> start tag: its line in the file. */
    AzqfRegisterProblem *problem = g_ptr_array_index (problems, 0);
    guint line = 1;

    for (const char *p = contents; p < link; p++)
      if (*p == '\n')
        line++;
    g_assert_cmpuint (problem->line, ==, line);
    g_assert_cmpuint (problem->column, >, 1);
  }
  after = snapshot (f, f->empty);
  g_assert_cmpstr (after, ==, before);
}

static void
test_same_version_other_content (Fixture       *f,
                                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) plan = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(AzqfStandard) standard = NULL;
  g_autofree char *path = g_build_filename (f->dir, "quiet.xml", NULL);

  import (f->empty, f->exported, AZQF_REGISTER_IMPORT_REFUSE, &plan, &problems);
  g_assert_cmpuint (problems->len, ==, 0);
  g_clear_pointer (&plan, g_ptr_array_unref);
  g_clear_pointer (&problems, g_ptr_array_unref);

  /* A changed title, with the same version and modified time: not
   * unchanged, since unchanged means identical content. */
  list = azqf_store_list_standards (f->sample, NULL, &error);
  g_assert_no_error (error);
  standard = azqf_store_load_standard (f->sample, azqf_standard_get_code (g_ptr_array_index (list, 0)), &error);
  g_assert_no_error (error);
  azqf_standard_set_text (standard, AZQF_STANDARD_SUMMARY, AZQF_LANG_EN, "Quietly changed");
  g_assert_true (azqf_store_save_standard (f->sample, standard, &error));
  g_assert_no_error (error);
  g_assert_true (azqf_register_export (f->sample, NULL, path, &error));
  g_assert_no_error (error);

  import (f->empty, path, AZQF_REGISTER_IMPORT_REFUSE, &plan, &problems);
  assert_ids (problems, "I01");
  g_assert_cmpuint (problems->len, ==, 1);
}

static void
test_code_taken (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = azqf_store_list_standards (f->sample, NULL, &error);
  g_autoptr(AzqfStandard) other = NULL;
  g_autoptr(GPtrArray) plan = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  AzqfStandard *first;

  g_assert_no_error (error);
  first = g_ptr_array_index (list, 0);
  /* Another standard (a new uuid) with the code of the sample's first. */
  other = azqf_standard_new (azqf_standard_get_kind (first), azqf_standard_get_code (first), &error);
  g_assert_no_error (error);
  g_assert_true (azqf_store_insert_standard (f->empty, other, &error));
  g_assert_no_error (error);
  before = snapshot (f, f->empty);

  import (f->empty, f->exported, AZQF_REGISTER_IMPORT_REPLACE, &plan, &problems);
  assert_ids (problems, "I02");
  g_assert_cmpuint (problems->len, ==, 1);
  /* At the <code>, the line after the first <standard> (line 4). */
  g_assert_cmpuint (((AzqfRegisterProblem *) g_ptr_array_index (problems, 0))->line, ==, 5);
  after = snapshot (f, f->empty);
  g_assert_cmpstr (after, ==, before);
}

static void
test_dry_run (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) plan = NULL;
  g_autoptr(GPtrArray) problems = NULL;

  g_assert_true (azqf_register_import (f->empty, f->exported, AZQF_REGISTER_IMPORT_REFUSE, TRUE,
                                       &plan, &problems, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (problems->len, ==, 0);
  g_assert_cmpuint (plan->len, >, 0);
  g_assert_cmpuint (azqf_store_count_standards (f->empty, NULL, NULL), ==, 0);
}

/* Hooks run between the two passes of an import: the file changes there. */

static void
rename_over_hook (const char *path,
                  gpointer    user_data)
{
  g_assert_cmpint (g_rename (user_data, path), ==, 0);
}

static void
truncate_hook (const char *path,
               gpointer    user_data)
{
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (path, contents, length / 2, NULL));
}

static void
touch_hook (const char *path,
            gpointer    user_data)
{
  g_autofree char *contents = NULL;
  gsize length;

  /* The same bytes in a new file (g_file_set_contents renames one over). */
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (path, contents, length, NULL));
}

/* Imports a copy of source into store with hook between the passes; returns
 * whether it succeeded, with the error. */
static gboolean
import_changing (Fixture                *f,
                 AzqfStore              *store,
                 const char             *source,
                 AzqfRegisterImportHook  hook,
                 gpointer                hook_data,
                 GError                **error)
{
  g_autofree char *path = g_build_filename (f->dir, "changing.xml", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GPtrArray) plan = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  gsize length;
  gboolean ok;

  g_assert_true (g_file_get_contents (source, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (path, contents, length, NULL));
  _azqf_register_import_set_hook (hook, hook_data);
  ok = azqf_register_import (store, path, AZQF_REGISTER_IMPORT_REFUSE, FALSE, &plan, &problems, error);
  _azqf_register_import_set_hook (NULL, NULL);
  if (ok)
    g_assert_cmpuint (problems->len, ==, 0);
  return ok;
}

static void
assert_changed_error (GError *error)
{
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, "changing.xml"));
}

/* The file changes after pass 1 has validated and planned it: replaced by
 * another valid register file, cut short, or holding a standard the plan
 * does not know. Pass 2 notices (size and SHA-256, or problems, or the
 * unknown uuid) and nothing is written. The same bytes in a new file
 * import. */
static void
test_file_changed (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *changed = NULL;
  g_autofree char *foreign = g_build_filename (f->dir, "foreign.xml", NULL);
  g_autofree char *foreign_copy = g_build_filename (f->dir, "foreign-copy.xml", NULL);
  g_autoptr(AzqfStore) other = create_store (f, "other.azqf");
  g_autoptr(AzqfStandard) stranger = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  /* Another valid export of the sample: one standard changed. */
  changed = export_changed (f, 5);
  g_assert_false (import_changing (f, f->empty, f->exported, rename_over_hook, changed, &error));
  assert_changed_error (error);
  g_clear_error (&error);
  g_assert_cmpuint (azqf_store_count_standards (f->empty, NULL, NULL), ==, 0);

  g_assert_false (import_changing (f, f->empty, f->exported, truncate_hook, NULL, &error));
  assert_changed_error (error);
  g_clear_error (&error);
  g_assert_cmpuint (azqf_store_count_standards (f->empty, NULL, NULL), ==, 0);

  /* Replaced by another workspace's export: a standard the plan lacks. */
  stranger = azqf_standard_new (AZQF_KIND_OCCUPATIONAL, "OTHER-01", &error);
  g_assert_no_error (error);
  g_assert_true (azqf_store_insert_standard (other, stranger, &error));
  g_assert_no_error (error);
  g_assert_true (azqf_register_export (other, NULL, foreign, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (foreign, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (foreign_copy, contents, length, NULL));
  g_assert_false (import_changing (f, f->empty, f->exported, rename_over_hook, foreign_copy, &error));
  assert_changed_error (error);
  g_clear_error (&error);
  g_assert_cmpuint (azqf_store_count_standards (f->empty, NULL, NULL), ==, 0);

  g_assert_true (import_changing (f, f->empty, f->exported, touch_hook, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (azqf_store_count_standards (f->empty, NULL, NULL), ==, 3);
}

/* More standards than one write batch of the import: a file cut short
 * after pass 1 still leaves the workspace empty. */
static void
test_file_changed_many (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AzqfStore) many = create_store (f, "many.azqf");
  g_autoptr(GPtrArray) standards = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *path = g_build_filename (f->dir, "many.xml", NULL);

  for (guint i = 0; i < 130; i++)
    {
      g_autofree char *code = g_strdup_printf ("MANY-%03u", i);
      AzqfStandard *standard = azqf_standard_new (i % 3, code, &error);

      g_assert_no_error (error);
      azqf_standard_set_text (standard, AZQF_STANDARD_TITLE, AZQF_LANG_AZ, code);
      g_ptr_array_add (standards, standard);
    }
  g_assert_true (azqf_store_insert_standards (many, standards, &error));
  g_assert_no_error (error);
  g_assert_true (azqf_register_export (many, NULL, path, &error));
  g_assert_no_error (error);

  g_assert_false (import_changing (f, f->empty, path, truncate_hook, NULL, &error));
  assert_changed_error (error);
  g_clear_error (&error);
  g_assert_cmpuint (azqf_store_count_standards (f->empty, NULL, NULL), ==, 0);

  g_assert_true (import_changing (f, f->empty, path, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (azqf_store_count_standards (f->empty, NULL, NULL), ==, 130);
}

/* The sample export with the first ISCED-F code replaced by code; the line
 * of that <iscedF> goes to *line. */
static char *
with_isced (Fixture    *f,
            const char *code,
            guint      *line)
{
  g_autofree char *contents = NULL;
  char *path = g_build_filename (f->dir, "isced.xml", NULL);
  char *element;

  g_assert_true (g_file_get_contents (f->exported, &contents, NULL, NULL));
  element = strstr (contents, "<iscedF>");
  g_assert_nonnull (element);
  g_assert_cmpint (strlen (code), ==, 4);
  memcpy (element + strlen ("<iscedF>"), code, 4);
  g_assert_true (g_file_set_contents (path, contents, -1, NULL));

  *line = 1;
  for (const char *p = contents; p < element; p++)
    *line += *p == '\n';
  return path;
}

/* R19: a well-formed ISCED-F code (four digits, so the XSD takes it) that
 * ISCED-F 2013 lacks is refused at its <iscedF>, and nothing is written;
 * 9999 "field unknown" (like 0000 and 1000, "not further defined") is in
 * the list and imports. */
static void
test_isced_unknown (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GPtrArray) plan = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autofree char *path = NULL;
  AzqfRegisterProblem *problem;
  guint line;
  const char *bad[] = { "0123", "0555", "1050", "9998" };

  for (gsize i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_test_message ("%s", bad[i]);
      path = with_isced (f, bad[i], &line);
      import (f->empty, path, AZQF_REGISTER_IMPORT_REFUSE, &plan, &problems);
      assert_ids (problems, "R19");
      g_assert_cmpuint (problems->len, ==, 1);
      problem = g_ptr_array_index (problems, 0);
      g_assert_cmpuint (problem->line, ==, line);
      g_assert_cmpuint (problem->column, >, 1);
      g_assert_nonnull (strstr (problem->message, bad[i]));
      g_assert_false (problem->fatal);
      g_assert_cmpuint (azqf_store_count_standards (f->empty, NULL, NULL), ==, 0);
      g_clear_pointer (&path, g_free);
      g_clear_pointer (&plan, g_ptr_array_unref);
      g_clear_pointer (&problems, g_ptr_array_unref);
    }

  path = with_isced (f, "9999", &line);
  import (f->empty, path, AZQF_REGISTER_IMPORT_REFUSE, &plan, &problems);
  g_assert_cmpuint (problems->len, ==, 0);
  g_assert_cmpuint (azqf_store_count_standards (f->empty, NULL, NULL), ==, plan->len);
}

/* A file written on one line (as other tools may write it) has every
 * parent element on line 1: R03 must tell them apart by column. */
static void
test_one_line (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GPtrArray) plan = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GRegex) between = g_regex_new (">\\s*\n\\s*<", 0, 0, NULL);
  g_autofree char *contents = NULL;
  g_autofree char *one_line = NULL;
  g_autofree char *path = g_build_filename (f->dir, "one-line.xml", NULL);
  g_autofree char *before = without_header (f->exported);
  g_autofree char *after = NULL;

  g_assert_true (g_file_get_contents (f->exported, &contents, NULL, NULL));
  one_line = g_regex_replace_literal (between, contents, -1, 0, "><", 0, NULL);
  g_assert_null (strstr (one_line, ">\n<"));
  g_assert_true (g_file_set_contents (path, one_line, -1, NULL));

  import (f->empty, path, AZQF_REGISTER_IMPORT_REFUSE, &plan, &problems);
  g_assert_cmpuint (problems->len, ==, 0);
  after = snapshot (f, f->empty);
  g_assert_cmpstr (after, ==, before);
}

typedef struct
{
  gboolean   done;
  gboolean   ok;
  GPtrArray *plan;
  GPtrArray *problems;
  GError    *error;
} AsyncResult;

static void
async_result_clear (AsyncResult *r)
{
  g_clear_pointer (&r->plan, g_ptr_array_unref);
  g_clear_pointer (&r->problems, g_ptr_array_unref);
  g_clear_error (&r->error);
  r->done = FALSE;
  r->ok = FALSE;
}

static void
planned_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  AsyncResult *r = user_data;

  g_assert_true (g_main_context_is_owner (g_main_context_default ()));
  r->ok = azqf_register_plan_finish (AZQF_STORE (source), result, &r->plan, &r->problems, &r->error);
  r->done = TRUE;
  g_main_context_wakeup (NULL);
}

static void
imported_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  AsyncResult *r = user_data;

  g_assert_true (g_main_context_is_owner (g_main_context_default ()));
  r->ok = azqf_register_import_finish (AZQF_STORE (source), result, &r->plan, &r->problems, &r->error);
  r->done = TRUE;
  g_main_context_wakeup (NULL);
}

static void
wait_for (AsyncResult *r)
{
  while (!r->done)
    g_main_context_iteration (NULL, TRUE);
}

typedef struct
{
  guint    count;
  GThread *thread;
} Emissions;

static void
standards_changed_cb (AzqfStore *store,
                      gpointer   user_data)
{
  Emissions *emissions = user_data;

  emissions->count++;
  emissions->thread = g_thread_self ();
}

/* The GUI's import: the plan in a worker on a read-only connection of its
 * own while this process holds the workspace open for writing, then the
 * import in a worker on the store itself, "standards-changed" once, in
 * this thread, and the same round trip as the synchronous import. */
static void
test_async (Fixture       *f,
            gconstpointer  data)
{
  g_autofree char *before = without_header (f->exported);
  g_autofree char *after = NULL;
  g_autofree char *broken = g_build_filename (f->dir, "broken.xml", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  Emissions emissions = { 0, NULL };
  AsyncResult r = { 0 };
  char *link;

  g_signal_connect (f->empty, "standards-changed", G_CALLBACK (standards_changed_cb), &emissions);

  azqf_register_plan_async (f->empty, f->exported, AZQF_REGISTER_IMPORT_REFUSE, NULL, planned_cb, &r);
  wait_for (&r);
  g_assert_no_error (r.error);
  g_assert_true (r.ok);
  g_assert_cmpuint (r.problems->len, ==, 0);
  g_assert_cmpuint (r.plan->len, ==, 3);
  for (guint i = 0; i < r.plan->len; i++)
    g_assert_cmpint (((AzqfRegisterPlanItem *) g_ptr_array_index (r.plan, i))->action, ==, AZQF_REGISTER_PLAN_ADDED);
  g_assert_cmpuint (azqf_store_count_standards (f->empty, NULL, NULL), ==, 0);
  g_assert_cmpuint (emissions.count, ==, 0);
  async_result_clear (&r);

  /* Refused (I03): nothing written, no signal. */
  g_assert_true (g_file_get_contents (f->exported, &contents, NULL, NULL));
  link = strstr (contents, "element=\"eqf:");
  g_assert_nonnull (link);
  link[strlen ("element=\"eqf:")] = 'X';
  g_assert_true (g_file_set_contents (broken, contents, -1, NULL));
  azqf_register_import_async (f->empty, broken, AZQF_REGISTER_IMPORT_REFUSE, NULL, imported_cb, &r);
  wait_for (&r);
  g_assert_no_error (r.error);
  g_assert_true (r.ok);
  assert_ids (r.problems, "I03");
  g_assert_cmpuint (azqf_store_count_standards (f->empty, NULL, NULL), ==, 0);
  g_assert_cmpuint (emissions.count, ==, 0);
  async_result_clear (&r);

  /* Cancelled: nothing written, no signal. */
  g_cancellable_cancel (cancellable);
  azqf_register_import_async (f->empty, f->exported, AZQF_REGISTER_IMPORT_REFUSE, cancellable, imported_cb, &r);
  wait_for (&r);
  g_assert_error (r.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_false (r.ok);
  g_assert_cmpuint (azqf_store_count_standards (f->empty, NULL, NULL), ==, 0);
  g_assert_cmpuint (emissions.count, ==, 0);
  async_result_clear (&r);

  azqf_register_import_async (f->empty, f->exported, AZQF_REGISTER_IMPORT_REFUSE, NULL, imported_cb, &r);
  wait_for (&r);
  g_assert_no_error (r.error);
  g_assert_true (r.ok);
  g_assert_cmpuint (r.problems->len, ==, 0);
  g_assert_cmpuint (r.plan->len, ==, 3);
  g_assert_cmpuint (emissions.count, ==, 1);
  g_assert_true (emissions.thread == g_thread_self ());
  after = snapshot (f, f->empty);
  g_assert_cmpstr (after, ==, before);
  async_result_clear (&r);

  /* Again: everything unchanged, nothing written, no signal. */
  azqf_register_import_async (f->empty, f->exported, AZQF_REGISTER_IMPORT_REFUSE, NULL, imported_cb, &r);
  wait_for (&r);
  g_assert_true (r.ok);
  g_assert_cmpint (((AzqfRegisterPlanItem *) g_ptr_array_index (r.plan, 0))->action, ==, AZQF_REGISTER_PLAN_UNCHANGED);
  g_assert_cmpuint (emissions.count, ==, 1);
  async_result_clear (&r);

  g_signal_handlers_disconnect_by_data (f->empty, &emissions);
}

static void
test_cli (Fixture       *f,
          gconstpointer  data)
{
  const char *cli = g_getenv ("AZQF_CLI");
  g_autofree char *ws = g_build_filename (f->dir, "cli.azqf", NULL);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  int status;

  if (cli == NULL)
    {
      g_test_skip ("AZQF_CLI is not set");
      return;
    }

  {
    const char *argv[] = { cli, "init", ws, NULL };
    g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL, NULL, NULL, &status, NULL));
    g_assert_true (g_spawn_check_wait_status (status, NULL));
  }
  {
    const char *argv[] = { cli, "import", ws, f->exported, NULL };
    g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status, NULL));
    g_assert_true (g_spawn_check_wait_status (status, NULL));
    g_assert_true (g_str_has_prefix (out, "added\t"));
    g_assert_cmpstr (err, ==, "");
  }
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  {
    const char *argv[] = { cli, "import", "--dry-run", ws, f->exported, NULL };
    g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status, NULL));
    g_assert_true (g_spawn_check_wait_status (status, NULL));
    g_assert_true (g_str_has_prefix (out, "unchanged\t"));
  }
  {
    const char *argv[] = { cli, "import", "--replace", "--new-version", ws, f->exported, NULL };
    g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, NULL, NULL, &status, NULL));
    g_assert_false (g_spawn_check_wait_status (status, NULL));
  }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/azqf/register/import/round-trip", Fixture, NULL, fixture_set_up, test_round_trip, fixture_tear_down);
  g_test_add ("/azqf/register/import/modes", Fixture, NULL, fixture_set_up, test_modes, fixture_tear_down);
  g_test_add ("/azqf/register/import/same-version", Fixture, NULL, fixture_set_up, test_same_version_other_content, fixture_tear_down);
  g_test_add ("/azqf/register/import/code-taken", Fixture, NULL, fixture_set_up, test_code_taken, fixture_tear_down);
  g_test_add ("/azqf/register/import/dry-run", Fixture, NULL, fixture_set_up, test_dry_run, fixture_tear_down);
  g_test_add ("/azqf/register/import/cli", Fixture, NULL, fixture_set_up, test_cli, fixture_tear_down);
  g_test_add ("/azqf/register/import/failing", Fixture, NULL, fixture_set_up, test_failing, fixture_tear_down);
  g_test_add ("/azqf/register/import/one-line", Fixture, NULL, fixture_set_up, test_one_line, fixture_tear_down);
  g_test_add ("/azqf/register/import/isced-unknown", Fixture, NULL, fixture_set_up, test_isced_unknown, fixture_tear_down);
  g_test_add ("/azqf/register/import/file-changed", Fixture, NULL, fixture_set_up, test_file_changed, fixture_tear_down);
  g_test_add ("/azqf/register/import/file-changed-many", Fixture, NULL, fixture_set_up, test_file_changed_many, fixture_tear_down);
  g_test_add ("/azqf/register/import/async", Fixture, NULL, fixture_set_up, test_async, fixture_tear_down);

  return g_test_run ();
}
