/* azqf-import-dialog.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Renders an import plan of azqf_register_import (dry run): what will be
 * added, replaced, stored as a new version or left alone, and the problems
 * the chosen conflict policy meets. The dialog computes nothing; the window
 * plans again when the policy changes (azqf-window-io.c).
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "azqf-import-dialog.h"
#include "azqf-row-helpers.h"
#include "azqf-register-reader.h"

struct _AzqfImportDialog
{
  AdwWindow               parent_instance;

  /* template children */
  AdwWindowTitle         *window_title;
  GtkWidget              *import_button;
  GtkSpinner             *spinner;
  GtkLabel               *summary_label;
  GtkCheckButton         *refuse_check;
  GtkCheckButton         *replace_check;
  GtkCheckButton         *new_version_check;
  AdwPreferencesGroup    *problems_group;
  GtkListBox             *problems_list;
  GtkListBox             *plan_list;

  AzqfRegisterImportMode  mode;
  gboolean                can_import;
};

G_DEFINE_FINAL_TYPE (AzqfImportDialog, azqf_import_dialog, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_MODE,
  PROP_CAN_IMPORT,
  N_PROPS
};

enum {
  IMPORT,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

char *
azqf_import_dialog_format_problems (GPtrArray *problems)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; problems != NULL && i < problems->len; i++)
    {
      AzqfRegisterProblem *problem = g_ptr_array_index (problems, i);

      g_string_append_printf (text, "%u:%u: %s [%s]\n", problem->line, problem->column,
                              problem->message, problem->id);
    }
  return g_string_free (text, FALSE);
}

static void
set_can_import (AzqfImportDialog *self,
                gboolean          can_import)
{
  if (self->can_import == can_import)
    return;
  self->can_import = can_import;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.import", can_import);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_IMPORT]);
}

static const char *
action_label (AzqfRegisterPlanAction action)
{
  switch (action)
    {
    case AZQF_REGISTER_PLAN_ADDED:
      return _("Will be added");
    case AZQF_REGISTER_PLAN_REPLACED:
      return _("Will replace the one here");
    case AZQF_REGISTER_PLAN_NEW_VERSION:
      return _("Will be a new version");
    case AZQF_REGISTER_PLAN_UNCHANGED:
    default:
      return _("Already here: left alone");
    }
}

static const char *
action_css_class (AzqfRegisterPlanAction action)
{
  switch (action)
    {
    case AZQF_REGISTER_PLAN_ADDED:
      return "success";
    case AZQF_REGISTER_PLAN_REPLACED:
      return "warning";
    case AZQF_REGISTER_PLAN_NEW_VERSION:
      return "accent";
    case AZQF_REGISTER_PLAN_UNCHANGED:
    default:
      return "dim-label";
    }
}

/* The problem that refuses item because the workspace holds a different
 * standard with its uuid (I01, whose message names the uuid), or NULL. */
static AzqfRegisterProblem *
find_conflict (GPtrArray            *problems,
               AzqfRegisterPlanItem *item)
{
  for (guint i = 0; problems != NULL && i < problems->len; i++)
    {
      AzqfRegisterProblem *problem = g_ptr_array_index (problems, i);

      if (g_strcmp0 (problem->id, "I01") == 0 && item->uuid != NULL &&
          strstr (problem->message, item->uuid) != NULL)
        return problem;
    }
  return NULL;
}

static void
fill_plan (AzqfImportDialog *self,
           GPtrArray        *plan,
           GPtrArray        *problems)
{
  guint counts[AZQF_REGISTER_PLAN_UNCHANGED + 1] = { 0, };
  guint conflicts = 0;

  azqf_list_box_clear (self->plan_list);
  for (guint i = 0; i < plan->len; i++)
    {
      AzqfRegisterPlanItem *item = g_ptr_array_index (plan, i);
      /* TRANSLATORS: the version a standard will have after the import */
      g_autofree char *version = g_strdup_printf (_("Version %u"), item->version);
      g_autofree char *name = NULL;
      gboolean conflict = find_conflict (problems, item) != NULL;
      /* Refused: the plan calls it "added", but it is not. */
      const char *what = conflict ? _("Differs from the one here: not imported") : action_label (item->action);
      GtkWidget *row = azqf_text_row_new (item->code, version);
      GtkWidget *label = gtk_label_new (what);

      if (conflict)
        conflicts++;
      else
        counts[item->action]++;
      gtk_widget_add_css_class (label, conflict ? "error" : action_css_class (item->action));
      gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
      name = g_strdup_printf ("%s, %s: %s", item->code, version, what);
      gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
      gtk_list_box_append (self->plan_list, row);
    }

  if (plan->len == 0)
    gtk_list_box_append (self->plan_list, azqf_text_row_new (_("The file holds no standard"), NULL));

  {
    g_autoptr(GPtrArray) parts = g_ptr_array_new_null_terminated (4, g_free, TRUE);
    g_autofree char *all = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "The file holds %u standard:",
                                                         "The file holds %u standards:", plan->len),
                                            plan->len);
    g_autofree char *joined = NULL;
    g_autofree char *summary = NULL;

    /* Only what happens: "2 to add, 1 already here and left alone". */
    if (counts[AZQF_REGISTER_PLAN_ADDED] > 0)
      g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u to add", "%u to add",
                                                            counts[AZQF_REGISTER_PLAN_ADDED]),
                                               counts[AZQF_REGISTER_PLAN_ADDED]));
    if (counts[AZQF_REGISTER_PLAN_REPLACED] > 0)
      g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u to replace", "%u to replace",
                                                            counts[AZQF_REGISTER_PLAN_REPLACED]),
                                               counts[AZQF_REGISTER_PLAN_REPLACED]));
    if (counts[AZQF_REGISTER_PLAN_NEW_VERSION] > 0)
      g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u as a new version",
                                                            "%u as new versions",
                                                            counts[AZQF_REGISTER_PLAN_NEW_VERSION]),
                                               counts[AZQF_REGISTER_PLAN_NEW_VERSION]));
    if (counts[AZQF_REGISTER_PLAN_UNCHANGED] > 0)
      g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u already here and left alone",
                                                            "%u already here and left alone",
                                                            counts[AZQF_REGISTER_PLAN_UNCHANGED]),
                                               counts[AZQF_REGISTER_PLAN_UNCHANGED]));
    if (conflicts > 0)
      g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u differs from the one here",
                                                            "%u differ from the ones here", conflicts),
                                               conflicts));
    joined = g_strjoinv (", ", (char **) parts->pdata);
    /* TRANSLATORS: the import summary: "The file holds 3 standards: 2 to add, …" */
    if (parts->len > 0)
      summary = g_strdup_printf (_("%s %s. Nothing is written until you press Import."), all, joined);
    else
      summary = g_strdup (_("The file holds no standard"));
    gtk_label_set_text (self->summary_label, summary);
  }
}

static void
fill_problems (AzqfImportDialog *self,
               GPtrArray        *plan,
               GPtrArray        *problems)
{
  azqf_list_box_clear (self->problems_list);
  for (guint i = 0; problems != NULL && i < problems->len; i++)
    {
      AzqfRegisterProblem *problem = g_ptr_array_index (problems, i);
      /* TRANSLATORS: where a problem of an imported file is */
      g_autofree char *where = g_strdup_printf (_("Line %u, column %u [%s]"), problem->line,
                                                problem->column, problem->id);
      g_autofree char *title = NULL;
      GtkWidget *row, *icon;

      /* A conflict in the dialog's words, not the command line's. */
      for (guint j = 0; j < plan->len && title == NULL; j++)
        {
          AzqfRegisterPlanItem *item = g_ptr_array_index (plan, j);

          if (find_conflict (problems, item) == problem)
            title = g_strdup_printf (_("%s is already here with different content: choose Replace or "
                                       "Import as a New Version to import it"), item->code);
        }

      row = azqf_text_row_new (title != NULL ? title : problem->message, where);
      icon = gtk_image_new_from_icon_name ("dialog-error-symbolic");
      gtk_widget_add_css_class (icon, "error");
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
      gtk_list_box_append (self->problems_list, row);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->problems_group), problems != NULL && problems->len > 0);
}

void
azqf_import_dialog_set_plan (AzqfImportDialog *self,
                             GPtrArray        *plan,
                             GPtrArray        *problems)
{
  gboolean writes = FALSE;

  g_return_if_fail (AZQF_IS_IMPORT_DIALOG (self));

  gtk_widget_set_visible (GTK_WIDGET (self->spinner), plan == NULL);
  gtk_spinner_set_spinning (self->spinner, plan == NULL);
  if (plan == NULL)
    {
      set_can_import (self, FALSE);
      return;
    }

  fill_plan (self, plan, problems);
  fill_problems (self, plan, problems);
  for (guint i = 0; i < plan->len; i++)
    writes |= ((AzqfRegisterPlanItem *) g_ptr_array_index (plan, i))->action != AZQF_REGISTER_PLAN_UNCHANGED;
  set_can_import (self, writes && (problems == NULL || problems->len == 0));
}

gboolean
azqf_import_dialog_get_can_import (AzqfImportDialog *self)
{
  g_return_val_if_fail (AZQF_IS_IMPORT_DIALOG (self), FALSE);

  return self->can_import;
}

AzqfRegisterImportMode
azqf_import_dialog_get_mode (AzqfImportDialog *self)
{
  g_return_val_if_fail (AZQF_IS_IMPORT_DIALOG (self), AZQF_REGISTER_IMPORT_REFUSE);

  return self->mode;
}

void
azqf_import_dialog_set_mode (AzqfImportDialog       *self,
                             AzqfRegisterImportMode  mode)
{
  g_return_if_fail (AZQF_IS_IMPORT_DIALOG (self));
  g_return_if_fail (mode <= AZQF_REGISTER_IMPORT_NEW_VERSION);

  if (self->mode == mode)
    return;
  self->mode = mode;
  gtk_check_button_set_active (mode == AZQF_REGISTER_IMPORT_REPLACE ? self->replace_check
                               : mode == AZQF_REGISTER_IMPORT_NEW_VERSION ? self->new_version_check
                               : self->refuse_check, TRUE);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODE]);
}

static void
check_toggled_cb (AzqfImportDialog *self,
                  GtkCheckButton   *check)
{
  if (!gtk_check_button_get_active (check))
    return;
  azqf_import_dialog_set_mode (self, check == self->replace_check ? AZQF_REGISTER_IMPORT_REPLACE
                                     : check == self->new_version_check ? AZQF_REGISTER_IMPORT_NEW_VERSION
                                     : AZQF_REGISTER_IMPORT_REFUSE);
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  AzqfImportDialog *self = AZQF_IMPORT_DIALOG (widget);

  if (self->can_import)
    g_signal_emit (self, signals[IMPORT], 0);
}

static void
azqf_import_dialog_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  AzqfImportDialog *self = AZQF_IMPORT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_MODE:
      g_value_set_int (value, self->mode);
      break;
    case PROP_CAN_IMPORT:
      g_value_set_boolean (value, self->can_import);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
azqf_import_dialog_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  AzqfImportDialog *self = AZQF_IMPORT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_MODE:
      azqf_import_dialog_set_mode (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
azqf_import_dialog_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), AZQF_TYPE_IMPORT_DIALOG);

  G_OBJECT_CLASS (azqf_import_dialog_parent_class)->dispose (object);
}

static void
azqf_import_dialog_class_init (AzqfImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = azqf_import_dialog_dispose;
  object_class->get_property = azqf_import_dialog_get_property;
  object_class->set_property = azqf_import_dialog_set_property;

  properties[PROP_MODE] =
    g_param_spec_int ("mode", NULL, NULL,
                      AZQF_REGISTER_IMPORT_REFUSE, AZQF_REGISTER_IMPORT_NEW_VERSION,
                      AZQF_REGISTER_IMPORT_REFUSE,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_IMPORT] =
    g_param_spec_boolean ("can-import", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[IMPORT] = g_signal_new ("import", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/azqf/Studio/azqf-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, AzqfImportDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, AzqfImportDialog, import_button);
  gtk_widget_class_bind_template_child (widget_class, AzqfImportDialog, spinner);
  gtk_widget_class_bind_template_child (widget_class, AzqfImportDialog, summary_label);
  gtk_widget_class_bind_template_child (widget_class, AzqfImportDialog, refuse_check);
  gtk_widget_class_bind_template_child (widget_class, AzqfImportDialog, replace_check);
  gtk_widget_class_bind_template_child (widget_class, AzqfImportDialog, new_version_check);
  gtk_widget_class_bind_template_child (widget_class, AzqfImportDialog, problems_group);
  gtk_widget_class_bind_template_child (widget_class, AzqfImportDialog, problems_list);
  gtk_widget_class_bind_template_child (widget_class, AzqfImportDialog, plan_list);

  gtk_widget_class_install_action (widget_class, "import.import", NULL, import_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
azqf_import_dialog_init (AzqfImportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect_swapped (self->refuse_check, "toggled", G_CALLBACK (check_toggled_cb), self);
  g_signal_connect_swapped (self->replace_check, "toggled", G_CALLBACK (check_toggled_cb), self);
  g_signal_connect_swapped (self->new_version_check, "toggled", G_CALLBACK (check_toggled_cb), self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.import", FALSE);
}

AzqfImportDialog *
azqf_import_dialog_new (GtkWindow  *parent,
                        const char *file_name)
{
  AzqfImportDialog *self = g_object_new (AZQF_TYPE_IMPORT_DIALOG,
                                         "transient-for", parent,
                                         NULL);

  adw_window_title_set_subtitle (self->window_title, file_name);
  azqf_import_dialog_set_plan (self, NULL, NULL);
  return self;
}
