/* azqf-window-private.h: the window's parts, shared by its files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * azqf-window.c            the workspace, the panes, undo/redo, search
 * azqf-window-standards.c  new, duplicate and delete standards (win.*)
 * azqf-window-io.c         export and import of the register XML (win.*)
 */

#pragma once

#include "azqf-sidebar.h"
#include "azqf-standard-page.h"
#include "azqf-welcome-page.h"
#include "azqf-window.h"

G_BEGIN_DECLS

struct _AzqfWindow
{
  AdwApplicationWindow  parent_instance;

  /* template children */
  AdwToastOverlay      *toast_overlay;
  GtkStack             *main_stack;
  AzqfWelcomePage      *welcome_page;
  AdwLeaflet           *leaflet;
  AdwWindowTitle       *sidebar_title;
  AzqfSidebar          *sidebar;
  GtkStack             *content_stack;
  AzqfStandardPage     *standard_page;
  AdwStatusPage        *empty_page;

  /* owned */
  AzqfStore            *store;
  AzqfStandardList     *standards;
  AzqfFrameworks       *frameworks;
  AzqfSpellChecker     *spell_checker;
  AzqfDocument         *document;
  GCancellable         *cancellable;
};

/* Installed by azqf_window_class_init, defined in their files. */
void _azqf_window_class_add_standard_actions (GtkWidgetClass *widget_class);
void _azqf_window_class_add_io_actions       (GtkWidgetClass *widget_class);
/* Enables or disables the actions from the window's state. */
void _azqf_window_update_actions             (AzqfWindow     *self);

G_END_DECLS
