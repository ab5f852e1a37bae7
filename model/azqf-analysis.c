/* azqf-analysis.c: words of an outcome, stemmed and folded, for similarity
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Both stemmers are deliberately light: they only have to bring the forms
 * of one word together (hesabat, hesabatı, hesabatlarını; analyse, analyses,
 * analysing, analysis) so outcomes and descriptors can be compared. A stem
 * need not be a dictionary word, it must only be the same for every form.
 */

#include "config.h"

#include <string.h>

#include "azqf-analysis.h"
#include "resources/azqf-model-resources.h"
#include "azqf-text.h"

#define RESOURCE_DIR "/io/github/azqf/Studio/model/analysis/"

/* Stems keep at least this many letters (product decision, issue 4). */
#define MIN_STEM_CHARS 3

/* The inflection slots of an Azerbaijani word, from its end inwards. */
typedef enum
{
  SLOT_CASE,
  SLOT_POSSESSIVE,
  SLOT_PLURAL,
  SLOT_VERB,
  N_SLOTS
} Slot;

typedef struct
{
  GHashTable *stop_words[2];  /* folded word → itself */
  GHashTable *synonyms[2];    /* stem → the stem that stands for its line */
  GPtrArray  *slots[N_SLOTS]; /* folded suffixes, longest first */
  GPtrArray  *derivational;
} AnalysisData;

static const char * const slot_names[N_SLOTS] = {
  [SLOT_CASE] = "case",
  [SLOT_POSSESSIVE] = "possessive",
  [SLOT_PLURAL] = "plural",
  [SLOT_VERB] = "verb",
};

/* English derivational endings, longest first; up to two come off. */
static const char * const en_derivational[] = {
  "isation", "ization", "ational", "ation", "ition", "ement", "ative",
  "ment", "ness", "ical", "ance", "ence", "ator", "ise", "ize", "ive",
  "ate", "ity", "ant", "ent", "ism", "ist", "al", "er", "or", "ic",
};

/* Data files */

static GBytes *
load_resource (const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_strconcat (RESOURCE_DIR, name, NULL);
  GBytes *bytes;

  /* Referencing the resource keeps its registering constructor linked in
   * from the static library. */
  (void) azqf_model_get_resource ();

  bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  if (bytes == NULL)
    g_critical ("Cannot load %s: %s", path, error->message);

  return bytes;
}

/* Calls func for each line that is not empty or a comment, stripped. */
static void
foreach_line (const char *name,
              void      (*func) (char *line, gpointer user_data),
              gpointer    user_data)
{
  g_autoptr(GBytes) bytes = load_resource (name);
  g_auto(GStrv) lines = NULL;

  if (bytes == NULL)
    return;

  {
    g_autofree char *text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));

    lines = g_strsplit (text, "\n", -1);
  }

  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *line = g_strstrip (lines[i]);

      if (line[0] == '\0' || line[0] == '#')
        continue;
      func (line, user_data);
    }
}

static void
add_stop_word (char     *line,
               gpointer  user_data)
{
  GHashTable *table = user_data;
  char *folded = azqf_text_fold (line, -1);

  g_hash_table_add (table, folded);
}

static int
compare_longest_first (gconstpointer a,
                       gconstpointer b)
{
  const char *sa = *(const char * const *) a;
  const char *sb = *(const char * const *) b;
  gsize la = strlen (sa);
  gsize lb = strlen (sb);

  if (la != lb)
    return la > lb ? -1 : 1;
  return strcmp (sa, sb);
}

typedef struct
{
  AnalysisData *data;
  GPtrArray    *current; /* the section being read, or NULL */
} SuffixReader;

static void
add_suffix (char     *line,
            gpointer  user_data)
{
  SuffixReader *reader = user_data;
  g_autofree char *folded = NULL;

  if (line[0] == '[')
    {
      reader->current = NULL;
      if (strcmp (line, "[derivational]") == 0)
        reader->current = reader->data->derivational;
      for (guint i = 0; i < N_SLOTS; i++)
        {
          g_autofree char *header = g_strdup_printf ("[%s]", slot_names[i]);

          if (strcmp (line, header) == 0)
            reader->current = reader->data->slots[i];
        }
      if (reader->current == NULL)
        g_critical ("Unknown section %s in suffixes-az.txt", line);
      return;
    }

  if (reader->current == NULL)
    {
      g_critical ("Suffix “%s” outside a section in suffixes-az.txt", line);
      return;
    }

  /* Harmony variants fold to one suffix: keep one copy. */
  folded = azqf_text_fold (line, -1);
  for (guint i = 0; i < reader->current->len; i++)
    if (strcmp (g_ptr_array_index (reader->current, i), folded) == 0)
      return;
  g_ptr_array_add (reader->current, g_steal_pointer (&folded));
}

/* Stemming */

static gboolean
has_min_chars (const char *word,
               gsize       len)
{
  glong chars = 0;

  for (const char *p = word; p < word + len; p = g_utf8_next_char (p))
    if (++chars >= MIN_STEM_CHARS)
      return TRUE;

  return FALSE;
}

static gboolean
ends_with (const char *word,
           gsize       len,
           const char *suffix,
           gsize       suffix_len)
{
  return suffix_len < len && memcmp (word + len - suffix_len, suffix, suffix_len) == 0;
}

static gboolean
is_folded_vowel (char c)
{
  return c != '\0' && strchr ("aeiou", c) != NULL;
}

/* Azerbaijani joins a suffix to a stem without two vowels meeting: a suffix
 * that starts with a vowel follows a consonant (hesabat-ı), one that starts
 * with the buffer consonants s, n or y follows a vowel (vergi-si, qayda-ya). */
static gboolean
fits_stem (const char *word,
           gsize       stem_len,
           const char *suffix)
{
  gboolean after_vowel = is_folded_vowel (word[stem_len - 1]);

  if (is_folded_vowel (suffix[0]))
    return !after_vowel;
  if (strchr ("sny", suffix[0]) != NULL && suffix[1] != '\0')
    return after_vowel;
  return TRUE;
}

/* The shortest length of word reachable by stripping at most one suffix of
 * each slot from slot on, keeping MIN_STEM_CHARS letters. */
static gsize
strip_chain (const AnalysisData *data,
             const char         *word,
             gsize               len,
             guint               slot)
{
  gsize best = len;

  if (slot == N_SLOTS)
    return len;

  best = strip_chain (data, word, len, slot + 1);

  for (guint i = 0; i < data->slots[slot]->len; i++)
    {
      const char *suffix = g_ptr_array_index (data->slots[slot], i);
      gsize suffix_len = strlen (suffix);
      gsize rest;

      if (!ends_with (word, len, suffix, suffix_len) ||
          !has_min_chars (word, len - suffix_len) ||
          !fits_stem (word, len - suffix_len, suffix))
        continue;

      rest = strip_chain (data, word, len - suffix_len, slot + 1);
      if (rest < best)
        best = rest;
    }

  return best;
}

/* One round: the longest chain of inflections, one derivational suffix and
 * a buffer consonant. Returns the new length. */
static gsize
stem_az_round (const AnalysisData *data,
               const char         *folded,
               gsize               len)
{
  len = strip_chain (data, folded, len, 0);

  for (guint i = 0; i < data->derivational->len; i++)
    {
      const char *suffix = g_ptr_array_index (data->derivational, i);
      gsize suffix_len = strlen (suffix);

      if (ends_with (folded, len, suffix, suffix_len) &&
          has_min_chars (folded, len - suffix_len))
        {
          len -= suffix_len;
          break;
        }
    }

  /* əsas-ı or əsa-sı, maliyyə-ni or maliyyən-i: after a vowel, s, n and y
   * may be a buffer consonant or the stem's own, so they always go … */
  if (len >= 2 && strchr ("sny", folded[len - 1]) != NULL &&
      is_folded_vowel (folded[len - 2]) && has_min_chars (folded, len - 1))
    len--;

  return len;
}

/* folded is azqf_text_fold () output; shortened in place. Rounds repeat
 * until nothing changes, so every form of a word ends in the same stem even
 * where one round took part of the stem for a suffix (qay-da, qayda-lar-ı-na). */
static void
stem_az (const AnalysisData *data,
         char               *folded)
{
  gsize len = strlen (folded);

  for (guint round = 0; round < 8; round++)
    {
      gsize shorter = stem_az_round (data, folded, len);

      if (shorter == len)
        break;
      len = shorter;
    }

  /* A final vowel goes too: the dative -a of qayda-ya cannot be told from
   * the a of qayda. */
  if (len > 0 && is_folded_vowel (folded[len - 1]) && has_min_chars (folded, len - 1))
    len--;

  folded[len] = '\0';
}

static gboolean
is_en_vowel (char c)
{
  return c != '\0' && strchr ("aeiouy", c) != NULL;
}

static gboolean
en_ends (const char *w,
         gsize       n,
         const char *suffix)
{
  gsize suffix_len = strlen (suffix);

  return suffix_len <= n && memcmp (w + n - suffix_len, suffix, suffix_len) == 0;
}

static gboolean
en_has_vowel (const char *w,
              gsize       n)
{
  for (gsize i = 0; i < n; i++)
    if (is_en_vowel (w[i]))
      return TRUE;
  return FALSE;
}

/* After -ing or -ed came off: evaluat → evaluate, plann → plan, us → use. */
static gsize
en_restore (char  *w,
            gsize  n)
{
  if (en_ends (w, n, "at") || en_ends (w, n, "bl") || en_ends (w, n, "iz"))
    {
      w[n++] = 'e';
      return n;
    }

  if (n >= 2 && w[n - 1] == w[n - 2] && strchr ("bdfgmnprt", w[n - 1]) != NULL)
    return n - 1;

  if (n <= 3 && !is_en_vowel (w[n - 1]))
    w[n++] = 'e';

  return n;
}

/* A compact subset of Porter2: plural and verb endings, -ly, up to two
 * derivational endings, a final e. w is folded ASCII, shortened in place. */
static void
stem_en (char *w)
{
  gsize n = strlen (w);

  if (n <= 3)
    return;

  for (gsize i = 0; i < n; i++)
    if (!g_ascii_islower (w[i]))
      return;

  /* plurals and the 3rd person */
  if (en_ends (w, n, "sses"))
    n -= 2;
  else if (en_ends (w, n, "ies"))
    {
      n -= 3;
      w[n++] = 'y';
    }
  else if (en_ends (w, n, "sis"))
    n -= 2;
  else if (en_ends (w, n, "ss") || en_ends (w, n, "us") || en_ends (w, n, "is"))
    ;
  else if (en_ends (w, n, "s"))
    n -= 1;

  /* past and -ing */
  if (en_ends (w, n, "eed"))
    {
      if (n > 4)
        n -= 1;
    }
  else if (en_ends (w, n, "ied") && n > 4)
    {
      n -= 3;
      w[n++] = 'y';
    }
  else if (en_ends (w, n, "ing") && n >= 5 && en_has_vowel (w, n - 3))
    n = en_restore (w, n - 3);
  else if (en_ends (w, n, "ed") && n >= 4 && en_has_vowel (w, n - 2))
    n = en_restore (w, n - 2);

  /* adverbs: critically → critical (apply, supply keep their y) */
  if (en_ends (w, n, "ly") && n > 5 && !en_ends (w, n, "ply"))
    n -= 2;

  for (guint round = 0; round < 2; round++)
    {
      gboolean stripped = FALSE;

      for (guint i = 0; i < G_N_ELEMENTS (en_derivational); i++)
        {
          gsize suffix_len = strlen (en_derivational[i]);

          if (n >= suffix_len + MIN_STEM_CHARS && en_ends (w, n, en_derivational[i]))
            {
              n -= suffix_len;
              stripped = TRUE;
              break;
            }
        }

      if (!stripped)
        break;
    }

  if (n > MIN_STEM_CHARS && w[n - 1] == 'e')
    n--;

  w[n] = '\0';
}

/* The stem of a folded word without the synonym mapping: a new string. */
static char *
stem_folded (const AnalysisData *data,
             const char         *folded,
             AzqfLang            lang)
{
  char *stem = g_strdup (folded);

  if (lang == AZQF_LANG_AZ)
    stem_az (data, stem);
  else
    stem_en (stem);

  return stem;
}

typedef struct
{
  AnalysisData *data;
  AzqfLang      lang;
} SynonymReader;

static void
add_synonyms (char     *line,
              gpointer  user_data)
{
  SynonymReader *reader = user_data;
  GHashTable *table = reader->data->synonyms[reader->lang];
  g_auto(GStrv) words = g_strsplit_set (line, " \t", -1);
  g_autofree char *canonical = NULL;

  for (guint i = 0; words[i] != NULL; i++)
    {
      g_autofree char *folded = NULL;
      g_autofree char *stem = NULL;

      if (words[i][0] == '\0')
        continue;

      folded = azqf_text_fold (words[i], -1);
      stem = stem_folded (reader->data, folded, reader->lang);

      if (canonical == NULL)
        {
          /* A word already mapped stands for its first line everywhere. */
          const char *earlier = g_hash_table_lookup (table, stem);

          canonical = g_strdup (earlier != NULL ? earlier : stem);
          continue;
        }

      if (strcmp (stem, canonical) != 0 && !g_hash_table_contains (table, stem))
        g_hash_table_insert (table, g_steal_pointer (&stem), g_strdup (canonical));
    }
}

static gpointer
load_data (gpointer user_data)
{
  AnalysisData *data = g_new0 (AnalysisData, 1);
  SuffixReader suffix_reader = { data, NULL };
  static const char * const stop_files[2] = { "stopwords-az.txt", "stopwords-en.txt" };
  static const char * const synonym_files[2] = { "synonyms-az.txt", "synonyms-en.txt" };

  for (guint i = 0; i < N_SLOTS; i++)
    data->slots[i] = g_ptr_array_new_with_free_func (g_free);
  data->derivational = g_ptr_array_new_with_free_func (g_free);

  foreach_line ("suffixes-az.txt", add_suffix, &suffix_reader);
  for (guint i = 0; i < N_SLOTS; i++)
    g_ptr_array_sort (data->slots[i], compare_longest_first);
  g_ptr_array_sort (data->derivational, compare_longest_first);

  for (guint lang = 0; lang < 2; lang++)
    {
      SynonymReader synonym_reader = { data, lang };

      data->stop_words[lang] = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      foreach_line (stop_files[lang], add_stop_word, data->stop_words[lang]);

      data->synonyms[lang] = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
      foreach_line (synonym_files[lang], add_synonyms, &synonym_reader);
    }

  return data;
}

/* Loaded once, never freed, read-only afterwards: safe from any thread. */
static const AnalysisData *
get_data (void)
{
  static GOnce once = G_ONCE_INIT;

  return g_once (&once, load_data, NULL);
}

static char *
stem_and_map (const AnalysisData *data,
              const char         *folded,
              AzqfLang            lang)
{
  char *stem = stem_folded (data, folded, lang);
  const char *canonical = g_hash_table_lookup (data->synonyms[lang], stem);

  if (canonical != NULL)
    {
      g_free (stem);
      stem = g_strdup (canonical);
    }

  return stem;
}

/* Terms */

static void
azqf_term_free (AzqfTerm *term)
{
  g_free (term->word);
  g_free (term->stem);
  g_free (term);
}

static gboolean
is_word_char (gunichar c)
{
  return g_unichar_isalnum (c) || g_unichar_ismark (c);
}

GPtrArray *
azqf_analysis_terms (const char *text,
                     AzqfLang    lang)
{
  const AnalysisData *data;
  GPtrArray *terms;
  const char *p;

  g_return_val_if_fail (lang == AZQF_LANG_AZ || lang == AZQF_LANG_EN, NULL);

  terms = g_ptr_array_new_with_free_func ((GDestroyNotify) azqf_term_free);
  if (text == NULL)
    return terms;

  data = get_data ();
  p = text;

  while (*p != '\0')
    {
      const char *start;
      gboolean has_letter = FALSE;
      glong chars = 0;

      if (!is_word_char (g_utf8_get_char (p)))
        {
          p = g_utf8_next_char (p);
          continue;
        }

      start = p;
      while (*p != '\0' && is_word_char (g_utf8_get_char (p)))
        {
          if (g_unichar_isalpha (g_utf8_get_char (p)))
            has_letter = TRUE;
          chars++;
          p = g_utf8_next_char (p);
        }

      /* Single letters (the s of processor's) and numbers say nothing. */
      if (chars >= 2 && has_letter)
        {
          g_autofree char *folded = azqf_text_fold (start, p - start);

          if (!g_hash_table_contains (data->stop_words[lang], folded))
            {
              AzqfTerm *term = g_new0 (AzqfTerm, 1);

              term->word = g_strndup (start, p - start);
              term->stem = stem_and_map (data, folded, lang);
              term->start = start - text;
              term->end = p - text;
              g_ptr_array_add (terms, term);
            }
        }
    }

  return terms;
}

char *
azqf_analysis_stem (const char *word,
                    AzqfLang    lang)
{
  g_autofree char *folded = NULL;

  g_return_val_if_fail (word != NULL, NULL);
  g_return_val_if_fail (lang == AZQF_LANG_AZ || lang == AZQF_LANG_EN, NULL);

  folded = azqf_text_fold (word, -1);
  return stem_and_map (get_data (), folded, lang);
}

gboolean
azqf_analysis_is_stop_word (const char *word,
                            AzqfLang    lang)
{
  g_autofree char *folded = NULL;

  g_return_val_if_fail (word != NULL, FALSE);
  g_return_val_if_fail (lang == AZQF_LANG_AZ || lang == AZQF_LANG_EN, FALSE);

  folded = azqf_text_fold (word, -1);
  return g_hash_table_contains (get_data ()->stop_words[lang], folded);
}

/* Dice's coefficient on the sets of stems: 2 |A ∩ B| / (|A| + |B|). Each
 * stem counts once, so a word repeated in a long descriptor does not
 * outweigh the rest. */
double
azqf_analysis_similarity (GPtrArray  *a,
                          GPtrArray  *b,
                          GPtrArray **matched)
{
  g_autoptr(GHashTable) stems_a = NULL;
  g_autoptr(GHashTable) stems_b = NULL;
  guint shared = 0;

  g_return_val_if_fail (a != NULL, 0.0);
  g_return_val_if_fail (b != NULL, 0.0);

  if (matched != NULL)
    *matched = g_ptr_array_new_with_free_func (g_free);

  stems_a = g_hash_table_new (g_str_hash, g_str_equal);
  stems_b = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < b->len; i++)
    g_hash_table_add (stems_b, ((AzqfTerm *) g_ptr_array_index (b, i))->stem);

  for (guint i = 0; i < a->len; i++)
    {
      AzqfTerm *term = g_ptr_array_index (a, i);

      if (!g_hash_table_add (stems_a, term->stem))
        continue;

      if (g_hash_table_contains (stems_b, term->stem))
        {
          shared++;
          if (matched != NULL)
            g_ptr_array_add (*matched, g_strdup (term->word));
        }
    }

  if (g_hash_table_size (stems_a) + g_hash_table_size (stems_b) == 0)
    return 0.0;

  return 2.0 * shared / (g_hash_table_size (stems_a) + g_hash_table_size (stems_b));
}
