/* azqf-gap-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The gap analysis of the open standard: a score per framework, the gaps,
 * the suggested and pending links to confirm or reject, the coverage
 * matrix, the credit findings and a summary of the wording findings. The
 * model computes everything (azqf_gap_analyze, about a millisecond for a
 * standard of the sample, so it runs on the main thread); the page renders
 * the report and passes the author's decisions to azqf_gap_decide_link.
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "azqf-finding.h"
#include "azqf-gap-matrix.h"
#include "azqf-gap-page.h"
#include "azqf-link.h"
#include "azqf-outcome.h"
#include "azqf-row-helpers.h"
#include "azqf-standard.h"
#include "azqf-window.h"

struct _AzqfGapPage
{
  AdwBin            parent_instance;

  /* template children (the GtkStack of "empty" and "report" is the bin's child) */
  GtkLabel         *title_label;
  GtkLabel         *subtitle_label;
  GtkBox           *scores_box;
  GtkBox           *notes_box;
  GtkListBox       *gaps_list;
  GtkListBox       *suggestions_list;
  GtkStack         *matrix_stack;
  AzqfGapMatrix    *matrix;
  GtkListBox       *credits_list;
  GtkListBox       *lint_list;

  /* owned */
  AzqfDocument     *document;
  AzqfFrameworks   *frameworks;
  AzqfLinter       *linter;
  AzqfStandardList *standards;
  AzqfGapReport    *report;
  GSignalGroup     *standard_signals;
  GSignalGroup     *document_signals;
  GCancellable     *cancellable;
  guint             refresh_id;
  /* The standard changed while the page was not shown. */
  gboolean          stale;
  /* After a decision, the suggestion row to give the focus to. */
  int               focus_suggestion;
};

G_DEFINE_FINAL_TYPE (AzqfGapPage, azqf_gap_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_FRAMEWORKS,
  PROP_LINTER,
  PROP_STANDARDS,
  PROP_REPORT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gpointer *
field_for (AzqfGapPage *self,
           guint        prop_id)
{
  switch (prop_id)
    {
    case PROP_DOCUMENT:
      return (gpointer *) &self->document;
    case PROP_FRAMEWORKS:
      return (gpointer *) &self->frameworks;
    case PROP_LINTER:
      return (gpointer *) &self->linter;
    case PROP_STANDARDS:
      return (gpointer *) &self->standards;
    case PROP_REPORT:
      return (gpointer *) &self->report;
    default:
      return NULL;
    }
}

static AzqfStandard *
get_standard (AzqfGapPage *self)
{
  return self->document != NULL ? azqf_document_get_standard (self->document) : NULL;
}

/* The language of the content shown first: the "content-languages" setting
 * of the application, Azerbaijani unless it says English only. */
static AzqfLang
get_lang (AzqfGapPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkApplication *app = GTK_IS_WINDOW (root) ? gtk_window_get_application (GTK_WINDOW (root)) : NULL;
  g_autofree char *languages = NULL;

  if (!AZQF_IS_APPLICATION (app) || azqf_application_get_settings (AZQF_APPLICATION (app)) == NULL)
    return AZQF_LANG_AZ;
  languages = g_settings_get_string (azqf_application_get_settings (AZQF_APPLICATION (app)),
                                     "content-languages");
  return g_strcmp0 (languages, "en") == 0 ? AZQF_LANG_EN : AZQF_LANG_AZ;
}

/* The "linter" property, or the application's shared one when nobody set it. */
static AzqfLinter *
get_linter (AzqfGapPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkApplication *app = GTK_IS_WINDOW (root) ? gtk_window_get_application (GTK_WINDOW (root)) : NULL;

  if (self->linter != NULL || !AZQF_IS_APPLICATION (app))
    return self->linter;
  return azqf_application_get_linter (AZQF_APPLICATION (app));
}

static AzqfWindow *
get_window (AzqfGapPage *self)
{
  GtkWidget *window = gtk_widget_get_ancestor (GTK_WIDGET (self), AZQF_TYPE_WINDOW);

  return window != NULL ? AZQF_WINDOW (window) : NULL;
}

static void
show_error (AzqfGapPage  *self,
            const char   *heading,
            const GError *error)
{
  AzqfWindow *window = get_window (self);

  if (window != NULL)
    azqf_window_show_error (window, heading, error);
  else
    g_debug ("%s: %s", heading, error->message);
}

static void
add_placeholder (GtkListBox *list,
                 const char *text)
{
  GtkWidget *row = azqf_text_row_new (text, NULL);

  gtk_widget_add_css_class (row, "dim-label");
  gtk_list_box_append (list, row);
}

static GtkWidget *
severity_icon (AzqfSeverity severity)
{
  static const char *icons[] = {
    [AZQF_SEVERITY_INFO] = "dialog-information-symbolic",
    [AZQF_SEVERITY_WARNING] = "dialog-warning-symbolic",
    [AZQF_SEVERITY_ERROR] = "dialog-error-symbolic",
  };
  static const char *classes[] = {
    [AZQF_SEVERITY_INFO] = "accent",
    [AZQF_SEVERITY_WARNING] = "warning",
    [AZQF_SEVERITY_ERROR] = "error",
  };
  GtkWidget *icon = gtk_image_new_from_icon_name (icons[severity]);

  gtk_widget_add_css_class (icon, classes[severity]);
  gtk_widget_set_tooltip_text (icon, azqf_severity_get_label (severity));
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  azqf_severity_get_label (severity), -1);
  return icon;
}

/* A finding of the gap analysis or the credit checks, with its suggestion. */
static GtkWidget *
finding_row (AzqfGapPage *self,
             AzqfFinding *finding,
             AzqfLang     lang)
{
  const char *suggestion = azqf_finding_get_suggestion (finding);
  const char *element = azqf_finding_get_element (finding);
  g_autofree char *subtitle = NULL;
  GtkWidget *row;

  if (suggestion != NULL)
    /* TRANSLATORS: under a gap: what would close it */
    subtitle = g_strdup_printf (_("Suggestion: %s"), suggestion);
  row = azqf_text_row_new (azqf_finding_get_message (finding), subtitle);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), severity_icon (azqf_finding_get_severity (finding)));

  if (element != NULL && self->frameworks != NULL &&
      azqf_frameworks_lookup (self->frameworks, element) != NULL)
    {
      g_autofree char *text = azqf_gap_matrix_describe_element (azqf_frameworks_lookup (self->frameworks, element),
                                                                lang);
      gtk_widget_set_tooltip_text (row, text);
    }
  else if (azqf_finding_get_explanation (finding) != NULL)
    gtk_widget_set_tooltip_text (row, azqf_finding_get_explanation (finding));

  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  azqf_severity_get_label (azqf_finding_get_severity (finding)), -1);
  return row;
}

static void
fill_findings (AzqfGapPage *self,
               GtkListBox  *list,
               GPtrArray   *findings,
               const char  *empty,
               AzqfLang     lang)
{
  azqf_list_box_clear (list);
  for (guint i = 0; findings != NULL && i < findings->len; i++)
    gtk_list_box_append (list, finding_row (self, g_ptr_array_index (findings, i), lang));
  if (findings == NULL || findings->len == 0)
    add_placeholder (list, empty);
}

/* Scores */

static void
count_covered (AzqfGapReport *report,
               const char    *framework,
               guint         *n,
               guint         *covered)
{
  GPtrArray *elements = azqf_gap_report_get_elements (report);
  guint n_outcomes = g_strv_length ((char **) azqf_gap_report_get_outcome_codes (report));

  *n = *covered = 0;
  for (guint e = 0; e < elements->len; e++)
    {
      gboolean hit = FALSE;

      if (strcmp (azqf_descriptor_get_framework (g_ptr_array_index (elements, e)), framework) != 0)
        continue;
      (*n)++;
      for (guint o = 0; o < n_outcomes && !hit; o++)
        hit = azqf_gap_report_get_cell (report, e, o) >= 0;
      *covered += hit;
    }
}

/* Whether the analysed statements of framework include a working text. */
static gboolean
uses_working_text (AzqfGapReport *report,
                   const char    *framework,
                   AzqfLang       lang)
{
  GPtrArray *elements = azqf_gap_report_get_elements (report);

  for (guint e = 0; e < elements->len; e++)
    {
      AzqfDescriptor *descriptor = g_ptr_array_index (elements, e);
      AzqfLang shown = azqf_descriptor_get_text (descriptor, lang) != NULL
                       ? lang : (lang == AZQF_LANG_AZ ? AZQF_LANG_EN : AZQF_LANG_AZ);

      if (strcmp (azqf_descriptor_get_framework (descriptor), framework) == 0 &&
          azqf_descriptor_get_provenance (descriptor, shown) == AZQF_PROVENANCE_WORKING)
        return TRUE;
    }
  return FALSE;
}

static GtkWidget *
caption_label (const char *text,
               const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_CENTER);
  gtk_widget_add_css_class (label, "caption");
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

static GtkWidget *
score_card (AzqfGapPage *self,
            const char  *framework,
            AzqfLang     lang)
{
  guint level = azqf_gap_report_get_level (self->report);
  double score = azqf_gap_report_get_score (self->report, framework);
  AzqfLevelStatus status = AZQF_LEVEL_STATUS_MISSING;
  gboolean has_level = level > 0 && azqf_frameworks_get_level_status (self->frameworks, framework,
                                                                       level, &status);
  const char *name = azqf_frameworks_get_name (self->frameworks, framework, lang);
  const char *note = azqf_frameworks_get_note (self->frameworks, framework);
  g_autofree char *percent = NULL;
  g_autofree char *detail = NULL;
  g_autofree char *accessible = NULL;
  g_autofree char *tooltip = NULL;
  const char *flag = NULL;
  GtkWidget *card, *label, *bar;
  guint n = 0, covered = 0;

  card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_add_css_class (card, "card");
  gtk_widget_add_css_class (card, "gap-score");

  label = gtk_label_new (azqf_framework_get_abbreviation (framework));
  gtk_widget_add_css_class (label, "heading");
  gtk_box_append (GTK_BOX (card), label);

  if (score >= 0)
    {
      count_covered (self->report, framework, &n, &covered);
      percent = g_strdup_printf ("%.0f%%", score * 100);
      /* TRANSLATORS: under a framework's score */
      detail = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u element covered",
                                             "%u of %u elements covered", n),
                                covered, n);
    }
  else
    {
      percent = g_strdup ("—");
      if (level == 0)
        detail = g_strdup (_("The standard has no level"));
      else if (!has_level)
        detail = g_strdup_printf (_("No level %u in this framework"), level);
      else
        detail = g_strdup_printf (_("Level %u text not loaded"), level);
    }

  label = gtk_label_new (percent);
  gtk_widget_add_css_class (label, "title-1");
  if (score < 0)
    gtk_widget_add_css_class (label, "dim-label");
  gtk_box_append (GTK_BOX (card), label);

  /* Blue on the way, green when every element is covered. */
  bar = gtk_level_bar_new_for_interval (0.0, 1.0);
  gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_LOW);
  gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_HIGH);
  gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_FULL);
  if (score >= 1.0)
    gtk_level_bar_add_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_FULL, 1.0);
  gtk_level_bar_set_value (GTK_LEVEL_BAR (bar), MAX (score, 0.0));
  gtk_widget_set_sensitive (bar, score >= 0);
  gtk_box_append (GTK_BOX (card), bar);

  gtk_box_append (GTK_BOX (card), caption_label (detail, "dim-label"));

  /* Never present a working or partial text as the official one. */
  if (score >= 0 && uses_working_text (self->report, framework, lang))
    flag = _("Working text, not the official wording");
  else if (has_level && status == AZQF_LEVEL_STATUS_INCOMPLETE)
    flag = _("Incomplete in the source");
  if (flag != NULL)
    gtk_box_append (GTK_BOX (card), caption_label (flag, "warning"));

  tooltip = note != NULL ? g_strdup_printf ("%s\n\n%s", name, note) : g_strdup (name);
  gtk_widget_set_tooltip_text (card, tooltip);
  accessible = g_strdup_printf ("%s: %s, %s%s%s", azqf_framework_get_abbreviation (framework),
                                percent, detail, flag != NULL ? ", " : "", flag != NULL ? flag : "");
  gtk_accessible_update_property (GTK_ACCESSIBLE (card), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  accessible, -1);
  return card;
}

static void
fill_scores (AzqfGapPage *self,
             AzqfLang     lang)
{
  const char * const *ids = azqf_frameworks_get_ids (self->frameworks);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->scores_box))) != NULL)
    gtk_box_remove (self->scores_box, child);
  for (guint f = 0; ids != NULL && ids[f] != NULL; f++)
    gtk_box_append (self->scores_box, score_card (self, ids[f], lang));
}

static void
fill_notes (AzqfGapPage *self)
{
  const char * const *notes = azqf_gap_report_get_notes (self->report);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->notes_box))) != NULL)
    gtk_box_remove (self->notes_box, child);
  for (guint i = 0; notes != NULL && notes[i] != NULL; i++)
    {
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
      GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-information-symbolic");
      GtkWidget *label = gtk_label_new (notes[i]);

      gtk_widget_set_valign (icon, GTK_ALIGN_START);
      gtk_widget_add_css_class (icon, "dim-label");
      gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Note"), -1);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_xalign (GTK_LABEL (label), 0.0);
      gtk_label_set_selectable (GTK_LABEL (label), FALSE);
      gtk_widget_set_hexpand (label, TRUE);
      gtk_widget_add_css_class (label, "dim-label");
      gtk_box_append (GTK_BOX (box), icon);
      gtk_box_append (GTK_BOX (box), label);
      gtk_box_append (self->notes_box, box);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->notes_box), notes != NULL && notes[0] != NULL);
}

/* Suggested and pending links */

static GtkWidget *
decision_button (const char *label,
                 const char *action,
                 const char *outcome,
                 const char *element,
                 const char *name)
{
  /* No mnemonic: its label would be "labelled-by" for the button, and
   * GTK 4.8 appends that to the accessible name ("… → eqf:L6.K.1 Confirm"). */
  GtkWidget *button = gtk_button_new_with_label (label);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "(ss)", outcome, element);
  gtk_widget_set_tooltip_text (button, name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  return button;
}

static GtkWidget *
suggestion_row (AzqfGapPage    *self,
                AzqfDescriptor *descriptor,
                const char     *outcome_code,
                AzqfSuggestion *suggestion,
                AzqfLang        lang)
{
  const char *element = azqf_descriptor_get_id (descriptor);
  AzqfStandard *standard = get_standard (self);
  AzqfOutcome *outcome = standard != NULL ? azqf_standard_find_outcome (standard, outcome_code, NULL) : NULL;
  g_autofree char *title = g_strdup_printf ("%s → %s", outcome_code, element);
  g_autofree char *subtitle = NULL;
  g_autofree char *element_text = azqf_gap_matrix_describe_element (descriptor, lang);
  g_autoptr(GString) tooltip = g_string_new (NULL);
  g_autofree char *reject_name = NULL;
  g_autofree char *confirm_name = NULL;
  GtkWidget *row, *button;

  if (suggestion != NULL)
    {
      g_autofree char *words = g_strjoinv (", ", (char **) azqf_suggestion_get_matched_words (suggestion));

      /* TRANSLATORS: a suggested link: its heading, score and the shared words */
      subtitle = g_strdup_printf (_("%s · suggested, score %.2f, shared words: %s"),
                                  azqf_descriptor_get_heading (descriptor),
                                  azqf_suggestion_get_score (suggestion), words);
    }
  else
    /* TRANSLATORS: a link that waits for the author's decision */
    subtitle = g_strdup_printf (_("%s · pending link: confirm or reject it"),
                                azqf_descriptor_get_heading (descriptor));

  row = azqf_text_row_new (title, subtitle);
  gtk_widget_add_css_class (row, "gap-suggestion");

  if (outcome != NULL)
    {
      const char *text = azqf_outcome_get_text (outcome, lang);

      if (text == NULL)
        text = azqf_outcome_get_text (outcome, lang == AZQF_LANG_AZ ? AZQF_LANG_EN : AZQF_LANG_AZ);
      if (text != NULL)
        {
          g_string_append_printf (tooltip, "%s: ", outcome_code);
          azqf_gap_matrix_append_wrapped (tooltip, text);
          g_string_append (tooltip, "\n\n");
        }
    }
  g_string_append (tooltip, element_text);
  gtk_widget_set_tooltip_text (row, tooltip->str);

  /* TRANSLATORS: accessible name of a button: outcome → descriptor element */
  reject_name = g_strdup_printf (_("Reject link %s → %s"), outcome_code, element);
  /* TRANSLATORS: accessible name of a button: outcome → descriptor element */
  confirm_name = g_strdup_printf (_("Confirm link %s → %s"), outcome_code, element);
  button = decision_button (_("Reject"), "gap.reject-link", outcome_code, element, reject_name);
  gtk_widget_add_css_class (button, "flat");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  button = decision_button (_("Confirm"), "gap.confirm-link", outcome_code, element, confirm_name);
  gtk_widget_add_css_class (button, "suggested-action");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  g_object_set_data (G_OBJECT (row), "confirm-button", button);

  return row;
}

static void
fill_suggestions (AzqfGapPage *self,
                  AzqfLang     lang)
{
  GPtrArray *elements = azqf_gap_report_get_elements (self->report);
  const char * const *codes = azqf_gap_report_get_outcome_codes (self->report);
  guint n_outcomes = g_strv_length ((char **) codes);
  GtkWidget *focus = NULL;
  int n_rows = 0;

  azqf_list_box_clear (self->suggestions_list);
  for (guint e = 0; e < elements->len; e++)
    for (guint o = 0; o < n_outcomes; o++)
      {
        AzqfGapCell cell = azqf_gap_matrix_get_cell (self->report, e, o);
        GtkWidget *row;

        if (cell != AZQF_GAP_CELL_SUGGESTED && cell != AZQF_GAP_CELL_PENDING)
          continue;
        row = suggestion_row (self, g_ptr_array_index (elements, e), codes[o],
                              cell == AZQF_GAP_CELL_SUGGESTED
                                ? azqf_gap_report_get_suggestion (self->report, e) : NULL,
                              lang);
        gtk_list_box_append (self->suggestions_list, row);
        if (n_rows++ <= self->focus_suggestion)
          focus = g_object_get_data (G_OBJECT (row), "confirm-button");
      }

  if (n_rows == 0)
    {
      add_placeholder (self->suggestions_list, _("No links to decide on"));
      focus = GTK_WIDGET (self->suggestions_list);
    }

  /* The button the user pressed is gone: keep the keyboard in the list. */
  if (self->focus_suggestion >= 0 && focus != NULL)
    gtk_widget_grab_focus (focus);
  self->focus_suggestion = -1;
}

/* Wording */

static void
fill_lint (AzqfGapPage *self)
{
  GPtrArray *lint = azqf_gap_report_get_lint_findings (self->report);
  guint counts[3] = { 0, 0, 0 };
  g_autofree char *title = NULL;
  GtkWidget *row, *button;

  azqf_list_box_clear (self->lint_list);
  if (lint == NULL)
    {
      add_placeholder (self->lint_list, _("The wording was not checked"));
      return;
    }

  for (guint i = 0; i < lint->len; i++)
    counts[azqf_finding_get_severity (g_ptr_array_index (lint, i))]++;

  {
    g_autofree char *errors = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u error", "%u errors",
                                                            counts[AZQF_SEVERITY_ERROR]),
                                               counts[AZQF_SEVERITY_ERROR]);
    g_autofree char *warnings = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u warning", "%u warnings",
                                                              counts[AZQF_SEVERITY_WARNING]),
                                                 counts[AZQF_SEVERITY_WARNING]);
    g_autofree char *notes = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u note", "%u notes",
                                                           counts[AZQF_SEVERITY_INFO]),
                                              counts[AZQF_SEVERITY_INFO]);

    title = g_strdup_printf ("%s, %s, %s", errors, warnings, notes);
  }
  row = azqf_text_row_new (title, lint->len > 0 ? _("The outcomes page shows each finding where it is")
                                       : _("The linter found nothing to improve"));
  if (lint->len > 0)
    adw_action_row_add_prefix (ADW_ACTION_ROW (row),
                               severity_icon (counts[AZQF_SEVERITY_ERROR] > 0 ? AZQF_SEVERITY_ERROR
                                              : counts[AZQF_SEVERITY_WARNING] > 0 ? AZQF_SEVERITY_WARNING
                                              : AZQF_SEVERITY_INFO));
  else
    {
      GtkWidget *icon = gtk_image_new_from_icon_name ("emblem-ok-symbolic");

      gtk_widget_add_css_class (icon, "success");
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
    }
  if (lint->len > 0)
    {
      button = gtk_button_new_with_mnemonic (_("Show _Outcomes"));
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.show-page");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", "outcomes");
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Show Outcomes"), -1);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
    }
  gtk_list_box_append (self->lint_list, row);
}

/* The whole page */

static void
update_view (AzqfGapPage *self)
{
  AzqfStandard *standard = get_standard (self);
  AzqfLang lang = get_lang (self);
  GPtrArray *elements;
  guint level, n_gaps = 0;
  g_autofree char *subtitle = NULL;
  g_autofree char *title = NULL;
  GPtrArray *gaps;

  if (self->report == NULL || standard == NULL)
    {
      gtk_stack_set_visible_child_name (GTK_STACK (adw_bin_get_child (ADW_BIN (self))), "empty");
      azqf_gap_matrix_set_report (self->matrix, NULL, NULL, lang);
      return;
    }

  gtk_stack_set_visible_child_name (GTK_STACK (adw_bin_get_child (ADW_BIN (self))), "report");
  level = azqf_gap_report_get_level (self->report);
  gaps = azqf_gap_report_get_gaps (self->report);
  for (guint i = 0; i < gaps->len; i++)
    n_gaps += azqf_finding_get_severity (g_ptr_array_index (gaps, i)) != AZQF_SEVERITY_INFO;

  /* TRANSLATORS: the gap page's heading, with the standard's code */
  title = g_strdup_printf (_("Gap Analysis of %s"), azqf_gap_report_get_standard_code (self->report));
  gtk_label_set_text (self->title_label, title);
  if (level > 0)
    /* TRANSLATORS: kind of standard, level, number of gaps */
    subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s, AzQF level %u · %u gap to close",
                                             "%s, AzQF level %u · %u gaps to close", n_gaps),
                                azqf_kind_get_label (azqf_standard_get_kind (standard)), level, n_gaps);
  else
    subtitle = g_strdup_printf (_("%s without a level: set it on the Overview page"),
                                azqf_kind_get_label (azqf_standard_get_kind (standard)));
  gtk_label_set_text (self->subtitle_label, subtitle);

  fill_scores (self, lang);
  fill_notes (self);
  fill_findings (self, self->gaps_list, gaps, _("No gaps: every element is covered"), lang);
  fill_suggestions (self, lang);

  elements = azqf_gap_report_get_elements (self->report);
  azqf_gap_matrix_set_report (self->matrix, self->report, standard, lang);
  gtk_stack_set_visible_child_name (self->matrix_stack,
                                    elements->len > 0 && azqf_gap_report_get_outcome_codes (self->report)[0] != NULL
                                      ? "matrix" : "none");

  fill_findings (self, self->credits_list, azqf_gap_report_get_credit_findings (self->report),
                 _("No credit rule applies"), lang);
  fill_lint (self);
}

void
azqf_gap_page_refresh (AzqfGapPage *self)
{
  AzqfStandard *standard;
  g_autoptr(AzqfGapReport) report = NULL;

  g_return_if_fail (AZQF_IS_GAP_PAGE (self));

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  self->stale = FALSE;

  standard = get_standard (self);
  if (standard != NULL && self->frameworks != NULL)
    {
      AzqfLinter *linter = get_linter (self);

      report = azqf_gap_analyze (self->frameworks, standard);
      if (linter != NULL)
        {
          g_autoptr(GPtrArray) lint = azqf_linter_check_standard (linter, standard);

          azqf_gap_report_set_lint_findings (report, lint);
        }
    }

  if (g_set_object (&self->report, report))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REPORT]);
  update_view (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "gap.save-report", self->report != NULL);
}

static gboolean
refresh_timeout_cb (gpointer user_data)
{
  AzqfGapPage *self = user_data;

  self->refresh_id = 0;
  azqf_gap_page_refresh (self);
  return G_SOURCE_REMOVE;
}

static void
schedule_refresh (AzqfGapPage *self)
{
  g_clear_handle_id (&self->refresh_id, g_source_remove);

  /* Typing on the outcomes page rebuilds nothing here: the page catches
   * up when it is shown. */
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->stale = TRUE;
      return;
    }

  self->refresh_id = g_timeout_add_full (G_PRIORITY_LOW, AZQF_GAP_PAGE_REFRESH_DELAY_MS,
                                         refresh_timeout_cb, self, NULL);
}

AzqfGapReport *
azqf_gap_page_get_report (AzqfGapPage *self)
{
  g_return_val_if_fail (AZQF_IS_GAP_PAGE (self), NULL);

  return self->report;
}

/* Actions */

static void
decide_link (AzqfGapPage   *self,
             GVariant      *parameter,
             AzqfLinkState  decision)
{
  AzqfStandard *standard = get_standard (self);
  g_autoptr(GError) error = NULL;
  const char *outcome_code, *element;
  AzqfLinkType type = AZQF_LINK_COVERS;
  AzqfOutcome *outcome;
  int index = 0;

  if (standard == NULL || self->frameworks == NULL)
    return;

  g_variant_get (parameter, "(&s&s)", &outcome_code, &element);

  /* A pending link keeps the type it was proposed with. */
  outcome = azqf_standard_find_outcome (standard, outcome_code, NULL);
  if (outcome != NULL && azqf_outcome_find_link (outcome, element) != NULL)
    type = azqf_link_get_link_type (azqf_outcome_find_link (outcome, element));

  /* The row's place, to put the focus back there after the refresh. */
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->suggestions_list));
       row != NULL; row = gtk_widget_get_next_sibling (row), index++)
    if (gtk_widget_has_focus (row) || gtk_widget_get_focus_child (row) != NULL)
      self->focus_suggestion = index;

  if (!azqf_gap_decide_link (self->frameworks, standard, outcome_code, element, decision, type,
                             NULL, &error))
    {
      show_error (self, _("Could Not Change the Link"), error);
      return;
    }

  /* The document saves the standard; the page answers at once. */
  azqf_gap_page_refresh (self);
}

static void
confirm_link_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  decide_link (AZQF_GAP_PAGE (widget), parameter, AZQF_LINK_STATE_CONFIRMED);
}

static void
reject_link_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  decide_link (AZQF_GAP_PAGE (widget), parameter, AZQF_LINK_STATE_REJECTED);
}

static void
replace_contents_cb (GObject      *object,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;

  if (!g_file_replace_contents_finish (G_FILE (object), result, NULL, &error))
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

void
azqf_gap_page_save_report_async (AzqfGapPage         *self,
                                 GFile               *file,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GBytes) bytes = NULL;
  char *html;

  g_return_if_fail (AZQF_IS_GAP_PAGE (self));
  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, azqf_gap_page_save_report_async);

  if (self->report == NULL)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_NOT_INITIALIZED,
                               "%s", _("There is no analysis to save"));
      return;
    }

  /* Replaced through a temporary file: a reader never sees half a report,
   * and a failure keeps the old one. */
  html = azqf_gap_report_to_html (self->report, get_lang (self));
  bytes = g_bytes_new_take (html, strlen (html));
  g_file_replace_contents_bytes_async (file, bytes, NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION,
                                       cancellable, replace_contents_cb, g_steal_pointer (&task));
}

gboolean
azqf_gap_page_save_report_finish (AzqfGapPage   *self,
                                  GAsyncResult  *result,
                                  GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

static void
save_report_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  AzqfGapPage *self = AZQF_GAP_PAGE (object);
  g_autoptr(GFile) file = user_data;
  g_autoptr(GError) error = NULL;
  AzqfWindow *window;

  if (!azqf_gap_page_save_report_finish (self, result, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_error (self, _("Could Not Save the Report"), error);
      return;
    }

  window = get_window (self);
  if (window != NULL)
    {
      g_autofree char *name = g_file_get_basename (file);
      g_autofree char *title = g_strdup_printf (_("Saved the report as %s"), name);

      azqf_window_add_toast (window, adw_toast_new (title));
    }
}

static void
report_chooser_response_cb (GtkNativeDialog *chooser,
                            int              response,
                            AzqfGapPage     *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      GFile *file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      azqf_gap_page_save_report_async (self, file, self->cancellable, save_report_cb, file);
    }
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
  g_object_unref (self);
}

static void
save_report_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  AzqfGapPage *self = AZQF_GAP_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = NULL;
  GtkFileChooserNative *chooser;

  if (self->report == NULL)
    return;

  chooser = gtk_file_chooser_native_new (_("Save Gap Report"),
                                         GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Save"), _("_Cancel"));
  gtk_file_filter_set_name (filter, _("HTML documents"));
  gtk_file_filter_add_pattern (filter, "*.html");
  gtk_file_filter_add_mime_type (filter, "text/html");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  /* TRANSLATORS: the suggested file name of a gap report; %s is the standard's code */
  name = g_strdup_printf (_("%s-gap-report.html"), azqf_gap_report_get_standard_code (self->report));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (report_chooser_response_cb), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
reloaded_cb (AzqfGapPage *self)
{
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    azqf_gap_page_refresh (self);
  else
    self->stale = TRUE;
}

/* GObject */

static void
azqf_gap_page_map (GtkWidget *widget)
{
  AzqfGapPage *self = AZQF_GAP_PAGE (widget);

  GTK_WIDGET_CLASS (azqf_gap_page_parent_class)->map (widget);
  if (self->stale)
    azqf_gap_page_refresh (self);
}

/* A new standard, frameworks or linter: analyse now when shown; else drop
 * the old report and analyse when the page is shown (opening a standard
 * on its Overview page builds nothing here). */
static void
services_changed (AzqfGapPage *self)
{
  if (gtk_widget_get_mapped (GTK_WIDGET (self)) || get_standard (self) == NULL)
    {
      azqf_gap_page_refresh (self);
      return;
    }

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  self->stale = TRUE;
  if (self->report != NULL)
    {
      g_clear_object (&self->report);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REPORT]);
      update_view (self);
    }
}

static void
document_changed (AzqfGapPage *self)
{
  g_signal_group_set_target (self->document_signals, self->document);
  g_signal_group_set_target (self->standard_signals, get_standard (self));
  services_changed (self);
}

static void
azqf_gap_page_dispose (GObject *object)
{
  AzqfGapPage *self = AZQF_GAP_PAGE (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->refresh_id, g_source_remove);
  if (self->standard_signals != NULL)
    g_signal_group_set_target (self->standard_signals, NULL);
  if (self->document_signals != NULL)
    g_signal_group_set_target (self->document_signals, NULL);
  g_clear_object (&self->standard_signals);
  g_clear_object (&self->document_signals);

  for (guint i = PROP_DOCUMENT; i < N_PROPS; i++)
    g_clear_object ((GObject **) field_for (self, i));
  g_clear_object (&self->cancellable);

  gtk_widget_dispose_template (GTK_WIDGET (self), AZQF_TYPE_GAP_PAGE);

  G_OBJECT_CLASS (azqf_gap_page_parent_class)->dispose (object);
}

static void
azqf_gap_page_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  gpointer *field = field_for (AZQF_GAP_PAGE (object), prop_id);

  if (field == NULL)
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
  else
    g_value_set_object (value, *field);
}

static void
azqf_gap_page_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  AzqfGapPage *self = AZQF_GAP_PAGE (object);
  gpointer *field = field_for (self, prop_id);

  if (field == NULL || prop_id == PROP_REPORT)
    {
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }

  if (!g_set_object ((GObject **) field, g_value_get_object (value)))
    return;

  if (prop_id == PROP_DOCUMENT)
    document_changed (self);
  else if (prop_id != PROP_STANDARDS)
    services_changed (self);
  g_object_notify_by_pspec (object, pspec);
}

static void
azqf_gap_page_class_init (AzqfGapPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = azqf_gap_page_dispose;
  object_class->get_property = azqf_gap_page_get_property;
  object_class->set_property = azqf_gap_page_set_property;
  widget_class->map = azqf_gap_page_map;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, AZQF_TYPE_DOCUMENT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FRAMEWORKS] =
    g_param_spec_object ("frameworks", NULL, NULL, AZQF_TYPE_FRAMEWORKS,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LINTER] =
    g_param_spec_object ("linter", NULL, NULL, AZQF_TYPE_LINTER,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_STANDARDS] =
    g_param_spec_object ("standards", NULL, NULL, AZQF_TYPE_STANDARD_LIST,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_REPORT] =
    g_param_spec_object ("report", NULL, NULL, AZQF_TYPE_GAP_REPORT,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (AZQF_TYPE_GAP_MATRIX);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/azqf/Studio/azqf-gap-page.ui");
  gtk_widget_class_bind_template_child (widget_class, AzqfGapPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, AzqfGapPage, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, AzqfGapPage, scores_box);
  gtk_widget_class_bind_template_child (widget_class, AzqfGapPage, notes_box);
  gtk_widget_class_bind_template_child (widget_class, AzqfGapPage, gaps_list);
  gtk_widget_class_bind_template_child (widget_class, AzqfGapPage, suggestions_list);
  gtk_widget_class_bind_template_child (widget_class, AzqfGapPage, matrix_stack);
  gtk_widget_class_bind_template_child (widget_class, AzqfGapPage, matrix);
  gtk_widget_class_bind_template_child (widget_class, AzqfGapPage, credits_list);
  gtk_widget_class_bind_template_child (widget_class, AzqfGapPage, lint_list);

  gtk_widget_class_install_action (widget_class, "gap.confirm-link", "(ss)", confirm_link_action);
  gtk_widget_class_install_action (widget_class, "gap.reject-link", "(ss)", reject_link_action);
  gtk_widget_class_install_action (widget_class, "gap.save-report", NULL, save_report_action);
}

static void
azqf_gap_page_init (AzqfGapPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  self->focus_suggestion = -1;

  self->standard_signals = g_signal_group_new (AZQF_TYPE_STANDARD);
  g_signal_group_connect_swapped (self->standard_signals, "changed", G_CALLBACK (schedule_refresh), self);
  self->document_signals = g_signal_group_new (AZQF_TYPE_DOCUMENT);
  g_signal_group_connect_swapped (self->document_signals, "reloaded",
                                  G_CALLBACK (reloaded_cb), self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "gap.save-report", FALSE);
}
