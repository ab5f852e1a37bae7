/* azqf-cli.c: what the commands of the azqf tool share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>

#include <glib/gi18n.h>

#include "azqf-cli.h"
#include "azqf-json.h"
#include "azqf-standard.h"
#include "azqf-store.h"
#include "azqf-value.h"

int
azqf_cli_fail (int        status,
               const char *format,
               ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  fprintf (stderr, "azqf: %s\n", message);
  return status;
}

/* Operation errors: what the user gave is wrong (1) or the system failed (2). */
int
azqf_cli_fail_with_error (const char   *workspace,
                          const GError *error)
{
  gboolean invalid_input = error->domain == AZQF_VALUE_ERROR ||
                           error->domain == AZQF_JSON_ERROR ||
                           g_error_matches (error, AZQF_STORE_ERROR, AZQF_STORE_ERROR_DUPLICATE_CODE) ||
                           g_error_matches (error, AZQF_STORE_ERROR, AZQF_STORE_ERROR_INVALID);
  gboolean has_path = error->domain == AZQF_STORE_ERROR && g_str_has_prefix (error->message, workspace);

  if (has_path)
    return azqf_cli_fail (invalid_input ? EXIT_FINDINGS : EXIT_ERROR, "%s", error->message);

  return azqf_cli_fail (invalid_input ? EXIT_FINDINGS : EXIT_ERROR, "%s: %s", workspace, error->message);
}

void
azqf_cli_print_json (JsonNode *root)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autofree char *text = NULL;

  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  json_generator_set_root (generator, root);
  text = json_generator_to_data (generator, NULL);
  printf ("%s\n", text);
}

/* Pads to a width in characters, not bytes, so Azerbaijani letters line up. */
void
azqf_cli_print_cell (const char *text,
                     guint      width)
{
  glong length = text != NULL ? g_utf8_strlen (text, -1) : 0;

  printf ("%s", text != NULL ? text : "");
  for (glong i = length; i < (glong) width; i++)
    putchar (' ');
}

gboolean
azqf_cli_parse_lang (const char *text,
                     AzqfLang   *lang)
{
  return text == NULL || azqf_lang_from_string (text, lang);
}

/* GOption hands over a signed number: show a negative level as it was typed. */
gboolean
azqf_cli_check_level (int    level,
                      GError **error)
{
  if (level < 0)
    {
      g_set_error (error, AZQF_VALUE_ERROR, AZQF_VALUE_ERROR_OUT_OF_RANGE,
                   _("AzQF level %d is out of range: levels run from 1 to 8"), level);
      return FALSE;
    }

  return level == 0 || azqf_value_check_level (level, error);
}

AzqfStore *
azqf_cli_open_store (const char         *path,
                     AzqfStoreOpenFlags flags,
                     int                *status)
{
  g_autoptr(GError) error = NULL;
  AzqfStore *store = azqf_store_open (path, flags, &error);

  if (store == NULL)
    *status = azqf_cli_fail (EXIT_ERROR, "%s", error->message);

  return store;
}

/* An unknown code is invalid input (1); anything else an I/O error (2). */
AzqfStandard *
azqf_cli_load_standard (AzqfStore  *store,
                        const char *workspace,
                        const char *code,
                        int        *status)
{
  g_autoptr(GError) error = NULL;
  AzqfStandard *standard = azqf_store_load_standard (store, code, &error);

  if (standard == NULL)
    *status = g_error_matches (error, AZQF_STORE_ERROR, AZQF_STORE_ERROR_NOT_FOUND)
                ? azqf_cli_fail (EXIT_FINDINGS, "%s", error->message)
                : azqf_cli_fail_with_error (workspace, error);

  return standard;
}

gboolean
azqf_cli_parse_options (GOptionContext *context,
                        int            *argc,
                        char           ***argv,
                        int            n_args,
                        int            *status)
{
  g_autoptr(GError) error = NULL;

  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);

  if (!g_option_context_parse (context, argc, argv, &error))
    {
      *status = azqf_cli_fail (EXIT_ERROR, "%s", error->message);
      return FALSE;
    }

  /* GOption keeps a "--" that is followed by arguments starting with "-"
   * ("azqf search WS -- -word"): it only ends the options, drop it. */
  for (int i = 1; i < *argc; i++)
    if (strcmp ((*argv)[i], "--") == 0)
      {
        for (int j = i; j < *argc - 1; j++)
          (*argv)[j] = (*argv)[j + 1];
        (*argc)--;
        (*argv)[*argc] = NULL;
        break;
      }

  if (*argc - 1 != n_args)
    {
      g_autofree char *help = g_option_context_get_help (context, TRUE, NULL);

      fprintf (stderr, "%s", help);
      *status = EXIT_ERROR;
      return FALSE;
    }

  return TRUE;
}

