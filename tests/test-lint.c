/* test-lint.c: the bilingual outcome linter
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdlib.h>
#include <sys/wait.h>
#include <string.h>

#include <glib/gstdio.h>

#include "model/azqf-analysis.h"
#include "model/azqf-finding.h"
#include "model/azqf-lint.h"
#include "model/azqf-locale.h"
#include "model/azqf-outcome.h"
#include "model/azqf-sample.h"
#include "model/azqf-standard.h"
#include "model/azqf-store.h"
#include "model/azqf-unit.h"

static AzqfLinter *linter;

static AzqfStandard *
make_standard (const char *code,
               guint       level,
               AzqfStatus  status)
{
  g_autoptr(GError) error = NULL;
  AzqfStandard *standard = azqf_standard_new (AZQF_KIND_QUALIFICATION, code, &error);

  g_assert_no_error (error);
  if (level > 0)
    g_assert_true (azqf_standard_set_level (standard, level, &error));
  azqf_standard_set_status (standard, status);

  return standard;
}

static AzqfOutcome *
add_outcome (AzqfStandard *standard,
             AzqfUnit     *unit,
             const char   *code,
             const char   *az,
             const char   *en)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AzqfOutcome) outcome = azqf_outcome_new (code, AZQF_DOMAIN_SKILLS, &error);

  g_assert_no_error (error);
  azqf_outcome_set_text (outcome, AZQF_LANG_AZ, az);
  azqf_outcome_set_text (outcome, AZQF_LANG_EN, en);
  g_assert_true (azqf_standard_add_outcome (standard, unit, outcome, &error));
  g_assert_no_error (error);

  return outcome;
}

/* The findings for one outcome in a standard of level and status. */
static GPtrArray *
lint_full (const char *az,
           const char *en,
           guint       level,
           AzqfStatus  status)
{
  g_autoptr(AzqfStandard) standard = make_standard ("TEST-1", level, status);
  g_autoptr(GError) error = NULL;
  g_autoptr(AzqfUnit) unit = azqf_unit_new ("U1", &error);
  AzqfOutcome *outcome;

  g_assert_true (azqf_standard_add_unit (standard, unit, &error));
  outcome = add_outcome (standard, unit, "U1.S1", az, en);

  return azqf_linter_check_outcome (linter, standard, outcome);
}

static GPtrArray *
lint (const char *az,
      const char *en,
      guint       level)
{
  return lint_full (az, en, level, AZQF_STATUS_DRAFT);
}

/* The finding of rule for lang (-1: any), or NULL. */
static AzqfFinding *
find (GPtrArray  *findings,
      const char *rule,
      int         lang)
{
  for (guint i = 0; i < findings->len; i++)
    {
      AzqfFinding *finding = g_ptr_array_index (findings, i);

      if (strcmp (azqf_finding_get_rule_id (finding), rule) == 0 &&
          (lang < 0 || azqf_finding_get_lang (finding) == lang))
        return finding;
    }

  return NULL;
}

static guint
count_rule (GPtrArray  *findings,
            const char *rule)
{
  guint n = 0;

  for (guint i = 0; i < findings->len; i++)
    if (strcmp (azqf_finding_get_rule_id (g_ptr_array_index (findings, i)), rule) == 0)
      n++;

  return n;
}

static void
dump (GPtrArray *findings)
{
  for (guint i = 0; i < findings->len; i++)
    {
      AzqfFinding *finding = g_ptr_array_index (findings, i);

      g_test_message ("%s %s %s [%s] %s (%s)",
                      azqf_finding_get_standard_code (finding),
                      azqf_finding_get_outcome_code (finding),
                      azqf_finding_get_lang (finding) == AZQF_LANG_AZ ? "az" :
                      azqf_finding_get_lang (finding) == AZQF_LANG_EN ? "en" : "–",
                      azqf_severity_to_string (azqf_finding_get_severity (finding)),
                      azqf_finding_get_message (finding),
                      azqf_finding_get_rule_id (finding));
    }
}

#define assert_no_findings(findings) \
  G_STMT_START { \
    GPtrArray *_f = (findings); \
    if (_f->len != 0) \
      { \
        dump (_f); \
        g_error ("%u unexpected findings", _f->len); \
      } \
  } G_STMT_END

/* Info notes (a translation with other parts) may come with unrelated texts. */
static void
assert_no_warnings (GPtrArray *findings)
{
  for (guint i = 0; i < findings->len; i++)
    if (azqf_finding_get_severity (g_ptr_array_index (findings, i)) != AZQF_SEVERITY_INFO)
      {
        dump (findings);
        g_error ("unexpected warnings");
      }
}

static void
assert_message_contains (AzqfFinding *finding,
                         const char  *text)
{
  g_assert_nonnull (finding);
  if (strstr (azqf_finding_get_message (finding), text) == NULL)
    g_error ("“%s” does not name “%s”", azqf_finding_get_message (finding), text);
}

/* The good outcomes the rules must leave alone. */
static const char *good_az = "Maliyyə əmsallarından istifadə etməklə müəssisənin ödəmə qabiliyyətini təhlil edir.";
static const char *good_en = "Analyses the solvency of the organisation using financial ratios.";

static void
test_rules (void)
{
  const char * const *ids = azqf_linter_get_rule_ids ();
  static const char * const expected[] = {
    "lint.vague-verb", "lint.no-action-verb", "lint.double-barrelled", "lint.length",
    "lint.missing-translation", "lint.translation-mismatch", "lint.verb-level", "lint.duplicate",
  };

  g_assert_cmpuint (g_strv_length ((char **) ids), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_assert_true (g_strv_contains (ids, expected[i]));
      g_assert_nonnull (azqf_linter_get_rule_name (expected[i]));
      g_assert_cmpuint (strlen (azqf_linter_get_rule_explanation (expected[i])), >, 40);
    }

  g_assert_null (azqf_linter_get_rule_name ("lint.nonsense"));
  g_assert_null (azqf_linter_get_rule_explanation ("lint.nonsense"));
}

static void
test_good (void)
{
  g_autoptr(GPtrArray) findings = lint (good_az, good_en, 6);

  assert_no_findings (findings);
}

static void
test_finding_fields (void)
{
  g_autoptr(GPtrArray) findings = lint ("Vergi Məcəlləsinin əsas müddəalarını bilir.",
                                        "Knows the main provisions of the Tax Code.", 6);
  AzqfFinding *finding = find (findings, "lint.vague-verb", AZQF_LANG_AZ);

  g_assert_nonnull (finding);
  g_assert_cmpint (azqf_finding_get_severity (finding), ==, AZQF_SEVERITY_WARNING);
  g_assert_cmpstr (azqf_finding_get_standard_code (finding), ==, "TEST-1");
  g_assert_cmpstr (azqf_finding_get_unit_code (finding), ==, "U1");
  g_assert_cmpstr (azqf_finding_get_outcome_code (finding), ==, "U1.S1");
  g_assert_null (azqf_finding_get_element (finding));
  g_assert_cmpstr (azqf_finding_get_explanation (finding), ==,
                   azqf_linter_get_rule_explanation ("lint.vague-verb"));
  g_assert_nonnull (strstr (azqf_finding_get_suggestion (finding), "“izah edir”"));
  assert_message_contains (finding, "“bilir”");

  finding = find (findings, "lint.vague-verb", AZQF_LANG_EN);
  assert_message_contains (finding, "“Knows”");
  g_assert_nonnull (strstr (azqf_finding_get_suggestion (finding), "“explains”"));
}

typedef struct
{
  const char *text;
  const char *verb;  /* named in the message */
} VagueCase;

static void
test_vague_verb (void)
{
  static const VagueCase az[] = {
    { "Vergi Məcəlləsinin əsas müddəalarını bilir.", "bilir" },
    { "Mühasibat uçotunun prinsiplərini başa düşür.", "başa düşür" },
    { "Əmək qanunvericiliyinin tələbləri ilə tanışdır.", "tanışdır" },
    { "Gigiyena qaydalarının əhəmiyyətini dərk edir.", "dərk edir" },
    { "Maliyyə hesabatlarının strukturunu başa düşməyi bacarır.", "başa düşməyi" },
    { "Kompüter şəbəkələri haqqında biliyə malikdir.", "biliyə malikdir" },
    { "VERGİ MƏCƏLLƏSİNİN MÜDDƏALARINI BİLİR", "BİLİR" },
  };
  static const VagueCase en[] = {
    { "Knows the main provisions of the Tax Code.", "Knows" },
    { "Understands the principles of accounting.", "Understands" },
    { "The learner will be able to understand the principles of accounting.", "understand" },
    { "Is familiar with the requirements of labour law.", "Is familiar with" },
    { "Has knowledge of computer networks and their protocols.", "Has knowledge of" },
    { "Demonstrates an understanding of the structure of financial statements.", "Demonstrates an understanding of" },
    { "Appreciates the importance of hygiene in the kitchen.", "Appreciates" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (az); i++)
    {
      g_autoptr(GPtrArray) findings = lint (az[i].text, good_en, 6);

      assert_message_contains (find (findings, "lint.vague-verb", AZQF_LANG_AZ), az[i].verb);
      /* A vague verb is a verb: no second finding for the same spot. */
      g_assert_null (find (findings, "lint.no-action-verb", -1));
      g_assert_null (find (findings, "lint.vague-verb", AZQF_LANG_EN));
    }

  for (guint i = 0; i < G_N_ELEMENTS (en); i++)
    {
      g_autoptr(GPtrArray) findings = lint (good_az, en[i].text, 6);

      assert_message_contains (find (findings, "lint.vague-verb", AZQF_LANG_EN), en[i].verb);
      g_assert_null (find (findings, "lint.no-action-verb", -1));
      g_assert_null (find (findings, "lint.vague-verb", AZQF_LANG_AZ));
    }
}

static void
test_vague_verb_negative (void)
{
  static const char * const az[] = {
    /* "bilir" after an infinitive frames the action: knows how to calculate */
    "Əmək haqqından tutulmaları düzgün hesablamağı bilir.",
    /* a vague verb that is not the predicate */
    "Bildiyi üsulları yeni məsələlərin həllində tətbiq edir.",
    "Qida təhlükəsizliyi üzrə biliklərini praktikada tətbiq edir.",
  };
  static const char * const en[] = {
    "Explains what the client knows about the product range.",
    "Applies knowledge of hygiene rules in the kitchen.",
    "The learner will be able to explain the principles of accounting.",
  };

  for (guint i = 0; i < G_N_ELEMENTS (az); i++)
    {
      g_autoptr(GPtrArray) findings = lint (az[i], good_en, 4);

      assert_no_warnings (findings);
    }
  for (guint i = 0; i < G_N_ELEMENTS (en); i++)
    {
      g_autoptr(GPtrArray) findings = lint (good_az, en[i], 4);

      assert_no_warnings (findings);
    }
}

static void
test_no_action_verb (void)
{
  g_autoptr(GPtrArray) az = lint ("Maliyyə hesabatlarının təhlili və qiymətləndirilməsi.",
                                  "Analyses and evaluates financial statements of the organisation.", 6);
  g_autoptr(GPtrArray) en = lint ("Müəssisənin maliyyə hesabatlarını müstəqil təhlil edir.",
                                  "The analysis of financial statements and ratios.", 6);
  g_autoptr(GPtrArray) en2 = lint ("Müəssisənin maliyyə hesabatlarını müstəqil təhlil edir.",
                                   "Financial statements of the organisation in line with IFRS.", 6);
  AzqfFinding *finding;

  finding = find (az, "lint.no-action-verb", AZQF_LANG_AZ);
  assert_message_contains (finding, "“qiymətləndirilməsi”");
  /* The suggestions suit the outcome's level. */
  g_assert_nonnull (strstr (azqf_finding_get_suggestion (finding), "“təhlil edir”"));
  g_assert_null (find (az, "lint.no-action-verb", AZQF_LANG_EN));

  finding = find (en, "lint.no-action-verb", AZQF_LANG_EN);
  assert_message_contains (finding, "“The”");
  g_assert_nonnull (strstr (azqf_finding_get_suggestion (finding), "“analyses”"));
  g_assert_null (find (en, "lint.no-action-verb", AZQF_LANG_AZ));
  g_assert_nonnull (find (en2, "lint.no-action-verb", AZQF_LANG_EN));
}

static void
test_no_action_verb_negative (void)
{
  static const char * const az[] = {
    /* in the lexicon */
    "Texnoloji kartlara uyğun olaraq Azərbaycan mətbəxinin isti yeməklərini bişirir.",
    /* a compound the lexicon lacks: the light verb makes it finite */
    "Sensor məlumatlarını real vaxt rejimində emal edir.",
    /* a finite verb the lexicon lacks */
    "Xəmiri reseptdə göstərilən nisbətlərlə yoğurur.",
    /* the infinitive frame */
    "Maliyyə hesabatlarını beynəlxalq standartlara uyğun təhlil etməyi bacarır.",
    /* a parenthesis after the predicate */
    "Maliyyə hesabatlarını MHBS tələblərinə uyğun tərtib edir (MHBS 1).",
    /* "və s." (and so on) is no second action */
    "Qaimə-fakturaları, aktları, bəyannamələri və s. ilkin sənədləri yoxlayır.",
    "Ofis avadanlığını quraşdırır, printerləri sazlayır və s.",
  };
  static const char * const en[] = {
    "Prepares hot dishes of Azerbaijani cuisine according to recipe cards.",
    "Critically interprets the working principles of computer networks.",
    "Kneads dough in the proportions given in the recipe.",
    "The learner will be able to analyse financial statements under IFRS.",
    "Students can analyse financial statements under IFRS.",
    "Carries out the engineering tasks assigned during the placement.",
  };

  for (guint i = 0; i < G_N_ELEMENTS (az); i++)
    {
      g_autoptr(GPtrArray) findings = lint (az[i], good_en, 5);

      assert_no_warnings (findings);
    }
  for (guint i = 0; i < G_N_ELEMENTS (en); i++)
    {
      g_autoptr(GPtrArray) findings = lint (good_az, en[i], 5);

      assert_no_warnings (findings);
    }
}

static void
test_double_barrelled (void)
{
  g_autoptr(GPtrArray) sample = lint ("Struktur bölmələrin illik büdcəsini tərtib edir və faktiki xərclərlə kənarlaşmaları təhlil edir.",
                                      "Prepares the annual budget of the departments and analyses the variances from actual costs.", 6);
  g_autoptr(GPtrArray) simple = lint ("İlkin sənədləri yoxlayır və müəyyən edilmiş qaydada arxivləşdirir.",
                                      "Plans the menu of the week and prepares the dishes on time.", 4);
  g_autoptr(GPtrArray) adverb = lint (good_az,
                                      "Collects data on the process and critically evaluates the results.", 6);
  g_autoptr(GPtrArray) framed = lint ("Riyazi modelləri qurmağı və təhlil etməyi bacarır.",
                                      "The learner will be able to build and analyse mathematical models.", 6);

  assert_message_contains (find (sample, "lint.double-barrelled", AZQF_LANG_AZ), "“tərtib edir” and “təhlil edir”");
  assert_message_contains (find (sample, "lint.double-barrelled", AZQF_LANG_EN), "“Prepares” and “analyses”");
  g_assert_nonnull (azqf_finding_get_suggestion (find (sample, "lint.double-barrelled", AZQF_LANG_AZ)));
  assert_message_contains (find (simple, "lint.double-barrelled", AZQF_LANG_AZ), "“yoxlayır”");
  assert_message_contains (find (simple, "lint.double-barrelled", AZQF_LANG_EN), "“prepares”");
  assert_message_contains (find (adverb, "lint.double-barrelled", AZQF_LANG_EN), "“evaluates”");
  assert_message_contains (find (framed, "lint.double-barrelled", AZQF_LANG_AZ), "“qurmağı” and “təhlil etməyi”");
  assert_message_contains (find (framed, "lint.double-barrelled", AZQF_LANG_EN), "“build” and “analyse”");
}

static void
test_double_barrelled_negative (void)
{
  static const char * const az[] = {
    /* "və" between nouns */
    "Texniki həlləri mütəxəssis və qeyri-mütəxəssis auditoriyaya Azərbaycan və ingilis dillərində təqdim edir.",
    "Birbaşa və dolayı xərcləri düzgün təsnif edir.",
    /* a noun that ends like a verb (təsir, tədbir) */
    "İstilik emalının məhsulların dadına təsir və nəticələrini izah edir.",
    "Təhlükəsizlik tədbir və qaydalarına ciddi əməl edir.",
    "Riyazi və statistik modelləri təhlil etməyi bacarır.",
  };
  static const char * const en[] = {
    "Presents technical solutions to specialist and non-specialist audiences in Azerbaijani and English.",
    /* plural nouns that could be verbs */
    "Prepares financial statements and reports for management.",
    "Takes responsibility for keeping accounting documents and records in line with legislation.",
    "Explains the layers of the protocol suite and their functions.",
    "The learner will be able to analyse mathematical and statistical models.",
    "Is able to analyse costs and benefits of alternative solutions.",
  };

  for (guint i = 0; i < G_N_ELEMENTS (az); i++)
    {
      g_autoptr(GPtrArray) findings = lint (az[i], good_en, 4);

      assert_no_warnings (findings);
    }
  for (guint i = 0; i < G_N_ELEMENTS (en); i++)
    {
      g_autoptr(GPtrArray) findings = lint (good_az, en[i], 4);

      assert_no_warnings (findings);
    }
}

static char *
repeat_words (const char *first,
              const char *word,
              guint       n,
              const char *last)
{
  GString *s = g_string_new (first);

  for (guint i = 0; i < n; i++)
    g_string_append_printf (s, " %s", word);
  g_string_append_printf (s, " %s.", last);

  return g_string_free (s, FALSE);
}

static void
test_length (void)
{
  g_autoptr(GPtrArray) short_az = lint ("Hesabatları təhlil edir.", "Analyses the annual financial statements.", 5);
  g_autoptr(GPtrArray) short_en = lint ("Maliyyə hesabatlarını təhlil edir.", "Analyses statements.", 5);
  g_autoptr(GPtrArray) four = lint ("İllik hesabatları müstəqil təhlil edir.", "Analyses annual financial statements.", 5);
  /* 1 + 38 + 1 = 40 words, then 41 */
  g_autofree char *az40 = repeat_words ("Maliyyə", "hesabatlarını", 38, "hazırlayır");
  g_autofree char *en40 = repeat_words ("Prepares", "statements", 38, "carefully");
  g_autofree char *az41 = repeat_words ("Maliyyə", "hesabatlarını", 39, "hazırlayır");
  g_autofree char *en41 = repeat_words ("Prepares", "statements", 39, "carefully");
  g_autoptr(GPtrArray) forty = lint (az40, en40, 5);
  g_autoptr(GPtrArray) forty_one = lint (az41, en41, 5);

  assert_message_contains (find (short_az, "lint.length", AZQF_LANG_AZ), "3");
  g_assert_null (find (short_az, "lint.length", AZQF_LANG_EN));
  assert_message_contains (find (short_en, "lint.length", AZQF_LANG_EN), "2");
  g_assert_null (find (short_en, "lint.length", AZQF_LANG_AZ));
  g_assert_null (find (four, "lint.length", -1));
  g_assert_null (find (forty, "lint.length", -1));
  assert_message_contains (find (forty_one, "lint.length", AZQF_LANG_AZ), "41");
  assert_message_contains (find (forty_one, "lint.length", AZQF_LANG_EN), "41");
}

static void
test_missing_translation (void)
{
  g_autoptr(GPtrArray) draft = lint (good_az, NULL, 6);
  g_autoptr(GPtrArray) no_az = lint (NULL, good_en, 6);
  g_autoptr(GPtrArray) blank = lint ("  ", good_en, 6);
  g_autoptr(GPtrArray) approved = lint_full (good_az, NULL, 6, AZQF_STATUS_APPROVED);
  g_autoptr(GPtrArray) registered = lint_full (NULL, good_en, 6, AZQF_STATUS_REGISTERED);
  g_autoptr(GPtrArray) review = lint_full (good_az, NULL, 6, AZQF_STATUS_IN_REVIEW);
  g_autoptr(GPtrArray) both = lint_full (good_az, good_en, 6, AZQF_STATUS_APPROVED);

  g_assert_cmpint (azqf_finding_get_severity (find (draft, "lint.missing-translation", AZQF_LANG_EN)), ==, AZQF_SEVERITY_WARNING);
  g_assert_cmpuint (draft->len, ==, 1);
  g_assert_cmpint (azqf_finding_get_severity (find (no_az, "lint.missing-translation", AZQF_LANG_AZ)), ==, AZQF_SEVERITY_WARNING);
  g_assert_cmpuint (no_az->len, ==, 1);
  g_assert_nonnull (find (blank, "lint.missing-translation", AZQF_LANG_AZ));
  g_assert_cmpint (azqf_finding_get_severity (find (approved, "lint.missing-translation", AZQF_LANG_EN)), ==, AZQF_SEVERITY_ERROR);
  g_assert_cmpint (azqf_finding_get_severity (find (registered, "lint.missing-translation", AZQF_LANG_AZ)), ==, AZQF_SEVERITY_ERROR);
  g_assert_cmpint (azqf_finding_get_severity (find (review, "lint.missing-translation", AZQF_LANG_EN)), ==, AZQF_SEVERITY_WARNING);
  g_assert_nonnull (azqf_finding_get_suggestion (find (review, "lint.missing-translation", AZQF_LANG_EN)));
  assert_no_findings (both);
}

static void
test_translation_mismatch (void)
{
  g_autoptr(GPtrArray) longer = lint ("Maliyyə hesabatlarını təhlil edir.",
                                      "Analyses the annual financial statements of the organisation and of its subsidiaries in the light of the requirements of IFRS.", 6);
  g_autoptr(GPtrArray) clauses = lint ("Likvidlik, rentabellik, borc yükü, dövriyyə və bazar əmsallarını hesablayır.",
                                       "Calculates the financial ratios of the organisation for the management report.", 6);
  g_autoptr(GPtrArray) fine = lint ("Likvidlik, rentabellik və borc yükü əmsallarını düzgün hesablayır.",
                                    "Calculates liquidity, profitability and leverage ratios correctly.", 6);
  AzqfFinding *finding;

  finding = find (longer, "lint.translation-mismatch", -1);
  g_assert_nonnull (finding);
  g_assert_cmpint (azqf_finding_get_severity (finding), ==, AZQF_SEVERITY_WARNING);
  g_assert_cmpint (azqf_finding_get_lang (finding), ==, -1);
  assert_message_contains (finding, "4");
  assert_message_contains (finding, "20");

  finding = find (clauses, "lint.translation-mismatch", -1);
  g_assert_nonnull (finding);
  g_assert_cmpint (azqf_finding_get_severity (finding), ==, AZQF_SEVERITY_INFO);
  assert_message_contains (finding, "5");

  assert_no_findings (fine);
}

static void
test_verb_level (void)
{
  g_autoptr(GPtrArray) low = lint ("Hesablar planının əsas bölmələrini sadalayır.",
                                   "Lists the main sections of the chart of accounts.", 6);
  g_autoptr(GPtrArray) low_ok = lint ("Hesablar planının əsas bölmələrini sadalayır.",
                                      "Lists the main sections of the chart of accounts.", 4);
  g_autoptr(GPtrArray) high = lint ("Müəssisənin maliyyə strategiyasının alternativlərini qiymətləndirir.",
                                    "Evaluates alternative financial strategies of the organisation.", 2);
  /* one level away from the band is fine, two are not */
  g_autoptr(GPtrArray) high_ok = lint ("Müəssisənin maliyyə strategiyasının alternativlərini qiymətləndirir.",
                                       "Evaluates alternative financial strategies of the organisation.", 4);
  g_autoptr(GPtrArray) high_3 = lint ("Müəssisənin maliyyə strategiyasının alternativlərini qiymətləndirir.",
                                      "Evaluates alternative financial strategies of the organisation.", 3);
  g_autoptr(GPtrArray) low_5 = lint ("Hesablar planının əsas bölmələrini sadalayır.",
                                     "Lists the main sections of the chart of accounts.", 5);
  g_autoptr(GPtrArray) no_level = lint ("Hesablar planının əsas bölmələrini sadalayır.",
                                        "Lists the main sections of the chart of accounts.", 0);
  AzqfFinding *finding;

  finding = find (low, "lint.verb-level", AZQF_LANG_AZ);
  assert_message_contains (finding, "“sadalayır”");
  assert_message_contains (finding, "1–3");
  assert_message_contains (finding, "6");
  /* A verb that suits level 6 instead */
  g_assert_nonnull (strstr (azqf_finding_get_suggestion (finding), "“təhlil edir”"));
  finding = find (low, "lint.verb-level", AZQF_LANG_EN);
  assert_message_contains (finding, "“Lists”");
  g_assert_nonnull (strstr (azqf_finding_get_suggestion (finding), "“analyses”"));
  assert_no_findings (low_ok);

  finding = find (high, "lint.verb-level", AZQF_LANG_AZ);
  assert_message_contains (finding, "“qiymətləndirir”");
  assert_message_contains (finding, "5–8");
  g_assert_nonnull (find (high, "lint.verb-level", AZQF_LANG_EN));
  assert_no_findings (high_ok);
  g_assert_cmpuint (count_rule (high_3, "lint.verb-level"), ==, 2);
  g_assert_cmpuint (count_rule (low_5, "lint.verb-level"), ==, 2);
  assert_no_findings (no_level);
}

static void
test_verb_level_unit (void)
{
  /* The unit's own level wins over the standard's. */
  g_autoptr(AzqfStandard) standard = make_standard ("TEST-2", 6, AZQF_STATUS_DRAFT);
  g_autoptr(GError) error = NULL;
  g_autoptr(AzqfUnit) unit = azqf_unit_new ("U1", &error);
  g_autoptr(GPtrArray) at_6 = NULL;
  g_autoptr(GPtrArray) at_3 = NULL;
  AzqfOutcome *outcome;

  g_assert_true (azqf_standard_add_unit (standard, unit, &error));
  outcome = add_outcome (standard, unit, "U1.K1",
                         "Hesablar planının əsas bölmələrini sadalayır.",
                         "Lists the main sections of the chart of accounts.");
  at_6 = azqf_linter_check_outcome (linter, standard, outcome);
  g_assert_cmpuint (count_rule (at_6, "lint.verb-level"), ==, 2);

  g_assert_true (azqf_unit_set_level (unit, 3, &error));
  at_3 = azqf_linter_check_outcome (linter, standard, outcome);
  assert_no_findings (at_3);
}

static void
test_find_verb (void)
{
  static const struct
  {
    const char *text;
    AzqfLang    lang;
    const char *verb;
    guint       min;
    guint       max;
  } cases[] = {
    { "Maliyyə hesabatlarını təhlil edir.", AZQF_LANG_AZ, "təhlil edir", 4, 8 },
    { "Maliyyə hesabatlarını təhlil etməyi bacarır.", AZQF_LANG_AZ, "təhlil etməyi", 4, 8 },
    { "Hesabatları hazırlamağı bacarır.", AZQF_LANG_AZ, "hazırlamağı", 2, 7 },
    { "Sistemi müstəqil LAYİHƏLƏNDİRİR", AZQF_LANG_AZ, "LAYİHƏLƏNDİRİR", 5, 8 },
    { "Hesablar planının bölmələrini sadalayır.", AZQF_LANG_AZ, "sadalayır", 1, 3 },
    { "Analyses financial statements.", AZQF_LANG_EN, "Analyses", 4, 8 },
    { "The learner will be able to analyse financial statements.", AZQF_LANG_EN, "analyse", 4, 8 },
    { "Independently checks the accuracy of figures.", AZQF_LANG_EN, "checks", 2, 6 },
    { "Takes responsibility for the safe use of equipment.", AZQF_LANG_EN, "Takes responsibility", 2, 8 },
    { "Carries out routine maintenance.", AZQF_LANG_EN, "Carries out", 1, 5 },
  };
  char *verb = NULL;
  guint min = 0;
  guint max = 0;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_assert_true (azqf_linter_find_verb (linter, cases[i].text, cases[i].lang, &verb, &min, &max));
      g_assert_cmpstr (verb, ==, cases[i].verb);
      g_assert_cmpuint (min, ==, cases[i].min);
      g_assert_cmpuint (max, ==, cases[i].max);
      g_clear_pointer (&verb, g_free);
    }

  /* vague, unknown or none */
  g_assert_false (azqf_linter_find_verb (linter, "Vergi qanunvericiliyini bilir.", AZQF_LANG_AZ, &verb, NULL, NULL));
  g_assert_false (azqf_linter_find_verb (linter, "Sensor məlumatlarını emal edir.", AZQF_LANG_AZ, NULL, NULL, NULL));
  g_assert_false (azqf_linter_find_verb (linter, "Knows the Tax Code.", AZQF_LANG_EN, NULL, NULL, NULL));
  g_assert_false (azqf_linter_find_verb (linter, "", AZQF_LANG_EN, NULL, NULL, NULL));
  g_assert_false (azqf_linter_find_verb (linter, NULL, AZQF_LANG_AZ, NULL, NULL, NULL));
  g_assert_null (verb);
}

static void
test_duplicate (void)
{
  g_autoptr(AzqfStandard) standard = make_standard ("TEST-3", 6, AZQF_STATUS_DRAFT);
  g_autoptr(GPtrArray) findings = NULL;
  AzqfFinding *finding;

  add_outcome (standard, NULL, "O1",
               "Müəssisənin illik maliyyə hesabatlarını MHBS tələblərinə uyğun tərtib edir.",
               "Prepares the annual financial statements of the organisation in line with IFRS.");
  add_outcome (standard, NULL, "O2",
               "Müəssisənin vergi bəyannaməsini qanunvericiliyə uyğun tərtib edir.",
               "Prepares the tax return of the organisation in line with legislation.");
  /* O1 again in other inflections and word order */
  add_outcome (standard, NULL, "O3",
               "MHBS tələbləri üzrə müəssisənin illik maliyyə hesabatını tərtib edir.",
               "Prepares annual financial statements of the organisation in line with IFRS.");

  findings = azqf_linter_check_standard (linter, standard);
  g_assert_cmpuint (count_rule (findings, "lint.duplicate"), ==, 1);
  finding = find (findings, "lint.duplicate", -1);
  g_assert_cmpstr (azqf_finding_get_outcome_code (finding), ==, "O3");
  g_assert_null (azqf_finding_get_unit_code (finding));
  assert_message_contains (finding, "TEST-3 O1");
  g_assert_nonnull (azqf_finding_get_suggestion (finding));
  g_assert_cmpint (azqf_finding_get_lang (finding), ==, -1);
}

static void
test_duplicate_across (void)
{
  g_autoptr(AzqfStandard) a = make_standard ("TEST-A", 6, AZQF_STATUS_DRAFT);
  g_autoptr(AzqfStandard) b = make_standard ("TEST-B", 6, AZQF_STATUS_DRAFT);
  g_autoptr(GPtrArray) standards = g_ptr_array_new ();
  g_autoptr(GPtrArray) alone_a = NULL;
  g_autoptr(GPtrArray) alone_b = NULL;
  g_autoptr(GPtrArray) findings = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(AzqfUnit) unit = azqf_unit_new ("M2", &error);
  AzqfFinding *finding;

  add_outcome (a, NULL, "PO.S1", good_az, good_en);
  add_outcome (a, NULL, "PO.S2",
               "Yüksək səviyyəli proqramlaşdırma dilində proqramlar yazır.",
               "Writes programs in a high-level programming language.");
  g_assert_true (azqf_standard_add_unit (b, unit, &error));
  add_outcome (b, unit, "M2.S1",
               "Yüksək səviyyəli proqramlaşdırma dillərində proqram yazır.",
               "Writes programs in high-level programming languages.");
  g_ptr_array_add (standards, a);
  g_ptr_array_add (standards, b);

  alone_a = azqf_linter_check_standard (linter, a);
  alone_b = azqf_linter_check_standard (linter, b);
  assert_no_findings (alone_a);
  assert_no_findings (alone_b);

  findings = azqf_linter_check_standards (linter, standards);
  g_assert_cmpuint (findings->len, ==, 1);
  finding = find (findings, "lint.duplicate", -1);
  g_assert_cmpstr (azqf_finding_get_standard_code (finding), ==, "TEST-B");
  g_assert_cmpstr (azqf_finding_get_unit_code (finding), ==, "M2");
  g_assert_cmpstr (azqf_finding_get_outcome_code (finding), ==, "M2.S1");
  assert_message_contains (finding, "TEST-A PO.S2");
}

/* The prefix filter finds exactly what comparing every pair finds. */
static void
test_duplicate_filter (void)
{
  static const char * const vocabulary[] = {
    "hesabat", "büdcə", "vergi", "müəssisə", "sənəd", "qayda", "proqram", "şəbəkə", "sistem",
    "məhsul", "xərc", "gəlir", "mətbəx", "yemək", "layihə", "alqoritm", "sxem", "qurğu",
    "təhlükəsizlik", "keyfiyyət", "müştəri", "əmək", "tələb", "standart",
  };
  g_autoptr(AzqfStandard) standard = make_standard ("TEST-R", 5, AZQF_STATUS_DRAFT);
  g_autoptr(GPtrArray) findings = NULL;
  g_autoptr(GPtrArray) outcomes = NULL;
  g_autoptr(GHashTable) expected = g_hash_table_new (g_str_hash, g_str_equal);
  GRand *rand = g_rand_new_with_seed (4);
  guint n_found = 0;

  for (guint i = 0; i < 120; i++)
    {
      GString *az = g_string_new (NULL);
      GString *en = g_string_new (NULL);
      g_autofree char *code = g_strdup_printf ("O%u", i);
      guint n = g_rand_int_range (rand, 3, 9);
      /* few seeds, so near-duplicates are common */
      guint seed = g_rand_int_range (rand, 0, 12);

      for (guint w = 0; w < n; w++)
        {
          guint pick = (seed * 7 + w * 5 + (g_rand_int_range (rand, 0, 6) == 0 ? g_rand_int_range (rand, 0, 24) : 0)) %
                        G_N_ELEMENTS (vocabulary);

          g_string_append_printf (az, "%s ", vocabulary[pick]);
          g_string_append_printf (en, "item%c%c ", 'a' + pick % 26, 'a' + (pick / 2) % 26);
        }
      g_string_append (az, "hazırlayır");
      g_string_append (en, "prepares");
      g_string_prepend (en, "Prepares ");
      add_outcome (standard, NULL, code, az->str, en->str);
      g_string_free (az, TRUE);
      g_string_free (en, TRUE);
    }
  g_rand_free (rand);

  outcomes = azqf_standard_collect_outcomes (standard);
  for (guint j = 0; j < outcomes->len; j++)
    for (guint i = 0; i < j; i++)
      {
        double sum = 0;

        for (AzqfLang lang = AZQF_LANG_AZ; lang <= AZQF_LANG_EN; lang++)
          {
            g_autoptr(GPtrArray) a = azqf_analysis_terms (azqf_outcome_get_text (g_ptr_array_index (outcomes, i), lang), lang);
            g_autoptr(GPtrArray) b = azqf_analysis_terms (azqf_outcome_get_text (g_ptr_array_index (outcomes, j), lang), lang);

            sum += azqf_analysis_similarity (a, b, NULL);
          }
        if (sum / 2 >= 0.85 - 1e-9)
          g_hash_table_add (expected, (gpointer) azqf_outcome_get_code (g_ptr_array_index (outcomes, j)));
      }

  findings = azqf_linter_check_standard (linter, standard);
  for (guint i = 0; i < findings->len; i++)
    {
      AzqfFinding *finding = g_ptr_array_index (findings, i);

      if (strcmp (azqf_finding_get_rule_id (finding), "lint.duplicate") != 0)
        continue;
      g_assert_true (g_hash_table_contains (expected, azqf_finding_get_outcome_code (finding)));
      n_found++;
    }

  g_test_message ("%u near-duplicates among 120 outcomes", n_found);
  g_assert_cmpuint (n_found, ==, g_hash_table_size (expected));
  g_assert_cmpuint (n_found, >, 5);
}

static char *
pair_key (AzqfFinding *finding)
{
  return g_strdup_printf ("%s %s %s", azqf_finding_get_standard_code (finding),
                          azqf_finding_get_outcome_code (finding),
                          azqf_finding_get_rule_id (finding));
}

static void
test_sample (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) standards = azqf_sample_load (&error);
  g_autoptr(GPtrArray) findings = NULL;
  g_autoptr(GHashTable) got = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  static const char * const expected[] = {
    "PS-2411-01 U3.K1 lint.vague-verb",
    "KS-5120-04-01 U2.S2 lint.missing-translation",
    "PS-2411-01 U5.S1 lint.double-barrelled",
  };

  g_assert_no_error (error);
  findings = azqf_linter_check_standards (linter, standards);
  dump (findings);

  for (guint i = 0; i < findings->len; i++)
    {
      AzqfFinding *finding = g_ptr_array_index (findings, i);

      /* Info notes are allowed; nothing of the sample is an error. */
      g_assert_cmpint (azqf_finding_get_severity (finding), !=, AZQF_SEVERITY_ERROR);
      if (azqf_finding_get_severity (finding) == AZQF_SEVERITY_WARNING)
        g_hash_table_add (got, pair_key (finding));
    }

  g_assert_cmpuint (g_hash_table_size (got), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    g_assert_true (g_hash_table_contains (got, expected[i]));

  /* The vague and double-barrelled ones are found in both languages. */
  g_assert_cmpuint (count_rule (findings, "lint.vague-verb"), ==, 2);
  g_assert_cmpuint (count_rule (findings, "lint.double-barrelled"), ==, 2);
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static void
test_timing (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) standards = azqf_sample_load (&error);
  g_autoptr(GTimer) timer = g_timer_new ();
  AzqfStandard *standard;
  AzqfOutcome *outcome;
  double times[1000];
  double whole[20];
  guint n_outcomes = 0;

  g_assert_no_error (error);
  standard = g_ptr_array_index (standards, 0);
  outcome = azqf_standard_find_outcome (standard, "U5.S1", NULL);
  g_assert_nonnull (outcome);

  for (guint i = 0; i < G_N_ELEMENTS (times); i++)
    {
      g_autoptr(GPtrArray) findings = NULL;

      g_timer_start (timer);
      findings = azqf_linter_check_outcome (linter, standard, outcome);
      times[i] = g_timer_elapsed (timer, NULL) * 1000;
      g_assert_cmpuint (findings->len, ==, 2);
    }
  qsort (times, G_N_ELEMENTS (times), sizeof (double), compare_doubles);

  for (guint i = 0; i < standards->len; i++)
    n_outcomes += azqf_standard_count_outcomes (g_ptr_array_index (standards, i));

  for (guint i = 0; i < G_N_ELEMENTS (whole); i++)
    {
      g_autoptr(GPtrArray) findings = NULL;

      g_timer_start (timer);
      findings = azqf_linter_check_standards (linter, standards);
      whole[i] = g_timer_elapsed (timer, NULL) * 1000;
    }
  qsort (whole, G_N_ELEMENTS (whole), sizeof (double), compare_doubles);

  g_test_message ("one outcome: median %.4f ms, 99th percentile %.4f ms (1000 runs)",
                  times[G_N_ELEMENTS (times) / 2], times[G_N_ELEMENTS (times) * 99 / 100]);
  g_test_message ("whole sample (%u standards, %u outcomes, with duplicates): median %.3f ms (20 runs)",
                  standards->len, n_outcomes, whole[G_N_ELEMENTS (whole) / 2]);

  /* The targets are 1 ms and 50 ms; the asserts leave room for sanitizers
   * and busy CI machines. */
  g_assert_cmpfloat (times[G_N_ELEMENTS (times) / 2], <, 5.0);
  g_assert_cmpfloat (whole[G_N_ELEMENTS (whole) / 2], <, 200.0);
}

static void
test_new (void)
{
  g_autoptr(GError) error = NULL;

  /* The lexicons ship in the library: loading them never fails. */
  g_autoptr(AzqfLinter) other = azqf_linter_new (&error);

  g_assert_no_error (error);
  g_assert_nonnull (other);
  g_assert_true (other != linter);
}

/* azqf lint */

static int
run_cli (const char * const *args,
         char              **out,
         char              **err)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  const char *cli = g_getenv ("AZQF_CLI");
  int wait_status = 0;

  g_assert_nonnull (cli);
  g_ptr_array_add (argv, (gpointer) cli);
  g_ptr_array_add (argv, (gpointer) "lint");
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);

  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                out, err, &wait_status, &error);
  g_assert_no_error (error);
  g_test_message ("stdout: %s\nstderr: %s", *out, *err);
  g_assert_true (WIFEXITED (wait_status));

  return WEXITSTATUS (wait_status);
}

#define CLI(out, err, ...) run_cli ((const char * const []) { __VA_ARGS__, NULL }, (out), (err))

static JsonObject *
parse_object (JsonParser *parser,
              const char *text)
{
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, text, -1, &error);
  g_assert_no_error (error);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)));

  return json_node_get_object (json_parser_get_root (parser));
}

static void
test_cli (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("azqf-lint-XXXXXX", &error);
  g_autofree char *ws = g_build_filename (dir, "ws.azqf", NULL);
  g_autoptr(AzqfStore) store = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *root;
  JsonObject *counts;
  JsonArray *list;
  char *out = NULL;
  char *err = NULL;

  if (g_getenv ("AZQF_CLI") == NULL)
    {
      g_test_skip ("AZQF_CLI is not set (run under meson test)");
      g_rmdir (dir);
      return;
    }

  g_assert_no_error (error);
  store = azqf_store_create (ws, &error);
  g_assert_no_error (error);
  g_assert_true (azqf_sample_populate (store, &error));
  azqf_store_close (store);

  /* The whole workspace: warnings, so exit 1 */
  g_assert_cmpint (CLI (&out, &err, ws), ==, 1);
  g_assert_cmpstr (err, ==, "");
  g_assert_nonnull (strstr (out, "PS-2411-01 U3.K1 [Warning] “bilir” is a vague verb"));
  g_assert_nonnull (strstr (out, "(lint.vague-verb)\n    Use an action verb instead"));
  g_assert_nonnull (strstr (out, "PS-2411-01 U5.S1 [Warning] Two actions joined by “və”"));
  g_assert_nonnull (strstr (out, "KS-5120-04-01 U2.S2 [Warning] The English text is missing (lint.missing-translation)"));
  g_assert_nonnull (strstr (out, "0 errors, 5 warnings, 0 notes"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (CLI (&out, &err, ws, "--json"), ==, 1);
  root = parse_object (parser, out);
  list = json_object_get_array_member (root, "findings");
  g_assert_cmpuint (json_array_get_length (list), ==, 5);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (list, 0), "rule"), !=, NULL);
  counts = json_object_get_object_member (root, "counts");
  g_assert_cmpint (json_object_get_int_member (counts, "error"), ==, 0);
  g_assert_cmpint (json_object_get_int_member (counts, "warning"), ==, 5);
  g_assert_cmpint (json_object_get_int_member (counts, "info"), ==, 0);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* One standard without findings: exit 0 */
  g_assert_cmpint (CLI (&out, &err, ws, "TS-0714-06-01"), ==, 0);
  g_assert_cmpstr (out, ==, "No findings.\n");
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (CLI (&out, &err, ws, "KS-5120-04-01", "--json"), ==, 1);
  root = parse_object (parser, out);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "findings")), ==, 1);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* The rules need no workspace */
  g_assert_cmpint (CLI (&out, &err, "--rules"), ==, 0);
  for (const char * const *id = azqf_linter_get_rule_ids (); *id != NULL; id++)
    g_assert_nonnull (strstr (out, *id));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (CLI (&out, &err, "--rules", "--json"), ==, 0);
  root = parse_object (parser, out);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "rules")), ==, 8);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* Usage (2), an unknown code (1), a missing workspace (2) */
  g_assert_cmpint (CLI (&out, &err, "--json"), ==, 2);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (CLI (&out, &err, ws, "PS-2411-01", "extra"), ==, 2);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (CLI (&out, &err, ws, "NOPE-1"), ==, 1);
  g_assert_nonnull (strstr (err, "azqf: "));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (CLI (&out, &err, "missing.azqf"), ==, 2);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* The workspace and the -wal / -shm files of SQLite's read-only opens */
  {
    g_autoptr(GDir) listing = g_dir_open (dir, 0, &error);
    const char *name;

    g_assert_no_error (error);
    while ((name = g_dir_read_name (listing)) != NULL)
      {
        g_autofree char *path = g_build_filename (dir, name, NULL);

        g_assert_no_errno (g_unlink (path));
      }
  }
  g_assert_no_errno (g_rmdir (dir));
}

int
main (int   argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  int status;

  azqf_locale_init_test ();
  g_test_init (&argc, &argv, NULL);

  linter = azqf_linter_new (&error);
  g_assert_no_error (error);

  g_test_add_func ("/azqf/lint/rules", test_rules);
  g_test_add_func ("/azqf/lint/good", test_good);
  g_test_add_func ("/azqf/lint/finding-fields", test_finding_fields);
  g_test_add_func ("/azqf/lint/vague-verb", test_vague_verb);
  g_test_add_func ("/azqf/lint/vague-verb-negative", test_vague_verb_negative);
  g_test_add_func ("/azqf/lint/no-action-verb", test_no_action_verb);
  g_test_add_func ("/azqf/lint/no-action-verb-negative", test_no_action_verb_negative);
  g_test_add_func ("/azqf/lint/double-barrelled", test_double_barrelled);
  g_test_add_func ("/azqf/lint/double-barrelled-negative", test_double_barrelled_negative);
  g_test_add_func ("/azqf/lint/length", test_length);
  g_test_add_func ("/azqf/lint/missing-translation", test_missing_translation);
  g_test_add_func ("/azqf/lint/translation-mismatch", test_translation_mismatch);
  g_test_add_func ("/azqf/lint/verb-level", test_verb_level);
  g_test_add_func ("/azqf/lint/verb-level-unit", test_verb_level_unit);
  g_test_add_func ("/azqf/lint/find-verb", test_find_verb);
  g_test_add_func ("/azqf/lint/duplicate", test_duplicate);
  g_test_add_func ("/azqf/lint/duplicate-across", test_duplicate_across);
  g_test_add_func ("/azqf/lint/duplicate-filter", test_duplicate_filter);
  g_test_add_func ("/azqf/lint/sample", test_sample);
  g_test_add_func ("/azqf/lint/timing", test_timing);
  g_test_add_func ("/azqf/lint/new", test_new);
  g_test_add_func ("/azqf/lint/cli", test_cli);

  status = g_test_run ();
  g_clear_object (&linter);

  return status;
}
