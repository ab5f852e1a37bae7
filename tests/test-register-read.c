/* test-register-read.c: the streaming register reader and its refusals
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * register-format.md §7 and §9: every refusal with its id, line and column.
 */

#include "config.h"

#include <string.h>
#include <sys/wait.h>

#include <glib.h>
#include <glib/gstdio.h>
#include <libxml/parser.h>

#include "azqf-register-reader.h"
#include "azqf-link.h"
#include "azqf-outcome.h"
#include "azqf-relation.h"
#include "azqf-standard.h"
#include "azqf-unit.h"

#define HEAD "<register xmlns=\"urn:azqf:register:1\" version=\"1.0\">\n" \
             "<header generator=\"t\" created=\"2026-11-23T10:15:00Z\" workspace=\"5b0c7e3a-6f51-4c8e-9d3e-2a7d4c1f9e80\"/>\n"
#define STD1 "<standard uuid=\"11111111-1111-4111-8111-111111111111\" kind=\"occupational\" version=\"1\" status=\"draft\">\n"
#define TIMES "<created>2026-01-01T00:00:00Z</created>\n<modified>2026-01-01T00:00:00Z</modified>\n"

typedef struct
{
  char *dir;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->dir = g_dir_make_tmp ("azqf-register-read-XXXXXX", NULL);
  g_assert_nonnull (fixture->dir);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = g_dir_open (fixture->dir, 0, NULL);
  const char *name;

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
      g_unlink (path);
    }
  g_rmdir (fixture->dir);
  g_free (fixture->dir);
}

static char *
write_file (Fixture    *fixture,
            const char *name,
            const char *data,
            gssize      len)
{
  char *path = g_build_filename (fixture->dir, name, NULL);

  g_assert_true (g_file_set_contents (path, data, len, NULL));
  return path;
}

static GPtrArray *
read_problems (const char *path)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *problems = NULL;
  gint64 start = g_get_monotonic_time ();

  g_assert_true (azqf_register_read (path, FALSE, NULL, NULL, &problems, &error));
  g_assert_no_error (error);
  /* Refused quickly. */
  g_assert_cmpint (g_get_monotonic_time () - start, <, 5 * G_USEC_PER_SEC);
  return problems;
}

static void
assert_problem (GPtrArray  *problems,
                guint       index,
                const char *id,
                guint       line,
                guint       column)
{
  AzqfRegisterProblem *problem;

  g_assert_cmpuint (problems->len, >, index);
  problem = g_ptr_array_index (problems, index);
  g_test_message ("%u:%u: %s [%s]", problem->line, problem->column, problem->message, problem->id);
  g_assert_cmpstr (problem->id, ==, id);
  g_assert_cmpuint (problem->line, ==, line);
  g_assert_cmpuint (problem->column, ==, column);
}

/* A file that must be refused with exactly one fatal problem. */
static void
assert_refused (Fixture    *fixture,
                const char *data,
                gssize      len,
                const char *id,
                guint       line,
                guint       column)
{
  g_autofree char *path = write_file (fixture, "refused.xml", data, len);
  g_autoptr(GPtrArray) problems = read_problems (path);
  AzqfRegisterProblem *last;

  assert_problem (problems, problems->len - 1, id, line, column);
  last = g_ptr_array_index (problems, problems->len - 1);
  g_assert_true (last->fatal);
}

static gboolean
collect_cb (AzqfStandard  *standard,
            guint          line,
            guint          column,
            gpointer       user_data,
            GError       **error)
{
  g_ptr_array_add (user_data, g_object_ref (standard));
  return TRUE;
}

static AzqfOutcome *
unit_outcome (AzqfStandard *standard,
              guint         unit_index,
              guint         outcome_index)
{
  g_autoptr(AzqfUnit) unit = g_list_model_get_item (azqf_standard_get_units (standard), unit_index);
  AzqfOutcome *outcome = g_list_model_get_item (azqf_unit_get_outcomes (unit), outcome_index);

  g_assert_nonnull (outcome);
  return outcome;
}

static void
test_example (Fixture       *fixture,
              gconstpointer  data)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "register", "example.xml", NULL);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GPtrArray) codes = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(AzqfRelation) relation = NULL;
  g_autoptr(AzqfOutcome) outcome = NULL;
  g_autoptr(AzqfLink) link = NULL;
  AzqfStandard *standard;
  g_autoptr(GError) error = NULL;

  g_assert_true (azqf_register_read (path, FALSE, collect_cb, codes, &problems, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < problems->len; i++)
    assert_problem (problems, i, "none", 0, 0);
  g_assert_cmpuint (codes->len, >, 0);
  standard = g_ptr_array_index (codes, 0);
  g_assert_cmpstr (azqf_standard_get_code (standard), ==, "KS-0612-05-01");
  g_assert_cmpstr (azqf_standard_get_uuid (standard), ==, "8e2f4a10-3c5d-4b7e-9f21-6a0d8c3b5e47");
  g_assert_cmpint (azqf_standard_get_kind (standard), ==, AZQF_KIND_QUALIFICATION);
  g_assert_cmpint (azqf_standard_get_status (standard), ==, AZQF_STATUS_REGISTERED);
  g_assert_cmpuint (azqf_standard_get_version (standard), ==, 2);
  g_assert_cmpstr (azqf_standard_get_text (standard, AZQF_STANDARD_TITLE, AZQF_LANG_EN), ==, "Computer network technician");
  g_assert_cmpstr (azqf_standard_get_text (standard, AZQF_STANDARD_TITLE, AZQF_LANG_AZ), ==, "Kompüter şəbəkələri üzrə texnik");
  g_assert_cmpuint (azqf_standard_get_level (standard), ==, 5);
  g_assert_cmpstr (azqf_standard_get_isco08 (standard), ==, "3513");
  g_assert_cmpstr (azqf_standard_get_isced_f (standard), ==, "0612");
  g_assert_cmpstr (azqf_standard_get_decision_number (standard), ==, "EX-2026/17");

  g_assert_cmpuint (g_list_model_get_n_items (azqf_standard_get_relations (standard)), ==, 2);
  relation = g_list_model_get_item (azqf_standard_get_relations (standard), 1);
  g_assert_cmpint (azqf_relation_get_relation_type (relation), ==, AZQF_RELATION_REPLACES);
  g_assert_cmpstr (azqf_relation_get_target_uuid (relation), ==, "f0a7c3d9-5b21-4e6f-a8d4-17c2e9b03f65");
  g_assert_cmpstr (azqf_relation_get_target_code (relation), ==, "KS-0612-05-00");

  g_assert_cmpuint (g_list_model_get_n_items (azqf_standard_get_units (standard)), ==, 2);
  outcome = unit_outcome (standard, 0, 1);
  g_assert_cmpstr (azqf_outcome_get_code (outcome), ==, "U1.S1");
  g_assert_cmpstr (azqf_outcome_get_text (outcome, AZQF_LANG_EN), ==, "Installs a structured cabling system to standard and tests it.");
  g_assert_cmpuint (g_list_model_get_n_items (azqf_outcome_get_criteria (outcome)), >, 0);
  link = g_list_model_get_item (azqf_outcome_get_links (outcome), 0);
  g_assert_cmpint (azqf_link_get_source (link), ==, AZQF_LINK_SOURCE_SUGGESTED);
  g_assert_cmpint (azqf_link_get_state (link), ==, AZQF_LINK_STATE_CONFIRMED);
  g_assert_cmpstr (azqf_link_get_comment (link), ==, "Covers the practical part only.");
}

static void
test_missing (Fixture       *fixture,
              gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "missing.xml", NULL);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_false (azqf_register_read (path, FALSE, NULL, NULL, &problems, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_null (problems);
}

static void
test_xxe (Fixture       *fixture,
          gconstpointer  data)
{
  assert_refused (fixture,
                  "<?xml version=\"1.0\"?>\n"
                  "<!DOCTYPE register [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
                  "<register xmlns=\"urn:azqf:register:1\" version=\"1.0\">&x;</register>\n",
                  -1, "X05", 2, 20);
}

static void
test_billion_laughs (Fixture       *fixture,
                     gconstpointer  data)
{
  assert_refused (fixture,
                  "<?xml version=\"1.0\"?>\n"
                  "<!DOCTYPE lolz [\n"
                  " <!ENTITY lol \"lol\">\n"
                  " <!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n"
                  " <!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\">\n"
                  " <!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">\n"
                  "]>\n"
                  "<register xmlns=\"urn:azqf:register:1\" version=\"1.0\">&lol3;</register>\n",
                  -1, "X05", 2, 16);
}

static void
test_external_dtd (Fixture       *fixture,
                   gconstpointer  data)
{
  assert_refused (fixture,
                  "<?xml version=\"1.0\"?>\n"
                  "<!DOCTYPE register SYSTEM \"http://example.invalid/register.dtd\">\n"
                  "<register xmlns=\"urn:azqf:register:1\" version=\"1.0\"/>\n",
                  -1, "X05", 2, 64);
}

static void
test_schema_location (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autofree char *path = write_file (fixture, "location.xml",
    "<register xmlns=\"urn:azqf:register:1\" version=\"1.0\""
    " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
    " xsi:schemaLocation=\"urn:azqf:register:1 http://example.invalid/register.xsd\">\n"
    "<header generator=\"t\" created=\"2026-11-23T10:15:00Z\" workspace=\"5b0c7e3a-6f51-4c8e-9d3e-2a7d4c1f9e80\"/>\n"
    "</register>\n", -1);
  g_autoptr(GPtrArray) problems = read_problems (path);

  /* Ignored, never resolved (an unresolvable host would take seconds), and
   * allowed on the root like any xsi attribute. */
  g_assert_cmpuint (problems->len, ==, 0);
}

static void
test_deep (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(GString) xml = g_string_new ("<register xmlns=\"urn:azqf:register:1\" version=\"1.0\">");

  for (int i = 0; i < 10000; i++)
    g_string_append (xml, "<a>");
  for (int i = 0; i < 10000; i++)
    g_string_append (xml, "</a>");
  g_string_append (xml, "</register>\n");
  /* The 32nd element is the 31st <a>, ending at column 52 + 31 * 3. */
  assert_refused (fixture, xml->str, xml->len, "X06", 1, 148);
}

static void
test_invalid_utf8 (Fixture       *fixture,
                   gconstpointer  data)
{
  assert_refused (fixture,
                  HEAD "<!-- \xff\xfe -->\n</register>\n", -1, "X03", 3, 6);
}

static void
test_truncated (Fixture       *fixture,
                gconstpointer  data)
{
  assert_refused (fixture, HEAD STD1 "<code>A", -1, "X02", 4, 7);
}

static void
test_empty (Fixture       *fixture,
            gconstpointer  data)
{
  assert_refused (fixture, "", 0, "X01", 1, 1);
}

static void
test_huge_text (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "huge.xml", NULL);
  g_autoptr(GPtrArray) problems = NULL;
  g_autofree char *block = g_malloc (64 * 1024);
  FILE *out = fopen (path, "w");

  /* Written as a stream: a 2 MiB text node stands in for a 1 GB one. */
  g_assert_nonnull (out);
  memset (block, 'x', 64 * 1024);
  fputs (HEAD STD1 "<code>A</code>\n" TIMES "<title xml:lang=\"az\">", out);
  for (int i = 0; i < 32; i++)
    fwrite (block, 1, 64 * 1024, out);
  fputs ("</title>\n</standard>\n</register>\n", out);
  fclose (out);

  problems = read_problems (path);
  g_assert_cmpuint (problems->len, >, 0);
  assert_problem (problems, problems->len - 1, "X07", 7,
                  ((AzqfRegisterProblem *) g_ptr_array_index (problems, problems->len - 1))->column);
  g_assert_true (((AzqfRegisterProblem *) g_ptr_array_index (problems, problems->len - 1))->fatal);
}

static void
test_encoding (Fixture       *fixture,
               gconstpointer  data)
{
  assert_refused (fixture,
                  "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n"
                  "<register xmlns=\"urn:azqf:register:1\" version=\"1.0\"/>\n",
                  -1, "X04", 1, 1);
}

static void
test_undefined_entity (Fixture       *fixture,
                       gconstpointer  data)
{
  assert_refused (fixture, HEAD "&foo;\n</register>\n", -1, "X09", 3, 6);
}

static void
test_root (Fixture       *fixture,
           gconstpointer  data)
{
  assert_refused (fixture, "<registry xmlns=\"urn:azqf:register:1\" version=\"1.0\"/>\n", -1, "V01", 1, 52);
  assert_refused (fixture, "<register xmlns=\"urn:other\" version=\"1.0\"/>\n", -1, "V02", 1, 42);
  assert_refused (fixture, "<register version=\"1.0\"/>\n", -1, "V02", 1, 24);
  assert_refused (fixture, "<register xmlns=\"urn:azqf:register:1\"/>\n", -1, "V03", 1, 38);
  assert_refused (fixture, "<register xmlns=\"urn:azqf:register:1\" version=\"1.1\"/>\n", -1, "V04", 1, 52);
  assert_refused (fixture, "<register xmlns=\"urn:azqf:register:1\" version=\"0.9\"/>\n", -1, "V05", 1, 52);
  assert_refused (fixture, "<register xmlns=\"urn:azqf:register:1\" version=\"one\"/>\n", -1, "V05", 1, 52);
  assert_refused (fixture, "<register xmlns=\"urn:azqf:register:2\" version=\"2.0\"/>\n", -1, "V06", 1, 52);
}

static void
test_several (Fixture       *fixture,
              gconstpointer  data)
{
  g_autofree char *path = write_file (fixture, "several.xml",
    HEAD
    STD1                                   /* 3 */
    "<code>A-1</code>\n"                   /* 4 */
    TIMES                                  /* 5, 6 */
    "<azqfLevel>9</azqfLevel>\n"           /* 7 */
    "</standard>\n"
    STD1                                   /* 9 */
    "<code>A-1</code>\n"                   /* 10 */
    TIMES
    "<bogus/>\n"                           /* 13 */
    "</standard>\n"
    "<standard uuid=\"22222222-2222-4222-8222-222222222222\" kind=\"educational\" version=\"1\" status=\"draft\" foo=\"x\">\n"
    "<code>B-1</code>\n"
    TIMES
    "</standard>\n"
    "<standard uuid=\"33333333-3333-4333-8333-333333333333\" kind=\"strange\" version=\"1\" status=\"draft\">\n"
    "<code>C-1</code>\n"
    TIMES
    "</standard>\n"
    "<standard kind=\"occupational\" version=\"1\" status=\"draft\">\n"
    "<code>D-1</code>\n"
    TIMES
    "</standard>\n"
    "</register>\n", -1);
  g_autoptr(GPtrArray) problems = read_problems (path);

  assert_problem (problems, 0, "S03", 7, 11);
  assert_problem (problems, 1, "R02", 10, 6);
  assert_problem (problems, 2, "S01", 13, 7);
  assert_problem (problems, 3, "R01", 9, 101);
  assert_problem (problems, 4, "S05", 15, 108);
  assert_problem (problems, 5, "S06", 20, 96);
  assert_problem (problems, 6, "S04", 25, 57);
  g_assert_cmpuint (problems->len, ==, 7);
}

static gboolean
has_problem (GPtrArray  *problems,
             const char *id,
             guint       line,
             guint       column)
{
  for (guint i = 0; i < problems->len; i++)
    {
      AzqfRegisterProblem *problem = g_ptr_array_index (problems, i);

      if (strcmp (problem->id, id) == 0 && problem->line == line && problem->column == column)
        return TRUE;
    }
  return FALSE;
}

static void
test_rules (Fixture       *fixture,
            gconstpointer  data)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "register", "rules.xml", NULL);
  g_autoptr(GPtrArray) problems = read_problems (path);
  static const struct { const char *id; guint line, column; } expected[] = {
    { "R17", 6, 10 }, { "R03", 8, 21 }, { "R04", 9, 23 }, { "R05", 10, 23 },
    { "R20", 14, 8 }, { "R14", 21, 89 }, { "R15", 23, 89 }, { "R12", 32, 90 },
    { "R13", 33, 90 }, { "R11", 33, 90 }, { "R09", 39, 6 }, { "R10", 45, 6 },
    { "R06", 12, 10 }, { "R07", 13, 13 }, { "R18", 19, 12 }, { "R08", 55, 10 },
    { "C03", 51, 103 }, { "R21", 22, 91 },
  };
  guint n_c01 = 0;

  for (gsize i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_test_message ("%s %u:%u", expected[i].id, expected[i].line, expected[i].column);
      g_assert_true (has_problem (problems, expected[i].id, expected[i].line, expected[i].column));
    }
  for (guint i = 0; i < problems->len; i++)
    {
      AzqfRegisterProblem *problem = g_ptr_array_index (problems, i);

      g_assert_false (problem->fatal);
      g_assert_cmpint (problem->id[0], !=, 'S');
      if (strcmp (problem->id, "C01") == 0)
        n_c01++;
    }
  /* The approved educational standard lacks 16 fields; the draft none. */
  g_assert_cmpuint (n_c01, ==, 16);
  g_assert_cmpuint (problems->len, ==, G_N_ELEMENTS (expected) + n_c01);
}

static void
test_too_long (Fixture       *fixture,
               gconstpointer  data)
{
  g_autofree char *long_title = g_strnfill (1001, 'x');
  g_autofree char *xml = g_strconcat (HEAD STD1 "<code>A-1</code>\n" TIMES "<title xml:lang=\"az\">",
                                      long_title, "</title>\n</standard>\n</register>\n", NULL);
  g_autofree char *path = write_file (fixture, "long.xml", xml, -1);
  g_autoptr(GPtrArray) problems = read_problems (path);

  /* A length facet is S03 with the element's own description, not S99. */
  g_assert_cmpuint (problems->len, ==, 1);
  assert_problem (problems, 0, "S03", 7, 21);
  g_assert_nonnull (strstr (((AzqfRegisterProblem *) g_ptr_array_index (problems, 0))->message, "1,000"));
}

static void
test_too_many (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GString) xml = g_string_new (HEAD);
  g_autofree char *path = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  AzqfRegisterProblem *last;

  /* Each: S06 (kind) and, from the second on, R01 and R02. */
  for (int i = 0; i < 600; i++)
    g_string_append (xml, "<standard uuid=\"11111111-1111-4111-8111-111111111111\" kind=\"x\" version=\"1\" status=\"draft\">"
                          "<code>A</code>" TIMES "</standard>\n");
  g_string_append (xml, "</register>\n");
  path = write_file (fixture, "many.xml", xml->str, xml->len);
  problems = read_problems (path);

  /* 1,000 errors, then X10 and stop. */
  g_assert_cmpuint (problems->len, ==, 1001);
  last = g_ptr_array_index (problems, 1000);
  g_assert_cmpstr (last->id, ==, "X10");
  g_assert_true (last->fatal);
}

static void
test_bom (Fixture       *fixture,
          gconstpointer  data)
{
  g_autofree char *path = write_file (fixture, "bom.xml",
    "\xEF\xBB\xBF" HEAD "</register>\n", -1);
  g_autoptr(GPtrArray) problems = read_problems (path);

  /* A BOM and a missing declaration are accepted; a BOM alone is empty. */
  g_assert_cmpuint (problems->len, ==, 0);
  assert_refused (fixture, "\xEF\xBB\xBF", 3, "X01", 1, 1);
  assert_refused (fixture, "<!-- nothing -->\n", -1, "X01", 1, 1);
}

static void
test_complete (Fixture       *fixture,
               gconstpointer  data)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "register", "rules.xml", NULL);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  guint n_draft = 0;

  /* --complete: the draft A-1 is checked too, at its start tag. */
  g_assert_true (azqf_register_read (path, TRUE, NULL, NULL, &problems, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < problems->len; i++)
    {
      AzqfRegisterProblem *problem = g_ptr_array_index (problems, i);

      if (problem->id[0] == 'C' && problem->line == 3)
        {
          g_assert_cmpuint (problem->column, ==, 101);
          n_draft++;
        }
    }
  g_assert_true (has_problem (problems, "C01", 3, 101));
  /* Units and outcomes at their own start tags. */
  g_assert_true (has_problem (problems, "C04", 26, 6));
  g_assert_true (has_problem (problems, "C05", 41, 6));
  g_assert_true (has_problem (problems, "C06", 29, 28));
  g_assert_cmpuint (n_draft, >, 5);
}

static void
test_criteria (Fixture       *fixture,
               gconstpointer  data)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "register", "criteria.xml", NULL);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;

  /* A draft: nothing without complete. */
  g_assert_true (azqf_register_read (path, FALSE, NULL, NULL, &problems, &error));
  g_assert_cmpuint (problems->len, ==, 0);
  g_clear_pointer (&problems, g_ptr_array_unref);

  g_assert_true (azqf_register_read (path, TRUE, NULL, NULL, &problems, &error));
  g_assert_no_error (error);
  g_assert_true (has_problem (problems, "C07", 8, 28));
  g_assert_true (has_problem (problems, "C08", 18, 11));
  g_assert_true (has_problem (problems, "C02", 3, 102));
  g_assert_false (has_problem (problems, "C03", 3, 102));
}

static void
test_cycle (Fixture       *fixture,
            gconstpointer  data)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "register", "cycle.xml", NULL);
  g_autoptr(GPtrArray) problems = read_problems (path);

  g_assert_cmpuint (problems->len, ==, 1);
  assert_problem (problems, 0, "R16", 24, 89);
  g_assert_nonnull (strstr (((AzqfRegisterProblem *) g_ptr_array_index (problems, 0))->message,
                            "C-1 → A-1 → B-1 → C-1"));
}

static void
test_cli (Fixture       *fixture,
          gconstpointer  data)
{
  const char *cli = g_getenv ("AZQF_CLI");
  g_autofree char *bad = write_file (fixture, "bad.xml",
                                     "<register xmlns=\"urn:other\" version=\"1.0\"/>\n", -1);
  g_autofree char *good = g_test_build_filename (G_TEST_DIST, "data", "register", "example.xml", NULL);
  g_autofree char *missing = g_build_filename (fixture->dir, "missing.xml", NULL);
  g_autofree char *err = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *out = NULL;
  int status;

  if (cli == NULL)
    {
      g_test_skip ("AZQF_CLI is not set");
      return;
    }

  {
    const char *argv[] = { cli, "validate", good, NULL };
    g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, NULL, NULL, &status, NULL));
    g_assert_true (g_spawn_check_wait_status (status, NULL));
  }
  {
    const char *argv[] = { cli, "validate", bad, NULL };
    g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, NULL, &err, &status, NULL));
    g_assert_true (WIFEXITED (status));
    g_assert_cmpint (WEXITSTATUS (status), ==, 1);
    expected = g_strdup_printf ("%s:1:42: the document is in namespace \"urn:other\", not \"urn:azqf:register:1\" [V02]\n", bad);
    g_assert_cmpstr (err, ==, expected);
  }
  {
    const char *argv[] = { cli, "validate", "--json", bad, NULL };
    g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, NULL, &status, NULL));
    g_assert_cmpint (WEXITSTATUS (status), ==, 1);
    g_assert_nonnull (strstr (out, "\"V02\""));
    g_assert_nonnull (strstr (out, "\"column\" : 42"));
  }
  {
    const char *argv[] = { cli, "validate", missing, NULL };
    g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, NULL, NULL, &status, NULL));
    g_assert_cmpint (WEXITSTATUS (status), ==, 2);
  }
}

/* Problems as "ID LINE:COL" lines, to compare two reads. */
static char *
describe (GPtrArray *problems)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < problems->len; i++)
    {
      AzqfRegisterProblem *problem = g_ptr_array_index (problems, i);

      g_string_append_printf (out, "%s %u:%u\n", problem->id, problem->line, problem->column);
    }
  return g_string_free (out, FALSE);
}

typedef struct
{
  GPtrArray *problems;
  GError    *error;
  guint     *pending;
} ValidateResult;

static void
validated_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  ValidateResult *r = user_data;

  /* In the thread of the main context, as the GUI needs. */
  g_assert_true (g_main_context_is_owner (g_main_context_default ()));
  r->problems = azqf_register_validate_finish (result, &r->error);
  (*r->pending)--;
  g_main_context_wakeup (NULL);
}

/* Several files validated at once in worker threads give what reading
 * them one by one gives: the reader's swap of libxml2's process-wide
 * entity loader is serialised, and each read's errors stay its own. */
static void
test_validate_async (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *example = g_test_build_filename (G_TEST_DIST, "data", "register", "example.xml", NULL);
  g_autofree char *rules = g_test_build_filename (G_TEST_DIST, "data", "register", "rules.xml", NULL);
  g_autofree char *xxe = write_file (fixture, "xxe.xml",
                                     "<!DOCTYPE register [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
                                     "<register xmlns=\"urn:azqf:register:1\" version=\"1.0\">&x;</register>\n",
                                     -1);
  g_autofree char *broken = write_file (fixture, "broken.xml", HEAD STD1 "<code>A-1</code>\n", -1);
  const char *paths[] = { example, rules, xxe, broken };
  char *expected[G_N_ELEMENTS (paths)];
  ValidateResult results[4 * G_N_ELEMENTS (paths)] = { { 0 } };
  guint pending = G_N_ELEMENTS (results);
  xmlExternalEntityLoader loader = xmlGetExternalEntityLoader ();

  for (gsize i = 0; i < G_N_ELEMENTS (paths); i++)
    {
      g_autoptr(GPtrArray) problems = read_problems (paths[i]);

      expected[i] = describe (problems);
    }
  /* Each kind of result is there: none, rule problems, fatal refusals. */
  g_assert_cmpstr (expected[0], ==, "");
  g_assert_nonnull (strstr (expected[1], "R17 "));
  g_assert_true (g_str_has_prefix (expected[2], "X05 "));
  g_assert_nonnull (strstr (expected[3], "X02 "));

  for (gsize i = 0; i < G_N_ELEMENTS (results); i++)
    {
      results[i].pending = &pending;
      azqf_register_validate_async (paths[i % G_N_ELEMENTS (paths)], FALSE, NULL, validated_cb, &results[i]);
    }
  while (pending > 0)
    g_main_context_iteration (NULL, TRUE);

  for (gsize i = 0; i < G_N_ELEMENTS (results); i++)
    {
      g_autofree char *got = NULL;

      g_assert_no_error (results[i].error);
      got = describe (results[i].problems);
      g_assert_cmpstr (got, ==, expected[i % G_N_ELEMENTS (paths)]);
      g_ptr_array_unref (results[i].problems);
    }
  for (gsize i = 0; i < G_N_ELEMENTS (paths); i++)
    g_free (expected[i]);
  /* Reads that overlapped would restore each other's loader and could leave
   * the refusing one in place for the whole process. */
  g_assert_true (xmlGetExternalEntityLoader () == loader);
}

static gboolean
ignore_cb (AzqfStandard  *standard,
           guint          line,
           guint          column,
           gpointer       user_data,
           GError       **error)
{
  return TRUE;
}

/* Validation alone builds no outcome or criterion objects, an import
 * does: both must find the same problems, also with every C rule. */
static void
test_same_problems_without_objects (Fixture       *fixture,
                                    gconstpointer  data)
{
  /* second-code.xml: a second <code> in the standard, a unit and an outcome
   * (each replaced the object read so far, leaking it: ASan's leak check). */
  const char *names[] = { "example.xml", "rules.xml", "criteria.xml", "cycle.xml", "second-code.xml" };
  guint n_c = 0, n_r = 0;

  for (gsize i = 0; i < G_N_ELEMENTS (names); i++)
    for (int complete = 0; complete <= 1; complete++)
      {
        g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "register", names[i], NULL);
        g_autoptr(GPtrArray) alone = NULL;
        g_autoptr(GPtrArray) built = NULL;
        g_autofree char *alone_text = NULL;
        g_autofree char *built_text = NULL;

        g_assert_true (azqf_register_read (path, complete, NULL, NULL, &alone, NULL));
        g_assert_true (azqf_register_read (path, complete, ignore_cb, NULL, &built, NULL));
        alone_text = describe (alone);
        built_text = describe (built);
        g_test_message ("%s, complete %d: %u problems", names[i], complete, alone->len);
        g_assert_cmpstr (alone_text, ==, built_text);
        for (guint j = 0; j < alone->len; j++)
          {
            const char *id = ((AzqfRegisterProblem *) g_ptr_array_index (alone, j))->id;

            n_c += id[0] == 'C';
            n_r += id[0] == 'R';
          }
      }
  /* The files hold rule and completeness problems to compare. */
  g_assert_cmpuint (n_c, >, 10);
  g_assert_cmpuint (n_r, >, 10);
}

static gboolean
sleeping_cb (AzqfStandard  *standard,
             guint          line,
             guint          column,
             gpointer       user_data,
             GError       **error)
{
  g_usleep (GPOINTER_TO_UINT (user_data));
  return TRUE;
}

static gpointer
read_slowly (gpointer data)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "register", "example.xml", NULL);
  g_autoptr(GPtrArray) problems = NULL;

  g_assert_true (azqf_register_read (path, FALSE, sleeping_cb, data, &problems, NULL));
  g_assert_cmpuint (problems->len, ==, 0);
  return NULL;
}

/* A read that starts while another runs and ends after it: without the
 * lock the second would put back the loader the first had set, leaving the
 * refusing loader in place for the whole process. */
static void
test_overlapping_reads (Fixture       *fixture,
                        gconstpointer  data)
{
  xmlExternalEntityLoader loader = xmlGetExternalEntityLoader ();
  GThread *first = g_thread_new ("first", read_slowly, GUINT_TO_POINTER (200 * 1000));
  GThread *second;

  g_usleep (50 * 1000);
  second = g_thread_new ("second", read_slowly, GUINT_TO_POINTER (400 * 1000));
  g_thread_join (first);
  g_thread_join (second);
  g_assert_true (xmlGetExternalEntityLoader () == loader);
}

static void
test_validate_async_cancelled (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autofree char *example = g_test_build_filename (G_TEST_DIST, "data", "register", "example.xml", NULL);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  ValidateResult result = { 0 };
  guint pending = 1;

  result.pending = &pending;
  g_cancellable_cancel (cancellable);
  azqf_register_validate_async (example, FALSE, cancellable, validated_cb, &result);
  while (pending > 0)
    g_main_context_iteration (NULL, TRUE);
  g_assert_error (result.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_null (result.problems);
  g_clear_error (&result.error);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add ("/azqf/register/read/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("example", test_example);
  ADD ("missing", test_missing);
  ADD ("xxe", test_xxe);
  ADD ("billion-laughs", test_billion_laughs);
  ADD ("external-dtd", test_external_dtd);
  ADD ("schema-location", test_schema_location);
  ADD ("deep", test_deep);
  ADD ("invalid-utf8", test_invalid_utf8);
  ADD ("truncated", test_truncated);
  ADD ("empty", test_empty);
  ADD ("huge-text", test_huge_text);
  ADD ("encoding", test_encoding);
  ADD ("undefined-entity", test_undefined_entity);
  ADD ("root", test_root);
  ADD ("several", test_several);
  ADD ("rules", test_rules);
  ADD ("too-long", test_too_long);
  ADD ("too-many", test_too_many);
  ADD ("bom", test_bom);
  ADD ("complete", test_complete);
  ADD ("criteria", test_criteria);
  ADD ("cycle", test_cycle);
  ADD ("cli", test_cli);
  ADD ("validate-async", test_validate_async);
  ADD ("validate-async/cancelled", test_validate_async_cancelled);
  ADD ("overlapping-reads", test_overlapping_reads);
  ADD ("same-problems-without-objects", test_same_problems_without_objects);

#undef ADD

  return g_test_run ();
}
