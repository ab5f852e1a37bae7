/* azqf-outcomes-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "azqf-application.h"
#include "azqf-outcomes-page.h"
#include "azqf-unit-group.h"

/* The completeness bar waits for a pause in typing. */
#define COMPLETENESS_DELAY_MS 250

struct _AzqfOutcomesPage
{
  AdwBin            parent_instance;

  /* template children */
  GtkWidget        *stack;
  GtkWidget        *completeness_bar;
  GtkWidget        *completeness_label;
  GtkWidget        *groups_box;
  GtkWidget        *no_outcomes_page;

  /* owned */
  AzqfDocument     *document;
  AzqfFrameworks   *frameworks;
  AzqfLinter       *linter;
  AzqfStandardList *standards;
  AzqfStandard     *standard;    /* the document's, while it is shown */
  GtkRoot          *root;        /* borrowed, while mapped */
  char             *focus_outcome;
  char             *focus_unit;
  char             *completeness;

  /* the AzqfUnitGroups shown, borrowed: the standard's own, then one per unit */
  GtkWidget        *standard_group;
  GPtrArray        *unit_groups;

  AzqfOutcomeRowPart focus_part;
  guint             completeness_source;
  gboolean          built;       /* the groups are there */
};

G_DEFINE_FINAL_TYPE (AzqfOutcomesPage, azqf_outcomes_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_FRAMEWORKS,
  PROP_LINTER,
  PROP_STANDARDS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Completeness */

static void
update_completeness (AzqfOutcomesPage *self)
{
  g_autoptr (GPtrArray) outcomes = NULL;
  g_autoptr (GString) text = g_string_new (NULL);
  guint complete = 0;
  guint no_az = 0;
  guint no_en = 0;
  guint no_criteria = 0;

  g_clear_handle_id (&self->completeness_source, g_source_remove);

  if (self->standard == NULL)
    return;

  outcomes = azqf_standard_collect_outcomes (self->standard);
  for (guint i = 0; i < outcomes->len; i++)
    {
      AzqfOutcome *outcome = g_ptr_array_index (outcomes, i);
      gboolean has_az = azqf_outcome_get_text (outcome, AZQF_LANG_AZ) != NULL;
      gboolean has_en = azqf_outcome_get_text (outcome, AZQF_LANG_EN) != NULL;
      gboolean has_criteria = g_list_model_get_n_items (azqf_outcome_get_criteria (outcome)) > 0;

      no_az += !has_az;
      no_en += !has_en;
      no_criteria += !has_criteria;
      complete += has_az && has_en && has_criteria;
    }

  if (outcomes->len == 0)
    g_string_append (text, _("No outcomes yet"));
  else
    g_string_append_printf (text, ngettext ("%u of %u outcome complete",
                                            "%u of %u outcomes complete", outcomes->len),
                            complete, outcomes->len);
  /* Translators: the parts after the count of complete outcomes, joined by " · " */
  if (no_az > 0)
    {
      g_string_append (text, " · ");
      g_string_append_printf (text, ngettext ("%u without Azerbaijani",
                                              "%u without Azerbaijani", no_az), no_az);
    }
  if (no_en > 0)
    {
      g_string_append (text, " · ");
      g_string_append_printf (text, ngettext ("%u without English",
                                              "%u without English", no_en), no_en);
    }
  if (no_criteria > 0)
    {
      g_string_append (text, " · ");
      g_string_append_printf (text, ngettext ("%u without criteria",
                                              "%u without criteria", no_criteria), no_criteria);
    }

  gtk_level_bar_set_value (GTK_LEVEL_BAR (self->completeness_bar),
                           outcomes->len > 0 ? (double) complete / outcomes->len : 0);
  g_free (self->completeness);
  self->completeness = g_string_free (g_steal_pointer (&text), FALSE);
  gtk_label_set_text (GTK_LABEL (self->completeness_label), self->completeness);
}

static gboolean
completeness_timeout_cb (gpointer data)
{
  AzqfOutcomesPage *self = data;

  self->completeness_source = 0;
  update_completeness (self);

  return G_SOURCE_REMOVE;
}

static void
queue_completeness (AzqfOutcomesPage *self)
{
  g_clear_handle_id (&self->completeness_source, g_source_remove);
  self->completeness_source = g_timeout_add_full (G_PRIORITY_LOW, COMPLETENESS_DELAY_MS,
                                                  completeness_timeout_cb, self, NULL);
}

/* Groups */

static void
update_standard_group (AzqfOutcomesPage *self)
{
  gboolean has_own = self->standard != NULL
                     && g_list_model_get_n_items (azqf_standard_get_outcomes (self->standard)) > 0;
  gboolean has_units = self->standard != NULL
                       && g_list_model_get_n_items (azqf_standard_get_units (self->standard)) > 0;

  if (self->standard_group != NULL)
    gtk_widget_set_visible (self->standard_group, has_own);
  gtk_widget_set_visible (self->no_outcomes_page, !has_own && !has_units);
}

/* GtkTextView measures a wrapped text against the width it was last
 * allocated, and one that was never allocated claims a height for a width
 * near zero, which it keeps when it is first shown: rows are therefore only
 * built while the page is mapped (or outside any window, in tests), and
 * built when it is mapped again. */
static gboolean
defer_rows (AzqfOutcomesPage *self)
{
  return gtk_widget_get_root (GTK_WIDGET (self)) != NULL && !gtk_widget_get_mapped (GTK_WIDGET (self));
}

static void
remove_group_widgets (AzqfOutcomesPage *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (self->groups_box)) != NULL)
    gtk_box_remove (GTK_BOX (self->groups_box), child);
  self->standard_group = NULL;
  g_ptr_array_set_size (self->unit_groups, 0);
  self->built = FALSE;
}

/* The "linter" property, or the application's shared one when nobody set it. */
static AzqfLinter *
get_linter (AzqfOutcomesPage *self)
{
  GApplication *app = g_application_get_default ();

  if (self->linter != NULL || app == NULL || !AZQF_IS_APPLICATION (app))
    return self->linter;
  return azqf_application_get_linter (AZQF_APPLICATION (app));
}

static void
insert_unit_groups (AzqfOutcomesPage *self,
                    guint             position,
                    guint             added)
{
  GListModel *units = azqf_standard_get_units (self->standard);
  GtkWidget *sibling = position > 0 ? g_ptr_array_index (self->unit_groups, position - 1)
                                    : self->standard_group;

  for (guint i = 0; i < added; i++)
    {
      g_autoptr (AzqfUnit) unit = g_list_model_get_item (units, position + i);
      GtkWidget *group = azqf_unit_group_new (self->standard, unit, get_linter (self));

      gtk_box_insert_child_after (GTK_BOX (self->groups_box), group, sibling);
      g_ptr_array_insert (self->unit_groups, position + i, group);
      sibling = group;
    }
}

static void
add_group_widgets (AzqfOutcomesPage *self)
{
  remove_group_widgets (self);

  self->standard_group = azqf_unit_group_new (self->standard, NULL, get_linter (self));
  gtk_box_append (GTK_BOX (self->groups_box), self->standard_group);
  update_standard_group (self);
  insert_unit_groups (self, 0, g_list_model_get_n_items (azqf_standard_get_units (self->standard)));
  self->built = TRUE;
}

static void
units_changed_cb (GListModel       *units,
                  guint             position,
                  guint             removed,
                  guint             added,
                  AzqfOutcomesPage *self)
{
  queue_completeness (self);
  update_standard_group (self);

  if (!self->built)
    return;
  if (defer_rows (self))
    {
      remove_group_widgets (self);
      return;
    }

  for (guint i = 0; i < removed; i++)
    {
      GtkWidget *group = g_ptr_array_steal_index (self->unit_groups, position);

      gtk_box_remove (GTK_BOX (self->groups_box), group);
    }
  insert_unit_groups (self, position, added);
}

static void
standard_outcomes_changed_cb (AzqfOutcomesPage *self)
{
  update_standard_group (self);
  queue_completeness (self);
}

/* The linter judges verbs against the standard's level. */
static void
relint_rows (AzqfOutcomesPage *self)
{
  g_autoptr (GPtrArray) rows = azqf_outcomes_page_collect_rows (self);

  for (guint i = 0; i < rows->len; i++)
    azqf_outcome_row_lint_now (g_ptr_array_index (rows, i));
}

static void
clear_groups (AzqfOutcomesPage *self)
{
  if (self->standard != NULL)
    {
      g_signal_handlers_disconnect_by_data (azqf_standard_get_units (self->standard), self);
      g_signal_handlers_disconnect_by_data (azqf_standard_get_outcomes (self->standard), self);
      g_signal_handlers_disconnect_by_data (self->standard, self);
    }
  g_clear_object (&self->standard);
  remove_group_widgets (self);
}

static void
build_groups (AzqfOutcomesPage *self)
{
  GListModel *units;

  clear_groups (self);

  if (self->document == NULL)
    {
      update_standard_group (self);
      gtk_stack_set_visible_child_name (GTK_STACK (self->stack), "empty");
      return;
    }

  self->standard = g_object_ref (azqf_document_get_standard (self->document));
  units = azqf_standard_get_units (self->standard);
  if (!defer_rows (self))
    add_group_widgets (self);
  update_standard_group (self);

  g_signal_connect (units, "items-changed", G_CALLBACK (units_changed_cb), self);
  g_signal_connect_swapped (azqf_standard_get_outcomes (self->standard), "items-changed",
                            G_CALLBACK (standard_outcomes_changed_cb), self);
  g_signal_connect_swapped (self->standard, "changed", G_CALLBACK (queue_completeness), self);
  g_signal_connect_swapped (self->standard, "notify::level", G_CALLBACK (relint_rows), self);

  update_completeness (self);
  gtk_stack_set_visible_child_name (GTK_STACK (self->stack), "outcomes");
}

/* Focus: remembered as codes, so it survives an undo that replaced every
 * unit and outcome object. */

static void
root_focus_cb (AzqfOutcomesPage *self)
{
  GtkWidget *focus = gtk_root_get_focus (self->root);
  GtkWidget *row;
  GtkWidget *group;

  if (focus == NULL)
    return;  /* the focused row went away: keep what we knew */

  row = gtk_widget_get_ancestor (focus, AZQF_TYPE_OUTCOME_ROW);
  group = gtk_widget_get_ancestor (focus, AZQF_TYPE_UNIT_GROUP);
  if (gtk_widget_is_ancestor (focus, GTK_WIDGET (self)) && row == NULL
      && (group == NULL || azqf_unit_group_get_unit (AZQF_UNIT_GROUP (group)) == NULL))
    return;  /* a container of the page, where GTK may park the focus of a removed row */

  g_clear_pointer (&self->focus_outcome, g_free);
  g_clear_pointer (&self->focus_unit, g_free);
  self->focus_part = AZQF_OUTCOME_ROW_PART_NONE;

  if (row != NULL)
    {
      self->focus_outcome = g_strdup (azqf_outcome_get_code (azqf_outcome_row_get_outcome (AZQF_OUTCOME_ROW (row))));
      self->focus_part = azqf_outcome_row_get_focus_part (AZQF_OUTCOME_ROW (row));
    }
  else if (group != NULL && azqf_unit_group_get_unit (AZQF_UNIT_GROUP (group)) != NULL)
    {
      self->focus_unit = g_strdup (azqf_unit_get_code (azqf_unit_group_get_unit (AZQF_UNIT_GROUP (group))));
    }
}

static void
reloaded_cb (AzqfOutcomesPage *self)
{
  g_autofree char *outcome_code = g_strdup (self->focus_outcome);
  g_autofree char *unit_code = g_strdup (self->focus_unit);
  AzqfOutcomeRowPart part = self->focus_part;
  AzqfOutcome *outcome;
  AzqfUnit *unit;

  /* azqf_standard_assign() replaced every unit and outcome with one
   * "items-changed" per list, and the groups and rows followed: only the
   * completeness and the focus are left to restore. */
  if (self->standard == NULL)
    return;

  update_completeness (self);

  outcome = outcome_code != NULL ? azqf_standard_find_outcome (self->standard, outcome_code, NULL) : NULL;
  unit = unit_code != NULL ? azqf_standard_find_unit (self->standard, unit_code) : NULL;
  if (outcome != NULL)
    azqf_outcomes_page_focus_outcome (self, outcome, part);
  else if (unit != NULL)
    azqf_outcomes_page_focus_unit (self, unit);
}

static void
set_document (AzqfOutcomesPage *self,
              AzqfDocument     *document)
{
  if (self->document == document)
    return;

  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);
  g_set_object (&self->document, document);
  if (document != NULL)
    g_signal_connect_swapped (document, "reloaded", G_CALLBACK (reloaded_cb), self);

  g_clear_pointer (&self->focus_outcome, g_free);
  g_clear_pointer (&self->focus_unit, g_free);
  build_groups (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
}

/* Actions */

static void
add_unit_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  AzqfOutcomesPage *self = AZQF_OUTCOMES_PAGE (widget);
  g_autoptr (AzqfUnit) unit = NULL;
  g_autoptr (GError) error = NULL;
  guint n;

  if (self->standard == NULL)
    return;

  n = g_list_model_get_n_items (azqf_standard_get_units (self->standard));
  for (guint i = n + 1; unit == NULL; i++)
    {
      g_autofree char *code = g_strdup_printf ("U%u", i);

      if (azqf_standard_find_unit (self->standard, code) == NULL)
        unit = azqf_unit_new (code, &error);
      g_assert_no_error (error);
    }

  if (!azqf_standard_add_unit (self->standard, unit, &error))
    {
      g_warning ("Cannot add unit %s: %s", azqf_unit_get_code (unit), error->message);
      return;
    }

  azqf_outcomes_page_focus_unit (self, unit);
}

static void
add_outcome_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  AzqfOutcomesPage *self = AZQF_OUTCOMES_PAGE (widget);

  if (self->standard_group != NULL)
    gtk_widget_activate_action (self->standard_group, "unit.add-outcome", NULL);
}

/* GObject */

static void
azqf_outcomes_page_map (GtkWidget *widget)
{
  AzqfOutcomesPage *self = AZQF_OUTCOMES_PAGE (widget);

  if (!self->built && self->standard != NULL)
    add_group_widgets (self);

  GTK_WIDGET_CLASS (azqf_outcomes_page_parent_class)->map (widget);

  self->root = gtk_widget_get_root (widget);
  if (self->root != NULL)
    g_signal_connect_swapped (self->root, "notify::focus-widget", G_CALLBACK (root_focus_cb), self);
}

static void
azqf_outcomes_page_unmap (GtkWidget *widget)
{
  AzqfOutcomesPage *self = AZQF_OUTCOMES_PAGE (widget);

  if (self->root != NULL)
    g_signal_handlers_disconnect_by_func (self->root, root_focus_cb, self);
  self->root = NULL;

  GTK_WIDGET_CLASS (azqf_outcomes_page_parent_class)->unmap (widget);
}

static gpointer *
field_for (AzqfOutcomesPage *self,
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
azqf_outcomes_page_dispose (GObject *object)
{
  AzqfOutcomesPage *self = AZQF_OUTCOMES_PAGE (object);

  g_clear_handle_id (&self->completeness_source, g_source_remove);
  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);
  clear_groups (self);
  /* AdwBin unparents the template's child (the stack). */

  for (guint i = PROP_DOCUMENT; i < N_PROPS; i++)
    g_clear_object ((GObject **) field_for (self, i));
  g_clear_pointer (&self->focus_outcome, g_free);
  g_clear_pointer (&self->focus_unit, g_free);
  g_clear_pointer (&self->completeness, g_free);

  G_OBJECT_CLASS (azqf_outcomes_page_parent_class)->dispose (object);
}

static void
azqf_outcomes_page_finalize (GObject *object)
{
  AzqfOutcomesPage *self = AZQF_OUTCOMES_PAGE (object);

  g_ptr_array_unref (self->unit_groups);

  G_OBJECT_CLASS (azqf_outcomes_page_parent_class)->finalize (object);
}

static void
azqf_outcomes_page_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  gpointer *field = field_for (AZQF_OUTCOMES_PAGE (object), prop_id);

  if (field == NULL)
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
  else
    g_value_set_object (value, *field);
}

static void
azqf_outcomes_page_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  AzqfOutcomesPage *self = AZQF_OUTCOMES_PAGE (object);
  gpointer *field = field_for (self, prop_id);

  if (field == NULL)
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
  else if (prop_id == PROP_DOCUMENT)
    set_document (self, g_value_get_object (value));
  else if (g_set_object ((GObject **) field, g_value_get_object (value)))
    {
      if (prop_id == PROP_LINTER)
        build_groups (self);
      g_object_notify_by_pspec (object, pspec);
    }
}

static void
azqf_outcomes_page_class_init (AzqfOutcomesPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = azqf_outcomes_page_dispose;
  object_class->finalize = azqf_outcomes_page_finalize;
  object_class->get_property = azqf_outcomes_page_get_property;
  object_class->set_property = azqf_outcomes_page_set_property;
  widget_class->map = azqf_outcomes_page_map;
  widget_class->unmap = azqf_outcomes_page_unmap;

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

  g_type_ensure (AZQF_TYPE_UNIT_GROUP);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/azqf/Studio/azqf-outcomes-page.ui");
  gtk_widget_class_bind_template_child (widget_class, AzqfOutcomesPage, stack);
  gtk_widget_class_bind_template_child (widget_class, AzqfOutcomesPage, completeness_bar);
  gtk_widget_class_bind_template_child (widget_class, AzqfOutcomesPage, completeness_label);
  gtk_widget_class_bind_template_child (widget_class, AzqfOutcomesPage, groups_box);
  gtk_widget_class_bind_template_child (widget_class, AzqfOutcomesPage, no_outcomes_page);

  gtk_widget_class_install_action (widget_class, "outcomes.add-unit", NULL, add_unit_action);
  gtk_widget_class_install_action (widget_class, "outcomes.add-outcome", NULL, add_outcome_action);
}

static void
azqf_outcomes_page_init (AzqfOutcomesPage *self)
{
  self->unit_groups = g_ptr_array_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
}

GPtrArray *
azqf_outcomes_page_collect_rows (AzqfOutcomesPage *self)
{
  GPtrArray *rows = g_ptr_array_new ();

  g_return_val_if_fail (AZQF_IS_OUTCOMES_PAGE (self), rows);

  for (GtkWidget *child = gtk_widget_get_first_child (self->groups_box);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      guint n = azqf_unit_group_get_n_rows (AZQF_UNIT_GROUP (child));

      for (guint i = 0; i < n; i++)
        g_ptr_array_add (rows, azqf_unit_group_get_row (AZQF_UNIT_GROUP (child), i));
    }

  return rows;
}

const char *
azqf_outcomes_page_get_completeness (AzqfOutcomesPage *self)
{
  g_return_val_if_fail (AZQF_IS_OUTCOMES_PAGE (self), NULL);

  return self->completeness;
}

void
azqf_outcomes_page_focus_outcome (AzqfOutcomesPage   *self,
                                  AzqfOutcome        *outcome,
                                  AzqfOutcomeRowPart  part)
{
  g_return_if_fail (AZQF_IS_OUTCOMES_PAGE (self));
  g_return_if_fail (AZQF_IS_OUTCOME (outcome));

  for (GtkWidget *child = gtk_widget_get_first_child (self->groups_box);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      AzqfOutcomeRow *row = azqf_unit_group_find_row (AZQF_UNIT_GROUP (child), outcome);

      if (row != NULL)
        {
          azqf_outcome_row_focus_part (row, part);
          return;
        }
    }
}

void
azqf_outcomes_page_focus_unit (AzqfOutcomesPage *self,
                               AzqfUnit         *unit)
{
  g_return_if_fail (AZQF_IS_OUTCOMES_PAGE (self));
  g_return_if_fail (AZQF_IS_UNIT (unit));

  for (guint i = 0; i < self->unit_groups->len; i++)
    {
      AzqfUnitGroup *group = g_ptr_array_index (self->unit_groups, i);

      if (azqf_unit_group_get_unit (group) == unit)
        {
          azqf_unit_group_focus (group);
          return;
        }
    }
}
