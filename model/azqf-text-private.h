/* azqf-text-private.h: the pieces of azqf-text.c the SQLite glue builds on
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* One code point folded exactly as azqf_text_fold() folds it. */
gunichar _azqf_text_fold_char    (gunichar     c);
/* Appends word (len bytes, need not be NUL-terminated) to out, folded for
 * matching: as azqf_text_fold(), and combining marks written as separate code
 * points fold like the precomposed letter ("I\u0307" → "i", "e\u0301" → "e").
 * The result may be shorter than the input, so it is for search terms, not
 * for text whose positions matter. */
void     _azqf_text_fold_word    (const char  *word,
                                  gsize        len,
                                  GString     *out);
/* azqf_text_collate() on strings with lengths (-1: NUL-terminated); neither
 * may be NULL. */
int      _azqf_text_collate_len  (const char  *a,
                                  gssize       a_len,
                                  const char  *b,
                                  gssize       b_len);

G_END_DECLS
