/* azqf-application.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One process per user: a second `azqf-studio WORKSPACE` hands the path to
 * the running instance (GApplication's uniqueness), which presents the window
 * that already shows that workspace or opens a new one. The workspace lock
 * (azqf-store.c) keeps other programs from writing to it meanwhile.
 */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gi18n.h>

#include "azqf-application.h"
#include "azqf-preferences-window.h"
#include "azqf-window.h"

#define MAX_RECENT 10

struct _AzqfApplication
{
  AdwApplication  parent_instance;

  GSettings      *settings;
  AzqfLinter     *linter;
};

G_DEFINE_FINAL_TYPE (AzqfApplication, azqf_application, ADW_TYPE_APPLICATION)

static AzqfWindow *
find_window_for (AzqfApplication *self,
                 const char      *path)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    {
      const char *shown;

      if (!AZQF_IS_WINDOW (l->data))
        continue;
      shown = azqf_window_get_workspace_path (l->data);
      if (shown != NULL && g_strcmp0 (shown, path) == 0)
        return l->data;
    }
  return NULL;
}

/* A window on the welcome page, to reuse instead of opening another. */
static AzqfWindow *
find_empty_window (AzqfApplication *self)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    if (AZQF_IS_WINDOW (l->data) && azqf_window_get_workspace_path (l->data) == NULL)
      return l->data;
  return NULL;
}

/* Benchmark mode (tests/bench/bench-ui.c): with AZQF_BENCH_FIRST_FRAME set,
 * the first painted frame of the first window prints "first-frame" and the
 * resident memory on stdout, and the application quits. */
static void
first_frame_painted_cb (GdkFrameClock *clock,
                        GApplication  *app)
{
  g_autofree char *status = NULL;
  const char *rss;

  g_signal_handlers_disconnect_by_func (clock, first_frame_painted_cb, app);
  if (g_file_get_contents ("/proc/self/status", &status, NULL, NULL) &&
      (rss = strstr (status, "VmRSS:")) != NULL)
    printf ("rss-kb %ld\n", strtol (rss + strlen ("VmRSS:"), NULL, 10));
  printf ("first-frame\n");
  fflush (stdout);
  g_application_quit (app);
}

static void
window_mapped_cb (GtkWidget    *window,
                  GApplication *app)
{
  g_signal_handlers_disconnect_by_func (window, window_mapped_cb, app);
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint",
                    G_CALLBACK (first_frame_painted_cb), app);
}

static void
watch_first_frame (GApplication *app,
                   GtkWindow    *window)
{
  static gboolean watching;

  if (watching || g_getenv ("AZQF_BENCH_FIRST_FRAME") == NULL)
    return;
  watching = TRUE;
  g_signal_connect (window, "map", G_CALLBACK (window_mapped_cb), app);
}

static void
azqf_application_activate (GApplication *app)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  if (window == NULL)
    window = GTK_WINDOW (azqf_window_new (AZQF_APPLICATION (app)));
  watch_first_frame (app, window);
  gtk_window_present (window);
}

static void
azqf_application_open (GApplication  *app,
                       GFile        **files,
                       int            n_files,
                       const char    *hint)
{
  AzqfApplication *self = AZQF_APPLICATION (app);

  for (int i = 0; i < n_files; i++)
    {
      g_autofree char *path = g_file_get_path (files[i]);
      g_autofree char *real = NULL;
      AzqfWindow *window;

      if (path == NULL)
        continue;
      /* The same file through another name is the same workspace. */
      real = g_canonicalize_filename (path, NULL);
      window = find_window_for (self, real);
      if (window == NULL)
        {
          window = find_empty_window (self);
          if (window == NULL)
            window = azqf_window_new (self);
          watch_first_frame (app, GTK_WINDOW (window));
          /* Shown first, so that a dialog about the workspace has its parent. */
          gtk_window_present (GTK_WINDOW (window));
          /* Like a text editor given a new file name: a new workspace. */
          azqf_window_open_workspace_interactive (window, real,
                                                  !g_file_test (real, G_FILE_TEST_EXISTS));
        }
      else
        gtk_window_present (GTK_WINDOW (window));
    }
}

static void
quit_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  GApplication *app = G_APPLICATION (user_data);
  g_autoptr(GList) windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (app)));

  /* Closing each window flushes its pending edits first. */
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (GTK_WINDOW (l->data));
}

static void
new_window_activated (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  gtk_window_present (GTK_WINDOW (azqf_window_new (AZQF_APPLICATION (user_data))));
}

static void
about_activated (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  static const char *developers[] = { "AzQF Studio contributors", NULL };
  GtkApplication *app = GTK_APPLICATION (user_data);
  GtkWidget *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", gtk_application_get_active_window (app),
                        "modal", TRUE,
                        "application-name", _("AzQF Studio"),
                        "application-icon", APP_ID,
                        "version", PACKAGE_VERSION,
                        "developer-name", _("AzQF Studio contributors"),
                        "developers", developers,
                        "comments", _("Write occupational, educational and qualification standards "
                                      "as learning outcomes on the eight levels of the Azerbaijan "
                                      "National Qualifications Framework, in Azerbaijani and English."),
                        "website", "https://github.com/azqf/studio",
                        "license-type", GTK_LICENSE_GPL_3_0,
                        /* TRANSLATORS: put your name here */
                        "translator-credits", _("translator-credits"),
                        NULL);
  gtk_window_present (GTK_WINDOW (about));
}

static void
preferences_activated (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  AzqfApplication *self = AZQF_APPLICATION (user_data);
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));

  gtk_window_present (GTK_WINDOW (azqf_preferences_window_new (parent, self->settings)));
}

static const GActionEntry app_entries[] = {
  { "quit", quit_activated },
  { "new-window", new_window_activated },
  { "about", about_activated },
  { "preferences", preferences_activated },
};

static void
set_accels (GtkApplication *app)
{
  static const struct
  {
    const char *action;
    const char *accels[3];
  } accels[] = {
    { "app.quit", { "<Control>q", NULL } },
    { "app.new-window", { "<Control><Shift>n", NULL } },
    { "app.preferences", { "<Control>comma", NULL } },
    { "win.open-workspace", { "<Control>o", NULL } },
    { "win.new-standard", { "<Control>n", NULL } },
    { "win.undo", { "<Control>z", NULL } },
    { "win.redo", { "<Control><Shift>z", "<Control>y", NULL } },
    { "win.search", { "<Control>f", NULL } },
    { "win.export-workspace", { "<Control>e", NULL } },
    { "win.import", { "<Control>i", NULL } },
    { "win.close", { "<Control>w", NULL } },
    { "win.show-page('overview')", { "<Alt>1", NULL } },
    { "win.show-page('outcomes')", { "<Alt>2", NULL } },
    { "win.show-page('gap')", { "<Alt>3", NULL } },
    { "win.show-page('relations')", { "<Alt>4", NULL } },
  };

  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (app, accels[i].action, accels[i].accels);
}

static void
style_changed_cb (AzqfApplication *self)
{
  g_autofree char *style = g_settings_get_string (self->settings, "style-variant");
  AdwColorScheme scheme = ADW_COLOR_SCHEME_DEFAULT;

  if (g_strcmp0 (style, "light") == 0)
    scheme = ADW_COLOR_SCHEME_FORCE_LIGHT;
  else if (g_strcmp0 (style, "dark") == 0)
    scheme = ADW_COLOR_SCHEME_FORCE_DARK;
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), scheme);
}

static void
azqf_application_startup (GApplication *app)
{
  AzqfApplication *self = AZQF_APPLICATION (app);
  g_autoptr(GError) error = NULL;

  G_APPLICATION_CLASS (azqf_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_entries,
                                   G_N_ELEMENTS (app_entries), app);
  set_accels (GTK_APPLICATION (app));

  self->settings = g_settings_new ("io.github.azqf.Studio");
  g_signal_connect_object (self->settings, "changed::style-variant",
                           G_CALLBACK (style_changed_cb), self, G_CONNECT_SWAPPED);
  style_changed_cb (self);

  self->linter = azqf_linter_new (&error);
  if (self->linter == NULL)
    g_printerr ("%s\n", error->message);
}

static void
azqf_application_dispose (GObject *object)
{
  AzqfApplication *self = AZQF_APPLICATION (object);

  g_clear_object (&self->settings);
  g_clear_object (&self->linter);

  G_OBJECT_CLASS (azqf_application_parent_class)->dispose (object);
}

static void
azqf_application_class_init (AzqfApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = azqf_application_dispose;
  app_class->activate = azqf_application_activate;
  app_class->open = azqf_application_open;
  app_class->startup = azqf_application_startup;
}

static int
handle_local_options_cb (GApplication *app,
                         GVariantDict *options)
{
  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("azqf-studio (%s) %s\n", PACKAGE_NAME, PACKAGE_VERSION);
      return 0;
    }
  return -1;
}

static void
azqf_application_init (AzqfApplication *self)
{
  static const GOptionEntry entries[] = {
    { "version", 'V', 0, G_OPTION_ARG_NONE, NULL, N_("Print the version and exit"), NULL },
    { NULL }
  };

  g_application_add_main_option_entries (G_APPLICATION (self), entries);
  g_application_set_option_context_parameter_string (G_APPLICATION (self), _("[WORKSPACE…]"));
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Write qualification standards as learning outcomes "
                                              "on the AzQF levels. Opens each WORKSPACE (*.azqf) "
                                              "in a window, or the welcome page."));
  g_signal_connect (self, "handle-local-options", G_CALLBACK (handle_local_options_cb), NULL);
}

void
azqf_application_apply_ui_language (void)
{
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GSettings) settings = NULL;
  g_autofree char *language = NULL;
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();

  /* Without the installed schema (a broken install) run in the system's language. */
  if (source == NULL)
    return;
  schema = g_settings_schema_source_lookup (source, "io.github.azqf.Studio", TRUE);
  if (schema == NULL)
    return;
  settings = g_settings_new ("io.github.azqf.Studio");
  language = g_settings_get_string (settings, "ui-language");
  if (g_strcmp0 (language, "az") == 0)
    g_setenv ("LANGUAGE", "az", TRUE);
  else if (g_strcmp0 (language, "en") == 0)
    g_setenv ("LANGUAGE", "en", TRUE);
}

AzqfApplication *
azqf_application_new (void)
{
  return g_object_new (AZQF_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", "/io/github/azqf/Studio",
                       NULL);
}

GSettings *
azqf_application_get_settings (AzqfApplication *self)
{
  g_return_val_if_fail (AZQF_IS_APPLICATION (self), NULL);

  return self->settings;
}

AzqfLinter *
azqf_application_get_linter (AzqfApplication *self)
{
  g_return_val_if_fail (AZQF_IS_APPLICATION (self), NULL);

  return self->linter;
}

static void
update_recent (AzqfApplication *self,
               const char      *path,
               gboolean         add)
{
  g_auto(GStrv) old = g_settings_get_strv (self->settings, "recent-workspaces");
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) recent = NULL;
  guint n = 0;

  if (add)
    {
      g_strv_builder_add (builder, path);
      n++;
    }
  for (guint i = 0; old[i] != NULL && n < MAX_RECENT; i++)
    if (g_strcmp0 (old[i], path) != 0)
      {
        g_strv_builder_add (builder, old[i]);
        n++;
      }
  recent = g_strv_builder_end (builder);
  g_settings_set_strv (self->settings, "recent-workspaces", (const char * const *) recent);
}

void
azqf_application_add_recent (AzqfApplication *self,
                             const char      *path)
{
  g_return_if_fail (AZQF_IS_APPLICATION (self));
  g_return_if_fail (path != NULL);

  update_recent (self, path, TRUE);
}

void
azqf_application_remove_recent (AzqfApplication *self,
                                const char      *path)
{
  g_return_if_fail (AZQF_IS_APPLICATION (self));
  g_return_if_fail (path != NULL);

  update_recent (self, path, FALSE);
}
