/* azqf-spell-underline.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Typing only marks the text as changed and (re)starts a short low-priority
 * timeout. When it fires, a copy of the text is checked in a worker thread
 * (the checker has its own lock); the result comes back to the main thread
 * and is drawn only if the text has not changed meanwhile ("generation").
 * The context menu's corrections are looked up when it is about to open.
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "azqf-edit-helpers.h"
#include "azqf-spell-underline.h"
#include "azqf-window.h"

/* After the last key, before the text is checked. */
#define TYPING_DELAY_MS 200
#define MAX_SUGGESTIONS 5

struct _AzqfSpellUnderline
{
  GObject           parent_instance;

  GtkWidget        *widget;        /* the GtkTextView or GtkText; not owned, NULL once destroyed */
  GtkTextView      *view;          /* widget, when a GtkTextView */
  GtkText          *text;          /* widget, when a GtkText */
  AzqfLang          lang;

  GtkTextBuffer    *buffer;        /* the view's */
  GtkTextTag       *tag;           /* in buffer's tag table */

  AzqfSpellChecker *checker;
  gboolean          checker_set;   /* by azqf_spell_underline_set_checker */
  GSettings        *settings;
  gboolean          settings_set;
  gboolean          enabled;

  GPtrArray        *misspellings;  /* underlined now */
  GCancellable     *cancellable;
  guint             timeout_id;
  guint             generation;    /* bumped by each change to check for */
  gboolean          dirty;         /* something changed since the last result drawn */
  gboolean          checking;      /* a worker has the text */
  gboolean          recheck;       /* the timeout fired meanwhile */
  gboolean          typed;         /* the change was an edit */
  int               skipped_end;   /* the end of the word left alone at the cursor, or -1 */

  GMenu            *menu;
  GSimpleActionGroup *actions;
  GMenu            *corrections;   /* the menu's first section */
  char             *menu_word;     /* the word the menu is for, at menu_start */
  int               menu_start;
  guint             menu_serial;   /* bumped for each word the menu is for */
};

G_DEFINE_FINAL_TYPE (AzqfSpellUnderline, azqf_spell_underline, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ENABLED,
  N_PROPS
};

enum {
  CHECKED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

#define UNDERLINE_KEY "azqf-spell-underline"

/* GNOME's red (libadwaita's error colour), as gspell and libspelling use. */
static const GdkRGBA error_red = { 0.878, 0.106, 0.141, 1.0 };

/* The field */

static char *
get_text (AzqfSpellUnderline *self)
{
  GtkTextIter start, end;

  if (self->text != NULL)
    return g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->text)));
  /* The slice keeps one character per position (0xFFFC for embedded
   * objects), so character offsets stay those of the buffer. */
  gtk_text_buffer_get_bounds (self->buffer, &start, &end);
  return gtk_text_buffer_get_slice (self->buffer, &start, &end, TRUE);
}

static int
get_cursor (AzqfSpellUnderline *self)
{
  GtkTextIter iter;

  if (self->text != NULL)
    return gtk_editable_get_position (GTK_EDITABLE (self->text));
  gtk_text_buffer_get_iter_at_mark (self->buffer, &iter, gtk_text_buffer_get_insert (self->buffer));
  return gtk_text_iter_get_offset (&iter);
}

/* A read-only field takes no corrections. */
static gboolean
is_editable (AzqfSpellUnderline *self)
{
  if (self->text != NULL)
    return gtk_editable_get_editable (GTK_EDITABLE (self->text));
  return gtk_text_view_get_editable (self->view);
}

static gboolean
same_spans (GPtrArray *a,
            GPtrArray *b)
{
  if (a->len != b->len)
    return FALSE;
  for (guint i = 0; i < a->len; i++)
    {
      const AzqfMisspelling *x = g_ptr_array_index (a, i);
      const AzqfMisspelling *y = g_ptr_array_index (b, i);

      if (azqf_misspelling_get_char_offset (x) != azqf_misspelling_get_char_offset (y) ||
          azqf_misspelling_get_char_length (x) != azqf_misspelling_get_char_length (y) ||
          azqf_misspelling_get_offset (x) != azqf_misspelling_get_offset (y))
        return FALSE;
    }
  return TRUE;
}

/* Underlines exactly the words in misspellings (taking it). */
static void
draw (AzqfSpellUnderline *self,
      GPtrArray          *misspellings)
{
  if (same_spans (self->misspellings, misspellings))
    {
      g_ptr_array_unref (self->misspellings);
      self->misspellings = misspellings;
      return;
    }
  g_ptr_array_unref (self->misspellings);
  self->misspellings = misspellings;

  if (self->text != NULL)
    {
      PangoAttrList *attrs = NULL;

      if (misspellings->len > 0)
        attrs = pango_attr_list_new ();
      for (guint i = 0; i < misspellings->len; i++)
        {
          const AzqfMisspelling *m = g_ptr_array_index (misspellings, i);
          PangoAttribute *attrs_of_word[2] = {
            pango_attr_underline_new (PANGO_UNDERLINE_ERROR),
            pango_attr_underline_color_new (error_red.red * 65535, error_red.green * 65535,
                                            error_red.blue * 65535),
          };

          for (guint j = 0; j < G_N_ELEMENTS (attrs_of_word); j++)
            {
              attrs_of_word[j]->start_index = azqf_misspelling_get_offset (m);
              attrs_of_word[j]->end_index = azqf_misspelling_get_offset (m) + azqf_misspelling_get_length (m);
              pango_attr_list_insert (attrs, attrs_of_word[j]);
            }
        }
      gtk_text_set_attributes (self->text, attrs);
      g_clear_pointer (&attrs, pango_attr_list_unref);
    }
  else if (self->buffer != NULL)
    {
      GtkTextIter start, end;

      gtk_text_buffer_get_bounds (self->buffer, &start, &end);
      gtk_text_buffer_remove_tag (self->buffer, self->tag, &start, &end);
      for (guint i = 0; i < misspellings->len; i++)
        {
          const AzqfMisspelling *m = g_ptr_array_index (misspellings, i);
          guint offset = azqf_misspelling_get_char_offset (m);

          gtk_text_buffer_get_iter_at_offset (self->buffer, &start, offset);
          gtk_text_buffer_get_iter_at_offset (self->buffer, &end,
                                              offset + azqf_misspelling_get_char_length (m));
          gtk_text_buffer_apply_tag (self->buffer, self->tag, &start, &end);
        }
    }
}

static void
clear (AzqfSpellUnderline *self)
{
  self->skipped_end = -1;
  draw (self, g_ptr_array_new_with_free_func ((GDestroyNotify) azqf_misspelling_unref));
  g_menu_remove_all (self->menu);
  g_signal_emit (self, signals[CHECKED], 0);
}

/* Checking */

typedef struct
{
  AzqfSpellChecker *checker;
  char             *text;
  AzqfLang          lang;
  guint             generation;
} CheckData;

static void
check_data_free (CheckData *data)
{
  g_object_unref (data->checker);
  g_free (data->text);
  g_free (data);
}

static void
check_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  CheckData *data = task_data;

  g_task_return_pointer (task,
                         azqf_spell_checker_check_text (data->checker, data->text, -1, data->lang),
                         (GDestroyNotify) g_ptr_array_unref);
}

static void schedule (AzqfSpellUnderline *self,
                      guint               delay_ms);

static gboolean
has_focus (AzqfSpellUnderline *self)
{
  return gtk_widget_is_focus (self->widget);
}

static void
check_done_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  AzqfSpellUnderline *self = AZQF_SPELL_UNDERLINE (source);
  CheckData *data = g_task_get_task_data (G_TASK (result));
  g_autoptr(GPtrArray) found = g_task_propagate_pointer (G_TASK (result), NULL);
  GPtrArray *shown;
  int cursor;
  gboolean typing;

  if (found == NULL || self->widget == NULL)
    return;
  self->checking = FALSE;

  if (data->generation != self->generation || !self->enabled || data->checker != self->checker)
    {
      /* Stale: a newer check is scheduled. */
      if (self->recheck)
        schedule (self, 0);
      self->recheck = FALSE;
      return;
    }
  self->recheck = FALSE;

  /* The word just typed, the cursor at its end, waits until the user
   * leaves it. */
  cursor = get_cursor (self);
  typing = self->typed && has_focus (self);
  self->skipped_end = -1;
  shown = g_ptr_array_new_full (found->len, (GDestroyNotify) azqf_misspelling_unref);
  for (guint i = 0; i < found->len; i++)
    {
      AzqfMisspelling *m = g_ptr_array_index (found, i);

      if (typing && (int) (azqf_misspelling_get_char_offset (m) + azqf_misspelling_get_char_length (m)) == cursor)
        {
          self->skipped_end = cursor;
          continue;
        }
      g_ptr_array_add (shown, azqf_misspelling_ref (m));
    }

  self->dirty = FALSE;
  draw (self, shown);
  g_signal_emit (self, signals[CHECKED], 0);
}

static gboolean
check_timeout_cb (gpointer user_data)
{
  AzqfSpellUnderline *self = user_data;
  g_autoptr(GTask) task = NULL;
  CheckData *data;

  self->timeout_id = 0;

  if (!self->enabled || self->checker == NULL)
    {
      self->dirty = FALSE;
      clear (self);
      return G_SOURCE_REMOVE;
    }
  /* Mapping checks it. */
  if (!gtk_widget_get_mapped (self->widget))
    return G_SOURCE_REMOVE;
  if (self->checking)
    {
      self->recheck = TRUE;
      return G_SOURCE_REMOVE;
    }

  data = g_new0 (CheckData, 1);
  data->checker = g_object_ref (self->checker);
  data->text = get_text (self);
  data->lang = self->lang;
  data->generation = self->generation;

  self->checking = TRUE;
  task = g_task_new (self, self->cancellable, check_done_cb, NULL);
  g_task_set_source_tag (task, check_timeout_cb);
  g_task_set_task_data (task, data, (GDestroyNotify) check_data_free);
  g_task_run_in_thread (task, check_thread);

  return G_SOURCE_REMOVE;
}

/* Something changed: check again in delay_ms (restarting a later check). */
static void
schedule (AzqfSpellUnderline *self,
          guint               delay_ms)
{
  if (self->widget == NULL)
    return;
  self->generation++;
  self->dirty = TRUE;
  g_clear_handle_id (&self->timeout_id, g_source_remove);
  self->timeout_id = g_timeout_add_full (G_PRIORITY_LOW, delay_ms, check_timeout_cb, self, NULL);
}

/* Typing: nothing more than scheduling. */
static void
text_changed_cb (AzqfSpellUnderline *self)
{
  self->typed = TRUE;
  schedule (self, TYPING_DELAY_MS);
}

static void
cursor_moved_cb (AzqfSpellUnderline *self)
{
  if (self->skipped_end >= 0 && self->timeout_id == 0 && get_cursor (self) != self->skipped_end)
    {
      self->typed = FALSE;
      schedule (self, 0);
    }
}

static void
focus_leave_cb (AzqfSpellUnderline *self)
{
  if (self->skipped_end >= 0)
    {
      self->typed = FALSE;
      schedule (self, 0);
    }
}

static void
checker_changed_cb (AzqfSpellUnderline *self)
{
  self->typed = FALSE;
  schedule (self, 0);
}

/* The context menu */

static void
set_menu_word (AzqfSpellUnderline *self,
               const char         *word,
               int                 start)
{
  g_free (self->menu_word);
  self->menu_word = g_strdup (word);
  self->menu_start = start;
  self->menu_serial++;
}

typedef struct
{
  AzqfSpellChecker *checker;
  char             *word;
  AzqfLang          lang;
  guint             serial;
} SuggestData;

static void
suggest_data_free (SuggestData *data)
{
  g_object_unref (data->checker);
  g_free (data->word);
  g_free (data);
}

static void
suggest_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  SuggestData *data = task_data;

  g_task_return_pointer (task,
                         azqf_spell_checker_suggest (data->checker, data->word, data->lang,
                                                     MAX_SUGGESTIONS),
                         (GDestroyNotify) g_strfreev);
}

/* The corrections, into the menu (open or not) if it is still for that
 * word. */
static void
suggest_done_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  AzqfSpellUnderline *self = AZQF_SPELL_UNDERLINE (source);
  SuggestData *data = g_task_get_task_data (G_TASK (result));
  g_auto(GStrv) corrections = g_task_propagate_pointer (G_TASK (result), NULL);

  if (corrections == NULL || self->widget == NULL || data->serial != self->menu_serial)
    return;

  g_menu_remove_all (self->corrections);
  for (guint i = 0; corrections[i] != NULL; i++)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (corrections[i], NULL);

      g_menu_item_set_action_and_target_value (item, "spell.correct", g_variant_new_string (corrections[i]));
      g_menu_append_item (self->corrections, item);
    }
  if (corrections[0] == NULL)
    g_menu_append (self->corrections, _("No Suggestions"), "spell.none");
}

gboolean
azqf_spell_underline_update_menu (AzqfSpellUnderline *self,
                                  int                 char_offset)
{
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(GMenu) word_actions = NULL;
  g_autoptr(GTask) task = NULL;
  g_autofree char *text = NULL;
  SuggestData *data;
  const AzqfMisspelling *misspelling = NULL;

  g_return_val_if_fail (AZQF_IS_SPELL_UNDERLINE (self), FALSE);

  g_menu_remove_all (self->menu);
  set_menu_word (self, NULL, -1);
  if (self->widget == NULL || !self->enabled || self->checker == NULL)
    return FALSE;

  /* The word there as the text is now, the one being typed included. */
  text = get_text (self);
  found = azqf_spell_checker_check_text (self->checker, text, -1, self->lang);
  for (guint i = 0; i < found->len && misspelling == NULL; i++)
    {
      const AzqfMisspelling *m = g_ptr_array_index (found, i);
      int start = azqf_misspelling_get_char_offset (m);

      if (start <= char_offset && char_offset <= start + (int) azqf_misspelling_get_char_length (m))
        misspelling = m;
    }
  if (misspelling == NULL)
    return FALSE;

  set_menu_word (self, azqf_misspelling_get_word (misspelling),
                 azqf_misspelling_get_char_offset (misspelling));

  /* Hunspell takes a tenth of a second or more for corrections: they fill
   * the first section from a worker thread, the menu opens at once. */
  g_clear_object (&self->corrections);
  self->corrections = g_menu_new ();
  if (is_editable (self))
    {
      g_menu_append (self->corrections, _("Looking for Corrections…"), "spell.none");
      data = g_new0 (SuggestData, 1);
      data->checker = g_object_ref (self->checker);
      data->word = g_strdup (self->menu_word);
      data->lang = self->lang;
      data->serial = self->menu_serial;
      task = g_task_new (self, self->cancellable, suggest_done_cb, NULL);
      g_task_set_source_tag (task, azqf_spell_underline_update_menu);
      g_task_set_task_data (task, data, (GDestroyNotify) suggest_data_free);
      g_task_run_in_thread (task, suggest_thread);
    }

  word_actions = g_menu_new ();
  g_menu_append (word_actions, _("Add to Dictionary"), "spell.add");
  g_menu_append (word_actions, _("Ignore"), "spell.ignore");

  g_menu_append_section (self->menu, NULL, G_MENU_MODEL (self->corrections));
  g_menu_append_section (self->menu, NULL, G_MENU_MODEL (word_actions));
  return TRUE;
}

/* The character under x in the GtkText, or its cursor when the text is
 * scrolled (GtkText keeps its scroll offset to itself). */
static int
text_offset_at (AzqfSpellUnderline *self,
                double              x)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->text));
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (self->widget, text);
  int width, height, index, trailing;

  pango_layout_get_pixel_size (layout, &width, &height);
  if (width > gtk_widget_get_width (self->widget) ||
      gtk_widget_get_direction (self->widget) == GTK_TEXT_DIR_RTL)
    return get_cursor (self);
  pango_layout_xy_to_index (layout, x * PANGO_SCALE, height * PANGO_SCALE / 2, &index, &trailing);
  return g_utf8_pointer_to_offset (text, text + index) + trailing;
}

/* A right-click: the menu is for the word under the pointer, where the
 * cursor goes too (unless the click is in the selection). */
static void
secondary_pressed_cb (GtkGestureClick    *gesture,
                      int                 n_press,
                      double              x,
                      double              y,
                      AzqfSpellUnderline *self)
{
  int offset;

  if (!self->enabled || self->checker == NULL)
    {
      g_menu_remove_all (self->menu);
      return;
    }

  if (self->view != NULL)
    {
      GtkTextIter iter, sel_start, sel_end;
      int bx, by;

      gtk_text_view_window_to_buffer_coords (self->view, GTK_TEXT_WINDOW_WIDGET, x, y, &bx, &by);
      gtk_text_view_get_iter_at_location (self->view, &iter, bx, by);
      if (!gtk_text_buffer_get_selection_bounds (self->buffer, &sel_start, &sel_end) ||
          !gtk_text_iter_in_range (&iter, &sel_start, &sel_end))
        gtk_text_buffer_place_cursor (self->buffer, &iter);
      offset = gtk_text_iter_get_offset (&iter);
    }
  else
    {
      int sel_start, sel_end;

      offset = text_offset_at (self, x);
      if (!gtk_editable_get_selection_bounds (GTK_EDITABLE (self->text), &sel_start, &sel_end) ||
          offset < sel_start || offset > sel_end)
        gtk_editable_set_position (GTK_EDITABLE (self->text), offset);
    }
  azqf_spell_underline_update_menu (self, offset);
}

/* Menu key and Shift+F10: the word at the cursor. Not handled, so the
 * widget's own binding then opens the menu. */
static gboolean
menu_key_cb (GtkWidget *widget,
             GVariant  *args,
             gpointer   user_data)
{
  AzqfSpellUnderline *self = user_data;

  if (self->enabled && self->checker != NULL)
    azqf_spell_underline_update_menu (self, get_cursor (self));
  else
    g_menu_remove_all (self->menu);
  return FALSE;
}

/* The menu's word, if the text still has it where it was. */
static gboolean
menu_word_bounds (AzqfSpellUnderline *self,
                  int                *end)
{
  g_autofree char *text = NULL;
  const char *start_p;
  glong n_chars;

  if (self->widget == NULL || self->menu_word == NULL)
    return FALSE;
  n_chars = g_utf8_strlen (self->menu_word, -1);
  text = get_text (self);
  if (self->menu_start + n_chars > g_utf8_strlen (text, -1))
    return FALSE;
  start_p = g_utf8_offset_to_pointer (text, self->menu_start);
  if (strncmp (start_p, self->menu_word, strlen (self->menu_word)) != 0)
    return FALSE;
  *end = self->menu_start + n_chars;
  return TRUE;
}

static void
correct_activated (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  AzqfSpellUnderline *self = user_data;
  const char *correction = g_variant_get_string (parameter, NULL);
  int end;

  if (!menu_word_bounds (self, &end) || !is_editable (self))
    return;

  if (self->view != NULL)
    {
      GtkTextIter start_iter, end_iter;

      /* One step for undo. */
      gtk_text_buffer_begin_user_action (self->buffer);
      gtk_text_buffer_get_iter_at_offset (self->buffer, &start_iter, self->menu_start);
      gtk_text_buffer_get_iter_at_offset (self->buffer, &end_iter, end);
      gtk_text_buffer_delete (self->buffer, &start_iter, &end_iter);
      gtk_text_buffer_insert (self->buffer, &start_iter, correction, -1);
      gtk_text_buffer_place_cursor (self->buffer, &start_iter);
      gtk_text_buffer_end_user_action (self->buffer);
    }
  else
    {
      GtkEditable *editable = GTK_EDITABLE (self->text);
      int position = self->menu_start;

      gtk_editable_delete_text (editable, self->menu_start, end);
      gtk_editable_insert_text (editable, correction, -1, &position);
      gtk_editable_set_position (editable, position);
    }
  /* The word is no longer there. */
  self->typed = FALSE;
  set_menu_word (self, NULL, -1);
  g_menu_remove_all (self->menu);
}

static void
show_failure (AzqfSpellUnderline *self,
              const GError       *error)
{
  g_autofree char *title = NULL;
  GtkRoot *root = self->widget != NULL ? gtk_widget_get_root (self->widget) : NULL;

  title = g_strdup_printf (_("Could not add “%s” to the dictionary: %s"), self->menu_word, error->message);
  if (AZQF_IS_WINDOW (root))
    azqf_window_add_toast (AZQF_WINDOW (root), adw_toast_new (title));
  else
    g_debug ("%s", title);
}

static void
add_activated (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       user_data)
{
  AzqfSpellUnderline *self = user_data;
  g_autoptr(GError) error = NULL;
  int end;

  if (self->checker == NULL || !menu_word_bounds (self, &end))
    return;
  /* The checker says "changed": every field checks again. */
  if (!azqf_spell_checker_add_word (self->checker, self->lang, self->menu_word, &error))
    show_failure (self, error);
  g_menu_remove_all (self->menu);
}

static void
ignore_activated (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  AzqfSpellUnderline *self = user_data;
  int end;

  if (self->checker == NULL || !menu_word_bounds (self, &end))
    return;
  azqf_spell_checker_ignore_word (self->checker, self->lang, self->menu_word);
  g_menu_remove_all (self->menu);
}

static const GActionEntry menu_actions[] = {
  { "correct", correct_activated, "s" },
  { "add", add_activated },
  { "ignore", ignore_activated },
};

/* Following the widget */

static void
set_buffer (AzqfSpellUnderline *self,
            GtkTextBuffer      *buffer)
{
  if (self->buffer == buffer)
    return;

  if (self->buffer != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->buffer, self);
      gtk_text_tag_table_remove (gtk_text_buffer_get_tag_table (self->buffer), self->tag);
      g_clear_object (&self->tag);
      g_clear_object (&self->buffer);
    }
  g_ptr_array_set_size (self->misspellings, 0);
  if (buffer == NULL)
    return;

  self->buffer = g_object_ref (buffer);
  self->tag = g_object_ref (gtk_text_buffer_create_tag (buffer, NULL,
                                                        "underline", PANGO_UNDERLINE_ERROR,
                                                        "underline-rgba", &error_red,
                                                        NULL));
  g_signal_connect_swapped (buffer, "changed", G_CALLBACK (text_changed_cb), self);
  g_signal_connect_swapped (buffer, "notify::cursor-position", G_CALLBACK (cursor_moved_cb), self);
  self->typed = FALSE;
  schedule (self, 0);
}

static void
view_buffer_changed_cb (AzqfSpellUnderline *self)
{
  set_buffer (self, gtk_text_view_get_buffer (self->view));
}

static void
set_checker (AzqfSpellUnderline *self,
             AzqfSpellChecker   *checker)
{
  if (self->checker == checker)
    return;
  if (self->checker != NULL)
    g_signal_handlers_disconnect_by_data (self->checker, self);
  g_set_object (&self->checker, checker);
  if (checker != NULL)
    g_signal_connect_swapped (checker, "changed", G_CALLBACK (checker_changed_cb), self);
  self->typed = FALSE;
  schedule (self, 0);
}

static void
bind_settings (AzqfSpellUnderline *self,
               GSettings          *settings)
{
  if (self->settings == settings)
    return;
  if (self->settings != NULL)
    g_settings_unbind (self, "enabled");
  g_set_object (&self->settings, settings);
  if (settings != NULL)
    g_settings_bind (settings, "spell-check", self, "enabled", G_SETTINGS_BIND_GET);
}

/* The window's checker and the application's settings, as they are when
 * the field is shown. */
static void
widget_map_cb (AzqfSpellUnderline *self)
{
  if (!self->checker_set)
    {
      GtkRoot *root = gtk_widget_get_root (self->widget);

      set_checker (self, AZQF_IS_WINDOW (root) ? azqf_window_get_spell_checker (AZQF_WINDOW (root)) : NULL);
    }
  if (!self->settings_set && self->settings == NULL)
    {
      g_autoptr(GSettings) settings = azqf_edit_get_settings ();

      bind_settings (self, settings);
    }
  if (self->dirty && self->timeout_id == 0)
    schedule (self, 0);
}

static void
widget_destroy_cb (AzqfSpellUnderline *self)
{
  g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->timeout_id, g_source_remove);
  set_buffer (self, NULL);
  set_checker (self, NULL);
  bind_settings (self, NULL);
  self->widget = NULL;
  self->view = NULL;
  self->text = NULL;
}

/* GObject */

static void
azqf_spell_underline_finalize (GObject *object)
{
  AzqfSpellUnderline *self = AZQF_SPELL_UNDERLINE (object);

  g_clear_handle_id (&self->timeout_id, g_source_remove);
  if (self->buffer != NULL)
    g_signal_handlers_disconnect_by_data (self->buffer, self);
  g_clear_object (&self->tag);
  g_clear_object (&self->buffer);
  if (self->checker != NULL)
    g_signal_handlers_disconnect_by_data (self->checker, self);
  g_clear_object (&self->checker);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->misspellings, g_ptr_array_unref);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->menu);
  g_clear_object (&self->corrections);
  g_clear_object (&self->actions);
  g_clear_pointer (&self->menu_word, g_free);

  G_OBJECT_CLASS (azqf_spell_underline_parent_class)->finalize (object);
}

static void
azqf_spell_underline_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  AzqfSpellUnderline *self = AZQF_SPELL_UNDERLINE (object);

  switch (prop_id)
    {
    case PROP_ENABLED:
      g_value_set_boolean (value, self->enabled);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
azqf_spell_underline_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  AzqfSpellUnderline *self = AZQF_SPELL_UNDERLINE (object);

  switch (prop_id)
    {
    case PROP_ENABLED:
      azqf_spell_underline_set_enabled (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
azqf_spell_underline_class_init (AzqfSpellUnderlineClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = azqf_spell_underline_finalize;
  object_class->get_property = azqf_spell_underline_get_property;
  object_class->set_property = azqf_spell_underline_set_property;

  properties[PROP_ENABLED] =
    g_param_spec_boolean ("enabled", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * AzqfSpellUnderline::checked:
   *
   * The underlines now show the result of a check of the text, or were
   * removed.
   */
  signals[CHECKED] =
    g_signal_new ("checked",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
azqf_spell_underline_init (AzqfSpellUnderline *self)
{
  self->enabled = TRUE;
  self->skipped_end = -1;
  self->menu_start = -1;
  self->misspellings = g_ptr_array_new_with_free_func ((GDestroyNotify) azqf_misspelling_unref);
  self->cancellable = g_cancellable_new ();
  self->menu = g_menu_new ();
  self->actions = g_simple_action_group_new ();
  g_action_map_add_action_entries (G_ACTION_MAP (self->actions), menu_actions,
                                   G_N_ELEMENTS (menu_actions), self);
}

/* The GtkText an editable delegates to, or NULL. */
static GtkText *
find_text (GtkWidget *widget)
{
  GtkEditable *editable = GTK_IS_EDITABLE (widget) ? GTK_EDITABLE (widget) : NULL;

  while (editable != NULL && !GTK_IS_TEXT (editable))
    editable = gtk_editable_get_delegate (editable);
  return editable != NULL ? GTK_TEXT (editable) : NULL;
}

AzqfSpellUnderline *
azqf_spell_underline_attach (GtkWidget *widget,
                             AzqfLang   lang)
{
  AzqfSpellUnderline *self;
  GtkEventController *controller;
  GtkShortcutAction *action;
  GtkText *text = NULL;

  g_return_val_if_fail (GTK_IS_TEXT_VIEW (widget) || GTK_IS_EDITABLE (widget), NULL);

  if (!GTK_IS_TEXT_VIEW (widget))
    {
      text = find_text (widget);
      g_return_val_if_fail (text != NULL, NULL);
      widget = GTK_WIDGET (text);
    }

  self = azqf_spell_underline_get_for_widget (widget);
  if (self != NULL)
    return self;

  self = g_object_new (AZQF_TYPE_SPELL_UNDERLINE, NULL);
  self->widget = widget;
  self->lang = lang;
  g_object_set_data_full (G_OBJECT (widget), UNDERLINE_KEY, self, g_object_unref);

  if (text != NULL)
    {
      self->text = text;
      gtk_text_set_extra_menu (text, G_MENU_MODEL (self->menu));
      g_signal_connect_swapped (text, "changed", G_CALLBACK (text_changed_cb), self);
      g_signal_connect_swapped (text, "notify::cursor-position", G_CALLBACK (cursor_moved_cb), self);
    }
  else
    {
      self->view = GTK_TEXT_VIEW (widget);
      gtk_text_view_set_extra_menu (self->view, G_MENU_MODEL (self->menu));
      g_signal_connect_swapped (widget, "notify::buffer", G_CALLBACK (view_buffer_changed_cb), self);
      set_buffer (self, gtk_text_view_get_buffer (self->view));
    }
  gtk_widget_insert_action_group (widget, "spell", G_ACTION_GROUP (self->actions));
  g_signal_connect_swapped (widget, "map", G_CALLBACK (widget_map_cb), self);
  g_signal_connect_swapped (widget, "destroy", G_CALLBACK (widget_destroy_cb), self);

  /* Before the widget's own handlers, which open the menu. */
  controller = GTK_EVENT_CONTROLLER (gtk_gesture_click_new ());
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (controller), GDK_BUTTON_SECONDARY);
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  g_signal_connect (controller, "pressed", G_CALLBACK (secondary_pressed_cb), self);
  gtk_widget_add_controller (widget, controller);

  controller = gtk_shortcut_controller_new ();
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  action = gtk_callback_action_new (menu_key_cb, self, NULL);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                        gtk_shortcut_new (gtk_alternative_trigger_new (gtk_keyval_trigger_new (GDK_KEY_Menu, 0),
                                                                                       gtk_keyval_trigger_new (GDK_KEY_F10, GDK_SHIFT_MASK)),
                                                          action));
  gtk_widget_add_controller (widget, controller);

  controller = gtk_event_controller_focus_new ();
  g_signal_connect_swapped (controller, "leave", G_CALLBACK (focus_leave_cb), self);
  gtk_widget_add_controller (widget, controller);

  if (gtk_widget_get_mapped (widget))
    widget_map_cb (self);

  return self;
}

AzqfSpellUnderline *
azqf_spell_underline_get_for_widget (GtkWidget *widget)
{
  g_return_val_if_fail (GTK_IS_WIDGET (widget), NULL);

  if (!GTK_IS_TEXT_VIEW (widget) && GTK_IS_EDITABLE (widget) && find_text (widget) != NULL)
    widget = GTK_WIDGET (find_text (widget));
  return g_object_get_data (G_OBJECT (widget), UNDERLINE_KEY);
}

AzqfLang
azqf_spell_underline_get_lang (AzqfSpellUnderline *self)
{
  g_return_val_if_fail (AZQF_IS_SPELL_UNDERLINE (self), AZQF_LANG_AZ);

  return self->lang;
}

AzqfSpellChecker *
azqf_spell_underline_get_checker (AzqfSpellUnderline *self)
{
  g_return_val_if_fail (AZQF_IS_SPELL_UNDERLINE (self), NULL);

  return self->checker;
}

void
azqf_spell_underline_set_checker (AzqfSpellUnderline *self,
                                  AzqfSpellChecker   *checker)
{
  g_return_if_fail (AZQF_IS_SPELL_UNDERLINE (self));
  g_return_if_fail (checker == NULL || AZQF_IS_SPELL_CHECKER (checker));

  self->checker_set = TRUE;
  set_checker (self, checker);
}

void
azqf_spell_underline_set_settings (AzqfSpellUnderline *self,
                                   GSettings          *settings)
{
  g_return_if_fail (AZQF_IS_SPELL_UNDERLINE (self));
  g_return_if_fail (settings == NULL || G_IS_SETTINGS (settings));

  self->settings_set = TRUE;
  bind_settings (self, settings);
}

gboolean
azqf_spell_underline_get_enabled (AzqfSpellUnderline *self)
{
  g_return_val_if_fail (AZQF_IS_SPELL_UNDERLINE (self), FALSE);

  return self->enabled;
}

void
azqf_spell_underline_set_enabled (AzqfSpellUnderline *self,
                                  gboolean            enabled)
{
  g_return_if_fail (AZQF_IS_SPELL_UNDERLINE (self));

  enabled = !!enabled;
  if (self->enabled == enabled)
    return;
  self->enabled = enabled;
  if (self->widget != NULL)
    {
      if (enabled)
        {
          self->typed = FALSE;
          schedule (self, 0);
        }
      else
        {
          /* At once, and any check under way is dropped. */
          g_clear_handle_id (&self->timeout_id, g_source_remove);
          self->generation++;
          self->dirty = FALSE;
          clear (self);
        }
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ENABLED]);
}

GPtrArray *
azqf_spell_underline_get_misspellings (AzqfSpellUnderline *self)
{
  g_return_val_if_fail (AZQF_IS_SPELL_UNDERLINE (self), NULL);

  return self->misspellings;
}

GMenuModel *
azqf_spell_underline_get_menu (AzqfSpellUnderline *self)
{
  g_return_val_if_fail (AZQF_IS_SPELL_UNDERLINE (self), NULL);

  return G_MENU_MODEL (self->menu);
}
