/* azqf-lint-private.h: what the files of the linter share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * azqf-lint.c holds the rules and the GObject, azqf-lint-lexicon.c loads
 * the lexicons, azqf-lint-verbs.c splits a text into words and finds its
 * action verb, azqf-lint-duplicates.c finds near-duplicate outcomes.
 */

#pragma once

#include "azqf-lint.h"

G_BEGIN_DECLS

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

/* Words of a text */
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

/* Where the action verb stands */
typedef struct
{
  gboolean  found;   /* a verb stands where it should */
  Verb     *verb;    /* its lexicon entry, or NULL for a verb the lexicon lacks */
  guint     first;   /* main words of the verb */
  guint     last;
  gboolean  framed;  /* an infinitive before "bacarır", a base form after "can" */
} VerbSpot;

/* azqf-lint-lexicon.c */
gboolean  _azqf_lint_load_lexicons           (AzqfLinter   *self,
                                              GError      **error);
void      _azqf_lint_verb_free               (Verb         *verb);
/* Stemmed, with the forms of "be" and "have" joined: a new string. */
char     *_azqf_lint_normalise_en            (const char   *folded);

/* azqf-lint-verbs.c */
void      _azqf_lint_words_init              (Words        *words,
                                              const char   *text);
void      _azqf_lint_words_clear             (Words        *words);
/* The main words first..last (inclusive) as written in the text. */
char     *_azqf_lint_main_text               (const Words  *words,
                                              guint         first,
                                              guint         last);
/* Where an Azerbaijani sentence ends for its predicate, before "və s.". */
guint     _azqf_lint_az_sentence_end         (const Words  *words);
void      _azqf_lint_find_verb               (AzqfLinter   *self,
                                              const Words  *words,
                                              AzqfLang      lang,
                                              VerbSpot     *spot);
/* A verb before "və": its main words first..last and the conjunction. */
gboolean  _azqf_lint_find_az_second_action   (AzqfLinter   *self,
                                              const Words  *words,
                                              gboolean      framed,
                                              guint        *conjunction,
                                              guint        *first,
                                              guint        *last);
/* A verb after "and" (following the verb that ends at after). */
gboolean  _azqf_lint_find_en_second_action   (AzqfLinter   *self,
                                              const Words  *words,
                                              gboolean      framed,
                                              guint         after,
                                              guint        *conjunction,
                                              guint        *verb);

/* azqf-lint-duplicates.c: adds a finding for each outcome of standards
 * that nearly repeats an earlier one. */
void      _azqf_lint_check_duplicates        (GPtrArray    *standards,
                                              GPtrArray    *findings);

G_END_DECLS
