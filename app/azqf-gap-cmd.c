/* azqf-gap-cmd.c: `azqf gap`, the gap analysis of one standard
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>

#include "azqf-finding.h"
#include "azqf-framework.h"
#include "azqf-gap.h"
#include "azqf-lint.h"
#include "azqf-standard.h"
#include "azqf-store.h"

#include "azqf-cli.h"

/* Pads to a width in characters, so Azerbaijani letters line up. */
static void
append_cell (GString    *out,
             const char *text,
             guint       width)
{
  glong length = text != NULL ? g_utf8_strlen (text, -1) : 0;

  g_string_append (out, text != NULL ? text : "");
  for (glong i = length; i < (glong) width; i++)
    g_string_append_c (out, ' ');
}

/* "eqf:L6.K.1" → "E:K.1", "qfehea:FC.2" → "Q:FC.2": short enough for a
 * column, and the legend under the table gives the full id. */
static char *
short_element_id (const char *id)
{
  const char *colon = strchr (id, ':');
  const char *rest;

  if (colon == NULL)
    return g_strdup (id);

  rest = colon + 1;
  if (rest[0] == 'L' && g_ascii_isdigit (rest[1]) && rest[2] == '.')
    rest += 3;

  return g_strdup_printf ("%c:%s", g_ascii_toupper (id[0]), rest);
}

static void
append_findings (GString   *out,
                 GPtrArray *findings)
{
  for (guint i = 0; i < findings->len; i++)
    {
      AzqfFinding *finding = g_ptr_array_index (findings, i);
      const char *where = azqf_finding_get_element (finding);

      if (where == NULL)
        where = azqf_finding_get_outcome_code (finding);
      if (where == NULL)
        where = azqf_finding_get_unit_code (finding);

      g_string_append (out, "  ");
      append_cell (out, azqf_severity_get_label (azqf_finding_get_severity (finding)), 12);
      append_cell (out, where != NULL ? where : "", 14);
      g_string_append_printf (out, "%s  [%s]\n", azqf_finding_get_message (finding),
                              azqf_finding_get_rule_id (finding));
      if (azqf_finding_get_suggestion (finding) != NULL)
        {
          append_cell (out, "", 28);
          /* TRANSLATORS: a suggestion under a finding of `azqf gap` */
          g_string_append_printf (out, _("→ %s\n"), azqf_finding_get_suggestion (finding));
        }
    }
}

static char *
format_text (AzqfGapReport  *report,
             AzqfFrameworks *frameworks,
             AzqfStandard   *standard,
             AzqfLang        lang)
{
  g_autoptr(GString) out = g_string_new (NULL);
  const char * const *ids = azqf_frameworks_get_ids (frameworks);
  const char * const *outcomes = azqf_gap_report_get_outcome_codes (report);
  const char * const *notes = azqf_gap_report_get_notes (report);
  GPtrArray *elements = azqf_gap_report_get_elements (report);
  GPtrArray *gaps = azqf_gap_report_get_gaps (report);
  GPtrArray *credits = azqf_gap_report_get_credit_findings (report);
  guint level = azqf_gap_report_get_level (report);
  guint n_outcomes = g_strv_length ((char **) outcomes);
  guint code_width = 8;

  g_string_append_printf (out, "%s — %s\n", azqf_gap_report_get_standard_code (report),
                          azqf_standard_get_display_title (standard, lang));
  if (level > 0)
    g_string_append_printf (out, _("%s, AzQF level %u\n"),
                            azqf_kind_get_label (azqf_standard_get_kind (standard)), level);
  else
    g_string_append_printf (out, _("%s, no AzQF level\n"),
                            azqf_kind_get_label (azqf_standard_get_kind (standard)));

  g_string_append_printf (out, "\n%s\n", _("Coverage (elements with a confirmed link):"));
  for (guint f = 0; ids != NULL && ids[f] != NULL; f++)
    {
      double score = azqf_gap_report_get_score (report, ids[f]);
      guint n = 0, covered = 0;

      g_string_append (out, "  ");
      append_cell (out, azqf_framework_get_abbreviation (ids[f]), 9);
      if (score < 0)
        {
          g_string_append_printf (out, "%s\n", _("— (no descriptors analysed at this level)"));
          continue;
        }

      for (guint e = 0; e < elements->len; e++)
        {
          AzqfDescriptor *descriptor = g_ptr_array_index (elements, e);
          gboolean hit = FALSE;

          if (strcmp (azqf_descriptor_get_framework (descriptor), ids[f]) != 0)
            continue;
          n++;
          for (guint o = 0; o < n_outcomes && !hit; o++)
            hit = azqf_gap_report_get_cell (report, e, o) >= 0;
          covered += hit;
        }

      {
        g_autofree char *bar = g_strnfill (20, '.');

        memset (bar, '#', (gsize) (score * 20 + 0.5));
        g_string_append_printf (out, "%3.0f%%  [%s]  %u/%u\n", score * 100, bar, covered, n);
      }
    }

  if (elements->len > 0 && n_outcomes > 0)
    {
      g_auto(GStrv) short_ids = g_new0 (char *, elements->len + 1);

      for (guint o = 0; o < n_outcomes; o++)
        code_width = MAX (code_width, (guint) g_utf8_strlen (outcomes[o], -1) + 2);

      g_string_append_printf (out, "\n%s\n",
                              _("Matrix (✓ covers, ◐ partial, ~ related, · suggestion or pending "
                                "link; only confirmed links count):"));
      g_string_append (out, "  ");
      append_cell (out, "", code_width);
      for (guint e = 0; e < elements->len; e++)
        {
          short_ids[e] = short_element_id (azqf_descriptor_get_id (g_ptr_array_index (elements, e)));
          append_cell (out, short_ids[e], MAX (g_utf8_strlen (short_ids[e], -1) + 1, 7));
        }
      g_string_append_c (out, '\n');

      for (guint o = 0; o < n_outcomes; o++)
        {
          g_string_append (out, "  ");
          append_cell (out, outcomes[o], code_width);
          for (guint e = 0; e < elements->len; e++)
            {
              int cell = azqf_gap_report_get_cell (report, e, o);
              const char *mark = cell == AZQF_LINK_COVERS ? "✓"
                                 : cell == AZQF_LINK_PARTIAL ? "◐"
                                 : cell == AZQF_LINK_RELATED ? "~"
                                 : azqf_gap_report_is_suggested (report, e, o) ? "·"
                                 : "";

              append_cell (out, mark, MAX (g_utf8_strlen (short_ids[e], -1) + 1, 7));
            }
          g_string_append_c (out, '\n');
        }

      g_string_append (out, "  ");
      for (guint e = 0; e < elements->len; e++)
        {
          AzqfDescriptor *descriptor = g_ptr_array_index (elements, e);

          g_string_append_printf (out, "%s%s = %s", e > 0 ? ", " : "", short_ids[e],
                                  azqf_descriptor_get_id (descriptor));
        }
      g_string_append_c (out, '\n');
    }

  g_string_append_printf (out, "\n%s\n", _("Gaps:"));
  if (gaps->len == 0)
    g_string_append_printf (out, "  %s\n", _("none"));
  append_findings (out, gaps);

  g_string_append_printf (out, "\n%s\n", _("Credits:"));
  if (credits->len == 0)
    g_string_append_printf (out, "  %s\n", _("no credit rule applies"));
  append_findings (out, credits);

  if (azqf_gap_report_get_lint_findings (report) != NULL)
    {
      GPtrArray *lint = azqf_gap_report_get_lint_findings (report);
      guint counts[3] = { 0, 0, 0 };

      for (guint i = 0; i < lint->len; i++)
        counts[azqf_finding_get_severity (g_ptr_array_index (lint, i))]++;

      g_string_append_printf (out, "\n%s\n  ", _("Wording (lint):"));
      g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "%u error", "%u errors",
                                                counts[AZQF_SEVERITY_ERROR]),
                              counts[AZQF_SEVERITY_ERROR]);
      g_string_append (out, ", ");
      g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "%u warning", "%u warnings",
                                                counts[AZQF_SEVERITY_WARNING]),
                              counts[AZQF_SEVERITY_WARNING]);
      g_string_append (out, ", ");
      g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "%u note", "%u notes",
                                                counts[AZQF_SEVERITY_INFO]),
                              counts[AZQF_SEVERITY_INFO]);
      g_string_append_printf (out, _(" (details: azqf lint WORKSPACE %s)\n"),
                              azqf_gap_report_get_standard_code (report));
    }

  if (notes != NULL && notes[0] != NULL)
    {
      g_string_append_printf (out, "\n%s\n", _("Notes:"));
      for (guint i = 0; notes[i] != NULL; i++)
        g_string_append_printf (out, "  - %s\n", notes[i]);
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

static char *
format_json (AzqfGapReport *report)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = azqf_gap_report_to_json (report);
  g_autofree char *text = NULL;

  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  json_generator_set_root (generator, root);
  text = json_generator_to_data (generator, NULL);

  return g_strconcat (text, "\n", NULL);
}

int
azqf_cmd_gap (int    argc,
              char **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("WORKSPACE CODE — gap analysis of one standard"));
  g_autoptr(AzqfStore) store = NULL;
  g_autoptr(AzqfStandard) standard = NULL;
  g_autoptr(AzqfFrameworks) frameworks = NULL;
  g_autoptr(AzqfGapReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *output = NULL;
  g_autofree char *lang_text = NULL;
  g_autofree char *text = NULL;
  gboolean json = FALSE;
  gboolean html = FALSE;
  AzqfLang lang = AZQF_LANG_AZ;
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON"), NULL },
    { "html", 0, 0, G_OPTION_ARG_NONE, &html, N_("Print a self-contained, printable HTML report"), NULL },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("Write to FILE instead of standard output (replaced atomically)"), N_("FILE") },
    { "lang", 0, 0, G_OPTION_ARG_STRING, &lang_text, N_("Content in this language first (az or en; default az)"), N_("LANG") },
    G_OPTION_ENTRY_NULL
  };
  int status = EXIT_OK;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_summary (context,
                                _("Checks the standard against the AzQF, EQF and QF-EHEA descriptors "
                                  "of its level (coverage matrix, gaps with suggestions, score per "
                                  "framework) and against the credit rules of decision 348."));
  g_option_context_set_description (context,
                                    _("Exit status: 0 when there is no error finding, 1 when there "
                                      "is at least one or the input is invalid, 2 on a usage or I/O "
                                      "error. Warnings and notes don't change the exit code, and "
                                      "neither do the lint findings the report summarises."));
  if (!azqf_cli_parse_options (context, &argc, &argv, 2, &status))
    return status;

  if (json && html)
    return azqf_cli_fail (EXIT_ERROR, "%s", _("--json and --html cannot be used together"));

  if (!azqf_cli_parse_lang (lang_text, &lang))
    return azqf_cli_fail (EXIT_FINDINGS, _("unknown language “%s”: use az or en"), lang_text);

  store = azqf_cli_open_store (argv[1], AZQF_STORE_OPEN_READ_ONLY, &status);
  if (store == NULL)
    return status;

  standard = azqf_cli_load_standard (store, argv[1], argv[2], &status);
  if (standard == NULL)
    return status;

  frameworks = azqf_frameworks_load (store, &error);
  if (frameworks == NULL)
    return azqf_cli_fail_with_error (argv[1], error);

  report = azqf_gap_analyze (frameworks, standard);

  /* The page and the text also summarise the wording findings; the JSON
   * stays the gap analysis' own (scripts have `azqf lint --json`). */
  if (!json)
    {
      g_autoptr(AzqfLinter) linter = azqf_linter_new (&error);

      if (linter != NULL)
        {
          g_autoptr(GPtrArray) lint = azqf_linter_check_standard (linter, standard);

          azqf_gap_report_set_lint_findings (report, lint);
        }
      else
        {
          /* Not fatal: the gap analysis stands without it. */
          azqf_cli_fail (EXIT_OK, _("no lint summary: %s"), error->message);
          g_clear_error (&error);
        }
    }

  if (json)
    text = format_json (report);
  else if (html)
    text = azqf_gap_report_to_html (report, lang);
  else
    text = format_text (report, frameworks, standard, lang);

  if (output != NULL)
    {
      /* g_file_set_contents writes a temporary file and renames it: a
       * reader never sees half a report, and a failure keeps the old one. */
      if (!g_file_set_contents (output, text, -1, &error))
        return azqf_cli_fail (EXIT_ERROR, "%s", error->message);
    }
  else
    fputs (text, stdout);

  return azqf_gap_report_has_errors (report) ? EXIT_FINDINGS : EXIT_OK;
}
