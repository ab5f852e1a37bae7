/* azqf-standard-list.h: the workspace's standards as a lazy GListModel
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "azqf-store.h"
#include "azqf-types.h"

G_BEGIN_DECLS

#define AZQF_TYPE_STANDARD_LIST (azqf_standard_list_get_type ())

G_DECLARE_FINAL_TYPE (AzqfStandardList, azqf_standard_list, AZQF, STANDARD_LIST, GObject)

/* A GListModel of AzqfStandard (metadata only: no units, outcomes or
 * relations), filtered and sorted as AzqfStoreFilter says, over one store.
 *
 * Lazy: n_items comes from one COUNT query; items are loaded from the store in
 * pages of 64 when first asked for, and cached, so a list of 2,000 standards
 * costs one page per screenful. The model follows the store: after any write
 * (the store's "standards-changed" signal) it reloads the count and drops its
 * cache, emitting one "items-changed" for the whole range.
 *
 * With a search query set (non-empty after trimming) the items are the
 * standards that have full-text hits (azqf_store_search), best first, one
 * item per standard, still restricted by the filter; the best hit's snippet
 * is available for highlighting.
 *
 * Properties: "store" (construct-only), "kind" (int, -1 = any), "status"
 * (int, -1 = any), "level" (guint, 0 = any), "sort-lang" (AzqfLang),
 * "query" (string), "n-items" (read-only). Setters notify only on change. */

AzqfStandardList *azqf_standard_list_new          (AzqfStore        *store);
AzqfStore        *azqf_standard_list_get_store    (AzqfStandardList *self);
void              azqf_standard_list_set_filter   (AzqfStandardList *self,
                                                   int               kind,
                                                   int               status,
                                                   guint             level);
int               azqf_standard_list_get_kind     (AzqfStandardList *self);
int               azqf_standard_list_get_status   (AzqfStandardList *self);
guint             azqf_standard_list_get_level    (AzqfStandardList *self);
void              azqf_standard_list_set_sort_lang (AzqfStandardList *self,
                                                   AzqfLang          lang);
void              azqf_standard_list_set_query    (AzqfStandardList *self,
                                                   const char       *query);
const char       *azqf_standard_list_get_query    (AzqfStandardList *self);
/* The best hit's snippet for the standard at position, with the matched words
 * between AZQF_SEARCH_MARK_START and AZQF_SEARCH_MARK_END; NULL without a
 * query. */
const char       *azqf_standard_list_get_snippet  (AzqfStandardList *self,
                                                   guint             position);
/* The position of the standard with this uuid, or G_MAXUINT. */
guint             azqf_standard_list_find         (AzqfStandardList *self,
                                                   const char       *uuid);
/* Re-reads the store now (done by itself on "standards-changed"). */
void              azqf_standard_list_reload       (AzqfStandardList *self);
/* The last error of a load (a page the store could not read), or NULL. */
const GError     *azqf_standard_list_get_error    (AzqfStandardList *self);

G_END_DECLS
