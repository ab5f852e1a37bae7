/* azqf-unit-group.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "azqf-edit-helpers.h"
#include "azqf-outcomes-page.h"
#include "azqf-spell-underline.h"
#include "azqf-unit-group.h"

struct _AzqfUnitGroup
{
  GtkBox        parent_instance;

  /* template children */
  GtkWidget    *header_box;
  GtkWidget    *drag_handle;
  GtkWidget    *heading_label;
  GtkWidget    *code_entry;
  GtkWidget    *titles_box;
  GtkWidget    *title_az_entry;
  GtkWidget    *title_en_entry;
  GtkWidget    *move_up_button;
  GtkWidget    *move_down_button;
  GtkWidget    *remove_button;
  GtkWidget    *list_box;
  GtkWidget    *add_button;

  /* owned */
  AzqfStandard *standard;
  AzqfUnit     *unit;      /* NULL: the standard's own outcomes */
  AzqfLinter   *linter;
  GSettings    *settings;  /* the application's, or NULL */

  gboolean      syncing;
};

G_DEFINE_FINAL_TYPE (AzqfUnitGroup, azqf_unit_group, GTK_TYPE_BOX)

static GListModel *
outcomes_list (AzqfUnitGroup *self)
{
  return self->unit != NULL ? azqf_unit_get_outcomes (self->unit)
                            : azqf_standard_get_outcomes (self->standard);
}

static GtkWidget *
create_row_cb (gpointer item,
               gpointer user_data)
{
  AzqfUnitGroup *self = user_data;

  return azqf_outcome_row_new (self->standard, self->unit, item, self->linter);
}

static void
set_label (GtkWidget  *widget,
           const char *label)
{
  azqf_edit_take_label (widget, g_strdup (label));
}

static void
update_names (AzqfUnitGroup *self)
{
  const char *code;

  if (self->unit == NULL)
    {
      set_label (self->add_button, _("Add Outcome to the Standard"));
      set_label (self->list_box, _("Outcomes of the standard"));
      return;
    }

  code = azqf_unit_get_code (self->unit);
  azqf_edit_take_label (self->code_entry, g_strdup_printf (_("Code of unit %s"), code));
  azqf_edit_take_label (self->drag_handle, g_strdup_printf (_("Drag handle of unit %s"), code));
  azqf_edit_take_label (self->title_az_entry, g_strdup_printf (_("Unit %s, Azerbaijani title"), code));
  azqf_edit_take_label (self->title_en_entry, g_strdup_printf (_("Unit %s, English title"), code));
  azqf_edit_take_label (self->move_up_button, g_strdup_printf (_("Move Unit %s Up"), code));
  azqf_edit_take_label (self->move_down_button, g_strdup_printf (_("Move Unit %s Down"), code));
  azqf_edit_take_label (self->remove_button, g_strdup_printf (_("Remove Unit %s"), code));
  azqf_edit_take_label (self->add_button, g_strdup_printf (_("Add Outcome to Unit %s"), code));
  azqf_edit_take_label (self->list_box, g_strdup_printf (_("Outcomes of unit %s"), code));
}

static void
sync_entry (AzqfUnitGroup *self,
            GtkWidget     *entry,
            const char    *text)
{
  if (self->syncing || g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (entry)), text ? text : "") == 0)
    return;

  self->syncing = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (entry), text ? text : "");
  self->syncing = FALSE;
}

static void
unit_notify_cb (AzqfUnitGroup *self,
                GParamSpec    *pspec)
{
  sync_entry (self, self->code_entry, azqf_unit_get_code (self->unit));
  sync_entry (self, self->title_az_entry, azqf_unit_get_title (self->unit, AZQF_LANG_AZ));
  sync_entry (self, self->title_en_entry, azqf_unit_get_title (self->unit, AZQF_LANG_EN));
  if (g_str_equal (pspec->name, "code"))
    update_names (self);
}

static void
update_languages (AzqfUnitGroup *self)
{
  gboolean show_az;
  gboolean show_en;

  azqf_edit_get_languages (self->settings, &show_az, &show_en);
  gtk_widget_set_visible (self->title_az_entry, show_az);
  gtk_widget_set_visible (self->title_en_entry, show_en);
}

static void
code_changed_cb (AzqfUnitGroup *self)
{
  g_autoptr (GError) error = NULL;

  if (self->syncing)
    return;

  self->syncing = TRUE;
  azqf_unit_set_code (self->unit, gtk_editable_get_text (GTK_EDITABLE (self->code_entry)), &error);
  azqf_edit_show_code_result (self->code_entry, error, _("Unit code, unique in the standard"));
  self->syncing = FALSE;
}

static void
title_changed_cb (GtkEditable   *entry,
                  AzqfUnitGroup *self)
{
  if (self->syncing)
    return;

  self->syncing = TRUE;
  azqf_unit_set_title (self->unit,
                       GTK_WIDGET (entry) == self->title_en_entry ? AZQF_LANG_EN : AZQF_LANG_AZ,
                       gtk_editable_get_text (entry));
  self->syncing = FALSE;
}

/* A code like "U1.4" (or "LO4" on the standard) not used yet. */
static char *
new_outcome_code (AzqfUnitGroup *self)
{
  guint n = g_list_model_get_n_items (outcomes_list (self));

  for (guint i = n + 1; ; i++)
    {
      g_autofree char *code = self->unit != NULL
                              ? g_strdup_printf ("%s.%u", azqf_unit_get_code (self->unit), i)
                              : g_strdup_printf ("LO%u", i);

      if (azqf_standard_find_outcome (self->standard, code, NULL) == NULL)
        return g_steal_pointer (&code);
    }
}

static void
add_outcome_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  AzqfUnitGroup *self = AZQF_UNIT_GROUP (widget);
  g_autofree char *code = new_outcome_code (self);
  g_autoptr (GError) error = NULL;
  g_autoptr (AzqfOutcome) outcome = azqf_outcome_new (code, AZQF_DOMAIN_KNOWLEDGE, &error);
  AzqfOutcomeRow *row;

  if (outcome == NULL || !azqf_standard_add_outcome (self->standard, self->unit, outcome, &error))
    {
      g_warning ("Cannot add outcome %s: %s", code, error->message);
      return;
    }

  row = azqf_unit_group_find_row (self, outcome);
  if (row != NULL)
    azqf_outcome_row_focus_part (row, AZQF_OUTCOME_ROW_PART_TEXT_AZ);
}

static void
move_unit_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  AzqfUnitGroup *self = AZQF_UNIT_GROUP (widget);
  g_autoptr (AzqfUnitGroup) keep = g_object_ref (self);
  g_autoptr (AzqfUnit) unit = g_object_ref (self->unit);
  GListModel *units = azqf_standard_get_units (self->standard);
  GtkWidget *page = gtk_widget_get_ancestor (widget, AZQF_TYPE_OUTCOMES_PAGE);
  guint n = g_list_model_get_n_items (units);
  guint position;

  if (!azqf_edit_find_position (units, self->unit, &position))
    return;

  if (g_str_equal (action_name, "unit.move-up"))
    {
      if (position == 0)
        return;
      azqf_standard_move_unit (self->standard, self->unit, position - 1);
    }
  else
    {
      if (position + 1 >= n)
        return;
      azqf_standard_move_unit (self->standard, self->unit, position + 1);
    }

  if (page != NULL)
    azqf_outcomes_page_focus_unit (AZQF_OUTCOMES_PAGE (page), unit);
}

/* Move Up on the first unit and Move Down on the last are off. */
static void
update_move_actions (AzqfUnitGroup *self)
{
  GListModel *units = azqf_standard_get_units (self->standard);
  guint position;

  if (!azqf_edit_find_position (units, self->unit, &position))
    return;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "unit.move-up", position > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "unit.move-down",
                                 position + 1 < g_list_model_get_n_items (units));
}

static void
remove_unit_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  AzqfUnitGroup *self = AZQF_UNIT_GROUP (widget);
  g_autoptr (AzqfUnitGroup) keep = g_object_ref (self);

  azqf_standard_remove_unit (self->standard, self->unit);
}

/* Drag and drop: the header's handle drags the unit; a unit dropped on a
 * group takes its place, an outcome dropped on it goes to its end. */

static gboolean
drop_cb (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         AzqfUnitGroup *self)
{
  g_autoptr (AzqfUnitGroup) keep = g_object_ref (self);
  GObject *object = g_value_get_object (value);

  if (AZQF_IS_OUTCOME (object))
    {
      AzqfOutcome *outcome = AZQF_OUTCOME (object);

      if (azqf_standard_find_outcome (self->standard, azqf_outcome_get_code (outcome), NULL) != outcome)
        return FALSE;
      azqf_standard_move_outcome (self->standard, outcome, self->unit, G_MAXUINT);
      return TRUE;
    }

  if (AZQF_IS_UNIT (object) && self->unit != NULL && AZQF_UNIT (object) != self->unit)
    {
      GListModel *units = azqf_standard_get_units (self->standard);
      guint position;

      if (azqf_standard_find_unit (self->standard, azqf_unit_get_code (AZQF_UNIT (object)))
          != AZQF_UNIT (object)
          || !azqf_edit_find_position (units, self->unit, &position))
        return FALSE;

      azqf_standard_move_unit (self->standard, AZQF_UNIT (object), position);
      return TRUE;
    }

  return FALSE;
}

static void
azqf_unit_group_dispose (GObject *object)
{
  AzqfUnitGroup *self = AZQF_UNIT_GROUP (object);

  if (self->unit != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->unit, self);
      g_signal_handlers_disconnect_by_data (azqf_standard_get_units (self->standard), self);
    }
  if (self->settings != NULL)
    g_signal_handlers_disconnect_by_data (self->settings, self);
  if (self->list_box != NULL)
    gtk_list_box_bind_model (GTK_LIST_BOX (self->list_box), NULL, NULL, NULL, NULL);

  gtk_widget_dispose_template (GTK_WIDGET (self), AZQF_TYPE_UNIT_GROUP);

  g_clear_object (&self->standard);
  g_clear_object (&self->unit);
  g_clear_object (&self->linter);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (azqf_unit_group_parent_class)->dispose (object);
}

static void
azqf_unit_group_class_init (AzqfUnitGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = azqf_unit_group_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/azqf/Studio/azqf-unit-group.ui");
  gtk_widget_class_bind_template_child (widget_class, AzqfUnitGroup, header_box);
  gtk_widget_class_bind_template_child (widget_class, AzqfUnitGroup, drag_handle);
  gtk_widget_class_bind_template_child (widget_class, AzqfUnitGroup, heading_label);
  gtk_widget_class_bind_template_child (widget_class, AzqfUnitGroup, code_entry);
  gtk_widget_class_bind_template_child (widget_class, AzqfUnitGroup, titles_box);
  gtk_widget_class_bind_template_child (widget_class, AzqfUnitGroup, title_az_entry);
  gtk_widget_class_bind_template_child (widget_class, AzqfUnitGroup, title_en_entry);
  gtk_widget_class_bind_template_child (widget_class, AzqfUnitGroup, move_up_button);
  gtk_widget_class_bind_template_child (widget_class, AzqfUnitGroup, move_down_button);
  gtk_widget_class_bind_template_child (widget_class, AzqfUnitGroup, remove_button);
  gtk_widget_class_bind_template_child (widget_class, AzqfUnitGroup, list_box);
  gtk_widget_class_bind_template_child (widget_class, AzqfUnitGroup, add_button);

  gtk_widget_class_install_action (widget_class, "unit.add-outcome", NULL, add_outcome_action);
  gtk_widget_class_install_action (widget_class, "unit.move-up", NULL, move_unit_action);
  gtk_widget_class_install_action (widget_class, "unit.move-down", NULL, move_unit_action);
  gtk_widget_class_install_action (widget_class, "unit.remove", NULL, remove_unit_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, GDK_ALT_MASK,
                                       "unit.move-up", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, GDK_ALT_MASK,
                                       "unit.move-down", NULL);
}

static void
azqf_unit_group_init (AzqfUnitGroup *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
azqf_unit_group_new (AzqfStandard *standard,
                     AzqfUnit     *unit,
                     AzqfLinter   *linter)
{
  AzqfUnitGroup *self;
  GtkDropTarget *target;
  GType types[] = { AZQF_TYPE_OUTCOME, AZQF_TYPE_UNIT };

  g_return_val_if_fail (AZQF_IS_STANDARD (standard), NULL);
  g_return_val_if_fail (unit == NULL || AZQF_IS_UNIT (unit), NULL);

  self = g_object_new (AZQF_TYPE_UNIT_GROUP, NULL);
  self->standard = g_object_ref (standard);
  self->unit = unit != NULL ? g_object_ref (unit) : NULL;
  self->linter = linter != NULL ? g_object_ref (linter) : NULL;

  if (unit == NULL)
    {
      gtk_widget_set_visible (self->heading_label, TRUE);
      gtk_widget_set_visible (self->drag_handle, FALSE);
      gtk_widget_set_visible (self->code_entry, FALSE);
      gtk_widget_set_visible (self->titles_box, FALSE);
      gtk_widget_set_visible (self->move_up_button, FALSE);
      gtk_widget_set_visible (self->move_down_button, FALSE);
      gtk_widget_set_visible (self->remove_button, FALSE);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "unit.move-up", FALSE);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "unit.move-down", FALSE);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "unit.remove", FALSE);
    }
  else
    {
      unit_notify_cb (self, g_object_class_find_property (G_OBJECT_GET_CLASS (unit), "code"));
      azqf_spell_underline_attach (self->title_az_entry, AZQF_LANG_AZ);
      azqf_spell_underline_attach (self->title_en_entry, AZQF_LANG_EN);
      g_signal_connect_swapped (unit, "notify", G_CALLBACK (unit_notify_cb), self);
      g_signal_connect_swapped (self->code_entry, "changed", G_CALLBACK (code_changed_cb), self);
      g_signal_connect (self->title_az_entry, "changed", G_CALLBACK (title_changed_cb), self);
      g_signal_connect (self->title_en_entry, "changed", G_CALLBACK (title_changed_cb), self);

      azqf_edit_add_drag_source (self->drag_handle, G_OBJECT (unit), self->header_box);

      update_move_actions (self);
      g_signal_connect_swapped (azqf_standard_get_units (standard), "items-changed",
                                G_CALLBACK (update_move_actions), self);

      self->settings = azqf_edit_get_settings ();
      update_languages (self);
      if (self->settings != NULL)
        g_signal_connect_swapped (self->settings, "changed::content-languages",
                                  G_CALLBACK (update_languages), self);
    }
  update_names (self);

  target = gtk_drop_target_new (G_TYPE_INVALID, GDK_ACTION_MOVE);
  gtk_drop_target_set_gtypes (target, types, G_N_ELEMENTS (types));
  g_signal_connect (target, "drop", G_CALLBACK (drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));

  gtk_list_box_bind_model (GTK_LIST_BOX (self->list_box), outcomes_list (self),
                           create_row_cb, self, NULL);

  return GTK_WIDGET (self);
}

AzqfUnit *
azqf_unit_group_get_unit (AzqfUnitGroup *self)
{
  g_return_val_if_fail (AZQF_IS_UNIT_GROUP (self), NULL);

  return self->unit;
}

guint
azqf_unit_group_get_n_rows (AzqfUnitGroup *self)
{
  g_return_val_if_fail (AZQF_IS_UNIT_GROUP (self), 0);

  return g_list_model_get_n_items (outcomes_list (self));
}

AzqfOutcomeRow *
azqf_unit_group_get_row (AzqfUnitGroup *self,
                         guint          index)
{
  GtkListBoxRow *row;

  g_return_val_if_fail (AZQF_IS_UNIT_GROUP (self), NULL);

  row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (self->list_box), index);

  return row != NULL ? AZQF_OUTCOME_ROW (row) : NULL;
}

AzqfOutcomeRow *
azqf_unit_group_find_row (AzqfUnitGroup *self,
                          AzqfOutcome   *outcome)
{
  guint position;

  g_return_val_if_fail (AZQF_IS_UNIT_GROUP (self), NULL);

  if (!azqf_edit_find_position (outcomes_list (self), outcome, &position))
    return NULL;

  return azqf_unit_group_get_row (self, position);
}

void
azqf_unit_group_focus (AzqfUnitGroup *self)
{
  g_return_if_fail (AZQF_IS_UNIT_GROUP (self));

  gtk_widget_grab_focus (self->unit != NULL ? self->code_entry : self->add_button);
}
