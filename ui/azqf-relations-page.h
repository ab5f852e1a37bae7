/* azqf-relations-page.h: based_on / replaces / leads_to links to other standards
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "azqf-document.h"
#include "azqf-framework.h"
#include "azqf-lint.h"
#include "azqf-standard-list.h"

G_BEGIN_DECLS

#define AZQF_TYPE_RELATIONS_PAGE (azqf_relations_page_get_type ())

G_DECLARE_FINAL_TYPE (AzqfRelationsPage, azqf_relations_page, AZQF, RELATIONS_PAGE, AdwBin)

/* Properties, set by AzqfStandardPage: "document" (AzqfDocument or NULL),
 * "frameworks" (AzqfFrameworks), "linter" (AzqfLinter), "standards"
 * (AzqfStandardList). A page uses those it needs and ignores the others. */

G_END_DECLS
