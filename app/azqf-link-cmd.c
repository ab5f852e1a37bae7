/* azqf-link-cmd.c: azqf link, the author's decision on a link to a descriptor element
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>

#include <glib/gi18n.h>

#include "azqf-framework.h"
#include "azqf-gap.h"
#include "azqf-standard.h"
#include "azqf-store.h"

#include "azqf-cli.h"

int
azqf_cmd_link (int    argc,
               char **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("WORKSPACE CODE OUTCOME ELEMENT — confirm or reject a link to a descriptor element"));
  g_autoptr(AzqfStore) store = NULL;
  g_autoptr(AzqfStandard) standard = NULL;
  g_autoptr(AzqfFrameworks) frameworks = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *type_text = NULL;
  g_autofree char *comment = NULL;
  gboolean confirm = FALSE;
  gboolean reject = FALSE;
  const GOptionEntry entries[] = {
    { "confirm", 0, 0, G_OPTION_ARG_NONE, &confirm, N_("Confirm the link: it counts as coverage"), NULL },
    { "reject", 0, 0, G_OPTION_ARG_NONE, &reject, N_("Reject a suggested link: it is not offered again"), NULL },
    { "type", 0, 0, G_OPTION_ARG_STRING, &type_text, N_("With --confirm: covers (default), partial or related"), N_("TYPE") },
    { "comment", 0, 0, G_OPTION_ARG_STRING, &comment, N_("A comment on the link"), N_("TEXT") },
    G_OPTION_ENTRY_NULL
  };
  AzqfLinkType type = AZQF_LINK_COVERS;
  int status = EXIT_OK;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_description (context,
                                    _("The elements and the suggestions of a standard are listed by “azqf gap WORKSPACE CODE”."));
  if (!azqf_cli_parse_options (context, &argc, &argv, 4, &status))
    return status;

  if (confirm == reject)
    return azqf_cli_fail (EXIT_ERROR, "%s", _("give either --confirm or --reject"));

  if (type_text != NULL && !azqf_link_type_from_string (type_text, &type))
    return azqf_cli_fail (EXIT_FINDINGS, _("unknown link type “%s”: use covers, partial or related"), type_text);

  store = azqf_cli_open_store (argv[1], AZQF_STORE_OPEN_DEFAULT, &status);
  if (store == NULL)
    return status;

  frameworks = azqf_frameworks_load (store, &error);
  if (frameworks == NULL)
    return azqf_cli_fail_with_error (argv[1], error);

  standard = azqf_cli_load_standard (store, argv[1], argv[2], &status);
  if (standard == NULL)
    return status;

  if (!azqf_gap_decide_link (frameworks, standard, argv[3], argv[4],
                             confirm ? AZQF_LINK_STATE_CONFIRMED : AZQF_LINK_STATE_REJECTED,
                             type, comment, &error))
    return azqf_cli_fail_with_error (argv[1], error);

  azqf_standard_set_modified (standard, g_get_real_time () / G_USEC_PER_SEC);

  if (!azqf_store_save_standard (store, standard, &error))
    return azqf_cli_fail_with_error (argv[1], error);

  if (confirm)
    printf (_("Confirmed: %s → %s (%s)\n"), argv[3], argv[4], azqf_link_type_to_string (type));
  else
    printf (_("Rejected: %s → %s; it will not be suggested again\n"), argv[3], argv[4]);

  return EXIT_OK;
}
