/* azqf-export-cmd.c: `azqf export`, standards as register XML (docs/register.md)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>

#include <glib/gi18n.h>

#include "azqf-register-writer.h"
#include "azqf-store.h"

#include "azqf-cli.h"

int
azqf_cmd_export (int    argc,
                 char **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("WORKSPACE — export standards as register XML"));
  g_autoptr(AzqfStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) codes = NULL;
  g_autofree char *output = NULL;
  const GOptionEntry entries[] = {
    { "code", 0, 0, G_OPTION_ARG_STRING_ARRAY, &codes, N_("Export only the standard with this code (repeatable; default: all)"), N_("CODE") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("Write the XML to this file (required)"), N_("FILE") },
    G_OPTION_ENTRY_NULL
  };
  int status = EXIT_OK;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_description (context,
                                    _("The file is replaced only when the whole export succeeded."));
  if (!azqf_cli_parse_options (context, &argc, &argv, 1, &status))
    return status;

  if (output == NULL)
    return azqf_cli_fail (EXIT_ERROR, "%s", _("give the output file with -o FILE"));

  store = azqf_cli_open_store (argv[1], AZQF_STORE_OPEN_READ_ONLY, &status);
  if (store == NULL)
    return status;

  if (!azqf_register_export (store, (const char * const *) codes, output, &error))
    {
      /* A value XML cannot carry and an unknown code are invalid input (1). */
      if (g_error_matches (error, AZQF_REGISTER_WRITER_ERROR, AZQF_REGISTER_WRITER_ERROR_CHARACTER) ||
          g_error_matches (error, AZQF_STORE_ERROR, AZQF_STORE_ERROR_NOT_FOUND))
        return azqf_cli_fail (EXIT_FINDINGS, "%s", error->message);
      if (error->domain == AZQF_REGISTER_WRITER_ERROR)
        return azqf_cli_fail (EXIT_ERROR, "%s", error->message);
      return azqf_cli_fail_with_error (argv[1], error);
    }

  return EXIT_OK;
}
