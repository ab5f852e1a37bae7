/* test-gap.c: gap analysis, suggestions, credit rules, JSON and HTML reports
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "model/azqf-criterion.h"
#include "model/azqf-finding.h"
#include "model/azqf-framework.h"
#include "model/azqf-gap-private.h"
#include "model/azqf-link.h"
#include "model/azqf-locale.h"
#include "model/azqf-outcome.h"
#include "model/azqf-sample.h"
#include "model/azqf-standard.h"
#include "model/azqf-store.h"
#include "model/azqf-unit.h"
#include "model/azqf-value.h"

/* Helpers */

/* Loaded once: the frameworks are immutable and shared, as in the app. */
static AzqfFrameworks *shared_frameworks;

static AzqfFrameworks *
get_frameworks (void)
{
  if (shared_frameworks == NULL)
    {
      g_autoptr(GError) error = NULL;

      shared_frameworks = azqf_frameworks_new_builtin (&error);
      g_assert_no_error (error);
      g_assert_nonnull (shared_frameworks);
    }

  return shared_frameworks;
}

static AzqfStandard *
new_standard (AzqfKind    kind,
              const char *code,
              guint       level)
{
  g_autoptr(GError) error = NULL;
  AzqfStandard *standard = azqf_standard_new (kind, code, &error);

  g_assert_no_error (error);
  if (level > 0)
    {
      azqf_standard_set_level (standard, level, &error);
      g_assert_no_error (error);
    }

  return standard;
}

static void
set_credits (AzqfStandard *standard,
             double        credits)
{
  g_autoptr(GError) error = NULL;

  azqf_standard_set_ects_credits (standard, credits, &error);
  g_assert_no_error (error);
}

static void
set_duration (AzqfStandard *standard,
              const char   *duration)
{
  g_autoptr(GError) error = NULL;

  azqf_standard_set_duration (standard, duration, &error);
  g_assert_no_error (error);
}

static AzqfUnit *
add_unit (AzqfStandard *standard,
          const char   *code,
          const char   *title_en,
          double        credits)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AzqfUnit) unit = azqf_unit_new (code, &error);

  g_assert_no_error (error);
  azqf_unit_set_title (unit, AZQF_LANG_EN, title_en);
  if (credits >= 0)
    {
      azqf_unit_set_ects_credits (unit, credits, &error);
      g_assert_no_error (error);
    }
  azqf_standard_add_unit (standard, unit, &error);
  g_assert_no_error (error);

  return unit;  /* borrowed: the standard holds it */
}

static AzqfOutcome *
add_outcome (AzqfStandard *standard,
             AzqfUnit     *unit,
             const char   *code,
             AzqfDomain    domain,
             const char   *az,
             const char   *en)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AzqfOutcome) outcome = azqf_outcome_new (code, domain, &error);

  g_assert_no_error (error);
  azqf_outcome_set_text (outcome, AZQF_LANG_AZ, az);
  azqf_outcome_set_text (outcome, AZQF_LANG_EN, en);
  azqf_standard_add_outcome (standard, unit, outcome, &error);
  g_assert_no_error (error);

  return outcome;  /* borrowed */
}

static void
add_link (AzqfOutcome    *outcome,
          const char     *element,
          AzqfLinkType    type,
          AzqfLinkSource  source,
          AzqfLinkState   state)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AzqfLink) link = azqf_link_new (element, type, source, state, &error);

  g_assert_no_error (error);
  azqf_outcome_add_link (outcome, link, &error);
  g_assert_no_error (error);
}

static guint
count_rule (GPtrArray    *findings,
            const char   *rule_id,
            AzqfSeverity *severity)
{
  guint n = 0;

  for (guint i = 0; i < findings->len; i++)
    {
      AzqfFinding *finding = g_ptr_array_index (findings, i);

      if (strcmp (azqf_finding_get_rule_id (finding), rule_id) == 0)
        {
          n++;
          if (severity != NULL)
            *severity = azqf_finding_get_severity (finding);
        }
    }

  return n;
}

static AzqfFinding *
find_rule (GPtrArray  *findings,
           const char *rule_id,
           const char *about)
{
  for (guint i = 0; i < findings->len; i++)
    {
      AzqfFinding *finding = g_ptr_array_index (findings, i);

      if (strcmp (azqf_finding_get_rule_id (finding), rule_id) != 0)
        continue;
      if (about == NULL ||
          g_strcmp0 (azqf_finding_get_element (finding), about) == 0 ||
          g_strcmp0 (azqf_finding_get_outcome_code (finding), about) == 0 ||
          g_strcmp0 (azqf_finding_get_unit_code (finding), about) == 0)
        return finding;
    }

  return NULL;
}

static guint
count_at_least (GPtrArray    *findings,
                AzqfSeverity  severity)
{
  guint n = 0;

  for (guint i = 0; i < findings->len; i++)
    n += azqf_finding_get_severity (g_ptr_array_index (findings, i)) >= severity;

  return n;
}

/* Only the one rule fires (at the given severity), or none when rule_id is NULL;
 * information findings (the QF-EHEA range) are not counted. */
static void
assert_credits (AzqfStandard *standard,
                const char   *rule_id,
                AzqfSeverity  severity)
{
  g_autoptr(GPtrArray) findings = azqf_gap_check_credits (standard);

  if (rule_id == NULL)
    {
      for (guint i = 0; i < findings->len; i++)
        if (azqf_finding_get_severity (g_ptr_array_index (findings, i)) > AZQF_SEVERITY_INFO)
          g_error ("unexpected finding %s: %s",
                   azqf_finding_get_rule_id (g_ptr_array_index (findings, i)),
                   azqf_finding_get_message (g_ptr_array_index (findings, i)));
      return;
    }

  {
    AzqfSeverity found = AZQF_SEVERITY_INFO;

    g_assert_cmpuint (count_rule (findings, rule_id, &found), ==, 1);
    g_assert_cmpint (found, ==, severity);
    g_assert_cmpuint (count_at_least (findings, AZQF_SEVERITY_WARNING), ==,
                      severity > AZQF_SEVERITY_INFO ? 1 : 0);
  }
}

/* Credits */

static void
test_credits_bachelor (void)
{
  const struct { double credits; gboolean ok; } cases[] = {
    { 180, FALSE }, { 239, FALSE }, { 239.5, FALSE }, { 240, TRUE }, { 270, TRUE },
    { 300, TRUE }, { 300.5, FALSE }, { 301, FALSE }, { 360, FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(AzqfStandard) standard = new_standard (AZQF_KIND_EDUCATIONAL, "TS-1", 6);

      set_credits (standard, cases[i].credits);
      assert_credits (standard, cases[i].ok ? NULL : "credits.bachelor-range", AZQF_SEVERITY_ERROR);
    }
}

static void
test_credits_medical (void)
{
  const struct { double credits; gboolean ok; } cases[] = {
    { 240, FALSE }, { 299, FALSE }, { 300, TRUE }, { 330, TRUE }, { 360, TRUE }, { 361, FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(AzqfStandard) standard = new_standard (AZQF_KIND_EDUCATIONAL, "TS-MED", 6);
      g_autoptr(GError) error = NULL;

      azqf_standard_set_isced_f (standard, "0912", &error);
      g_assert_no_error (error);
      set_credits (standard, cases[i].credits);
      assert_credits (standard, cases[i].ok ? NULL : "credits.medical-range", AZQF_SEVERITY_ERROR);
    }

  /* Dentistry (0911) keeps the bachelor range. */
  {
    g_autoptr(AzqfStandard) standard = new_standard (AZQF_KIND_EDUCATIONAL, "TS-DENT", 6);
    g_autoptr(GError) error = NULL;

    azqf_standard_set_isced_f (standard, "0911", &error);
    g_assert_no_error (error);
    set_credits (standard, 330);
    assert_credits (standard, "credits.bachelor-range", AZQF_SEVERITY_ERROR);
  }
}

static void
test_credits_master (void)
{
  const struct { const char *duration; double credits; const char *rule; AzqfSeverity severity; } cases[] = {
    { "P18M", 90, NULL, 0 },
    { "P18M", 120, "credits.master-total", AZQF_SEVERITY_ERROR },
    { "P18M", 89, "credits.master-total", AZQF_SEVERITY_ERROR },
    { "P2Y", 120, NULL, 0 },
    { "P24M", 120, NULL, 0 },
    { "P2Y", 90, "credits.master-total", AZQF_SEVERITY_ERROR },
    { "P2Y", 121, "credits.master-total", AZQF_SEVERITY_ERROR },
    { NULL, 90, "credits.master-duration", AZQF_SEVERITY_WARNING },
    { NULL, 120, "credits.master-duration", AZQF_SEVERITY_WARNING },
    { "P1Y", 90, "credits.master-duration", AZQF_SEVERITY_WARNING },
    { "P78W", 90, "credits.master-duration", AZQF_SEVERITY_WARNING },
    { NULL, 100, "credits.master-total", AZQF_SEVERITY_ERROR },
    { "P3Y", 180, "credits.master-total", AZQF_SEVERITY_ERROR },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(AzqfStandard) standard = new_standard (AZQF_KIND_EDUCATIONAL, "TS-M", 7);

      if (cases[i].duration != NULL)
        set_duration (standard, cases[i].duration);
      set_credits (standard, cases[i].credits);
      assert_credits (standard, cases[i].rule, cases[i].severity);
    }
}

static AzqfStandard *
new_programme (guint         n_semesters,
               const double *credits,
               double        total)
{
  AzqfStandard *standard = new_standard (AZQF_KIND_EDUCATIONAL, "TS-SEM", 6);

  set_credits (standard, total);
  for (guint i = 0; i < n_semesters; i++)
    {
      g_autofree char *code = g_strdup_printf ("SEM%u", i + 1);
      g_autofree char *title = g_strdup_printf ("Semester %u", i + 1);

      add_unit (standard, code, title, credits[i]);
    }

  return standard;
}

static void
test_credits_semesters (void)
{
  const double full[] = { 30, 30, 30, 30, 30, 30, 30, 30 };
  const double uneven[] = { 30, 30, 30, 30, 30, 30, 31, 29 };
  const double short_one[] = { 30, 30, 30, 30, 30, 30, 30, 29 };
  const double too_many[] = { 30, 30, 30, 30, 30, 30, 45, 15 };
  const double correspondence[] = { 24, 24, 24, 24, 24, 24, 24, 24, 24, 24 };
  const double missing[] = { 30, 30, 30, 30, 30, 30, 30, -1 };

  /* The sample programme: 8 × 30 = 240. */
  {
    g_autoptr(AzqfStandard) standard = new_programme (8, full, 240);

    assert_credits (standard, NULL, 0);
  }

  /* Right sum, but two semesters off 30. */
  {
    g_autoptr(AzqfStandard) standard = new_programme (8, uneven, 240);
    g_autoptr(GPtrArray) findings = azqf_gap_check_credits (standard);

    g_assert_cmpuint (count_rule (findings, "credits.semester-30", NULL), ==, 2);
    g_assert_nonnull (find_rule (findings, "credits.semester-30", "SEM7"));
    g_assert_nonnull (find_rule (findings, "credits.semester-30", "SEM8"));
    g_assert_cmpuint (count_rule (findings, "credits.semester-sum", NULL), ==, 0);
  }

  /* 239 in the semesters, 240 stated: both the semester and the sum. */
  {
    g_autoptr(AzqfStandard) standard = new_programme (8, short_one, 240);
    g_autoptr(GPtrArray) findings = azqf_gap_check_credits (standard);
    AzqfSeverity severity = AZQF_SEVERITY_INFO;

    g_assert_cmpuint (count_rule (findings, "credits.semester-sum", &severity), ==, 1);
    g_assert_cmpint (severity, ==, AZQF_SEVERITY_ERROR);
    g_assert_cmpuint (count_rule (findings, "credits.semester-30", NULL), ==, 1);
    g_assert_true (strstr (azqf_finding_get_message (find_rule (findings, "credits.semester-sum", NULL)),
                           "239") != NULL);
  }

  /* 45 in one semester: more than the 40 of point 3.2.5. */
  {
    g_autoptr(AzqfStandard) standard = new_programme (8, too_many, 240);
    g_autoptr(GPtrArray) findings = azqf_gap_check_credits (standard);

    g_assert_nonnull (find_rule (findings, "credits.semester-max", "SEM7"));
    g_assert_nonnull (find_rule (findings, "credits.semester-30", "SEM8"));
    g_assert_null (find_rule (findings, "credits.semester-30", "SEM7"));
  }

  /* Correspondence form: 10 × 24 = 240, no error, one information. */
  {
    g_autoptr(AzqfStandard) standard = new_programme (10, correspondence, 240);
    g_autoptr(GPtrArray) findings = azqf_gap_check_credits (standard);

    assert_credits (standard, NULL, 0);
    g_assert_cmpuint (count_rule (findings, "credits.semester-correspondence", NULL), ==, 1);
  }

  /* A semester without credits: a warning, and no sum check. */
  {
    g_autoptr(AzqfStandard) standard = new_programme (8, missing, 240);

    assert_credits (standard, "credits.semester-missing", AZQF_SEVERITY_WARNING);
  }

  /* Summer semesters: at most 10, and not held to 30. Found by title too. */
  {
    g_autoptr(AzqfStandard) standard = new_programme (8, full, 250);
    AzqfUnit *summer = add_unit (standard, "YAY1", "Summer semester", 10);

    azqf_unit_set_title (summer, AZQF_LANG_AZ, "Yay semestri");
    assert_credits (standard, NULL, 0);
  }
  {
    g_autoptr(AzqfStandard) standard = new_programme (8, full, 251);
    AzqfUnit *summer = add_unit (standard, "YAY1", NULL, 11);

    azqf_unit_set_title (summer, AZQF_LANG_AZ, "Yay semestri");
    assert_credits (standard, "credits.summer-semester", AZQF_SEVERITY_ERROR);
  }
}

static void
test_credits_units (void)
{
  /* A qualification standard with credits: units must add up. */
  {
    g_autoptr(AzqfStandard) standard = new_standard (AZQF_KIND_QUALIFICATION, "KS-1", 4);

    set_credits (standard, 60);
    add_unit (standard, "U1", "One", 30);
    add_unit (standard, "U2", "Two", 30);
    assert_credits (standard, NULL, 0);
  }
  {
    g_autoptr(AzqfStandard) standard = new_standard (AZQF_KIND_QUALIFICATION, "KS-1", 4);

    set_credits (standard, 60);
    add_unit (standard, "U1", "One", 30);
    add_unit (standard, "U2", "Two", 20);
    assert_credits (standard, "credits.units-sum", AZQF_SEVERITY_ERROR);
  }
  /* Some units without credits: only more than the total is wrong. */
  {
    g_autoptr(AzqfStandard) standard = new_standard (AZQF_KIND_OCCUPATIONAL, "PS-1", 4);

    set_credits (standard, 60);
    add_unit (standard, "U1", "One", 30);
    add_unit (standard, "U2", "Two", -1);
    assert_credits (standard, NULL, 0);
  }
  {
    g_autoptr(AzqfStandard) standard = new_standard (AZQF_KIND_OCCUPATIONAL, "PS-1", 4);

    set_credits (standard, 60);
    add_unit (standard, "U1", "One", 70);
    add_unit (standard, "U2", "Two", -1);
    assert_credits (standard, "credits.units-sum", AZQF_SEVERITY_ERROR);
  }
  /* No total: nothing to compare with. */
  {
    g_autoptr(AzqfStandard) standard = new_standard (AZQF_KIND_QUALIFICATION, "KS-2", 4);

    add_unit (standard, "U1", "One", 70);
    assert_credits (standard, NULL, 0);
  }
  /* An educational bachelor without credits. */
  {
    g_autoptr(AzqfStandard) standard = new_standard (AZQF_KIND_EDUCATIONAL, "TS-2", 6);

    assert_credits (standard, "credits.total-missing", AZQF_SEVERITY_WARNING);
  }
}

static void
test_credits_qfehea (void)
{
  const struct { guint level; double credits; const char *duration; gboolean inside; } cases[] = {
    { 6, 240, NULL, TRUE },
    { 6, 300, NULL, FALSE },
    { 7, 90, "P18M", TRUE },
    { 7, 120, "P2Y", TRUE },
    { 5, 120, NULL, TRUE },
    { 5, 60, NULL, FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(AzqfStandard) standard = new_standard (AZQF_KIND_EDUCATIONAL, "TS-Q", cases[i].level);
      g_autoptr(GPtrArray) findings = NULL;
      AzqfFinding *finding;

      set_credits (standard, cases[i].credits);
      if (cases[i].duration != NULL)
        set_duration (standard, cases[i].duration);
      findings = azqf_gap_check_credits (standard);
      finding = find_rule (findings, "credits.qfehea-range", NULL);
      g_assert_nonnull (finding);
      g_assert_cmpint (azqf_finding_get_severity (finding), ==, AZQF_SEVERITY_INFO);
      g_assert_true ((strstr (azqf_finding_get_message (finding), "outside") == NULL) == cases[i].inside);
      g_assert_cmpuint (count_at_least (findings, AZQF_SEVERITY_WARNING), ==, 0);
    }

  /* The third cycle has no range: said, as information. */
  {
    g_autoptr(AzqfStandard) standard = new_standard (AZQF_KIND_EDUCATIONAL, "TS-D", 8);
    g_autoptr(GPtrArray) findings = NULL;

    set_credits (standard, 180);
    findings = azqf_gap_check_credits (standard);
    g_assert_nonnull (find_rule (findings, "credits.qfehea-range", NULL));
    g_assert_cmpuint (count_at_least (findings, AZQF_SEVERITY_WARNING), ==, 0);
  }
}

static void
test_duration_months (void)
{
  g_assert_cmpint (_azqf_gap_duration_months ("P18M"), ==, 18);
  g_assert_cmpint (_azqf_gap_duration_months ("P2Y"), ==, 24);
  g_assert_cmpint (_azqf_gap_duration_months ("P4Y"), ==, 48);
  g_assert_cmpint (_azqf_gap_duration_months ("P10D"), ==, -1);
  g_assert_cmpint (_azqf_gap_duration_months ("PT600H"), ==, -1);
  g_assert_cmpint (_azqf_gap_duration_months (NULL), ==, -1);
  g_assert_cmpint (_azqf_gap_duration_months ("P"), ==, -1);
}

/* Suggestions */

/* EQF6.K.1: "Advanced knowledge of a field of work or study, involving a
 * critical understanding of theories and principles", said another way. */
#define PARAPHRASE_EN "Demonstrates advanced knowledge of the field of study and a critical " \
                      "understanding of its main theories and principles."
#define PARAPHRASE_AZ "Sahə üzrə dərin biliklərə, onun nəzəriyyə və prinsiplərinin tənqidi " \
                      "anlayışına malikdir."

static void
test_suggest_paraphrase (void)
{
  g_autoptr(AzqfStandard) standard = new_standard (AZQF_KIND_EDUCATIONAL, "TS-P", 6);
  AzqfOutcome *outcome = add_outcome (standard, NULL, "PO.K1", AZQF_DOMAIN_KNOWLEDGE,
                                      PARAPHRASE_AZ, PARAPHRASE_EN);
  g_autoptr(GPtrArray) suggestions = azqf_gap_suggest (get_frameworks (), standard, outcome, 5);
  AzqfSuggestion *first;
  const char * const *words;

  g_assert_cmpuint (suggestions->len, >=, 1);
  g_assert_cmpuint (suggestions->len, <=, 5);
  first = g_ptr_array_index (suggestions, 0);
  g_assert_cmpstr (azqf_descriptor_get_id (azqf_suggestion_get_descriptor (first)), ==, "eqf:L6.K.1");
  g_assert_cmpstr (azqf_suggestion_get_outcome_code (first), ==, "PO.K1");
  g_assert_cmpfloat (azqf_suggestion_get_score (first), >, 0.3);
  g_assert_cmpfloat (azqf_suggestion_get_score (first), <=, 1.0);

  words = azqf_suggestion_get_matched_words (first);
  g_assert_nonnull (words);
  g_assert_true (g_strv_contains (words, "critical"));
  g_assert_true (g_strv_contains (words, "principles"));

  /* Best first, and only elements of the standard's level. */
  for (guint i = 0; i < suggestions->len; i++)
    {
      AzqfSuggestion *suggestion = g_ptr_array_index (suggestions, i);

      g_assert_cmpuint (azqf_descriptor_get_level (azqf_suggestion_get_descriptor (suggestion)), ==, 6);
      if (i > 0)
        g_assert_cmpfloat (azqf_suggestion_get_score (suggestion), <=,
                           azqf_suggestion_get_score (g_ptr_array_index (suggestions, i - 1)));
    }

  /* max is respected. */
  {
    g_autoptr(GPtrArray) one = azqf_gap_suggest (get_frameworks (), standard, outcome, 1);

    g_assert_cmpuint (one->len, ==, 1);
  }
}

static void
test_suggest_skip_linked (void)
{
  g_autoptr(AzqfStandard) standard = new_standard (AZQF_KIND_EDUCATIONAL, "TS-R", 6);
  AzqfOutcome *outcome = add_outcome (standard, NULL, "PO.K1", AZQF_DOMAIN_KNOWLEDGE,
                                      PARAPHRASE_AZ, PARAPHRASE_EN);
  g_autoptr(AzqfGapReport) report = NULL;
  g_autoptr(GPtrArray) suggestions = NULL;
  AzqfFinding *gap;

  /* The author rejected the suggestion: it is never offered again. */
  add_link (outcome, "eqf:L6.K.1", AZQF_LINK_COVERS, AZQF_LINK_SOURCE_SUGGESTED,
            AZQF_LINK_STATE_PENDING);
  {
    g_autoptr(GError) error = NULL;

    azqf_link_set_state (azqf_outcome_find_link (outcome, "eqf:L6.K.1"), AZQF_LINK_STATE_REJECTED, &error);
    g_assert_no_error (error);
  }

  suggestions = azqf_gap_suggest (get_frameworks (), standard, outcome, 10);
  for (guint i = 0; i < suggestions->len; i++)
    g_assert_cmpstr (azqf_descriptor_get_id (azqf_suggestion_get_descriptor (g_ptr_array_index (suggestions, i))),
                     !=, "eqf:L6.K.1");

  /* Nor by the gap analysis: the element stays uncovered, with no suggestion. */
  report = azqf_gap_analyze (get_frameworks (), standard);
  gap = find_rule (azqf_gap_report_get_gaps (report), "gap.element-uncovered", "eqf:L6.K.1");
  g_assert_nonnull (gap);
  g_assert_true (azqf_finding_get_suggestion (gap) == NULL ||
                 strstr (azqf_finding_get_suggestion (gap), "PO.K1") == NULL);

  /* A confirmed link is coverage, and not suggested either. */
  {
    AzqfOutcome *second = add_outcome (standard, NULL, "PO.K2", AZQF_DOMAIN_KNOWLEDGE,
                                       PARAPHRASE_AZ, PARAPHRASE_EN);
    g_autoptr(GPtrArray) again = NULL;

    add_link (second, "eqf:L6.K.1", AZQF_LINK_COVERS, AZQF_LINK_SOURCE_AUTHOR, AZQF_LINK_STATE_CONFIRMED);
    again = azqf_gap_suggest (get_frameworks (), standard, second, 10);
    for (guint i = 0; i < again->len; i++)
      g_assert_cmpstr (azqf_descriptor_get_id (azqf_suggestion_get_descriptor (g_ptr_array_index (again, i))),
                       !=, "eqf:L6.K.1");
  }
}

/* Coverage */

static int
element_index (AzqfGapReport *report,
               const char    *id)
{
  GPtrArray *elements = azqf_gap_report_get_elements (report);

  for (guint i = 0; i < elements->len; i++)
    if (strcmp (azqf_descriptor_get_id (g_ptr_array_index (elements, i)), id) == 0)
      return i;

  return -1;
}

static void
test_coverage (void)
{
  g_autoptr(AzqfStandard) standard = new_standard (AZQF_KIND_OCCUPATIONAL, "PS-C", 6);
  AzqfUnit *unit = add_unit (standard, "U1", "Unit", -1);
  AzqfOutcome *k = add_outcome (standard, unit, "U1.K1", AZQF_DOMAIN_KNOWLEDGE, PARAPHRASE_AZ, PARAPHRASE_EN);
  AzqfOutcome *s = add_outcome (standard, unit, "U1.S1", AZQF_DOMAIN_SKILLS,
                                "Mürəkkəb problemləri həll edir.", "Solves complex problems.");
  AzqfOutcome *a = add_outcome (standard, unit, "U1.A1", AZQF_DOMAIN_AUTONOMY_RESPONSIBILITY,
                                "Layihələri idarə edir.", "Manages projects.");
  g_autoptr(AzqfGapReport) report = NULL;
  GPtrArray *elements;
  const char * const *codes;
  int k1, s1, a1, a2;
  guint n_eqf = 0;

  add_link (k, "eqf:L6.K.1", AZQF_LINK_COVERS, AZQF_LINK_SOURCE_AUTHOR, AZQF_LINK_STATE_CONFIRMED);
  add_link (s, "eqf:L6.S.1", AZQF_LINK_PARTIAL, AZQF_LINK_SOURCE_AUTHOR, AZQF_LINK_STATE_CONFIRMED);
  add_link (a, "eqf:L6.A.1", AZQF_LINK_COVERS, AZQF_LINK_SOURCE_SUGGESTED, AZQF_LINK_STATE_PENDING);

  report = azqf_gap_analyze (get_frameworks (), standard);
  elements = azqf_gap_report_get_elements (report);
  codes = azqf_gap_report_get_outcome_codes (report);
  g_assert_cmpstr (azqf_gap_report_get_standard_code (report), ==, "PS-C");
  g_assert_cmpuint (azqf_gap_report_get_level (report), ==, 6);
  g_assert_cmpuint (g_strv_length ((char **) codes), ==, 3);
  g_assert_cmpstr (codes[0], ==, "U1.K1");
  g_assert_cmpstr (codes[2], ==, "U1.A1");

  k1 = element_index (report, "eqf:L6.K.1");
  s1 = element_index (report, "eqf:L6.S.1");
  a1 = element_index (report, "eqf:L6.A.1");
  a2 = element_index (report, "eqf:L6.A.2");
  g_assert_cmpint (k1, >=, 0);
  g_assert_cmpint (s1, >=, 0);
  g_assert_cmpint (a1, >=, 0);
  g_assert_cmpint (a2, >=, 0);
  g_assert_cmpint (element_index (report, "qfehea:FC.1"), >, a2);  /* grouped by framework */
  g_assert_cmpint (element_index (report, "eqf:L5.K.1"), ==, -1);

  g_assert_cmpint (azqf_gap_report_get_cell (report, k1, 0), ==, AZQF_LINK_COVERS);
  g_assert_cmpint (azqf_gap_report_get_cell (report, s1, 1), ==, AZQF_LINK_PARTIAL);
  g_assert_cmpint (azqf_gap_report_get_cell (report, k1, 1), ==, -1);
  /* Pending is a suggestion, not coverage. */
  g_assert_cmpint (azqf_gap_report_get_cell (report, a1, 2), ==, -1);
  g_assert_true (azqf_gap_report_is_suggested (report, a1, 2));
  g_assert_false (azqf_gap_report_is_suggested (report, k1, 0));
  g_assert_null (azqf_gap_report_get_suggestion (report, k1));

  for (guint i = 0; i < elements->len; i++)
    n_eqf += strcmp (azqf_descriptor_get_framework (g_ptr_array_index (elements, i)), "eqf") == 0;
  g_assert_cmpuint (n_eqf, ==, 4);
  g_assert_cmpfloat_with_epsilon (azqf_gap_report_get_score (report, "eqf"), 2.0 / 4, 1e-9);
  g_assert_cmpfloat_with_epsilon (azqf_gap_report_get_score (report, "qfehea"), 0.0, 1e-9);
  g_assert_cmpfloat (azqf_gap_report_get_score (report, "azqf"), <, 0);

  g_assert_null (find_rule (azqf_gap_report_get_gaps (report), "gap.element-uncovered", "eqf:L6.K.1"));
  g_assert_nonnull (find_rule (azqf_gap_report_get_gaps (report), "gap.element-partial", "eqf:L6.S.1"));
  {
    AzqfFinding *pending = find_rule (azqf_gap_report_get_gaps (report), "gap.element-uncovered", "eqf:L6.A.1");

    g_assert_nonnull (pending);
    g_assert_nonnull (strstr (azqf_finding_get_suggestion (pending), "U1.A1"));
  }
  /* The suggestion field: "CODE (0.NN: words)". */
  {
    AzqfFinding *gap = find_rule (azqf_gap_report_get_gaps (report), "gap.element-uncovered", "qfehea:FC.1");
    const char *suggestion;

    g_assert_nonnull (gap);
    suggestion = azqf_finding_get_suggestion (gap);
    g_assert_nonnull (suggestion);
    if (g_str_has_prefix (suggestion, "U1."))
      g_assert_true (g_regex_match_simple ("^U1\\.[KSA]1 \\(0\\.\\d\\d: [^)]+\\)$", suggestion, 0, 0));
  }
  g_assert_false (azqf_gap_report_has_errors (report));

  /* The linter's errors are its own: they do not make gap errors. */
  {
    g_autoptr(GPtrArray) lint = g_ptr_array_new_with_free_func ((GDestroyNotify) azqf_finding_unref);

    g_ptr_array_add (lint, azqf_finding_new (AZQF_SEVERITY_ERROR, "lint.vague-verb", "Vague verb",
                                             "PS-C", "U1", "U1.K1", NULL));
    azqf_gap_report_set_lint_findings (report, lint);
    g_assert_false (azqf_gap_report_has_errors (report));
  }
}

static void
test_structure (void)
{
  g_autoptr(AzqfStandard) standard = new_standard (AZQF_KIND_QUALIFICATION, "KS-S", 3);
  AzqfUnit *unit = add_unit (standard, "U1", "Unit", -1);
  g_autoptr(AzqfGapReport) report = NULL;
  GPtrArray *gaps;
  AzqfSeverity severity = AZQF_SEVERITY_INFO;

  add_unit (standard, "U2", "Empty unit", -1);
  add_outcome (standard, unit, "U1.K1", AZQF_DOMAIN_KNOWLEDGE, "Faktları izah edir.", "Explains facts.");

  report = azqf_gap_analyze (get_frameworks (), standard);
  gaps = azqf_gap_report_get_gaps (report);

  g_assert_cmpuint (count_rule (gaps, "gap.domain-empty", &severity), ==, 2);
  g_assert_cmpint (severity, ==, AZQF_SEVERITY_ERROR);
  g_assert_nonnull (find_rule (gaps, "gap.unit-empty", "U2"));
  g_assert_null (find_rule (gaps, "gap.unit-empty", "U1"));
  g_assert_nonnull (find_rule (gaps, "gap.criteria-missing", "U1.K1"));
  g_assert_true (azqf_gap_report_has_errors (report));
  /* No QF-EHEA below level 5. */
  g_assert_cmpfloat (azqf_gap_report_get_score (report, "qfehea"), <, 0);

  /* Errors come first. */
  g_assert_cmpint (azqf_finding_get_severity (g_ptr_array_index (gaps, 0)), ==, AZQF_SEVERITY_ERROR);
}

static void
test_no_level (void)
{
  g_autoptr(AzqfStandard) standard = new_standard (AZQF_KIND_OCCUPATIONAL, "PS-N", 0);
  g_autoptr(AzqfGapReport) report = NULL;

  add_outcome (standard, NULL, "K1", AZQF_DOMAIN_KNOWLEDGE, "Faktları izah edir.", "Explains facts.");
  report = azqf_gap_analyze (get_frameworks (), standard);
  g_assert_cmpuint (azqf_gap_report_get_elements (report)->len, ==, 0);
  g_assert_nonnull (find_rule (azqf_gap_report_get_gaps (report), "gap.level-missing", NULL));
  g_assert_nonnull (azqf_gap_report_get_notes (report)[0]);
  g_assert_cmpfloat (azqf_gap_report_get_score (report, "eqf"), <, 0);
  g_free (azqf_gap_report_to_html (report, AZQF_LANG_EN));
}

static void
test_level_1 (void)
{
  g_autoptr(AzqfStandard) standard = new_standard (AZQF_KIND_QUALIFICATION, "KS-L1", 1);
  g_autoptr(AzqfGapReport) report = NULL;

  add_outcome (standard, NULL, "K1", AZQF_DOMAIN_KNOWLEDGE, "Faktları izah edir.", "Explains facts.");
  report = azqf_gap_analyze (get_frameworks (), standard);

  /* Level 1 is the one AzQF level with text: analysed, no "not loaded" note. */
  g_assert_cmpfloat (azqf_gap_report_get_score (report, "azqf"), >=, 0);
  g_assert_null (find_rule (azqf_gap_report_get_gaps (report), "gap.azqf-not-loaded", NULL));
  g_assert_cmpint (element_index (report, "azqf:L1.K.1"), >=, 0);
}

/* The sample */

static AzqfStandard *
find_sample (GPtrArray  *standards,
             const char *code)
{
  for (guint i = 0; i < standards->len; i++)
    if (strcmp (azqf_standard_get_code (g_ptr_array_index (standards, i)), code) == 0)
      return g_ptr_array_index (standards, i);

  g_assert_not_reached ();
}

static gboolean
has_note (AzqfGapReport *report,
          const char    *text)
{
  const char * const *notes = azqf_gap_report_get_notes (report);

  for (guint i = 0; notes[i] != NULL; i++)
    if (strstr (notes[i], text) != NULL)
      return TRUE;

  return FALSE;
}

static void
test_sample (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) standards = azqf_sample_load (&error);

  g_assert_no_error (error);

  /* The occupational standard (level 6): no link yet, so every element is a
   * gap, but nothing is structurally wrong. */
  {
    g_autoptr(AzqfGapReport) report = azqf_gap_analyze (get_frameworks (), find_sample (standards, "PS-2411-01"));
    GPtrArray *gaps = azqf_gap_report_get_gaps (report);

    g_assert_true (has_note (report, "AzQF descriptor text for level 6 is not loaded"));
    /* ... said once, in the user's words, not with the data's provenance remark */
    g_assert_false (has_note (report, "NOT FOUND"));
    g_assert_nonnull (find_rule (gaps, "gap.azqf-not-loaded", NULL));
    g_assert_cmpuint (count_rule (gaps, "gap.element-uncovered", NULL), ==,
                      azqf_gap_report_get_elements (report)->len);
    g_assert_cmpuint (count_rule (gaps, "gap.domain-empty", NULL), ==, 0);
    g_assert_cmpuint (count_rule (gaps, "gap.unit-empty", NULL), ==, 0);
    g_assert_cmpuint (count_rule (gaps, "gap.criteria-missing", NULL), ==, 0);
    g_assert_cmpfloat (azqf_gap_report_get_score (report, "azqf"), <, 0);
    g_assert_cmpfloat (azqf_gap_report_get_score (report, "eqf"), ==, 0);
    g_assert_cmpfloat (azqf_gap_report_get_score (report, "qfehea"), ==, 0);
    g_assert_cmpuint (azqf_gap_report_get_credit_findings (report)->len, ==, 0);
    g_assert_false (azqf_gap_report_has_errors (report));
  }

  /* The educational standard: 8 semesters of 30 = 240, its credits pass;
   * outcomes without criteria are fine in an educational standard. */
  {
    AzqfStandard *standard = find_sample (standards, "TS-0714-06-01");
    g_autoptr(AzqfGapReport) report = azqf_gap_analyze (get_frameworks (), standard);
    g_autoptr(GPtrArray) credits = azqf_gap_check_credits (standard);
    GPtrArray *gaps = azqf_gap_report_get_gaps (report);

    g_assert_cmpuint (count_at_least (credits, AZQF_SEVERITY_WARNING), ==, 0);
    g_assert_cmpuint (count_at_least (azqf_gap_report_get_credit_findings (report), AZQF_SEVERITY_WARNING), ==, 0);
    g_assert_nonnull (find_rule (credits, "credits.qfehea-range", NULL));
    g_assert_cmpuint (count_rule (gaps, "gap.criteria-missing", NULL), ==, 0);
    g_assert_cmpuint (count_rule (gaps, "gap.domain-empty", NULL), ==, 0);
    g_assert_true (has_note (report, "AzQF descriptor text for level 6 is not loaded"));
    g_assert_cmpuint (g_strv_length ((char **) azqf_gap_report_get_outcome_codes (report)), ==, 27);

    /* Its author-confirmed links: EQF 3 of 4, QF-EHEA 4 of 5 (FC.5 only has a
     * pending suggestion); the rejected PO.K1 → eqf:L6.A.2 is not offered again. */
    g_assert_cmpfloat_with_epsilon (azqf_gap_report_get_score (report, "eqf"), 0.75, 1e-9);
    g_assert_cmpfloat_with_epsilon (azqf_gap_report_get_score (report, "qfehea"), 0.8, 1e-9);
    g_assert_cmpuint (count_rule (gaps, "gap.element-uncovered", NULL), ==, 2);
    {
      AzqfFinding *l6a2 = NULL;

      for (guint i = 0; i < gaps->len; i++)
        if (g_strcmp0 (azqf_finding_get_element (g_ptr_array_index (gaps, i)), "eqf:L6.A.2") == 0)
          l6a2 = g_ptr_array_index (gaps, i);
      g_assert_nonnull (l6a2);
      g_assert_nonnull (azqf_finding_get_suggestion (l6a2));
      g_assert_false (g_str_has_prefix (azqf_finding_get_suggestion (l6a2), "PO.K1"));
    }
    g_assert_false (azqf_gap_report_has_errors (report));
  }

  /* The qualification standard (level 4): U1.A1 has no criteria. */
  {
    g_autoptr(AzqfGapReport) report = azqf_gap_analyze (get_frameworks (), find_sample (standards, "KS-5120-04-01"));
    GPtrArray *gaps = azqf_gap_report_get_gaps (report);
    AzqfFinding *finding = find_rule (gaps, "gap.criteria-missing", "U1.A1");

    g_assert_nonnull (finding);
    g_assert_cmpint (azqf_finding_get_severity (finding), ==, AZQF_SEVERITY_ERROR);
    g_assert_cmpstr (azqf_finding_get_unit_code (finding), ==, "U1");
    g_assert_cmpuint (count_rule (gaps, "gap.criteria-missing", NULL), ==, 1);
    g_assert_true (has_note (report, "AzQF descriptor text for level 4 is not loaded"));
    /* Level 4: no QF-EHEA cycle. */
    g_assert_cmpfloat (azqf_gap_report_get_score (report, "qfehea"), <, 0);
    g_assert_cmpint (element_index (report, "eqf:L4.K.1"), >=, 0);
    g_assert_true (azqf_gap_report_has_errors (report));

    /* No outcome shares the words of the general EQF knowledge statement:
     * the author is pointed at the knowledge outcomes, without a score. */
    finding = find_rule (gaps, "gap.element-uncovered", NULL);
    for (guint i = 0; i < gaps->len; i++)
      if (g_strcmp0 (azqf_finding_get_element (g_ptr_array_index (gaps, i)), "eqf:L4.K.1") == 0)
        finding = g_ptr_array_index (gaps, i);
    g_assert_cmpstr (azqf_finding_get_element (finding), ==, "eqf:L4.K.1");
    g_assert_cmpstr (azqf_finding_get_suggestion (finding), ==,
                     "No outcome shares its words; check the outcomes of its domain: U1.K1, U2.K1, U3.K1");
  }
}


/* The author's decisions: confirming turns a pending suggestion into
 * coverage; a rejected suggestion is not offered again, also after the
 * standard went through the store; an author's own link cannot be rejected. */
static void
test_decide_link (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) standards = azqf_sample_load (&error);
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(AzqfStore) store = NULL;
  g_autoptr(AzqfStandard) reloaded = NULL;
  AzqfStandard *standard;
  AzqfLink *link;

  g_assert_no_error (error);
  standard = find_sample (standards, "TS-0714-06-01");

  g_assert_true (azqf_gap_decide_link (get_frameworks (), standard, "PO.A3", "qfehea:FC.5",
                                       AZQF_LINK_STATE_CONFIRMED, AZQF_LINK_COVERS, NULL, &error));
  g_assert_no_error (error);
  link = azqf_outcome_find_link (azqf_standard_find_outcome (standard, "PO.A3", NULL), "qfehea:FC.5");
  g_assert_cmpint (azqf_link_get_state (link), ==, AZQF_LINK_STATE_CONFIRMED);
  g_assert_cmpint (azqf_link_get_source (link), ==, AZQF_LINK_SOURCE_SUGGESTED);

  g_assert_true (azqf_gap_decide_link (get_frameworks (), standard, "PO.A3", "eqf:L6.A.2",
                                       AZQF_LINK_STATE_REJECTED, AZQF_LINK_COVERS, "Own development only", &error));
  g_assert_no_error (error);

  /* Through the store and back. */
  dir = g_dir_make_tmp ("azqf-test-gap-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "ws.azqf", NULL);
  store = azqf_store_create (path, &error);
  g_assert_no_error (error);
  g_assert_true (azqf_store_insert_standard (store, standard, &error));
  g_assert_no_error (error);
  reloaded = azqf_store_load_standard (store, "TS-0714-06-01", &error);
  g_assert_no_error (error);

  {
    g_autoptr(AzqfGapReport) report = azqf_gap_analyze (get_frameworks (), reloaded);
    g_autoptr(GPtrArray) suggestions = azqf_gap_suggest (get_frameworks (), reloaded,
                                                         azqf_standard_find_outcome (reloaded, "PO.A3", NULL), 20);

    g_assert_cmpfloat_with_epsilon (azqf_gap_report_get_score (report, "qfehea"), 1.0, 1e-9);
    for (guint i = 0; i < suggestions->len; i++)
      g_assert_cmpstr (azqf_descriptor_get_id (azqf_suggestion_get_descriptor (g_ptr_array_index (suggestions, i))),
                       !=, "eqf:L6.A.2");
    link = azqf_outcome_find_link (azqf_standard_find_outcome (reloaded, "PO.A3", NULL), "eqf:L6.A.2");
    g_assert_cmpint (azqf_link_get_state (link), ==, AZQF_LINK_STATE_REJECTED);
    g_assert_cmpstr (azqf_link_get_comment (link), ==, "Own development only");
  }

  g_assert_false (azqf_gap_decide_link (get_frameworks (), reloaded, "PO.K2", "eqf:L6.K.1",
                                        AZQF_LINK_STATE_REJECTED, AZQF_LINK_COVERS, NULL, &error));
  g_assert_error (error, AZQF_VALUE_ERROR, AZQF_VALUE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (azqf_gap_decide_link (get_frameworks (), reloaded, "PO.ZZ", "eqf:L6.K.1",
                                        AZQF_LINK_STATE_CONFIRMED, AZQF_LINK_COVERS, NULL, &error));
  g_assert_error (error, AZQF_VALUE_ERROR, AZQF_VALUE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (azqf_gap_decide_link (get_frameworks (), reloaded, "PO.K1", "eqf:L9.K.1",
                                        AZQF_LINK_STATE_CONFIRMED, AZQF_LINK_COVERS, NULL, &error));
  g_assert_error (error, AZQF_VALUE_ERROR, AZQF_VALUE_ERROR_UNKNOWN_CODE);
  g_clear_error (&error);

  azqf_store_close (store);
  g_remove (path);
  g_rmdir (dir);
}

/* Output */

static void
test_json (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) standards = azqf_sample_load (&error);
  g_autoptr(AzqfGapReport) report = NULL;
  g_autoptr(JsonNode) root = NULL;
  JsonObject *object;
  JsonArray *frameworks;
  JsonObject *matrix;
  gboolean found_eqf = FALSE;

  g_assert_no_error (error);
  report = azqf_gap_analyze (get_frameworks (), find_sample (standards, "KS-5120-04-01"));
  root = azqf_gap_report_to_json (report);
  object = json_node_get_object (root);

  g_assert_cmpstr (json_object_get_string_member (object, "standard"), ==, "KS-5120-04-01");
  g_assert_cmpint (json_object_get_int_member (object, "level"), ==, 4);
  g_assert_true (json_object_get_boolean_member (object, "has_errors"));
  g_assert_true (json_object_has_member (object, "gaps"));
  g_assert_true (json_object_has_member (object, "credits"));
  g_assert_true (json_object_has_member (object, "notes"));
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (object, "notes")), >, 0);

  frameworks = json_object_get_array_member (object, "frameworks");
  g_assert_cmpuint (json_array_get_length (frameworks), ==, 3);
  for (guint i = 0; i < json_array_get_length (frameworks); i++)
    {
      JsonObject *framework = json_array_get_object_element (frameworks, i);
      JsonArray *elements = json_object_get_array_member (framework, "elements");

      g_assert_true (json_object_has_member (framework, "id"));
      g_assert_true (json_object_has_member (framework, "score"));
      if (strcmp (json_object_get_string_member (framework, "id"), "eqf") != 0)
        {
          g_assert_true (JSON_NODE_HOLDS_NULL (json_object_get_member (framework, "score")));
          continue;
        }

      found_eqf = TRUE;
      g_assert_cmpfloat (json_object_get_double_member (framework, "score"), ==, 0.0);
      g_assert_cmpuint (json_array_get_length (elements), ==, 4);
      for (guint e = 0; e < json_array_get_length (elements); e++)
        {
          JsonObject *element = json_array_get_object_element (elements, e);

          g_assert_true (json_object_has_member (element, "id"));
          g_assert_true (json_object_has_member (element, "heading"));
          g_assert_true (json_object_has_member (json_object_get_object_member (element, "text"), "en"));
          g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (element, "provenance"), "en"),
                           ==, "official");
          g_assert_cmpuint (json_array_get_length (json_object_get_array_member (element, "covered_by")), ==, 0);
        }
    }
  g_assert_true (found_eqf);

  matrix = json_object_get_object_member (object, "matrix");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (matrix, "elements")), ==, 4);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (matrix, "outcomes")), ==, 10);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (matrix, "cells")), ==, 4);

  {
    JsonArray *gaps = json_object_get_array_member (object, "gaps");
    gboolean found = FALSE;

    for (guint i = 0; i < json_array_get_length (gaps); i++)
      {
        JsonObject *gap = json_array_get_object_element (gaps, i);

        g_assert_true (json_object_has_member (gap, "rule"));
        g_assert_true (json_object_has_member (gap, "severity"));
        if (strcmp (json_object_get_string_member (gap, "rule"), "gap.criteria-missing") == 0)
          {
            g_assert_cmpstr (json_object_get_string_member (gap, "outcome"), ==, "U1.A1");
            found = TRUE;
          }
      }
    g_assert_true (found);
  }
}

static guint
count_substring (const char *haystack,
                 const char *needle)
{
  guint n = 0;

  for (const char *p = strstr (haystack, needle); p != NULL; p = strstr (p + 1, needle))
    n++;

  return n;
}

static void
test_html (void)
{
  g_autoptr(AzqfStandard) standard = new_standard (AZQF_KIND_QUALIFICATION, "KS-HTML-1", 6);
  AzqfUnit *unit = add_unit (standard, "U1", "<i>unit</i>", -1);
  AzqfOutcome *outcome = add_outcome (standard, unit, "U1.K1", AZQF_DOMAIN_KNOWLEDGE,
                                      "<script>alert(1)</script> biliyə malikdir",
                                      PARAPHRASE_EN " <b>&amp;</b>");
  g_autoptr(AzqfGapReport) report = NULL;
  g_autofree char *html = NULL;
  g_autofree char *html_en = NULL;

  azqf_standard_set_text (standard, AZQF_STANDARD_TITLE, AZQF_LANG_AZ, "Başlıq <b>&");
  azqf_standard_set_text (standard, AZQF_STANDARD_TITLE, AZQF_LANG_EN, "Title <b>&");
  add_link (outcome, "eqf:L6.K.1", AZQF_LINK_COVERS, AZQF_LINK_SOURCE_AUTHOR, AZQF_LINK_STATE_CONFIRMED);

  report = azqf_gap_analyze (get_frameworks (), standard);
  html = azqf_gap_report_to_html (report, AZQF_LANG_AZ);

  /* The page is in the UI language (C in tests), the content says its own. */
  g_assert_true (g_str_has_prefix (html, "<!DOCTYPE html>\n<html lang=\"en\">"));
  g_assert_nonnull (strstr (html, "<span lang=\"az\">Başlıq &lt;b&gt;&amp;</span>"));
  g_assert_true (g_str_has_suffix (html, "</html>\n"));
  g_assert_true (g_utf8_validate (html, -1, NULL));
  g_assert_nonnull (strstr (html, "KS-HTML-1"));

  /* Content is escaped, never markup. */
  g_assert_null (strstr (html, "<b>"));
  g_assert_null (strstr (html, "<i>unit"));
  g_assert_null (strstr (html, "<script"));
  g_assert_nonnull (strstr (html, "Başlıq &lt;b&gt;&amp;"));
  g_assert_nonnull (strstr (html, "Title &lt;b&gt;&amp;"));
  g_assert_nonnull (strstr (html, "&lt;script&gt;"));
  g_assert_nonnull (strstr (html, "&lt;b&gt;&amp;amp;&lt;/b&gt;"));

  /* Self-contained: nothing to fetch, nothing to run. */
  g_assert_null (strstr (html, "<link"));
  g_assert_null (strstr (html, "src="));
  g_assert_null (strstr (html, "url("));
  g_assert_null (strstr (html, "@import"));
  g_assert_nonnull (strstr (html, "@media print"));

  /* Balanced enough to be well formed. */
  g_assert_cmpuint (count_substring (html, "<table"), ==, count_substring (html, "</table>"));
  g_assert_cmpuint (count_substring (html, "<tr"), ==, count_substring (html, "</tr>"));
  g_assert_cmpuint (count_substring (html, "<section"), ==, count_substring (html, "</section>"));
  g_assert_cmpuint (count_substring (html, "<td"), ==, count_substring (html, "</td>"));
  g_assert_cmpuint (count_substring (html, "<li"), ==, count_substring (html, "</li>"));

  /* The matrix: the confirmed link, the element ids, the outcome code. */
  g_assert_nonnull (strstr (html, "c-covers"));
  g_assert_nonnull (strstr (html, "eqf:L6.K.1"));
  g_assert_nonnull (strstr (html, "U1.K1"));

  g_assert_null (strstr (html, "id=\"lint\""));

  /* Lint findings attached: their own section and JSON key, not errors. */
  {
    g_autoptr(GPtrArray) lint = g_ptr_array_new_with_free_func ((GDestroyNotify) azqf_finding_unref);
    g_autofree char *with_lint = NULL;
    g_autoptr(JsonNode) json = NULL;

    g_ptr_array_add (lint, azqf_finding_new (AZQF_SEVERITY_ERROR, "lint.vague-verb", "Vague <verb>",
                                             "KS-HTML-1", "U1", "U1.K1", NULL));
    azqf_gap_report_set_lint_findings (report, lint);
    g_assert_cmpuint (azqf_gap_report_get_lint_findings (report)->len, ==, 1);
    with_lint = azqf_gap_report_to_html (report, AZQF_LANG_AZ);
    g_assert_nonnull (strstr (with_lint, "<section id=\"lint\">"));
    g_assert_nonnull (strstr (with_lint, "Vague &lt;verb&gt;"));
    json = azqf_gap_report_to_json (report);
    g_assert_true (json_object_has_member (json_node_get_object (json), "lint"));
    azqf_gap_report_set_lint_findings (report, NULL);
    g_assert_null (azqf_gap_report_get_lint_findings (report));
  }

  /* The English page puts English content first. */
  html_en = azqf_gap_report_to_html (report, AZQF_LANG_EN);
  g_assert_nonnull (strstr (html_en, "<span lang=\"en\">Title &lt;b&gt;&amp;</span>"));
  g_assert_true (strstr (html_en, "Title &lt;b&gt;&amp;") < strstr (html_en, "Başlıq &lt;b&gt;&amp;"));
}

static void
test_html_working_label (void)
{
  g_autoptr(AzqfStandard) standard = new_standard (AZQF_KIND_QUALIFICATION, "KS-L1", 1);
  g_autoptr(AzqfGapReport) report = NULL;
  g_autofree char *html = NULL;

  add_outcome (standard, NULL, "K1", AZQF_DOMAIN_KNOWLEDGE, "Faktları izah edir.", "Explains facts.");
  report = azqf_gap_analyze (get_frameworks (), standard);
  html = azqf_gap_report_to_html (report, AZQF_LANG_AZ);

  /* AzQF level 1 in English is our working translation: labelled. */
  g_assert_nonnull (strstr (html, "azqf:L1.K.1"));
  g_assert_nonnull (strstr (html, "class=\"working\""));
}

static void
test_semester_units (void)
{
  g_autoptr(AzqfStandard) standard = new_standard (AZQF_KIND_EDUCATIONAL, "TS-U", 6);
  AzqfUnit *by_code = add_unit (standard, "SEM12", NULL, 30);
  AzqfUnit *by_az = add_unit (standard, "M1", NULL, 30);
  AzqfUnit *by_en = add_unit (standard, "M2", "Semester 3: networks", 30);
  AzqfUnit *module = add_unit (standard, "SEMINAR", "Research seminar", 5);
  AzqfUnit *summer = add_unit (standard, "S1", "Summer semester", 6);
  gboolean is_summer;

  azqf_unit_set_title (by_az, AZQF_LANG_AZ, "2-ci SEMESTR");
  g_assert_true (_azqf_gap_unit_is_semester (by_code, &is_summer));
  g_assert_false (is_summer);
  g_assert_true (_azqf_gap_unit_is_semester (by_az, &is_summer));
  g_assert_true (_azqf_gap_unit_is_semester (by_en, &is_summer));
  g_assert_false (_azqf_gap_unit_is_semester (module, &is_summer));
  g_assert_true (_azqf_gap_unit_is_semester (summer, &is_summer));
  g_assert_true (is_summer);
}

/* The command */

/* Runs the built azqf (AZQF_CLI) in dir; returns the exit status. */
static int
run_cli (const char          *dir,
         const char * const  *args,
         char               **out,
         char               **err)
{
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  const char *cli = g_getenv ("AZQF_CLI");

  g_assert_nonnull (cli);
  g_ptr_array_add (argv, (gpointer) cli);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_subprocess_launcher_set_cwd (launcher, dir);
  process = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, NULL, NULL, out, err, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_exited (process));

  return g_subprocess_get_exit_status (process);
}

#define ARGS(...) ((const char * const []) { __VA_ARGS__, NULL })

static void
test_cli (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("test-gap-XXXXXX", &error);

  g_assert_no_error (error);

  {
    g_autofree char *out = NULL, *err = NULL;

    g_assert_cmpint (run_cli (dir, ARGS ("init", "ws.azqf", "--sample"), &out, &err), ==, 0);
  }

  /* Warnings only: exit 0. */
  {
    g_autofree char *out = NULL, *err = NULL;

    g_assert_cmpint (run_cli (dir, ARGS ("gap", "ws.azqf", "PS-2411-01"), &out, &err), ==, 0);
    g_assert_cmpstr (err, ==, "");
    g_assert_nonnull (strstr (out, "eqf:L6.K.1"));
    g_assert_nonnull (strstr (out, "gap.element-uncovered"));
    g_assert_nonnull (strstr (out, "AzQF descriptor text for level 6 is not loaded"));
  }

  /* An error finding: exit 1, still a full report. */
  {
    g_autofree char *out = NULL, *err = NULL;

    g_assert_cmpint (run_cli (dir, ARGS ("gap", "ws.azqf", "KS-5120-04-01"), &out, &err), ==, 1);
    g_assert_nonnull (strstr (out, "gap.criteria-missing"));
  }

  /* JSON: one document on stdout. */
  {
    g_autofree char *out = NULL, *err = NULL;
    g_autoptr(JsonParser) parser = json_parser_new ();

    g_assert_cmpint (run_cli (dir, ARGS ("gap", "ws.azqf", "TS-0714-06-01", "--json"), &out, &err), ==, 0);
    json_parser_load_from_data (parser, out, -1, &error);
    g_assert_no_error (error);
    g_assert_cmpstr (json_object_get_string_member (json_node_get_object (json_parser_get_root (parser)), "standard"),
                     ==, "TS-0714-06-01");
  }

  /* HTML to a file: nothing on stdout, the status of the findings. */
  {
    g_autofree char *out = NULL, *err = NULL;
    g_autofree char *html = NULL;
    g_autofree char *html_path = NULL;

    g_assert_cmpint (run_cli (dir, ARGS ("gap", "ws.azqf", "KS-5120-04-01", "--html", "-o", "gap.html"),
                              &out, &err), ==, 1);
    g_assert_cmpstr (out, ==, "");
    html_path = g_build_filename (dir, "gap.html", NULL);
    g_file_get_contents (html_path, &html, NULL, &error);
    g_assert_no_error (error);
    g_assert_true (g_str_has_prefix (html, "<!DOCTYPE html>"));
    g_assert_nonnull (strstr (html, "KS-5120-04-01"));
    g_assert_nonnull (strstr (html, "id=\"lint\""));
  }

  /* Usage and input errors. */
  {
    g_autofree char *out = NULL, *err = NULL;

    g_assert_cmpint (run_cli (dir, ARGS ("gap", "ws.azqf", "NO-SUCH"), &out, &err), ==, 1);
    g_assert_true (g_str_has_prefix (err, "azqf: "));
  }
  {
    g_autofree char *out = NULL, *err = NULL;

    g_assert_cmpint (run_cli (dir, ARGS ("gap", "ws.azqf", "PS-2411-01", "--json", "--html"), &out, &err), ==, 2);
  }
  {
    g_autofree char *out = NULL, *err = NULL;

    g_assert_cmpint (run_cli (dir, ARGS ("gap", "ws.azqf"), &out, &err), ==, 2);
  }

  /* The workspace, its -wal and -shm, the page. */
  {
    g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
    const char *name;

    while (handle != NULL && (name = g_dir_read_name (handle)) != NULL)
      {
        g_autofree char *path = g_build_filename (dir, name, NULL);

        g_unlink (path);
      }
  }
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  azqf_locale_init_test ();
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/azqf/gap/credits/bachelor", test_credits_bachelor);
  g_test_add_func ("/azqf/gap/credits/medical", test_credits_medical);
  g_test_add_func ("/azqf/gap/credits/master", test_credits_master);
  g_test_add_func ("/azqf/gap/credits/semesters", test_credits_semesters);
  g_test_add_func ("/azqf/gap/credits/units", test_credits_units);
  g_test_add_func ("/azqf/gap/credits/qfehea", test_credits_qfehea);
  g_test_add_func ("/azqf/gap/credits/duration", test_duration_months);
  g_test_add_func ("/azqf/gap/credits/semester-units", test_semester_units);
  g_test_add_func ("/azqf/gap/suggest/paraphrase", test_suggest_paraphrase);
  g_test_add_func ("/azqf/gap/suggest/skip-linked", test_suggest_skip_linked);
  g_test_add_func ("/azqf/gap/coverage", test_coverage);
  g_test_add_func ("/azqf/gap/structure", test_structure);
  g_test_add_func ("/azqf/gap/no-level", test_no_level);
  g_test_add_func ("/azqf/gap/level-1", test_level_1);
  g_test_add_func ("/azqf/gap/sample", test_sample);
  g_test_add_func ("/azqf/gap/decide-link", test_decide_link);
  g_test_add_func ("/azqf/gap/json", test_json);
  g_test_add_func ("/azqf/gap/html", test_html);
  g_test_add_func ("/azqf/gap/html-working-label", test_html_working_label);
  g_test_add_func ("/azqf/gap/cli", test_cli);

  status = g_test_run ();
  g_clear_object (&shared_frameworks);
  return status;
}
