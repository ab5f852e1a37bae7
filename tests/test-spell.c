/* test-spell.c: the spell-checker (model/azqf-spell.c), its providers and the
 * workspace's word list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Most cases use FakeProvider, a fixed word list with Azerbaijani letters,
 * so they need no installed dictionary. The hunspell provider is tested on a
 * tiny dictionary the test writes, on the system's en_US, and on our az_AZ
 * (resources/hunspell, through AZQF_HUNSPELL_DIR); those two are skipped
 * when the files are missing.
 */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "model/azqf-criterion.h"
#include "model/azqf-hunspell.h"
#include "model/azqf-locale.h"
#include "model/azqf-misspelling.h"
#include "model/azqf-outcome.h"
#include "model/azqf-sample.h"
#include "model/azqf-spell.h"
#include "model/azqf-spell-provider.h"
#include "model/azqf-standard.h"
#include "model/azqf-store.h"
#include "model/azqf-unit.h"

/* A provider with a fixed word list; suggests the words at edit distance ≤ 2,
 * nearest first. */

#define FAKE_TYPE_PROVIDER (fake_provider_get_type ())
G_DECLARE_FINAL_TYPE (FakeProvider, fake_provider, FAKE, PROVIDER, AzqfSpellProvider)

struct _FakeProvider
{
  AzqfSpellProvider parent_instance;
  GPtrArray        *words;
  guint             n_checks;
};

G_DEFINE_FINAL_TYPE (FakeProvider, fake_provider, AZQF_TYPE_SPELL_PROVIDER)

static const char * const fake_az_words[] = {
  "təlim", "nəticələri", "nəticəsi", "informasiya", "sistemləri", "mühasib", "maliyyə",
  "hesabatlarını", "təhlil", "edir", "işçi", "bilik", "və", "bacarıq", "ışıq", "elmi",
  "tədqiqat", "öyrənir", "standart", "ilə", "uçot", "aparır", "səviyyə", NULL
};
static const char * const fake_en_words[] = {
  "the", "learner", "analyses", "financial", "statements", "qualification", "and", "of",
  "records", "transactions", "well", "known", "learner's", NULL
};

static guint
edit_distance (const char *a,
               const char *b)
{
  glong n = g_utf8_strlen (a, -1), m = g_utf8_strlen (b, -1);
  g_autofree gunichar *x = g_utf8_to_ucs4_fast (a, -1, NULL);
  g_autofree gunichar *y = g_utf8_to_ucs4_fast (b, -1, NULL);
  g_autofree guint *row = g_new (guint, m + 1);

  for (glong j = 0; j <= m; j++)
    row[j] = j;
  for (glong i = 1; i <= n; i++)
    {
      guint diagonal = row[0];

      row[0] = i;
      for (glong j = 1; j <= m; j++)
        {
          guint above = row[j];

          row[j] = MIN (MIN (row[j] + 1, row[j - 1] + 1), diagonal + (x[i - 1] != y[j - 1]));
          diagonal = above;
        }
    }

  return row[m];
}

static gboolean
fake_provider_check_word (AzqfSpellProvider *provider,
                          const char        *word)
{
  FakeProvider *self = FAKE_PROVIDER (provider);

  self->n_checks++;
  for (guint i = 0; i < self->words->len; i++)
    if (strcmp (g_ptr_array_index (self->words, i), word) == 0)
      return TRUE;

  return FALSE;
}

static char **
fake_provider_suggest (AzqfSpellProvider *provider,
                       const char        *word,
                       guint              max_suggestions)
{
  FakeProvider *self = FAKE_PROVIDER (provider);
  g_autoptr(GPtrArray) result = g_ptr_array_new ();

  for (guint distance = 1; distance <= 2; distance++)
    for (guint i = 0; i < self->words->len && result->len < max_suggestions; i++)
      if (edit_distance (word, g_ptr_array_index (self->words, i)) == distance)
        g_ptr_array_add (result, g_strdup (g_ptr_array_index (self->words, i)));

  g_ptr_array_add (result, NULL);
  return (char **) g_ptr_array_free (g_steal_pointer (&result), FALSE);
}

static void
fake_provider_finalize (GObject *object)
{
  FakeProvider *self = FAKE_PROVIDER (object);

  g_ptr_array_unref (self->words);
  G_OBJECT_CLASS (fake_provider_parent_class)->finalize (object);
}

static void
fake_provider_class_init (FakeProviderClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = fake_provider_finalize;
  AZQF_SPELL_PROVIDER_CLASS (klass)->check_word = fake_provider_check_word;
  AZQF_SPELL_PROVIDER_CLASS (klass)->suggest = fake_provider_suggest;
}

static void
fake_provider_init (FakeProvider *self)
{
  self->words = g_ptr_array_new_with_free_func (g_free);
}

static FakeProvider *
fake_provider_new (AzqfLang lang)
{
  FakeProvider *self = g_object_new (FAKE_TYPE_PROVIDER,
                                     "lang", lang,
                                     "name", lang == AZQF_LANG_AZ ? "fake_az" : "fake_en",
                                     NULL);
  const char * const *words = lang == AZQF_LANG_AZ ? fake_az_words : fake_en_words;

  for (guint i = 0; words[i] != NULL; i++)
    g_ptr_array_add (self->words, g_strdup (words[i]));

  return self;
}

/* Fixture: a temporary folder, a workspace path in it, a checker with both
 * fake providers and no workspace. */

typedef struct
{
  char             *dir;
  char             *path;
  AzqfSpellChecker *checker;
  FakeProvider     *az;
  FakeProvider     *en;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("azqf-test-spell-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "work.azqf", NULL);

  f->checker = azqf_spell_checker_new (NULL, &error);
  g_assert_no_error (error);
  f->az = fake_provider_new (AZQF_LANG_AZ);
  f->en = fake_provider_new (AZQF_LANG_EN);
  azqf_spell_checker_add_provider (f->checker, AZQF_SPELL_PROVIDER (f->az));
  azqf_spell_checker_add_provider (f->checker, AZQF_SPELL_PROVIDER (f->en));
}

static void
remove_dir (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      g_assert_cmpint (g_remove (child), ==, 0);
    }
  g_assert_cmpint (g_rmdir (path), ==, 0);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_assert_finalize_object (f->checker);
  g_assert_finalize_object (f->az);
  g_assert_finalize_object (f->en);
  remove_dir (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

/* Helpers */

static GPtrArray *
check (AzqfSpellChecker *checker,
       const char       *text,
       AzqfLang          lang)
{
  GPtrArray *found = azqf_spell_checker_check_text (checker, text, -1, lang);

  g_assert_nonnull (found);
  return found;
}

/* The misspelled words of text, joined with "|". */
static char *
words_of (AzqfSpellChecker *checker,
          const char       *text,
          AzqfLang          lang)
{
  g_autoptr(GPtrArray) found = check (checker, text, lang);
  g_autoptr(GString) words = g_string_new (NULL);

  for (guint i = 0; i < found->len; i++)
    g_string_append_printf (words, "%s%s", i > 0 ? "|" : "",
                            azqf_misspelling_get_word (g_ptr_array_index (found, i)));

  return g_string_free (g_steal_pointer (&words), FALSE);
}

static void
assert_span (AzqfMisspelling *misspelling,
             const char      *text,
             const char      *word)
{
  const char *at = strstr (text, word);

  g_assert_nonnull (at);
  g_assert_cmpstr (azqf_misspelling_get_word (misspelling), ==, word);
  g_assert_cmpuint (azqf_misspelling_get_offset (misspelling), ==, at - text);
  g_assert_cmpuint (azqf_misspelling_get_length (misspelling), ==, strlen (word));
  g_assert_cmpuint (azqf_misspelling_get_char_offset (misspelling), ==, g_utf8_strlen (text, at - text));
  g_assert_cmpuint (azqf_misspelling_get_char_length (misspelling), ==, g_utf8_strlen (word, -1));
}

static gboolean
contains (const char * const *list,
          const char         *word)
{
  return list != NULL && g_strv_contains (list, word);
}

/* Spans */

static void
test_spans (Fixture       *f,
            gconstpointer  data)
{
  const char *text = "Təlim nəticələri: işçi «mühasbi» maliyyə hesabatlarnı\ttəhlil edir.";
  g_autoptr(GPtrArray) found = check (f->checker, text, AZQF_LANG_AZ);
  g_autoptr(GPtrArray) en = NULL;

  g_assert_cmpuint (found->len, ==, 2);
  assert_span (g_ptr_array_index (found, 0), text, "mühasbi");
  assert_span (g_ptr_array_index (found, 1), text, "hesabatlarnı");
  g_assert_cmpint (azqf_misspelling_get_lang (g_ptr_array_index (found, 0)), ==, AZQF_LANG_AZ);
  g_assert_null (azqf_misspelling_get_suggestions (g_ptr_array_index (found, 0)));

  /* The same text in English: every word is unknown or Azerbaijani. */
  en = check (f->checker, "The learner analyses finanical statements", AZQF_LANG_EN);
  g_assert_cmpuint (en->len, ==, 1);
  assert_span (g_ptr_array_index (en, 0), "The learner analyses finanical statements", "finanical");

  /* Empty text, a length shorter than the string. */
  g_clear_pointer (&found, g_ptr_array_unref);
  found = azqf_spell_checker_check_text (f->checker, "", 0, AZQF_LANG_AZ);
  g_assert_cmpuint (found->len, ==, 0);
  g_clear_pointer (&found, g_ptr_array_unref);
  found = azqf_spell_checker_check_text (f->checker, "təlim xətaa", strlen ("təlim"), AZQF_LANG_AZ);
  g_assert_cmpuint (found->len, ==, 0);
}

/* Codes, numbers, addresses, other scripts and languages, abbreviations */

static void
test_skipped (Fixture       *f,
              gconstpointer  data)
{
  static const char * const az_texts[] = {
    "L6.K.1 AZ-2411 ISCO-08 (U3.K1) 2019-cu 12,5 3/4 §7",
    "https://edu.gov.az/standart www.example.az info@edu.az e.g. i.e.",
    "AMEA ADNSU-nun ECTS AMEA-nın",
    "Москва Ελλάδα",
    "workshop Excel-dä café",
    "iPhone McDonald",
    "a b ə",
    "snake_case x=y #teq",
  };
  static const char * const en_texts[] = {
    "Bakı Gəncə Şuşa Göygöl Naxçıvan İsmayıllı",
    "L6.K.1 and ISO-9001 www.iso.org",
    "NATO UNESCO",
  };

  for (guint i = 0; i < G_N_ELEMENTS (az_texts); i++)
    {
      g_autofree char *words = words_of (f->checker, az_texts[i], AZQF_LANG_AZ);
      g_autofree char *with_error = g_strconcat (az_texts[i], " xətaa", NULL);
      g_autofree char *words2 = words_of (f->checker, with_error, AZQF_LANG_AZ);

      g_test_message ("az: %s", az_texts[i]);
      g_assert_cmpstr (words, ==, "");
      /* The checker did not stop at the skipped words. */
      g_assert_cmpstr (words2, ==, "xətaa");
    }

  for (guint i = 0; i < G_N_ELEMENTS (en_texts); i++)
    {
      g_autofree char *words = words_of (f->checker, en_texts[i], AZQF_LANG_EN);

      g_test_message ("en: %s", en_texts[i]);
      g_assert_cmpstr (words, ==, "");
    }

  /* An English word in an az text is checked (its letters are az letters),
   * an az letter makes a word in an en text not checked. */
  {
    g_autofree char *az = words_of (f->checker, "learner təlim", AZQF_LANG_AZ);
    g_autofree char *en = words_of (f->checker, "learner təlim leaner", AZQF_LANG_EN);

    g_assert_cmpstr (az, ==, "learner");
    g_assert_cmpstr (en, ==, "leaner");
  }
}

/* Turkic casing, hyphens, apostrophes */

static void
test_case (Fixture       *f,
           gconstpointer  data)
{
  g_autofree char *turkic = words_of (f->checker, "İnformasiya sistemləri. Işıq. Təlim", AZQF_LANG_AZ);
  /* "I" lowers to "ı" in Azerbaijani: "Informasiya" is not "informasiya". */
  g_autofree char *dotless = words_of (f->checker, "Informasiya", AZQF_LANG_AZ);
  g_autofree char *english = words_of (f->checker, "The Learner", AZQF_LANG_EN);
  g_autofree char *hyphens = words_of (f->checker, "elmi-tədqiqat elmi‑tədqiqat elmi-tədqiqt",
                                       AZQF_LANG_AZ);
  g_autofree char *apostrophes = words_of (f->checker, "learner's learner’s learnr's", AZQF_LANG_EN);
  g_autofree char *soft = words_of (f->checker, "infor\u00admasiya", AZQF_LANG_AZ);

  g_assert_cmpstr (turkic, ==, "");
  g_assert_cmpstr (dotless, ==, "Informasiya");
  g_assert_cmpstr (english, ==, "");
  g_assert_cmpstr (hyphens, ==, "elmi-tədqiqt");
  g_assert_cmpstr (apostrophes, ==, "learnr's");
  g_assert_cmpstr (soft, ==, "");

  g_assert_true (azqf_spell_checker_check_word (f->checker, "İnformasiya", AZQF_LANG_AZ));
  g_assert_true (azqf_spell_checker_check_word (f->checker, "L6.K.1", AZQF_LANG_AZ));
  g_assert_false (azqf_spell_checker_check_word (f->checker, "muhasib", AZQF_LANG_AZ));
}

static void
test_suggest (Fixture       *f,
              gconstpointer  data)
{
  g_auto(GStrv) lower = azqf_spell_checker_suggest (f->checker, "muhasib", AZQF_LANG_AZ, 3);
  g_auto(GStrv) upper = azqf_spell_checker_suggest (f->checker, "Muhasib", AZQF_LANG_AZ, 3);
  g_auto(GStrv) dotted = azqf_spell_checker_suggest (f->checker, "Işiq", AZQF_LANG_AZ, 3);
  g_auto(GStrv) none = azqf_spell_checker_suggest (f->checker, "qwertyuiop", AZQF_LANG_AZ, 3);
  g_auto(GStrv) zero = azqf_spell_checker_suggest (f->checker, "muhasib", AZQF_LANG_AZ, 0);

  g_assert_cmpstr (lower[0], ==, "mühasib");
  g_assert_cmpstr (upper[0], ==, "Mühasib");
  g_assert_cmpstr (dotted[0], ==, "Işıq");
  g_assert_nonnull (none);
  g_assert_cmpuint (g_strv_length (none), ==, 0);
  g_assert_cmpuint (g_strv_length (zero), ==, 0);
}

/* The providers are asked once per distinct word. */
static void
test_cache (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GPtrArray) first = check (f->checker, "təlim təlim xətaa xətaa", AZQF_LANG_AZ);
  guint n_checks = f->az->n_checks;
  g_autoptr(GPtrArray) again = check (f->checker, "xətaa təlim", AZQF_LANG_AZ);

  g_assert_cmpuint (first->len, ==, 2);
  g_assert_cmpuint (n_checks, ==, 2);
  g_assert_cmpuint (again->len, ==, 1);
  g_assert_cmpuint (f->az->n_checks, ==, n_checks);
}

/* The workspace's word list and the session's ignore list */

static void
changed_cb (AzqfSpellChecker *checker,
            guint            *count)
{
  (*count)++;
}

static AzqfSpellChecker *
checker_for (AzqfStore *store,
             Fixture   *f)
{
  g_autoptr(GError) error = NULL;
  AzqfSpellChecker *checker = azqf_spell_checker_new (store, &error);

  g_assert_no_error (error);
  g_assert_nonnull (checker);
  azqf_spell_checker_add_provider (checker, AZQF_SPELL_PROVIDER (f->az));
  azqf_spell_checker_add_provider (checker, AZQF_SPELL_PROVIDER (f->en));
  return checker;
}

static void
test_words (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) words = NULL;
  AzqfSpellChecker *checker;
  AzqfStore *store;
  guint changed = 0;
  gboolean ok;
  char *found;

  store = azqf_store_create (f->path, &error);
  g_assert_no_error (error);
  checker = checker_for (store, f);
  g_signal_connect (checker, "changed", G_CALLBACK (changed_cb), &changed);

  found = words_of (checker, "Xəzərneft kredittutumlu", AZQF_LANG_AZ);
  g_assert_cmpstr (found, ==, "Xəzərneft|kredittutumlu");
  g_free (found);

  ok = azqf_spell_checker_add_word (checker, AZQF_LANG_AZ, "Xəzərneft", &error);
  g_assert_no_error (error);
  g_assert_true (ok);
  ok = azqf_spell_checker_add_word (checker, AZQF_LANG_AZ, "kredittutumlu", &error);
  g_assert_no_error (error);
  g_assert_true (ok);
  /* Twice is fine. */
  ok = azqf_spell_checker_add_word (checker, AZQF_LANG_AZ, "kredittutumlu", &error);
  g_assert_no_error (error);
  g_assert_true (ok);
  g_assert_cmpuint (changed, ==, 3);

  found = words_of (checker, "Xəzərneft kredittutumlu Kredittutumlu xəzərneft",
                    AZQF_LANG_AZ);
  /* A name added with its capital stays a name. */
  g_assert_cmpstr (found, ==, "xəzərneft");
  g_free (found);
  /* Per language. */
  found = words_of (checker, "kredittutumlu", AZQF_LANG_EN);
  g_assert_cmpstr (found, ==, "kredittutumlu");
  g_free (found);

  /* A word with a space, an empty word: refused, nothing written. */
  ok = azqf_spell_checker_add_word (checker, AZQF_LANG_AZ, "iki söz", &error);
  g_assert_error (error, AZQF_STORE_ERROR, AZQF_STORE_ERROR_INVALID);
  g_assert_false (ok);
  g_clear_error (&error);
  ok = azqf_store_add_word (store, AZQF_LANG_EN, "", &error);
  g_assert_error (error, AZQF_STORE_ERROR, AZQF_STORE_ERROR_INVALID);
  g_assert_false (ok);
  g_clear_error (&error);

  g_assert_finalize_object (checker);
  g_assert_finalize_object (store);

  /* Reopened: the words are in the workspace. */
  store = azqf_store_open (f->path, AZQF_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  words = azqf_store_list_words (store, AZQF_LANG_AZ, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length (words), ==, 2);
  g_assert_cmpstr (words[0], ==, "Xəzərneft");
  g_assert_cmpstr (words[1], ==, "kredittutumlu");
  g_clear_pointer (&words, g_strfreev);
  words = azqf_store_list_words (store, AZQF_LANG_EN, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length (words), ==, 0);
  g_clear_pointer (&words, g_strfreev);

  checker = checker_for (store, f);
  found = words_of (checker, "Xəzərneft kredittutumlu", AZQF_LANG_AZ);
  g_assert_cmpstr (found, ==, "");
  g_free (found);

  ok = azqf_spell_checker_remove_word (checker, AZQF_LANG_AZ, "kredittutumlu", &error);
  g_assert_no_error (error);
  g_assert_true (ok);
  found = words_of (checker, "Xəzərneft kredittutumlu", AZQF_LANG_AZ);
  g_assert_cmpstr (found, ==, "kredittutumlu");
  g_free (found);
  g_assert_finalize_object (checker);
  g_assert_finalize_object (store);

  /* Read-only: the list is read, adding fails and changes nothing. */
  store = azqf_store_open (f->path, AZQF_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  checker = checker_for (store, f);
  found = words_of (checker, "Xəzərneft kredittutumlu", AZQF_LANG_AZ);
  g_assert_cmpstr (found, ==, "kredittutumlu");
  g_free (found);
  ok = azqf_spell_checker_add_word (checker, AZQF_LANG_AZ, "kredittutumlu", &error);
  g_assert_error (error, AZQF_STORE_ERROR, AZQF_STORE_ERROR_READ_ONLY);
  g_assert_false (ok);
  g_clear_error (&error);
  found = words_of (checker, "kredittutumlu", AZQF_LANG_AZ);
  g_assert_cmpstr (found, ==, "kredittutumlu");
  g_free (found);
  g_assert_finalize_object (checker);
  g_assert_finalize_object (store);
}

static void
test_ignore (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AzqfSpellChecker) other = NULL;
  guint changed = 0;
  char *found;

  g_signal_connect (f->checker, "changed", G_CALLBACK (changed_cb), &changed);
  azqf_spell_checker_ignore_word (f->checker, AZQF_LANG_AZ, "Bakıxanov");
  g_assert_cmpuint (changed, ==, 1);

  found = words_of (f->checker, "Bakıxanov", AZQF_LANG_AZ);
  g_assert_cmpstr (found, ==, "");
  g_free (found);

  /* Only for this checker (the session), not saved anywhere. */
  other = azqf_spell_checker_new (NULL, &error);
  g_assert_no_error (error);
  azqf_spell_checker_add_provider (other, AZQF_SPELL_PROVIDER (f->az));
  found = words_of (other, "Bakıxanov", AZQF_LANG_AZ);
  g_assert_cmpstr (found, ==, "Bakıxanov");
  g_free (found);
}

/* A worker checks while the main thread changes the lists. */
static gpointer
check_in_thread (gpointer data)
{
  AzqfSpellChecker *checker = data;

  for (guint i = 0; i < 2000; i++)
    {
      g_autoptr(GPtrArray) found = azqf_spell_checker_check_text (checker, "Təlim nəticəsi xətaa", -1,
                                                                  AZQF_LANG_AZ);

      if (found->len != 1)
        return GUINT_TO_POINTER (FALSE);
    }

  return GUINT_TO_POINTER (TRUE);
}

static void
test_threads (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  GThread *thread = g_thread_new ("spell", check_in_thread, f->checker);

  for (guint i = 0; i < 500; i++)
    {
      g_autofree char *word = g_strdup_printf ("söz%c%c", 'a' + i % 26, 'a' + i / 26);

      azqf_spell_checker_ignore_word (f->checker, AZQF_LANG_AZ, word);
      g_assert_true (azqf_spell_checker_add_word (f->checker, AZQF_LANG_EN, word, &error));
      g_assert_no_error (error);
    }

  g_assert_true (GPOINTER_TO_UINT (g_thread_join (thread)));
}

/* Without a dictionary for a language, nothing is flagged in it. */
static void
test_no_dictionary (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AzqfSpellChecker) checker = azqf_spell_checker_new (NULL, &error);
  g_autoptr(GPtrArray) found = NULL;

  g_assert_no_error (error);
  g_assert_false (azqf_spell_checker_has_dictionary (checker, AZQF_LANG_AZ));
  found = azqf_spell_checker_check_text (checker, "xətaa", -1, AZQF_LANG_AZ);
  g_assert_cmpuint (found->len, ==, 0);
}

/* A whole standard, with places */

static AzqfStandard *
make_standard (void)
{
  g_autoptr(GError) error = NULL;
  AzqfStandard *standard = azqf_standard_new (AZQF_KIND_OCCUPATIONAL, "PS-2411-01", &error);
  g_autoptr(AzqfUnit) unit = NULL;
  g_autoptr(AzqfOutcome) outcome = NULL;
  g_autoptr(AzqfOutcome) top = NULL;
  g_autoptr(AzqfCriterion) criterion = NULL;
  g_autoptr(AzqfCriterion) criterion2 = NULL;

  g_assert_no_error (error);
  azqf_standard_set_text (standard, AZQF_STANDARD_TITLE, AZQF_LANG_AZ, "Muhasib");
  azqf_standard_set_text (standard, AZQF_STANDARD_TITLE, AZQF_LANG_EN, "The learner");
  azqf_standard_set_text (standard, AZQF_STANDARD_SECTOR, AZQF_LANG_EN, "Finanical");

  top = azqf_outcome_new ("PO.K1", AZQF_DOMAIN_KNOWLEDGE, &error);
  g_assert_no_error (error);
  azqf_outcome_set_text (top, AZQF_LANG_AZ, "Təlim nəticələri");
  g_assert_true (azqf_standard_add_outcome (standard, NULL, top, &error));

  unit = azqf_unit_new ("U1", &error);
  g_assert_no_error (error);
  azqf_unit_set_title (unit, AZQF_LANG_AZ, "Ucot");
  g_assert_true (azqf_standard_add_unit (standard, unit, &error));
  g_assert_no_error (error);

  outcome = azqf_outcome_new ("U1.S1", AZQF_DOMAIN_SKILLS, &error);
  g_assert_no_error (error);
  azqf_outcome_set_text (outcome, AZQF_LANG_AZ, "Maliyyə hesabatlarını təhlil edir (L6.K.1).");
  azqf_outcome_set_text (outcome, AZQF_LANG_EN, "Analyses financial statemnts.");
  criterion = azqf_criterion_new ("Uçot aparır.", "Records transactions.");
  criterion2 = azqf_criterion_new ("Uçot aprır.", NULL);
  azqf_outcome_append_criterion (outcome, criterion);
  azqf_outcome_append_criterion (outcome, criterion2);
  g_assert_true (azqf_standard_add_outcome (standard, unit, outcome, &error));
  g_assert_no_error (error);

  return standard;
}

static void
assert_place (AzqfMisspelling *m,
              const char      *word,
              AzqfLang         lang,
              const char      *unit,
              const char      *outcome,
              guint            criterion,
              const char      *field)
{
  g_assert_cmpstr (azqf_misspelling_get_word (m), ==, word);
  g_assert_cmpint (azqf_misspelling_get_lang (m), ==, lang);
  g_assert_cmpstr (azqf_misspelling_get_standard_code (m), ==, "PS-2411-01");
  g_assert_cmpstr (azqf_misspelling_get_unit_code (m), ==, unit);
  g_assert_cmpstr (azqf_misspelling_get_outcome_code (m), ==, outcome);
  g_assert_cmpuint (azqf_misspelling_get_criterion (m), ==, criterion);
  g_assert_cmpstr (azqf_misspelling_get_field (m), ==, field);
}

static void
test_standard (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(AzqfStandard) standard = make_standard ();
  g_autoptr(GPtrArray) all = azqf_spell_checker_check_standard (f->checker, standard, -1, 0);
  g_autoptr(GPtrArray) az = azqf_spell_checker_check_standard (f->checker, standard, AZQF_LANG_AZ, 3);
  g_autoptr(GPtrArray) en = azqf_spell_checker_check_standard (f->checker, standard, AZQF_LANG_EN, 3);
  g_autoptr(JsonNode) node = NULL;
  g_autofree char *json = NULL;

  g_assert_cmpuint (all->len, ==, 5);
  assert_place (g_ptr_array_index (all, 0), "Muhasib", AZQF_LANG_AZ, NULL, NULL, 0, "title");
  assert_place (g_ptr_array_index (all, 1), "Finanical", AZQF_LANG_EN, NULL, NULL, 0, "sector");
  assert_place (g_ptr_array_index (all, 2), "Ucot", AZQF_LANG_AZ, "U1", NULL, 0, "unit-title");
  assert_place (g_ptr_array_index (all, 3), "statemnts", AZQF_LANG_EN, "U1", "U1.S1", 0, "outcome");
  assert_place (g_ptr_array_index (all, 4), "aprır", AZQF_LANG_AZ, "U1", "U1.S1", 2, "criterion");
  g_assert_null (azqf_misspelling_get_suggestions (g_ptr_array_index (all, 0)));

  g_assert_cmpuint (az->len, ==, 3);
  g_assert_cmpuint (en->len, ==, 2);
  g_assert_true (contains (azqf_misspelling_get_suggestions (g_ptr_array_index (az, 0)), "Mühasib"));
  g_assert_true (contains (azqf_misspelling_get_suggestions (g_ptr_array_index (az, 2)), "aparır"));
  g_assert_true (contains (azqf_misspelling_get_suggestions (g_ptr_array_index (en, 1)), "statements"));

  node = azqf_misspelling_to_json (g_ptr_array_index (az, 2));
  json = json_to_string (node, FALSE);
  g_assert_cmpstr (json, ==,
                   "{\"word\":\"aprır\",\"lang\":\"az\",\"standard\":\"PS-2411-01\",\"unit\":\"U1\","
                   "\"outcome\":\"U1.S1\",\"criterion\":2,\"field\":\"criterion\",\"offset\":5,"
                   "\"length\":5,\"suggestions\":[\"aparır\"]}");
}

/* hunspell: a dictionary the test writes */

static void
write_dictionary (const char *dir,
                  const char *name)
{
  g_autofree char *aff = g_strdup_printf ("%s/%s.aff", dir, name);
  g_autofree char *dic = g_strdup_printf ("%s/%s.dic", dir, name);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (aff, "SET UTF-8\nTRY əüöğıçşeuogicsaxrtmnlbkdhpqvyzjf\n"
                            "MAP 2\nMAP eə\nMAP uü\n", -1, &error);
  g_assert_no_error (error);
  g_file_set_contents (dic, "3\nbilik\nmühasib\nsəviyyə\n", -1, &error);
  g_assert_no_error (error);
}

static void
async_done_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

static void
test_hunspell_files (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AzqfHunspell) hunspell = NULL;
  g_autofree char *aff = NULL;
  g_autofree char *dic = NULL;
  g_autofree char *missing = g_build_filename (f->dir, "none.aff", NULL);
  g_auto(GStrv) suggestions = NULL;
  g_auto(GStrv) path = NULL;
  g_autofree char *old_dicpath = g_strdup (g_getenv ("DICPATH"));
  AzqfHunspell *none;

  write_dictionary (f->dir, "xx_XX");
  g_setenv ("DICPATH", f->dir, TRUE);
  path = azqf_hunspell_get_search_path ();
  g_assert_true (g_strv_contains ((const char * const *) path, f->dir));
  g_assert_true (g_strv_contains ((const char * const *) path, "/usr/share/hunspell"));
  g_assert_true (azqf_hunspell_find ("xx_XX", &aff, &dic));
  g_assert_true (g_str_has_prefix (aff, f->dir) && g_str_has_suffix (aff, "xx_XX.aff"));
  g_assert_true (g_str_has_prefix (dic, f->dir) && g_str_has_suffix (dic, "xx_XX.dic"));

  hunspell = azqf_hunspell_load (AZQF_LANG_AZ, "xx_XX", &error);
  g_assert_no_error (error);
  /* The same in a thread. */
  {
    g_autoptr(GAsyncResult) result = NULL;
    g_autoptr(AzqfHunspell) loaded = NULL;

    azqf_hunspell_load_async (AZQF_LANG_AZ, "xx_XX", NULL, async_done_cb, &result);
    while (result == NULL)
      g_main_context_iteration (NULL, TRUE);
    loaded = azqf_hunspell_load_finish (result, &error);
    g_assert_no_error (error);
    g_assert_true (azqf_spell_provider_check_word (AZQF_SPELL_PROVIDER (loaded), "səviyyə"));
    g_clear_object (&result);
    azqf_hunspell_load_async (AZQF_LANG_AZ, "zz_ZZ", NULL, async_done_cb, &result);
    while (result == NULL)
      g_main_context_iteration (NULL, TRUE);
    g_assert_null (azqf_hunspell_load_finish (result, &error));
    g_assert_error (error, AZQF_SPELL_ERROR, AZQF_SPELL_ERROR_NOT_FOUND);
    g_clear_error (&error);
  }
  if (old_dicpath != NULL)
    g_setenv ("DICPATH", old_dicpath, TRUE);
  else
    g_unsetenv ("DICPATH");

  g_assert_cmpstr (azqf_spell_provider_get_name (AZQF_SPELL_PROVIDER (hunspell)), ==, "xx_XX");
  g_assert_cmpint (azqf_spell_provider_get_lang (AZQF_SPELL_PROVIDER (hunspell)), ==, AZQF_LANG_AZ);
  g_assert_true (azqf_spell_provider_check_word (AZQF_SPELL_PROVIDER (hunspell), "mühasib"));
  g_assert_false (azqf_spell_provider_check_word (AZQF_SPELL_PROVIDER (hunspell), "muhasib"));
  suggestions = azqf_spell_provider_suggest (AZQF_SPELL_PROVIDER (hunspell), "muhasib", 5);
  g_assert_cmpstr (suggestions[0], ==, "mühasib");
  azqf_spell_provider_add_word (AZQF_SPELL_PROVIDER (hunspell), "xəzərneft");
  g_assert_true (azqf_spell_provider_check_word (AZQF_SPELL_PROVIDER (hunspell), "xəzərneft"));
  g_assert_cmpint (azqf_hunspell_get_load_time (hunspell), >, 0);

  none = azqf_hunspell_new (AZQF_LANG_AZ, "none", missing, dic, &error);
  g_assert_error (error, AZQF_SPELL_ERROR, AZQF_SPELL_ERROR_INVALID);
  g_assert_null (none);
  g_clear_error (&error);
  none = azqf_hunspell_load (AZQF_LANG_AZ, "zz_ZZ", &error);
  g_assert_error (error, AZQF_SPELL_ERROR, AZQF_SPELL_ERROR_NOT_FOUND);
  g_assert_null (none);

  for (guint i = 0; i < 2; i++)
    {
      g_autofree char *name = g_strdup_printf ("%s/xx_XX.%s", f->dir, i == 0 ? "aff" : "dic");

      g_assert_cmpint (g_remove (name), ==, 0);
    }
}

/* hunspell: the system's en_US, our az_AZ */

static gboolean
have_dictionary (const char *name)
{
  if (azqf_hunspell_find (name, NULL, NULL))
    return TRUE;

  {
    g_autofree char *message = g_strdup_printf ("%s.aff/.dic not installed", name);

    g_test_skip (message);
  }
  return FALSE;
}

static void
test_english (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AzqfSpellChecker) checker = NULL;
  g_autofree char *found = NULL;
  g_autofree char *correct = NULL;
  g_auto(GStrv) suggestions = NULL;
  gboolean ok;

  if (!have_dictionary ("en_US"))
    return;

  checker = azqf_spell_checker_new (NULL, &error);
  g_assert_no_error (error);
  ok = azqf_spell_checker_load_dictionaries (checker, AZQF_LANG_EN, &error);
  g_assert_no_error (error);
  g_assert_true (ok);
  g_assert_true (azqf_spell_checker_has_dictionary (checker, AZQF_LANG_EN));

  found = words_of (checker, "The learner holds a qualificaton in accounting.", AZQF_LANG_EN);
  g_assert_cmpstr (found, ==, "qualificaton");
  suggestions = azqf_spell_checker_suggest (checker, "qualificaton", AZQF_LANG_EN, 5);
  g_assert_cmpstr (suggestions[0], ==, "qualification");

  correct = words_of (checker,
                      "Records business transactions in the accounting system in line with the "
                      "chart of accounts (ISCO-08 2411), e.g. at https://example.org. The learner's "
                      "work is checked by the Ministry of Social Protection of the Population.",
                      AZQF_LANG_EN);
  g_assert_cmpstr (correct, ==, "");

  /* British spellings pass when en_GB is installed too. */
  if (azqf_hunspell_find ("en_GB", NULL, NULL))
    {
      g_autofree char *british = words_of (checker, "The Ministry of Labour; an organisation.",
                                           AZQF_LANG_EN);

      g_assert_cmpstr (british, ==, "");
    }
}

static void
loaded_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  gboolean *done = user_data;
  g_autoptr(GError) error = NULL;
  gboolean ok = azqf_spell_checker_load_dictionaries_finish (AZQF_SPELL_CHECKER (object), result, &error);

  g_assert_no_error (error);
  g_assert_true (ok);
  *done = TRUE;
}

static void
test_load_async (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AzqfSpellChecker) checker = NULL;
  gboolean done = FALSE;
  guint changed = 0;

  if (!have_dictionary ("en_US"))
    return;

  checker = azqf_spell_checker_new (NULL, &error);
  g_assert_no_error (error);
  g_signal_connect (checker, "changed", G_CALLBACK (changed_cb), &changed);
  azqf_spell_checker_load_dictionaries_async (checker, AZQF_LANG_EN, NULL, loaded_cb, &done);
  g_assert_false (azqf_spell_checker_has_dictionary (checker, AZQF_LANG_EN));
  while (!done)
    g_main_context_iteration (NULL, TRUE);

  g_assert_true (azqf_spell_checker_has_dictionary (checker, AZQF_LANG_EN));
  g_assert_cmpuint (changed, >=, 1);
  g_assert_false (azqf_spell_checker_check_word (checker, "qualificaton", AZQF_LANG_EN));
}

static void
test_azerbaijani (void)
{
  static const char * const sentences[] = {
    /* resources/sample/sample.json, PS-2411-01 */
    "Peşə standartı müəssisələrdə mühasibat uçotunu aparan mühasibin əsas əmək funksiyalarını "
    "və hər funksiya üzrə tələb olunan bilik, bacarıq, müstəqillik və məsuliyyət səviyyəsini "
    "müəyyən edir.",
    "Standart işəgötürənlərin və peşə birliklərinin iştirakı ilə hazırlanmışdır.",
    "Maliyyə və mühasibat xidmətləri",
    "Təsərrüfat əməliyyatlarının uçotu",
    "İnformasiya sistemləri",
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(AzqfSpellChecker) checker = NULL;
  g_autofree char *found = NULL;
  g_auto(GStrv) suggestions = NULL;
  gboolean ok;

  if (!have_dictionary ("az_AZ"))
    return;

  checker = azqf_spell_checker_new (NULL, &error);
  g_assert_no_error (error);
  ok = azqf_spell_checker_load_dictionaries (checker, AZQF_LANG_AZ, &error);
  g_assert_no_error (error);
  g_assert_true (ok);

  for (guint i = 0; i < G_N_ELEMENTS (sentences); i++)
    {
      g_autofree char *words = words_of (checker, sentences[i], AZQF_LANG_AZ);

      g_test_message ("%s", sentences[i]);
      g_assert_cmpstr (words, ==, "");
    }

  found = words_of (checker, "Peşəkar muhasib hesabatları təhlil edir.", AZQF_LANG_AZ);
  g_assert_cmpstr (found, ==, "muhasib");
  suggestions = azqf_spell_checker_suggest (checker, "muhasib", AZQF_LANG_AZ, 3);
  g_assert_true (contains ((const char * const *) suggestions, "mühasib"));
}

/* The sample standard from a workspace: every finding has its place. */
static void
test_sample_workspace (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AzqfStore) store = azqf_store_create (f->path, &error);
  g_autoptr(AzqfStandard) standard = NULL;
  g_autoptr(GPtrArray) found = NULL;
  gboolean ok;

  g_assert_no_error (error);
  ok = azqf_sample_populate (store, &error);
  g_assert_no_error (error);
  g_assert_true (ok);
  standard = azqf_store_load_standard (store, "PS-2411-01", &error);
  g_assert_no_error (error);

  /* The fake dictionaries know few words: many findings, all with places. */
  found = azqf_spell_checker_check_standard (f->checker, standard, -1, 1);
  g_assert_cmpuint (found->len, >, 10);
  for (guint i = 0; i < found->len; i++)
    {
      AzqfMisspelling *m = g_ptr_array_index (found, i);

      g_assert_cmpstr (azqf_misspelling_get_standard_code (m), ==, "PS-2411-01");
      g_assert_nonnull (azqf_misspelling_get_field (m));
      g_assert_nonnull (azqf_misspelling_get_suggestions (m));
    }

  g_clear_object (&standard);
  azqf_store_close (store);
}

int
main (int    argc,
      char **argv)
{
  azqf_locale_init_test ();
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/azqf/spell/spans", Fixture, NULL, fixture_set_up, test_spans, fixture_tear_down);
  g_test_add ("/azqf/spell/skipped", Fixture, NULL, fixture_set_up, test_skipped, fixture_tear_down);
  g_test_add ("/azqf/spell/case", Fixture, NULL, fixture_set_up, test_case, fixture_tear_down);
  g_test_add ("/azqf/spell/suggest", Fixture, NULL, fixture_set_up, test_suggest, fixture_tear_down);
  g_test_add ("/azqf/spell/cache", Fixture, NULL, fixture_set_up, test_cache, fixture_tear_down);
  g_test_add ("/azqf/spell/words", Fixture, NULL, fixture_set_up, test_words, fixture_tear_down);
  g_test_add ("/azqf/spell/ignore", Fixture, NULL, fixture_set_up, test_ignore, fixture_tear_down);
  g_test_add ("/azqf/spell/threads", Fixture, NULL, fixture_set_up, test_threads, fixture_tear_down);
  g_test_add_func ("/azqf/spell/no-dictionary", test_no_dictionary);
  g_test_add ("/azqf/spell/standard", Fixture, NULL, fixture_set_up, test_standard, fixture_tear_down);
  g_test_add ("/azqf/spell/sample", Fixture, NULL, fixture_set_up, test_sample_workspace, fixture_tear_down);
  g_test_add ("/azqf/spell/hunspell-files", Fixture, NULL, fixture_set_up, test_hunspell_files,
              fixture_tear_down);
  g_test_add_func ("/azqf/spell/english", test_english);
  g_test_add_func ("/azqf/spell/load-async", test_load_async);
  g_test_add_func ("/azqf/spell/azerbaijani", test_azerbaijani);

  return g_test_run ();
}
