/* azqf-framework-cmd.c: azqf framework list | show | import
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Prints the descriptor statements a workspace checks standards against: the
 * bundled texts with what the workspace imported. A level whose text is not
 * loaded is said so, with the data's note; a working text is labelled as
 * such, with its source, wherever it is printed.
 */

#include "config.h"

#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "azqf-framework.h"
#include "azqf-json.h"
#include "azqf-store.h"
#include "azqf-value.h"

#include "azqf-cli.h"

static const char *
level_status_string (AzqfLevelStatus status)
{
  switch (status)
    {
    case AZQF_LEVEL_STATUS_COMPLETE:
      return "complete";
    case AZQF_LEVEL_STATUS_INCOMPLETE:
      return "incomplete";
    case AZQF_LEVEL_STATUS_MISSING:
      return "missing";
    default:
      g_assert_not_reached ();
    }
}

static const char *
level_status_label (AzqfLevelStatus status)
{
  switch (status)
    {
    case AZQF_LEVEL_STATUS_COMPLETE:
      return C_("framework level", "complete");
    case AZQF_LEVEL_STATUS_INCOMPLETE:
      return C_("framework level", "incomplete");
    case AZQF_LEVEL_STATUS_MISSING:
      return C_("framework level", "missing");
    default:
      g_assert_not_reached ();
    }
}

/* Content in the UI language first: Azerbaijani under LANGUAGE=az. */
static AzqfLang
ui_lang (void)
{
  const char * const *names = g_get_language_names ();

  return names[0] != NULL && g_str_has_prefix (names[0], "az") ? AZQF_LANG_AZ : AZQF_LANG_EN;
}

static gboolean
parse_framework (AzqfFrameworks *frameworks,
                 const char     *framework)
{
  return g_strv_contains (azqf_frameworks_get_ids (frameworks), framework);
}

static AzqfFrameworks *
load_frameworks (const char *workspace,
                 int        *status)
{
  g_autoptr(AzqfStore) store = azqf_cli_open_store (workspace, AZQF_STORE_OPEN_READ_ONLY, status);
  g_autoptr(GError) error = NULL;
  AzqfFrameworks *frameworks;

  if (store == NULL)
    return NULL;

  frameworks = azqf_frameworks_load (store, &error);
  if (frameworks == NULL)
    *status = azqf_cli_fail_with_error (workspace, error);

  return frameworks;
}

typedef struct
{
  guint all;
  guint cut_off;
  guint imported;
} Counts;

static Counts
count_statements (AzqfFrameworks *frameworks,
                  const char     *framework,
                  guint           level)
{
  g_autoptr(GPtrArray) all = azqf_frameworks_get_all_descriptors (frameworks, framework, level);
  Counts counts = { all->len, 0, 0 };

  for (guint i = 0; i < all->len; i++)
    {
      AzqfDescriptor *descriptor = g_ptr_array_index (all, i);

      if (!azqf_descriptor_is_complete (descriptor))
        counts.cut_off++;
      if (azqf_descriptor_get_imported (descriptor) != 0)
        counts.imported++;
    }

  return counts;
}

static void
add_int (JsonBuilder *builder,
         const char  *key,
         gint64       value)
{
  json_builder_set_member_name (builder, key);
  json_builder_add_int_value (builder, value);
}

static void
add_bool (JsonBuilder *builder,
          const char  *key,
          gboolean     value)
{
  json_builder_set_member_name (builder, key);
  json_builder_add_boolean_value (builder, value);
}

static void
add_names (JsonBuilder    *builder,
           AzqfFrameworks *frameworks,
           const char     *framework)
{
  json_builder_set_member_name (builder, "name");
  json_builder_begin_object (builder);
  azqf_json_add_string (builder, "az", azqf_frameworks_get_name (frameworks, framework, AZQF_LANG_AZ));
  azqf_json_add_string (builder, "en", azqf_frameworks_get_name (frameworks, framework, AZQF_LANG_EN));
  json_builder_end_object (builder);
}

/* The level's facts for --json: status, note, counts. */
static void
add_level_facts (JsonBuilder    *builder,
                 AzqfFrameworks *frameworks,
                 const char     *framework,
                 guint           level,
                 AzqfLevelStatus status)
{
  Counts counts = count_statements (frameworks, framework, level);
  AzqfCycle cycle = azqf_cycle_for_level (level);

  add_int (builder, "level", level);
  if (strcmp (framework, "qfehea") == 0 && cycle != AZQF_CYCLE_NONE)
    azqf_json_add_string (builder, "cycle", azqf_cycle_to_string (cycle));
  azqf_json_add_string (builder, "status", level_status_string (status));
  add_bool (builder, "loaded", azqf_frameworks_has_level (frameworks, framework, level));
  add_int (builder, "statements", counts.all);
  add_int (builder, "cut_off", counts.cut_off);
  add_int (builder, "imported", counts.imported);
  azqf_json_add_string (builder, "note", azqf_frameworks_get_level_note (frameworks, framework, level));
}

/* "AzQF level 6" / "QF-EHEA level 6 (First cycle)" */
static char *
level_title (const char *framework,
             guint       level)
{
  if (strcmp (framework, "qfehea") == 0 && azqf_cycle_for_level (level) != AZQF_CYCLE_NONE)
    /* TRANSLATORS: "QF-EHEA level 6 (First cycle)" */
    return g_strdup_printf (_("%s level %u (%s)"), azqf_framework_get_abbreviation (framework), level,
                            azqf_cycle_get_label (azqf_cycle_for_level (level)));

  /* TRANSLATORS: "AzQF level 6" */
  return g_strdup_printf (_("%s level %u"), azqf_framework_get_abbreviation (framework), level);
}

static void
print_not_loaded (const char *framework,
                  guint       level,
                  const char *indent)
{
  printf ("%s", indent);
  /* TRANSLATORS: "AzQF descriptor text for level 6 is not loaded" */
  printf (_("%s descriptor text for level %u is not loaded; it cannot be used in the gap analysis."),
          azqf_framework_get_abbreviation (framework), level);
  printf ("\n");
}

/* list */

static int
cmd_list (int    argc,
          char **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("WORKSPACE — list the frameworks and how much of each level is loaded"));
  g_autoptr(AzqfFrameworks) frameworks = NULL;
  gboolean json = FALSE;
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON"), NULL },
    G_OPTION_ENTRY_NULL
  };
  const char * const *ids;
  int status = EXIT_OK;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!azqf_cli_parse_options (context, &argc, &argv, 1, &status))
    return status;

  frameworks = load_frameworks (argv[1], &status);
  if (frameworks == NULL)
    return status;

  ids = azqf_frameworks_get_ids (frameworks);

  if (json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonNode) root = NULL;
      g_autofree char *display_name = g_filename_display_name (argv[1]);

      json_builder_begin_object (builder);
      azqf_json_add_string (builder, "workspace", display_name);
      json_builder_set_member_name (builder, "frameworks");
      json_builder_begin_array (builder);
      for (guint i = 0; ids[i] != NULL; i++)
        {
          json_builder_begin_object (builder);
          azqf_json_add_string (builder, "id", ids[i]);
          add_names (builder, frameworks, ids[i]);
          azqf_json_add_string (builder, "source", azqf_frameworks_get_source (frameworks, ids[i]));
          azqf_json_add_string (builder, "note", azqf_frameworks_get_note (frameworks, ids[i]));
          json_builder_set_member_name (builder, "levels");
          json_builder_begin_array (builder);
          for (guint level = 1; level <= 8; level++)
            {
              AzqfLevelStatus level_status;

              if (!azqf_frameworks_get_level_status (frameworks, ids[i], level, &level_status))
                continue;

              json_builder_begin_object (builder);
              add_level_facts (builder, frameworks, ids[i], level, level_status);
              json_builder_end_object (builder);
            }
          json_builder_end_array (builder);
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      json_builder_end_object (builder);

      root = json_builder_get_root (builder);
      azqf_cli_print_json (root);
      return EXIT_OK;
    }

  for (guint i = 0; ids[i] != NULL; i++)
    {
      const char *note = azqf_frameworks_get_note (frameworks, ids[i]);

      if (i > 0)
        printf ("\n");
      printf ("%s (%s): %s\n", azqf_framework_get_abbreviation (ids[i]), ids[i],
              azqf_frameworks_get_name (frameworks, ids[i], ui_lang ()));
      if (note != NULL)
        printf ("  %s %s\n", _("Note:"), note);

      for (guint level = 1; level <= 8; level++)
        {
          g_autofree char *title = NULL;
          AzqfLevelStatus level_status;
          Counts counts;
          const char *level_note;

          if (!azqf_frameworks_get_level_status (frameworks, ids[i], level, &level_status))
            continue;

          counts = count_statements (frameworks, ids[i], level);
          level_note = azqf_frameworks_get_level_note (frameworks, ids[i], level);
          title = level_title (ids[i], level);

          printf ("  %s: %s; ", title, level_status_label (level_status));
          printf (g_dngettext (GETTEXT_PACKAGE, "%u statement", "%u statements", counts.all), counts.all);
          if (counts.cut_off > 0)
            {
              printf (", ");
              printf (g_dngettext (GETTEXT_PACKAGE, "%u cut off in the source", "%u cut off in the source",
                                   counts.cut_off),
                      counts.cut_off);
            }
          if (counts.imported > 0)
            {
              printf (", ");
              printf (g_dngettext (GETTEXT_PACKAGE, "%u imported into this workspace",
                                   "%u imported into this workspace", counts.imported),
                      counts.imported);
            }
          printf ("\n");

          if (!azqf_frameworks_has_level (frameworks, ids[i], level))
            print_not_loaded (ids[i], level, "    ");
          if (level_note != NULL)
            printf ("    %s %s\n", _("Note:"), level_note);
        }
    }

  return EXIT_OK;
}

/* show */

static const char *
lang_name (AzqfLang lang)
{
  return azqf_lang_to_string (lang);
}

/* last_source: the source printed last in this level; a statement with the
 * same one does not repeat it. */
static void
print_descriptor (AzqfDescriptor  *descriptor,
                  const char     **last_source)
{
  const char *official_source = NULL;
  const char *note = azqf_descriptor_get_note (descriptor);

  printf ("  %s — %s", azqf_descriptor_get_id (descriptor), azqf_descriptor_get_heading (descriptor));
  if (!azqf_descriptor_is_complete (descriptor))
    printf (" — %s", _("cut off in the source; not used in the gap analysis"));
  if (azqf_descriptor_get_imported (descriptor) != 0)
    {
      g_autofree char *when = azqf_value_format_datetime (azqf_descriptor_get_imported (descriptor));

      printf (" — ");
      printf (_("imported into this workspace on %s"), when);
    }
  printf ("\n");

  for (AzqfLang lang = AZQF_LANG_AZ; lang <= AZQF_LANG_EN; lang++)
    {
      const char *text = azqf_descriptor_get_text (descriptor, lang);
      const char *cut = azqf_descriptor_is_complete (descriptor) ? "" : "…";

      if (text == NULL)
        {
          printf ("    %s: %s\n", lang_name (lang), _("(no text)"));
          continue;
        }

      if (azqf_descriptor_get_provenance (descriptor, lang) == AZQF_PROVENANCE_OFFICIAL)
        {
          official_source = azqf_descriptor_get_text_source (descriptor, lang);
          printf ("    %s [%s]: %s%s\n", lang_name (lang), _("official"), text, cut);
        }
      else
        {
          AzqfLang other = lang == AZQF_LANG_AZ ? AZQF_LANG_EN : AZQF_LANG_AZ;
          gboolean translation = azqf_descriptor_get_text (descriptor, other) != NULL &&
                                 azqf_descriptor_get_provenance (descriptor, other) == AZQF_PROVENANCE_OFFICIAL;

          printf ("    %s [%s, %s]: %s%s\n", lang_name (lang),
                  translation ? _("working translation") : _("working text"),
                  azqf_descriptor_get_text_source (descriptor, lang), text, cut);
        }
    }

  if (official_source != NULL && g_strcmp0 (official_source, *last_source) != 0)
    {
      printf ("    %s %s\n", _("Source:"), official_source);
      *last_source = official_source;
    }
  if (note != NULL)
    printf ("    %s %s\n", _("Note:"), note);
}

static void
add_descriptor (JsonBuilder    *builder,
                AzqfDescriptor *descriptor)
{
  const char *langs[] = { "az", "en" };

  json_builder_begin_object (builder);
  azqf_json_add_string (builder, "id", azqf_descriptor_get_id (descriptor));
  azqf_json_add_string (builder, "domain", azqf_domain_to_string (azqf_descriptor_get_domain (descriptor)));
  azqf_json_add_string (builder, "heading", azqf_descriptor_get_heading (descriptor));

  json_builder_set_member_name (builder, "text");
  json_builder_begin_object (builder);
  for (AzqfLang lang = AZQF_LANG_AZ; lang <= AZQF_LANG_EN; lang++)
    azqf_json_add_string (builder, langs[lang], azqf_descriptor_get_text (descriptor, lang));
  json_builder_end_object (builder);

  json_builder_set_member_name (builder, "provenance");
  json_builder_begin_object (builder);
  for (AzqfLang lang = AZQF_LANG_AZ; lang <= AZQF_LANG_EN; lang++)
    if (azqf_descriptor_get_text (descriptor, lang) != NULL)
      azqf_json_add_string (builder, langs[lang],
                  azqf_descriptor_get_provenance (descriptor, lang) == AZQF_PROVENANCE_OFFICIAL
                    ? "official" : "working");
  json_builder_end_object (builder);

  json_builder_set_member_name (builder, "source");
  json_builder_begin_object (builder);
  for (AzqfLang lang = AZQF_LANG_AZ; lang <= AZQF_LANG_EN; lang++)
    azqf_json_add_string (builder, langs[lang], azqf_descriptor_get_text_source (descriptor, lang));
  json_builder_end_object (builder);

  add_bool (builder, "complete", azqf_descriptor_is_complete (descriptor));
  azqf_json_add_string (builder, "note", azqf_descriptor_get_note (descriptor));
  if (azqf_descriptor_get_imported (descriptor) != 0)
    {
      g_autofree char *when = azqf_value_format_datetime (azqf_descriptor_get_imported (descriptor));

      azqf_json_add_string (builder, "imported", when);
    }
  json_builder_end_object (builder);
}

static int
cmd_show (int    argc,
          char **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("WORKSPACE FRAMEWORK — show the statements of a framework (azqf, eqf or qfehea)"));
  g_autoptr(AzqfFrameworks) frameworks = NULL;
  g_autoptr(JsonBuilder) builder = NULL;
  g_autoptr(GError) error = NULL;
  gboolean json = FALSE;
  int only_level = 0;
  const GOptionEntry entries[] = {
    { "level", 0, 0, G_OPTION_ARG_INT, &only_level, N_("Only this level (1–8)"), N_("N") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON"), NULL },
    G_OPTION_ENTRY_NULL
  };
  const char *framework;
  const char *note;
  const char *last_source;
  int status = EXIT_OK;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!azqf_cli_parse_options (context, &argc, &argv, 2, &status))
    return status;

  if (!azqf_cli_check_level (only_level, &error))
    return azqf_cli_fail (EXIT_FINDINGS, "%s", error->message);

  frameworks = load_frameworks (argv[1], &status);
  if (frameworks == NULL)
    return status;

  framework = argv[2];
  if (!parse_framework (frameworks, framework))
    return azqf_cli_fail (EXIT_FINDINGS, _("unknown framework “%s”: use azqf, eqf or qfehea"), framework);

  if (only_level > 0 && !azqf_frameworks_get_level_status (frameworks, framework, only_level, NULL))
    /* TRANSLATORS: "QF-EHEA has no level 3" */
    return azqf_cli_fail (EXIT_FINDINGS, _("%s has no level %d (QF-EHEA has levels 5–8, its cycles)"),
                          azqf_framework_get_abbreviation (framework), only_level);

  if (json)
    {
      g_autofree char *display_name = g_filename_display_name (argv[1]);

      builder = json_builder_new ();
      json_builder_begin_object (builder);
      azqf_json_add_string (builder, "workspace", display_name);
      azqf_json_add_string (builder, "framework", framework);
      add_names (builder, frameworks, framework);
      azqf_json_add_string (builder, "source", azqf_frameworks_get_source (frameworks, framework));
      azqf_json_add_string (builder, "note", azqf_frameworks_get_note (frameworks, framework));
      json_builder_set_member_name (builder, "levels");
      json_builder_begin_array (builder);
    }
  else
    {
      printf ("%s (%s): %s\n", azqf_framework_get_abbreviation (framework), framework,
              azqf_frameworks_get_name (frameworks, framework, ui_lang ()));
      if (azqf_frameworks_get_source (frameworks, framework) != NULL)
        printf ("%s %s\n", _("Source:"), azqf_frameworks_get_source (frameworks, framework));
      note = azqf_frameworks_get_note (frameworks, framework);
      if (note != NULL)
        printf ("%s %s\n", _("Note:"), note);
    }

  for (guint level = 1; level <= 8; level++)
    {
      g_autoptr(GPtrArray) descriptors = NULL;
      g_autofree char *title = NULL;
      AzqfLevelStatus level_status;

      if ((only_level > 0 && level != (guint) only_level) ||
          !azqf_frameworks_get_level_status (frameworks, framework, level, &level_status))
        continue;

      descriptors = azqf_frameworks_get_all_descriptors (frameworks, framework, level);

      if (json)
        {
          json_builder_begin_object (builder);
          add_level_facts (builder, frameworks, framework, level, level_status);
          json_builder_set_member_name (builder, "descriptors");
          json_builder_begin_array (builder);
          for (guint i = 0; i < descriptors->len; i++)
            add_descriptor (builder, g_ptr_array_index (descriptors, i));
          json_builder_end_array (builder);
          json_builder_end_object (builder);
          continue;
        }

      title = level_title (framework, level);
      printf ("\n%s: %s\n", title, level_status_label (level_status));
      if (!azqf_frameworks_has_level (frameworks, framework, level))
        print_not_loaded (framework, level, "  ");
      note = azqf_frameworks_get_level_note (frameworks, framework, level);
      if (note != NULL)
        printf ("  %s %s\n", _("Note:"), note);
      last_source = NULL;
      if (descriptors->len > 0)
        printf ("\n");
      for (guint i = 0; i < descriptors->len; i++)
        print_descriptor (g_ptr_array_index (descriptors, i), &last_source);
    }

  if (json)
    {
      g_autoptr(JsonNode) root = NULL;

      json_builder_end_array (builder);
      json_builder_end_object (builder);
      root = json_builder_get_root (builder);
      azqf_cli_print_json (root);
    }

  return EXIT_OK;
}

/* import */

static int
cmd_import (int    argc,
            char **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("WORKSPACE FILE — import framework statements (the format of docs/frameworks.md)"));
  g_autoptr(AzqfStore) store = NULL;
  g_autoptr(GError) error = NULL;
  int status = EXIT_OK;
  guint n = 0;

  g_option_context_set_description (context,
                                    _("The file is checked first; on any problem nothing is stored. "
                                      "Statements replace bundled or earlier imported ones with the same id."));

  if (!azqf_cli_parse_options (context, &argc, &argv, 2, &status))
    return status;

  store = azqf_cli_open_store (argv[1], AZQF_STORE_OPEN_DEFAULT, &status);
  if (store == NULL)
    return status;

  if (!azqf_frameworks_import_file (store, argv[2], &n, &error))
    {
      if (g_error_matches (error, AZQF_FRAMEWORK_ERROR, AZQF_FRAMEWORK_ERROR_INVALID))
        {
          /* One line per problem, each "azqf: FILE: WHERE: WHY". */
          g_auto(GStrv) lines = g_strsplit (error->message, "\n", -1);

          for (guint i = 0; lines[i] != NULL; i++)
            azqf_cli_fail (EXIT_FINDINGS, "%s", lines[i]);
          return azqf_cli_fail (EXIT_FINDINGS, _("%s: nothing was imported"), argv[2]);
        }

      if (error->domain == G_FILE_ERROR)
        return azqf_cli_fail (EXIT_ERROR, "%s", error->message);

      return azqf_cli_fail_with_error (argv[1], error);
    }

  printf (g_dngettext (GETTEXT_PACKAGE,
                       "Imported %u statement from %s into %s\n",
                       "Imported %u statements from %s into %s\n", n),
          n, argv[2], argv[1]);
  return EXIT_OK;
}

/* framework */

static const struct
{
  const char      *name;
  AzqfCommandFunc  func;
  const char      *summary;
} subcommands[] = {
  { "list", cmd_list, N_("List the frameworks and what each level holds") },
  { "show", cmd_show, N_("Show the statements of a framework") },
  { "import", cmd_import, N_("Import statements from a framework file into a workspace") },
};

static void
print_usage (FILE *stream)
{
  fprintf (stream, "%s\n", _("Usage: azqf framework list WORKSPACE [--json]"));
  fprintf (stream, "%s\n", _("       azqf framework show WORKSPACE FRAMEWORK [--level N] [--json]"));
  fprintf (stream, "%s\n", _("       azqf framework import WORKSPACE FILE"));
  fprintf (stream, "\n%s\n", _("Subcommands:"));
  for (guint i = 0; i < G_N_ELEMENTS (subcommands); i++)
    fprintf (stream, "  %-8s %s\n", subcommands[i].name, _(subcommands[i].summary));
  fprintf (stream, "\n%s\n", _("Frameworks: azqf, eqf, qfehea."));
}

int
azqf_cmd_framework (int    argc,
                    char **argv)
{
  if (argc < 2)
    {
      print_usage (stderr);
      return EXIT_ERROR;
    }

  if (strcmp (argv[1], "--help") == 0 || strcmp (argv[1], "-h") == 0 || strcmp (argv[1], "help") == 0)
    {
      print_usage (stdout);
      return EXIT_OK;
    }

  for (guint i = 0; i < G_N_ELEMENTS (subcommands); i++)
    if (strcmp (argv[1], subcommands[i].name) == 0)
      {
        g_autofree char *prgname = g_strdup_printf ("azqf framework %s", subcommands[i].name);

        g_set_prgname (prgname);
        return subcommands[i].func (argc - 1, argv + 1);
      }

  fprintf (stderr, _("azqf: unknown framework subcommand “%s”\n\n"), argv[1]);
  print_usage (stderr);
  return EXIT_ERROR;
}
