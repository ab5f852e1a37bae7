/* azqf-gap-matrix.h: the coverage matrix of a gap report, outcomes × descriptor elements
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "azqf-gap.h"
#include "azqf-standard.h"

G_BEGIN_DECLS

#define AZQF_TYPE_GAP_MATRIX (azqf_gap_matrix_get_type ())

G_DECLARE_FINAL_TYPE (AzqfGapMatrix, azqf_gap_matrix, AZQF, GAP_MATRIX, GtkWidget)

/* What a cell of the matrix shows. */
typedef enum
{
  AZQF_GAP_CELL_NONE,
  AZQF_GAP_CELL_COVERS,
  AZQF_GAP_CELL_PARTIAL,
  AZQF_GAP_CELL_RELATED,
  AZQF_GAP_CELL_PENDING,     /* a link waiting for the author's decision */
  AZQF_GAP_CELL_SUGGESTED,   /* the best suggestion for an uncovered element */
} AzqfGapCell;

AzqfGapCell azqf_gap_matrix_get_cell   (AzqfGapReport *report,
                                        guint          element_index,
                                        guint          outcome_index);

GtkWidget *azqf_gap_matrix_new        (void);
/* Shows report (NULL: nothing); standard gives the outcomes' texts for the
 * tooltips, lang the language shown first. */
void       azqf_gap_matrix_set_report (AzqfGapMatrix *self,
                                       AzqfGapReport *report,
                                       AzqfStandard  *standard,
                                       AzqfLang       lang);
/* The text of element in lang (else the other language) with its label:
 * "… (working translation, not official)" when it is a working text, and
 * "(cut off in the source)" when incomplete. Shared with the gap page. */
char      *azqf_gap_matrix_describe_element (AzqfDescriptor *descriptor,
                                             AzqfLang        lang);
/* Appends text to out with line breaks at spaces, for a tooltip. */
void       azqf_gap_matrix_append_wrapped (GString    *out,
                                           const char *text);

G_END_DECLS
