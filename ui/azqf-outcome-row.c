/* azqf-outcome-row.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "azqf-criterion.h"
#include "azqf-criterion-row.h"
#include "azqf-edit-helpers.h"
#include "azqf-finding.h"
#include "azqf-outcome-row.h"
#include "azqf-outcomes-page.h"
#include "azqf-spell-underline.h"

struct _AzqfOutcomeRow
{
  GtkListBoxRow  parent_instance;

  /* template children */
  GtkWidget     *drag_handle;
  GtkWidget     *code_entry;
  GtkWidget     *domain_dropdown;
  GtkWidget     *badges_box;
  GtkWidget     *move_up_button;
  GtkWidget     *move_down_button;
  GtkWidget     *remove_button;
  GtkWidget     *az_box;
  GtkWidget     *en_box;
  GtkWidget     *az_view;
  GtkWidget     *en_view;
  GtkWidget     *criteria_box;
  GtkWidget     *add_criterion_button;
  GtkSizeGroup  *end_group;

  /* owned */
  AzqfStandard  *standard;
  AzqfUnit      *unit;       /* NULL: an outcome of the standard itself */
  AzqfOutcome   *outcome;
  AzqfLinter    *linter;
  GSettings     *settings;   /* the application's, or NULL */
  char          *findings_key;

  guint          lint_source;
  gboolean       syncing;
};

G_DEFINE_FINAL_TYPE (AzqfOutcomeRow, azqf_outcome_row, GTK_TYPE_LIST_BOX_ROW)

static const AzqfDomain domains[] = {
  AZQF_DOMAIN_KNOWLEDGE,
  AZQF_DOMAIN_SKILLS,
  AZQF_DOMAIN_AUTONOMY_RESPONSIBILITY,
};

static GtkTextBuffer *
view_buffer (GtkWidget *view)
{
  return gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
}

/* Accessible names, stable for AT-SPI tests: "Outcome K1, English text". */
static void
update_names (AzqfOutcomeRow *self)
{
  const char *code = azqf_outcome_get_code (self->outcome);

  azqf_edit_take_label (GTK_WIDGET (self), g_strdup_printf (_("Outcome %s"), code));
  azqf_edit_take_label (self->drag_handle, g_strdup_printf (_("Drag handle of outcome %s"), code));
  azqf_edit_take_label (self->code_entry, g_strdup_printf (_("Code of outcome %s"), code));
  azqf_edit_take_label (self->domain_dropdown, g_strdup_printf (_("Domain of outcome %s"), code));
  azqf_edit_take_label (self->az_view, g_strdup_printf (_("Outcome %s, Azerbaijani text"), code));
  azqf_edit_take_label (self->en_view, g_strdup_printf (_("Outcome %s, English text"), code));
  azqf_edit_take_label (self->move_up_button, g_strdup_printf (_("Move Outcome %s Up"), code));
  azqf_edit_take_label (self->move_down_button, g_strdup_printf (_("Move Outcome %s Down"), code));
  azqf_edit_take_label (self->remove_button, g_strdup_printf (_("Remove Outcome %s"), code));
  azqf_edit_take_label (self->add_criterion_button, g_strdup_printf (_("Add Criterion to Outcome %s"), code));
}

/* Lint */

static AzqfSeverity
min_severity (AzqfOutcomeRow *self)
{
  g_autofree char *strictness = NULL;

  if (self->settings == NULL)
    return AZQF_SEVERITY_WARNING;  /* the schema's default */

  strictness = g_settings_get_string (self->settings, "lint-strictness");
  if (g_strcmp0 (strictness, "errors") == 0)
    return AZQF_SEVERITY_ERROR;
  if (g_strcmp0 (strictness, "hints") == 0)
    return AZQF_SEVERITY_INFO;
  return AZQF_SEVERITY_WARNING;
}

static const char *
severity_class (AzqfSeverity severity)
{
  switch (severity)
    {
    case AZQF_SEVERITY_ERROR:
      return "error";
    case AZQF_SEVERITY_WARNING:
      return "warning";
    case AZQF_SEVERITY_INFO:
    default:
      return "hint";
    }
}

static GtkWidget *
make_popover_label (const char *text,
                    const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 48);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);

  return label;
}

/* A focusable button: the explanation on hover (tooltip), and in a popover
 * when it is activated from the keyboard or clicked. */
static GtkWidget *
make_badge (AzqfFinding *finding)
{
  const char *rule_id = azqf_finding_get_rule_id (finding);
  const char *name = azqf_linter_get_rule_name (rule_id);
  const char *message = azqf_finding_get_message (finding);
  const char *explanation = azqf_finding_get_explanation (finding);
  const char *suggestion = azqf_finding_get_suggestion (finding);
  int lang = azqf_finding_get_lang (finding);
  g_autofree char *text = NULL;
  g_autofree char *tooltip = NULL;
  GtkWidget *button;
  GtkWidget *popover;
  GtkWidget *box;

  if (explanation == NULL)
    explanation = azqf_linter_get_rule_explanation (rule_id);
  if (name == NULL)
    name = rule_id;

  if (lang == AZQF_LANG_AZ || lang == AZQF_LANG_EN)
    text = g_strdup_printf ("%s · %s", name, azqf_lang_to_string (lang));
  else
    text = g_strdup (name);

  tooltip = explanation != NULL ? g_strdup_printf ("%s\n\n%s", message, explanation)
                                : g_strdup (message);

  button = gtk_menu_button_new ();
  gtk_menu_button_set_child (GTK_MENU_BUTTON (button), gtk_label_new (text));
  gtk_menu_button_set_has_frame (GTK_MENU_BUTTON (button), FALSE);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_widget_add_css_class (button, "lint-badge");
  gtk_widget_add_css_class (button, severity_class (azqf_finding_get_severity (finding)));
  /* Translators: accessible name of a lint badge; %s is the finding's message */
  azqf_edit_take_label (button, g_strdup_printf (_("Lint finding: %s"), message));

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_box_append (GTK_BOX (box), make_popover_label (message, "heading"));
  if (explanation != NULL)
    gtk_box_append (GTK_BOX (box), make_popover_label (explanation, NULL));
  if (suggestion != NULL)
    gtk_box_append (GTK_BOX (box), make_popover_label (suggestion, "dim-label"));

  popover = gtk_popover_new ();
  gtk_popover_set_child (GTK_POPOVER (popover), box);
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (button), popover);

  return button;
}

static void
lint (AzqfOutcomeRow *self)
{
  g_autoptr (GPtrArray) findings = NULL;
  g_autoptr (GPtrArray) shown = g_ptr_array_new ();
  g_autoptr (GString) key = g_string_new (NULL);
  AzqfSeverity threshold = min_severity (self);
  GtkWidget *child;

  g_clear_handle_id (&self->lint_source, g_source_remove);

  if (self->linter != NULL)
    findings = azqf_linter_check_outcome (self->linter, self->standard, self->outcome);

  for (guint i = 0; findings != NULL && i < findings->len; i++)
    {
      AzqfFinding *finding = g_ptr_array_index (findings, i);

      if (azqf_finding_get_severity (finding) < threshold)
        continue;
      g_ptr_array_add (shown, finding);
      g_string_append_printf (key, "%d\x1f%s\x1f%s\x1e", azqf_finding_get_severity (finding),
                              azqf_finding_get_rule_id (finding),
                              azqf_finding_get_message (finding));
    }

  /* Same findings: keep the badges (and a focused one keeps the focus). */
  if (g_strcmp0 (self->findings_key, key->str) == 0)
    return;
  g_free (self->findings_key);
  self->findings_key = g_strdup (key->str);

  while ((child = gtk_widget_get_first_child (self->badges_box)) != NULL)
    gtk_flow_box_remove (GTK_FLOW_BOX (self->badges_box), child);

  for (guint i = 0; i < shown->len; i++)
    {
      gtk_flow_box_append (GTK_FLOW_BOX (self->badges_box), make_badge (g_ptr_array_index (shown, i)));
      /* The badge itself takes the focus, not the flow box's child around it. */
      gtk_widget_set_focusable (gtk_widget_get_last_child (self->badges_box), FALSE);
    }
}

static gboolean
lint_timeout_cb (gpointer data)
{
  AzqfOutcomeRow *self = data;

  self->lint_source = 0;
  lint (self);

  return G_SOURCE_REMOVE;
}

static void
queue_lint (AzqfOutcomeRow *self)
{
  g_clear_handle_id (&self->lint_source, g_source_remove);
  self->lint_source = g_timeout_add_full (G_PRIORITY_LOW, AZQF_OUTCOME_ROW_LINT_DELAY_MS,
                                          lint_timeout_cb, self, NULL);
}

/* Texts */

static AzqfLang
view_lang (AzqfOutcomeRow *self,
           GtkTextBuffer  *buffer)
{
  return buffer == view_buffer (self->en_view) ? AZQF_LANG_EN : AZQF_LANG_AZ;
}

/* Each keystroke goes into the outcome (the document saves it 400 ms after
 * the last one); lint waits for a pause. */
static void
buffer_changed_cb (GtkTextBuffer  *buffer,
                   AzqfOutcomeRow *self)
{
  GtkTextIter start;
  GtkTextIter end;
  g_autofree char *text = NULL;

  if (self->syncing)
    return;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);

  self->syncing = TRUE;
  azqf_outcome_set_text (self->outcome, view_lang (self, buffer), text);
  self->syncing = FALSE;

  queue_lint (self);
}

static void
sync_text (AzqfOutcomeRow *self,
           AzqfLang        lang)
{
  GtkTextBuffer *buffer = view_buffer (lang == AZQF_LANG_EN ? self->en_view : self->az_view);
  const char *text = azqf_outcome_get_text (self->outcome, lang);
  GtkTextIter start;
  GtkTextIter end;
  g_autofree char *shown = NULL;

  if (self->syncing)
    return;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  shown = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  if (g_strcmp0 (shown, text != NULL ? text : "") == 0)
    return;

  self->syncing = TRUE;
  gtk_text_buffer_set_text (buffer, text != NULL ? text : "", -1);
  self->syncing = FALSE;
}

static void
sync_domain (AzqfOutcomeRow *self)
{
  AzqfDomain domain = azqf_outcome_get_domain (self->outcome);

  for (guint i = 0; i < G_N_ELEMENTS (domains); i++)
    if (domains[i] == domain)
      gtk_drop_down_set_selected (GTK_DROP_DOWN (self->domain_dropdown), i);
}

static void
domain_selected_cb (AzqfOutcomeRow *self)
{
  guint selected = gtk_drop_down_get_selected (GTK_DROP_DOWN (self->domain_dropdown));

  if (selected < G_N_ELEMENTS (domains))
    azqf_outcome_set_domain (self->outcome, domains[selected]);
}

static void
code_changed_cb (AzqfOutcomeRow *self)
{
  g_autoptr (GError) error = NULL;
  const char *code = gtk_editable_get_text (GTK_EDITABLE (self->code_entry));

  if (self->syncing)
    return;

  self->syncing = TRUE;
  azqf_outcome_set_code (self->outcome, code, &error);
  azqf_edit_show_code_result (self->code_entry, error, _("Outcome code, unique in the standard"));
  self->syncing = FALSE;
}

/* Criteria: few per outcome, rebuilt when the list changes. */

static void
rebuild_criteria (AzqfOutcomeRow *self)
{
  GListModel *criteria = azqf_outcome_get_criteria (self->outcome);
  guint n = g_list_model_get_n_items (criteria);
  gboolean show_az;
  gboolean show_en;
  GtkWidget *child;

  azqf_edit_get_languages (self->settings, &show_az, &show_en);

  while ((child = gtk_widget_get_first_child (self->criteria_box)) != NULL)
    gtk_box_remove (GTK_BOX (self->criteria_box), child);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (AzqfCriterion) criterion = g_list_model_get_item (criteria, i);
      GtkWidget *row = azqf_criterion_row_new (self->outcome, criterion, i, self->end_group);

      gtk_widget_set_visible (azqf_criterion_row_get_entry (AZQF_CRITERION_ROW (row), AZQF_LANG_AZ),
                              show_az);
      gtk_widget_set_visible (azqf_criterion_row_get_entry (AZQF_CRITERION_ROW (row), AZQF_LANG_EN),
                              show_en);
      gtk_box_append (GTK_BOX (self->criteria_box), row);
    }
}

static void
update_languages (AzqfOutcomeRow *self)
{
  gboolean show_az;
  gboolean show_en;

  azqf_edit_get_languages (self->settings, &show_az, &show_en);
  gtk_widget_set_visible (self->az_box, show_az);
  gtk_widget_set_visible (self->en_box, show_en);
  rebuild_criteria (self);
}

static void
strictness_changed_cb (AzqfOutcomeRow *self)
{
  lint (self);
}

static void
outcome_notify_cb (AzqfOutcomeRow *self,
                   GParamSpec     *pspec)
{
  if (g_str_equal (pspec->name, "text-az"))
    sync_text (self, AZQF_LANG_AZ);
  else if (g_str_equal (pspec->name, "text-en"))
    sync_text (self, AZQF_LANG_EN);
  else if (g_str_equal (pspec->name, "domain"))
    {
      sync_domain (self);
      queue_lint (self);
    }
  else if (g_str_equal (pspec->name, "code"))
    {
      if (!self->syncing)
        {
          self->syncing = TRUE;
          gtk_editable_set_text (GTK_EDITABLE (self->code_entry),
                                 azqf_outcome_get_code (self->outcome));
          self->syncing = FALSE;
        }
      update_names (self);
      rebuild_criteria (self);
    }
}

/* Focus, kept across the rebuild a move causes */

AzqfOutcomeRowPart
azqf_outcome_row_get_focus_part (AzqfOutcomeRow *self)
{
  GtkRoot *root;
  GtkWidget *focus;
  struct {
    GtkWidget          *widget;
    AzqfOutcomeRowPart  part;
  } parts[] = {
    { self->code_entry, AZQF_OUTCOME_ROW_PART_CODE },
    { self->domain_dropdown, AZQF_OUTCOME_ROW_PART_DOMAIN },
    { self->az_view, AZQF_OUTCOME_ROW_PART_TEXT_AZ },
    { self->en_view, AZQF_OUTCOME_ROW_PART_TEXT_EN },
    { self->move_up_button, AZQF_OUTCOME_ROW_PART_MOVE_UP },
    { self->move_down_button, AZQF_OUTCOME_ROW_PART_MOVE_DOWN },
  };

  g_return_val_if_fail (AZQF_IS_OUTCOME_ROW (self), AZQF_OUTCOME_ROW_PART_NONE);

  root = gtk_widget_get_root (GTK_WIDGET (self));
  focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  if (focus == NULL)
    return AZQF_OUTCOME_ROW_PART_NONE;

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    if (focus == parts[i].widget || gtk_widget_is_ancestor (focus, parts[i].widget))
      return parts[i].part;

  if (focus == GTK_WIDGET (self) || gtk_widget_is_ancestor (focus, GTK_WIDGET (self)))
    return AZQF_OUTCOME_ROW_PART_ROW;

  return AZQF_OUTCOME_ROW_PART_NONE;
}

void
azqf_outcome_row_focus_part (AzqfOutcomeRow     *self,
                             AzqfOutcomeRowPart  part)
{
  GtkWidget *widget = NULL;

  g_return_if_fail (AZQF_IS_OUTCOME_ROW (self));

  switch (part)
    {
    case AZQF_OUTCOME_ROW_PART_CODE:
      widget = self->code_entry;
      break;
    case AZQF_OUTCOME_ROW_PART_DOMAIN:
      widget = self->domain_dropdown;
      break;
    case AZQF_OUTCOME_ROW_PART_TEXT_AZ:
      widget = gtk_widget_get_visible (self->az_box) ? self->az_view : self->en_view;
      break;
    case AZQF_OUTCOME_ROW_PART_TEXT_EN:
      widget = gtk_widget_get_visible (self->en_box) ? self->en_view : self->az_view;
      break;
    case AZQF_OUTCOME_ROW_PART_MOVE_UP:
      /* At the top now: the other way is the button left to press. */
      widget = gtk_widget_get_sensitive (self->move_up_button) ? self->move_up_button
                                                               : self->move_down_button;
      break;
    case AZQF_OUTCOME_ROW_PART_MOVE_DOWN:
      widget = gtk_widget_get_sensitive (self->move_down_button) ? self->move_down_button
                                                                 : self->move_up_button;
      break;
    case AZQF_OUTCOME_ROW_PART_ROW:
      widget = GTK_WIDGET (self);
      break;
    case AZQF_OUTCOME_ROW_PART_NONE:
    default:
      return;
    }

  gtk_widget_grab_focus (widget);
}

/* Actions */

static GListModel *
container_list (AzqfStandard *standard,
                AzqfUnit     *unit)
{
  return unit != NULL ? azqf_unit_get_outcomes (unit) : azqf_standard_get_outcomes (standard);
}

/* Containers in the order the page shows them: the standard's own outcomes
 * (index -1), then each unit. At either end of its list, an outcome moves to
 * the end of the previous container or the start of the next one. FALSE
 * when there is nowhere to go. */
static gboolean
find_target (AzqfOutcomeRow  *self,
             int              delta,
             AzqfUnit       **target,
             guint           *target_position)
{
  GListModel *units = azqf_standard_get_units (self->standard);
  GListModel *list = container_list (self->standard, self->unit);
  guint n = g_list_model_get_n_items (list);
  guint position;
  guint unit_index;
  int container = -1;

  if (!azqf_edit_find_position (list, self->outcome, &position))
    return FALSE;

  if ((delta < 0 && position > 0) || (delta > 0 && position + 1 < n))
    {
      *target = self->unit != NULL ? g_object_ref (self->unit) : NULL;
      *target_position = position + delta;
      return TRUE;
    }

  if (self->unit != NULL && azqf_edit_find_position (units, self->unit, &unit_index))
    container = (int) unit_index;
  container += delta;
  if (container < -1 || container >= (int) g_list_model_get_n_items (units))
    return FALSE;
  /* Nor into the standard's own outcomes while it has none (their group is
   * hidden then): only Add Outcome starts them. */
  if (container == -1 && g_list_model_get_n_items (azqf_standard_get_outcomes (self->standard)) == 0)
    return FALSE;

  *target = container >= 0 ? g_list_model_get_item (units, container) : NULL;
  *target_position = delta < 0 ? G_MAXUINT : 0;
  return TRUE;
}

/* Move Up at the very first outcome and Move Down at the very last are off. */
static void
update_move_actions (AzqfOutcomeRow *self)
{
  for (int delta = -1; delta <= 1; delta += 2)
    {
      g_autoptr (AzqfUnit) target = NULL;
      guint position;

      gtk_widget_action_set_enabled (GTK_WIDGET (self),
                                     delta < 0 ? "outcome.move-up" : "outcome.move-down",
                                     find_target (self, delta, &target, &position));
    }
}

static void
move_by (AzqfOutcomeRow *self,
         int             delta)
{
  g_autoptr (AzqfOutcomeRow) keep = g_object_ref (self);
  g_autoptr (AzqfUnit) target = NULL;
  GtkWidget *page = gtk_widget_get_ancestor (GTK_WIDGET (self), AZQF_TYPE_OUTCOMES_PAGE);
  AzqfOutcomeRowPart part = azqf_outcome_row_get_focus_part (self);
  guint target_position;

  if (!find_target (self, delta, &target, &target_position))
    return;

  azqf_standard_move_outcome (self->standard, self->outcome, target, target_position);

  if (page != NULL)
    azqf_outcomes_page_focus_outcome (AZQF_OUTCOMES_PAGE (page), self->outcome,
                                      part != AZQF_OUTCOME_ROW_PART_NONE
                                      ? part : AZQF_OUTCOME_ROW_PART_ROW);
}

static void
move_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  move_by (AZQF_OUTCOME_ROW (widget), g_str_equal (action_name, "outcome.move-up") ? -1 : 1);
}

static void
remove_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  AzqfOutcomeRow *self = AZQF_OUTCOME_ROW (widget);
  g_autoptr (AzqfOutcomeRow) keep = g_object_ref (self);

  azqf_standard_remove_outcome (self->standard, self->outcome);
}

static void
add_criterion_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  AzqfOutcomeRow *self = AZQF_OUTCOME_ROW (widget);
  g_autoptr (AzqfCriterion) criterion = azqf_criterion_new (NULL, NULL);
  GtkWidget *last;

  azqf_outcome_append_criterion (self->outcome, criterion);

  last = gtk_widget_get_last_child (self->criteria_box);
  if (last != NULL)
    gtk_widget_grab_focus (azqf_criterion_row_get_entry (AZQF_CRITERION_ROW (last),
                                                         gtk_widget_get_visible (self->az_box)
                                                         ? AZQF_LANG_AZ : AZQF_LANG_EN));
}

/* Drag and drop: the handle drags the outcome; dropping one on a row puts
 * it at that row's place. */
static gboolean
drop_cb (GtkDropTarget  *target,
         const GValue   *value,
         double          x,
         double          y,
         AzqfOutcomeRow *self)
{
  AzqfOutcome *dragged = g_value_get_object (value);
  g_autoptr (AzqfOutcomeRow) keep = g_object_ref (self);
  g_autoptr (AzqfOutcome) outcome = g_object_ref (self->outcome);
  GtkWidget *page = gtk_widget_get_ancestor (GTK_WIDGET (self), AZQF_TYPE_OUTCOMES_PAGE);
  guint position;

  if (!AZQF_IS_OUTCOME (dragged) || dragged == self->outcome
      || azqf_standard_find_outcome (self->standard, azqf_outcome_get_code (dragged), NULL) != dragged
      || !azqf_edit_find_position (container_list (self->standard, self->unit), self->outcome, &position))
    return FALSE;

  azqf_standard_move_outcome (self->standard, dragged, self->unit, position);
  if (page != NULL)
    azqf_outcomes_page_focus_outcome (AZQF_OUTCOMES_PAGE (page), dragged,
                                      AZQF_OUTCOME_ROW_PART_ROW);

  return TRUE;
}

static void
azqf_outcome_row_dispose (GObject *object)
{
  AzqfOutcomeRow *self = AZQF_OUTCOME_ROW (object);

  g_clear_handle_id (&self->lint_source, g_source_remove);
  if (self->outcome != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->outcome, self);
      g_signal_handlers_disconnect_by_data (azqf_outcome_get_criteria (self->outcome), self);
    }
  if (self->settings != NULL)
    g_signal_handlers_disconnect_by_data (self->settings, self);
  if (self->unit != NULL)
    g_signal_handlers_disconnect_by_data (self->unit, self);
  if (self->standard != NULL)
    {
      g_signal_handlers_disconnect_by_data (container_list (self->standard, self->unit), self);
      g_signal_handlers_disconnect_by_data (azqf_standard_get_units (self->standard), self);
      g_signal_handlers_disconnect_by_data (azqf_standard_get_outcomes (self->standard), self);
    }

  gtk_widget_dispose_template (GTK_WIDGET (self), AZQF_TYPE_OUTCOME_ROW);

  g_clear_object (&self->standard);
  g_clear_object (&self->unit);
  g_clear_object (&self->outcome);
  g_clear_object (&self->linter);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->findings_key, g_free);

  G_OBJECT_CLASS (azqf_outcome_row_parent_class)->dispose (object);
}

static void
azqf_outcome_row_class_init (AzqfOutcomeRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = azqf_outcome_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/azqf/Studio/azqf-outcome-row.ui");
  gtk_widget_class_bind_template_child (widget_class, AzqfOutcomeRow, drag_handle);
  gtk_widget_class_bind_template_child (widget_class, AzqfOutcomeRow, code_entry);
  gtk_widget_class_bind_template_child (widget_class, AzqfOutcomeRow, domain_dropdown);
  gtk_widget_class_bind_template_child (widget_class, AzqfOutcomeRow, badges_box);
  gtk_widget_class_bind_template_child (widget_class, AzqfOutcomeRow, move_up_button);
  gtk_widget_class_bind_template_child (widget_class, AzqfOutcomeRow, move_down_button);
  gtk_widget_class_bind_template_child (widget_class, AzqfOutcomeRow, remove_button);
  gtk_widget_class_bind_template_child (widget_class, AzqfOutcomeRow, az_box);
  gtk_widget_class_bind_template_child (widget_class, AzqfOutcomeRow, en_box);
  gtk_widget_class_bind_template_child (widget_class, AzqfOutcomeRow, az_view);
  gtk_widget_class_bind_template_child (widget_class, AzqfOutcomeRow, en_view);
  gtk_widget_class_bind_template_child (widget_class, AzqfOutcomeRow, criteria_box);
  gtk_widget_class_bind_template_child (widget_class, AzqfOutcomeRow, add_criterion_button);
  gtk_widget_class_bind_template_child (widget_class, AzqfOutcomeRow, end_group);

  gtk_widget_class_install_action (widget_class, "outcome.move-up", NULL, move_action);
  gtk_widget_class_install_action (widget_class, "outcome.move-down", NULL, move_action);
  gtk_widget_class_install_action (widget_class, "outcome.remove", NULL, remove_action);
  gtk_widget_class_install_action (widget_class, "outcome.add-criterion", NULL,
                                   add_criterion_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, GDK_ALT_MASK,
                                       "outcome.move-up", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, GDK_ALT_MASK,
                                       "outcome.move-down", NULL);
}

static void
azqf_outcome_row_init (AzqfOutcomeRow *self)
{
  GtkDropTarget *target;
  g_autoptr (GtkStringList) labels = gtk_string_list_new (NULL);
  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint i = 0; i < G_N_ELEMENTS (domains); i++)
    gtk_string_list_append (labels, azqf_domain_get_label (domains[i]));
  gtk_drop_down_set_model (GTK_DROP_DOWN (self->domain_dropdown), G_LIST_MODEL (labels));

  self->settings = azqf_edit_get_settings ();

  target = gtk_drop_target_new (AZQF_TYPE_OUTCOME, GDK_ACTION_MOVE);
  g_signal_connect (target, "drop", G_CALLBACK (drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));
}

GtkWidget *
azqf_outcome_row_new (AzqfStandard *standard,
                      AzqfUnit     *unit,
                      AzqfOutcome  *outcome,
                      AzqfLinter   *linter)
{
  AzqfOutcomeRow *self;

  g_return_val_if_fail (AZQF_IS_STANDARD (standard), NULL);
  g_return_val_if_fail (unit == NULL || AZQF_IS_UNIT (unit), NULL);
  g_return_val_if_fail (AZQF_IS_OUTCOME (outcome), NULL);
  g_return_val_if_fail (linter == NULL || AZQF_IS_LINTER (linter), NULL);

  self = g_object_new (AZQF_TYPE_OUTCOME_ROW, NULL);
  self->standard = g_object_ref (standard);
  self->unit = unit != NULL ? g_object_ref (unit) : NULL;
  self->outcome = g_object_ref (outcome);
  self->linter = linter != NULL ? g_object_ref (linter) : NULL;
  azqf_edit_add_drag_source (self->drag_handle, G_OBJECT (outcome), GTK_WIDGET (self));

  gtk_editable_set_text (GTK_EDITABLE (self->code_entry), azqf_outcome_get_code (outcome));
  sync_text (self, AZQF_LANG_AZ);
  sync_text (self, AZQF_LANG_EN);
  azqf_spell_underline_attach (self->az_view, AZQF_LANG_AZ);
  azqf_spell_underline_attach (self->en_view, AZQF_LANG_EN);
  sync_domain (self);
  update_names (self);
  update_languages (self);
  lint (self);

  g_signal_connect_swapped (self->code_entry, "changed", G_CALLBACK (code_changed_cb), self);
  g_signal_connect_swapped (self->domain_dropdown, "notify::selected",
                            G_CALLBACK (domain_selected_cb), self);
  g_signal_connect (view_buffer (self->az_view), "changed", G_CALLBACK (buffer_changed_cb), self);
  g_signal_connect (view_buffer (self->en_view), "changed", G_CALLBACK (buffer_changed_cb), self);
  g_signal_connect_swapped (outcome, "notify", G_CALLBACK (outcome_notify_cb), self);
  g_signal_connect_swapped (azqf_outcome_get_criteria (outcome), "items-changed",
                            G_CALLBACK (rebuild_criteria), self);
  update_move_actions (self);
  g_signal_connect_swapped (container_list (standard, unit), "items-changed",
                            G_CALLBACK (update_move_actions), self);
  g_signal_connect_swapped (azqf_standard_get_units (standard), "items-changed",
                            G_CALLBACK (update_move_actions), self);
  if (unit != NULL)
    g_signal_connect_swapped (azqf_standard_get_outcomes (standard), "items-changed",
                              G_CALLBACK (update_move_actions), self);
  /* The linter judges verbs against the unit's level (else the standard's,
   * which the page follows). */
  if (unit != NULL)
    g_signal_connect_swapped (unit, "notify::level", G_CALLBACK (queue_lint), self);
  if (self->settings != NULL)
    {
      g_signal_connect_swapped (self->settings, "changed::content-languages",
                                G_CALLBACK (update_languages), self);
      g_signal_connect_swapped (self->settings, "changed::lint-strictness",
                                G_CALLBACK (strictness_changed_cb), self);
    }

  return GTK_WIDGET (self);
}

AzqfOutcome *
azqf_outcome_row_get_outcome (AzqfOutcomeRow *self)
{
  g_return_val_if_fail (AZQF_IS_OUTCOME_ROW (self), NULL);

  return self->outcome;
}

GtkWidget *
azqf_outcome_row_get_text_view (AzqfOutcomeRow *self,
                                AzqfLang        lang)
{
  g_return_val_if_fail (AZQF_IS_OUTCOME_ROW (self), NULL);

  return lang == AZQF_LANG_EN ? self->en_view : self->az_view;
}

GPtrArray *
azqf_outcome_row_get_badges (AzqfOutcomeRow *self)
{
  GPtrArray *badges = g_ptr_array_new ();

  g_return_val_if_fail (AZQF_IS_OUTCOME_ROW (self), badges);

  for (GtkWidget *child = gtk_widget_get_first_child (self->badges_box);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    g_ptr_array_add (badges, gtk_flow_box_child_get_child (GTK_FLOW_BOX_CHILD (child)));

  return badges;
}

void
azqf_outcome_row_lint_now (AzqfOutcomeRow *self)
{
  g_return_if_fail (AZQF_IS_OUTCOME_ROW (self));

  lint (self);
}
