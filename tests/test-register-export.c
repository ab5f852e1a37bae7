/* test-register-export.c: the register XML writer (register-format.md §2, §8, §7.7)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "model/azqf-criterion.h"
#include "model/azqf-link.h"
#include "model/azqf-outcome.h"
#include "model/azqf-register-writer.h"
#include "model/azqf-register-writer-private.h"
#include "model/azqf-sample.h"
#include "model/azqf-relation.h"
#include "model/azqf-standard.h"
#include "model/azqf-store.h"
#include "model/azqf-unit.h"
#include "model/azqf-value.h"

typedef struct
{
  char      *dir;
  AzqfStore *store;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  (void) data;
  f->dir = g_dir_make_tmp ("azqf-test-register-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (f->dir, "ws.azqf", NULL);
  f->store = azqf_store_create (path, &error);
  g_assert_no_error (error);
  azqf_sample_populate (f->store, &error);
  g_assert_no_error (error);
}

static void
remove_tree (const char *path)
{
  GDir *dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir == NULL)
    {
      g_unlink (path);
      return;
    }

  g_chmod (path, 0700);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      remove_tree (child);
    }
  g_dir_close (dir);
  g_rmdir (path);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  (void) data;
  g_clear_object (&f->store);
  remove_tree (f->dir);
  g_free (f->dir);
}

static char *
export_to_string (AzqfStore          *store,
                  const char * const *codes,
                  GError            **error)
{
  g_autoptr(GOutputStream) stream = g_memory_output_stream_new_resizable ();

  if (!azqf_register_export_to_stream (store, codes, stream, NULL, error))
    return NULL;

  g_assert_true (g_output_stream_write_all (stream, "", 1, NULL, NULL, NULL));
  g_assert_true (g_output_stream_close (stream, NULL, NULL));
  return g_memory_output_stream_steal_data (G_MEMORY_OUTPUT_STREAM (stream));
}

/* The document without its <header .../> line. */
static char *
strip_header (const char *xml)
{
  g_auto(GStrv) lines = g_strsplit (xml, "\n", -1);
  GString *out = g_string_new (NULL);
  guint headers = 0;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (g_str_has_prefix (lines[i], "  <header "))
        {
          headers++;
          continue;
        }
      g_string_append (out, lines[i]);
      if (lines[i + 1] != NULL)
        g_string_append_c (out, '\n');
    }
  g_assert_cmpuint (headers, ==, 1);

  return g_string_free (out, FALSE);
}

static void
assert_formatting (const char *xml)
{
  g_auto(GStrv) lines = NULL;

  g_assert_true (g_str_has_prefix (xml, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                        "<register xmlns=\"urn:azqf:register:1\" version=\"1.0\">\n"
                                        "  <header generator=\"AzQF Studio " PACKAGE_VERSION "\" created=\""));
  g_assert_true (g_str_has_suffix (xml, "</register>\n"));
  g_assert_null (strchr (xml, '\r'));
  g_assert_null (strchr (xml, '\t'));

  lines = g_strsplit (xml, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      gsize len = strlen (lines[i]);

      if (len > 0)
        g_assert_cmpint (lines[i][len - 1], !=, ' ');
    }
}

static void
test_sample (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (f->dir, "out.xml", NULL);
  g_autofree char *xml = NULL;
  const char *ks, *ps, *ts;

  (void) data;
  g_assert_true (azqf_register_export (f->store, NULL, path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &xml, NULL, &error));
  g_assert_no_error (error);
  assert_formatting (xml);

  /* All three sample standards, by code. */
  ks = strstr (xml, "<code>KS-5120-04-01</code>");
  ps = strstr (xml, "<code>PS-2411-01</code>");
  ts = strstr (xml, "<code>TS-0714-06-01</code>");
  g_assert_nonnull (ks);
  g_assert_nonnull (ps);
  g_assert_nonnull (ts);
  g_assert_true (ks < ps && ps < ts);
  g_assert_nonnull (strstr (xml, "<link framework=\"eqf\" element=\"eqf:L6.A.2\" type=\"related\" source=\"suggested\" state=\"rejected\"/>"));
  g_assert_nonnull (strstr (xml, "<relation type=\"based_on\" target=\""));
}

static void
test_empty (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AzqfStore) store = NULL;
  g_autofree char *path = g_build_filename (f->dir, "empty.azqf", NULL);
  g_autofree char *xml = NULL;
  g_autofree char *expected = NULL;
  g_auto(GStrv) lines = NULL;

  (void) data;
  store = azqf_store_create (path, &error);
  g_assert_no_error (error);
  xml = export_to_string (store, NULL, &error);
  g_assert_no_error (error);
  assert_formatting (xml);

  lines = g_strsplit (xml, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 5);
  expected = g_strdup_printf (" workspace=\"%s\"/>", azqf_store_get_workspace_uuid (store));
  g_assert_true (g_str_has_suffix (lines[2], expected));
  g_assert_cmpstr (lines[3], ==, "</register>");
  g_assert_cmpstr (lines[4], ==, "");
}

static AzqfOutcome *
make_outcome (AzqfStandard *standard,
              AzqfUnit     *unit,
              const char   *code,
              AzqfDomain    domain,
              const char   *text_az,
              const char   *text_en,
              const char   *criterion_az,
              const char   *criterion_en)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AzqfOutcome) outcome = azqf_outcome_new (code, domain, &error);
  g_autoptr(AzqfCriterion) criterion = azqf_criterion_new (criterion_az, criterion_en);

  g_assert_no_error (error);
  azqf_outcome_set_text (outcome, AZQF_LANG_AZ, text_az);
  azqf_outcome_set_text (outcome, AZQF_LANG_EN, text_en);
  azqf_outcome_append_criterion (outcome, criterion);
  g_assert_true (azqf_standard_add_outcome (standard, unit, outcome, &error));
  g_assert_no_error (error);

  return outcome; /* borrowed: the standard holds it */
}

static void
add_link (AzqfOutcome    *outcome,
          const char     *element,
          AzqfLinkType    type,
          AzqfLinkSource  source,
          AzqfLinkState   state,
          const char     *comment)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AzqfLink) link = azqf_link_new (element, type, source, state, &error);

  g_assert_no_error (error);
  if (comment != NULL)
    azqf_link_set_comment (link, comment);
  g_assert_true (azqf_outcome_add_link (outcome, link, &error));
  g_assert_no_error (error);
}

static void
add_relation (AzqfStandard     *standard,
              AzqfRelationType  type,
              const char       *uuid,
              const char       *code)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AzqfRelation) relation = azqf_relation_new (type, uuid, code, &error);

  g_assert_no_error (error);
  g_assert_true (azqf_standard_add_relation (standard, relation, &error));
  g_assert_no_error (error);
}

static AzqfUnit *
make_unit (AzqfStandard *standard,
           const char   *code,
           const char   *title_az,
           const char   *title_en)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AzqfUnit) unit = azqf_unit_new (code, &error);

  g_assert_no_error (error);
  azqf_unit_set_title (unit, AZQF_LANG_AZ, title_az);
  azqf_unit_set_title (unit, AZQF_LANG_EN, title_en);
  g_assert_true (azqf_unit_set_level (unit, 5, &error));
  g_assert_true (azqf_unit_set_ects_credits (unit, 15, &error));
  g_assert_no_error (error);
  g_assert_true (azqf_standard_add_unit (standard, unit, &error));
  g_assert_no_error (error);

  return unit; /* borrowed */
}

/* The standard of register-format.md §13, built through the model with its
 * relations and links added out of order. */
static AzqfStandard *
make_example (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AzqfStandard) standard = NULL;
  gint64 created, modified;
  AzqfUnit *unit;
  AzqfOutcome *outcome;

  standard = azqf_standard_new_with_uuid ("8e2f4a10-3c5d-4b7e-9f21-6a0d8c3b5e47",
                                          AZQF_KIND_QUALIFICATION, "KS-0612-05-01", &error);
  g_assert_no_error (error);
  g_assert_true (azqf_standard_set_version (standard, 2, &error));
  azqf_standard_set_status (standard, AZQF_STATUS_REGISTERED);
  g_assert_true (azqf_value_parse_datetime ("2025-03-04T08:30:00Z", &created, &error));
  g_assert_true (azqf_value_parse_datetime ("2026-10-12T14:02:41Z", &modified, &error));
  azqf_standard_set_created (standard, created);
  azqf_standard_set_text (standard, AZQF_STANDARD_TITLE, AZQF_LANG_AZ, "Kompüter şəbəkələri üzrə texnik");
  azqf_standard_set_text (standard, AZQF_STANDARD_TITLE, AZQF_LANG_EN, "Computer network technician");
  azqf_standard_set_text (standard, AZQF_STANDARD_SUMMARY, AZQF_LANG_AZ, "Kvalifikasiya yerli kompüter şəbəkələrini quraşdıran, istismar edən və nasazlıqlarını aradan qaldıran texnik üçündür.");
  azqf_standard_set_text (standard, AZQF_STANDARD_SUMMARY, AZQF_LANG_EN, "The qualification is for technicians who install and operate local computer networks and resolve their faults.");
  g_assert_true (azqf_standard_set_level (standard, 5, &error));
  g_assert_true (azqf_standard_set_isco08 (standard, "3513", &error));
  g_assert_true (azqf_standard_set_isced_f (standard, "0612", &error));
  azqf_standard_set_text (standard, AZQF_STANDARD_SECTOR, AZQF_LANG_AZ, "İnformasiya və kommunikasiya texnologiyaları");
  azqf_standard_set_text (standard, AZQF_STANDARD_SECTOR, AZQF_LANG_EN, "Information and communication technology");
  g_assert_true (azqf_standard_set_ects_credits (standard, 30, &error));
  g_assert_true (azqf_standard_set_duration (standard, "P1Y", &error));
  azqf_standard_set_text (standard, AZQF_STANDARD_AWARDING_BODY, AZQF_LANG_AZ, "Nümunə Peşə Təhsil Mərkəzi");
  azqf_standard_set_text (standard, AZQF_STANDARD_AWARDING_BODY, AZQF_LANG_EN, "Sample Vocational Training Centre");
  azqf_standard_set_text (standard, AZQF_STANDARD_APPROVING_BODY, AZQF_LANG_AZ, "Əmək və Əhalinin Sosial Müdafiəsi Nazirliyi");
  azqf_standard_set_text (standard, AZQF_STANDARD_APPROVING_BODY, AZQF_LANG_EN, "Ministry of Labour and Social Protection of the Population");
  g_assert_true (azqf_standard_set_decision_number (standard, "EX-2026/17", &error));
  g_assert_true (azqf_standard_set_decision_date (standard, "2026-10-01", &error));
  g_assert_true (azqf_standard_set_review_date (standard, "2031-10-01", &error));
  g_assert_no_error (error);
  add_relation (standard, AZQF_RELATION_REPLACES, "f0a7c3d9-5b21-4e6f-a8d4-17c2e9b03f65", "KS-0612-05-00");
  add_relation (standard, AZQF_RELATION_BASED_ON, "c41d9b2e-07aa-4f3c-8e15-93b6d2f0a718", "PS-3513-01");

  unit = make_unit (standard, "U1", "Şəbəkə avadanlığının quraşdırılması", "Installing network equipment");
  outcome = make_outcome (standard, unit, "U1.K1", AZQF_DOMAIN_KNOWLEDGE,
                          "Yerli şəbəkə topologiyalarını və OSI modelinin səviyyələrini izah edir.",
                          "Explains local network topologies and the layers of the OSI model.",
                          "Ulduz, şin və halqa topologiyalarının üstünlüklərini və çatışmazlıqlarını müqayisə edir.",
                          "Compares the advantages and drawbacks of star, bus and ring topologies.");
  add_link (outcome, "eqf:L5.K.1", AZQF_LINK_COVERS, AZQF_LINK_SOURCE_AUTHOR, AZQF_LINK_STATE_CONFIRMED, NULL);
  outcome = make_outcome (standard, unit, "U1.S1", AZQF_DOMAIN_SKILLS,
                          "Struktur kabel sistemini standartlara uyğun quraşdırır və sınaqdan keçirir.",
                          "Installs a structured cabling system to standard and tests it.",
                          "Kabel xəttini sertifikatlaşdırma cihazı ilə yoxlayır və nəticələri protokola yazır.",
                          "Checks the cable run with a certification tester and records the results in a test report.");
  add_link (outcome, "eqf:L5.S.1", AZQF_LINK_PARTIAL, AZQF_LINK_SOURCE_SUGGESTED, AZQF_LINK_STATE_CONFIRMED,
            "Covers the practical part only.");

  unit = make_unit (standard, "U2", "Şəbəkənin istismarı və nasazlıqların aradan qaldırılması",
                    "Operating the network and resolving faults");
  outcome = make_outcome (standard, unit, "U2.S1", AZQF_DOMAIN_SKILLS,
                          "Şəbəkə nasazlıqlarını diaqnostika alətləri ilə aşkar edir və aradan qaldırır.",
                          "Detects network faults with diagnostic tools and resolves them.",
                          "Nasazlığın səbəbini \"ping\" və \"traceroute\" nəticələrinə əsasən müəyyən edir.",
                          "Identifies the cause of a fault from \"ping\" & \"traceroute\" output (latency < 5 ms on the LAN).");
  add_link (outcome, "qfehea:short.applying", AZQF_LINK_RELATED, AZQF_LINK_SOURCE_SUGGESTED, AZQF_LINK_STATE_PENDING, NULL);
  add_link (outcome, "eqf:L5.S.1", AZQF_LINK_COVERS, AZQF_LINK_SOURCE_AUTHOR, AZQF_LINK_STATE_CONFIRMED, NULL);
  make_outcome (standard, unit, "U2.AR1", AZQF_DOMAIN_AUTONOMY_RESPONSIBILITY,
                "Dəyişən şəraitdə öz işini müstəqil planlaşdırır və görülən işə görə məsuliyyət daşıyır.",
                "Plans own work independently in changing conditions and takes responsibility for the work done.",
                "Texniki xidmət jurnalını vaxtında və tam doldurur.",
                "Keeps the maintenance log complete and up to date.");

  azqf_standard_set_modified (standard, modified);

  return g_steal_pointer (&standard);
}

/* The §13 example, rebuilt through the model and the store, exports to the
 * same bytes except the header line. */
static void
test_example (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AzqfStore) store = NULL;
  g_autoptr(AzqfStandard) standard = make_example ();
  g_autofree char *path = g_build_filename (f->dir, "example.azqf", NULL);
  g_autofree char *example_path = g_test_build_filename (G_TEST_DIST, "data", "register",
                                                         "example.xml", NULL);
  g_autofree char *example = NULL;
  g_autofree char *xml = NULL;
  g_autofree char *body = NULL;
  g_autofree char *expected = NULL;

  (void) data;
  store = azqf_store_create (path, &error);
  g_assert_no_error (error);
  g_assert_true (azqf_store_insert_standard (store, standard, &error));
  g_assert_no_error (error);

  xml = export_to_string (store, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (example_path, &example, NULL, &error));
  g_assert_no_error (error);

  body = strip_header (xml);
  expected = strip_header (example);
  g_assert_cmpstr (body, ==, expected);
}

static void
test_schema (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *xmllint = g_find_program_in_path ("xmllint");
  g_autofree char *path = g_build_filename (f->dir, "out.xml", NULL);
  g_autofree char *xsd = g_test_build_filename (G_TEST_DIST, "..", "resources", "register",
                                                "register-1.0.xsd", NULL);
  g_autofree char *example = g_test_build_filename (G_TEST_DIST, "data", "register",
                                                    "example.xml", NULL);
  const char *files[] = { path, example };

  (void) data;
  if (xmllint == NULL)
    {
      g_test_skip ("xmllint is not installed");
      return;
    }

  g_assert_true (azqf_register_export (f->store, NULL, path, &error));
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      const char *argv[] = { xmllint, "--noout", "--nonet", "--schema", xsd, files[i], NULL };
      g_autofree char *err = NULL;
      int status = 0;

      g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL,
                                   NULL, NULL, NULL, &err, &status, &error));
      g_assert_no_error (error);
      if (!g_spawn_check_wait_status (status, NULL))
        g_error ("xmllint refused %s: %s", files[i], err);
    }
}

static void
test_deterministic (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path1 = g_build_filename (f->dir, "one.xml", NULL);
  g_autofree char *path2 = g_build_filename (f->dir, "two.xml", NULL);
  g_autofree char *xml1 = NULL;
  g_autofree char *xml2 = NULL;
  g_autofree char *xml3 = NULL;
  g_autofree char *body1 = NULL;
  g_autofree char *body2 = NULL;
  g_autofree char *body3 = NULL;

  (void) data;
  g_assert_true (azqf_register_export (f->store, NULL, path1, &error));
  g_assert_no_error (error);
  g_usleep (G_USEC_PER_SEC / 10);
  g_assert_true (azqf_register_export (f->store, NULL, path2, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path1, &xml1, NULL, NULL));
  g_assert_true (g_file_get_contents (path2, &xml2, NULL, NULL));
  xml3 = export_to_string (f->store, NULL, &error);
  g_assert_no_error (error);

  body1 = strip_header (xml1);
  body2 = strip_header (xml2);
  body3 = strip_header (xml3);
  g_assert_cmpstr (body1, ==, body2);
  g_assert_cmpstr (body1, ==, body3);
}

static void
test_selection (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  const char *codes[] = { "TS-0714-06-01", "KS-5120-04-01", "TS-0714-06-01", NULL };
  const char *unknown[] = { "NO-SUCH-CODE", NULL };
  g_autofree char *xml = NULL;
  g_autofree char *none = NULL;
  const char *ks, *ts;
  guint n = 0;

  (void) data;
  xml = export_to_string (f->store, codes, &error);
  g_assert_no_error (error);
  assert_formatting (xml);

  for (const char *p = xml; (p = strstr (p, "<standard ")) != NULL; p++)
    n++;
  g_assert_cmpuint (n, ==, 2);
  ks = strstr (xml, "<code>KS-5120-04-01</code>");
  ts = strstr (xml, "<code>TS-0714-06-01</code>");
  g_assert_nonnull (ks);
  g_assert_nonnull (ts);
  g_assert_true (ks < ts);
  g_assert_null (strstr (xml, "<code>PS-2411-01</code>"));

  none = export_to_string (f->store, unknown, &error);
  g_assert_null (none);
  g_assert_error (error, AZQF_STORE_ERROR, AZQF_STORE_ERROR_NOT_FOUND);
}

static void
add_standard_with_title (AzqfStore  *store,
                         const char *code,
                         const char *title)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AzqfStandard) standard = azqf_standard_new (AZQF_KIND_OCCUPATIONAL, code, &error);

  g_assert_no_error (error);
  azqf_standard_set_text (standard, AZQF_STANDARD_TITLE, AZQF_LANG_AZ, title);
  azqf_standard_set_text (standard, AZQF_STANDARD_TITLE, AZQF_LANG_EN, "   ");
  g_assert_true (azqf_store_insert_standard (store, standard, &error));
  g_assert_no_error (error);
}

static void
test_escaping (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  const char *codes[] = { "ESC-1", NULL };
  const char *title = " AaBbCcÇçDdEeƏəFfGgĞğHhXxIıİiJjKkQqLlMmNnOoÖöPpRrSsŞşTtUuÜüVvYyZz "
                      "\"q\" 'a' <b> & c\r\nnext\tline 😀 ";
  const char *expected = "<title xml:lang=\"az\"> AaBbCcÇçDdEeƏəFfGgĞğHhXxIıİiJjKkQqLlMmNnOoÖöPpRrSsŞşTtUuÜüVvYyZz "
                         "&quot;q&quot; 'a' &lt;b&gt; &amp; c&#13;\nnext\tline 😀 </title>\n";
  g_autofree char *xml = NULL;

  (void) data;
  add_standard_with_title (f->store, "ESC-1", title);
  xml = export_to_string (f->store, codes, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (xml, expected));
  /* A blank value is absent. */
  g_assert_null (strstr (xml, "xml:lang=\"en\""));
}

static void
test_control_character (Fixture       *f,
                        gconstpointer  data)
{
  const char *bad[] = { "bell \a here", "nul-like \x01", "escape \x1b[0m", "not a char \xef\xbf\xbe", "\xef\xbf\xbf" };
  const char *ids[] = { "U+0007", "U+0001", "U+001B", "U+FFFE", "U+FFFF" };
  const char *good = "tab\tnewline\ncr\r ə 😀";

  (void) f;
  (void) data;
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_false (_azqf_register_check_text ("units/unit[U1]/title[az]", "CTRL-1", bad[i], &error));
      g_assert_error (error, AZQF_REGISTER_WRITER_ERROR, AZQF_REGISTER_WRITER_ERROR_CHARACTER);
      g_assert_nonnull (strstr (error->message, "CTRL-1"));
      g_assert_nonnull (strstr (error->message, "units/unit[U1]/title[az]"));
      g_assert_nonnull (strstr (error->message, ids[i]));
    }
  g_assert_true (_azqf_register_check_text ("title[az]", "OK-1", good, NULL));

  /* The model refuses such text at input, so it never reaches the writer. */
  if (g_test_subprocess ())
    {
      g_autoptr(AzqfStandard) standard = azqf_standard_new (AZQF_KIND_OCCUPATIONAL, "CTRL-1", NULL);

      azqf_standard_set_text (standard, AZQF_STANDARD_TITLE, AZQF_LANG_AZ, bad[0]);
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*azqf_standard_set_text*");
}

/* Any failure leaves neither the target nor a temporary file behind. */
static void
test_no_file_on_error (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (f->dir, "bad.xml", NULL);
  const char *unknown[] = { "KS-5120-04-01", "NO-SUCH-CODE", NULL };
  g_autofree char *contents = NULL;
  GDir *dir;
  const char *name;

  (void) data;
  g_assert_false (azqf_register_export (f->store, unknown, path, &error));
  g_assert_error (error, AZQF_STORE_ERROR, AZQF_STORE_ERROR_NOT_FOUND);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  dir = g_dir_open (f->dir, 0, NULL);
  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_prefix (name, ".bad.xml") || g_str_has_prefix (name, "bad.xml"))
      g_error ("left behind: %s", name);
  g_dir_close (dir);

  /* An existing file is left as it was. */
  g_clear_error (&error);
  g_assert_true (g_file_set_contents (path, "old\n", -1, NULL));
  g_assert_false (azqf_register_export (f->store, unknown, path, &error));
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "old\n");
}

static void
test_write_errors (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *missing = g_build_filename (f->dir, "no-such-dir", "out.xml", NULL);
  g_autofree char *ro_dir = g_build_filename (f->dir, "readonly", NULL);
  g_autofree char *target = g_build_filename (ro_dir, "out.xml", NULL);
  g_autofree char *contents = NULL;

  (void) data;
  g_assert_false (azqf_register_export (f->store, NULL, missing, &error));
  g_assert_error (error, AZQF_REGISTER_WRITER_ERROR, AZQF_REGISTER_WRITER_ERROR_WRITE);
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  g_assert_cmpint (g_mkdir (ro_dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (target, "old\n", -1, NULL));
  g_assert_cmpint (g_chmod (ro_dir, 0500), ==, 0);

  if (access (ro_dir, W_OK) == 0)
    {
      g_chmod (ro_dir, 0700);
      g_test_skip ("permissions are not enforced (running as root?)");
      return;
    }

  g_assert_false (azqf_register_export (f->store, NULL, target, &error));
  g_assert_error (error, AZQF_REGISTER_WRITER_ERROR, AZQF_REGISTER_WRITER_ERROR_WRITE);
  g_assert_true (g_file_get_contents (target, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "old\n");
  g_chmod (ro_dir, 0700);
}

/* `azqf export`: exit 0, 1 for an unknown code, 2 for a write error or usage. */
static int
run_cli (const char * const *args,
         char              **err)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  const char *cli = g_getenv ("AZQF_CLI");
  int status = 0;

  g_ptr_array_add (argv, (gpointer) cli);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);

  g_assert_true (g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_STDOUT_TO_DEV_NULL,
                               NULL, NULL, NULL, err, &status, &error));
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (status));

  return WEXITSTATUS (status);
}

static void
test_cli (Fixture       *f,
          gconstpointer  data)
{
  g_autofree char *ws = g_build_filename (f->dir, "ws.azqf", NULL);
  g_autofree char *out = g_build_filename (f->dir, "cli.xml", NULL);
  g_autofree char *missing = g_build_filename (f->dir, "no-such-dir", "cli.xml", NULL);
  g_autofree char *xml = NULL;
  const char *all[] = { "export", ws, "-o", out, NULL };
  const char *one[] = { "export", ws, "--code", "PS-2411-01", "-o", out, NULL };
  const char *unknown[] = { "export", ws, "--code", "NO-SUCH", "-o", out, NULL };
  const char *unwritable[] = { "export", ws, "-o", missing, NULL };
  const char *no_output[] = { "export", ws, NULL };

  (void) data;
  if (g_getenv ("AZQF_CLI") == NULL)
    {
      g_test_skip ("AZQF_CLI is not set");
      return;
    }

  /* The CLI opens the workspace itself. */
  g_clear_object (&f->store);

  g_assert_cmpint (run_cli (all, NULL), ==, 0);
  g_assert_true (g_file_get_contents (out, &xml, NULL, NULL));
  assert_formatting (xml);
  g_clear_pointer (&xml, g_free);

  g_assert_cmpint (run_cli (one, NULL), ==, 0);
  g_assert_true (g_file_get_contents (out, &xml, NULL, NULL));
  g_assert_nonnull (strstr (xml, "<code>PS-2411-01</code>"));
  g_assert_null (strstr (xml, "<code>KS-5120-04-01</code>"));
  g_clear_pointer (&xml, g_free);

  for (guint i = 0; i < 3; i++)
    {
      const char * const *args[] = { unknown, unwritable, no_output };
      const int expected[] = { 1, 2, 2 };
      g_autofree char *err = NULL;

      g_assert_cmpint (run_cli (args[i], &err), ==, expected[i]);
      g_assert_true (g_str_has_prefix (err, "azqf: "));
    }

  /* The failed exports left the last good file alone. */
  g_assert_true (g_file_get_contents (out, &xml, NULL, NULL));
  g_assert_nonnull (strstr (xml, "<code>PS-2411-01</code>"));
}

typedef struct
{
  gboolean  done;
  gboolean  ok;
  GError   *error;
} ExportResult;

static void
exported_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  ExportResult *r = user_data;

  g_assert_true (g_main_context_is_owner (g_main_context_default ()));
  r->ok = azqf_register_export_finish (AZQF_STORE (source), result, &r->error);
  r->done = TRUE;
  g_main_context_wakeup (NULL);
}

static void
export_async_and_wait (AzqfStore          *store,
                       const char * const *codes,
                       const char         *path,
                       GCancellable       *cancellable,
                       ExportResult       *result)
{
  azqf_register_export_async (store, codes, path, cancellable, exported_cb, result);
  while (!result->done)
    g_main_context_iteration (NULL, TRUE);
}

/* The GUI's export: a worker thread on a read-only connection of its own,
 * beside the store this process has open for writing. */
static void
test_export_async (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "async.xml", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *xml = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *got = NULL;
  g_autofree char *xml_one = NULL;
  g_autofree char *got_one = NULL;
  g_autofree char *expected_one = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(AzqfStandard) standard = NULL;
  g_autoptr(GError) error = NULL;
  ExportResult all = { 0 };
  ExportResult one = { 0 };
  const char *codes[2] = { NULL, NULL };

  export_async_and_wait (f->store, NULL, path, NULL, &all);
  g_assert_no_error (all.error);
  g_assert_true (all.ok);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  got = strip_header (contents);
  g_clear_pointer (&contents, g_free);
  xml = export_to_string (f->store, NULL, &error);
  g_assert_no_error (error);
  expected = strip_header (xml);
  g_assert_cmpstr (got, ==, expected);

  /* A selection. */
  list = azqf_store_list_standards (f->store, NULL, &error);
  g_assert_no_error (error);
  codes[0] = azqf_standard_get_code (g_ptr_array_index (list, 1));
  export_async_and_wait (f->store, codes, path, NULL, &one);
  g_assert_no_error (one.error);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  got_one = strip_header (contents);
  xml_one = export_to_string (f->store, codes, &error);
  g_assert_no_error (error);
  expected_one = strip_header (xml_one);
  g_assert_cmpstr (got_one, ==, expected_one);
  g_assert_cmpstr (got_one, !=, got);

  /* The worker's connection left the store's locks alone: it still writes. */
  standard = azqf_store_load_standard (f->store, codes[0], &error);
  g_assert_no_error (error);
  azqf_standard_set_text (standard, AZQF_STANDARD_TITLE, AZQF_LANG_EN, "Written after the export");
  g_assert_true (azqf_store_save_standard (f->store, standard, &error));
  g_assert_no_error (error);
}

static void
test_export_async_cancelled (Fixture       *f,
                             gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "old.xml", NULL);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GDir) dir = NULL;
  g_autofree char *contents = NULL;
  ExportResult result = { 0 };
  const char *name;
  guint n_files = 0;

  g_assert_true (g_file_set_contents (path, "old", -1, NULL));
  g_cancellable_cancel (cancellable);
  export_async_and_wait (f->store, NULL, path, cancellable, &result);
  g_assert_error (result.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_false (result.ok);
  g_clear_error (&result.error);

  /* The old file as it was, and no temporary file beside it. */
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "old");
  dir = g_dir_open (f->dir, 0, NULL);
  while ((name = g_dir_read_name (dir)) != NULL)
    n_files += g_str_has_suffix (name, ".xml") || strstr (name, ".xml.") != NULL;
  g_assert_cmpuint (n_files, ==, 1);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/azqf/register/export/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("sample", test_sample);
  ADD ("empty", test_empty);
  ADD ("schema", test_schema);
  ADD ("example", test_example);
  ADD ("deterministic", test_deterministic);
  ADD ("selection", test_selection);
  ADD ("escaping", test_escaping);
  ADD ("control-character", test_control_character);
  ADD ("no-file-on-error", test_no_file_on_error);
  ADD ("write-errors", test_write_errors);
  ADD ("cli", test_cli);
  ADD ("export-async", test_export_async);
  ADD ("export-async/cancelled", test_export_async_cancelled);

#undef ADD

  return g_test_run ();
}
