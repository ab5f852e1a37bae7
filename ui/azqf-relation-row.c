/* azqf-relation-row.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "azqf-relation-row.h"
#include "azqf-relation.h"
#include "azqf-standard.h"

struct _AzqfRelationRow
{
  AdwActionRow  parent_instance;

  /* template children */
  GtkButton    *remove_button;

  /* owned */
  AzqfRelation *relation;
  AzqfStandard *target;
};

G_DEFINE_FINAL_TYPE (AzqfRelationRow, azqf_relation_row, ADW_TYPE_ACTION_ROW)

enum {
  PROP_0,
  PROP_RELATION,
  PROP_TARGET,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The code to show: the target's current one when the workspace holds it
 * (it may have changed since the relation was made). */
static const char *
get_code (AzqfRelationRow *self)
{
  if (self->target != NULL)
    return azqf_standard_get_code (self->target);
  return azqf_relation_get_target_code (self->relation);
}

static void
update (AzqfRelationRow *self)
{
  AzqfRelationType type = azqf_relation_get_relation_type (self->relation);
  const char *code = get_code (self);
  g_autofree char *subtitle = NULL;
  g_autofree char *remove_name = NULL;
  const char *title;

  if (self->target != NULL)
    {
      title = azqf_standard_get_display_title (self->target, AZQF_LANG_AZ);
      if (*title == '\0')
        title = code;
      /* TRANSLATORS: relation type and the target's code: "Based on · PS-5120-01" */
      subtitle = g_strdup_printf (_("%s · %s"), azqf_relation_type_get_label (type), code);
    }
  else
    {
      title = code;
      /* TRANSLATORS: relation type; the target standard is not in this workspace */
      subtitle = g_strdup_printf (_("%s · not in this workspace"), azqf_relation_type_get_label (type));
    }

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), subtitle);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (self), self->target != NULL);

  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->remove_button), "(ss)",
                                    azqf_relation_type_to_string (type),
                                    azqf_relation_get_target_uuid (self->relation));
  /* TRANSLATORS: accessible name of a button; %s is a standard's code */
  remove_name = g_strdup_printf (_("Remove relation to %s"), code);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->remove_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, remove_name, -1);
}

static void
azqf_relation_row_activated (AdwActionRow *row)
{
  AzqfRelationRow *self = AZQF_RELATION_ROW (row);

  if (self->target != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "relations.open", "s",
                                azqf_standard_get_uuid (self->target));
}

static void
azqf_relation_row_constructed (GObject *object)
{
  AzqfRelationRow *self = AZQF_RELATION_ROW (object);
  GtkWidget *arrow;

  G_OBJECT_CLASS (azqf_relation_row_parent_class)->constructed (object);

  g_assert (self->relation != NULL);
  update (self);

  /* A target in the workspace opens on activation: say so the usual way. The
   * arrow keeps its place (unseen) in the other rows, so that the remove
   * buttons line up. */
  arrow = gtk_image_new_from_icon_name ("go-next-symbolic");
  if (self->target == NULL)
    {
      gtk_widget_set_opacity (arrow, 0);
      gtk_accessible_update_state (GTK_ACCESSIBLE (arrow), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
    }
  adw_action_row_add_suffix (ADW_ACTION_ROW (self), arrow);
}

static void
azqf_relation_row_dispose (GObject *object)
{
  AzqfRelationRow *self = AZQF_RELATION_ROW (object);

  g_clear_object (&self->relation);
  g_clear_object (&self->target);
  gtk_widget_dispose_template (GTK_WIDGET (self), AZQF_TYPE_RELATION_ROW);

  G_OBJECT_CLASS (azqf_relation_row_parent_class)->dispose (object);
}

static void
azqf_relation_row_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  AzqfRelationRow *self = AZQF_RELATION_ROW (object);

  switch (prop_id)
    {
    case PROP_RELATION:
      g_value_set_object (value, self->relation);
      break;
    case PROP_TARGET:
      g_value_set_object (value, self->target);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
azqf_relation_row_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  AzqfRelationRow *self = AZQF_RELATION_ROW (object);

  switch (prop_id)
    {
    case PROP_RELATION:
      self->relation = g_value_dup_object (value);
      break;
    case PROP_TARGET:
      self->target = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
azqf_relation_row_class_init (AzqfRelationRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  AdwActionRowClass *row_class = ADW_ACTION_ROW_CLASS (klass);

  object_class->constructed = azqf_relation_row_constructed;
  object_class->dispose = azqf_relation_row_dispose;
  object_class->get_property = azqf_relation_row_get_property;
  object_class->set_property = azqf_relation_row_set_property;
  row_class->activate = azqf_relation_row_activated;

  properties[PROP_RELATION] =
    g_param_spec_object ("relation", NULL, NULL, AZQF_TYPE_RELATION,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TARGET] =
    g_param_spec_object ("target", NULL, NULL, AZQF_TYPE_STANDARD,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/azqf/Studio/azqf-relation-row.ui");
  gtk_widget_class_bind_template_child (widget_class, AzqfRelationRow, remove_button);
}

static void
azqf_relation_row_init (AzqfRelationRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
azqf_relation_row_new (AzqfRelation *relation,
                       AzqfStandard *target)
{
  g_return_val_if_fail (AZQF_IS_RELATION (relation), NULL);
  g_return_val_if_fail (target == NULL || AZQF_IS_STANDARD (target), NULL);

  return g_object_new (AZQF_TYPE_RELATION_ROW,
                       "relation", relation,
                       "target", target,
                       NULL);
}

AzqfRelation *
azqf_relation_row_get_relation (AzqfRelationRow *self)
{
  g_return_val_if_fail (AZQF_IS_RELATION_ROW (self), NULL);

  return self->relation;
}
