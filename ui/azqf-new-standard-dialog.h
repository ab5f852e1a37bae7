/* azqf-new-standard-dialog.h: asks for what a new standard starts with
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "azqf-store.h"

G_BEGIN_DECLS

#define AZQF_TYPE_NEW_STANDARD_DIALOG (azqf_new_standard_dialog_get_type ())

G_DECLARE_FINAL_TYPE (AzqfNewStandardDialog, azqf_new_standard_dialog, AZQF, NEW_STANDARD_DIALOG, AdwWindow)

/* A modal window asking for the kind, code, AzQF level and titles of a new
 * draft standard. With original (a fully loaded standard) it makes a new
 * version of it instead: a copy with a new uuid, the next version number,
 * the status draft, a code the user may change, and a "replaces" relation to
 * the original.
 *
 * "dialog.create" (the Create button, or Enter) inserts the standard into
 * the store, emits "created" (AzqfStandard *) and closes. A code that is not
 * valid or is already used keeps the dialog open with the reason shown and
 * the typed values kept.
 *
 * Properties: "store", "original" (construct-only), "kind" (AzqfKind as
 * int), "code", "level" (1–8), "title-az", "title-en" (the fields' values). */
AzqfNewStandardDialog *azqf_new_standard_dialog_new        (GtkWindow             *parent,
                                                            AzqfStore             *store,
                                                            AzqfStandard          *original);
/* The code proposed for a new version of original: "CODE-v3" for version 3. */
char                  *azqf_new_standard_dialog_suggest_code (AzqfStandard        *original);

G_END_DECLS
