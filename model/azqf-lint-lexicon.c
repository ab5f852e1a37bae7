/* azqf-lint-lexicon.c: the lint lexicons of resources/lint/, loaded into a linter
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Working lists of the AzQF Studio project, not official ones: vague verbs,
 * action verbs with AzQF level bands, frames and Azerbaijani verb endings.
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "azqf-analysis.h"
#include "azqf-lint-private.h"
#include "azqf-text.h"
#include "resources/azqf-model-resources.h"

#define LEXICON_DIR "/io/github/azqf/Studio/model/lint/"

void
_azqf_lint_verb_free (Verb *verb)
{
  g_free (verb->text[AZQF_LANG_AZ]);
  g_free (verb->text[AZQF_LANG_EN]);
  g_strfreev (verb->instead);
  g_free (verb);
}

/* English words compared for the lexicon: stemmed, with the forms of "be"
 * and "have" joined ("is aware of" = "be aware of"). */
char *
_azqf_lint_normalise_en (const char *folded)
{
  static const char * const be[] = { "is", "are", "am", "be", "been", "being" };
  static const char * const have[] = { "has", "have", "had", "having" };

  for (guint i = 0; i < G_N_ELEMENTS (be); i++)
    if (strcmp (folded, be[i]) == 0)
      return g_strdup ("be");
  for (guint i = 0; i < G_N_ELEMENTS (have); i++)
    if (strcmp (folded, have[i]) == 0)
      return g_strdup ("have");

  return azqf_analysis_stem (folded, AZQF_LANG_EN);
}

static char *
normalise_en_phrase (char **folded_words,
                     guint  n)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *norm = _azqf_lint_normalise_en (folded_words[i]);

      if (i > 0)
        g_string_append_c (s, ' ');
      g_string_append (s, norm);
    }

  return g_string_free (s, FALSE);
}

static gboolean
load_lexicon (const char  *name,
              guint        n_fields,
              gboolean   (*func) (AzqfLinter  *self,
                                  char       **fields,
                                  GError     **error),
              AzqfLinter  *self,
              GError     **error)
{
  g_autofree char *path = g_strconcat (LEXICON_DIR, name, NULL);
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;

  /* Referencing the resource keeps its registering constructor linked in
   * from the static library. */
  (void) azqf_model_get_resource ();

  bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  if (bytes == NULL)
    {
      g_set_error (error, AZQF_LINT_ERROR, AZQF_LINT_ERROR_LEXICON,
                   _("The lint lexicon %s is missing"), name);
      return FALSE;
    }

  text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  lines = g_strsplit (text, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = NULL;
      g_autoptr(GError) local_error = NULL;
      char *line = lines[i];

      g_strchomp (line);
      if (line[0] == '\0' || line[0] == '#')
        continue;

      fields = g_strsplit (line, "\t", -1);
      for (guint j = 0; fields[j] != NULL; j++)
        g_strstrip (fields[j]);

      if (g_strv_length (fields) != n_fields)
        g_set_error (&local_error, AZQF_LINT_ERROR, AZQF_LINT_ERROR_LEXICON,
                     _("expected %u fields separated by tabs"), n_fields);
      else
        func (self, fields, &local_error);

      if (local_error != NULL)
        {
          g_set_error (error, AZQF_LINT_ERROR, AZQF_LINT_ERROR_LEXICON,
                       _("Lint lexicon %s, line %u: %s"), name, i + 1, local_error->message);
          return FALSE;
        }
    }

  return TRUE;
}

static gboolean
parse_lang (const char  *text,
            AzqfLang    *lang,
            GError     **error)
{
  if (azqf_lang_from_string (text, lang))
    return TRUE;

  g_set_error (error, AZQF_LINT_ERROR, AZQF_LINT_ERROR_LEXICON,
               _("unknown language “%s”"), text);
  return FALSE;
}

static guint
count_words (const char *phrase)
{
  guint n = 1;

  for (const char *p = phrase; *p != '\0'; p++)
    if (*p == ' ')
      n++;

  return n;
}

/* The root of an Azerbaijani finite verb, for matching its infinitive:
 * "tehlil edir" → "tehlil et", "hazirlayir" → "hazirla", "bilir" → "bil". */
static char *
infinitive_root (const char *folded_phrase)
{
  gsize len = strlen (folded_phrase);
  const char *last = strrchr (folded_phrase, ' ');
  gsize last_len = last != NULL ? folded_phrase + len - last - 1 : len;
  GString *root = g_string_new_len (folded_phrase, len);

  if (g_str_has_suffix (folded_phrase, "yir") || g_str_has_suffix (folded_phrase, "yur"))
    g_string_truncate (root, len - 3);
  else if ((g_str_has_suffix (folded_phrase, "ir") || g_str_has_suffix (folded_phrase, "ur")) &&
           last_len > 3)
    g_string_truncate (root, len - 2);

  /* et-mək, ed-ir */
  if (g_str_has_suffix (root->str, "ed") && (root->len == 2 || root->str[root->len - 3] == ' '))
    root->str[root->len - 1] = 't';

  return g_string_free (root, FALSE);
}

static void
add_az_verb (AzqfLinter *self,
             Verb       *verb)
{
  g_autofree char *folded = azqf_text_fold (verb->text[AZQF_LANG_AZ], -1);
  char *root = infinitive_root (folded);

  self->max_az_words = MAX (self->max_az_words, count_words (folded));

  /* The vague list is read first: a phrase on both lists stays vague. */
  if (!g_hash_table_contains (self->az_tails, folded))
    g_hash_table_insert (self->az_tails, g_steal_pointer (&folded), verb);
  if (!g_hash_table_contains (self->az_roots, root))
    g_hash_table_insert (self->az_roots, root, verb);
  else
    g_free (root);
}

static void
add_en_verb (AzqfLinter *self,
             Verb       *verb)
{
  g_autofree char *folded = azqf_text_fold (verb->text[AZQF_LANG_EN], -1);
  g_auto(GStrv) parts = g_strsplit (folded, " ", -1);
  guint n = g_strv_length (parts);
  char *key = normalise_en_phrase (parts, n);
  char *first = _azqf_lint_normalise_en (parts[0]);

  verb->en_first_len = strlen (parts[0]);
  self->max_en_words = MAX (self->max_en_words, n);

  if (!g_hash_table_contains (self->en_heads, key))
    g_hash_table_insert (self->en_heads, key, verb);
  else
    g_free (key);

  if (strcmp (first, "be") != 0 && strcmp (first, "have") != 0 &&
      !g_hash_table_contains (self->en_first_stems, first))
    g_hash_table_insert (self->en_first_stems, first, verb);
  else
    g_free (first);
}

static gboolean
parse_vague_verb (AzqfLinter  *self,
                  char       **fields,
                  GError     **error)
{
  Verb *verb;
  AzqfLang lang;

  if (!parse_lang (fields[0], &lang, error))
    return FALSE;

  verb = g_new0 (Verb, 1);
  verb->kind = VERB_VAGUE;
  verb->text[lang] = g_strdup (fields[1]);
  verb->instead = g_strsplit (fields[2], ",", -1);
  for (guint i = 0; verb->instead[i] != NULL; i++)
    g_strstrip (verb->instead[i]);
  g_ptr_array_add (self->verbs, verb);

  if (lang == AZQF_LANG_AZ)
    add_az_verb (self, verb);
  else
    add_en_verb (self, verb);

  return TRUE;
}

static gboolean
parse_level (const char  *text,
             guint       *level,
             GError     **error)
{
  guint64 value;

  if (!g_ascii_string_to_unsigned (text, 10, 1, 8, &value, NULL))
    {
      g_set_error (error, AZQF_LINT_ERROR, AZQF_LINT_ERROR_LEXICON,
                   _("“%s” is not an AzQF level (1–8)"), text);
      return FALSE;
    }

  *level = value;
  return TRUE;
}

static gboolean
parse_action_verb (AzqfLinter  *self,
                   char       **fields,
                   GError     **error)
{
  guint min_level;
  guint max_level;
  Verb *verb;

  if (!parse_level (fields[2], &min_level, error) ||
      !parse_level (fields[3], &max_level, error))
    return FALSE;

  if (min_level > max_level || (strcmp (fields[0], "-") == 0 && strcmp (fields[1], "-") == 0))
    {
      g_set_error (error, AZQF_LINT_ERROR, AZQF_LINT_ERROR_LEXICON,
                   _("a verb needs a text and levels from low to high"));
      return FALSE;
    }

  verb = g_new0 (Verb, 1);
  verb->kind = VERB_ACTION;
  verb->min_level = min_level;
  verb->max_level = max_level;
  if (strcmp (fields[0], "-") != 0)
    verb->text[AZQF_LANG_AZ] = g_strdup (fields[0]);
  if (strcmp (fields[1], "-") != 0)
    verb->text[AZQF_LANG_EN] = g_strdup (fields[1]);
  g_ptr_array_add (self->verbs, verb);

  if (verb->text[AZQF_LANG_AZ] != NULL)
    add_az_verb (self, verb);
  if (verb->text[AZQF_LANG_EN] != NULL)
    add_en_verb (self, verb);

  return TRUE;
}

static gboolean
parse_frame (AzqfLinter  *self,
             char       **fields,
             GError     **error)
{
  g_autofree char *folded = azqf_text_fold (fields[2], -1);
  AzqfLang lang;

  if (!parse_lang (fields[0], &lang, error))
    return FALSE;

  if (lang == AZQF_LANG_EN && strcmp (fields[1], "subject") == 0)
    g_ptr_array_add (self->en_subjects, g_strsplit (folded, " ", -1));
  else if (lang == AZQF_LANG_EN && strcmp (fields[1], "modal") == 0)
    g_ptr_array_add (self->en_modals, g_strsplit (folded, " ", -1));
  else if (lang == AZQF_LANG_AZ && strcmp (fields[1], "predicate") == 0)
    {
      self->max_predicate_words = MAX (self->max_predicate_words, count_words (folded));
      g_hash_table_add (self->az_predicates, g_steal_pointer (&folded));
    }
  else
    {
      g_set_error (error, AZQF_LINT_ERROR, AZQF_LINT_ERROR_LEXICON,
                   _("unknown kind “%s”"), fields[1]);
      return FALSE;
    }

  return TRUE;
}

static gboolean
parse_ending (AzqfLinter  *self,
              char       **fields,
              GError     **error)
{
  char *folded = azqf_text_fold (fields[1], -1);
  GPtrArray *list = NULL;

  if (strcmp (fields[0], "light") == 0)
    {
      g_hash_table_add (self->az_light, folded);
      return TRUE;
    }

  if (strcmp (fields[0], "finite") == 0)
    list = self->az_finite;
  else if (strcmp (fields[0], "strong") == 0)
    list = self->az_strong;
  else if (strcmp (fields[0], "infinitive") == 0)
    list = self->az_infinitive;

  if (list == NULL)
    {
      g_free (folded);
      g_set_error (error, AZQF_LINT_ERROR, AZQF_LINT_ERROR_LEXICON,
                   _("unknown kind “%s”"), fields[0]);
      return FALSE;
    }

  for (guint i = 0; i < list->len; i++)
    if (strcmp (g_ptr_array_index (list, i), folded) == 0)
      {
        g_free (folded);
        return TRUE;
      }

  g_ptr_array_add (list, folded);
  return TRUE;
}

static int
compare_longest_first (gconstpointer a,
                       gconstpointer b)
{
  gsize la = strlen (*(const char * const *) a);
  gsize lb = strlen (*(const char * const *) b);

  return la == lb ? 0 : la > lb ? -1 : 1;
}

static int
compare_longest_phrase_first (gconstpointer a,
                              gconstpointer b)
{
  guint la = g_strv_length (*(char ***) a);
  guint lb = g_strv_length (*(char ***) b);

  return la == lb ? 0 : la > lb ? -1 : 1;
}
gboolean
_azqf_lint_load_lexicons (AzqfLinter  *self,
                          GError     **error)
{
  if (!load_lexicon ("vague-verbs.tsv", 3, parse_vague_verb, self, error) ||
      !load_lexicon ("action-verbs.tsv", 4, parse_action_verb, self, error) ||
      !load_lexicon ("frames.tsv", 3, parse_frame, self, error) ||
      !load_lexicon ("verb-endings-az.tsv", 2, parse_ending, self, error))
    return FALSE;

  g_ptr_array_sort (self->en_subjects, compare_longest_phrase_first);
  g_ptr_array_sort (self->en_modals, compare_longest_phrase_first);
  g_ptr_array_sort (self->az_finite, compare_longest_first);
  g_ptr_array_sort (self->az_strong, compare_longest_first);
  g_ptr_array_sort (self->az_infinitive, compare_longest_first);

  return TRUE;
}
