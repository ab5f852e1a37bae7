/* azqf-new-standard-dialog.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An AdwWindow rather than an AdwMessageDialog: a message dialog closes on
 * every response, and a code already taken must leave the dialog open with
 * what the user typed.
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "azqf-json.h"
#include "azqf-new-standard-dialog.h"
#include "azqf-relation.h"
#include "azqf-standard.h"
#include "azqf-value.h"

/* register-format.md §3: a title is a LangText of at most 1,000 characters. */
#define TITLE_MAX 1000

struct _AzqfNewStandardDialog
{
  AdwWindow     parent_instance;

  /* template children */
  AdwWindowTitle *window_title;
  GtkButton    *create_button;
  GtkLabel     *description_label;
  AdwComboRow  *kind_row;
  AdwEntryRow  *code_row;
  GtkSpinButton *level_spin;
  AdwEntryRow  *title_az_row;
  AdwEntryRow  *title_en_row;
  GtkLabel     *error_label;

  /* owned */
  AzqfStore    *store;
  AzqfStandard *original;
};

G_DEFINE_FINAL_TYPE (AzqfNewStandardDialog, azqf_new_standard_dialog, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  PROP_ORIGINAL,
  PROP_KIND,
  PROP_CODE,
  PROP_LEVEL,
  PROP_TITLE_AZ,
  PROP_TITLE_EN,
  N_PROPS
};

enum {
  CREATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

char *
azqf_new_standard_dialog_suggest_code (AzqfStandard *original)
{
  g_autofree char *base = NULL;
  g_autofree char *suffix = NULL;
  char *dash;
  gsize max_base;

  g_return_val_if_fail (AZQF_IS_STANDARD (original), NULL);

  base = g_strdup (azqf_standard_get_code (original));
  /* "CODE-v2" becomes "CODE-v3", not "CODE-v2-v3". */
  dash = strrchr (base, '-');
  if (dash != NULL && dash != base && (dash[1] == 'v' || dash[1] == 'V') && dash[2] != '\0' &&
      strspn (dash + 2, "0123456789") == strlen (dash + 2))
    *dash = '\0';

  suffix = g_strdup_printf ("-v%u", azqf_standard_get_version (original) + 1);
  /* Standard codes have at most 64 characters (azqf_value_check_standard_code). */
  max_base = 64 - strlen (suffix);
  if (strlen (base) > max_base)
    base[max_base] = '\0';

  return g_strconcat (base, suffix, NULL);
}

static void
show_error (AzqfNewStandardDialog *self,
            const char            *message)
{
  gtk_label_set_text (self->error_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
  if (message != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self->code_row), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->code_row), "error");
}

static char *
get_code (AzqfNewStandardDialog *self)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->code_row))));
}

/* The code is checked as it is typed; an empty one only disables Create. */
static void
code_changed_cb (AzqfNewStandardDialog *self)
{
  g_autofree char *code = get_code (self);
  g_autoptr(GError) error = NULL;
  gboolean valid = azqf_value_check_standard_code (code, &error);

  show_error (self, !valid && code[0] != '\0' ? error->message : NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "dialog.create", valid);
}

/* The new version: a deep copy (through the model's JSON form, which carries
 * everything a standard holds) without the original's identity, times and
 * approval decision. Its "replaces" relations were the original's history;
 * the copy replaces the original itself. */
static AzqfStandard *
copy_original (AzqfNewStandardDialog  *self,
               GError                **error)
{
  g_autoptr(JsonNode) node = azqf_json_from_standard (self->original, TRUE);
  JsonObject *object = json_node_get_object (node);
  g_autoptr(AzqfStandard) copy = NULL;
  g_autoptr(AzqfRelation) replaces = NULL;
  GListModel *relations;

  json_object_remove_member (object, "uuid");
  json_object_remove_member (object, "created");
  json_object_remove_member (object, "modified");
  json_object_remove_member (object, "decision_number");
  json_object_remove_member (object, "decision_date");
  copy = azqf_json_to_standard (node, error);
  if (copy == NULL)
    return NULL;

  relations = azqf_standard_get_relations (copy);
  for (guint i = g_list_model_get_n_items (relations); i > 0; i--)
    {
      g_autoptr(AzqfRelation) relation = g_list_model_get_item (relations, i - 1);

      if (azqf_relation_get_relation_type (relation) == AZQF_RELATION_REPLACES)
        azqf_standard_remove_relation (copy, relation);
    }

  replaces = azqf_relation_new (AZQF_RELATION_REPLACES,
                                azqf_standard_get_uuid (self->original),
                                azqf_standard_get_code (self->original), error);
  if (replaces == NULL ||
      !azqf_standard_set_version (copy, azqf_standard_get_version (self->original) + 1, error) ||
      !azqf_standard_add_relation (copy, replaces, error))
    return NULL;
  azqf_standard_set_status (copy, AZQF_STATUS_DRAFT);

  return g_steal_pointer (&copy);
}

static AzqfStandard *
build_standard (AzqfNewStandardDialog  *self,
                const char             *code,
                GError                **error)
{
  g_autoptr(AzqfStandard) standard = NULL;
  g_autofree char *title_az = azqf_value_normalize_text (gtk_editable_get_text (GTK_EDITABLE (self->title_az_row)));
  g_autofree char *title_en = azqf_value_normalize_text (gtk_editable_get_text (GTK_EDITABLE (self->title_en_row)));
  AzqfKind kind = adw_combo_row_get_selected (self->kind_row);

  if (self->original != NULL)
    {
      standard = copy_original (self, error);
      if (standard == NULL || !azqf_standard_set_code (standard, code, error))
        return NULL;
      azqf_standard_set_kind (standard, kind);
    }
  else
    {
      standard = azqf_standard_new (kind, code, error);
      if (standard == NULL)
        return NULL;
      azqf_standard_set_status (standard, AZQF_STATUS_DRAFT);
    }

  if (!azqf_value_check_text (title_az, TITLE_MAX, error) ||
      !azqf_value_check_text (title_en, TITLE_MAX, error) ||
      !azqf_standard_set_level (standard, gtk_spin_button_get_value_as_int (self->level_spin), error))
    return NULL;
  azqf_standard_set_text (standard, AZQF_STANDARD_TITLE, AZQF_LANG_AZ, title_az);
  azqf_standard_set_text (standard, AZQF_STANDARD_TITLE, AZQF_LANG_EN, title_en);

  return g_steal_pointer (&standard);
}

static void
create_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  AzqfNewStandardDialog *self = AZQF_NEW_STANDARD_DIALOG (widget);
  g_autofree char *code = get_code (self);
  g_autoptr(AzqfStandard) standard = NULL;
  g_autoptr(GError) error = NULL;

  if (!azqf_value_check_standard_code (code, &error) ||
      (standard = build_standard (self, code, &error)) == NULL ||
      !azqf_store_insert_standard (self->store, standard, &error))
    {
      g_autofree char *message = NULL;

      if (g_error_matches (error, AZQF_STORE_ERROR, AZQF_STORE_ERROR_DUPLICATE_CODE))
        message = g_strdup_printf (_("Another standard in this workspace already has the code “%s”."), code);
      show_error (self, message != NULL ? message : error->message);
      gtk_widget_grab_focus (GTK_WIDGET (self->code_row));
      return;
    }

  g_signal_emit (self, signals[CREATED], 0, standard);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
set_original (AzqfNewStandardDialog *self,
              AzqfStandard          *original)
{
  g_autofree char *code = NULL;
  g_autofree char *description = NULL;
  guint level;

  if (original == NULL)
    return;

  self->original = g_object_ref (original);
  code = azqf_new_standard_dialog_suggest_code (original);
  level = azqf_standard_get_level (original);

  gtk_window_set_title (GTK_WINDOW (self), _("New Version"));
  adw_window_title_set_title (self->window_title, _("New Version"));
  adw_window_title_set_subtitle (self->window_title, azqf_standard_get_code (original));
  description = g_strdup_printf (_("A copy of %s with its units and outcomes, as version %u with the status Draft. "
                                   "It replaces %s, which stays as it is."),
                                 azqf_standard_get_code (original),
                                 azqf_standard_get_version (original) + 1,
                                 azqf_standard_get_code (original));
  gtk_label_set_text (self->description_label, description);
  gtk_widget_set_visible (GTK_WIDGET (self->description_label), TRUE);

  adw_combo_row_set_selected (self->kind_row, azqf_standard_get_kind (original));
  gtk_editable_set_text (GTK_EDITABLE (self->code_row), code);
  if (level > 0)
    gtk_spin_button_set_value (self->level_spin, level);
  gtk_editable_set_text (GTK_EDITABLE (self->title_az_row),
                         azqf_standard_get_text (original, AZQF_STANDARD_TITLE, AZQF_LANG_AZ) ?: "");
  gtk_editable_set_text (GTK_EDITABLE (self->title_en_row),
                         azqf_standard_get_text (original, AZQF_STANDARD_TITLE, AZQF_LANG_EN) ?: "");
}

static void
azqf_new_standard_dialog_dispose (GObject *object)
{
  AzqfNewStandardDialog *self = AZQF_NEW_STANDARD_DIALOG (object);

  g_clear_object (&self->store);
  g_clear_object (&self->original);
  gtk_widget_dispose_template (GTK_WIDGET (self), AZQF_TYPE_NEW_STANDARD_DIALOG);

  G_OBJECT_CLASS (azqf_new_standard_dialog_parent_class)->dispose (object);
}

static void
azqf_new_standard_dialog_get_property (GObject    *object,
                                       guint       prop_id,
                                       GValue     *value,
                                       GParamSpec *pspec)
{
  AzqfNewStandardDialog *self = AZQF_NEW_STANDARD_DIALOG (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_ORIGINAL:
      g_value_set_object (value, self->original);
      break;
    case PROP_KIND:
      g_value_set_int (value, adw_combo_row_get_selected (self->kind_row));
      break;
    case PROP_CODE:
      g_value_set_string (value, gtk_editable_get_text (GTK_EDITABLE (self->code_row)));
      break;
    case PROP_LEVEL:
      g_value_set_uint (value, gtk_spin_button_get_value_as_int (self->level_spin));
      break;
    case PROP_TITLE_AZ:
      g_value_set_string (value, gtk_editable_get_text (GTK_EDITABLE (self->title_az_row)));
      break;
    case PROP_TITLE_EN:
      g_value_set_string (value, gtk_editable_get_text (GTK_EDITABLE (self->title_en_row)));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
azqf_new_standard_dialog_set_property (GObject      *object,
                                       guint         prop_id,
                                       const GValue *value,
                                       GParamSpec   *pspec)
{
  AzqfNewStandardDialog *self = AZQF_NEW_STANDARD_DIALOG (object);
  const char *text;

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    case PROP_ORIGINAL:
      set_original (self, g_value_get_object (value));
      break;
    case PROP_KIND:
      adw_combo_row_set_selected (self->kind_row, g_value_get_int (value));
      break;
    case PROP_CODE:
      text = g_value_get_string (value);
      gtk_editable_set_text (GTK_EDITABLE (self->code_row), text != NULL ? text : "");
      break;
    case PROP_LEVEL:
      gtk_spin_button_set_value (self->level_spin, g_value_get_uint (value));
      break;
    case PROP_TITLE_AZ:
      text = g_value_get_string (value);
      gtk_editable_set_text (GTK_EDITABLE (self->title_az_row), text != NULL ? text : "");
      break;
    case PROP_TITLE_EN:
      text = g_value_get_string (value);
      gtk_editable_set_text (GTK_EDITABLE (self->title_en_row), text != NULL ? text : "");
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
azqf_new_standard_dialog_class_init (AzqfNewStandardDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS;

  object_class->dispose = azqf_new_standard_dialog_dispose;
  object_class->get_property = azqf_new_standard_dialog_get_property;
  object_class->set_property = azqf_new_standard_dialog_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, AZQF_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ORIGINAL] =
    g_param_spec_object ("original", NULL, NULL, AZQF_TYPE_STANDARD,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_KIND] =
    g_param_spec_int ("kind", NULL, NULL, AZQF_KIND_OCCUPATIONAL, AZQF_KIND_QUALIFICATION,
                      AZQF_KIND_OCCUPATIONAL, rw);
  properties[PROP_CODE] = g_param_spec_string ("code", NULL, NULL, NULL, rw);
  properties[PROP_LEVEL] = g_param_spec_uint ("level", NULL, NULL, 1, 8, 4, rw);
  properties[PROP_TITLE_AZ] = g_param_spec_string ("title-az", NULL, NULL, NULL, rw);
  properties[PROP_TITLE_EN] = g_param_spec_string ("title-en", NULL, NULL, NULL, rw);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * AzqfNewStandardDialog::created:
   * @standard: the standard now in the store
   */
  signals[CREATED] =
    g_signal_new ("created", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, AZQF_TYPE_STANDARD);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/azqf/Studio/azqf-new-standard-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, AzqfNewStandardDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, AzqfNewStandardDialog, create_button);
  gtk_widget_class_bind_template_child (widget_class, AzqfNewStandardDialog, description_label);
  gtk_widget_class_bind_template_child (widget_class, AzqfNewStandardDialog, kind_row);
  gtk_widget_class_bind_template_child (widget_class, AzqfNewStandardDialog, code_row);
  gtk_widget_class_bind_template_child (widget_class, AzqfNewStandardDialog, level_spin);
  gtk_widget_class_bind_template_child (widget_class, AzqfNewStandardDialog, title_az_row);
  gtk_widget_class_bind_template_child (widget_class, AzqfNewStandardDialog, title_en_row);
  gtk_widget_class_bind_template_child (widget_class, AzqfNewStandardDialog, error_label);
  gtk_widget_class_bind_template_callback (widget_class, code_changed_cb);

  gtk_widget_class_install_action (widget_class, "dialog.create", NULL, create_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
azqf_new_standard_dialog_init (AzqfNewStandardDialog *self)
{
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  for (AzqfKind kind = AZQF_KIND_OCCUPATIONAL; kind <= AZQF_KIND_QUALIFICATION; kind++)
    gtk_string_list_append (kinds, azqf_kind_get_label (kind));
  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (kinds));

  gtk_window_set_default_widget (GTK_WINDOW (self), GTK_WIDGET (self->create_button));
  /* Enter in the level creates too (GtkSpinButton:activates-default is GTK 4.14). */
  gtk_text_set_activates_default (GTK_TEXT (gtk_editable_get_delegate (GTK_EDITABLE (self->level_spin))), TRUE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "dialog.create", FALSE);
}

AzqfNewStandardDialog *
azqf_new_standard_dialog_new (GtkWindow    *parent,
                              AzqfStore    *store,
                              AzqfStandard *original)
{
  AzqfNewStandardDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (AZQF_IS_STORE (store), NULL);
  g_return_val_if_fail (original == NULL || AZQF_IS_STANDARD (original), NULL);

  self = g_object_new (AZQF_TYPE_NEW_STANDARD_DIALOG,
                       "transient-for", parent,
                       "store", store,
                       "original", original,
                       NULL);
  gtk_widget_grab_focus (GTK_WIDGET (self->code_row));
  return self;
}
