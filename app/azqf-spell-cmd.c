/* azqf-spell-cmd.c: `azqf spell`, the spell-checker on a workspace or one standard
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>

#include "azqf-misspelling.h"
#include "azqf-spell.h"
#include "azqf-standard.h"
#include "azqf-store.h"

#include "azqf-cli.h"

/* Suggestions per misspelled word. */
#define MAX_SUGGESTIONS 5

/* The words that are not options or the value of --lang are arguments. */
static int
count_arguments (int    argc,
                 char **argv)
{
  gboolean options_ended = FALSE;
  int n = 0;

  for (int i = 1; i < argc; i++)
    {
      if (!options_ended && strcmp (argv[i], "--") == 0)
        options_ended = TRUE;
      else if (options_ended || argv[i][0] != '-' || argv[i][1] == '\0')
        n++;
      else if (strcmp (argv[i], "--lang") == 0)
        i++;
    }

  return n;
}

/* Any failure is an error (2) here: 1 means misspelled words. */
static int
fail_with_error (const char   *workspace,
                 const GError *error)
{
  azqf_cli_fail_with_error (workspace, error);
  return EXIT_ERROR;
}

/* "U1.S1, criterion 2", "unit U1 title", "summary" … */
static char *
describe_place (AzqfMisspelling *misspelling)
{
  const char *field = azqf_misspelling_get_field (misspelling);
  const char *unit = azqf_misspelling_get_unit_code (misspelling);
  const char *outcome = azqf_misspelling_get_outcome_code (misspelling);

  if (g_strcmp0 (field, "criterion") == 0)
    /* TRANSLATORS: an outcome code and the number of one of its criteria */
    return g_strdup_printf (_("%s, criterion %u"), outcome, azqf_misspelling_get_criterion (misspelling));
  if (outcome != NULL)
    return g_strdup (outcome);
  if (g_strcmp0 (field, "unit-title") == 0)
    /* TRANSLATORS: %s is a unit code */
    return g_strdup_printf (_("unit %s title"), unit);
  if (g_strcmp0 (field, "title") == 0)
    return g_strdup (_("title"));
  if (g_strcmp0 (field, "summary") == 0)
    return g_strdup (_("summary"));
  if (g_strcmp0 (field, "sector") == 0)
    return g_strdup (_("sector"));
  if (g_strcmp0 (field, "awarding-body") == 0)
    return g_strdup (_("awarding body"));
  if (g_strcmp0 (field, "approving-body") == 0)
    return g_strdup (_("approving body"));

  return g_strdup (field);
}

static void
print_text (GPtrArray *misspellings)
{
  const char *standard = NULL;

  if (misspellings->len == 0)
    {
      printf ("%s\n", _("No misspelled words."));
      return;
    }

  for (guint i = 0; i < misspellings->len; i++)
    {
      AzqfMisspelling *misspelling = g_ptr_array_index (misspellings, i);
      const char * const *suggestions = azqf_misspelling_get_suggestions (misspelling);
      g_autofree char *place = describe_place (misspelling);
      g_autofree char *joined = NULL;

      if (standard != NULL && g_strcmp0 (standard, azqf_misspelling_get_standard_code (misspelling)) != 0)
        putchar ('\n');
      standard = azqf_misspelling_get_standard_code (misspelling);

      joined = suggestions != NULL && suggestions[0] != NULL
                 ? g_strjoinv (", ", (char **) suggestions)
                 : g_strdup (_("no suggestions"));
      printf ("%s %s [%s] %s → %s\n", standard, place,
              azqf_lang_to_string (azqf_misspelling_get_lang (misspelling)),
              azqf_misspelling_get_word (misspelling), joined);
    }

  printf ("\n");
  printf (g_dngettext (GETTEXT_PACKAGE, "%u misspelled word", "%u misspelled words", misspellings->len),
          misspellings->len);
  printf ("\n");
}

static void
print_json (GPtrArray *misspellings)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "misspellings");
  json_builder_begin_array (builder);
  for (guint i = 0; i < misspellings->len; i++)
    json_builder_add_value (builder, azqf_misspelling_to_json (g_ptr_array_index (misspellings, i)));
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "count");
  json_builder_add_int_value (builder, misspellings->len);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  azqf_cli_print_json (root);
}

static void
append_all (GPtrArray *to,
            GPtrArray *from)
{
  for (guint i = 0; i < from->len; i++)
    g_ptr_array_add (to, azqf_misspelling_ref (g_ptr_array_index (from, i)));
}

int
azqf_cmd_spell (int    argc,
                char **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("WORKSPACE [CODE] — check the spelling"));
  g_autoptr(AzqfStore) store = NULL;
  g_autoptr(AzqfSpellChecker) checker = NULL;
  g_autoptr(GPtrArray) misspellings = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *lang_text = NULL;
  gboolean json = FALSE;
  const GOptionEntry entries[] = {
    { "lang", 0, 0, G_OPTION_ARG_STRING, &lang_text, N_("Only the texts in this language (az or en; default both)"), N_("LANG") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON"), NULL },
    G_OPTION_ENTRY_NULL
  };
  AzqfLang lang = AZQF_LANG_AZ;
  int n_args = count_arguments (argc, argv);
  int status = EXIT_OK;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_summary (context,
                                _("Lists the misspelled words in every text of the workspace, or of the standard "
                                  "CODE: titles, summaries, unit titles, learning outcomes and criteria, each in its "
                                  "language, with suggestions. Codes, numbers, addresses, abbreviations and the "
                                  "workspace's own words are not flagged."));
  g_option_context_set_description (context,
                                    _("Exit status: 1 when there is any misspelled word, 0 when there is none, "
                                      "2 on usage or I/O errors or a missing dictionary."));

  if (!azqf_cli_parse_options (context, &argc, &argv, n_args == 2 ? 2 : 1, &status))
    return status;

  if (lang_text != NULL && !azqf_cli_parse_lang (lang_text, &lang))
    return azqf_cli_fail (EXIT_ERROR, _("unknown language “%s”: use az or en"), lang_text);

  store = azqf_cli_open_store (argv[1], AZQF_STORE_OPEN_READ_ONLY, &status);
  if (store == NULL)
    return EXIT_ERROR;

  checker = azqf_spell_checker_new (store, &error);
  if (checker == NULL)
    return fail_with_error (argv[1], error);

  for (AzqfLang l = AZQF_LANG_AZ; l <= AZQF_LANG_EN; l++)
    if ((lang_text == NULL || l == lang) && !azqf_spell_checker_load_dictionaries (checker, l, &error))
      return azqf_cli_fail (EXIT_ERROR, "%s", error->message);

  misspellings = g_ptr_array_new_with_free_func ((GDestroyNotify) azqf_misspelling_unref);

  if (argc == 3)
    {
      g_autoptr(AzqfStandard) standard = azqf_store_load_standard (store, argv[2], &error);
      g_autoptr(GPtrArray) found = NULL;

      if (standard == NULL)
        return fail_with_error (argv[1], error);
      found = azqf_spell_checker_check_standard (checker, standard, lang_text != NULL ? (int) lang : -1,
                                                 MAX_SUGGESTIONS);
      append_all (misspellings, found);
    }
  else
    {
      g_autoptr(GPtrArray) listed = azqf_store_list_standards (store, NULL, &error);

      if (listed == NULL)
        return fail_with_error (argv[1], error);

      /* One standard in memory at a time. */
      for (guint i = 0; i < listed->len; i++)
        {
          const char *uuid = azqf_standard_get_uuid (g_ptr_array_index (listed, i));
          g_autoptr(AzqfStandard) standard = azqf_store_load_standard_by_uuid (store, uuid, &error);
          g_autoptr(GPtrArray) found = NULL;

          if (standard == NULL)
            return fail_with_error (argv[1], error);
          found = azqf_spell_checker_check_standard (checker, standard,
                                                     lang_text != NULL ? (int) lang : -1, MAX_SUGGESTIONS);
          append_all (misspellings, found);
        }
    }

  if (json)
    print_json (misspellings);
  else
    print_text (misspellings);

  return misspellings->len > 0 ? EXIT_FINDINGS : EXIT_OK;
}
