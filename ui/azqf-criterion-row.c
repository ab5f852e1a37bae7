/* azqf-criterion-row.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "azqf-criterion-row.h"
#include "azqf-spell-underline.h"

struct _AzqfCriterionRow
{
  GtkBox         parent_instance;

  /* template children */
  GtkWidget     *az_entry;
  GtkWidget     *en_entry;
  GtkWidget     *remove_button;

  /* owned */
  AzqfOutcome   *outcome;
  AzqfCriterion *criterion;

  gboolean       syncing;
};

G_DEFINE_FINAL_TYPE (AzqfCriterionRow, azqf_criterion_row, GTK_TYPE_BOX)

static AzqfLang
entry_lang (AzqfCriterionRow *self,
            GtkWidget        *entry)
{
  return entry == self->en_entry ? AZQF_LANG_EN : AZQF_LANG_AZ;
}

/* Typing goes into the criterion at once; the document saves later. */
static void
entry_changed_cb (GtkEditable      *entry,
                  AzqfCriterionRow *self)
{
  if (self->syncing)
    return;

  self->syncing = TRUE;
  azqf_criterion_set_text (self->criterion, entry_lang (self, GTK_WIDGET (entry)),
                           gtk_editable_get_text (entry));
  self->syncing = FALSE;
}

static void
sync_entry (AzqfCriterionRow *self,
            AzqfLang          lang)
{
  GtkEditable *entry = GTK_EDITABLE (lang == AZQF_LANG_EN ? self->en_entry : self->az_entry);
  const char *text = azqf_criterion_get_text (self->criterion, lang);

  if (self->syncing || g_strcmp0 (text ? text : "", gtk_editable_get_text (entry)) == 0)
    return;

  self->syncing = TRUE;
  gtk_editable_set_text (entry, text ? text : "");
  self->syncing = FALSE;
}

static void
criterion_notify_cb (AzqfCriterionRow *self,
                     GParamSpec       *pspec)
{
  sync_entry (self, AZQF_LANG_AZ);
  sync_entry (self, AZQF_LANG_EN);
}

static void
remove_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  AzqfCriterionRow *self = AZQF_CRITERION_ROW (widget);
  GListModel *criteria = azqf_outcome_get_criteria (self->outcome);
  guint n = g_list_model_get_n_items (criteria);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (AzqfCriterion) criterion = g_list_model_get_item (criteria, i);

      if (criterion == self->criterion)
        {
          /* The outcome row rebuilds its criteria and drops this row. */
          g_autoptr (AzqfCriterionRow) keep = g_object_ref (self);

          azqf_outcome_remove_criterion (self->outcome, i);
          return;
        }
    }
}

static void
azqf_criterion_row_dispose (GObject *object)
{
  AzqfCriterionRow *self = AZQF_CRITERION_ROW (object);

  if (self->criterion != NULL)
    g_signal_handlers_disconnect_by_data (self->criterion, self);
  g_clear_object (&self->criterion);
  g_clear_object (&self->outcome);

  gtk_widget_dispose_template (GTK_WIDGET (self), AZQF_TYPE_CRITERION_ROW);

  G_OBJECT_CLASS (azqf_criterion_row_parent_class)->dispose (object);
}

static void
azqf_criterion_row_class_init (AzqfCriterionRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = azqf_criterion_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/azqf/Studio/azqf-criterion-row.ui");
  gtk_widget_class_bind_template_child (widget_class, AzqfCriterionRow, az_entry);
  gtk_widget_class_bind_template_child (widget_class, AzqfCriterionRow, en_entry);
  gtk_widget_class_bind_template_child (widget_class, AzqfCriterionRow, remove_button);

  gtk_widget_class_install_action (widget_class, "criterion.remove", NULL, remove_action);
}

static void
azqf_criterion_row_init (AzqfCriterionRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect (self->az_entry, "changed", G_CALLBACK (entry_changed_cb), self);
  g_signal_connect (self->en_entry, "changed", G_CALLBACK (entry_changed_cb), self);
}

GtkWidget *
azqf_criterion_row_new (AzqfOutcome   *outcome,
                        AzqfCriterion *criterion,
                        guint          index,
                        GtkSizeGroup  *end_group)
{
  AzqfCriterionRow *self;
  const char *code;
  g_autofree char *az_name = NULL;
  g_autofree char *en_name = NULL;
  g_autofree char *remove_name = NULL;

  g_return_val_if_fail (AZQF_IS_OUTCOME (outcome), NULL);
  g_return_val_if_fail (AZQF_IS_CRITERION (criterion), NULL);

  self = g_object_new (AZQF_TYPE_CRITERION_ROW, NULL);
  self->outcome = g_object_ref (outcome);
  self->criterion = g_object_ref (criterion);
  criterion_notify_cb (self, NULL);
  azqf_spell_underline_attach (self->az_entry, AZQF_LANG_AZ);
  azqf_spell_underline_attach (self->en_entry, AZQF_LANG_EN);
  g_signal_connect_swapped (criterion, "notify", G_CALLBACK (criterion_notify_cb), self);

  code = azqf_outcome_get_code (outcome);
  /* Translators: accessible names; %u is the criterion's number, %s the outcome code */
  az_name = g_strdup_printf (_("Criterion %u of outcome %s, Azerbaijani text"), index + 1, code);
  en_name = g_strdup_printf (_("Criterion %u of outcome %s, English text"), index + 1, code);
  remove_name = g_strdup_printf (_("Remove criterion %u of outcome %s"), index + 1, code);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->az_entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, az_name, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->en_entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, en_name, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->remove_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, remove_name, -1);
  if (end_group != NULL)
    gtk_size_group_add_widget (end_group, self->remove_button);

  return GTK_WIDGET (self);
}

AzqfCriterion *
azqf_criterion_row_get_criterion (AzqfCriterionRow *self)
{
  g_return_val_if_fail (AZQF_IS_CRITERION_ROW (self), NULL);

  return self->criterion;
}

GtkWidget *
azqf_criterion_row_get_entry (AzqfCriterionRow *self,
                              AzqfLang          lang)
{
  g_return_val_if_fail (AZQF_IS_CRITERION_ROW (self), NULL);

  return lang == AZQF_LANG_EN ? self->en_entry : self->az_entry;
}
