/* azqf-text.h: Azerbaijani-aware case mapping, search folding and collation (ICU)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "azqf-types.h"

G_BEGIN_DECLS

/* Search folding (product.md §5): case-insensitive with Turkic casing
 * (I ↔ ı, İ ↔ i) and without the special letters (ə→e, ı→i, ö→o, ü→u, ç→c,
 * ş→s, ğ→g, other Latin diacritics dropped). Maps each code point to exactly
 * one code point, so positions in the folded text equal those in the input.
 * len may be -1 for a NUL-terminated string. */
char     *azqf_text_fold    (const char *text,
                             gssize      len);
/* Lower / upper case by the rules of lang (ICU "az": I → ı, i → İ). */
char     *azqf_text_down    (const char *text,
                             AzqfLang    lang);
char     *azqf_text_up      (const char *text,
                             AzqfLang    lang);
/* Azerbaijani alphabetical order (ICU's "az" collator): <0, 0, >0. NULL sorts first. */
int       azqf_text_collate (const char *a,
                             const char *b);

G_END_DECLS
