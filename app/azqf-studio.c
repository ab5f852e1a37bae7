/* azqf-studio.c: the AzQF Studio editor
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "azqf-application.h"
#include "azqf-locale.h"

/* The resources of the static azqf-ui library; referencing them keeps the
 * linker from dropping the object that registers them. */
GResource *azqf_ui_get_resource (void);

int
main (int    argc,
      char **argv)
{
  g_autoptr(AzqfApplication) app = NULL;

  azqf_application_apply_ui_language ();
  azqf_locale_init_user ();
  g_set_prgname ("azqf-studio");
  (void) azqf_ui_get_resource ();

  app = azqf_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
