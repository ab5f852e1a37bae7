/* azqf-lint.c: the bilingual outcome linter
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An Azerbaijani outcome is SOV: its action verb is the predicate at the end
 * ("… maliyyə hesabatlarını təhlil edir"), or an infinitive before
 * "bacarır" ("… təhlil etməyi bacarır"). An English one starts with the verb
 * ("Analyses …"), possibly after "The learner will be able to". The linter
 * looks for the verb there, in the lexicons of resources/lint/ (a working
 * list of the project, not an official one).
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "azqf-analysis.h"
#include "azqf-finding.h"
#include "azqf-lint.h"
#include "azqf-outcome.h"
#include "azqf-standard.h"
#include "azqf-text.h"
#include "azqf-unit.h"
#include "resources/azqf-model-resources.h"

#define LEXICON_DIR "/io/github/azqf/Studio/model/lint/"

/* The thresholds of issue 4. */
#define MIN_WORDS              4
#define MAX_WORDS              40
#define MAX_WORD_RATIO         2.2
#define MIN_CLAUSE_DIFFERENCE  2
#define DUPLICATE_THRESHOLD    0.85
/* A verb is "clearly" off when the level lies this far outside its band. */
#define LEVEL_MARGIN           2
#define N_SUGGESTED_VERBS      3

typedef enum
{
  VERB_ACTION,
  VERB_VAGUE,
} VerbKind;

typedef struct
{
  VerbKind  kind;
  char     *text[2];     /* as written in the lexicon; NULL where none */
  guint     min_level;   /* action verbs */
  guint     max_level;
  char    **instead;     /* vague verbs: action verbs to use instead */
  gsize     en_first_len; /* bytes of the folded first English word */
} Verb;

struct _AzqfLinter
{
  GObject     parent_instance;

  GPtrArray  *verbs;           /* Verb, in lexicon order */
  GHashTable *az_tails;        /* folded phrase ("tehlil edir") → Verb */
  GHashTable *az_roots;        /* folded infinitive root ("tehlil et") → Verb */
  GHashTable *en_heads;        /* normalised stems ("analys") → Verb */
  GHashTable *en_first_stems;  /* normalised stem of an English verb's first word → Verb */
  GHashTable *az_predicates;   /* folded frame predicates ("bacarir") */
  GHashTable *az_light;        /* folded light verbs ("edir") */
  GPtrArray  *en_subjects;     /* GStrv of folded words */
  GPtrArray  *en_modals;
  GPtrArray  *az_finite;       /* folded endings, longest first */
  GPtrArray  *az_strong;
  GPtrArray  *az_infinitive;
  guint       max_az_words;
  guint       max_en_words;
  guint       max_predicate_words;
};

G_DEFINE_FINAL_TYPE (AzqfLinter, azqf_linter, G_TYPE_OBJECT)

G_DEFINE_QUARK (azqf-lint-error-quark, azqf_lint_error)

static const struct
{
  const char *id;
  const char *name;
  const char *explanation;
} rules[] = {
  { "lint.vague-verb", N_("Vague verb"),
    N_("Verbs like “knows” or “understands” (“bilir”, “başa düşür”) name a state of mind that nobody can observe, so the outcome cannot be assessed. An outcome says what the learner does: explains, calculates, designs.") },
  { "lint.no-action-verb", N_("No action verb"),
    N_("An outcome is one sentence built on an action verb: in Azerbaijani the predicate stands at the end (“… təhlil edir”), in English the verb comes first (“Analyses …”). Without one the sentence names a topic, not an outcome.") },
  { "lint.double-barrelled", N_("Two actions in one outcome"),
    N_("An outcome that joins two actions with “və” / “and” cannot be assessed as one: a learner may manage one and not the other. Write one outcome per action.") },
  { "lint.length", N_("Length"),
    N_("An outcome of fewer than 4 words says too little about what the learner does, with what and in which context; one of more than 40 words usually holds several outcomes or assessment criteria.") },
  { "lint.missing-translation", N_("Missing translation"),
    N_("Every outcome is written in Azerbaijani and in English, and the register needs both. A missing text is an error once the standard is approved or registered.") },
  { "lint.translation-mismatch", N_("Translations differ"),
    N_("The Azerbaijani and English texts of an outcome should say the same. Very different lengths or numbers of parts suggest that one says more than the other.") },
  { "lint.verb-level", N_("Verb does not suit the level"),
    N_("Action verbs suit a range of levels: listing and describing the lower ones, analysing, evaluating and designing the higher ones. A verb whose range lies well away from the outcome’s level asks too little or too much of the learner. The ranges come from a working list of the AzQF Studio project, not an official one.") },
  { "lint.duplicate", N_("Duplicate outcome"),
    N_("Two outcomes that say (nearly) the same are assessed twice and blur the structure of the standard: merge them, or make them say different things.") },
};

static const char * const rule_ids[] = {
  "lint.vague-verb",
  "lint.no-action-verb",
  "lint.double-barrelled",
  "lint.length",
  "lint.missing-translation",
  "lint.translation-mismatch",
  "lint.verb-level",
  "lint.duplicate",
  NULL
};

/* English words after which a verb-looking word is a noun of a list
 * ("statements and reports for management"). */
static const char * const en_object_breakers[] = {
  "for", "to", "in", "on", "of", "with", "from", "at", "by", "and", "or",
  "as", "that", "which", "into", "under", "within", "per",
};

static void
verb_free (Verb *verb)
{
  g_free (verb->text[AZQF_LANG_AZ]);
  g_free (verb->text[AZQF_LANG_EN]);
  g_strfreev (verb->instead);
  g_free (verb);
}

/* Words of a text */

typedef struct
{
  const char *start;     /* in the text */
  gsize       len;
  char       *folded;
  gboolean    in_parens;
} Word;

typedef struct
{
  GArray *words;       /* Word: every word, counted for the length */
  GArray *main;        /* guint: indices of the words outside parentheses */
  guint   separators;  /* , and ; outside parentheses */
} Words;

static gboolean
is_word_char (gunichar c)
{
  return g_unichar_isalnum (c) || g_unichar_ismark (c);
}

static void
words_init (Words      *words,
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

static void
words_clear (Words *words)
{
  for (guint i = 0; i < words->words->len; i++)
    g_free (g_array_index (words->words, Word, i).folded);
  g_clear_pointer (&words->words, g_array_unref);
  g_clear_pointer (&words->main, g_array_unref);
}

static inline guint
n_main (const Words *words)
{
  return words->main->len;
}

static inline const Word *
main_word (const Words *words,
           guint        i)
{
  return &g_array_index (words->words, Word, g_array_index (words->main, guint, i));
}

/* The main words first..last (inclusive) as written in the text. */
static char *
main_text (const Words *words,
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

/* English words compared for the lexicon: stemmed, with the forms of "be"
 * and "have" joined ("is aware of" = "be aware of"). */
static char *
normalise_en (const char *folded)
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
      g_autofree char *norm = normalise_en (folded_words[i]);

      if (i > 0)
        g_string_append_c (s, ' ');
      g_string_append (s, norm);
    }

  return g_string_free (s, FALSE);
}

/* Lexicons */

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
  char *first = normalise_en (parts[0]);

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

/* Finding the verb */

typedef struct
{
  gboolean  found;   /* a verb stands where it should */
  Verb     *verb;    /* its lexicon entry, or NULL for a verb the lexicon lacks */
  guint     first;   /* main words of the verb */
  guint     last;
  gboolean  framed;  /* an infinitive before "bacarır", a base form after "can" */
} VerbSpot;

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
static guint
az_sentence_end (const Words *words)
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
  guint n = az_sentence_end (words);
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
    g_ptr_array_add (norms, normalise_en (main_word (words, i)->folded));

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

static void
find_verb (AzqfLinter  *self,
           const Words *words,
           AzqfLang     lang,
           VerbSpot    *spot)
{
  if (lang == AZQF_LANG_AZ)
    find_az_verb (self, words, spot);
  else
    find_en_verb (self, words, spot);
}

/* Findings */

typedef struct
{
  AzqfLinter   *self;
  AzqfStandard *standard;
  const char   *standard_code;
  const char   *unit_code;
  const char   *outcome_code;
  guint         level;        /* of the unit, else of the standard; 0 = none */
  GPtrArray    *findings;
} Check;

static const char *
rule_explanation (const char *rule_id)
{
  for (guint i = 0; i < G_N_ELEMENTS (rules); i++)
    if (strcmp (rules[i].id, rule_id) == 0)
      return _(rules[i].explanation);

  return NULL;
}

static void
add_finding (Check        *check,
             AzqfSeverity  severity,
             const char   *rule_id,
             int           lang,
             const char   *message,
             const char   *suggestion)
{
  AzqfFinding *finding = azqf_finding_new (severity, rule_id, message,
                                           check->standard_code, check->unit_code,
                                           check->outcome_code, NULL);

  azqf_finding_set_lang (finding, lang);
  azqf_finding_set_explanation (finding, rule_explanation (rule_id));
  if (suggestion != NULL)
    azqf_finding_set_suggestion (finding, suggestion);
  g_ptr_array_add (check->findings, finding);
}

/* “a”, “b”, “c” */
static char *
quote_list (const char * const *items,
            guint               n)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < n && items[i] != NULL; i++)
    {
      if (i > 0)
        g_string_append (s, ", ");
      g_string_append_printf (s, "“%s”", items[i]);
    }

  return g_string_free (s, FALSE);
}

typedef struct
{
  const Verb *verb;
  guint       distance;  /* of the band's middle from the level, doubled */
  guint       order;
} Candidate;

static int
compare_candidates (gconstpointer a,
                    gconstpointer b)
{
  const Candidate *x = a;
  const Candidate *y = b;

  if (x->distance != y->distance)
    return x->distance < y->distance ? -1 : 1;
  return x->order < y->order ? -1 : x->order > y->order;
}

/* Action verbs of lang that suit level (all levels when 0), the closest
 * fit first: a new quoted list. */
static char *
suggest_verbs (AzqfLinter *self,
               AzqfLang    lang,
               guint       level)
{
  g_autoptr(GArray) candidates = g_array_new (FALSE, FALSE, sizeof (Candidate));
  const char *texts[N_SUGGESTED_VERBS + 1] = { NULL };
  guint target = level != 0 ? level : 4;

  for (guint i = 0; i < self->verbs->len; i++)
    {
      const Verb *verb = g_ptr_array_index (self->verbs, i);
      Candidate candidate = { verb, 0, i };
      int middle2 = verb->min_level + verb->max_level;

      if (verb->kind != VERB_ACTION || verb->text[lang] == NULL ||
          target < verb->min_level || target > verb->max_level)
        continue;

      candidate.distance = ABS (middle2 - 2 * (int) target);
      g_array_append_val (candidates, candidate);
    }

  g_array_sort (candidates, compare_candidates);
  for (guint i = 0; i < candidates->len && i < N_SUGGESTED_VERBS; i++)
    texts[i] = g_array_index (candidates, Candidate, i).verb->text[lang];

  return quote_list (texts, N_SUGGESTED_VERBS);
}

static guint
count_clauses (const Words *words,
               AzqfLang     lang)
{
  const char *conjunction = lang == AZQF_LANG_AZ ? "ve" : "and";
  guint n = words->separators + 1;

  for (guint i = 0; i < n_main (words); i++)
    if (strcmp (main_word (words, i)->folded, conjunction) == 0)
      n++;

  return n;
}

static void
check_vague_or_missing_verb (Check       *check,
                             const Words *words,
                             AzqfLang     lang,
                             VerbSpot    *spot)
{
  AzqfLinter *self = check->self;
  g_autofree char *verb_text = NULL;
  g_autofree char *message = NULL;
  g_autofree char *suggestion = NULL;
  g_autofree char *verbs = NULL;

  if (spot->found && spot->verb != NULL && spot->verb->kind == VERB_VAGUE)
    {
      verb_text = main_text (words, spot->first, spot->last);
      verbs = quote_list ((const char * const *) spot->verb->instead, N_SUGGESTED_VERBS);
      message = g_strdup_printf (_("“%s” is a vague verb: what the learner does cannot be observed or assessed"),
                                 verb_text);
      suggestion = g_strdup_printf (_("Use an action verb instead, e.g. %s"), verbs);
      add_finding (check, AZQF_SEVERITY_WARNING, "lint.vague-verb", lang, message, suggestion);
      return;
    }

  if (spot->found || n_main (words) == 0)
    return;

  verbs = suggest_verbs (self, lang, check->level);
  if (lang == AZQF_LANG_AZ)
    {
      guint end = az_sentence_end (words);
      const Word *last = main_word (words, (end > 0 ? end : n_main (words)) - 1);

      verb_text = g_strndup (last->start, last->len);
      message = g_strdup_printf (_("The Azerbaijani text does not end in an action verb (it ends in “%s”)"),
                                 verb_text);
      suggestion = g_strdup_printf (_("End the sentence with what the learner does, e.g. %s"), verbs);
    }
  else
    {
      const Word *first = main_word (words, 0);

      verb_text = g_strndup (first->start, first->len);
      message = g_strdup_printf (_("The English text does not start with an action verb (it starts with “%s”)"),
                                 verb_text);
      suggestion = g_strdup_printf (_("Start with what the learner does, e.g. %s"), verbs);
    }

  add_finding (check, AZQF_SEVERITY_WARNING, "lint.no-action-verb", lang, message, suggestion);
}

/* "… tərtib edir və … təhlil edir": "və" right after a finite verb, or in
 * a frame after an infinitive ("qurmağı və təhlil etməyi bacarır"). */
static gboolean
find_az_second_action (AzqfLinter  *self,
                       const Words *words,
                       gboolean     framed,
                       guint       *conjunction,
                       guint       *first,
                       guint       *last)
{
  guint n = az_sentence_end (words);

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
static gboolean
find_en_second_action (AzqfLinter  *self,
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

      norm = normalise_en (candidate);
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

static void
check_double_barrelled (Check       *check,
                        const Words *words,
                        AzqfLang     lang,
                        VerbSpot    *spot)
{
  g_autofree char *message = NULL;
  g_autofree char *and_text = NULL;
  g_autofree char *first_text = NULL;
  g_autofree char *second_text = NULL;
  guint conjunction = 0;
  guint first = 0;
  guint last = 0;

  if (!spot->found)
    return;

  if (lang == AZQF_LANG_AZ)
    {
      if (!find_az_second_action (check->self, words, spot->framed, &conjunction, &first, &last))
        return;
      first_text = main_text (words, first, last);
      second_text = main_text (words, spot->first, spot->last);
    }
  else
    {
      if (!find_en_second_action (check->self, words, spot->framed, spot->last, &conjunction, &first))
        return;
      first_text = main_text (words, spot->first, spot->last);
      second_text = main_text (words, first, first);
    }

  and_text = main_text (words, conjunction, conjunction);
  message = g_strdup_printf (_("Two actions joined by “%s”: “%s” and “%s”"),
                             and_text, first_text, second_text);
  add_finding (check, AZQF_SEVERITY_WARNING, "lint.double-barrelled", lang, message,
               _("Split it into two outcomes, one for each action"));
}

static void
check_length (Check       *check,
              const Words *words,
              AzqfLang     lang)
{
  guint n = words->words->len;
  g_autofree char *message = NULL;

  if (n >= MIN_WORDS && n <= MAX_WORDS)
    return;

  if (n < MIN_WORDS)
    {
      if (lang == AZQF_LANG_AZ)
        message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                "The Azerbaijani text has only %u word: too few to say what the learner does and in which context",
                                                "The Azerbaijani text has only %u words: too few to say what the learner does and in which context",
                                                n), n);
      else
        message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                "The English text has only %u word: too few to say what the learner does and in which context",
                                                "The English text has only %u words: too few to say what the learner does and in which context",
                                                n), n);
      add_finding (check, AZQF_SEVERITY_WARNING, "lint.length", lang, message,
                   _("Say what the learner does, with what and in which context"));
      return;
    }

  if (lang == AZQF_LANG_AZ)
    message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                            "The Azerbaijani text has %u word: too many for one outcome",
                                            "The Azerbaijani text has %u words: too many for one outcome",
                                            n), n);
  else
    message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                            "The English text has %u word: too many for one outcome",
                                            "The English text has %u words: too many for one outcome",
                                            n), n);
  add_finding (check, AZQF_SEVERITY_WARNING, "lint.length", lang, message,
               _("Split it into several outcomes, or move details into the assessment criteria"));
}

static void
check_verb_level (Check       *check,
                  const Words *words,
                  AzqfLang     lang,
                  VerbSpot    *spot)
{
  const Verb *verb = spot->verb;
  g_autofree char *verb_text = NULL;
  g_autofree char *message = NULL;
  g_autofree char *suggestion = NULL;
  g_autofree char *verbs = NULL;
  gboolean too_low;

  if (!spot->found || verb == NULL || verb->kind != VERB_ACTION || check->level == 0)
    return;

  if (check->level >= verb->max_level + LEVEL_MARGIN)
    too_low = TRUE;
  else if (check->level + LEVEL_MARGIN <= verb->min_level)
    too_low = FALSE;
  else
    return;

  verb_text = main_text (words, spot->first, spot->last);
  if (too_low)
    message = g_strdup_printf (_("“%s” suits AzQF levels %u–%u, well below level %u of the outcome"),
                               verb_text, verb->min_level, verb->max_level, check->level);
  else
    message = g_strdup_printf (_("“%s” suits AzQF levels %u–%u, well above level %u of the outcome"),
                               verb_text, verb->min_level, verb->max_level, check->level);

  verbs = suggest_verbs (check->self, lang, check->level);
  suggestion = g_strdup_printf (_("Use a verb that suits level %u, e.g. %s"), check->level, verbs);
  add_finding (check, AZQF_SEVERITY_WARNING, "lint.verb-level", lang, message, suggestion);
}

static void
check_translation (Check       *check,
                   const Words  words[2])
{
  guint n_az = words[AZQF_LANG_AZ].words->len;
  guint n_en = words[AZQF_LANG_EN].words->len;
  guint clauses_az;
  guint clauses_en;
  g_autofree char *message = NULL;

  if (n_az == 0 || n_en == 0)
    return;

  if ((double) MAX (n_az, n_en) > MAX_WORD_RATIO * MIN (n_az, n_en))
    {
      message = g_strdup_printf (_("The Azerbaijani text has %u words and the English one %u: one may say more than the other"),
                                 n_az, n_en);
      add_finding (check, AZQF_SEVERITY_WARNING, "lint.translation-mismatch", -1, message,
                   _("Check that both texts say the same"));
      return;
    }

  clauses_az = count_clauses (&words[AZQF_LANG_AZ], AZQF_LANG_AZ);
  clauses_en = count_clauses (&words[AZQF_LANG_EN], AZQF_LANG_EN);
  if (MAX (clauses_az, clauses_en) - MIN (clauses_az, clauses_en) >= MIN_CLAUSE_DIFFERENCE)
    {
      message = g_strdup_printf (_("The Azerbaijani text has %u parts and the English one %u (counting commas, semicolons and “və” / “and”)"),
                                 clauses_az, clauses_en);
      add_finding (check, AZQF_SEVERITY_INFO, "lint.translation-mismatch", -1, message,
                   _("Check that both texts say the same"));
    }
}

static void
check_missing (Check    *check,
               AzqfLang  lang)
{
  AzqfStatus status = azqf_standard_get_status (check->standard);
  AzqfSeverity severity = status == AZQF_STATUS_APPROVED || status == AZQF_STATUS_REGISTERED
                            ? AZQF_SEVERITY_ERROR : AZQF_SEVERITY_WARNING;

  if (lang == AZQF_LANG_AZ)
    add_finding (check, severity, "lint.missing-translation", lang,
                 _("The Azerbaijani text is missing"), _("Add the Azerbaijani text"));
  else
    add_finding (check, severity, "lint.missing-translation", lang,
                 _("The English text is missing"), _("Add the English translation"));
}

static void
check_outcome (AzqfLinter   *self,
               AzqfStandard *standard,
               AzqfUnit     *unit,
               AzqfOutcome  *outcome,
               GPtrArray    *findings)
{
  Check check = {
    self, standard, azqf_standard_get_code (standard),
    unit != NULL ? azqf_unit_get_code (unit) : NULL,
    azqf_outcome_get_code (outcome),
    unit != NULL && azqf_unit_get_level (unit) > 0 ? azqf_unit_get_level (unit)
                                                   : azqf_standard_get_level (standard),
    findings,
  };
  Words words[2];
  VerbSpot spots[2];

  for (AzqfLang lang = AZQF_LANG_AZ; lang <= AZQF_LANG_EN; lang++)
    {
      words_init (&words[lang], azqf_outcome_get_text (outcome, lang));
      find_verb (self, &words[lang], lang, &spots[lang]);
    }

  for (AzqfLang lang = AZQF_LANG_AZ; lang <= AZQF_LANG_EN; lang++)
    {
      if (words[lang].words->len == 0)
        {
          check_missing (&check, lang);
          continue;
        }

      check_vague_or_missing_verb (&check, &words[lang], lang, &spots[lang]);
      check_double_barrelled (&check, &words[lang], lang, &spots[lang]);
      check_length (&check, &words[lang], lang);
      check_verb_level (&check, &words[lang], lang, &spots[lang]);
    }

  check_translation (&check, words);

  words_clear (&words[AZQF_LANG_AZ]);
  words_clear (&words[AZQF_LANG_EN]);
}

/* Duplicates
 *
 * Similarity is Dice's coefficient on the stem sets (azqf_analysis_similarity),
 * averaged over the languages both outcomes have. Across a whole workspace
 * comparing every pair is quadratic, so candidates come from a prefix filter:
 * with each stem set ordered by how rare its stems are, two sets whose Dice
 * reaches t share at least ⌈J·|A|⌉ stems (J = t / (2 − t)), so they share one
 * of the first |A| − ⌈J·|A|⌉ + 1 stems of either. Only those are indexed. */

typedef struct
{
  const char *standard_code;  /* borrowed from the standards */
  const char *unit_code;
  const char *outcome_code;
  GArray     *ids[2];         /* guint stem ids, by (frequency, id) */
} Entry;

static int
compare_ids (gconstpointer a,
             gconstpointer b,
             gpointer      user_data)
{
  const guint *df = user_data;
  guint x = *(const guint *) a;
  guint y = *(const guint *) b;

  if (df[x] != df[y])
    return df[x] < df[y] ? -1 : 1;
  return x < y ? -1 : x > y;
}

static guint
count_shared (GArray      *a,
              GArray      *b,
              const guint *df)
{
  guint i = 0;
  guint j = 0;
  guint shared = 0;

  while (i < a->len && j < b->len)
    {
      int cmp = compare_ids (&g_array_index (a, guint, i), &g_array_index (b, guint, j), (gpointer) df);

      if (cmp == 0)
        {
          shared++;
          i++;
          j++;
        }
      else if (cmp < 0)
        i++;
      else
        j++;
    }

  return shared;
}

static double
entry_similarity (const Entry *a,
                  const Entry *b,
                  GArray      *df[2])
{
  double sum = 0;
  guint n = 0;

  for (guint lang = 0; lang < 2; lang++)
    {
      guint size = a->ids[lang]->len + b->ids[lang]->len;

      if (a->ids[lang]->len == 0 || b->ids[lang]->len == 0)
        continue;

      sum += 2.0 * count_shared (a->ids[lang], b->ids[lang], (const guint *) df[lang]->data) / size;
      n++;
    }

  return n > 0 ? sum / n : 0;
}

static void
add_entries (GArray       *entries,
             AzqfStandard *standard,
             GHashTable   *stem_ids[2],
             GArray       *df[2])
{
  g_autoptr(GPtrArray) outcomes = azqf_standard_collect_outcomes (standard);

  for (guint i = 0; i < outcomes->len; i++)
    {
      AzqfOutcome *outcome = g_ptr_array_index (outcomes, i);
      AzqfUnit *unit = NULL;
      Entry entry = { azqf_standard_get_code (standard), NULL, azqf_outcome_get_code (outcome), { NULL, NULL } };

      azqf_standard_find_outcome (standard, entry.outcome_code, &unit);
      entry.unit_code = unit != NULL ? azqf_unit_get_code (unit) : NULL;

      for (guint lang = 0; lang < 2; lang++)
        {
          g_autoptr(GPtrArray) terms = azqf_analysis_terms (azqf_outcome_get_text (outcome, lang), lang);
          g_autoptr(GHashTable) seen = g_hash_table_new (g_direct_hash, g_direct_equal);

          entry.ids[lang] = g_array_new (FALSE, FALSE, sizeof (guint));
          for (guint t = 0; t < terms->len; t++)
            {
              const char *stem = ((AzqfTerm *) g_ptr_array_index (terms, t))->stem;
              gpointer value;
              guint id;

              if (g_hash_table_lookup_extended (stem_ids[lang], stem, NULL, &value))
                id = GPOINTER_TO_UINT (value);
              else
                {
                  guint zero = 0;

                  id = g_hash_table_size (stem_ids[lang]);
                  g_hash_table_insert (stem_ids[lang], g_strdup (stem), GUINT_TO_POINTER (id));
                  g_array_append_val (df[lang], zero);
                }

              if (!g_hash_table_add (seen, GUINT_TO_POINTER (id)))
                continue;
              g_array_append_val (entry.ids[lang], id);
              g_array_index (df[lang], guint, id)++;
            }
        }

      g_array_append_val (entries, entry);
    }
}

static guint
prefix_length (guint n)
{
  double j = (DUPLICATE_THRESHOLD - 1e-9) / (2 - DUPLICATE_THRESHOLD + 1e-9);
  guint overlap = (guint) (j * n);

  if (overlap < j * n - 1e-9)
    overlap++;

  return MIN (n, n - MIN (overlap, n) + 1);
}

static void
check_duplicates (GPtrArray *standards,
                  GPtrArray *findings)
{
  g_autoptr(GArray) entries = g_array_new (FALSE, FALSE, sizeof (Entry));
  g_autoptr(GHashTable) stem_ids_az = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) stem_ids_en = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GHashTable *stem_ids[2] = { stem_ids_az, stem_ids_en };
  g_autoptr(GArray) df_az = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) df_en = g_array_new (FALSE, FALSE, sizeof (guint));
  GArray *df[2] = { df_az, df_en };
  g_autoptr(GPtrArray) postings_az = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  g_autoptr(GPtrArray) postings_en = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  GPtrArray *postings[2] = { postings_az, postings_en };
  g_autoptr(GArray) candidates = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autofree guint *marks = NULL;

  for (guint i = 0; i < standards->len; i++)
    add_entries (entries, g_ptr_array_index (standards, i), stem_ids, df);

  for (guint lang = 0; lang < 2; lang++)
    {
      for (guint id = 0; id < df[lang]->len; id++)
        g_ptr_array_add (postings[lang], g_array_new (FALSE, FALSE, sizeof (guint)));
      for (guint e = 0; e < entries->len; e++)
        g_array_sort_with_data (g_array_index (entries, Entry, e).ids[lang], compare_ids, df[lang]->data);
    }

  /* marks[i] = j + 1 once entry i is a candidate of entry j */
  marks = g_new0 (guint, entries->len + 1);

  for (guint j = 0; j < entries->len; j++)
    {
      Entry *entry = &g_array_index (entries, Entry, j);
      const Entry *best = NULL;
      double best_score = 0;

      g_array_set_size (candidates, 0);

      for (guint lang = 0; lang < 2; lang++)
        {
          guint prefix = prefix_length (entry->ids[lang]->len);

          for (guint p = 0; p < prefix && p < entry->ids[lang]->len; p++)
            {
              guint id = g_array_index (entry->ids[lang], guint, p);
              GArray *posting = g_ptr_array_index (postings[lang], id);

              for (guint k = 0; k < posting->len; k++)
                {
                  guint i = g_array_index (posting, guint, k);

                  if (marks[i] != j + 1)
                    {
                      marks[i] = j + 1;
                      g_array_append_val (candidates, i);
                    }
                }
              g_array_append_val (posting, j);
            }
        }

      for (guint c = 0; c < candidates->len; c++)
        {
          const Entry *other = &g_array_index (entries, Entry, g_array_index (candidates, guint, c));
          double score = entry_similarity (entry, other, df);

          if (score >= DUPLICATE_THRESHOLD - 1e-9 && score > best_score)
            {
              best = other;
              best_score = score;
            }
        }

      if (best != NULL)
        {
          g_autofree char *message = g_strdup_printf (_("Nearly the same as %s %s (similarity %.2f)"),
                                                      best->standard_code, best->outcome_code,
                                                      best_score);
          AzqfFinding *finding = azqf_finding_new (AZQF_SEVERITY_WARNING, "lint.duplicate", message,
                                                   entry->standard_code, entry->unit_code,
                                                   entry->outcome_code, NULL);

          azqf_finding_set_explanation (finding, rule_explanation ("lint.duplicate"));
          azqf_finding_set_suggestion (finding, _("Merge the two outcomes, or make them say different things"));
          g_ptr_array_add (findings, finding);
        }
    }

  for (guint e = 0; e < entries->len; e++)
    for (guint lang = 0; lang < 2; lang++)
      g_array_unref (g_array_index (entries, Entry, e).ids[lang]);
}

/* GObject */

static void
azqf_linter_finalize (GObject *object)
{
  AzqfLinter *self = AZQF_LINTER (object);

  g_clear_pointer (&self->az_tails, g_hash_table_unref);
  g_clear_pointer (&self->az_roots, g_hash_table_unref);
  g_clear_pointer (&self->en_heads, g_hash_table_unref);
  g_clear_pointer (&self->en_first_stems, g_hash_table_unref);
  g_clear_pointer (&self->az_predicates, g_hash_table_unref);
  g_clear_pointer (&self->az_light, g_hash_table_unref);
  g_clear_pointer (&self->en_subjects, g_ptr_array_unref);
  g_clear_pointer (&self->en_modals, g_ptr_array_unref);
  g_clear_pointer (&self->az_finite, g_ptr_array_unref);
  g_clear_pointer (&self->az_strong, g_ptr_array_unref);
  g_clear_pointer (&self->az_infinitive, g_ptr_array_unref);
  g_clear_pointer (&self->verbs, g_ptr_array_unref);

  G_OBJECT_CLASS (azqf_linter_parent_class)->finalize (object);
}

static void
azqf_linter_class_init (AzqfLinterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = azqf_linter_finalize;
}

static void
azqf_linter_init (AzqfLinter *self)
{
  self->verbs = g_ptr_array_new_with_free_func ((GDestroyNotify) verb_free);
  /* Keys are owned, values borrowed from verbs. */
  self->az_tails = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->az_roots = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->en_heads = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->en_first_stems = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->az_predicates = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->az_light = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->en_subjects = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  self->en_modals = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  self->az_finite = g_ptr_array_new_with_free_func (g_free);
  self->az_strong = g_ptr_array_new_with_free_func (g_free);
  self->az_infinitive = g_ptr_array_new_with_free_func (g_free);
}

/* Public */

AzqfLinter *
azqf_linter_new (GError **error)
{
  g_autoptr(AzqfLinter) self = g_object_new (AZQF_TYPE_LINTER, NULL);

  if (!load_lexicon ("vague-verbs.tsv", 3, parse_vague_verb, self, error) ||
      !load_lexicon ("action-verbs.tsv", 4, parse_action_verb, self, error) ||
      !load_lexicon ("frames.tsv", 3, parse_frame, self, error) ||
      !load_lexicon ("verb-endings-az.tsv", 2, parse_ending, self, error))
    return NULL;

  g_ptr_array_sort (self->en_subjects, compare_longest_phrase_first);
  g_ptr_array_sort (self->en_modals, compare_longest_phrase_first);
  g_ptr_array_sort (self->az_finite, compare_longest_first);
  g_ptr_array_sort (self->az_strong, compare_longest_first);
  g_ptr_array_sort (self->az_infinitive, compare_longest_first);

  return g_steal_pointer (&self);
}

GPtrArray *
azqf_linter_check_outcome (AzqfLinter   *self,
                           AzqfStandard *standard,
                           AzqfOutcome  *outcome)
{
  GPtrArray *findings;
  AzqfUnit *unit = NULL;

  g_return_val_if_fail (AZQF_IS_LINTER (self), NULL);
  g_return_val_if_fail (AZQF_IS_STANDARD (standard), NULL);
  g_return_val_if_fail (AZQF_IS_OUTCOME (outcome), NULL);

  findings = g_ptr_array_new_with_free_func ((GDestroyNotify) azqf_finding_unref);
  azqf_standard_find_outcome (standard, azqf_outcome_get_code (outcome), &unit);
  check_outcome (self, standard, unit, outcome, findings);

  return findings;
}

static void
check_outcomes (AzqfLinter   *self,
                AzqfStandard *standard,
                GPtrArray    *findings)
{
  g_autoptr(GPtrArray) outcomes = azqf_standard_collect_outcomes (standard);

  for (guint i = 0; i < outcomes->len; i++)
    {
      AzqfOutcome *outcome = g_ptr_array_index (outcomes, i);
      AzqfUnit *unit = NULL;

      azqf_standard_find_outcome (standard, azqf_outcome_get_code (outcome), &unit);
      check_outcome (self, standard, unit, outcome, findings);
    }
}

GPtrArray *
azqf_linter_check_standard (AzqfLinter   *self,
                            AzqfStandard *standard)
{
  g_autoptr(GPtrArray) one = NULL;
  GPtrArray *findings;

  g_return_val_if_fail (AZQF_IS_LINTER (self), NULL);
  g_return_val_if_fail (AZQF_IS_STANDARD (standard), NULL);

  findings = g_ptr_array_new_with_free_func ((GDestroyNotify) azqf_finding_unref);
  check_outcomes (self, standard, findings);

  one = g_ptr_array_new ();
  g_ptr_array_add (one, standard);
  check_duplicates (one, findings);

  return findings;
}

GPtrArray *
azqf_linter_check_standards (AzqfLinter *self,
                             GPtrArray  *standards)
{
  GPtrArray *findings;

  g_return_val_if_fail (AZQF_IS_LINTER (self), NULL);
  g_return_val_if_fail (standards != NULL, NULL);

  findings = g_ptr_array_new_with_free_func ((GDestroyNotify) azqf_finding_unref);
  for (guint i = 0; i < standards->len; i++)
    check_outcomes (self, g_ptr_array_index (standards, i), findings);

  /* One pass finds duplicates inside each standard and across them. */
  check_duplicates (standards, findings);

  return findings;
}

const char * const *
azqf_linter_get_rule_ids (void)
{
  return rule_ids;
}

const char *
azqf_linter_get_rule_explanation (const char *rule_id)
{
  g_return_val_if_fail (rule_id != NULL, NULL);

  return rule_explanation (rule_id);
}

const char *
azqf_linter_get_rule_name (const char *rule_id)
{
  g_return_val_if_fail (rule_id != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (rules); i++)
    if (strcmp (rules[i].id, rule_id) == 0)
      return _(rules[i].name);

  return NULL;
}

gboolean
azqf_linter_find_verb (AzqfLinter  *self,
                       const char  *text,
                       AzqfLang     lang,
                       char       **verb,
                       guint       *min_level,
                       guint       *max_level)
{
  Words words;
  VerbSpot spot;
  gboolean found;

  g_return_val_if_fail (AZQF_IS_LINTER (self), FALSE);
  g_return_val_if_fail (lang == AZQF_LANG_AZ || lang == AZQF_LANG_EN, FALSE);

  words_init (&words, text);
  find_verb (self, &words, lang, &spot);

  found = spot.found && spot.verb != NULL && spot.verb->kind == VERB_ACTION;
  if (found)
    {
      if (verb != NULL)
        *verb = main_text (&words, spot.first, spot.last);
      if (min_level != NULL)
        *min_level = spot.verb->min_level;
      if (max_level != NULL)
        *max_level = spot.verb->max_level;
    }

  words_clear (&words);
  return found;
}
