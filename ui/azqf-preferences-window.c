/* azqf-preferences-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "azqf-preferences-window.h"

struct _AzqfPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  /* template children */
  AdwComboRow          *content_languages_row;
  AdwComboRow          *ui_language_row;
  AdwComboRow          *lint_strictness_row;
  GtkSwitch            *spell_check_switch;
  AdwComboRow          *style_row;
};

G_DEFINE_FINAL_TYPE (AzqfPreferencesWindow, azqf_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

/* A combo row's position ↔ one of the key's choices, in the order of the
 * rows' string lists in the template. */
static const char *content_languages[] = { "both", "az", "en", NULL };
static const char *ui_languages[] = { "system", "az", "en", NULL };
static const char *lint_strictness[] = { "errors", "warnings", "hints", NULL };
static const char *styles[] = { "default", "light", "dark", NULL };

static gboolean
choice_to_position (GValue   *value,
                    GVariant *variant,
                    gpointer  user_data)
{
  const char **choices = user_data;
  const char *choice = g_variant_get_string (variant, NULL);

  for (guint i = 0; choices[i] != NULL; i++)
    if (g_str_equal (choices[i], choice))
      {
        g_value_set_uint (value, i);
        return TRUE;
      }
  return FALSE;
}

static GVariant *
position_to_choice (const GValue       *value,
                    const GVariantType *expected_type,
                    gpointer            user_data)
{
  const char **choices = user_data;
  guint position = g_value_get_uint (value);

  if (position >= g_strv_length ((char **) choices))
    return NULL;
  return g_variant_new_string (choices[position]);
}

static void
bind_choice (GSettings   *settings,
             const char  *key,
             AdwComboRow *row,
             const char **choices)
{
  g_settings_bind_with_mapping (settings, key, row, "selected", G_SETTINGS_BIND_DEFAULT,
                                choice_to_position, position_to_choice,
                                (gpointer) choices, NULL);
}

static void
azqf_preferences_window_class_init (AzqfPreferencesWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/azqf/Studio/azqf-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, AzqfPreferencesWindow, content_languages_row);
  gtk_widget_class_bind_template_child (widget_class, AzqfPreferencesWindow, ui_language_row);
  gtk_widget_class_bind_template_child (widget_class, AzqfPreferencesWindow, lint_strictness_row);
  gtk_widget_class_bind_template_child (widget_class, AzqfPreferencesWindow, spell_check_switch);
  gtk_widget_class_bind_template_child (widget_class, AzqfPreferencesWindow, style_row);
}

static void
azqf_preferences_window_init (AzqfPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

AzqfPreferencesWindow *
azqf_preferences_window_new (GtkWindow *parent,
                             GSettings *settings)
{
  AzqfPreferencesWindow *self;

  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  self = g_object_new (AZQF_TYPE_PREFERENCES_WINDOW, "transient-for", parent, NULL);
  bind_choice (settings, "content-languages", self->content_languages_row, content_languages);
  bind_choice (settings, "ui-language", self->ui_language_row, ui_languages);
  bind_choice (settings, "lint-strictness", self->lint_strictness_row, lint_strictness);
  bind_choice (settings, "style-variant", self->style_row, styles);
  g_settings_bind (settings, "spell-check", self->spell_check_switch, "active", G_SETTINGS_BIND_DEFAULT);
  return self;
}
