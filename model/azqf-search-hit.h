/* azqf-search-hit.h: one full-text search result
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "azqf-types.h"

G_BEGIN_DECLS

typedef enum
{
  AZQF_SEARCH_FIELD_TITLE,
  AZQF_SEARCH_FIELD_SUMMARY,
  AZQF_SEARCH_FIELD_UNIT,
  AZQF_SEARCH_FIELD_OUTCOME,
  AZQF_SEARCH_FIELD_CRITERION,
} AzqfSearchField;

/* Snippets mark the matched words with these two control characters, which
 * stored text never contains; the CLI and the GUI render them their own way. */
#define AZQF_SEARCH_MARK_START "\x02"
#define AZQF_SEARCH_MARK_END   "\x03"

#define AZQF_TYPE_SEARCH_HIT (azqf_search_hit_get_type ())

typedef struct _AzqfSearchHit AzqfSearchHit;

GType            azqf_search_hit_get_type          (void) G_GNUC_CONST;
AzqfSearchHit   *_azqf_search_hit_new              (const char      *standard_code,
                                                    const char      *title_az,
                                                    const char      *title_en,
                                                    AzqfSearchField  field,
                                                    const char      *item_code,
                                                    AzqfLang         lang,
                                                    const char      *snippet,
                                                    double           rank);
AzqfSearchHit   *azqf_search_hit_ref               (AzqfSearchHit   *hit);
void             azqf_search_hit_unref             (AzqfSearchHit   *hit);
const char      *azqf_search_hit_get_standard_code (const AzqfSearchHit *hit);
const char      *azqf_search_hit_get_title         (const AzqfSearchHit *hit,
                                                    AzqfLang         lang);
AzqfSearchField  azqf_search_hit_get_field         (const AzqfSearchHit *hit);
/* Unit or outcome code, or NULL for a title or summary. For a criterion: the outcome code. */
const char      *azqf_search_hit_get_item_code     (const AzqfSearchHit *hit);
/* Language of the snippet's text. */
AzqfLang         azqf_search_hit_get_lang          (const AzqfSearchHit *hit);
const char      *azqf_search_hit_get_snippet       (const AzqfSearchHit *hit);
/* bm25 score, lower is better. */
double           azqf_search_hit_get_rank          (const AzqfSearchHit *hit);
const char      *azqf_search_field_to_string       (AzqfSearchField  field);
const char      *azqf_search_field_get_label       (AzqfSearchField  field);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (AzqfSearchHit, azqf_search_hit_unref)

G_END_DECLS
