/* azqf-lint-cmd.c: `azqf lint`, the outcome linter on a workspace or one standard
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>

#include "azqf-finding.h"
#include "azqf-lint.h"
#include "azqf-standard.h"
#include "azqf-store.h"

#include "azqf-cli.h"

/* lint's options are flags without values, so the words that do not start
 * with "-" are its arguments. */
static int
count_arguments (int       argc,
                 char    **argv,
                 gboolean *rules)
{
  gboolean options_ended = FALSE;
  int n = 0;

  for (int i = 1; i < argc; i++)
    {
      if (!options_ended && strcmp (argv[i], "--") == 0)
        options_ended = TRUE;
      else if (options_ended || argv[i][0] != '-' || argv[i][1] == '\0')
        n++;
      else if (strcmp (argv[i], "--rules") == 0)
        *rules = TRUE;
    }

  return n;
}

static int
print_rules (gboolean json)
{
  const char * const *ids = azqf_linter_get_rule_ids ();

  if (json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonNode) root = NULL;

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "rules");
      json_builder_begin_array (builder);
      for (guint i = 0; ids[i] != NULL; i++)
        {
          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "id");
          json_builder_add_string_value (builder, ids[i]);
          json_builder_set_member_name (builder, "name");
          json_builder_add_string_value (builder, azqf_linter_get_rule_name (ids[i]));
          json_builder_set_member_name (builder, "explanation");
          json_builder_add_string_value (builder, azqf_linter_get_rule_explanation (ids[i]));
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      json_builder_end_object (builder);

      root = json_builder_get_root (builder);
      azqf_cli_print_json (root);
      return EXIT_OK;
    }

  for (guint i = 0; ids[i] != NULL; i++)
    printf ("%s%s — %s\n  %s\n", i > 0 ? "\n" : "", ids[i],
            azqf_linter_get_rule_name (ids[i]), azqf_linter_get_rule_explanation (ids[i]));

  return EXIT_OK;
}

static void
count_severities (GPtrArray *findings,
                  guint      counts[3])
{
  counts[AZQF_SEVERITY_INFO] = counts[AZQF_SEVERITY_WARNING] = counts[AZQF_SEVERITY_ERROR] = 0;
  for (guint i = 0; i < findings->len; i++)
    counts[azqf_finding_get_severity (g_ptr_array_index (findings, i))]++;
}

static void
print_json (GPtrArray   *findings,
            const guint  counts[3])
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "findings");
  json_builder_begin_array (builder);
  for (guint i = 0; i < findings->len; i++)
    json_builder_add_value (builder, azqf_finding_to_json (g_ptr_array_index (findings, i)));
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "counts");
  json_builder_begin_object (builder);
  for (AzqfSeverity severity = AZQF_SEVERITY_ERROR; (int) severity >= AZQF_SEVERITY_INFO; severity--)
    {
      json_builder_set_member_name (builder, azqf_severity_to_string (severity));
      json_builder_add_int_value (builder, counts[severity]);
    }
  json_builder_end_object (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  azqf_cli_print_json (root);
}

/* Grouped by standard in the order of standards, each group errors first. */
static void
print_text (GPtrArray   *standards,
            GPtrArray   *findings,
            const guint  counts[3])
{
  gboolean first_group = TRUE;

  if (findings->len == 0)
    {
      printf ("%s\n", _("No findings."));
      return;
    }

  for (guint s = 0; s < standards->len; s++)
    {
      const char *code = azqf_standard_get_code (g_ptr_array_index (standards, s));
      g_autoptr(GPtrArray) group = g_ptr_array_new ();

      for (guint i = 0; i < findings->len; i++)
        if (g_strcmp0 (azqf_finding_get_standard_code (g_ptr_array_index (findings, i)), code) == 0)
          g_ptr_array_add (group, g_ptr_array_index (findings, i));

      if (group->len == 0)
        continue;
      g_ptr_array_sort (group, azqf_finding_compare);

      if (!first_group)
        putchar ('\n');
      first_group = FALSE;

      for (guint i = 0; i < group->len; i++)
        {
          AzqfFinding *finding = g_ptr_array_index (group, i);
          const char *outcome = azqf_finding_get_outcome_code (finding);
          const char *suggestion = azqf_finding_get_suggestion (finding);

          printf ("%s %s [%s] %s (%s)\n", code, outcome != NULL ? outcome : "–",
                  azqf_severity_get_label (azqf_finding_get_severity (finding)),
                  azqf_finding_get_message (finding), azqf_finding_get_rule_id (finding));
          if (suggestion != NULL)
            printf ("    %s\n", suggestion);
        }
    }

  printf ("\n");
  /* TRANSLATORS: the summary of `azqf lint`, e.g. "0 errors, 3 warnings, 1 note" */
  printf (g_dngettext (GETTEXT_PACKAGE, "%u error", "%u errors", counts[AZQF_SEVERITY_ERROR]),
          counts[AZQF_SEVERITY_ERROR]);
  printf (", ");
  printf (g_dngettext (GETTEXT_PACKAGE, "%u warning", "%u warnings", counts[AZQF_SEVERITY_WARNING]),
          counts[AZQF_SEVERITY_WARNING]);
  printf (", ");
  printf (g_dngettext (GETTEXT_PACKAGE, "%u note", "%u notes", counts[AZQF_SEVERITY_INFO]),
          counts[AZQF_SEVERITY_INFO]);
  printf ("\n");
}

/* Every standard of the workspace, whole (units, outcomes): a new array. */
static GPtrArray *
load_all (AzqfStore  *store,
          GError    **error)
{
  g_autoptr(GPtrArray) listed = azqf_store_list_standards (store, NULL, error);
  g_autoptr(GPtrArray) standards = NULL;

  if (listed == NULL)
    return NULL;

  standards = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < listed->len; i++)
    {
      AzqfStandard *standard = azqf_store_load_standard_by_uuid (store,
                                                                 azqf_standard_get_uuid (g_ptr_array_index (listed, i)),
                                                                 error);

      if (standard == NULL)
        return NULL;
      g_ptr_array_add (standards, standard);
    }

  return g_steal_pointer (&standards);
}

int
azqf_cmd_lint (int    argc,
               char **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("WORKSPACE [CODE] — check the learning outcomes"));
  g_autoptr(AzqfStore) store = NULL;
  g_autoptr(AzqfLinter) linter = NULL;
  g_autoptr(GPtrArray) standards = NULL;
  g_autoptr(GPtrArray) findings = NULL;
  g_autoptr(GError) error = NULL;
  gboolean json = FALSE;
  gboolean rules = FALSE;
  gboolean rules_given = FALSE;
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON"), NULL },
    { "rules", 0, 0, G_OPTION_ARG_NONE, &rules, N_("List the rules and why they exist, then exit"), NULL },
    G_OPTION_ENTRY_NULL
  };
  guint counts[3];
  int status = EXIT_OK;
  int n_args = count_arguments (argc, argv, &rules_given);

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_summary (context,
                                _("Checks every learning outcome of the workspace, or of the standard CODE, "
                                  "in Azerbaijani and English: vague or missing action verbs, two actions in one "
                                  "outcome, length, missing or diverging translations, verbs that do not suit the "
                                  "level, and duplicates (across the workspace when no CODE is given)."));
  g_option_context_set_description (context,
                                    _("Exit status: 1 when there is any error or warning (lint findings are warnings, "
                                      "a missing translation in an approved or registered standard is an error), "
                                      "0 when there are none or only notes, 2 on usage or I/O errors."));

  /* WORKSPACE and an optional CODE; nothing with --rules. */
  if (!azqf_cli_parse_options (context, &argc, &argv,
                               n_args == 2 ? 2 : n_args == 0 && rules_given ? 0 : 1,
                               &status))
    return status;

  if (rules)
    return print_rules (json);

  linter = azqf_linter_new (&error);
  if (linter == NULL)
    return azqf_cli_fail (EXIT_ERROR, "%s", error->message);

  store = azqf_cli_open_store (argv[1], AZQF_STORE_OPEN_READ_ONLY, &status);
  if (store == NULL)
    return status;

  if (argc == 3)
    {
      AzqfStandard *standard = azqf_cli_load_standard (store, argv[1], argv[2], &status);

      if (standard == NULL)
        return status;

      standards = g_ptr_array_new_with_free_func (g_object_unref);
      g_ptr_array_add (standards, standard);
      findings = azqf_linter_check_standard (linter, standard);
    }
  else
    {
      standards = load_all (store, &error);
      if (standards == NULL)
        return azqf_cli_fail_with_error (argv[1], error);
      findings = azqf_linter_check_standards (linter, standards);
    }

  count_severities (findings, counts);

  if (json)
    {
      g_ptr_array_sort (findings, azqf_finding_compare);
      print_json (findings, counts);
    }
  else
    print_text (standards, findings, counts);

  return counts[AZQF_SEVERITY_ERROR] + counts[AZQF_SEVERITY_WARNING] > 0 ? EXIT_FINDINGS : EXIT_OK;
}
