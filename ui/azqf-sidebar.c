/* azqf-sidebar.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A GtkListView over the window's AzqfStandardList. The list model is lazy
 * and reloads itself (one "items-changed" for everything) after every write
 * to the workspace, the autosave of the open standard included;
 * AzqfSidebarModel passes such a reload on as the rows that changed, and the
 * sidebar puts the highlight back on the selected standard when its row was
 * one of them. Rows only copy strings out of the metadata-only standards the
 * model already holds.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "azqf-sidebar.h"
#include "azqf-sidebar-model.h"
#include "azqf-standard.h"
#include "azqf-standard-row.h"

#define N_LEVELS 8

struct _AzqfSidebar
{
  AdwBin              parent_instance;

  /* template children */
  GtkSearchEntry     *search_entry;
  GtkToggleButton    *filter_button;
  GtkDropDown        *kind_dropdown;
  GtkDropDown        *level_dropdown;
  GtkDropDown        *status_dropdown;
  GtkStack           *stack;
  GtkListView        *list_view;
  AdwStatusPage      *empty_page;
  GtkLabel           *count_label;

  /* owned */
  AzqfStandardList   *model;
  AzqfSidebarModel   *rows;       /* model, reloads reported row by row */
  GtkSingleSelection *selection;
  char               *selected_uuid;
  guint               selected_position;  /* where it was last seen, a hint */

  guint               syncing : 1;     /* showing the model's filter: no write back */
  guint               key_moving : 1;  /* an arrow key is moving the highlight */
};

G_DEFINE_FINAL_TYPE (AzqfSidebar, azqf_sidebar, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_MODEL,
  PROP_SELECTED_UUID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Rows */

static void list_activate_cb (AzqfSidebar *self,
                              guint        position);

/* A click opens the row even when it already has the highlight (the arrow
 * keys moved it there): the list's own click only changes the selection. */
static void
row_pressed_cb (GtkGestureClick *gesture,
                int              n_press,
                double           x,
                double           y,
                GtkListItem     *item)
{
  GtkWidget *row = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (gesture));
  GtkWidget *sidebar = gtk_widget_get_ancestor (row, AZQF_TYPE_SIDEBAR);
  guint position = gtk_list_item_get_position (item);

  if (n_press == 1 && sidebar != NULL && position != GTK_INVALID_LIST_POSITION)
    list_activate_cb (AZQF_SIDEBAR (sidebar), position);
}

static void
setup_item_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item)
{
  GtkWidget *row = GTK_WIDGET (azqf_standard_row_new ());
  GtkGesture *gesture = gtk_gesture_click_new ();

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (gesture), GDK_BUTTON_PRIMARY);
  g_signal_connect_object (gesture, "pressed", G_CALLBACK (row_pressed_cb), item, 0);
  gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (gesture));
  gtk_list_item_set_child (item, row);
}

static void
bind_item_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              AzqfSidebar              *self)
{
  AzqfStandard *standard = gtk_list_item_get_item (item);
  const char *snippet = NULL;

  if (self->model != NULL)
    snippet = azqf_standard_list_get_snippet (self->model, gtk_list_item_get_position (item));
  azqf_standard_row_set_standard (AZQF_STANDARD_ROW (gtk_list_item_get_child (item)),
                                  standard, snippet);
}

static void
unbind_item_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item)
{
  azqf_standard_row_set_standard (AZQF_STANDARD_ROW (gtk_list_item_get_child (item)), NULL, NULL);
}

/* Selection */

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
open_position (AzqfSidebar *self,
               guint        position)
{
  g_autoptr(AzqfStandard) standard = NULL;

  if (position == GTK_INVALID_LIST_POSITION)
    return;
  standard = g_list_model_get_item (G_LIST_MODEL (self->selection), position);
  if (standard != NULL)
    set_selected_uuid_internal (self, azqf_standard_get_uuid (standard));
}

static void
selection_changed_cb (AzqfSidebar *self)
{
  /* The arrow keys move the highlight; Enter opens (list_activate_cb). */
  if (self->key_moving)
    return;
  open_position (self, gtk_single_selection_get_selected (self->selection));
}

static void
list_activate_cb (AzqfSidebar *self,
                  guint        position)
{
  gtk_single_selection_set_selected (self->selection, position);
  open_position (self, position);
}

static gboolean
list_key_pressed_cb (AzqfSidebar           *self,
                     guint                  keyval,
                     guint                  keycode,
                     GdkModifierType        state,
                     GtkEventControllerKey *controller)
{
  switch (keyval)
    {
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
    case GDK_KEY_Page_Up:
    case GDK_KEY_KP_Page_Up:
    case GDK_KEY_Page_Down:
    case GDK_KEY_KP_Page_Down:
    case GDK_KEY_Home:
    case GDK_KEY_KP_Home:
    case GDK_KEY_End:
    case GDK_KEY_KP_End:
      self->key_moving = TRUE;
      break;
    case GDK_KEY_Delete:
    case GDK_KEY_KP_Delete:
      /* Delete removes the highlighted standard (win.delete-standard,
       * which deletes the open one, with its Undo toast). */
      if ((state & gtk_accelerator_get_default_mod_mask ()) == 0 &&
          gtk_single_selection_get_selected (self->selection) != GTK_INVALID_LIST_POSITION)
        {
          list_activate_cb (self, gtk_single_selection_get_selected (self->selection));
          gtk_widget_activate_action (GTK_WIDGET (self), "win.delete-standard", NULL);
          return GDK_EVENT_STOP;
        }
      break;
    default:
      break;
    }
  return GDK_EVENT_PROPAGATE;
}

static void
list_key_released_cb (AzqfSidebar *self)
{
  self->key_moving = FALSE;
}

static void
list_focus_leave_cb (AzqfSidebar *self)
{
  self->key_moving = FALSE;
}

/* Puts the highlight on the selected standard, wherever the model has it
 * now, and with scroll brings it into view. After a reload the standard is
 * usually where it was: that position is tried first, which reads one page
 * of the list instead of every page before it. */
static void
restore_selection (AzqfSidebar *self,
                   gboolean     scroll)
{
  guint position = GTK_INVALID_LIST_POSITION;

  if (self->selected_uuid != NULL && self->model != NULL)
    {
      guint hint = gtk_single_selection_get_selected (self->selection);
      g_autoptr(AzqfStandard) standard = NULL;

      if (hint == GTK_INVALID_LIST_POSITION)
        hint = self->selected_position;
      if (hint != GTK_INVALID_LIST_POSITION)
        standard = g_list_model_get_item (G_LIST_MODEL (self->model), hint);
      if (standard != NULL && g_strcmp0 (azqf_standard_get_uuid (standard), self->selected_uuid) == 0)
        position = hint;
      else
        position = azqf_standard_list_find (self->model, self->selected_uuid);
      if (position == G_MAXUINT)
        position = GTK_INVALID_LIST_POSITION;
    }
  self->selected_position = position;
  if (gtk_single_selection_get_selected (self->selection) != position)
    gtk_single_selection_set_selected (self->selection, position);
  if (scroll && position != GTK_INVALID_LIST_POSITION)
    gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", position);
}

/* Empty state and count */

static gboolean
is_filtered (AzqfSidebar *self)
{
  const char *query;

  if (self->model == NULL)
    return FALSE;
  query = azqf_standard_list_get_query (self->model);
  return azqf_standard_list_get_kind (self->model) >= 0 ||
         azqf_standard_list_get_status (self->model) >= 0 ||
         azqf_standard_list_get_level (self->model) > 0 ||
         (query != NULL && query[0] != '\0');
}

static void
update_state (AzqfSidebar *self)
{
  guint n = self->model != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->model)) : 0;
  g_autofree char *count = NULL;

  if (n > 0)
    {
      gtk_stack_set_visible_child_name (self->stack, "list");
      count = g_strdup_printf (ngettext ("%u standard", "%u standards", n), n);
      gtk_label_set_text (self->count_label, count);
      gtk_widget_set_visible (GTK_WIDGET (self->count_label), TRUE);
      return;
    }

  gtk_stack_set_visible_child_name (self->stack, "empty");
  gtk_widget_set_visible (GTK_WIDGET (self->count_label), FALSE);
  if (is_filtered (self))
    {
      adw_status_page_set_icon_name (self->empty_page, "system-search-symbolic");
      adw_status_page_set_title (self->empty_page, _("No Results"));
      adw_status_page_set_description (self->empty_page,
                                       _("Try a different search or filter."));
    }
  else
    {
      adw_status_page_set_icon_name (self->empty_page, "io.github.azqf.Studio-symbolic");
      adw_status_page_set_title (self->empty_page, _("No Standards"));
      adw_status_page_set_description (self->empty_page,
                                       _("Create the first standard of this workspace with the + button."));
    }
}

static void
items_changed_cb (AzqfSidebar *self)
{
  restore_selection (self, FALSE);
  update_state (self);
}

/* Search and filters */

static void
search_changed_cb (AzqfSidebar *self)
{
  if (self->model != NULL && !self->syncing)
    azqf_standard_list_set_query (self->model, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
}

static void
stop_search_cb (AzqfSidebar *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  /* Escape clears the search at once; on an empty entry it goes to the list. */
  if (text[0] != '\0')
    {
      gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
      if (self->model != NULL)
        azqf_standard_list_set_query (self->model, NULL);
    }
  else
    gtk_widget_grab_focus (GTK_WIDGET (self->list_view));
}

static void
search_activate_cb (AzqfSidebar *self)
{
  /* Enter in the search opens the best result. */
  if (self->model == NULL)
    return;
  /* The entry waits a little before "search-changed": search now. */
  azqf_standard_list_set_query (self->model, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
  if (g_list_model_get_n_items (G_LIST_MODEL (self->selection)) > 0)
    list_activate_cb (self, 0);
}

static gboolean
search_key_pressed_cb (AzqfSidebar     *self,
                       guint            keyval,
                       guint            keycode,
                       GdkModifierType  state)
{
  if ((keyval == GDK_KEY_Down || keyval == GDK_KEY_KP_Down) &&
      g_list_model_get_n_items (G_LIST_MODEL (self->selection)) > 0)
    {
      gtk_widget_grab_focus (GTK_WIDGET (self->list_view));
      return GDK_EVENT_STOP;
    }
  return GDK_EVENT_PROPAGATE;
}

static void
filter_changed_cb (AzqfSidebar *self)
{
  guint kind = gtk_drop_down_get_selected (self->kind_dropdown);
  guint level = gtk_drop_down_get_selected (self->level_dropdown);
  guint status = gtk_drop_down_get_selected (self->status_dropdown);

  if (self->model == NULL || self->syncing)
    return;
  /* Item 0 of each drop-down is "All …". */
  azqf_standard_list_set_filter (self->model,
                                 kind == 0 || kind == GTK_INVALID_LIST_POSITION ? -1 : (int) kind - 1,
                                 status == 0 || status == GTK_INVALID_LIST_POSITION ? -1 : (int) status - 1,
                                 level == GTK_INVALID_LIST_POSITION ? 0 : level);
}

/* Shows the model's query and filter in the entry and the drop-downs. */
static void
sync_from_model (AzqfSidebar *self)
{
  const char *query = NULL;
  int kind = -1, status = -1;
  guint level = 0;

  if (self->model != NULL)
    {
      query = azqf_standard_list_get_query (self->model);
      kind = azqf_standard_list_get_kind (self->model);
      status = azqf_standard_list_get_status (self->model);
      level = azqf_standard_list_get_level (self->model);
    }

  self->syncing = TRUE;
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)), query != NULL ? query : "") != 0)
    gtk_editable_set_text (GTK_EDITABLE (self->search_entry), query != NULL ? query : "");
  gtk_drop_down_set_selected (self->kind_dropdown, kind + 1);
  gtk_drop_down_set_selected (self->level_dropdown, level);
  gtk_drop_down_set_selected (self->status_dropdown, status + 1);
  self->syncing = FALSE;

  /* A filter hidden in the closed revealer would make a short list a
   * riddle: a new one opens it, and the button stays coloured. */
  if (kind >= 0 || status >= 0 || level > 0)
    {
      if (!gtk_widget_has_css_class (GTK_WIDGET (self->filter_button), "accent"))
        gtk_toggle_button_set_active (self->filter_button, TRUE);
      gtk_widget_add_css_class (GTK_WIDGET (self->filter_button), "accent");
    }
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->filter_button), "accent");
  update_state (self);
}

static GtkStringList *
filter_strings (const char *all,
                const char *(*get_label) (int value),
                int         n_values)
{
  GtkStringList *strings = gtk_string_list_new (NULL);

  gtk_string_list_append (strings, all);
  for (int i = 0; i < n_values; i++)
    gtk_string_list_append (strings, get_label (i));
  return strings;
}

static const char *
kind_label (int kind)
{
  return azqf_kind_get_label (kind);
}

static const char *
status_label (int status)
{
  return azqf_status_get_label (status);
}

static void
name_button (GtkDropDown *dropdown,
             const char  *name)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (dropdown));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_TOGGLE_BUTTON (child))
      gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
}

static void
setup_filters (AzqfSidebar *self)
{
  g_autoptr(GtkStringList) kinds = NULL;
  g_autoptr(GtkStringList) statuses = NULL;
  g_autoptr(GtkStringList) levels = gtk_string_list_new (NULL);

  kinds = filter_strings (_("All kinds"), kind_label, AZQF_KIND_QUALIFICATION + 1);
  statuses = filter_strings (_("All statuses"), status_label, AZQF_STATUS_WITHDRAWN + 1);
  gtk_string_list_append (levels, _("All levels"));
  for (guint level = 1; level <= N_LEVELS; level++)
    {
      g_autofree char *text = g_strdup_printf (_("Level %u"), level);

      gtk_string_list_append (levels, text);
    }

  /* GTK 4.8 leaves the button inside a drop-down unnamed: a screen reader
   * (and an end-to-end test) finds "Filter by kind" on both. */
  name_button (self->kind_dropdown, _("Filter by kind"));
  name_button (self->level_dropdown, _("Filter by level"));
  name_button (self->status_dropdown, _("Filter by status"));

  self->syncing = TRUE;
  gtk_drop_down_set_model (self->kind_dropdown, G_LIST_MODEL (kinds));
  gtk_drop_down_set_model (self->level_dropdown, G_LIST_MODEL (levels));
  gtk_drop_down_set_model (self->status_dropdown, G_LIST_MODEL (statuses));
  self->syncing = FALSE;
}

/* GObject */

static void
azqf_sidebar_dispose (GObject *object)
{
  AzqfSidebar *self = AZQF_SIDEBAR (object);

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_data (self->model, self);
  if (self->list_view != NULL)
    gtk_list_view_set_model (self->list_view, NULL);
  g_clear_object (&self->selection);
  g_clear_object (&self->rows);
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

  g_type_ensure (AZQF_TYPE_STANDARD_ROW);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/azqf/Studio/azqf-sidebar.ui");
  gtk_widget_class_bind_template_child (widget_class, AzqfSidebar, search_entry);
  gtk_widget_class_bind_template_child (widget_class, AzqfSidebar, filter_button);
  gtk_widget_class_bind_template_child (widget_class, AzqfSidebar, kind_dropdown);
  gtk_widget_class_bind_template_child (widget_class, AzqfSidebar, level_dropdown);
  gtk_widget_class_bind_template_child (widget_class, AzqfSidebar, status_dropdown);
  gtk_widget_class_bind_template_child (widget_class, AzqfSidebar, stack);
  gtk_widget_class_bind_template_child (widget_class, AzqfSidebar, list_view);
  gtk_widget_class_bind_template_child (widget_class, AzqfSidebar, empty_page);
  gtk_widget_class_bind_template_child (widget_class, AzqfSidebar, count_label);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, list_activate_cb);
}

static void
azqf_sidebar_init (AzqfSidebar *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkEventController *controller;

  gtk_widget_init_template (GTK_WIDGET (self));
  setup_filters (self);

  g_signal_connect (factory, "setup", G_CALLBACK (setup_item_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_item_cb), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_item_cb), self);
  gtk_list_view_set_factory (self->list_view, factory);
  g_object_unref (factory);

  self->selected_position = GTK_INVALID_LIST_POSITION;
  self->selection = gtk_single_selection_new (NULL);
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  g_signal_connect_object (self->selection, "notify::selected",
                           G_CALLBACK (selection_changed_cb), self, G_CONNECT_SWAPPED);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));
  /* After the list view's own handler: the rows exist again. */
  g_signal_connect_object (self->selection, "items-changed",
                           G_CALLBACK (items_changed_cb), self, G_CONNECT_SWAPPED);

  /* Capture: seen before the list view moves the highlight. */
  controller = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  g_signal_connect_object (controller, "key-pressed",
                           G_CALLBACK (list_key_pressed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (controller, "key-released",
                           G_CALLBACK (list_key_released_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->list_view), controller);

  controller = gtk_event_controller_focus_new ();
  g_signal_connect_object (controller, "leave",
                           G_CALLBACK (list_focus_leave_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->list_view), controller);

  controller = gtk_event_controller_key_new ();
  g_signal_connect_object (controller, "key-pressed",
                           G_CALLBACK (search_key_pressed_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->search_entry), controller);

  /* Typing in the list starts a search. */
  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self->list_view));

  update_state (self);
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

  if (self->model == model)
    return;

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_data (self->model, self);
  g_set_object (&self->model, model);
  if (model != NULL)
    {
      g_signal_connect_object (model, "notify::query",
                               G_CALLBACK (sync_from_model), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (model, "notify::kind",
                               G_CALLBACK (sync_from_model), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (model, "notify::level",
                               G_CALLBACK (sync_from_model), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (model, "notify::status",
                               G_CALLBACK (sync_from_model), self, G_CONNECT_SWAPPED);
    }

  set_selected_uuid_internal (self, NULL);
  g_clear_object (&self->rows);
  if (model != NULL)
    self->rows = azqf_sidebar_model_new (model);
  gtk_single_selection_set_model (self->selection, G_LIST_MODEL (self->rows));
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  sync_from_model (self);
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
  g_return_if_fail (AZQF_IS_SIDEBAR (self));

  /* Set first, so the selection change below finds it already there. */
  set_selected_uuid_internal (self, uuid);
  restore_selection (self, TRUE);
}

void
azqf_sidebar_focus_search (AzqfSidebar *self)
{
  g_return_if_fail (AZQF_IS_SIDEBAR (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}
