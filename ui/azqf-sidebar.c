/* azqf-sidebar.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "azqf-sidebar.h"
#include "azqf-standard.h"

struct _AzqfSidebar
{
  AdwBin              parent_instance;

  /* template children */
  GtkSearchEntry     *search_entry;
  GtkListView        *list_view;

  /* owned */
  AzqfStandardList   *model;
  GtkSingleSelection *selection;
  char               *selected_uuid;
};

G_DEFINE_FINAL_TYPE (AzqfSidebar, azqf_sidebar, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_MODEL,
  PROP_SELECTED_UUID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
setup_item_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_item_set_child (item, label);
}

static void
bind_item_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item)
{
  AzqfStandard *standard = gtk_list_item_get_item (item);

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)),
                      azqf_standard_get_display_title (standard, AZQF_LANG_AZ));
}

static void
set_selected_uuid_internal (AzqfSidebar *self,
                            const char  *uuid)
{
  if (g_strcmp0 (self->selected_uuid, uuid) == 0)
    return;
  g_free (self->selected_uuid);
  self->selected_uuid = g_strdup (uuid);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_UUID]);
}

static void
selection_changed_cb (AzqfSidebar *self)
{
  g_autoptr(AzqfStandard) standard = NULL;
  guint position = gtk_single_selection_get_selected (self->selection);

  if (position == GTK_INVALID_LIST_POSITION)
    return;
  standard = g_list_model_get_item (G_LIST_MODEL (self->selection), position);
  if (standard != NULL)
    set_selected_uuid_internal (self, azqf_standard_get_uuid (standard));
}

static void
search_changed_cb (AzqfSidebar *self)
{
  if (self->model != NULL)
    azqf_standard_list_set_query (self->model, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
}

static void
azqf_sidebar_dispose (GObject *object)
{
  AzqfSidebar *self = AZQF_SIDEBAR (object);

  if (self->list_view != NULL)
    gtk_list_view_set_model (self->list_view, NULL);
  g_clear_object (&self->selection);
  g_clear_object (&self->model);
  gtk_widget_dispose_template (GTK_WIDGET (self), AZQF_TYPE_SIDEBAR);

  G_OBJECT_CLASS (azqf_sidebar_parent_class)->dispose (object);
}

static void
azqf_sidebar_finalize (GObject *object)
{
  AzqfSidebar *self = AZQF_SIDEBAR (object);

  g_free (self->selected_uuid);

  G_OBJECT_CLASS (azqf_sidebar_parent_class)->finalize (object);
}

static void
azqf_sidebar_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  AzqfSidebar *self = AZQF_SIDEBAR (object);

  switch (prop_id)
    {
    case PROP_MODEL:
      g_value_set_object (value, self->model);
      break;
    case PROP_SELECTED_UUID:
      g_value_set_string (value, self->selected_uuid);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
azqf_sidebar_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  AzqfSidebar *self = AZQF_SIDEBAR (object);

  switch (prop_id)
    {
    case PROP_MODEL:
      azqf_sidebar_set_model (self, g_value_get_object (value));
      break;
    case PROP_SELECTED_UUID:
      azqf_sidebar_set_selected_uuid (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
azqf_sidebar_class_init (AzqfSidebarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = azqf_sidebar_dispose;
  object_class->finalize = azqf_sidebar_finalize;
  object_class->get_property = azqf_sidebar_get_property;
  object_class->set_property = azqf_sidebar_set_property;

  properties[PROP_MODEL] =
    g_param_spec_object ("model", NULL, NULL, AZQF_TYPE_STANDARD_LIST,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SELECTED_UUID] =
    g_param_spec_string ("selected-uuid", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/azqf/Studio/azqf-sidebar.ui");
  gtk_widget_class_bind_template_child (widget_class, AzqfSidebar, search_entry);
  gtk_widget_class_bind_template_child (widget_class, AzqfSidebar, list_view);
}

static void
azqf_sidebar_init (AzqfSidebar *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect (factory, "setup", G_CALLBACK (setup_item_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_item_cb), self);
  gtk_list_view_set_factory (self->list_view, factory);
  g_object_unref (factory);

  self->selection = gtk_single_selection_new (NULL);
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  g_signal_connect_object (self->selection, "notify::selected",
                           G_CALLBACK (selection_changed_cb), self, G_CONNECT_SWAPPED);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));
  g_signal_connect_object (self->search_entry, "search-changed",
                           G_CALLBACK (search_changed_cb), self, G_CONNECT_SWAPPED);
}

AzqfStandardList *
azqf_sidebar_get_model (AzqfSidebar *self)
{
  g_return_val_if_fail (AZQF_IS_SIDEBAR (self), NULL);

  return self->model;
}

void
azqf_sidebar_set_model (AzqfSidebar      *self,
                        AzqfStandardList *model)
{
  g_return_if_fail (AZQF_IS_SIDEBAR (self));
  g_return_if_fail (model == NULL || AZQF_IS_STANDARD_LIST (model));

  if (!g_set_object (&self->model, model))
    return;
  gtk_single_selection_set_model (self->selection, G_LIST_MODEL (model));
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  set_selected_uuid_internal (self, NULL);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODEL]);
}

const char *
azqf_sidebar_get_selected_uuid (AzqfSidebar *self)
{
  g_return_val_if_fail (AZQF_IS_SIDEBAR (self), NULL);

  return self->selected_uuid;
}

void
azqf_sidebar_set_selected_uuid (AzqfSidebar *self,
                                const char  *uuid)
{
  guint position = GTK_INVALID_LIST_POSITION;

  g_return_if_fail (AZQF_IS_SIDEBAR (self));

  if (uuid != NULL && self->model != NULL)
    {
      position = azqf_standard_list_find (self->model, uuid);
      if (position == G_MAXUINT)
        position = GTK_INVALID_LIST_POSITION;
    }
  gtk_single_selection_set_selected (self->selection, position);
  set_selected_uuid_internal (self, uuid);
}

void
azqf_sidebar_focus_search (AzqfSidebar *self)
{
  g_return_if_fail (AZQF_IS_SIDEBAR (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}
