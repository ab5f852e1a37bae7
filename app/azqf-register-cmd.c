/* azqf-register-cmd.c: `azqf validate` and `azqf import` of register XML
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Prints every problem as FILE:LINE:COL: message [ID] (register-format.md §7.1).
 */

#include "config.h"

#include <stdio.h>

#include <glib/gi18n.h>

#include "azqf-register-import.h"
#include "azqf-register-reader.h"

#include "azqf-cli.h"

static void
print_problems (GPtrArray *problems)
{
  for (guint i = 0; i < problems->len; i++)
    {
      AzqfRegisterProblem *problem = g_ptr_array_index (problems, i);

      g_printerr ("%s:%u:%u: %s [%s]\n", problem->file, problem->line,
                  problem->column, problem->message, problem->id);
    }
}

static void
print_problems_json (GPtrArray *problems)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;

  json_builder_begin_array (builder);
  for (guint i = 0; i < problems->len; i++)
    {
      AzqfRegisterProblem *problem = g_ptr_array_index (problems, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "file");
      json_builder_add_string_value (builder, problem->file);
      json_builder_set_member_name (builder, "line");
      json_builder_add_int_value (builder, problem->line);
      json_builder_set_member_name (builder, "column");
      json_builder_add_int_value (builder, problem->column);
      json_builder_set_member_name (builder, "id");
      json_builder_add_string_value (builder, problem->id);
      json_builder_set_member_name (builder, "message");
      json_builder_add_string_value (builder, problem->message);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  root = json_builder_get_root (builder);
  azqf_cli_print_json (root);
}

int
azqf_cmd_validate (int    argc,
                   char **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("FILE — check a register XML file"));
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  gboolean complete = FALSE;
  gboolean json = FALSE;
  const GOptionEntry entries[] = {
    { "complete", 0, 0, G_OPTION_ARG_NONE, &complete, N_("Check every standard for what registration needs, whatever its status"), NULL },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON"), NULL },
    G_OPTION_ENTRY_NULL
  };
  int status = EXIT_OK;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!azqf_cli_parse_options (context, &argc, &argv, 1, &status))
    return status;

  if (!g_file_test (argv[1], G_FILE_TEST_IS_REGULAR))
    return azqf_cli_fail (EXIT_ERROR, _("%s: not a readable file"), argv[1]);

  if (!azqf_register_read (argv[1], complete, NULL, NULL, &problems, &error))
    return azqf_cli_fail (EXIT_ERROR, "%s: %s", argv[1], error->message);

  if (json)
    print_problems_json (problems);
  else
    print_problems (problems);

  return problems->len > 0 ? EXIT_FINDINGS : EXIT_OK;
}

static const char *
action_label (AzqfRegisterPlanAction action)
{
  switch (action)
    {
    case AZQF_REGISTER_PLAN_ADDED:
      return _("added");
    case AZQF_REGISTER_PLAN_REPLACED:
      return _("replaced");
    case AZQF_REGISTER_PLAN_NEW_VERSION:
      return _("new version");
    case AZQF_REGISTER_PLAN_UNCHANGED:
    default:
      return _("unchanged");
    }
}

int
azqf_cmd_import (int    argc,
                 char **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("WORKSPACE FILE — import standards from register XML"));
  g_autoptr(AzqfStore) store = NULL;
  g_autoptr(GPtrArray) plan = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  gboolean replace = FALSE;
  gboolean new_version = FALSE;
  gboolean dry_run = FALSE;
  const GOptionEntry entries[] = {
    { "replace", 0, 0, G_OPTION_ARG_NONE, &replace, N_("Replace standards that exist with different content"), NULL },
    { "new-version", 0, 0, G_OPTION_ARG_NONE, &new_version, N_("Store changed standards as a new version of the existing ones"), NULL },
    { "dry-run", 'n', 0, G_OPTION_ARG_NONE, &dry_run, N_("Only check the file and print the plan"), NULL },
    G_OPTION_ENTRY_NULL
  };
  AzqfRegisterImportMode mode = AZQF_REGISTER_IMPORT_REFUSE;
  int status = EXIT_OK;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_description (context,
                                    _("Nothing is written unless the whole file can be imported."));
  if (!azqf_cli_parse_options (context, &argc, &argv, 2, &status))
    return status;

  if (replace && new_version)
    return azqf_cli_fail (EXIT_ERROR, "%s", _("give --replace or --new-version, not both"));
  if (replace)
    mode = AZQF_REGISTER_IMPORT_REPLACE;
  else if (new_version)
    mode = AZQF_REGISTER_IMPORT_NEW_VERSION;

  if (!g_file_test (argv[2], G_FILE_TEST_IS_REGULAR))
    return azqf_cli_fail (EXIT_ERROR, _("%s: not a readable file"), argv[2]);

  store = azqf_cli_open_store (argv[1], dry_run ? AZQF_STORE_OPEN_READ_ONLY : AZQF_STORE_OPEN_DEFAULT, &status);
  if (store == NULL)
    return status;

  if (!azqf_register_import (store, argv[2], mode, dry_run, &plan, &problems, &error))
    return azqf_cli_fail_with_error (argv[1], error);

  for (guint i = 0; i < plan->len; i++)
    {
      AzqfRegisterPlanItem *item = g_ptr_array_index (plan, i);

      g_print ("%s\t%s\t%u\n", action_label (item->action), item->code, item->version);
    }

  print_problems (problems);
  return problems->len > 0 ? EXIT_FINDINGS : EXIT_OK;
}
