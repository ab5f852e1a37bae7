/* test-spell-cli.c: azqf spell, end to end
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs the built binary (AZQF_CLI) in a temporary folder with a fresh
 * workspace and two tiny hunspell dictionaries written by the test (az_AZ and
 * en_US in AZQF_HUNSPELL_DIR, no system folders), so the result does not
 * depend on what is installed; checks exit status, output and JSON
 * (product.md §4).
 */

#include "config.h"

#include <string.h>
#include <sys/wait.h>

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "model/azqf-locale.h"
#include "model/azqf-store.h"

typedef struct
{
  char  *dir;
  char  *dicts;   /* dir/dicts: the dictionaries */
  char  *ws;      /* dir/ws.azqf */
  char **envp;
  int    status;
  char  *out;
  char  *err;
} Fixture;

static void
run (Fixture            *f,
     const char * const *args)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  int wait_status = 0;

  g_clear_pointer (&f->out, g_free);
  g_clear_pointer (&f->err, g_free);

  g_ptr_array_add (argv, (gpointer) g_getenv ("AZQF_CLI"));
  g_assert_nonnull (argv->pdata[0]);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);

  g_spawn_sync (f->dir, (char **) argv->pdata, f->envp, G_SPAWN_DEFAULT, NULL, NULL,
                &f->out, &f->err, &wait_status, &error);
  g_assert_no_error (error);
  g_test_message ("stdout: %s\nstderr: %s", f->out, f->err);

  g_assert_true (WIFEXITED (wait_status));
  f->status = WEXITSTATUS (wait_status);
}

#define RUN(f, ...) run ((f), (const char * const []) { __VA_ARGS__, NULL })

static void
write_file (const char *dir,
            const char *name,
            const char *contents)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("azqf-test-spell-cli-XXXXXX", &error);
  g_assert_no_error (error);
  f->ws = g_build_filename (f->dir, "ws.azqf", NULL);
  f->dicts = g_build_filename (f->dir, "dicts", NULL);
  g_assert_cmpint (g_mkdir (f->dicts, 0700), ==, 0);

  write_file (f->dicts, "az_AZ.aff", "SET UTF-8\nLANG az_AZ\nTRY əüöğıçşeuoaigcsxrtmnlbkdhpqvyzjf\nMAP 1\nMAP uü\n");
  write_file (f->dicts, "az_AZ.dic", "4\nmühasib\nbaş\naşpaz\ntəlim\n");
  write_file (f->dicts, "en_US.aff", "SET UTF-8\nTRY esianrtolcdugmfphbyvkwzqjx\n");
  write_file (f->dicts, "en_US.dic", "4\naccountant\nchief\ncook\ntraining\n");

  /* Only our dictionaries: no system or user folders. */
  f->envp = g_get_environ ();
  f->envp = g_environ_setenv (f->envp, "AZQF_HUNSPELL_DIR", f->dicts, TRUE);
  f->envp = g_environ_setenv (f->envp, "XDG_DATA_DIRS", f->dir, TRUE);
  f->envp = g_environ_setenv (f->envp, "XDG_DATA_HOME", f->dir, TRUE);
  f->envp = g_environ_unsetenv (f->envp, "DICPATH");

  RUN (f, "init", f->ws);
  g_assert_cmpint (f->status, ==, 0);
}

static void
remove_tree (const char *path)
{
  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
      const char *name;

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
  remove_tree (f->dir);
  g_clear_pointer (&f->envp, g_strfreev);
  g_clear_pointer (&f->out, g_free);
  g_clear_pointer (&f->err, g_free);
  g_clear_pointer (&f->ws, g_free);
  g_clear_pointer (&f->dicts, g_free);
  g_clear_pointer (&f->dir, g_free);
}

static JsonNode *
parse_output (Fixture *f)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, f->out, -1, &error);
  g_assert_no_error (error);
  return json_node_copy (json_parser_get_root (parser));
}

/* Two standards: one with a mistake in each language, one without. */
static void
add_standards (Fixture *f)
{
  RUN (f, "new", f->ws, "occupational", "PS-0001", "--title-az", "Baş muhasib", "--title-en",
       "Chief acountant");
  g_assert_cmpint (f->status, ==, 0);
  RUN (f, "new", f->ws, "qualification", "KS-0002", "--title-az", "Aşpaz (L4.K.1)", "--title-en",
       "Cook");
  g_assert_cmpint (f->status, ==, 0);
}

static void
test_none (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(JsonNode) root = NULL;
  JsonObject *object;

  RUN (f, "spell", f->ws);
  g_assert_cmpint (f->status, ==, 0);
  g_assert_nonnull (strstr (f->out, "No misspelled words."));

  RUN (f, "spell", f->ws, "--json");
  g_assert_cmpint (f->status, ==, 0);
  root = parse_output (f);
  object = json_node_get_object (root);
  g_assert_cmpint (json_object_get_int_member (object, "count"), ==, 0);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (object, "misspellings")), ==, 0);
}

static void
test_found (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(JsonNode) root = NULL;
  JsonObject *object;
  JsonObject *first;
  JsonObject *second;
  JsonArray *list;
  JsonArray *suggestions;

  add_standards (f);

  RUN (f, "spell", f->ws);
  g_assert_cmpint (f->status, ==, 1);
  g_assert_nonnull (strstr (f->out, "PS-0001 title [az] muhasib → mühasib"));
  g_assert_nonnull (strstr (f->out, "PS-0001 title [en] acountant → accountant"));
  g_assert_nonnull (strstr (f->out, "2 misspelled words"));
  g_assert_null (strstr (f->out, "KS-0002"));

  RUN (f, "spell", f->ws, "--json");
  g_assert_cmpint (f->status, ==, 1);
  root = parse_output (f);
  object = json_node_get_object (root);
  g_assert_cmpint (json_object_get_int_member (object, "count"), ==, 2);
  list = json_object_get_array_member (object, "misspellings");
  g_assert_cmpuint (json_array_get_length (list), ==, 2);
  first = json_array_get_object_element (list, 0);
  g_assert_cmpstr (json_object_get_string_member (first, "word"), ==, "muhasib");
  g_assert_cmpstr (json_object_get_string_member (first, "lang"), ==, "az");
  g_assert_cmpstr (json_object_get_string_member (first, "standard"), ==, "PS-0001");
  g_assert_cmpstr (json_object_get_string_member (first, "field"), ==, "title");
  g_assert_cmpint (json_object_get_int_member (first, "offset"), ==, 4);
  g_assert_cmpint (json_object_get_int_member (first, "length"), ==, 7);
  g_assert_false (json_object_has_member (first, "unit"));
  g_assert_false (json_object_has_member (first, "outcome"));
  suggestions = json_object_get_array_member (first, "suggestions");
  g_assert_cmpstr (json_array_get_string_element (suggestions, 0), ==, "mühasib");
  second = json_array_get_object_element (list, 1);
  g_assert_cmpstr (json_object_get_string_member (second, "word"), ==, "acountant");
  g_assert_cmpstr (json_object_get_string_member (second, "lang"), ==, "en");
}

static void
test_lang_and_code (Fixture       *f,
                    gconstpointer  data)
{
  add_standards (f);

  RUN (f, "spell", f->ws, "--lang", "en");
  g_assert_cmpint (f->status, ==, 1);
  g_assert_nonnull (strstr (f->out, "acountant"));
  g_assert_null (strstr (f->out, "muhasib"));
  g_assert_nonnull (strstr (f->out, "1 misspelled word\n"));

  RUN (f, "spell", "--lang=az", f->ws, "PS-0001");
  g_assert_cmpint (f->status, ==, 1);
  g_assert_nonnull (strstr (f->out, "muhasib"));
  g_assert_null (strstr (f->out, "acountant"));

  RUN (f, "spell", f->ws, "KS-0002");
  g_assert_cmpint (f->status, ==, 0);
  g_assert_nonnull (strstr (f->out, "No misspelled words."));
}

/* The workspace's own words are not misspellings. */
static void
test_workspace_words (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  AzqfStore *store;

  add_standards (f);

  store = azqf_store_open (f->ws, AZQF_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_true (azqf_store_add_word (store, AZQF_LANG_EN, "acountant", &error));
  g_assert_no_error (error);
  g_assert_finalize_object (store);

  RUN (f, "spell", f->ws, "--lang", "en");
  g_assert_cmpint (f->status, ==, 0);
  RUN (f, "spell", f->ws);
  g_assert_cmpint (f->status, ==, 1);
  g_assert_nonnull (strstr (f->out, "muhasib"));
}

static void
test_errors (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *missing = g_build_filename (f->dir, "missing.azqf", NULL);

  add_standards (f);

  RUN (f, "spell", f->ws, "--lang", "ru");
  g_assert_cmpint (f->status, ==, 2);
  g_assert_nonnull (strstr (f->err, "ru"));

  RUN (f, "spell", f->ws, "NO-SUCH");
  g_assert_cmpint (f->status, ==, 2);
  g_assert_nonnull (strstr (f->err, "NO-SUCH"));

  RUN (f, "spell", missing);
  g_assert_cmpint (f->status, ==, 2);

  RUN (f, "spell");
  g_assert_cmpint (f->status, ==, 2);

  RUN (f, "spell", f->ws, "PS-0001", "extra");
  g_assert_cmpint (f->status, ==, 2);

  /* Without the az dictionary: az fails, en alone still works. */
  {
    g_autofree char *aff = g_build_filename (f->dicts, "az_AZ.aff", NULL);

    g_assert_cmpint (g_remove (aff), ==, 0);
  }
  RUN (f, "spell", f->ws);
  g_assert_cmpint (f->status, ==, 2);
  g_assert_nonnull (strstr (f->err, "az_AZ"));
  RUN (f, "spell", f->ws, "--lang", "en");
  g_assert_cmpint (f->status, ==, 1);
}

int
main (int    argc,
      char **argv)
{
  azqf_locale_init_test ();
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/azqf/spell-cli/none", Fixture, NULL, fixture_set_up, test_none, fixture_tear_down);
  g_test_add ("/azqf/spell-cli/found", Fixture, NULL, fixture_set_up, test_found, fixture_tear_down);
  g_test_add ("/azqf/spell-cli/lang-and-code", Fixture, NULL, fixture_set_up, test_lang_and_code,
              fixture_tear_down);
  g_test_add ("/azqf/spell-cli/workspace-words", Fixture, NULL, fixture_set_up, test_workspace_words,
              fixture_tear_down);
  g_test_add ("/azqf/spell-cli/errors", Fixture, NULL, fixture_set_up, test_errors, fixture_tear_down);

  return g_test_run ();
}
