/* azqf-window-io.c: scaffolding, replaced by the real actions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "azqf-window-private.h"

static void
pending_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
}

void
_azqf_window_class_add_io_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.export-standard", NULL, pending_action);
  gtk_widget_class_install_action (widget_class, "win.export-workspace", NULL, pending_action);
  gtk_widget_class_install_action (widget_class, "win.import", NULL, pending_action);
}
