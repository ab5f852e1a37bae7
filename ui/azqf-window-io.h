/* azqf-window-io.h: export and import of register XML in a window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The steps behind win.export-standard, win.export-workspace and win.import
 * (azqf-window-io.c), callable without their file choosers and dialogs.
 */

#pragma once

#include "azqf-register-import.h"
#include "azqf-window.h"

G_BEGIN_DECLS

/* Writes the standards with the given codes (NULL: all) of the window's
 * workspace to file as register XML, after saving the open standard. Runs
 * in a thread on its own read-only connection; the file is replaced only
 * when the whole export succeeded. */
void     azqf_window_export_async       (AzqfWindow              *self,
                                         const char * const      *codes,
                                         GFile                   *file,
                                         GCancellable            *cancellable,
                                         GAsyncReadyCallback      callback,
                                         gpointer                 user_data);
gboolean azqf_window_export_finish      (AzqfWindow              *self,
                                         GAsyncResult            *result,
                                         guint                   *n_standards,
                                         GError                 **error);

/* Checks file against the workspace and plans its import with mode
 * without writing (a dry run, in a thread on a read-only connection):
 * *plan (AzqfRegisterPlanItem) and *problems (AzqfRegisterProblem), new
 * arrays. FALSE with error only when the file or workspace cannot be read. */
void     azqf_window_plan_import_async  (AzqfWindow              *self,
                                         GFile                   *file,
                                         AzqfRegisterImportMode   mode,
                                         GCancellable            *cancellable,
                                         GAsyncReadyCallback      callback,
                                         gpointer                 user_data);
gboolean azqf_window_plan_import_finish (AzqfWindow              *self,
                                         GAsyncResult            *result,
                                         GPtrArray              **plan,
                                         GPtrArray              **problems,
                                         GError                 **error);

/* Imports file with mode into the window's workspace, all or nothing, and
 * reopens the standard being edited when the import replaced it.
 * *n_imported: the standards written. FALSE with error on I/O or store
 * failures, or when there are problems (AZQF_STORE_ERROR_INVALID, *problems
 * set); nothing is written then. */
gboolean azqf_window_import             (AzqfWindow              *self,
                                         GFile                   *file,
                                         AzqfRegisterImportMode   mode,
                                         guint                   *n_imported,
                                         GPtrArray              **problems,
                                         GError                 **error);

G_END_DECLS
