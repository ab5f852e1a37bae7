/* test-framework-cli.c: azqf framework list | show | import, end to end
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs the built binary (AZQF_CLI) in a temporary folder with a fresh
 * workspace and checks exit status, output and JSON (product.md §4).
 */

#include "config.h"

#include <string.h>
#include <sys/wait.h>

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "model/azqf-locale.h"

/* shared/reference/eqf-descriptors.md, `EQF6.K.1` */
#define EQF6_K1 "Advanced knowledge of a field of work or study, involving a critical understanding of theories and principles"
/* shared/reference/azqf-descriptors.md, `L1.S.2` */
#define L1_S2 "təcrübədə elementar riyazi biliklərdən istifadə edir, sadə hesablamalar aparır və kompüterdən istifadə edir"

#define GOOD_L6 \
  "{\"format\": 1, \"framework\": \"azqf\", \"levels\": [{\"level\": 6, \"status\": \"incomplete\"," \
  " \"note\": \"test text, not the decree\", \"statements\": [" \
  "{\"id\": \"azqf:L6.K.1\", \"domain\": \"knowledge\", \"text\": {\"az\": \"sınaq bilik\"}," \
  " \"provenance\": {\"az\": \"working\"}, \"source\": \"test\"}]}]}"

typedef struct
{
  char *dir;
  char *ws;     /* dir/ws.azqf */
  int   status;
  char *out;
  char *err;
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

  g_spawn_sync (f->dir, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                &f->out, &f->err, &wait_status, &error);
  g_assert_no_error (error);
  g_test_message ("stdout: %s\nstderr: %s", f->out, f->err);

  /* Exited normally: no crash, no abort from a critical warning. */
  g_assert_true (WIFEXITED (wait_status));
  f->status = WEXITSTATUS (wait_status);
}

#define RUN(f, ...) run ((f), (const char * const []) { __VA_ARGS__, NULL })

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("azqf-test-framework-cli-XXXXXX", &error);
  g_assert_no_error (error);
  f->ws = g_build_filename (f->dir, "ws.azqf", NULL);
  RUN (f, "init", f->ws);
  g_assert_cmpint (f->status, ==, 0);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = g_dir_open (f->dir, 0, NULL);
  const char *name;

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (f->dir, name, NULL);

      g_assert_cmpint (g_remove (path), ==, 0);
    }
  g_assert_cmpint (g_rmdir (f->dir), ==, 0);

  g_clear_pointer (&f->out, g_free);
  g_clear_pointer (&f->err, g_free);
  g_clear_pointer (&f->ws, g_free);
  g_clear_pointer (&f->dir, g_free);
}

static char *
write_file (Fixture    *f,
            const char *name,
            const char *contents)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (f->dir, name, NULL);

  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
  return path;
}

/* The values at a JSONPath in the last run's stdout, as an array node. */
static JsonNode *
query_all (Fixture    *f,
           const char *path)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonNode *result;

  json_parser_load_from_data (parser, f->out, -1, &error);
  g_assert_no_error (error);
  result = json_path_query (path, json_parser_get_root (parser), &error);
  g_assert_no_error (error);
  return result;
}

static guint
count_matches (Fixture    *f,
               const char *path)
{
  g_autoptr(JsonNode) result = query_all (f, path);

  return json_array_get_length (json_node_get_array (result));
}

/* The single value at a JSONPath. */
static JsonNode *
query (Fixture    *f,
       const char *path)
{
  g_autoptr(JsonNode) result = query_all (f, path);
  JsonArray *matches = json_node_get_array (result);

  if (json_array_get_length (matches) != 1)
    g_error ("%s: %u matches", path, json_array_get_length (matches));

  return json_node_copy (json_array_get_element (matches, 0));
}

static void
assert_json_string (Fixture    *f,
                    const char *path,
                    const char *expected)
{
  g_autoptr(JsonNode) node = query (f, path);

  g_assert_cmpstr (json_node_get_string (node), ==, expected);
}

static void
assert_json_int (Fixture    *f,
                 const char *path,
                 gint64      expected)
{
  g_autoptr(JsonNode) node = query (f, path);

  g_assert_cmpint (json_node_get_int (node), ==, expected);
}

static void
assert_json_bool (Fixture    *f,
                  const char *path,
                  gboolean    expected)
{
  g_autoptr(JsonNode) node = query (f, path);

  g_assert_cmpint (json_node_get_boolean (node), ==, expected);
}

static void
assert_contains (const char *text,
                 const char *expected)
{
  if (strstr (text, expected) == NULL)
    g_error ("“%s” not in:\n%s", expected, text);
}

/* Cases */

static void
test_list (Fixture       *f,
           gconstpointer  data)
{
  RUN (f, "framework", "list", f->ws);
  g_assert_cmpint (f->status, ==, 0);
  g_assert_cmpstr (f->err, ==, "");
  assert_contains (f->out, "AzQF level 1: incomplete; 11 statements, 1 cut off in the source");
  assert_contains (f->out, "AzQF level 6: missing; 0 statements");
  assert_contains (f->out, "AzQF descriptor text for level 6 is not loaded");
  assert_contains (f->out, "EQF level 6: complete; 4 statements");
  assert_contains (f->out, "QF-EHEA level 5 (Short cycle): missing");
  assert_contains (f->out, "QF-EHEA level 8 (Third cycle): incomplete; 4 statements, 1 cut off in the source");

  RUN (f, "framework", "list", f->ws, "--json");
  g_assert_cmpint (f->status, ==, 0);
  assert_json_string (f, "$.frameworks[0].id", "azqf");
  assert_json_bool (f, "$.frameworks[0].levels[0].loaded", TRUE);
  assert_json_int (f, "$.frameworks[0].levels[0].statements", 11);
  assert_json_int (f, "$.frameworks[0].levels[0].cut_off", 1);
  assert_json_string (f, "$.frameworks[0].levels[5].status", "missing");
  assert_json_bool (f, "$.frameworks[0].levels[5].loaded", FALSE);
  assert_json_int (f, "$.frameworks[0].levels[5].statements", 0);
  /* QF-EHEA lists its cycles only: levels 5–8. */
  assert_json_int (f, "$.frameworks[2].levels[0].level", 5);
  assert_json_string (f, "$.frameworks[2].levels[0].cycle", "short");
  assert_json_int (f, "$.frameworks[2].levels[3].level", 8);
  {
    g_autoptr(JsonNode) note = query (f, "$.frameworks[0].levels[5].note");

    assert_contains (json_node_get_string (note), "NOT FOUND");
  }
}

static void
test_show (Fixture       *f,
           gconstpointer  data)
{
  RUN (f, "framework", "show", f->ws, "azqf", "--level", "1");
  g_assert_cmpint (f->status, ==, 0);
  g_assert_cmpstr (f->err, ==, "");
  assert_contains (f->out, "azqf:L1.S.2 — Skills\n    az [official]: " L1_S2 "\n");
  assert_contains (f->out, "    en [working translation, AzQF Studio working translation]: ");
  assert_contains (f->out, "azqf:L1.A.5 — Autonomy and responsibility — cut off in the source");
  assert_contains (f->out, "öz sağlamlığının qorunm…");
  g_assert_null (strstr (f->out, "AzQF level 2"));

  RUN (f, "framework", "show", f->ws, "azqf", "--level", "6");
  g_assert_cmpint (f->status, ==, 0);
  assert_contains (f->out, "AzQF level 6: missing\n  AzQF descriptor text for level 6 is not loaded");

  RUN (f, "framework", "show", f->ws, "eqf", "--level", "6", "--json");
  g_assert_cmpint (f->status, ==, 0);
  assert_json_string (f, "$.framework", "eqf");
  assert_json_int (f, "$.levels[0].level", 6);
  assert_json_string (f, "$.levels[0].descriptors[0].id", "eqf:L6.K.1");
  assert_json_string (f, "$.levels[0].descriptors[0].text.en", EQF6_K1);
  assert_json_string (f, "$.levels[0].descriptors[0].provenance.en", "official");
  assert_json_bool (f, "$.levels[0].descriptors[0].complete", TRUE);
  /* No Azerbaijani EQF text: absent, not invented. */
  g_assert_cmpuint (count_matches (f, "$.levels[0].descriptors[*].text.en"), ==, 4);
  g_assert_cmpuint (count_matches (f, "$.levels[0].descriptors[*].text.az"), ==, 0);

  RUN (f, "framework", "show", f->ws, "qfehea", "--json");
  g_assert_cmpint (f->status, ==, 0);
  assert_json_bool (f, "$.levels[3].descriptors[3].complete", FALSE);
  assert_json_string (f, "$.levels[3].descriptors[3].id", "qfehea:TC.4");
}

static void
test_show_errors (Fixture       *f,
                  gconstpointer  data)
{
  RUN (f, "framework", "show", f->ws, "nqf");
  g_assert_cmpint (f->status, ==, 1);
  g_assert_cmpstr (f->out, ==, "");
  assert_contains (f->err, "azqf: unknown framework “nqf”");

  RUN (f, "framework", "show", f->ws, "qfehea", "--level", "3");
  g_assert_cmpint (f->status, ==, 1);
  assert_contains (f->err, "QF-EHEA has no level 3");

  RUN (f, "framework", "show", f->ws, "eqf", "--level", "9");
  g_assert_cmpint (f->status, ==, 1);
  assert_contains (f->err, "level 9 is out of range");

  RUN (f, "framework", "show", f->ws);
  g_assert_cmpint (f->status, ==, 2);

  RUN (f, "framework");
  g_assert_cmpint (f->status, ==, 2);
  assert_contains (f->err, "azqf framework import WORKSPACE FILE");

  RUN (f, "framework", "frob", f->ws);
  g_assert_cmpint (f->status, ==, 2);
  assert_contains (f->err, "unknown framework subcommand “frob”");

  RUN (f, "framework", "--help");
  g_assert_cmpint (f->status, ==, 0);
  assert_contains (f->out, "Subcommands:");

  RUN (f, "--help");
  g_assert_cmpint (f->status, ==, 0);
  assert_contains (f->out, "framework");
}

static void
test_import (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *good = write_file (f, "l6.json", GOOD_L6);

  RUN (f, "framework", "import", f->ws, good);
  g_assert_cmpint (f->status, ==, 0);
  g_assert_cmpstr (f->err, ==, "");
  assert_contains (f->out, "Imported 1 statement from");

  RUN (f, "framework", "show", f->ws, "azqf", "--level", "6");
  g_assert_cmpint (f->status, ==, 0);
  g_assert_null (strstr (f->out, "is not loaded"));
  assert_contains (f->out, "azqf:L6.K.1 — Knowledge and understanding — imported into this workspace on ");
  assert_contains (f->out, "    az [working text, test]: sınaq bilik\n");
  assert_contains (f->out, "Note: test text, not the decree");

  RUN (f, "framework", "list", f->ws, "--json");
  assert_json_bool (f, "$.frameworks[0].levels[5].loaded", TRUE);
  assert_json_int (f, "$.frameworks[0].levels[5].imported", 1);
}

static void
test_import_errors (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *bad = write_file (f, "bad.json",
                                     "{\"format\": 1, \"framework\": \"azqf\", \"levels\": ["
                                     "{\"level\": 6, \"status\": \"incomplete\", \"note\": \"n\", \"statements\": ["
                                     "{\"id\": \"azqf:L6.K.1\", \"domain\": \"knowledge\", \"text\": {\"az\": \"\"},"
                                     " \"provenance\": {\"az\": \"official\"}},"
                                     "{\"id\": \"eqf:L6.S.1\", \"domain\": \"skills\", \"text\": {\"az\": \"x\"},"
                                     " \"provenance\": {\"az\": \"working\"}, \"source\": \"t\"}]}]}");
  g_autofree char *not_json = write_file (f, "not.json", "<xml/>");
  g_autofree char *missing = g_build_filename (f->dir, "missing.json", NULL);
  g_autofree char *not_ws = write_file (f, "notes.txt", "not a workspace");
  g_autofree char *good = write_file (f, "l6.json", GOOD_L6);
  g_autofree char *line = NULL;

  RUN (f, "framework", "import", f->ws, bad);
  g_assert_cmpint (f->status, ==, 1);
  g_assert_cmpstr (f->out, ==, "");
  /* One line per problem: azqf: FILE: WHERE: WHY */
  line = g_strdup_printf ("azqf: %s: level 6, statement azqf:L6.K.1: “text.az” is empty\n", bad);
  assert_contains (f->err, line);
  g_clear_pointer (&line, g_free);
  line = g_strdup_printf ("azqf: %s: level 6, statement eqf:L6.S.1: the id “eqf:L6.S.1” must start with “azqf:”", bad);
  assert_contains (f->err, line);
  assert_contains (f->err, "nothing was imported");

  RUN (f, "framework", "import", f->ws, not_json);
  g_assert_cmpint (f->status, ==, 1);
  assert_contains (f->err, "not valid JSON");

  RUN (f, "framework", "import", f->ws, missing);
  g_assert_cmpint (f->status, ==, 2);
  assert_contains (f->err, missing);

  RUN (f, "framework", "import", not_ws, good);
  g_assert_cmpint (f->status, ==, 2);
  assert_contains (f->err, "not an AzQF Studio workspace");

  /* Nothing of the bad files was stored. */
  RUN (f, "framework", "list", f->ws, "--json");
  assert_json_bool (f, "$.frameworks[0].levels[5].loaded", FALSE);
  assert_json_int (f, "$.frameworks[0].levels[5].imported", 0);
}

int
main (int    argc,
      char **argv)
{
  azqf_locale_init_test ();
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/azqf/framework-cli/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("list", test_list);
  ADD ("show", test_show);
  ADD ("show/errors", test_show_errors);
  ADD ("import", test_import);
  ADD ("import/errors", test_import_errors);

#undef ADD

  return g_test_run ();
}
