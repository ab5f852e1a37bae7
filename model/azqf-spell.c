/* azqf-spell.c: spell-checking of bilingual texts, with the workspace's words
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The text is cut at white space into pieces first: a piece that looks like
 * a code, a number, a URL or an e-mail address is skipped whole, so
 * "L6.K.1" never turns into the "words" L and K. The rest is cut into words
 * (letters, with apostrophes and hyphens between letters), and each word is
 * looked at on its own: other scripts, letters outside the language's
 * alphabet, abbreviations. What is left goes to the lists and the providers.
 *
 * The providers' answers are cached per language (the same words come back
 * in every outcome), so a whole workspace costs one dictionary lookup per
 * distinct word. The cache only holds what the providers said, so it stays
 * right when the word lists change; it is emptied when a provider is added.
 */

#include "config.h"

#include <string.h>

#include "azqf-criterion.h"
#include "azqf-hunspell.h"
#include "azqf-outcome.h"
#include "azqf-spell.h"
#include "azqf-spell-private.h"
#include "azqf-standard.h"
#include "azqf-store.h"
#include "azqf-text.h"
#include "azqf-unit.h"

#define N_LANGS        2
#define MAX_CACHE      200000
#define CACHE_KNOWN    GINT_TO_POINTER (1)
#define CACHE_UNKNOWN  GINT_TO_POINTER (2)

struct _AzqfSpellChecker
{
  GObject     parent_instance;

  /* Owned references */
  AzqfStore  *store;

  /* Guarded by mutex: the checks may run in a worker thread. */
  GMutex      mutex;
  GPtrArray  *providers[N_LANGS];  /* AzqfSpellProvider */
  GHashTable *words[N_LANGS];      /* the workspace's (or the session's) added words */
  GHashTable *ignored[N_LANGS];
  GHashTable *cache[N_LANGS];      /* word → CACHE_KNOWN / CACHE_UNKNOWN */
  GHashTable *suggestions[N_LANGS]; /* "max:word" → GStrv, for check_standard */
  guint       no_cache : 1;
};

G_DEFINE_FINAL_TYPE (AzqfSpellChecker, azqf_spell_checker, G_TYPE_OBJECT)

enum
{
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The Azerbaijani alphabet in lower case (product.md §5). */
static const char az_letters[] = "abcçdeəfgğhxıijkqlmnoöprsştuüvyz";
/* Letters that mark an Azerbaijani word in an English text. */
static const char az_marks[] = "əığşçöüİƏĞŞÇÖÜ";

/* Characters */

static gboolean
is_word_char (gunichar c)
{
  return g_unichar_isalpha (c) || g_unichar_ismark (c);
}

/* Inside a word when a letter follows: apostrophes, hyphens, soft hyphen. */
static gboolean
is_joiner (gunichar c)
{
  return c == '\'' || c == 0x2019 || c == 0x02BC ||
         c == '-' || c == 0x2010 || c == 0x2011 || c == 0x00AD;
}

static gboolean
is_hyphen (gunichar c)
{
  return c == '-' || c == 0x2010 || c == 0x2011;
}

static gboolean
in_set (const char *set,
        gunichar    c)
{
  for (const char *p = set; *p != '\0'; p = g_utf8_next_char (p))
    if (g_utf8_get_char (p) == c)
      return TRUE;

  return FALSE;
}

/* Pieces: codes, numbers, addresses */

static gboolean
has_prefix_nocase (const char *text,
                   const char *end,
                   const char *prefix)
{
  gsize n = strlen (prefix);

  return (gsize) (end - text) >= n && g_ascii_strncasecmp (text, prefix, n) == 0;
}

/* A piece (text between spaces) that is not prose: anything with a digit
 * (codes, numbers, dates, "2019-cu"), an e-mail address, a URL, a dotted
 * abbreviation or domain, or characters that only code uses. */
static gboolean
is_code_piece (const char *start,
               const char *end)
{
  const char *first = start;
  gunichar prev = 0;

  /* Leading brackets and quotes do not hide a URL. */
  while (first < end && !g_unichar_isalnum (g_utf8_get_char (first)))
    first = g_utf8_next_char (first);
  if (has_prefix_nocase (first, end, "www."))
    return TRUE;

  for (const char *p = start; p < end; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isdigit (c) || (c < 0x80 && strchr ("@_\\=#<>{}|~", (int) c) != NULL))
        return TRUE;
      if (c == ':' && has_prefix_nocase (p, end, "://"))
        return TRUE;
      if (c == '.' && g_unichar_isalpha (prev) && p + 1 < end &&
          g_unichar_isalpha (g_utf8_get_char (p + 1)))
        return TRUE;
      prev = c;
    }

  return FALSE;
}

/* Words */

/* Words nobody should check: too short, abbreviations, camel case, other
 * scripts, letters outside the language. */
static gboolean
is_skipped_word (const char *word,
                 AzqfLang    lang)
{
  guint n_letters = 0;
  gboolean has_lower = FALSE;
  gboolean first_part_has_lower = FALSE;
  gboolean in_first_part = TRUE;
  gunichar prev = 0;

  for (const char *p = word; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      GUnicodeScript script;

      if (is_hyphen (c))
        {
          /* "AMEA-nın": an abbreviation with a suffix. */
          if (in_first_part && !first_part_has_lower && n_letters > 0)
            return TRUE;
          in_first_part = FALSE;
        }
      if (!g_unichar_isalpha (c))
        {
          /* A combining mark: not an Azerbaijani or English letter as typed. */
          if (g_unichar_ismark (c))
            return TRUE;
          prev = c;
          continue;
        }

      script = g_unichar_get_script (c);
      if (script != G_UNICODE_SCRIPT_LATIN && script != G_UNICODE_SCRIPT_COMMON &&
          script != G_UNICODE_SCRIPT_INHERITED)
        return TRUE;

      if (lang == AZQF_LANG_AZ && !in_set (az_letters, g_unichar_tolower (c)))
        return TRUE;
      if (lang == AZQF_LANG_EN && in_set (az_marks, c))
        return TRUE;

      if (g_unichar_isupper (c) || g_unichar_istitle (c))
        {
          /* "iPhone", "McDonald": a name or an identifier. */
          if (g_unichar_islower (prev))
            return TRUE;
        }
      else
        {
          has_lower = TRUE;
          if (in_first_part)
            first_part_has_lower = TRUE;
        }

      n_letters++;
      prev = c;
    }

  return n_letters < 2 || !has_lower;
}

static gboolean
is_capitalised (const char *word)
{
  gunichar c = g_utf8_get_char (word);

  return g_unichar_isupper (c) || g_unichar_istitle (c);
}

/* The word as the lists and the dictionaries spell it: typographic
 * apostrophes as ', hyphens as -, soft hyphens removed. A new string. */
static char *
normalise_word (const char *start,
                gsize       len)
{
  GString *word = g_string_sized_new (len);

  for (const char *p = start; p < start + len; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == 0x2019 || c == 0x02BC)
        g_string_append_c (word, '\'');
      else if (c == 0x2010 || c == 0x2011)
        g_string_append_c (word, '-');
      else if (c != 0x00AD)
        g_string_append_unichar (word, c);
    }

  return g_string_free (word, FALSE);
}

/* Capitalises the first letter by the rules of lang (i → İ in az). */
static char *
capitalise (const char *word,
            AzqfLang    lang)
{
  const char *rest = g_utf8_next_char (word);
  g_autofree char *first = g_strndup (word, rest - word);
  g_autofree char *upper = azqf_text_up (first, lang);

  return g_strconcat (upper, rest, NULL);
}

/* Called with the lock held. */

static gboolean
provider_knows (AzqfSpellChecker *self,
                const char       *word,
                AzqfLang          lang)
{
  GPtrArray *providers = self->providers[lang];
  gpointer cached = g_hash_table_lookup (self->cache[lang], word);
  gboolean known = FALSE;

  if (cached != NULL)
    return cached == CACHE_KNOWN;

  for (guint i = 0; i < providers->len && !known; i++)
    known = azqf_spell_provider_check_word (g_ptr_array_index (providers, i), word);
  if (self->no_cache)
    return known;

  if (g_hash_table_size (self->cache[lang]) >= MAX_CACHE)
    g_hash_table_remove_all (self->cache[lang]);
  g_hash_table_insert (self->cache[lang], g_strdup (word), known ? CACHE_KNOWN : CACHE_UNKNOWN);

  return known;
}

static gboolean
listed (AzqfSpellChecker *self,
        const char       *word,
        AzqfLang          lang)
{
  return g_hash_table_contains (self->words[lang], word) ||
         g_hash_table_contains (self->ignored[lang], word);
}

/* word: normalised, not skipped. */
static gboolean
is_known (AzqfSpellChecker *self,
          const char       *word,
          AzqfLang          lang)
{
  if (listed (self, word, lang) || provider_knows (self, word, lang))
    return TRUE;

  /* At the start of a sentence; Turkic casing: "İnformasiya" → "informasiya". */
  if (is_capitalised (word))
    {
      g_autofree char *lower = azqf_text_down (word, lang);

      if (strcmp (lower, word) != 0 &&
          (listed (self, lower, lang) || provider_knows (self, lower, lang)))
        return TRUE;
    }

  if (strchr (word, '-') != NULL)
    {
      g_auto(GStrv) parts = g_strsplit (word, "-", -1);

      for (guint i = 0; parts[i] != NULL; i++)
        if (!is_skipped_word (parts[i], lang) && !is_known (self, parts[i], lang))
          return FALSE;
      return TRUE;
    }

  return FALSE;
}

/* Decides one word of text (start, len bytes) and adds a misspelling. */
static void
check_word_at (AzqfSpellChecker *self,
               const char       *text,
               const char       *start,
               gsize             len,
               guint             char_offset,
               guint             char_length,
               AzqfLang          lang,
               GPtrArray        *misspellings)
{
  g_autofree char *word = normalise_word (start, len);
  g_autofree char *as_written = NULL;

  if (is_skipped_word (word, lang) || is_known (self, word, lang))
    return;

  as_written = g_strndup (start, len);
  g_ptr_array_add (misspellings,
                   azqf_misspelling_new (as_written, lang, start - text, len,
                                         char_offset, char_length));
}

/* The words of one piece (between spaces); *char_offset is the piece's
 * start in characters, and moves to its end. */
static void
check_piece (AzqfSpellChecker *self,
             const char       *text,
             const char       *start,
             const char       *end,
             guint            *char_offset,
             AzqfLang          lang,
             GPtrArray        *misspellings)
{
  const char *p = start;

  if (is_code_piece (start, end))
    {
      *char_offset += g_utf8_strlen (start, end - start);
      return;
    }

  while (p < end)
    {
      const char *word_start;
      guint word_chars = 0;

      if (!g_unichar_isalpha (g_utf8_get_char (p)))
        {
          p = g_utf8_next_char (p);
          (*char_offset)++;
          continue;
        }

      word_start = p;
      while (p < end)
        {
          gunichar c = g_utf8_get_char (p);
          const char *next = g_utf8_next_char (p);

          if (is_word_char (c) ||
              (is_joiner (c) && next < end && g_unichar_isalpha (g_utf8_get_char (next))))
            {
              p = next;
              word_chars++;
            }
          else
            break;
        }

      check_word_at (self, text, word_start, p - word_start, *char_offset, word_chars,
                     lang, misspellings);
      *char_offset += word_chars;
    }
}

static GPtrArray *
check_text (AzqfSpellChecker *self,
            const char       *text,
            gsize             len,
            AzqfLang          lang)
{
  GPtrArray *misspellings = g_ptr_array_new_with_free_func ((GDestroyNotify) azqf_misspelling_unref);
  const char *end = text + len;
  const char *p = text;
  guint char_offset = 0;

  if (self->providers[lang]->len == 0)
    return misspellings;

  while (p < end)
    {
      const char *piece = p;

      while (p < end && !g_unichar_isspace (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);

      if (p > piece)
        check_piece (self, text, piece, p, &char_offset, lang, misspellings);

      while (p < end && g_unichar_isspace (g_utf8_get_char (p)))
        {
          p = g_utf8_next_char (p);
          char_offset++;
        }
    }

  return misspellings;
}

static void
add_unique (GPtrArray  *list,
            char       *word,
            guint       max)
{
  if (list->len >= max || word == NULL || *word == '\0')
    {
      g_free (word);
      return;
    }

  for (guint i = 0; i < list->len; i++)
    if (strcmp (g_ptr_array_index (list, i), word) == 0)
      {
        g_free (word);
        return;
      }

  g_ptr_array_add (list, word);
}

static void
add_suggestions (AzqfSpellChecker *self,
                 const char       *word,
                 AzqfLang          lang,
                 gboolean          capitalise_them,
                 guint             max,
                 GPtrArray        *list)
{
  GPtrArray *providers = self->providers[lang];

  for (guint i = 0; i < providers->len && list->len < max; i++)
    {
      g_auto(GStrv) suggestions = azqf_spell_provider_suggest (g_ptr_array_index (providers, i),
                                                               word, max);

      for (guint j = 0; suggestions[j] != NULL; j++)
        add_unique (list,
                    capitalise_them ? capitalise (suggestions[j], lang) : g_strdup (suggestions[j]),
                    max);
    }
}

static char **
suggest (AzqfSpellChecker *self,
         const char       *word,
         AzqfLang          lang,
         guint             max)
{
  g_autofree char *normal = normalise_word (word, strlen (word));
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func (g_free);
  gboolean capital = is_capitalised (normal);

  /* A word at the start of a sentence gets its corrections with a capital;
   * dictionaries know "mühasib", not always "Mühasib". */
  add_suggestions (self, normal, lang, capital, max, list);
  if (list->len < max && capital)
    {
      g_autofree char *lower = azqf_text_down (normal, lang);

      if (strcmp (lower, normal) != 0)
        add_suggestions (self, lower, lang, TRUE, max, list);
    }

  g_ptr_array_add (list, NULL);
  return (char **) g_ptr_array_free (g_steal_pointer (&list), FALSE);
}

/* GObject */

static void
azqf_spell_checker_dispose (GObject *object)
{
  AzqfSpellChecker *self = AZQF_SPELL_CHECKER (object);

  g_clear_object (&self->store);
  for (guint i = 0; i < N_LANGS; i++)
    if (self->providers[i] != NULL)
      g_ptr_array_set_size (self->providers[i], 0);

  G_OBJECT_CLASS (azqf_spell_checker_parent_class)->dispose (object);
}

static void
azqf_spell_checker_finalize (GObject *object)
{
  AzqfSpellChecker *self = AZQF_SPELL_CHECKER (object);

  for (guint i = 0; i < N_LANGS; i++)
    {
      g_clear_pointer (&self->providers[i], g_ptr_array_unref);
      g_clear_pointer (&self->words[i], g_hash_table_unref);
      g_clear_pointer (&self->ignored[i], g_hash_table_unref);
      g_clear_pointer (&self->cache[i], g_hash_table_unref);
      g_clear_pointer (&self->suggestions[i], g_hash_table_unref);
    }
  g_mutex_clear (&self->mutex);

  G_OBJECT_CLASS (azqf_spell_checker_parent_class)->finalize (object);
}

static void
azqf_spell_checker_class_init (AzqfSpellCheckerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = azqf_spell_checker_dispose;
  object_class->finalize = azqf_spell_checker_finalize;

  /**
   * AzqfSpellChecker::changed:
   *
   * The word lists or the dictionaries changed: check the texts again.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
azqf_spell_checker_init (AzqfSpellChecker *self)
{
  g_mutex_init (&self->mutex);

  for (guint i = 0; i < N_LANGS; i++)
    {
      self->providers[i] = g_ptr_array_new_with_free_func (g_object_unref);
      self->words[i] = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      self->ignored[i] = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      self->cache[i] = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      self->suggestions[i] = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                    (GDestroyNotify) g_strfreev);
    }
}

/* Public */

AzqfSpellChecker *
azqf_spell_checker_new (AzqfStore  *store,
                        GError    **error)
{
  g_autoptr(AzqfSpellChecker) self = NULL;

  g_return_val_if_fail (store == NULL || AZQF_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (AZQF_TYPE_SPELL_CHECKER, NULL);

  if (store != NULL)
    {
      self->store = g_object_ref (store);

      for (AzqfLang lang = AZQF_LANG_AZ; lang <= AZQF_LANG_EN; lang++)
        {
          g_auto(GStrv) words = azqf_store_list_words (store, lang, error);

          if (words == NULL)
            return NULL;
          for (guint i = 0; words[i] != NULL; i++)
            g_hash_table_add (self->words[lang], g_strdup (words[i]));
        }
    }

  return g_steal_pointer (&self);
}

void
azqf_spell_checker_add_provider (AzqfSpellChecker  *self,
                                 AzqfSpellProvider *provider)
{
  AzqfLang lang;

  g_return_if_fail (AZQF_IS_SPELL_CHECKER (self));
  g_return_if_fail (AZQF_IS_SPELL_PROVIDER (provider));

  lang = azqf_spell_provider_get_lang (provider);
  g_return_if_fail (lang < N_LANGS);

  g_mutex_lock (&self->mutex);
  g_ptr_array_add (self->providers[lang], g_object_ref (provider));
  g_hash_table_remove_all (self->cache[lang]);
  g_hash_table_remove_all (self->suggestions[lang]);
  g_mutex_unlock (&self->mutex);

  g_signal_emit (self, signals[CHANGED], 0);
}

gboolean
azqf_spell_checker_has_dictionary (AzqfSpellChecker *self,
                                   AzqfLang          lang)
{
  g_autoptr(GMutexLocker) locker = NULL;

  g_return_val_if_fail (AZQF_IS_SPELL_CHECKER (self), FALSE);
  g_return_val_if_fail (lang < N_LANGS, FALSE);

  locker = g_mutex_locker_new (&self->mutex);
  return self->providers[lang]->len > 0;
}

/* Every installed dictionary of lang (thread-safe: no checker involved). */
static GPtrArray *
load_providers (AzqfLang   lang,
                GError   **error)
{
  const char * const *names = azqf_hunspell_get_names (lang);
  g_autoptr(GPtrArray) providers = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) first_error = NULL;

  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autoptr(GError) local_error = NULL;
      AzqfHunspell *provider = azqf_hunspell_load (lang, names[i], &local_error);

      if (provider != NULL)
        g_ptr_array_add (providers, provider);
      else if (first_error == NULL)
        first_error = g_steal_pointer (&local_error);
    }

  if (providers->len == 0)
    {
      g_propagate_error (error, g_steal_pointer (&first_error));
      return NULL;
    }

  return g_steal_pointer (&providers);
}

static void
add_loaded (AzqfSpellChecker *self,
            GPtrArray        *providers)
{
  for (guint i = 0; i < providers->len; i++)
    azqf_spell_checker_add_provider (self, g_ptr_array_index (providers, i));
}

gboolean
azqf_spell_checker_load_dictionaries (AzqfSpellChecker  *self,
                                      AzqfLang           lang,
                                      GError           **error)
{
  g_autoptr(GPtrArray) providers = NULL;

  g_return_val_if_fail (AZQF_IS_SPELL_CHECKER (self), FALSE);
  g_return_val_if_fail (lang < N_LANGS, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  providers = load_providers (lang, error);
  if (providers == NULL)
    return FALSE;

  add_loaded (self, providers);
  return TRUE;
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  GError *error = NULL;
  GPtrArray *providers = load_providers (GPOINTER_TO_INT (task_data), &error);

  if (providers == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, providers, (GDestroyNotify) g_ptr_array_unref);
}

void
azqf_spell_checker_load_dictionaries_async (AzqfSpellChecker    *self,
                                            AzqfLang             lang,
                                            GCancellable        *cancellable,
                                            GAsyncReadyCallback  callback,
                                            gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (AZQF_IS_SPELL_CHECKER (self));
  g_return_if_fail (lang < N_LANGS);
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, azqf_spell_checker_load_dictionaries_async);
  g_task_set_task_data (task, GINT_TO_POINTER (lang), NULL);
  g_task_run_in_thread (task, load_thread);
}

gboolean
azqf_spell_checker_load_dictionaries_finish (AzqfSpellChecker  *self,
                                             GAsyncResult      *result,
                                             GError           **error)
{
  g_autoptr(GPtrArray) providers = NULL;

  g_return_val_if_fail (AZQF_IS_SPELL_CHECKER (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) ==
                        azqf_spell_checker_load_dictionaries_async, FALSE);

  providers = g_task_propagate_pointer (G_TASK (result), error);
  if (providers == NULL)
    return FALSE;

  add_loaded (self, providers);
  return TRUE;
}

GPtrArray *
azqf_spell_checker_check_text (AzqfSpellChecker *self,
                               const char       *text,
                               gssize            len,
                               AzqfLang          lang)
{
  g_autoptr(GMutexLocker) locker = NULL;

  g_return_val_if_fail (AZQF_IS_SPELL_CHECKER (self), NULL);
  g_return_val_if_fail (text != NULL || len == 0, NULL);
  g_return_val_if_fail (lang < N_LANGS, NULL);

  if (len < 0)
    len = strlen (text);

  locker = g_mutex_locker_new (&self->mutex);
  return check_text (self, text, len, lang);
}

gboolean
azqf_spell_checker_check_word (AzqfSpellChecker *self,
                               const char       *word,
                               AzqfLang          lang)
{
  g_autoptr(GMutexLocker) locker = NULL;
  g_autofree char *normal = NULL;

  g_return_val_if_fail (AZQF_IS_SPELL_CHECKER (self), FALSE);
  g_return_val_if_fail (word != NULL, FALSE);
  g_return_val_if_fail (lang < N_LANGS, FALSE);

  normal = normalise_word (word, strlen (word));
  locker = g_mutex_locker_new (&self->mutex);
  return self->providers[lang]->len == 0 || is_skipped_word (normal, lang) ||
         is_known (self, normal, lang);
}

char **
azqf_spell_checker_suggest (AzqfSpellChecker *self,
                            const char       *word,
                            AzqfLang          lang,
                            guint             max_suggestions)
{
  g_autoptr(GMutexLocker) locker = NULL;

  g_return_val_if_fail (AZQF_IS_SPELL_CHECKER (self), NULL);
  g_return_val_if_fail (word != NULL, NULL);
  g_return_val_if_fail (lang < N_LANGS, NULL);

  locker = g_mutex_locker_new (&self->mutex);
  return suggest (self, word, lang, max_suggestions);
}

/* Adds word to, or removes it from, the workspace's list and ours. */
static gboolean
change_word (AzqfSpellChecker  *self,
             AzqfLang           lang,
             const char        *word,
             gboolean           add,
             GError           **error)
{
  g_autofree char *normal = normalise_word (word, strlen (word));

  if (self->store != NULL &&
      !(add ? azqf_store_add_word : azqf_store_remove_word) (self->store, lang, normal, error))
    return FALSE;

  g_mutex_lock (&self->mutex);
  if (add)
    g_hash_table_add (self->words[lang], g_steal_pointer (&normal));
  else
    g_hash_table_remove (self->words[lang], normal);
  g_mutex_unlock (&self->mutex);

  g_signal_emit (self, signals[CHANGED], 0);
  return TRUE;
}

gboolean
azqf_spell_checker_add_word (AzqfSpellChecker  *self,
                             AzqfLang           lang,
                             const char        *word,
                             GError           **error)
{
  g_return_val_if_fail (AZQF_IS_SPELL_CHECKER (self), FALSE);
  g_return_val_if_fail (lang < N_LANGS, FALSE);
  g_return_val_if_fail (word != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return change_word (self, lang, word, TRUE, error);
}

gboolean
azqf_spell_checker_remove_word (AzqfSpellChecker  *self,
                                AzqfLang           lang,
                                const char        *word,
                                GError           **error)
{
  g_return_val_if_fail (AZQF_IS_SPELL_CHECKER (self), FALSE);
  g_return_val_if_fail (lang < N_LANGS, FALSE);
  g_return_val_if_fail (word != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return change_word (self, lang, word, FALSE, error);
}

void
azqf_spell_checker_ignore_word (AzqfSpellChecker *self,
                                AzqfLang          lang,
                                const char       *word)
{
  g_return_if_fail (AZQF_IS_SPELL_CHECKER (self));
  g_return_if_fail (lang < N_LANGS);
  g_return_if_fail (word != NULL);

  g_mutex_lock (&self->mutex);
  g_hash_table_add (self->ignored[lang], normalise_word (word, strlen (word)));
  g_mutex_unlock (&self->mutex);

  g_signal_emit (self, signals[CHANGED], 0);
}

/* Checking a whole standard */

typedef struct
{
  AzqfSpellChecker *self;
  const char       *standard_code;
  int               lang;              /* -1: both */
  guint             max_suggestions;
  GPtrArray        *result;
} StandardCheck;

static void
check_place (StandardCheck *check,
             const char    *unit_code,
             const char    *outcome_code,
             guint          criterion,
             const char    *field,
             AzqfLang       lang,
             const char    *text)
{
  g_autoptr(GPtrArray) found = NULL;

  if (text == NULL || (check->lang >= 0 && (AzqfLang) check->lang != lang))
    return;

  found = check_text (check->self, text, strlen (text), lang);
  for (guint i = 0; i < found->len; i++)
    {
      AzqfMisspelling *misspelling = g_ptr_array_index (found, i);

      azqf_misspelling_set_place (misspelling, check->standard_code, unit_code, outcome_code,
                                  criterion, field);
      if (check->max_suggestions > 0)
        {
          GHashTable *cache = check->self->suggestions[lang];
          const char *word = azqf_misspelling_get_word (misspelling);
          g_autofree char *key = g_strdup_printf ("%u:%s", check->max_suggestions, word);
          char **suggestions = g_hash_table_lookup (cache, key);

          /* Suggesting is slow (milliseconds a word): once per word. */
          if (suggestions == NULL)
            {
              if (g_hash_table_size (cache) >= MAX_CACHE)
                g_hash_table_remove_all (cache);
              suggestions = suggest (check->self, word, lang, check->max_suggestions);
              g_hash_table_insert (cache, g_steal_pointer (&key), suggestions);
            }
          azqf_misspelling_set_suggestions (misspelling, g_strdupv (suggestions));
        }
      g_ptr_array_add (check->result, azqf_misspelling_ref (misspelling));
    }
}

static void
check_outcomes (StandardCheck *check,
                const char    *unit_code,
                GListModel    *outcomes)
{
  for (guint i = 0; i < g_list_model_get_n_items (outcomes); i++)
    {
      g_autoptr(AzqfOutcome) outcome = g_list_model_get_item (outcomes, i);
      GListModel *criteria = azqf_outcome_get_criteria (outcome);
      const char *code = azqf_outcome_get_code (outcome);

      for (AzqfLang lang = AZQF_LANG_AZ; lang <= AZQF_LANG_EN; lang++)
        check_place (check, unit_code, code, 0, "outcome", lang,
                     azqf_outcome_get_text (outcome, lang));

      for (guint j = 0; j < g_list_model_get_n_items (criteria); j++)
        {
          g_autoptr(AzqfCriterion) criterion = g_list_model_get_item (criteria, j);

          for (AzqfLang lang = AZQF_LANG_AZ; lang <= AZQF_LANG_EN; lang++)
            check_place (check, unit_code, code, j + 1, "criterion", lang,
                         azqf_criterion_get_text (criterion, lang));
        }
    }
}

GPtrArray *
azqf_spell_checker_check_standard (AzqfSpellChecker *self,
                                   AzqfStandard     *standard,
                                   int               lang,
                                   guint             max_suggestions)
{
  static const struct
  {
    AzqfStandardText  field;
    const char       *name;
  } fields[] = {
    { AZQF_STANDARD_TITLE, "title" },
    { AZQF_STANDARD_SUMMARY, "summary" },
    { AZQF_STANDARD_SECTOR, "sector" },
    { AZQF_STANDARD_AWARDING_BODY, "awarding-body" },
    { AZQF_STANDARD_APPROVING_BODY, "approving-body" },
  };
  g_autoptr(GMutexLocker) locker = NULL;
  GListModel *units;
  StandardCheck check;

  g_return_val_if_fail (AZQF_IS_SPELL_CHECKER (self), NULL);
  g_return_val_if_fail (AZQF_IS_STANDARD (standard), NULL);
  g_return_val_if_fail (lang >= -1 && lang < N_LANGS, NULL);

  check.self = self;
  check.standard_code = azqf_standard_get_code (standard);
  check.lang = lang;
  check.max_suggestions = max_suggestions;
  check.result = g_ptr_array_new_with_free_func ((GDestroyNotify) azqf_misspelling_unref);

  locker = g_mutex_locker_new (&self->mutex);

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    for (AzqfLang l = AZQF_LANG_AZ; l <= AZQF_LANG_EN; l++)
      check_place (&check, NULL, NULL, 0, fields[i].name, l,
                   azqf_standard_get_text (standard, fields[i].field, l));

  check_outcomes (&check, NULL, azqf_standard_get_outcomes (standard));

  units = azqf_standard_get_units (standard);
  for (guint i = 0; i < g_list_model_get_n_items (units); i++)
    {
      g_autoptr(AzqfUnit) unit = g_list_model_get_item (units, i);
      const char *code = azqf_unit_get_code (unit);

      for (AzqfLang l = AZQF_LANG_AZ; l <= AZQF_LANG_EN; l++)
        check_place (&check, code, NULL, 0, "unit-title", l, azqf_unit_get_title (unit, l));
      check_outcomes (&check, code, azqf_unit_get_outcomes (unit));
    }

  return check.result;
}

void
_azqf_spell_checker_set_caching (AzqfSpellChecker *self,
                                 gboolean          caching)
{
  g_return_if_fail (AZQF_IS_SPELL_CHECKER (self));

  g_mutex_lock (&self->mutex);
  self->no_cache = !caching;
  for (guint i = 0; i < N_LANGS; i++)
    g_hash_table_remove_all (self->cache[i]);
  g_mutex_unlock (&self->mutex);
}
