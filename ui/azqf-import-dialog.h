/* azqf-import-dialog.h: what an import of register XML will do, before it is written
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "azqf-register-import.h"

G_BEGIN_DECLS

#define AZQF_TYPE_IMPORT_DIALOG (azqf_import_dialog_get_type ())

G_DECLARE_FINAL_TYPE (AzqfImportDialog, azqf_import_dialog, AZQF, IMPORT_DIALOG, AdwWindow)

/* The dialog shows an import plan (AzqfRegisterPlanItem) and the problems
 * (AzqfRegisterProblem) of the chosen conflict policy, the property "mode"
 * (an AzqfRegisterImportMode, read-write, notifies on change). Whoever
 * shows it plans again on notify::mode and passes the result with
 * azqf_import_dialog_set_plan (the dialog is "busy" meanwhile). Import is
 * possible only with a plan without problems that writes something; it
 * emits "import", and Cancel closes the dialog. */

AzqfImportDialog      *azqf_import_dialog_new      (GtkWindow              *parent,
                                                    const char             *file_name);
AzqfRegisterImportMode azqf_import_dialog_get_mode (AzqfImportDialog       *self);
void                   azqf_import_dialog_set_mode (AzqfImportDialog       *self,
                                                    AzqfRegisterImportMode  mode);
/* Both arrays are borrowed; NULL plan: planning again (busy). */
void                   azqf_import_dialog_set_plan (AzqfImportDialog       *self,
                                                    GPtrArray              *plan,
                                                    GPtrArray              *problems);
gboolean               azqf_import_dialog_get_can_import (AzqfImportDialog *self);
/* One line per problem, "LINE:COLUMN: message [ID]", as the CLI prints them. */
char                  *azqf_import_dialog_format_problems (GPtrArray       *problems);

G_END_DECLS
