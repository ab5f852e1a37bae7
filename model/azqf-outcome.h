/* azqf-outcome.h: one learning outcome, in az and en, in one domain
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "azqf-types.h"

G_BEGIN_DECLS

#define AZQF_TYPE_OUTCOME (azqf_outcome_get_type ())

G_DECLARE_FINAL_TYPE (AzqfOutcome, azqf_outcome, AZQF, OUTCOME, GObject)

/* Properties: "code", "domain" (AzqfDomain), "text-az", "text-en",
 * "criteria" (GListModel of AzqfCriterion, read-only), "links" (GListModel of
 * AzqfLink, read-only). The lists emit items-changed; the properties notify
 * only when a value really changes. */
AzqfOutcome *azqf_outcome_new             (const char   *code,
                                           AzqfDomain    domain,
                                           GError      **error);
const char  *azqf_outcome_get_code        (AzqfOutcome  *self);
gboolean     azqf_outcome_set_code        (AzqfOutcome  *self,
                                           const char   *code,
                                           GError      **error);
AzqfDomain   azqf_outcome_get_domain      (AzqfOutcome  *self);
void         azqf_outcome_set_domain      (AzqfOutcome  *self,
                                           AzqfDomain    domain);
const char  *azqf_outcome_get_text        (AzqfOutcome  *self,
                                           AzqfLang      lang);
/* Empty or whitespace-only text is stored as absent (NULL). */
void         azqf_outcome_set_text        (AzqfOutcome  *self,
                                           AzqfLang      lang,
                                           const char   *text);
GListModel  *azqf_outcome_get_criteria    (AzqfOutcome  *self);
void         azqf_outcome_append_criterion (AzqfOutcome  *self,
                                           AzqfCriterion *criterion);
void         azqf_outcome_remove_criterion (AzqfOutcome *self,
                                           guint         position);
GListModel  *azqf_outcome_get_links       (AzqfOutcome  *self);
/* Fails with AZQF_VALUE_ERROR_DUPLICATE if a link to the same element exists. */
gboolean     azqf_outcome_add_link        (AzqfOutcome  *self,
                                           AzqfLink     *link,
                                           GError      **error);
AzqfLink    *azqf_outcome_find_link       (AzqfOutcome  *self,
                                           const char   *element);

/* signal: "changed", emitted after any change of the outcome, its criteria or
 * its links, or an addition or removal in its lists (the standard's "changed"
 * relays it). */

G_END_DECLS
