/* azqf-outcome-row.h: one outcome: code, domain, az and en side by side, criteria, lint badges
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "azqf-lint.h"
#include "azqf-outcome.h"
#include "azqf-standard.h"
#include "azqf-unit.h"

G_BEGIN_DECLS

#define AZQF_TYPE_OUTCOME_ROW (azqf_outcome_row_get_type ())

G_DECLARE_FINAL_TYPE (AzqfOutcomeRow, azqf_outcome_row, AZQF, OUTCOME_ROW, GtkListBoxRow)

/* Which part of a row has the keyboard focus, to give it back after the row
 * was rebuilt (a move, an undo). */
typedef enum
{
  AZQF_OUTCOME_ROW_PART_NONE,
  AZQF_OUTCOME_ROW_PART_ROW,
  AZQF_OUTCOME_ROW_PART_CODE,
  AZQF_OUTCOME_ROW_PART_DOMAIN,
  AZQF_OUTCOME_ROW_PART_TEXT_AZ,
  AZQF_OUTCOME_ROW_PART_TEXT_EN,
  AZQF_OUTCOME_ROW_PART_MOVE_UP,
  AZQF_OUTCOME_ROW_PART_MOVE_DOWN,
} AzqfOutcomeRowPart;

/* The lint delay after the last keystroke. */
#define AZQF_OUTCOME_ROW_LINT_DELAY_MS 150

/* A row editing outcome, which standard holds in unit (NULL: the standard's
 * own outcomes); linter may be NULL (no badges). Text typed goes into the
 * outcome at each change; lint runs AZQF_OUTCOME_ROW_LINT_DELAY_MS after the
 * last one. Actions: "outcome.move-up", "outcome.move-down" (Alt+Up,
 * Alt+Down; across units at either end, off at the very first and last
 * outcome), "outcome.remove", "outcome.add-criterion". */
GtkWidget          *azqf_outcome_row_new          (AzqfStandard       *standard,
                                                   AzqfUnit           *unit,
                                                   AzqfOutcome        *outcome,
                                                   AzqfLinter         *linter);
AzqfOutcome        *azqf_outcome_row_get_outcome  (AzqfOutcomeRow     *self);
/* The GtkTextView of lang. */
GtkWidget          *azqf_outcome_row_get_text_view (AzqfOutcomeRow    *self,
                                                   AzqfLang            lang);
/* The badge buttons shown now (after the filter of "lint-strictness"), in
 * order: a new container of GtkWidget. */
GPtrArray          *azqf_outcome_row_get_badges   (AzqfOutcomeRow     *self);
/* Lints now instead of after the delay. */
void                azqf_outcome_row_lint_now     (AzqfOutcomeRow     *self);
AzqfOutcomeRowPart  azqf_outcome_row_get_focus_part (AzqfOutcomeRow   *self);
void                azqf_outcome_row_focus_part   (AzqfOutcomeRow     *self,
                                                   AzqfOutcomeRowPart  part);

G_END_DECLS
