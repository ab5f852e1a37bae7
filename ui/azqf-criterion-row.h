/* azqf-criterion-row.h: one assessment criterion of an outcome, az and en side by side
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "azqf-criterion.h"
#include "azqf-outcome.h"

G_BEGIN_DECLS

#define AZQF_TYPE_CRITERION_ROW (azqf_criterion_row_get_type ())

G_DECLARE_FINAL_TYPE (AzqfCriterionRow, azqf_criterion_row, AZQF, CRITERION_ROW, GtkBox)

/* A row editing criterion, the criterion at index (0-based) of outcome. Its
 * action "criterion.remove" removes it from the outcome. Its remove button
 * joins end_group (if given), so columns above it can line up. */
GtkWidget     *azqf_criterion_row_new           (AzqfOutcome      *outcome,
                                                 AzqfCriterion    *criterion,
                                                 guint             index,
                                                 GtkSizeGroup     *end_group);
AzqfCriterion *azqf_criterion_row_get_criterion (AzqfCriterionRow *self);
/* The entry of lang, to focus it or type into it. */
GtkWidget     *azqf_criterion_row_get_entry     (AzqfCriterionRow *self,
                                                 AzqfLang          lang);

G_END_DECLS
