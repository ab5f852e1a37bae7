/* azqf-analysis.h: words of an outcome, stemmed and folded, for similarity
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shared by the linter (duplicates, verbs) and the gap analysis
 * (suggestions). Stop words, synonyms and suffixes are data in
 * resources/analysis/, loaded once, thread-safe.
 */

#pragma once

#include <glib.h>

#include "azqf-types.h"

G_BEGIN_DECLS

typedef struct
{
  char *word;   /* as written in the text */
  char *stem;   /* folded (azqf_text_fold), suffixes stripped, synonyms mapped */
  guint start;  /* byte offsets of word in the text */
  guint end;
} AzqfTerm;

/* The content words of text (stop words dropped), in order: a new array of
 * AzqfTerm, freed with g_ptr_array_unref. */
GPtrArray  *azqf_analysis_terms       (const char  *text,
                                       AzqfLang     lang);
/* The stem of one word (any case, any diacritics). */
char       *azqf_analysis_stem        (const char  *word,
                                       AzqfLang     lang);
gboolean    azqf_analysis_is_stop_word (const char *word,
                                       AzqfLang     lang);
/* Similarity of two term lists in [0, 1] (weighted overlap of stems); if
 * matched is given, it receives the words of a that matched (new strings). */
double      azqf_analysis_similarity  (GPtrArray   *a,
                                       GPtrArray   *b,
                                       GPtrArray  **matched);

G_END_DECLS
