/* azqf-lint-verbs.c: the words of an outcome and where its action verb stands
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An Azerbaijani outcome is SOV: its action verb is the predicate at the end
 * ("… maliyyə hesabatlarını təhlil edir"), or an infinitive before
 * "bacarır" ("… təhlil etməyi bacarır"). An English one starts with the verb
 * ("Analyses …"), possibly after "The learner will be able to".
 */

#include "config.h"

#include <string.h>

#include "azqf-analysis.h"
#include "azqf-lint-private.h"
#include "azqf-text.h"

/* English words after which a verb-looking word is a noun of a list
 * ("statements and reports for management"). */
static const char * const en_object_breakers[] = {
  "for", "to", "in", "on", "of", "with", "from", "at", "by", "and", "or",
  "as", "that", "which", "into", "under", "within", "per",
};

static gboolean
is_word_char (gunichar c)
{
  return g_unichar_isalnum (c) || g_unichar_ismark (c);
}

void
_azqf_lint_words_init (Words      *words,
                       const char *text)
{
  int depth = 0;

  words->words = g_array_new (FALSE, FALSE, sizeof (Word));
  words->main = g_array_new (FALSE, FALSE, sizeof (guint));
  words->separators = 0;

  for (const char *p = text; p != NULL && *p != '\0';)
    {
      gunichar c = g_utf8_get_char (p);

      if (is_word_char (c))
        {
          Word word = { p, 0, NULL, depth > 0 };

          while (*p != '\0' && is_word_char (g_utf8_get_char (p)))
            p = g_utf8_next_char (p);
          word.len = p - word.start;
          word.folded = azqf_text_fold (word.start, word.len);
          if (!word.in_parens)
            {
              guint position = words->words->len;

              g_array_append_val (words->main, position);
            }
          g_array_append_val (words->words, word);
          continue;
        }

      if (c == '(' || c == '[')
        depth++;
      else if ((c == ')' || c == ']') && depth > 0)
        depth--;
      else if ((c == ',' || c == ';') && depth == 0)
        words->separators++;

      p = g_utf8_next_char (p);
    }
}

void
_azqf_lint_words_clear (Words *words)
{
  for (guint i = 0; i < words->words->len; i++)
    g_free (g_array_index (words->words, Word, i).folded);
  g_clear_pointer (&words->words, g_array_unref);
  g_clear_pointer (&words->main, g_array_unref);
}

/* The main words first..last (inclusive) as written in the text. */
char *
_azqf_lint_main_text (const Words *words,
                      guint        first,
                      guint        last)
{
  const Word *a = main_word (words, first);
  const Word *b = main_word (words, last);

  return g_strndup (a->start, b->start + b->len - a->start);
}

/* The folded main words [first, end) joined by spaces. */
static char *
join_folded (const Words *words,
             guint        first,
             guint        end)
{
  GString *s = g_string_new (NULL);

  for (guint i = first; i < end; i++)
    {
      if (i > first)
        g_string_append_c (s, ' ');
      g_string_append (s, main_word (words, i)->folded);
    }

  return g_string_free (s, FALSE);
}

static gboolean
has_ending (const char *word,
            GPtrArray  *endings,
            gsize       min_rest)
{
  gsize len = strlen (word);

  for (guint i = 0; i < endings->len; i++)
    {
      const char *ending = g_ptr_array_index (endings, i);
      gsize ending_len = strlen (ending);

      if (len >= ending_len + min_rest && strcmp (word + len - ending_len, ending) == 0)
        return TRUE;
    }

  return FALSE;
}

/* The lexicon phrase that ends just before main word end, longest first. */
static Verb *
lookup_tail (AzqfLinter  *self,
             const Words *words,
             guint        end,
             guint       *n_words)
{
  for (guint k = MIN (self->max_az_words, end); k >= 1; k--)
    {
      g_autofree char *key = join_folded (words, end - k, end);
      Verb *verb = g_hash_table_lookup (self->az_tails, key);

      if (verb != NULL)
        {
          *n_words = k;
          return verb;
        }
    }

  return NULL;
}

static gsize
infinitive_ending_length (AzqfLinter *self,
                          const char *folded)
{
  gsize len = strlen (folded);

  for (guint i = 0; i < self->az_infinitive->len; i++)
    {
      const char *ending = g_ptr_array_index (self->az_infinitive, i);
      gsize ending_len = strlen (ending);

      /* et-mək: a root may have two letters */
      if (len >= ending_len + 2 && strcmp (folded + len - ending_len, ending) == 0)
        return ending_len;
    }

  return 0;
}

/* Where an Azerbaijani sentence ends for its predicate: before a closing
 * "və s." / "və b." (and so on, and others). */
guint
_azqf_lint_az_sentence_end (const Words *words)
{
  static const char * const so_on[] = { "s", "b", "sair", "basqalari", "digerleri" };
  guint n = n_main (words);

  if (n >= 3 && strcmp (main_word (words, n - 2)->folded, "ve") == 0)
    for (guint i = 0; i < G_N_ELEMENTS (so_on); i++)
      if (strcmp (main_word (words, n - 1)->folded, so_on[i]) == 0)
        return n - 2;

  return n;
}

/* "… təhlil etməyi bacarır": the infinitive before a frame predicate; n is
 * where the sentence ends. */
static gboolean
find_az_frame_verb (AzqfLinter  *self,
                    const Words *words,
                    guint        n,
                    VerbSpot    *spot)
{

  for (guint k = MIN (self->max_predicate_words, n - 1); k >= 1; k--)
    {
      g_autofree char *predicate = join_folded (words, n - k, n);
      const char *infinitive;
      g_autofree char *root = NULL;
      gsize ending_len;
      guint at = n - k - 1;

      if (!g_hash_table_contains (self->az_predicates, predicate))
        continue;

      infinitive = main_word (words, at)->folded;
      ending_len = infinitive_ending_length (self, infinitive);
      if (ending_len == 0)
        return FALSE;

      root = g_strndup (infinitive, strlen (infinitive) - ending_len);
      spot->found = TRUE;
      spot->framed = TRUE;
      spot->first = spot->last = at;

      if (at >= 1)
        {
          g_autofree char *compound = g_strconcat (main_word (words, at - 1)->folded, " ", root, NULL);

          spot->verb = g_hash_table_lookup (self->az_roots, compound);
          if (spot->verb != NULL)
            spot->first = at - 1;
        }
      if (spot->verb == NULL)
        spot->verb = g_hash_table_lookup (self->az_roots, root);

      return TRUE;
    }

  return FALSE;
}

static gboolean
is_az_finite (AzqfLinter *self,
              const char *folded)
{
  /* "edir" is a stop word for similarity but the verb of "emal edir" */
  return g_hash_table_contains (self->az_light, folded) ||
         (has_ending (folded, self->az_finite, 2) &&
          !azqf_analysis_is_stop_word (folded, AZQF_LANG_AZ));
}

/* The predicate at the end of an Azerbaijani outcome. */
static void
find_az_verb (AzqfLinter  *self,
              const Words *words,
              VerbSpot    *spot)
{
  guint n = _azqf_lint_az_sentence_end (words);
  guint k = 0;

  memset (spot, 0, sizeof *spot);
  if (n == 0)
    return;

  if (find_az_frame_verb (self, words, n, spot))
    return;

  spot->verb = lookup_tail (self, words, n, &k);
  if (spot->verb != NULL)
    {
      spot->found = TRUE;
      spot->first = n - k;
      spot->last = n - 1;
      return;
    }

  /* A finite verb the lexicon does not know: no finding, no level band. */
  if (is_az_finite (self, main_word (words, n - 1)->folded))
    {
      spot->found = TRUE;
      spot->first = spot->last = n - 1;
    }
}

static guint
match_phrase_at (GPtrArray   *phrases,
                 const Words *words,
                 guint        at)
{
  /* phrases are sorted longest first */
  for (guint i = 0; i < phrases->len; i++)
    {
      char **phrase = g_ptr_array_index (phrases, i);
      guint len = g_strv_length (phrase);
      guint j;

      if (at + len > n_main (words))
        continue;
      for (j = 0; j < len; j++)
        if (strcmp (main_word (words, at + j)->folded, phrase[j]) != 0)
          break;
      if (j == len)
        return len;
    }

  return 0;
}

/* Stems join derived words too (statistical, states → stat): a word is a
 * form of a lexicon verb only if it is about as long (analyse, analysing,
 * analyses), not a noun or adjective made from it. */
static gboolean
is_verb_form (const char *folded,
              const Verb *verb)
{
  gsize len = strlen (folded);

  return len + 3 >= verb->en_first_len && len <= verb->en_first_len + 3;
}

/* The lexicon phrase that starts at main word at, longest first. */
static Verb *
lookup_head (AzqfLinter  *self,
             const Words *words,
             guint        at,
             guint       *n_words)
{
  guint n = n_main (words);
  g_autoptr(GPtrArray) norms = g_ptr_array_new_with_free_func (g_free);

  if (at >= n)
    return NULL;

  for (guint i = at; i < n && i < at + self->max_en_words; i++)
    g_ptr_array_add (norms, _azqf_lint_normalise_en (main_word (words, i)->folded));

  for (guint k = norms->len; k >= 1; k--)
    {
      g_autoptr(GString) key = g_string_new (NULL);
      Verb *verb;

      for (guint i = 0; i < k; i++)
        {
          if (i > 0)
            g_string_append_c (key, ' ');
          g_string_append (key, g_ptr_array_index (norms, i));
        }

      verb = g_hash_table_lookup (self->en_heads, key->str);
      if (verb != NULL && is_verb_form (main_word (words, at)->folded, verb))
        {
          *n_words = k;
          return verb;
        }
    }

  return NULL;
}

static gboolean
is_adverb (const char *folded)
{
  return strlen (folded) > 4 && g_str_has_suffix (folded, "ly");
}

/* "Prepares", "analyses": the 3rd person of a verb, not "process" or "basis". */
static gboolean
looks_like_3rd_person (const char *folded)
{
  return strlen (folded) >= 4 && g_str_has_suffix (folded, "s") &&
         !g_str_has_suffix (folded, "ss") && !g_str_has_suffix (folded, "us") &&
         !g_str_has_suffix (folded, "is") &&
         !azqf_analysis_is_stop_word (folded, AZQF_LANG_EN);
}

/* The verb at the start of an English outcome. */
static void
find_en_verb (AzqfLinter  *self,
              const Words *words,
              VerbSpot    *spot)
{
  guint n = n_main (words);
  guint at = 0;
  guint k = 0;
  gboolean after_modal = FALSE;
  const char *folded;

  memset (spot, 0, sizeof *spot);

  at += match_phrase_at (self->en_subjects, words, at);
  k = match_phrase_at (self->en_modals, words, at);
  if (k > 0)
    {
      at += k;
      after_modal = TRUE;
    }

  /* "Critically interprets …", "Independently checks …" */
  while (at + 1 < n && is_adverb (main_word (words, at)->folded) &&
         lookup_head (self, words, at, &k) == NULL)
    at++;

  if (at >= n)
    return;

  spot->framed = after_modal;
  spot->verb = lookup_head (self, words, at, &k);
  if (spot->verb != NULL)
    {
      spot->found = TRUE;
      spot->first = at;
      spot->last = at + k - 1;
      return;
    }

  folded = main_word (words, at)->folded;
  if ((after_modal && !azqf_analysis_is_stop_word (folded, AZQF_LANG_EN)) ||
      looks_like_3rd_person (folded))
    {
      spot->found = TRUE;
      spot->first = spot->last = at;
    }
}

void
_azqf_lint_find_verb (AzqfLinter  *self,
                      const Words *words,
                      AzqfLang     lang,
                      VerbSpot    *spot)
{
  if (lang == AZQF_LANG_AZ)
    find_az_verb (self, words, spot);
  else
    find_en_verb (self, words, spot);
}

/* "… tərtib edir və … təhlil edir": "və" right after a finite verb, or in
 * a frame after an infinitive ("qurmağı və təhlil etməyi bacarır"). */
gboolean
_azqf_lint_find_az_second_action (AzqfLinter  *self,
                                  const Words *words,
                                  gboolean     framed,
                                  guint       *conjunction,
                                  guint       *first,
                                  guint       *last)
{
  guint n = _azqf_lint_az_sentence_end (words);

  for (guint i = 1; i + 1 < n; i++)
    {
      const char *before;
      guint k = 0;

      if (strcmp (main_word (words, i)->folded, "ve") != 0)
        continue;

      before = main_word (words, i - 1)->folded;
      if (lookup_tail (self, words, i, &k) == NULL)
        {
          if (!g_hash_table_contains (self->az_light, before) &&
              !has_ending (before, self->az_strong, 2) &&
              !(framed && infinitive_ending_length (self, before) > 0))
            continue;
          k = 1;
        }

      *conjunction = i;
      *first = i - k;
      *last = i - 1;
      return TRUE;
    }

  return FALSE;
}

static gboolean
is_object_breaker (const char *folded)
{
  for (guint i = 0; i < G_N_ELEMENTS (en_object_breakers); i++)
    if (strcmp (folded, en_object_breakers[i]) == 0)
      return TRUE;

  return FALSE;
}

/* "Prepares … and analyses the …": "and", then a verb in the 3rd person
 * with an object, not a plural noun ("statements and reports for …"); after
 * a modal the base form ("will be able to build and analyse models"). */
gboolean
_azqf_lint_find_en_second_action (AzqfLinter  *self,
                                  const Words *words,
                                  gboolean     framed,
                                  guint        after,
                                  guint       *conjunction,
                                  guint       *verb)
{
  guint n = n_main (words);

  for (guint i = after + 1; i + 2 < n; i++)
    {
      g_autofree char *norm = NULL;
      const char *candidate;
      const Verb *lexicon_verb;
      guint j = i + 1;

      if (strcmp (main_word (words, i)->folded, "and") != 0)
        continue;

      /* "and critically evaluates" */
      while (j + 2 < n && is_adverb (main_word (words, j)->folded))
        j++;

      candidate = main_word (words, j)->folded;
      if (!looks_like_3rd_person (candidate) &&
          !(framed && !azqf_analysis_is_stop_word (candidate, AZQF_LANG_EN)))
        continue;

      norm = _azqf_lint_normalise_en (candidate);
      lexicon_verb = g_hash_table_lookup (self->en_first_stems, norm);
      if (lexicon_verb == NULL || !is_verb_form (candidate, lexicon_verb) ||
          is_object_breaker (main_word (words, j + 1)->folded))
        continue;

      *conjunction = i;
      *verb = j;
      return TRUE;
    }

  return FALSE;
}
