/* azqf-locale.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <glib/gi18n.h>

#include "azqf-locale.h"

static void
bind_catalogue (void)
{
  const char *dir = g_getenv ("AZQF_LOCALEDIR");

  bindtextdomain (GETTEXT_PACKAGE, dir != NULL && *dir != '\0' ? dir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}

void
azqf_locale_init_user (void)
{
  setlocale (LC_ALL, "");
  bind_catalogue ();
}

void
azqf_locale_init_test (void)
{
  setlocale (LC_ALL, "C.UTF-8");
  bind_catalogue ();
}
