/* azqf-window.h: a window on one workspace
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "azqf-application.h"
#include "azqf-document.h"
#include "azqf-framework.h"
#include "azqf-spell.h"
#include "azqf-standard-list.h"
#include "azqf-store.h"

G_BEGIN_DECLS

#define AZQF_TYPE_WINDOW (azqf_window_get_type ())

G_DECLARE_FINAL_TYPE (AzqfWindow, azqf_window, AZQF, WINDOW, AdwApplicationWindow)

AzqfWindow       *azqf_window_new                (AzqfApplication *application);
/* Opens (or with create, creates) the workspace at path in this window,
 * closing the one it showed. On failure the window is unchanged. */
gboolean          azqf_window_open_workspace     (AzqfWindow      *self,
                                                  const char      *path,
                                                  gboolean         create,
                                                  GError         **error);
/* Like azqf_window_open_workspace, but reports a failure in a dialog. */
void              azqf_window_open_workspace_interactive (AzqfWindow *self,
                                                  const char      *path,
                                                  gboolean         create);
/* The open workspace's path, or NULL on the welcome page. */
const char       *azqf_window_get_workspace_path (AzqfWindow      *self);
AzqfStore        *azqf_window_get_store          (AzqfWindow      *self);
AzqfStandardList *azqf_window_get_standards      (AzqfWindow      *self);
AzqfFrameworks   *azqf_window_get_frameworks     (AzqfWindow      *self);
/* The spell-checker of the open workspace (its word list), or NULL; its
 * dictionaries arrive from a worker thread after the workspace opens. */
AzqfSpellChecker *azqf_window_get_spell_checker  (AzqfWindow      *self);
/* The standard open in the editor, or NULL. */
AzqfDocument     *azqf_window_get_document       (AzqfWindow      *self);
/* Opens the standard with this uuid in the editor (NULL: none), saving the
 * previous one first. */
void              azqf_window_select_standard    (AzqfWindow      *self,
                                                  const char      *uuid);
void              azqf_window_add_toast          (AzqfWindow      *self,
                                                  AdwToast        *toast);
/* A modal AdwMessageDialog with heading and the error's message. */
void              azqf_window_show_error         (AzqfWindow      *self,
                                                  const char      *heading,
                                                  const GError    *error);

G_END_DECLS
