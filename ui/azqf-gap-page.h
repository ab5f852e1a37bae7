/* azqf-gap-page.h: gap analysis: coverage matrix, gaps, suggested links, credit findings
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "azqf-document.h"
#include "azqf-framework.h"
#include "azqf-gap.h"
#include "azqf-lint.h"
#include "azqf-standard-list.h"

G_BEGIN_DECLS

#define AZQF_TYPE_GAP_PAGE (azqf_gap_page_get_type ())

G_DECLARE_FINAL_TYPE (AzqfGapPage, azqf_gap_page, AZQF, GAP_PAGE, AdwBin)

/* Properties, set by AzqfStandardPage: "document" (AzqfDocument or NULL),
 * "frameworks" (AzqfFrameworks), "linter" (AzqfLinter), "standards"
 * (AzqfStandardList). A page uses those it needs and ignores the others.
 * Read-only: "report" (AzqfGapReport or NULL), the analysis shown.
 *
 * The page analyses the document's standard when it is set, 500 ms after
 * each "changed" of the standard, and after "reloaded" (undo/redo); while
 * it is not shown (unmapped) it only notes the change ("report" is NULL
 * after a new document) and analyses when it is shown again.
 *
 * Actions: "gap.confirm-link" and "gap.reject-link" with ("OUTCOME",
 * "ELEMENT"), the author's decision on a suggested or pending link (the
 * page analyses again at once); "gap.save-report" asks for a file and saves
 * the HTML report. */

#define AZQF_GAP_PAGE_REFRESH_DELAY_MS 500

AzqfGapReport *azqf_gap_page_get_report       (AzqfGapPage          *self);
/* Analyses the standard now, dropping a pending refresh. */
void           azqf_gap_page_refresh          (AzqfGapPage          *self);
/* Writes the HTML report of the analysis shown to file, atomically. */
void           azqf_gap_page_save_report_async (AzqfGapPage         *self,
                                               GFile                *file,
                                               GCancellable         *cancellable,
                                               GAsyncReadyCallback   callback,
                                               gpointer              user_data);
gboolean       azqf_gap_page_save_report_finish (AzqfGapPage        *self,
                                               GAsyncResult         *result,
                                               GError              **error);

G_END_DECLS
