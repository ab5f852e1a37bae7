/* azqf-criterion.h: an assessment / performance criterion of one outcome
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "azqf-types.h"

G_BEGIN_DECLS

#define AZQF_TYPE_CRITERION (azqf_criterion_get_type ())

G_DECLARE_FINAL_TYPE (AzqfCriterion, azqf_criterion, AZQF, CRITERION, GObject)

/* Properties: "text-az", "text-en" (strings, NULL = absent). */
AzqfCriterion *azqf_criterion_new         (const char    *text_az,
                                           const char    *text_en);
const char    *azqf_criterion_get_text    (AzqfCriterion *self,
                                           AzqfLang       lang);
void           azqf_criterion_set_text    (AzqfCriterion *self,
                                           AzqfLang       lang,
                                           const char    *text);
const char    *azqf_criterion_get_text_az (AzqfCriterion *self);
const char    *azqf_criterion_get_text_en (AzqfCriterion *self);

G_END_DECLS
