/* azqf-overview-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every edit goes straight into the AzqfStandard through its setter; the
 * document saves it shortly after. The page follows the standard back: a
 * property notified by someone else (or an undo, "reloaded") refreshes its
 * field. Two flags keep the two directions apart: "refreshing" while the page
 * writes model values into its widgets (widget handlers then do nothing), and
 * "committing" while a widget handler calls a setter (the notify it causes
 * then leaves the field alone, so the cursor and the user's spelling stay).
 */

#include "config.h"

#include <glib/gi18n.h>

#include "azqf-application.h"
#include "azqf-classification.h"
#include "azqf-overview-page.h"
#include "azqf-spell-underline.h"
#include "azqf-standard.h"
#include "azqf-store.h"
#include "azqf-value.h"

typedef const char *(*StringGetter) (AzqfStandard *self);
typedef gboolean    (*StringSetter) (AzqfStandard *self,
                                     const char   *value,
                                     GError      **error);

/* The bilingual texts: free text, no validation. */
static const struct
{
  const char       *row;
  const char       *property;
  AzqfStandardText  field;
  AzqfLang          lang;
} text_fields[] = {
  { "title_az_row", "title-az", AZQF_STANDARD_TITLE, AZQF_LANG_AZ },
  { "title_en_row", "title-en", AZQF_STANDARD_TITLE, AZQF_LANG_EN },
  { "sector_az_row", "sector-az", AZQF_STANDARD_SECTOR, AZQF_LANG_AZ },
  { "sector_en_row", "sector-en", AZQF_STANDARD_SECTOR, AZQF_LANG_EN },
  { "awarding_body_az_row", "awarding-body-az", AZQF_STANDARD_AWARDING_BODY, AZQF_LANG_AZ },
  { "awarding_body_en_row", "awarding-body-en", AZQF_STANDARD_AWARDING_BODY, AZQF_LANG_EN },
  { "approving_body_az_row", "approving-body-az", AZQF_STANDARD_APPROVING_BODY, AZQF_LANG_AZ },
  { "approving_body_en_row", "approving-body-en", AZQF_STANDARD_APPROVING_BODY, AZQF_LANG_EN },
};

#define N_TEXT_FIELDS G_N_ELEMENTS (text_fields)

/* The single-line fields whose setter may refuse a value. */
enum {
  CHECKED_CODE,
  CHECKED_ISCO08,
  CHECKED_ISCED_F,
  CHECKED_DURATION,
  CHECKED_DECISION_NUMBER,
  CHECKED_DECISION_DATE,
  CHECKED_REVIEW_DATE,
  N_CHECKED_FIELDS
};

static const struct
{
  const char   *row;
  const char   *message;
  const char   *property;
  StringGetter  get;
  StringSetter  set;
  const char   *hint;
} checked_fields[] = {
  [CHECKED_CODE] = { "code_row", "code_message", "code",
                     azqf_standard_get_code, azqf_standard_set_code, NULL },
  [CHECKED_ISCO08] = { "isco08_row", "isco08_message", "isco08",
                       azqf_standard_get_isco08, azqf_standard_set_isco08, NULL },
  [CHECKED_ISCED_F] = { "isced_f_row", "isced_f_message", "isced-f",
                        azqf_standard_get_isced_f, azqf_standard_set_isced_f, NULL },
  [CHECKED_DURATION] = { "duration_row", "duration_message", "duration",
                         azqf_standard_get_duration, azqf_standard_set_duration,
                         N_("ISO 8601 duration: P4Y (years), P18M (months), P6W, P10D or PT600H (hours)") },
  [CHECKED_DECISION_NUMBER] = { "decision_number_row", "decision_number_message", "decision-number",
                                azqf_standard_get_decision_number,
                                azqf_standard_set_decision_number, NULL },
  [CHECKED_DECISION_DATE] = { "decision_date_row", "decision_date_message", "decision-date",
                              azqf_standard_get_decision_date,
                              azqf_standard_set_decision_date, N_("YYYY-MM-DD") },
  [CHECKED_REVIEW_DATE] = { "review_date_row", "review_date_message", "review-date",
                            azqf_standard_get_review_date,
                            azqf_standard_set_review_date, N_("YYYY-MM-DD") },
};

struct _AzqfOverviewPage
{
  AdwBin            parent_instance;

  /* template children */
  GtkWidget        *text_rows[N_TEXT_FIELDS];
  GtkWidget        *checked_rows[N_CHECKED_FIELDS];
  GtkLabel         *checked_messages[N_CHECKED_FIELDS];
  AdwComboRow      *kind_row;
  AdwComboRow      *status_row;
  AdwComboRow      *level_row;
  GtkSpinButton    *version_spin;
  GtkWidget        *ects_spin_row;
  GtkSpinButton    *ects_spin;
  GtkLabel         *ects_message;
  GtkWidget        *summary_az_box;
  GtkWidget        *summary_en_box;
  GtkTextView      *summary_az_view;
  GtkTextView      *summary_en_view;
  AdwActionRow     *uuid_row;
  AdwActionRow     *created_row;
  AdwActionRow     *modified_row;

  /* owned */
  AzqfDocument     *document;
  AzqfFrameworks   *frameworks;
  AzqfLinter       *linter;
  AzqfStandardList *standards;
  GSignalGroup     *document_signals;
  GSignalGroup     *standard_signals;
  GSettings        *settings;

  guint             refreshing : 1;
  guint             committing : 1;
  guint             checked_invalid[N_CHECKED_FIELDS];
  guint             ects_invalid : 1;
  guint             code_taken : 1;    /* the last save found the code in use */
};

G_DEFINE_FINAL_TYPE (AzqfOverviewPage, azqf_overview_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_FRAMEWORKS,
  PROP_LINTER,
  PROP_STANDARDS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static AzqfStandard *
get_standard (AzqfOverviewPage *self)
{
  return self->document != NULL ? azqf_document_get_standard (self->document) : NULL;
}

/* Messages under a row */

/* Shows text under a row: an error (red, and the row marked invalid), a hint
 * (dimmed), or nothing (NULL: the message row hides). */
static void
show_message (GtkWidget  *row,
              GtkLabel   *label,
              const char *text,
              gboolean    is_error)
{
  GtkWidget *message_row = gtk_widget_get_parent (GTK_WIDGET (label));

  gtk_label_set_text (label, text != NULL ? text : "");
  gtk_widget_set_visible (message_row, text != NULL && *text != '\0');
  if (is_error)
    {
      gtk_widget_add_css_class (GTK_WIDGET (label), "error");
      gtk_widget_remove_css_class (GTK_WIDGET (label), "dim-label");
      gtk_widget_add_css_class (row, "error");
      gtk_accessible_update_state (GTK_ACCESSIBLE (row),
                                   GTK_ACCESSIBLE_STATE_INVALID, GTK_ACCESSIBLE_INVALID_TRUE,
                                   -1);
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (label), "error");
      gtk_widget_add_css_class (GTK_WIDGET (label), "dim-label");
      gtk_widget_remove_css_class (row, "error");
      gtk_accessible_reset_state (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_STATE_INVALID);
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text != NULL ? text : "",
                                  -1);
}

/* The hint under a checked field when its value is fine: the occupation or
 * field title of a classification code, or the expected form. */
static char *
describe_checked (AzqfOverviewPage *self,
                  guint             index,
                  const char       *value)
{
  const AzqfClassificationEntry *entry = NULL;

  if (index == CHECKED_ISCO08 || index == CHECKED_ISCED_F)
    {
      if (value == NULL || *value == '\0')
        return NULL;
      entry = azqf_classification_lookup (index == CHECKED_ISCO08
                                          ? AZQF_CLASSIFICATION_ISCO08
                                          : AZQF_CLASSIFICATION_ISCED_F,
                                          value);
      if (entry == NULL)
        return NULL;
      if (!azqf_classification_entry_has_title (entry, AZQF_LANG_AZ))
        return g_strdup (azqf_classification_entry_get_title (entry, AZQF_LANG_EN));
      return g_strdup_printf ("%s · %s", azqf_classification_entry_get_title (entry, AZQF_LANG_AZ),
                              azqf_classification_entry_get_title (entry, AZQF_LANG_EN));
    }

  /* The expected form helps while the field is empty; under a good value it is noise */
  if (checked_fields[index].hint == NULL || (value != NULL && *value != '\0'))
    return NULL;
  return g_strdup (_(checked_fields[index].hint));
}

static void
show_checked_hint (AzqfOverviewPage *self,
                   guint             index,
                   const char       *value)
{
  g_autofree char *hint = describe_checked (self, index, value);

  self->checked_invalid[index] = FALSE;
  show_message (self->checked_rows[index], self->checked_messages[index], hint, FALSE);
}

/* Refreshing widgets from the standard */

static void
set_editable_text (GtkWidget  *editable,
                   const char *text)
{
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (editable)), text != NULL ? text : "") != 0)
    gtk_editable_set_text (GTK_EDITABLE (editable), text != NULL ? text : "");
}

static void
set_buffer_text (GtkTextView *view,
                 const char  *text)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;
  g_autofree char *current = NULL;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  current = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  if (g_strcmp0 (current, text != NULL ? text : "") != 0)
    gtk_text_buffer_set_text (buffer, text != NULL ? text : "", -1);
}

static void
refresh_level (AzqfOverviewPage *self,
               AzqfStandard     *standard)
{
  guint level = standard != NULL ? azqf_standard_get_level (standard) : 0;
  g_autofree char *subtitle = NULL;

  adw_combo_row_set_selected (self->level_row, level);
  if (level == 0)
    subtitle = g_strdup (_("Choose the AzQF level to see its EQF level and QF-EHEA cycle"));
  else if (azqf_standard_get_qfehea_cycle (standard) == AZQF_CYCLE_NONE)
    /* TRANSLATORS: the subtitle of the Level row, for levels without a QF-EHEA cycle */
    subtitle = g_strdup_printf (_("EQF level %u · no QF-EHEA cycle"),
                                azqf_standard_get_eqf_level (standard));
  else
    /* TRANSLATORS: the subtitle of the Level row: "EQF level 6 · QF-EHEA: First cycle" */
    subtitle = g_strdup_printf (_("EQF level %u · QF-EHEA: %s"),
                                azqf_standard_get_eqf_level (standard),
                                azqf_cycle_get_label (azqf_standard_get_qfehea_cycle (standard)));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->level_row), subtitle);
}

static void
refresh_ects (AzqfOverviewPage *self,
              AzqfStandard     *standard)
{
  double credits = standard != NULL ? azqf_standard_get_ects_credits (standard) : -1;

  self->ects_invalid = FALSE;
  gtk_spin_button_set_value (self->ects_spin, credits < 0 ? -1 : credits);
  /* set_value does not reformat an unchanged value the user had typed over */
  gtk_spin_button_update (self->ects_spin);
  show_message (GTK_WIDGET (self->ects_spin), self->ects_message, NULL, FALSE);
}

static void
refresh_record (AzqfOverviewPage *self,
                AzqfStandard     *standard)
{
  g_autoptr(GDateTime) created = NULL;
  g_autoptr(GDateTime) modified = NULL;
  g_autofree char *created_text = NULL;
  g_autofree char *modified_text = NULL;

  if (standard != NULL)
    {
      created = g_date_time_new_from_unix_local (azqf_standard_get_created (standard));
      modified = g_date_time_new_from_unix_local (azqf_standard_get_modified (standard));
    }
  if (created != NULL)
    created_text = g_date_time_format (created, "%Y-%m-%d %H:%M");
  if (modified != NULL)
    modified_text = g_date_time_format (modified, "%Y-%m-%d %H:%M");
  adw_action_row_set_subtitle (self->uuid_row, standard != NULL ? azqf_standard_get_uuid (standard) : "");
  adw_action_row_set_subtitle (self->created_row, created_text != NULL ? created_text : "");
  adw_action_row_set_subtitle (self->modified_row, modified_text != NULL ? modified_text : "");
}

/* Fields that do not apply to a kind hide, unless they hold a value the
 * user may want to see or clear: ISCO-08 codes name occupations, which an
 * educational standard does not describe; ECTS credits measure study, which
 * an occupational standard does not have. */
static void
refresh_relevance (AzqfOverviewPage *self,
                   AzqfStandard     *standard)
{
  AzqfKind kind = standard != NULL ? azqf_standard_get_kind (standard) : AZQF_KIND_QUALIFICATION;
  gboolean has_isco = standard != NULL && azqf_standard_get_isco08 (standard) != NULL;
  gboolean has_ects = standard != NULL && azqf_standard_get_ects_credits (standard) >= 0;
  GtkWidget *isco_row = self->checked_rows[CHECKED_ISCO08];

  gtk_widget_set_visible (isco_row, kind != AZQF_KIND_EDUCATIONAL || has_isco
                                    || self->checked_invalid[CHECKED_ISCO08]);
  if (!gtk_widget_get_visible (isco_row))
    gtk_widget_set_visible (gtk_widget_get_parent (GTK_WIDGET (self->checked_messages[CHECKED_ISCO08])), FALSE);
  gtk_widget_set_visible (self->ects_spin_row, kind != AZQF_KIND_OCCUPATIONAL || has_ects
                                                || self->ects_invalid);
  if (!gtk_widget_get_visible (self->ects_spin_row))
    gtk_widget_set_visible (gtk_widget_get_parent (GTK_WIDGET (self->ects_message)), FALSE);
}

static void
refresh_checked (AzqfOverviewPage *self,
                 AzqfStandard     *standard,
                 guint             index)
{
  const char *value = standard != NULL ? checked_fields[index].get (standard) : NULL;

  set_editable_text (self->checked_rows[index], value);
  show_checked_hint (self, index, value);
}

static void
refresh_text (AzqfOverviewPage *self,
              AzqfStandard     *standard,
              guint             index)
{
  const char *value = NULL;

  if (standard != NULL)
    value = azqf_standard_get_text (standard, text_fields[index].field, text_fields[index].lang);
  set_editable_text (self->text_rows[index], value);
}

static void
refresh_summary (AzqfOverviewPage *self,
                 AzqfStandard     *standard)
{
  set_buffer_text (self->summary_az_view, standard != NULL
                   ? azqf_standard_get_text (standard, AZQF_STANDARD_SUMMARY, AZQF_LANG_AZ) : NULL);
  set_buffer_text (self->summary_en_view, standard != NULL
                   ? azqf_standard_get_text (standard, AZQF_STANDARD_SUMMARY, AZQF_LANG_EN) : NULL);
}

/* A read-only workspace: the fields stay readable, selectable and
 * scrollable, but take no edits. */
static void
set_writable (AzqfOverviewPage *self,
              gboolean          writable)
{
  GtkWidget *choices[] = { GTK_WIDGET (self->kind_row), GTK_WIDGET (self->status_row),
                           GTK_WIDGET (self->level_row), GTK_WIDGET (self->version_spin),
                           GTK_WIDGET (self->ects_spin) };

  for (guint i = 0; i < N_TEXT_FIELDS; i++)
    gtk_editable_set_editable (GTK_EDITABLE (self->text_rows[i]), writable);
  for (guint i = 0; i < N_CHECKED_FIELDS; i++)
    gtk_editable_set_editable (GTK_EDITABLE (self->checked_rows[i]), writable);
  gtk_text_view_set_editable (self->summary_az_view, writable);
  gtk_text_view_set_editable (self->summary_en_view, writable);
  for (guint i = 0; i < G_N_ELEMENTS (choices); i++)
    gtk_widget_set_sensitive (choices[i], writable);
}

/* Refreshes what shows property (NULL: everything). */
static void
refresh (AzqfOverviewPage *self,
         const char       *property)
{
  AzqfStandard *standard = get_standard (self);
  gboolean all = property == NULL;

  self->refreshing = TRUE;

  /* The page itself is the template's direct child; binding it would unparent it twice */
  gtk_widget_set_sensitive (adw_bin_get_child (ADW_BIN (self)), standard != NULL);
  if (all)
    set_writable (self, standard != NULL
                        && !azqf_store_get_read_only (azqf_document_get_store (self->document)));
  for (guint i = 0; i < N_TEXT_FIELDS; i++)
    if (all || g_str_equal (property, text_fields[i].property))
      refresh_text (self, standard, i);
  for (guint i = 0; i < N_CHECKED_FIELDS; i++)
    if (all || g_str_equal (property, checked_fields[i].property))
      refresh_checked (self, standard, i);
  if (all || g_str_equal (property, "summary-az") || g_str_equal (property, "summary-en"))
    refresh_summary (self, standard);
  if (all || g_str_equal (property, "kind"))
    adw_combo_row_set_selected (self->kind_row, standard != NULL ? azqf_standard_get_kind (standard) : 0);
  if (all || g_str_equal (property, "status"))
    adw_combo_row_set_selected (self->status_row, standard != NULL ? azqf_standard_get_status (standard) : 0);
  if (all || g_str_equal (property, "version"))
    gtk_spin_button_set_value (self->version_spin, standard != NULL ? azqf_standard_get_version (standard) : 1);
  if (all || g_str_equal (property, "level"))
    refresh_level (self, standard);
  if (all || g_str_equal (property, "ects-credits"))
    refresh_ects (self, standard);
  if (all || g_str_equal (property, "uuid") || g_str_equal (property, "created")
      || g_str_equal (property, "modified"))
    refresh_record (self, standard);
  if (all || g_str_equal (property, "kind") || g_str_equal (property, "isco08")
      || g_str_equal (property, "ects-credits"))
    refresh_relevance (self, standard);

  self->refreshing = FALSE;
}

/* Content languages (Preferences): both, az or en */

static void
content_languages_changed_cb (AzqfOverviewPage *self)
{
  g_autofree char *languages = NULL;
  gboolean show_az = TRUE;
  gboolean show_en = TRUE;

  if (self->settings != NULL)
    languages = g_settings_get_string (self->settings, "content-languages");
  if (g_strcmp0 (languages, "az") == 0)
    show_en = FALSE;
  else if (g_strcmp0 (languages, "en") == 0)
    show_az = FALSE;

  for (guint i = 0; i < N_TEXT_FIELDS; i++)
    gtk_widget_set_visible (self->text_rows[i],
                            text_fields[i].lang == AZQF_LANG_AZ ? show_az : show_en);
  gtk_widget_set_visible (self->summary_az_box, show_az);
  gtk_widget_set_visible (self->summary_en_box, show_en);
}

/* Widget → standard */

static void
text_row_changed_cb (GtkEditable      *editable,
                     AzqfOverviewPage *self)
{
  AzqfStandard *standard = get_standard (self);

  if (self->refreshing || standard == NULL)
    return;

  for (guint i = 0; i < N_TEXT_FIELDS; i++)
    if (GTK_WIDGET (editable) == self->text_rows[i])
      {
        self->committing = TRUE;
        azqf_standard_set_text (standard, text_fields[i].field, text_fields[i].lang,
                                gtk_editable_get_text (editable));
        self->committing = FALSE;
      }
}

static void
checked_row_changed_cb (GtkEditable      *editable,
                        AzqfOverviewPage *self)
{
  AzqfStandard *standard = get_standard (self);
  const char *text = gtk_editable_get_text (editable);
  g_autoptr(GError) error = NULL;
  guint index;

  if (self->refreshing || standard == NULL)
    return;

  for (index = 0; index < N_CHECKED_FIELDS; index++)
    if (GTK_WIDGET (editable) == self->checked_rows[index])
      break;
  g_assert (index < N_CHECKED_FIELDS);

  self->committing = TRUE;
  if (index == CHECKED_CODE)
    self->code_taken = FALSE;
  if (checked_fields[index].set (standard, text, &error))
    show_checked_hint (self, index, text);
  else
    {
      /* The standard keeps its last good value; the field keeps the user's text. */
      self->checked_invalid[index] = TRUE;
      show_message (self->checked_rows[index], self->checked_messages[index], error->message, TRUE);
    }
  self->committing = FALSE;
}

static void
summary_changed_cb (GtkTextBuffer    *buffer,
                    AzqfOverviewPage *self)
{
  AzqfStandard *standard = get_standard (self);
  AzqfLang lang = buffer == gtk_text_view_get_buffer (self->summary_az_view) ? AZQF_LANG_AZ : AZQF_LANG_EN;
  GtkTextIter start, end;
  g_autofree char *text = NULL;

  if (self->refreshing || standard == NULL)
    return;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  self->committing = TRUE;
  azqf_standard_set_text (standard, AZQF_STANDARD_SUMMARY, lang, text);
  self->committing = FALSE;
}

static void
kind_selected_cb (AzqfOverviewPage *self)
{
  AzqfStandard *standard = get_standard (self);
  guint selected = adw_combo_row_get_selected (self->kind_row);

  if (self->refreshing || standard == NULL || selected == GTK_INVALID_LIST_POSITION)
    return;

  self->committing = TRUE;
  azqf_standard_set_kind (standard, (AzqfKind) selected);
  self->committing = FALSE;
  /* refresh_relevance reads the flags, not the widgets: safe to run here */
  refresh_relevance (self, standard);
}

static void
status_selected_cb (AzqfOverviewPage *self)
{
  AzqfStandard *standard = get_standard (self);
  guint selected = adw_combo_row_get_selected (self->status_row);

  if (self->refreshing || standard == NULL || selected == GTK_INVALID_LIST_POSITION)
    return;

  self->committing = TRUE;
  azqf_standard_set_status (standard, (AzqfStatus) selected);
  self->committing = FALSE;
}

static void
level_selected_cb (AzqfOverviewPage *self)
{
  AzqfStandard *standard = get_standard (self);
  guint selected = adw_combo_row_get_selected (self->level_row);
  g_autoptr(GError) error = NULL;

  if (self->refreshing || standard == NULL || selected == GTK_INVALID_LIST_POSITION)
    return;

  self->committing = TRUE;
  if (!azqf_standard_set_level (standard, selected, &error))
    g_warning ("The level list offers %u: %s", selected, error->message);
  self->committing = FALSE;
  self->refreshing = TRUE;
  refresh_level (self, standard);
  self->refreshing = FALSE;
}

static void
version_changed_cb (AzqfOverviewPage *self)
{
  AzqfStandard *standard = get_standard (self);
  g_autoptr(GError) error = NULL;

  if (self->refreshing || standard == NULL)
    return;

  self->committing = TRUE;
  if (!azqf_standard_set_version (standard, gtk_spin_button_get_value_as_int (self->version_spin), &error))
    g_warning ("The version spin button allows a refused value: %s", error->message);
  self->committing = FALSE;
}

static void
ects_changed_cb (AzqfOverviewPage *self)
{
  AzqfStandard *standard = get_standard (self);
  double value = gtk_spin_button_get_value (self->ects_spin);
  g_autoptr(GError) error = NULL;

  if (self->refreshing || standard == NULL)
    return;

  self->committing = TRUE;
  if (azqf_standard_set_ects_credits (standard, value < 0 ? -1 : value, &error))
    {
      self->ects_invalid = FALSE;
      show_message (GTK_WIDGET (self->ects_spin), self->ects_message, NULL, FALSE);
    }
  else
    {
      self->ects_invalid = TRUE;
      show_message (GTK_WIDGET (self->ects_spin), self->ects_message, error->message, TRUE);
    }
  self->committing = FALSE;
  refresh_relevance (self, standard);
}

/* An empty spin button means "no credits": the value -1, shown as "". */
static int
ects_input_cb (GtkSpinButton    *spin,
               double           *new_value,
               AzqfOverviewPage *self)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (spin))));
  char *end = NULL;

  if (*text == '\0')
    {
      *new_value = -1;
      return TRUE;
    }

  /* Accept a decimal comma as well as a point */
  g_strdelimit (text, ",", '.');
  *new_value = g_ascii_strtod (text, &end);
  if (end == text || *end != '\0')
    return GTK_INPUT_ERROR;
  return TRUE;
}

static gboolean
ects_output_cb (GtkSpinButton    *spin,
                AzqfOverviewPage *self)
{
  double value = gtk_spin_button_get_value (spin);
  g_autofree char *text = value < 0 ? g_strdup ("") : azqf_value_format_credits (value);

  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (spin)), text) != 0)
    gtk_editable_set_text (GTK_EDITABLE (spin), text);
  return TRUE;
}

/* Standard → widgets */

static void
standard_notified_cb (AzqfOverviewPage *self,
                      GParamSpec       *pspec)
{
  /* Our own edit: the widget already shows it, exactly as typed. */
  if (self->committing)
    return;

  refresh (self, pspec->name);
}

static void
document_reloaded_cb (AzqfOverviewPage *self)
{
  refresh (self, NULL);
}

/* Whether a code is taken only the workspace knows: the save says so. The
 * message goes under the Code row, which the user can fix right there. */
static void
document_save_failed_cb (AzqfOverviewPage *self,
                         const GError     *error)
{
  if (!g_error_matches (error, AZQF_STORE_ERROR, AZQF_STORE_ERROR_DUPLICATE_CODE))
    return;

  self->checked_invalid[CHECKED_CODE] = TRUE;
  self->code_taken = TRUE;
  show_message (self->checked_rows[CHECKED_CODE], self->checked_messages[CHECKED_CODE],
                error->message, TRUE);
}

static void
document_saved_cb (AzqfOverviewPage *self)
{
  if (!self->code_taken)
    return;

  self->code_taken = FALSE;
  refresh (self, "code");
}

/* Properties */

static void
set_document (AzqfOverviewPage *self,
              AzqfDocument     *document)
{
  if (!g_set_object (&self->document, document))
    return;

  g_signal_group_set_target (self->document_signals, document);
  g_signal_group_set_target (self->standard_signals, get_standard (self));
  memset (self->checked_invalid, 0, sizeof self->checked_invalid);
  self->code_taken = FALSE;
  refresh (self, NULL);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
}

static gpointer *
field_for (AzqfOverviewPage *self,
           guint             prop_id)
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
    default:
      return NULL;
    }
}

static void
azqf_overview_page_dispose (GObject *object)
{
  AzqfOverviewPage *self = AZQF_OVERVIEW_PAGE (object);

  if (self->document_signals != NULL)
    g_signal_group_set_target (self->document_signals, NULL);
  if (self->standard_signals != NULL)
    g_signal_group_set_target (self->standard_signals, NULL);
  g_clear_object (&self->document_signals);
  g_clear_object (&self->standard_signals);
  g_clear_object (&self->settings);
  for (guint i = PROP_DOCUMENT; i < N_PROPS; i++)
    g_clear_object ((GObject **) field_for (self, i));
  gtk_widget_dispose_template (GTK_WIDGET (self), AZQF_TYPE_OVERVIEW_PAGE);

  G_OBJECT_CLASS (azqf_overview_page_parent_class)->dispose (object);
}

static void
azqf_overview_page_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  gpointer *field = field_for (AZQF_OVERVIEW_PAGE (object), prop_id);

  if (field == NULL)
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
  else
    g_value_set_object (value, *field);
}

static void
azqf_overview_page_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  AzqfOverviewPage *self = AZQF_OVERVIEW_PAGE (object);
  gpointer *field = field_for (self, prop_id);

  if (field == NULL)
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
  else if (prop_id == PROP_DOCUMENT)
    set_document (self, g_value_get_object (value));
  else if (g_set_object ((GObject **) field, g_value_get_object (value)))
    g_object_notify_by_pspec (object, pspec);
}

static void
azqf_overview_page_class_init (AzqfOverviewPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = azqf_overview_page_dispose;
  object_class->get_property = azqf_overview_page_get_property;
  object_class->set_property = azqf_overview_page_set_property;

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
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/azqf/Studio/azqf-overview-page.ui");
  for (guint i = 0; i < N_TEXT_FIELDS; i++)
    gtk_widget_class_bind_template_child_full (widget_class, text_fields[i].row, FALSE,
                                               G_STRUCT_OFFSET (AzqfOverviewPage, text_rows)
                                               + i * sizeof (gpointer));
  for (guint i = 0; i < N_CHECKED_FIELDS; i++)
    {
      gtk_widget_class_bind_template_child_full (widget_class, checked_fields[i].row, FALSE,
                                                 G_STRUCT_OFFSET (AzqfOverviewPage, checked_rows)
                                                 + i * sizeof (gpointer));
      gtk_widget_class_bind_template_child_full (widget_class, checked_fields[i].message, FALSE,
                                                 G_STRUCT_OFFSET (AzqfOverviewPage, checked_messages)
                                                 + i * sizeof (gpointer));
    }
  gtk_widget_class_bind_template_child (widget_class, AzqfOverviewPage, kind_row);
  gtk_widget_class_bind_template_child (widget_class, AzqfOverviewPage, status_row);
  gtk_widget_class_bind_template_child (widget_class, AzqfOverviewPage, level_row);
  gtk_widget_class_bind_template_child (widget_class, AzqfOverviewPage, version_spin);
  gtk_widget_class_bind_template_child (widget_class, AzqfOverviewPage, ects_spin_row);
  gtk_widget_class_bind_template_child (widget_class, AzqfOverviewPage, ects_spin);
  gtk_widget_class_bind_template_child (widget_class, AzqfOverviewPage, ects_message);
  gtk_widget_class_bind_template_child (widget_class, AzqfOverviewPage, summary_az_box);
  gtk_widget_class_bind_template_child (widget_class, AzqfOverviewPage, summary_en_box);
  gtk_widget_class_bind_template_child (widget_class, AzqfOverviewPage, summary_az_view);
  gtk_widget_class_bind_template_child (widget_class, AzqfOverviewPage, summary_en_view);
  gtk_widget_class_bind_template_child (widget_class, AzqfOverviewPage, uuid_row);
  gtk_widget_class_bind_template_child (widget_class, AzqfOverviewPage, created_row);
  gtk_widget_class_bind_template_child (widget_class, AzqfOverviewPage, modified_row);
}

/* A combo row over translated labels: position i is enum value i. */
static void
fill_combo (AdwComboRow *row,
            guint        n,
            const char *(*get_label) (int))
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);

  for (guint i = 0; i < n; i++)
    gtk_string_list_append (labels, get_label (i));
  adw_combo_row_set_model (row, G_LIST_MODEL (labels));
}

static const char *
kind_label (int value)
{
  return azqf_kind_get_label ((AzqfKind) value);
}

static const char *
status_label (int value)
{
  return azqf_status_get_label ((AzqfStatus) value);
}

static const char *
level_label (int value)
{
  static char numbers[9][2] = { "", "1", "2", "3", "4", "5", "6", "7", "8" };

  return value == 0 ? _("Not set") : numbers[value];
}

static void
azqf_overview_page_init (AzqfOverviewPage *self)
{
  GApplication *app = g_application_get_default ();

  gtk_widget_init_template (GTK_WIDGET (self));

  fill_combo (self->kind_row, AZQF_KIND_QUALIFICATION + 1, kind_label);
  fill_combo (self->status_row, AZQF_STATUS_WITHDRAWN + 1, status_label);
  fill_combo (self->level_row, 9, level_label);

  /* The rows' titles name the fields for assistive technologies (libadwaita
   * labels each editable by its row's title). */
  for (guint i = 0; i < N_TEXT_FIELDS; i++)
    g_signal_connect (self->text_rows[i], "changed", G_CALLBACK (text_row_changed_cb), self);
  for (guint i = 0; i < N_CHECKED_FIELDS; i++)
    g_signal_connect (self->checked_rows[i], "changed", G_CALLBACK (checked_row_changed_cb), self);
  g_signal_connect (gtk_text_view_get_buffer (self->summary_az_view), "changed",
                    G_CALLBACK (summary_changed_cb), self);
  g_signal_connect (gtk_text_view_get_buffer (self->summary_en_view), "changed",
                    G_CALLBACK (summary_changed_cb), self);
  /* Misspelled words underlined, in each field's language. */
  azqf_spell_underline_attach (GTK_WIDGET (self->summary_az_view), AZQF_LANG_AZ);
  azqf_spell_underline_attach (GTK_WIDGET (self->summary_en_view), AZQF_LANG_EN);
  for (guint i = 0; i < N_TEXT_FIELDS; i++)
    azqf_spell_underline_attach (self->text_rows[i], text_fields[i].lang);
  g_signal_connect_swapped (self->kind_row, "notify::selected", G_CALLBACK (kind_selected_cb), self);
  g_signal_connect_swapped (self->status_row, "notify::selected", G_CALLBACK (status_selected_cb), self);
  g_signal_connect_swapped (self->level_row, "notify::selected", G_CALLBACK (level_selected_cb), self);
  g_signal_connect_swapped (self->version_spin, "value-changed", G_CALLBACK (version_changed_cb), self);
  g_signal_connect (self->ects_spin, "input", G_CALLBACK (ects_input_cb), self);
  g_signal_connect (self->ects_spin, "output", G_CALLBACK (ects_output_cb), self);
  g_signal_connect_swapped (self->ects_spin, "value-changed", G_CALLBACK (ects_changed_cb), self);

  self->document_signals = g_signal_group_new (AZQF_TYPE_DOCUMENT);
  g_signal_group_connect_object (self->document_signals, "reloaded",
                                 G_CALLBACK (document_reloaded_cb), self, G_CONNECT_SWAPPED);
  g_signal_group_connect_object (self->document_signals, "save-failed",
                                 G_CALLBACK (document_save_failed_cb), self, G_CONNECT_SWAPPED);
  g_signal_group_connect_object (self->document_signals, "saved",
                                 G_CALLBACK (document_saved_cb), self, G_CONNECT_SWAPPED);
  self->standard_signals = g_signal_group_new (AZQF_TYPE_STANDARD);
  g_signal_group_connect_object (self->standard_signals, "notify",
                                 G_CALLBACK (standard_notified_cb), self, G_CONNECT_SWAPPED);

  if (AZQF_IS_APPLICATION (app) && azqf_application_get_settings (AZQF_APPLICATION (app)) != NULL)
    {
      self->settings = g_object_ref (azqf_application_get_settings (AZQF_APPLICATION (app)));
      g_signal_connect_object (self->settings, "changed::content-languages",
                               G_CALLBACK (content_languages_changed_cb), self, G_CONNECT_SWAPPED);
    }
  content_languages_changed_cb (self);

  refresh (self, NULL);
}
