/* test-text.c: Azerbaijani folding, case mapping and collation
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "model/azqf-locale.h"
#include "model/azqf-text.h"
#include "model/azqf-text-private.h"

typedef struct
{
  const char *in;
  const char *out;
} Case;

static void
test_fold_cases (void)
{
  static const Case cases[] = {
    { "İSTİQAMƏT", "istiqamet" },
    { "istiqamət", "istiqamet" },
    { "IĞDIR", "igdir" },
    { "Iğdır", "igdir" },
    { "Şəki", "seki" },
    { "ÇÖRƏK", "corek" },
    { "Gənclər üçün", "gencler ucun" },
    { "ılıq İŞ", "iliq is" },
    { "Ağ, ŞİRİN; Ölkə!", "ag, sirin; olke!" },
    { "Təhlil edir (analyses) 42", "tehlil edir (analyses) 42" },
    { "Hello, World", "hello, world" },
    { "café naïve ÅNGSTRÖM Ñandú", "cafe naive angstrom nandu" },
    { "Ǝlaqə", "elaqe" },
    { "МОСКВА Ёлка", "москва ёлка" },
    { "ΑΘΉΝΑ", "αθήνα" },
    { "北京 ١٢٣", "北京 ١٢٣" },
    { "straße", "straße" },
    { "", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *folded = azqf_text_fold (cases[i].in, -1);

      g_assert_cmpstr (folded, ==, cases[i].out);
    }
}

static void
test_fold_both_directions (void)
{
  static const char *spellings[] = { "təhlil", "tehlil", "TƏHLİL", "TEHLIL", "Təhlİl" };
  g_autofree char *expected = azqf_text_fold ("tehlil", -1);

  for (guint i = 0; i < G_N_ELEMENTS (spellings); i++)
    {
      g_autofree char *folded = azqf_text_fold (spellings[i], -1);

      g_assert_cmpstr (folded, ==, expected);
    }
}

static void
test_fold_length (void)
{
  g_autofree char *prefix = azqf_text_fold ("ƏLİ xyz", 3);
  g_autofree char *empty = azqf_text_fold (NULL, 0);
  g_autofree char *with_nul = azqf_text_fold ("Ə\0X", 4);

  g_assert_cmpstr (prefix, ==, "el");
  g_assert_cmpstr (empty, ==, "");
  g_assert_cmpmem (with_nul, 4, "e\0x", 4);
}

static void
test_fold_invalid (void)
{
  g_autofree char *folded = azqf_text_fold ("A\xff" "B\xc3", -1);

  g_assert_cmpstr (folded, ==, "a\xff" "b\xc3");
}

static void
assert_same_positions (const char *in)
{
  g_autofree char *folded = azqf_text_fold (in, -1);
  const char *p;
  const char *q;

  g_assert_true (g_utf8_validate (folded, -1, NULL));
  g_assert_cmpint (g_utf8_strlen (folded, -1), ==, g_utf8_strlen (in, -1));

  /* Each code point folds on its own, wherever it stands. */
  for (p = in, q = folded; *p != '\0'; p = g_utf8_next_char (p), q = g_utf8_next_char (q))
    g_assert_cmpuint (g_utf8_get_char (q), ==, _azqf_text_fold_char (g_utf8_get_char (p)));
}

static void
test_fold_offsets (void)
{
  static const char *texts[] = {
    "İSTİQAMƏT üzrə peşə standartı",
    "Maliyyə hesabatlarını təhlil edir",
    "I\xcc\x87stanbul e\xcc\x81 и\xcc\x86",
    "ǅemal Ⱥ ẞ ﬁ ℌ Ω K Å",
    "𝔄𝔷 😀 ﬀ",
  };
  GString *all = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    assert_same_positions (texts[i]);

  /* Every code point of the first planes, one after the other. */
  for (gunichar c = 1; c < 0x20000; c++)
    {
      if (c >= 0xD800 && c <= 0xDFFF)
        continue;
      g_string_append_unichar (all, c);
    }
  assert_same_positions (all->str);
  g_string_free (all, TRUE);
}

static void
test_fold_word (void)
{
  static const Case cases[] = {
    { "TƏHLİL", "tehlil" },
    { "I\xcc\x87STI\xcc\x87QAMƏT", "istiqamet" },
    { "Ce\xcc\x81zanne", "cezanne" },
    { "s\xcc\xa7\xc9\x99hər", "seher" },
    { "и\xcc\x86", "й" },
    { "Й", "й" },
    { "", "" },
  };
  g_autoptr(GString) out = g_string_new ("x");

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_string_truncate (out, 1);
      _azqf_text_fold_word (cases[i].in, strlen (cases[i].in), out);
      g_assert_cmpstr (out->str + 1, ==, cases[i].out);
    }
}

static void
test_down (void)
{
  static const struct
  {
    const char *in;
    AzqfLang    lang;
    const char *out;
  } cases[] = {
    { "İSTİQAMƏT", AZQF_LANG_AZ, "istiqamət" },
    { "I", AZQF_LANG_AZ, "ı" },
    { "IĞDIR", AZQF_LANG_AZ, "ığdır" },
    { "ŞƏKİ", AZQF_LANG_AZ, "şəki" },
    { "I", AZQF_LANG_EN, "i" },
    { "İ", AZQF_LANG_EN, "i\xcc\x87" },
    { "DRAFT Standard", AZQF_LANG_EN, "draft standard" },
    { "", AZQF_LANG_AZ, "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *down = azqf_text_down (cases[i].in, cases[i].lang);

      g_assert_cmpstr (down, ==, cases[i].out);
    }
}

static void
test_up (void)
{
  static const struct
  {
    const char *in;
    AzqfLang    lang;
    const char *out;
  } cases[] = {
    { "i", AZQF_LANG_AZ, "İ" },
    { "ı", AZQF_LANG_AZ, "I" },
    { "istiqamət", AZQF_LANG_AZ, "İSTİQAMƏT" },
    { "çörək şəki", AZQF_LANG_AZ, "ÇÖRƏK ŞƏKİ" },
    { "i", AZQF_LANG_EN, "I" },
    { "ı", AZQF_LANG_EN, "I" },
    { "straße", AZQF_LANG_EN, "STRASSE" },
    { "ßßßßßßßßßßßßßßßßßßßßßßßßßßßßßßßßßßßßßßßßßßßß",
      AZQF_LANG_EN,
      "SSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSS" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *up = azqf_text_up (cases[i].in, cases[i].lang);

      g_assert_cmpstr (up, ==, cases[i].out);
    }
}

/* In the order of the az alphabet: a b c ç d e ə f g ğ h x ı i j k q l m n o ö
 * p r s ş t u ü v y z. */
static const char *az_words[] = {
  "agent", "ağac", "alma", "cücə", "çay", "dağ", "dalğa", "dəniz", "ev", "əl", "fikir",
  "gəl", "hava", "xalq", "ılıq", "İstiqamət", "iş", "jurnal", "kitab", "qələm", "lalə",
  "mal", "nar", "ot", "öz", "pul", "rəng", "su", "şəhər", "tut", "un", "üz", "vətən",
  "yol", "zəng",
};

static int
compare_words (gconstpointer a,
               gconstpointer b)
{
  return azqf_text_collate (*(const char **) a, *(const char **) b);
}

static void
test_collate_order (void)
{
  g_autoptr(GPtrArray) words = g_ptr_array_new ();
  g_autoptr(GRand) rand = g_rand_new_with_seed (348);

  for (guint i = 0; i < G_N_ELEMENTS (az_words); i++)
    g_ptr_array_add (words, (gpointer) az_words[i]);

  for (guint round = 0; round < 20; round++)
    {
      /* Shuffle, sort, compare. */
      for (guint i = words->len - 1; i > 0; i--)
        {
          guint j = g_rand_int_range (rand, 0, i + 1);
          gpointer tmp = words->pdata[i];

          words->pdata[i] = words->pdata[j];
          words->pdata[j] = tmp;
        }
      g_ptr_array_sort (words, compare_words);

      for (guint i = 0; i < G_N_ELEMENTS (az_words); i++)
        g_assert_cmpstr (words->pdata[i], ==, az_words[i]);
    }
}

static void
test_collate_pairs (void)
{
  static const char *pairs[][2] = {
    { "cücə", "çay" },
    { "ev", "əl" },
    { "hava", "xalq" },
    { "xalq", "ılıq" },
    { "ılıq", "iş" },
    { "kitab", "qələm" },
    { "qələm", "lalə" },
    { "ot", "öz" },
    { "su", "şəhər" },
    { "un", "üz" },
    { "agent", "ağac" },
    { "əl", "Əli" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (pairs); i++)
    {
      g_assert_cmpint (azqf_text_collate (pairs[i][0], pairs[i][1]), <, 0);
      g_assert_cmpint (azqf_text_collate (pairs[i][1], pairs[i][0]), >, 0);
    }

  g_assert_cmpint (azqf_text_collate ("təhlil", "təhlil"), ==, 0);
  g_assert_cmpint (azqf_text_collate ("", ""), ==, 0);
  g_assert_cmpint (azqf_text_collate (NULL, NULL), ==, 0);
  g_assert_cmpint (azqf_text_collate (NULL, ""), <, 0);
  g_assert_cmpint (azqf_text_collate ("", NULL), >, 0);
  g_assert_cmpint (_azqf_text_collate_len ("çayxana", 4, "çay", -1), ==, 0);
  g_assert_cmpint (_azqf_text_collate_len ("cücə", -1, "çayxana", 4), <, 0);
}

static gpointer
collate_in_thread (gpointer data)
{
  for (guint n = 0; n < 2000; n++)
    {
      guint i = n % (G_N_ELEMENTS (az_words) - 1);
      g_autofree char *folded = azqf_text_fold (az_words[i], -1);

      g_assert_cmpint (azqf_text_collate (az_words[i], az_words[i + 1]), <, 0);
      g_assert_nonnull (folded);
    }

  return NULL;
}

static void
test_threads (void)
{
  GThread *threads[4];

  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    threads[i] = g_thread_new ("collate", collate_in_thread, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    g_thread_join (threads[i]);
}

int
main (int   argc,
      char *argv[])
{
  azqf_locale_init_test ();
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/azqf/text/fold/cases", test_fold_cases);
  g_test_add_func ("/azqf/text/fold/both-directions", test_fold_both_directions);
  g_test_add_func ("/azqf/text/fold/length", test_fold_length);
  g_test_add_func ("/azqf/text/fold/invalid", test_fold_invalid);
  g_test_add_func ("/azqf/text/fold/offsets", test_fold_offsets);
  g_test_add_func ("/azqf/text/fold/word", test_fold_word);
  g_test_add_func ("/azqf/text/down", test_down);
  g_test_add_func ("/azqf/text/up", test_up);
  g_test_add_func ("/azqf/text/collate/order", test_collate_order);
  g_test_add_func ("/azqf/text/collate/pairs", test_collate_pairs);
  g_test_add_func ("/azqf/text/threads", test_threads);

  return g_test_run ();
}
