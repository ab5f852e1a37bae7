/* azqf-standard-row.h: one standard in the sidebar's list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "azqf-standard.h"

G_BEGIN_DECLS

#define AZQF_TYPE_STANDARD_ROW (azqf_standard_row_get_type ())

G_DECLARE_FINAL_TYPE (AzqfStandardRow, azqf_standard_row, AZQF, STANDARD_ROW, AdwBin)

AzqfStandardRow *azqf_standard_row_new          (void);
/* Shows standard (metadata only is enough; NULL: nothing) and, when not
 * NULL, a search snippet whose matched words sit between
 * AZQF_SEARCH_MARK_START and AZQF_SEARCH_MARK_END. Reads only the given
 * objects: cheap enough for every bind of a list row. */
void             azqf_standard_row_set_standard (AzqfStandardRow *self,
                                                 AzqfStandard    *standard,
                                                 const char      *snippet);
AzqfStandard    *azqf_standard_row_get_standard (AzqfStandardRow *self);
/* The markup of a snippet: the marked words in bold, the rest escaped. */
char            *azqf_standard_row_snippet_markup (const char    *snippet);
/* The symbolic icon shown for a kind of standard. */
const char      *azqf_standard_row_kind_icon_name (AzqfKind       kind);

G_END_DECLS
