/* azqf.c: the AzQF Studio command-line tool
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Parses a command, calls the model, prints, and exits with 0 (ok),
 * 1 (findings or invalid input) or 2 (usage or I/O error).
 */

#include "config.h"

#include <errno.h>
#include <locale.h>
#include <stdio.h>
#include <unistd.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "azqf-classification.h"
#include "azqf-criterion.h"
#include "azqf-field.h"
#include "azqf-json.h"
#include "azqf-locale.h"
#include "azqf-outcome.h"
#include "azqf-relation.h"
#include "azqf-sample.h"
#include "azqf-search-hit.h"
#include "azqf-standard.h"
#include "azqf-store.h"
#include "azqf-unit.h"
#include "azqf-value.h"

#include "azqf-cli.h"

/* init */

static int
cmd_init (int    argc,
          char **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("WORKSPACE — create a new workspace"));
  g_autoptr(AzqfStore) store = NULL;
  g_autoptr(GError) error = NULL;
  gboolean sample = FALSE;
  const GOptionEntry entries[] = {
    { "sample", 0, 0, G_OPTION_ARG_NONE, &sample, N_("Fill it with the sample standards"), NULL },
    G_OPTION_ENTRY_NULL
  };
  int status = EXIT_OK;
  guint count = 0;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!azqf_cli_parse_options (context, &argc, &argv, 1, &status))
    return status;

  store = azqf_store_create (argv[1], &error);
  if (store == NULL)
    return azqf_cli_fail (EXIT_ERROR, "%s", error->message);

  if (sample && !azqf_sample_populate (store, &error))
    {
      /* All or nothing: do not leave an empty workspace behind. */
      azqf_store_close (store);
      g_unlink (argv[1]);
      return azqf_cli_fail_with_error (argv[1], error);
    }

  count = azqf_store_count_standards (store, NULL, NULL);
  printf (g_dngettext (GETTEXT_PACKAGE,
                       "Created workspace %s with %u standard\n",
                       "Created workspace %s with %u standards\n", count),
          argv[1], count);
  return EXIT_OK;
}

/* list */

static int
cmd_list (int    argc,
          char **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("WORKSPACE — list the standards"));
  g_autoptr(AzqfStore) store = NULL;
  g_autoptr(GPtrArray) standards = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *kind = NULL;
  g_autofree char *status_text = NULL;
  g_autofree char *lang_text = NULL;
  gboolean json = FALSE;
  int level = 0;
  const GOptionEntry entries[] = {
    { "kind", 0, 0, G_OPTION_ARG_STRING, &kind, N_("Only standards of this kind (occupational, educational, qualification)"), N_("KIND") },
    { "level", 0, 0, G_OPTION_ARG_INT, &level, N_("Only standards at this AzQF level (1–8)"), N_("N") },
    { "status", 0, 0, G_OPTION_ARG_STRING, &status_text, N_("Only standards with this status (draft, in_review, approved, registered, withdrawn)"), N_("STATUS") },
    { "lang", 0, 0, G_OPTION_ARG_STRING, &lang_text, N_("Titles and alphabetical order in this language (az or en; default az)"), N_("LANG") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON"), NULL },
    G_OPTION_ENTRY_NULL
  };
  AzqfStoreFilter filter = AZQF_STORE_FILTER_INIT;
  int status = EXIT_OK;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!azqf_cli_parse_options (context, &argc, &argv, 1, &status))
    return status;

  if (kind != NULL)
    {
      AzqfKind value;

      if (!azqf_kind_from_string (kind, &value))
        return azqf_cli_fail (EXIT_FINDINGS, _("unknown kind “%s”: use occupational, educational or qualification"), kind);
      filter.kind = value;
    }

  if (status_text != NULL)
    {
      AzqfStatus value;

      if (!azqf_status_from_string (status_text, &value))
        return azqf_cli_fail (EXIT_FINDINGS, _("unknown status “%s”: use draft, in_review, approved, registered or withdrawn"), status_text);
      filter.status = value;
    }

  if (!azqf_cli_check_level (level, &error))
    return azqf_cli_fail (EXIT_FINDINGS, "%s", error->message);
  filter.level = level;

  if (!azqf_cli_parse_lang (lang_text, &filter.sort_lang))
    return azqf_cli_fail (EXIT_FINDINGS, _("unknown language “%s”: use az or en"), lang_text);

  store = azqf_cli_open_store (argv[1], AZQF_STORE_OPEN_READ_ONLY, &status);
  if (store == NULL)
    return status;

  standards = azqf_store_list_standards (store, &filter, &error);
  if (standards == NULL)
    return azqf_cli_fail_with_error (argv[1], error);

  if (json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonNode) root = NULL;
      g_autofree char *display_name = g_filename_display_name (argv[1]);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "workspace");
      json_builder_add_string_value (builder, display_name);
      json_builder_set_member_name (builder, "standards");
      json_builder_begin_array (builder);
      for (guint i = 0; i < standards->len; i++)
        json_builder_add_value (builder, azqf_json_from_standard (g_ptr_array_index (standards, i), FALSE));
      json_builder_end_array (builder);
      json_builder_end_object (builder);

      root = json_builder_get_root (builder);
      azqf_cli_print_json (root);
      return EXIT_OK;
    }

  if (standards->len == 0)
    {
      printf ("%s\n", _("No standards."));
      return EXIT_OK;
    }

  /* TRANSLATORS: column headings of `azqf list` */
  azqf_cli_print_cell (_("CODE"), 16);
  azqf_cli_print_cell (_("KIND"), 15);
  azqf_cli_print_cell (_("LEVEL"), 7);
  azqf_cli_print_cell (_("STATUS"), 11);
  printf ("%s\n", _("TITLE"));

  for (guint i = 0; i < standards->len; i++)
    {
      AzqfStandard *standard = g_ptr_array_index (standards, i);
      g_autofree char *level_text = azqf_standard_get_level (standard) > 0
                                      ? g_strdup_printf ("%u", azqf_standard_get_level (standard))
                                      : g_strdup ("–");

      azqf_cli_print_cell (azqf_standard_get_code (standard), 15);
      putchar (' ');
      azqf_cli_print_cell (azqf_kind_to_string (azqf_standard_get_kind (standard)), 15);
      azqf_cli_print_cell (level_text, 7);
      azqf_cli_print_cell (azqf_status_to_string (azqf_standard_get_status (standard)), 11);
      printf ("%s\n", azqf_standard_get_display_title (standard, filter.sort_lang));
    }

  return EXIT_OK;
}

/* show */

static void
print_pair (const char *label,
            const char *az,
            const char *en)
{
  if (az == NULL && en == NULL)
    return;

  printf ("%s:\n", label);
  printf ("  az: %s\n", az != NULL ? az : _("(missing)"));
  printf ("  en: %s\n", en != NULL ? en : _("(missing)"));
}

static void
print_value (const char *label,
             const char *value)
{
  if (value != NULL)
    printf ("%s: %s\n", label, value);
}

static void
print_outcomes (GListModel *outcomes,
                const char *indent)
{
  for (guint i = 0; i < g_list_model_get_n_items (outcomes); i++)
    {
      g_autoptr(AzqfOutcome) outcome = g_list_model_get_item (outcomes, i);
      GListModel *criteria = azqf_outcome_get_criteria (outcome);
      const char *az = azqf_outcome_get_text (outcome, AZQF_LANG_AZ);
      const char *en = azqf_outcome_get_text (outcome, AZQF_LANG_EN);

      printf ("%s%s [%s]\n", indent, azqf_outcome_get_code (outcome),
              azqf_domain_get_label (azqf_outcome_get_domain (outcome)));
      printf ("%s  az: %s\n", indent, az != NULL ? az : _("(missing)"));
      printf ("%s  en: %s\n", indent, en != NULL ? en : _("(missing)"));

      for (guint j = 0; j < g_list_model_get_n_items (criteria); j++)
        {
          g_autoptr(AzqfCriterion) criterion = g_list_model_get_item (criteria, j);
          const char *c_az = azqf_criterion_get_text (criterion, AZQF_LANG_AZ);
          const char *c_en = azqf_criterion_get_text (criterion, AZQF_LANG_EN);

          printf ("%s    %u. %s\n", indent, j + 1, c_az != NULL ? c_az : _("(missing)"));
          printf ("%s       %s\n", indent, c_en != NULL ? c_en : _("(missing)"));
        }
    }
}

static void
print_standard (AzqfStandard *standard)
{
  const AzqfClassificationEntry *entry;
  GListModel *units = azqf_standard_get_units (standard);
  GListModel *relations = azqf_standard_get_relations (standard);
  g_autofree char *created = azqf_value_format_datetime (azqf_standard_get_created (standard));
  g_autofree char *modified = azqf_value_format_datetime (azqf_standard_get_modified (standard));
  guint level = azqf_standard_get_level (standard);

  printf ("%s — %s\n", azqf_standard_get_code (standard),
          azqf_kind_get_label (azqf_standard_get_kind (standard)));
  printf (_("Status: %s, version %u\n"),
          azqf_status_get_label (azqf_standard_get_status (standard)),
          azqf_standard_get_version (standard));
  print_pair (_("Title"),
              azqf_standard_get_text (standard, AZQF_STANDARD_TITLE, AZQF_LANG_AZ),
              azqf_standard_get_text (standard, AZQF_STANDARD_TITLE, AZQF_LANG_EN));
  print_pair (_("Summary"),
              azqf_standard_get_text (standard, AZQF_STANDARD_SUMMARY, AZQF_LANG_AZ),
              azqf_standard_get_text (standard, AZQF_STANDARD_SUMMARY, AZQF_LANG_EN));

  if (level > 0)
    {
      AzqfCycle cycle = azqf_standard_get_qfehea_cycle (standard);

      if (cycle != AZQF_CYCLE_NONE)
        printf (_("AzQF level %u (EQF level %u, QF-EHEA %s)\n"), level,
                azqf_standard_get_eqf_level (standard), azqf_cycle_get_label (cycle));
      else
        printf (_("AzQF level %u (EQF level %u)\n"), level, azqf_standard_get_eqf_level (standard));
    }

  if (azqf_standard_get_isco08 (standard) != NULL)
    {
      entry = azqf_classification_lookup (AZQF_CLASSIFICATION_ISCO08, azqf_standard_get_isco08 (standard));
      printf ("ISCO-08: %s %s\n", azqf_standard_get_isco08 (standard),
              entry != NULL ? azqf_classification_entry_get_title (entry, AZQF_LANG_EN) : "");
    }
  if (azqf_standard_get_isced_f (standard) != NULL)
    {
      entry = azqf_classification_lookup (AZQF_CLASSIFICATION_ISCED_F, azqf_standard_get_isced_f (standard));
      printf ("ISCED-F 2013: %s %s\n", azqf_standard_get_isced_f (standard),
              entry != NULL ? azqf_classification_entry_get_title (entry, AZQF_LANG_EN) : "");
    }

  print_pair (_("Sector"),
              azqf_standard_get_text (standard, AZQF_STANDARD_SECTOR, AZQF_LANG_AZ),
              azqf_standard_get_text (standard, AZQF_STANDARD_SECTOR, AZQF_LANG_EN));
  if (azqf_standard_get_ects_credits (standard) >= 0)
    {
      g_autofree char *credits = azqf_value_format_credits (azqf_standard_get_ects_credits (standard));
      print_value (_("ECTS credits"), credits);
    }
  print_value (_("Duration"), azqf_standard_get_duration (standard));
  print_pair (_("Awarding body"),
              azqf_standard_get_text (standard, AZQF_STANDARD_AWARDING_BODY, AZQF_LANG_AZ),
              azqf_standard_get_text (standard, AZQF_STANDARD_AWARDING_BODY, AZQF_LANG_EN));
  print_pair (_("Approving body"),
              azqf_standard_get_text (standard, AZQF_STANDARD_APPROVING_BODY, AZQF_LANG_AZ),
              azqf_standard_get_text (standard, AZQF_STANDARD_APPROVING_BODY, AZQF_LANG_EN));
  print_value (_("Decision number"), azqf_standard_get_decision_number (standard));
  print_value (_("Decision date"), azqf_standard_get_decision_date (standard));
  print_value (_("Review date"), azqf_standard_get_review_date (standard));
  print_value (_("Created"), created);
  print_value (_("Modified"), modified);

  if (g_list_model_get_n_items (azqf_standard_get_outcomes (standard)) > 0)
    {
      printf ("\n%s\n", _("Learning outcomes of the standard:"));
      print_outcomes (azqf_standard_get_outcomes (standard), "  ");
    }

  for (guint i = 0; i < g_list_model_get_n_items (units); i++)
    {
      g_autoptr(AzqfUnit) unit = g_list_model_get_item (units, i);
      const char *az = azqf_unit_get_title (unit, AZQF_LANG_AZ);
      const char *en = azqf_unit_get_title (unit, AZQF_LANG_EN);

      printf ("\n%s %s\n", _("Unit"), azqf_unit_get_code (unit));
      printf ("  az: %s\n", az != NULL ? az : _("(missing)"));
      printf ("  en: %s\n", en != NULL ? en : _("(missing)"));
      if (azqf_unit_get_ects_credits (unit) >= 0)
        {
          g_autofree char *credits = azqf_value_format_credits (azqf_unit_get_ects_credits (unit));
          printf ("  %s: %s\n", _("ECTS credits"), credits);
        }
      print_outcomes (azqf_unit_get_outcomes (unit), "  ");
    }

  if (g_list_model_get_n_items (relations) > 0)
    printf ("\n%s\n", _("Relations:"));
  for (guint i = 0; i < g_list_model_get_n_items (relations); i++)
    {
      g_autoptr(AzqfRelation) relation = g_list_model_get_item (relations, i);

      printf ("  %s %s (%s)\n",
              azqf_relation_type_get_label (azqf_relation_get_relation_type (relation)),
              azqf_relation_get_target_code (relation),
              azqf_relation_get_target_uuid (relation));
    }
}

static int
cmd_show (int    argc,
          char **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("WORKSPACE CODE — show one standard"));
  g_autoptr(AzqfStore) store = NULL;
  g_autoptr(AzqfStandard) standard = NULL;
  gboolean json = FALSE;
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON"), NULL },
    G_OPTION_ENTRY_NULL
  };
  int status = EXIT_OK;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!azqf_cli_parse_options (context, &argc, &argv, 2, &status))
    return status;

  store = azqf_cli_open_store (argv[1], AZQF_STORE_OPEN_READ_ONLY, &status);
  if (store == NULL)
    return status;

  standard = azqf_cli_load_standard (store, argv[1], argv[2], &status);
  if (standard == NULL)
    return status;

  if (json)
    {
      g_autoptr(JsonNode) root = azqf_json_from_standard (standard, TRUE);
      azqf_cli_print_json (root);
    }
  else
    print_standard (standard);

  return EXIT_OK;
}

/* search */

static char *
render_snippet (const char *snippet,
                const char *start,
                const char *end)
{
  g_auto(GStrv) parts = NULL;
  g_autofree char *marked = NULL;

  if (snippet == NULL)
    return g_strdup ("");

  parts = g_strsplit (snippet, AZQF_SEARCH_MARK_START, -1);
  marked = g_strjoinv (start, parts);
  g_strfreev (g_steal_pointer (&parts));
  parts = g_strsplit (marked, AZQF_SEARCH_MARK_END, -1);
  return g_strjoinv (end, parts);
}

static int
cmd_search (int    argc,
            char **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("WORKSPACE QUERY — full-text search"));
  g_autoptr(AzqfStore) store = NULL;
  g_autoptr(GPtrArray) hits = NULL;
  g_autoptr(GError) error = NULL;
  gboolean json = FALSE;
  int limit = 20;
  const GOptionEntry entries[] = {
    { "limit", 0, 0, G_OPTION_ARG_INT, &limit, N_("Show at most N results (default 20)"), N_("N") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON"), NULL },
    G_OPTION_ENTRY_NULL
  };
  int status = EXIT_OK;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!azqf_cli_parse_options (context, &argc, &argv, 2, &status))
    return status;

  if (limit <= 0)
    return azqf_cli_fail (EXIT_FINDINGS, _("--limit must be a positive number"));

  store = azqf_cli_open_store (argv[1], AZQF_STORE_OPEN_READ_ONLY, &status);
  if (store == NULL)
    return status;

  hits = azqf_store_search (store, argv[2], limit, &error);
  if (hits == NULL)
    return azqf_cli_fail_with_error (argv[1], error);

  if (json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonNode) root = NULL;

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "query");
      json_builder_add_string_value (builder, argv[2]);
      json_builder_set_member_name (builder, "hits");
      json_builder_begin_array (builder);
      for (guint i = 0; i < hits->len; i++)
        {
          AzqfSearchHit *hit = g_ptr_array_index (hits, i);
          g_autofree char *plain = render_snippet (azqf_search_hit_get_snippet (hit), "", "");
          g_autofree char *marked = render_snippet (azqf_search_hit_get_snippet (hit), "[", "]");

          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "code");
          json_builder_add_string_value (builder, azqf_search_hit_get_standard_code (hit));
          json_builder_set_member_name (builder, "title");
          json_builder_begin_object (builder);
          if (azqf_search_hit_get_title (hit, AZQF_LANG_AZ) != NULL)
            {
              json_builder_set_member_name (builder, "az");
              json_builder_add_string_value (builder, azqf_search_hit_get_title (hit, AZQF_LANG_AZ));
            }
          if (azqf_search_hit_get_title (hit, AZQF_LANG_EN) != NULL)
            {
              json_builder_set_member_name (builder, "en");
              json_builder_add_string_value (builder, azqf_search_hit_get_title (hit, AZQF_LANG_EN));
            }
          json_builder_end_object (builder);
          json_builder_set_member_name (builder, "field");
          json_builder_add_string_value (builder, azqf_search_field_to_string (azqf_search_hit_get_field (hit)));
          if (azqf_search_hit_get_item_code (hit) != NULL)
            {
              json_builder_set_member_name (builder, "item");
              json_builder_add_string_value (builder, azqf_search_hit_get_item_code (hit));
            }
          json_builder_set_member_name (builder, "lang");
          json_builder_add_string_value (builder, azqf_lang_to_string (azqf_search_hit_get_lang (hit)));
          json_builder_set_member_name (builder, "snippet");
          json_builder_add_string_value (builder, plain);
          json_builder_set_member_name (builder, "highlighted");
          json_builder_add_string_value (builder, marked);
          json_builder_set_member_name (builder, "rank");
          json_builder_add_double_value (builder, azqf_search_hit_get_rank (hit));
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      json_builder_end_object (builder);

      root = json_builder_get_root (builder);
      azqf_cli_print_json (root);
      return EXIT_OK;
    }

  if (hits->len == 0)
    {
      printf (_("Nothing found for “%s”.\n"), argv[2]);
      return EXIT_OK;
    }

  for (guint i = 0; i < hits->len; i++)
    {
      AzqfSearchHit *hit = g_ptr_array_index (hits, i);
      gboolean tty = isatty (STDOUT_FILENO);
      g_autofree char *snippet = render_snippet (azqf_search_hit_get_snippet (hit),
                                                 tty ? "\033[1m" : "[", tty ? "\033[0m" : "]");
      const char *item = azqf_search_hit_get_item_code (hit);

      printf ("%s  %s%s%s (%s)\n    %s\n",
              azqf_search_hit_get_standard_code (hit),
              azqf_search_field_get_label (azqf_search_hit_get_field (hit)),
              item != NULL ? " " : "", item != NULL ? item : "",
              azqf_lang_to_string (azqf_search_hit_get_lang (hit)),
              snippet);
    }

  return EXIT_OK;
}

/* new, set, delete: the commands that write */

static int
cmd_new (int    argc,
         char **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("WORKSPACE KIND CODE — add a new draft standard"));
  g_autoptr(AzqfStore) store = NULL;
  g_autoptr(AzqfStandard) standard = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title_az = NULL;
  g_autofree char *title_en = NULL;
  int level = 0;
  const GOptionEntry entries[] = {
    { "level", 0, 0, G_OPTION_ARG_INT, &level, N_("AzQF level (1–8)"), N_("N") },
    { "title-az", 0, 0, G_OPTION_ARG_STRING, &title_az, N_("Title in Azerbaijani"), N_("TITLE") },
    { "title-en", 0, 0, G_OPTION_ARG_STRING, &title_en, N_("Title in English"), N_("TITLE") },
    G_OPTION_ENTRY_NULL
  };
  int status = EXIT_OK;
  AzqfKind kind;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!azqf_cli_parse_options (context, &argc, &argv, 3, &status))
    return status;

  if (!azqf_kind_from_string (argv[2], &kind))
    return azqf_cli_fail (EXIT_FINDINGS, _("unknown kind “%s”: use occupational, educational or qualification"), argv[2]);

  standard = azqf_standard_new (kind, argv[3], &error);
  if (standard == NULL ||
      !azqf_cli_check_level (level, &error) ||
      (level != 0 && !azqf_standard_set_level (standard, level, &error)) ||
      (title_az != NULL && !azqf_field_set (standard, "title-az", title_az, &error)) ||
      (title_en != NULL && !azqf_field_set (standard, "title-en", title_en, &error)))
    return azqf_cli_fail_with_error (argv[1], error);

  store = azqf_cli_open_store (argv[1], AZQF_STORE_OPEN_DEFAULT, &status);
  if (store == NULL)
    return status;

  if (!azqf_store_insert_standard (store, standard, &error))
    return azqf_cli_fail_with_error (argv[1], error);

  printf (_("Added %s\n"), azqf_standard_get_code (standard));
  return EXIT_OK;
}

static int
cmd_set (int    argc,
         char **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("WORKSPACE CODE FIELD VALUE — change one field of a standard"));
  g_autoptr(AzqfStore) store = NULL;
  g_autoptr(AzqfStandard) standard = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *fields = NULL;
  g_autofree char *description = NULL;
  int status = EXIT_OK;

  fields = g_strjoinv (", ", (char **) azqf_field_names ());
  description = g_strdup_printf (_("Fields: %s. An empty VALUE clears an optional field."), fields);
  g_option_context_set_description (context, description);
  /* Options end at WORKSPACE, so a VALUE may start with "-" ("-5", "- item"). */
  g_option_context_set_strict_posix (context, TRUE);

  if (!azqf_cli_parse_options (context, &argc, &argv, 4, &status))
    return status;

  store = azqf_cli_open_store (argv[1], AZQF_STORE_OPEN_DEFAULT, &status);
  if (store == NULL)
    return status;

  standard = azqf_cli_load_standard (store, argv[1], argv[2], &status);
  if (standard == NULL)
    return status;

  if (!azqf_field_set (standard, argv[3], argv[4], &error))
    return azqf_cli_fail_with_error (argv[1], error);

  azqf_standard_set_modified (standard, g_get_real_time () / G_USEC_PER_SEC);

  if (!azqf_store_save_standard (store, standard, &error))
    return azqf_cli_fail_with_error (argv[1], error);

  return EXIT_OK;
}

static int
cmd_delete (int    argc,
            char **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("WORKSPACE CODE — delete a standard"));
  g_autoptr(AzqfStore) store = NULL;
  g_autoptr(AzqfStandard) standard = NULL;
  g_autoptr(GError) error = NULL;
  int status = EXIT_OK;

  if (!azqf_cli_parse_options (context, &argc, &argv, 2, &status))
    return status;

  store = azqf_cli_open_store (argv[1], AZQF_STORE_OPEN_DEFAULT, &status);
  if (store == NULL)
    return status;

  standard = azqf_cli_load_standard (store, argv[1], argv[2], &status);
  if (standard == NULL)
    return status;

  if (!azqf_store_delete_standard (store, azqf_standard_get_uuid (standard), &error))
    return azqf_cli_fail_with_error (argv[1], error);

  return EXIT_OK;
}

/* main */

static const struct
{
  const char      *name;
  AzqfCommandFunc  func;
  const char      *summary;
} commands[] = {
  { "init", cmd_init, N_("Create a workspace (--sample: with the sample standards)") },
  { "list", cmd_list, N_("List the standards of a workspace") },
  { "show", cmd_show, N_("Show one standard") },
  { "search", cmd_search, N_("Search titles, summaries, outcomes and criteria") },
  { "new", cmd_new, N_("Add a new draft standard") },
  { "set", cmd_set, N_("Change one field of a standard") },
  { "delete", cmd_delete, N_("Delete a standard") },
  { "gap", azqf_cmd_gap, N_("Gap analysis of one standard") },
  { "framework", azqf_cmd_framework, N_("List, show or import framework descriptors") },
  { "lint", azqf_cmd_lint, N_("Check learning outcomes") },
  { "spell", azqf_cmd_spell, N_("Check the spelling of every text") },
  { "link", azqf_cmd_link, N_("Confirm or reject a link to a descriptor element") },
  { "export", azqf_cmd_export, N_("Export standards as register XML") },
  { "validate", azqf_cmd_validate, N_("Check a register XML file") },
  { "import", azqf_cmd_import, N_("Import standards from register XML") },
};

static void
print_usage (FILE *stream)
{
  fprintf (stream, "%s\n", _("Usage: azqf COMMAND WORKSPACE … [OPTION…]"));
  fprintf (stream, "\n%s\n", _("Write and check qualification standards for the Azerbaijan National Qualifications Framework."));
  fprintf (stream, "\n%s\n", _("Commands:"));
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    fprintf (stream, "  %-8s %s\n", commands[i].name, _(commands[i].summary));
  fprintf (stream, "\n%s\n", _("Run “azqf COMMAND --help” for the options of a command."));
  fprintf (stream, "%s\n", _("Exit status: 0 ok, 1 findings or invalid input, 2 usage or I/O error."));
}

int
main (int    argc,
      char **argv)
{
  azqf_locale_init_user ();
  g_set_prgname ("azqf");

  if (argc < 2)
    {
      print_usage (stderr);
      return EXIT_ERROR;
    }

  if (strcmp (argv[1], "--version") == 0 || strcmp (argv[1], "-V") == 0)
    {
      printf ("azqf (%s) %s\n", PACKAGE_NAME, PACKAGE_VERSION);
      return EXIT_OK;
    }

  if (strcmp (argv[1], "--help") == 0 || strcmp (argv[1], "-h") == 0 ||
      strcmp (argv[1], "help") == 0)
    {
      print_usage (stdout);
      return EXIT_OK;
    }

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (strcmp (argv[1], commands[i].name) == 0)
      {
        g_autofree char *prgname = g_strdup_printf ("azqf %s", commands[i].name);

        int status;

        g_set_prgname (prgname);
        status = commands[i].func (argc - 1, argv + 1);

        /* A full disk or a closed pipe must not look like success to a script. */
        errno = 0;
        if (fflush (stdout) != 0 || ferror (stdout))
          {
            int saved_errno = errno;

            if (saved_errno == 0)
              return azqf_cli_fail (EXIT_ERROR, "%s", _("cannot write the output"));
            return azqf_cli_fail (EXIT_ERROR, _("cannot write the output: %s"), g_strerror (saved_errno));
          }

        return status;
      }

  fprintf (stderr, _("azqf: unknown command “%s”\n\n"), argv[1]);
  print_usage (stderr);
  return EXIT_ERROR;
}
