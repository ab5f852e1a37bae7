/* azqf-relations-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The list box is bound to the standard's "relations" list model, so adding,
 * removing and undo (azqf_standard_assign replaces the list's items) show by
 * themselves. The target picker lists every standard of the workspace but
 * this one (not the sidebar's list, which may be filtered or searched), read
 * when the page is shown.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "azqf-relation-row.h"
#include "azqf-relation.h"
#include "azqf-relations-page.h"
#include "azqf-standard.h"
#include "azqf-store.h"
#include "azqf-window.h"

struct _AzqfRelationsPage
{
  AdwBin            parent_instance;

  /* template children */
  GtkListBox       *relations_list;
  AdwComboRow      *type_row;
  GtkDropDown      *target_dropdown;
  GtkWidget        *message_row;
  GtkLabel         *message_label;

  /* owned */
  AzqfDocument     *document;
  AzqfFrameworks   *frameworks;
  AzqfLinter       *linter;
  AzqfStandardList *standards;
};

G_DEFINE_FINAL_TYPE (AzqfRelationsPage, azqf_relations_page, ADW_TYPE_BIN)

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
get_standard (AzqfRelationsPage *self)
{
  return self->document != NULL ? azqf_document_get_standard (self->document) : NULL;
}

static void
show_message (AzqfRelationsPage *self,
              const char        *message)
{
  gtk_label_set_text (self->message_label, message != NULL ? message : "");
  gtk_widget_set_visible (self->message_row, message != NULL);
}

/* Rows */

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  AzqfRelationsPage *self = user_data;
  AzqfRelation *relation = item;
  g_autoptr(AzqfStandard) target = NULL;

  /* A relation may point outside the workspace: then there is no title to show. */
  if (self->document != NULL)
    target = azqf_store_load_standard_by_uuid (azqf_document_get_store (self->document),
                                               azqf_relation_get_target_uuid (relation), NULL);

  return azqf_relation_row_new (relation, target);
}

/* The target picker */

static char *
describe_target (AzqfStandard *standard)
{
  if (standard == NULL)
    return g_strdup ("");

  /* TRANSLATORS: a standard in the target picker: "PS-2411-01 — Mühasib" */
  return g_strdup_printf (_("%s — %s"), azqf_standard_get_code (standard),
                          azqf_standard_get_display_title (standard, AZQF_LANG_AZ));
}

static void
setup_target_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 36);
  gtk_list_item_set_child (item, label);
}

static void
bind_target_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                gpointer                  user_data)
{
  g_autofree char *text = describe_target (gtk_list_item_get_item (item));

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), text);
}

/* Fills the target picker with every other standard of the workspace, each
 * time the page is shown or shows another standard. A snapshot, not the
 * live AzqfStandardList: that one reloads after every autosave, which would
 * move the selection under the user's pointer. The chosen standard stays
 * chosen when it is still there. */
static void
fill_targets (AzqfRelationsPage *self)
{
  AzqfStandard *standard = get_standard (self);
  AzqfStandard *chosen = gtk_drop_down_get_selected_item (self->target_dropdown);
  g_autofree char *chosen_uuid = chosen != NULL ? g_strdup (azqf_standard_get_uuid (chosen)) : NULL;
  AzqfStoreFilter filter = AZQF_STORE_FILTER_INIT;
  g_autoptr(GListStore) targets = g_list_store_new (AZQF_TYPE_STANDARD);
  g_autoptr(GPtrArray) standards = NULL;
  g_autoptr(GError) error = NULL;
  guint selected = GTK_INVALID_LIST_POSITION;

  if (standard == NULL || !gtk_widget_get_mapped (GTK_WIDGET (self)))
    return;

  standards = azqf_store_list_standards (azqf_document_get_store (self->document), &filter, &error);
  if (standards == NULL)
    {
      show_message (self, error->message);
      return;
    }

  for (guint i = 0; i < standards->len; i++)
    {
      AzqfStandard *other = g_ptr_array_index (standards, i);

      if (g_strcmp0 (azqf_standard_get_uuid (other), azqf_standard_get_uuid (standard)) == 0)
        continue;
      if (g_strcmp0 (azqf_standard_get_uuid (other), chosen_uuid) == 0)
        selected = g_list_model_get_n_items (G_LIST_MODEL (targets));
      g_list_store_append (targets, other);
    }

  gtk_drop_down_set_model (self->target_dropdown, G_LIST_MODEL (targets));
  if (selected != GTK_INVALID_LIST_POSITION)
    gtk_drop_down_set_selected (self->target_dropdown, selected);
}

/* Binds the list box to the standard's relations, making the rows afresh:
 * a target's title or code may have changed since. */
static void
bind_relations (AzqfRelationsPage *self)
{
  AzqfStandard *standard = get_standard (self);

  gtk_list_box_bind_model (self->relations_list,
                           standard != NULL ? azqf_standard_get_relations (standard) : NULL,
                           create_row, self, NULL);
}

/* Actions */

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  AzqfRelationsPage *self = AZQF_RELATIONS_PAGE (widget);
  AzqfStandard *standard = get_standard (self);
  AzqfStandard *target = gtk_drop_down_get_selected_item (self->target_dropdown);
  guint type = adw_combo_row_get_selected (self->type_row);
  g_autoptr(AzqfRelation) relation = NULL;
  g_autoptr(GError) error = NULL;

  if (standard == NULL)
    return;
  if (target == NULL || type == GTK_INVALID_LIST_POSITION)
    {
      show_message (self, _("Choose the type of relation and the target standard first."));
      return;
    }

  relation = azqf_relation_new ((AzqfRelationType) type, azqf_standard_get_uuid (target),
                                azqf_standard_get_code (target), &error);
  if (relation == NULL || !azqf_standard_add_relation (standard, relation, &error))
    {
      show_message (self, error->message);
      return;
    }
  show_message (self, NULL);
}

static void
remove_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  AzqfRelationsPage *self = AZQF_RELATIONS_PAGE (widget);
  AzqfStandard *standard = get_standard (self);
  const char *type_string = NULL;
  const char *uuid = NULL;
  AzqfRelationType type;
  GListModel *relations;

  g_variant_get (parameter, "(&s&s)", &type_string, &uuid);
  if (standard == NULL || !azqf_relation_type_from_string (type_string, &type))
    return;

  relations = azqf_standard_get_relations (standard);
  for (guint i = 0; i < g_list_model_get_n_items (relations); i++)
    {
      g_autoptr(AzqfRelation) relation = g_list_model_get_item (relations, i);

      if (azqf_relation_get_relation_type (relation) == type
          && g_strcmp0 (azqf_relation_get_target_uuid (relation), uuid) == 0)
        {
          azqf_standard_remove_relation (standard, relation);
          show_message (self, NULL);
          return;
        }
    }
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  GtkWidget *window = gtk_widget_get_ancestor (widget, AZQF_TYPE_WINDOW);

  if (window != NULL)
    azqf_window_select_standard (AZQF_WINDOW (window), g_variant_get_string (parameter, NULL));
}

/* Properties */

static void
set_document (AzqfRelationsPage *self,
              AzqfDocument      *document)
{
  AzqfStandard *standard;
  gboolean writable;

  if (!g_set_object (&self->document, document))
    return;

  standard = get_standard (self);
  bind_relations (self);
  /* The page itself is the template's direct child; binding it would unparent it twice */
  gtk_widget_set_sensitive (adw_bin_get_child (ADW_BIN (self)), standard != NULL);
  writable = standard != NULL && !azqf_store_get_read_only (azqf_document_get_store (document));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "relations.add", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "relations.remove", writable);
  show_message (self, NULL);
  fill_targets (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
}

static gpointer *
field_for (AzqfRelationsPage *self,
           guint              prop_id)
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
azqf_relations_page_map (GtkWidget *widget)
{
  AzqfRelationsPage *self = AZQF_RELATIONS_PAGE (widget);

  GTK_WIDGET_CLASS (azqf_relations_page_parent_class)->map (widget);

  bind_relations (self);
  fill_targets (self);
}

static void
azqf_relations_page_dispose (GObject *object)
{
  AzqfRelationsPage *self = AZQF_RELATIONS_PAGE (object);

  if (self->relations_list != NULL)
    gtk_list_box_bind_model (self->relations_list, NULL, NULL, NULL, NULL);
  if (self->target_dropdown != NULL)
    gtk_drop_down_set_model (self->target_dropdown, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), AZQF_TYPE_RELATIONS_PAGE);
  for (guint i = PROP_DOCUMENT; i < N_PROPS; i++)
    g_clear_object ((GObject **) field_for (self, i));

  G_OBJECT_CLASS (azqf_relations_page_parent_class)->dispose (object);
}

static void
azqf_relations_page_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  gpointer *field = field_for (AZQF_RELATIONS_PAGE (object), prop_id);

  if (field == NULL)
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
  else
    g_value_set_object (value, *field);
}

static void
azqf_relations_page_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  AzqfRelationsPage *self = AZQF_RELATIONS_PAGE (object);
  gpointer *field = field_for (self, prop_id);

  if (field == NULL)
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
  else if (prop_id == PROP_DOCUMENT)
    set_document (self, g_value_get_object (value));
  else if (g_set_object ((GObject **) field, g_value_get_object (value)))
    g_object_notify_by_pspec (object, pspec);
}

static void
azqf_relations_page_class_init (AzqfRelationsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = azqf_relations_page_dispose;
  object_class->get_property = azqf_relations_page_get_property;
  object_class->set_property = azqf_relations_page_set_property;
  widget_class->map = azqf_relations_page_map;

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

  /* Adds a relation of the chosen type to the chosen target. */
  gtk_widget_class_install_action (widget_class, "relations.add", NULL, add_action);
  /* Removes the relation ("based_on", target uuid). */
  gtk_widget_class_install_action (widget_class, "relations.remove", "(ss)", remove_action);
  /* Opens the standard with this uuid in the window. */
  gtk_widget_class_install_action (widget_class, "relations.open", "s", open_action);

  g_type_ensure (AZQF_TYPE_RELATION_ROW);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/azqf/Studio/azqf-relations-page.ui");
  gtk_widget_class_bind_template_child (widget_class, AzqfRelationsPage, relations_list);
  gtk_widget_class_bind_template_child (widget_class, AzqfRelationsPage, type_row);
  gtk_widget_class_bind_template_child (widget_class, AzqfRelationsPage, target_dropdown);
  gtk_widget_class_bind_template_child (widget_class, AzqfRelationsPage, message_row);
  gtk_widget_class_bind_template_child (widget_class, AzqfRelationsPage, message_label);
}

static void
azqf_relations_page_init (AzqfRelationsPage *self)
{
  g_autoptr(GtkStringList) types = gtk_string_list_new (NULL);
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkExpression) expression = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint i = AZQF_RELATION_BASED_ON; i <= AZQF_RELATION_LEADS_TO; i++)
    gtk_string_list_append (types, azqf_relation_type_get_label ((AzqfRelationType) i));
  adw_combo_row_set_model (self->type_row, G_LIST_MODEL (types));

  /* The search of the drop-down matches the start of this text (GTK 4.8:
   * prefix only), so typing a code finds its standard. */
  expression = gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL,
                                            G_CALLBACK (describe_target), NULL, NULL);
  gtk_drop_down_set_expression (self->target_dropdown, expression);
  g_signal_connect (factory, "setup", G_CALLBACK (setup_target_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_target_cb), NULL);
  gtk_drop_down_set_factory (self->target_dropdown, factory);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "relations.add", FALSE);
}
