/* test-analysis.c: stems, stop words, synonyms and similarity of outcome texts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "model/azqf-analysis.h"
#include "model/azqf-locale.h"

static void
assert_same_stem (AzqfLang          lang,
                  const char * const *words)
{
  g_autofree char *first = azqf_analysis_stem (words[0], lang);

  for (guint i = 1; words[i] != NULL; i++)
    {
      g_autofree char *stem = azqf_analysis_stem (words[i], lang);

      if (g_strcmp0 (stem, first) != 0)
        g_error ("“%s” stems to “%s”, “%s” to “%s”", words[0], first, words[i], stem);
    }
}

static void
assert_different_stem (AzqfLang    lang,
                       const char *a,
                       const char *b)
{
  g_autofree char *sa = azqf_analysis_stem (a, lang);
  g_autofree char *sb = azqf_analysis_stem (b, lang);

  if (strcmp (sa, sb) == 0)
    g_error ("“%s” and “%s” both stem to “%s”", a, b, sa);
}

static void
test_stem_az (void)
{
  static const char * const groups[][8] = {
    { "hesabatlarını", "hesabat", "hesabatı", "hesabatlar", "hesabatların", "Hesabatlardakı", NULL },
    { "təhlilini", "təhlil", "təhlili", "TƏHLİL", "tehlil", "təhlilindən", NULL },
    { "vergi", "vergisi", "vergisinin", "vergidən", "vergiyə", NULL },
    { "qayda", "qaydaları", "qaydalarına", "qaydaya", NULL },
    { "sənəd", "sənədlərin", "sənədləri", "sənədlərdə", NULL },
    { "məhsul", "məhsulu", "məhsulların", "məhsullardan", NULL },
    { "əsas", "əsası", "əsasında", "əsasən", NULL },
    { "maliyyə", "maliyyəni", "maliyyənin", NULL },
    { "təhlükəsizlik", "təhlükəsizliyi", "təhlükəsizliyinə", NULL },
    { "bacarıq", "bacarıqları", "bacarıqlar", NULL },
    { "standart", "standartlarına", "standartı", NULL },
    { "hazırlayır", "hazırlanması", "hazırlamaq", NULL },
    { "məlumat", "məlumatlıdır", "məlumatları", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (groups); i++)
    assert_same_stem (AZQF_LANG_AZ, groups[i]);

  assert_different_stem (AZQF_LANG_AZ, "hesabat", "hesab");
  assert_different_stem (AZQF_LANG_AZ, "sistem", "sənəd");
  assert_different_stem (AZQF_LANG_AZ, "bilik", "bacarıq");
}

static void
test_stem_az_min_length (void)
{
  /* A stem keeps at least three letters: edir is not ed, bilik not bi. */
  static const char * const words[] = { "edir", "bilik", "dili", "ona", "işçi" };

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    {
      g_autofree char *stem = azqf_analysis_stem (words[i], AZQF_LANG_AZ);

      g_assert_cmpint (g_utf8_strlen (stem, -1), >=, 3);
    }
}

static void
test_stem_en (void)
{
  static const char * const groups[][8] = {
    { "analyses", "analysing", "analysis", "analyse", "analysed", "Analyses", NULL },
    { "evaluates", "evaluating", "evaluation", "evaluate", "evaluated", NULL },
    { "prepares", "preparing", "preparation", "prepared", NULL },
    { "designs", "designing", "design", "designed", NULL },
    { "processes", "processing", "process", NULL },
    { "identifies", "identified", "identify", "identifying", NULL },
    { "uses", "using", "use", "used", NULL },
    { "plans", "planning", "planned", "plan", NULL },
    { "critically", "critical", NULL },
    { "studies", "study", NULL },
    { "management", "managing", "manages", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (groups); i++)
    assert_same_stem (AZQF_LANG_EN, groups[i]);

  assert_different_stem (AZQF_LANG_EN, "design", "describe");
  assert_different_stem (AZQF_LANG_EN, "account", "analysis");
}

static void
test_synonyms (void)
{
  static const char * const en_analyse[] = { "analyse", "analyze", "analyzing", "analysis", NULL };
  static const char * const en_evaluate[] = { "evaluates", "assesses", "assessment", NULL };
  static const char * const en_organise[] = { "organisation", "organization", "organises", NULL };
  static const char * const az_analyse[] = { "təhlil", "analiz", "analizi", "təhlilini", NULL };
  static const char * const az_evaluate[] = { "qiymətləndirir", "dəyərləndirir", NULL };

  assert_same_stem (AZQF_LANG_EN, en_analyse);
  assert_same_stem (AZQF_LANG_EN, en_evaluate);
  assert_same_stem (AZQF_LANG_EN, en_organise);
  assert_same_stem (AZQF_LANG_AZ, az_analyse);
  assert_same_stem (AZQF_LANG_AZ, az_evaluate);
}

static void
test_stop_words (void)
{
  g_assert_true (azqf_analysis_is_stop_word ("və", AZQF_LANG_AZ));
  g_assert_true (azqf_analysis_is_stop_word ("VƏ", AZQF_LANG_AZ));
  g_assert_true (azqf_analysis_is_stop_word ("ve", AZQF_LANG_AZ));
  g_assert_true (azqf_analysis_is_stop_word ("üçün", AZQF_LANG_AZ));
  g_assert_true (azqf_analysis_is_stop_word ("ÜZRƏ", AZQF_LANG_AZ));
  g_assert_true (azqf_analysis_is_stop_word ("edir", AZQF_LANG_AZ));
  g_assert_false (azqf_analysis_is_stop_word ("təhlil", AZQF_LANG_AZ));
  g_assert_false (azqf_analysis_is_stop_word ("hesabat", AZQF_LANG_AZ));

  g_assert_true (azqf_analysis_is_stop_word ("the", AZQF_LANG_EN));
  g_assert_true (azqf_analysis_is_stop_word ("The", AZQF_LANG_EN));
  g_assert_true (azqf_analysis_is_stop_word ("AND", AZQF_LANG_EN));
  g_assert_false (azqf_analysis_is_stop_word ("analyses", AZQF_LANG_EN));
  /* The lists are per language. */
  g_assert_false (azqf_analysis_is_stop_word ("the", AZQF_LANG_AZ));
  g_assert_false (azqf_analysis_is_stop_word ("və", AZQF_LANG_EN));
}

static void
test_terms (void)
{
  const char *text = "Maliyyə hesabatlarını və büdcəni təhlil edir.";
  g_autoptr(GPtrArray) terms = azqf_analysis_terms (text, AZQF_LANG_AZ);
  static const char * const words[] = { "Maliyyə", "hesabatlarını", "büdcəni", "təhlil" };
  g_autofree char *stem = azqf_analysis_stem ("hesabat", AZQF_LANG_AZ);

  g_assert_cmpuint (terms->len, ==, G_N_ELEMENTS (words));
  for (guint i = 0; i < terms->len; i++)
    {
      AzqfTerm *term = g_ptr_array_index (terms, i);

      g_assert_cmpstr (term->word, ==, words[i]);
      /* The offsets are bytes of the text, so the editor can mark the word. */
      g_assert_cmpint (strncmp (text + term->start, words[i], term->end - term->start), ==, 0);
      g_assert_cmpuint (term->end - term->start, ==, strlen (words[i]));
    }
  g_assert_cmpstr (((AzqfTerm *) g_ptr_array_index (terms, 1))->stem, ==, stem);
  g_assert_cmpstr (((AzqfTerm *) g_ptr_array_index (terms, 3))->stem, ==, "tehlil");
}

static void
test_terms_en (void)
{
  g_autoptr(GPtrArray) terms = azqf_analysis_terms ("Analyses the processor's instruction set, "
                                                    "pipelining and memory hierarchy (2 levels).",
                                                    AZQF_LANG_EN);
  static const char * const words[] = {
    "Analyses", "processor", "instruction", "set", "pipelining", "memory", "hierarchy", "levels",
  };

  /* Stop words, the s of processor's and numbers are dropped. */
  g_assert_cmpuint (terms->len, ==, G_N_ELEMENTS (words));
  for (guint i = 0; i < terms->len; i++)
    g_assert_cmpstr (((AzqfTerm *) g_ptr_array_index (terms, i))->word, ==, words[i]);
}

static void
test_terms_empty (void)
{
  g_autoptr(GPtrArray) none = azqf_analysis_terms (NULL, AZQF_LANG_AZ);
  g_autoptr(GPtrArray) blank = azqf_analysis_terms ("  , . ;", AZQF_LANG_EN);
  g_autoptr(GPtrArray) stops = azqf_analysis_terms ("və ya üçün", AZQF_LANG_AZ);

  g_assert_cmpuint (none->len, ==, 0);
  g_assert_cmpuint (blank->len, ==, 0);
  g_assert_cmpuint (stops->len, ==, 0);
  g_assert_cmpfloat (azqf_analysis_similarity (none, blank, NULL), ==, 0.0);
}

static double
similarity (const char *a,
            const char *b,
            AzqfLang    lang)
{
  g_autoptr(GPtrArray) ta = azqf_analysis_terms (a, lang);
  g_autoptr(GPtrArray) tb = azqf_analysis_terms (b, lang);

  return azqf_analysis_similarity (ta, tb, NULL);
}

static void
test_similarity (void)
{
  const char *az = "Maliyyə hesabatlarını MHBS tələblərinə uyğun tərtib edir.";

  g_assert_cmpfloat (similarity (az, az, AZQF_LANG_AZ), ==, 1.0);
  /* Other inflections of the same words. */
  g_assert_cmpfloat (similarity (az, "MHBS tələbləri üzrə maliyyə hesabatı tərtib edir", AZQF_LANG_AZ), >=, 0.85);
  g_assert_cmpfloat (similarity ("təhlil edir", "təhlilini", AZQF_LANG_AZ), ==, 1.0);
  g_assert_cmpfloat (similarity (az, "Mikrokontroller üçün proqram yazır.", AZQF_LANG_AZ), ==, 0.0);
  g_assert_cmpfloat (similarity ("Analyses financial statements", "Analysis of the financial statements", AZQF_LANG_EN), ==, 1.0);
  g_assert_cmpfloat (similarity ("Analyses financial statements", "Analyzes financial ratios", AZQF_LANG_EN), >, 0.6);
  g_assert_cmpfloat (similarity ("Analyses financial statements", "Analyzes financial ratios", AZQF_LANG_EN), <, 0.7);
}

static void
test_similarity_matched (void)
{
  g_autoptr(GPtrArray) a = azqf_analysis_terms ("Critically evaluates alternative engineering solutions and evaluates costs",
                                                AZQF_LANG_EN);
  g_autoptr(GPtrArray) b = azqf_analysis_terms ("Assessment of solutions to complex problems", AZQF_LANG_EN);
  g_autoptr(GPtrArray) matched = NULL;
  double score;

  score = azqf_analysis_similarity (a, b, &matched);

  /* a: crit, evalu, alternative, engineer, solution, cost (6); b: evalu,
   * solution, complex, problem (4): 2 × 2 / 10. */
  g_assert_cmpfloat_with_epsilon (score, 0.4, 1e-9);
  g_assert_cmpuint (matched->len, ==, 2);
  /* Each matched stem once, as first written in a. */
  g_assert_cmpstr (g_ptr_array_index (matched, 0), ==, "evaluates");
  g_assert_cmpstr (g_ptr_array_index (matched, 1), ==, "solutions");
  /* Symmetric. */
  g_assert_cmpfloat_with_epsilon (azqf_analysis_similarity (b, a, NULL), score, 1e-9);
}

static gpointer
stem_in_thread (gpointer data)
{
  for (guint i = 0; i < 200; i++)
    {
      g_autofree char *stem = azqf_analysis_stem ("hesabatlarını", AZQF_LANG_AZ);

      if (strcmp (stem, "hesabat") != 0)
        return GINT_TO_POINTER (FALSE);
    }

  return GINT_TO_POINTER (TRUE);
}

static void
test_threads (void)
{
  GThread *threads[8];

  /* The data load once on first use, whichever thread comes first. */
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    threads[i] = g_thread_new ("stem", stem_in_thread, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    g_assert_true (GPOINTER_TO_INT (g_thread_join (threads[i])));
}

int
main (int   argc,
      char **argv)
{
  azqf_locale_init_test ();
  g_test_init (&argc, &argv, NULL);

  /* First, so the data load under several threads at once. */
  g_test_add_func ("/azqf/analysis/threads", test_threads);
  g_test_add_func ("/azqf/analysis/stem-az", test_stem_az);
  g_test_add_func ("/azqf/analysis/stem-az-min-length", test_stem_az_min_length);
  g_test_add_func ("/azqf/analysis/stem-en", test_stem_en);
  g_test_add_func ("/azqf/analysis/synonyms", test_synonyms);
  g_test_add_func ("/azqf/analysis/stop-words", test_stop_words);
  g_test_add_func ("/azqf/analysis/terms", test_terms);
  g_test_add_func ("/azqf/analysis/terms-en", test_terms_en);
  g_test_add_func ("/azqf/analysis/terms-empty", test_terms_empty);
  g_test_add_func ("/azqf/analysis/similarity", test_similarity);
  g_test_add_func ("/azqf/analysis/similarity-matched", test_similarity_matched);

  return g_test_run ();
}
