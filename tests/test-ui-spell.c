/* test-ui-spell.c: misspelled words underlined in text fields
 * (ui/azqf-spell-underline.c)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The fields are checked with the real dictionaries: the system's en_US
 * and our az_AZ (resources/hunspell, through AZQF_HUNSPELL_DIR); a case is
 * skipped when its dictionary is not installed. The word list is that of a
 * temporary sample workspace. The typing case prints what a keystroke and
 * the check that follows cost.
 */

#include "config.h"

#include <stdio.h>
#include <string.h>

#include "model/azqf-hunspell.h"
#include "model/azqf-misspelling.h"
#include "model/azqf-spell.h"
#include "ui-fixture.h"
#include "azqf-spell-underline.h"

typedef struct
{
  UiFixture           ui;
  AzqfSpellChecker   *checker;
  GSettings          *settings;
  GtkWidget          *window;
  GtkWidget          *view;
  AzqfSpellUnderline *underline;
} Fixture;

static gboolean
have_dictionary (const char *name)
{
  g_autofree char *aff = NULL;
  g_autofree char *dic = NULL;

  return azqf_hunspell_find (name, &aff, &dic);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  ui_fixture_set_up (&f->ui, "PS-2411-01");
  f->checker = azqf_spell_checker_new (f->ui.store, &error);
  g_assert_no_error (error);
  if (have_dictionary ("en_US"))
    {
      g_assert_true (azqf_spell_checker_load_dictionaries (f->checker, AZQF_LANG_EN, &error));
      g_assert_no_error (error);
    }
  if (have_dictionary ("az_AZ"))
    {
      g_assert_true (azqf_spell_checker_load_dictionaries (f->checker, AZQF_LANG_AZ, &error));
      g_assert_no_error (error);
    }
  f->settings = g_settings_new ("io.github.azqf.Studio");
  g_settings_set_boolean (f->settings, "spell-check", TRUE);

  f->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (f->window), 600, 300);
  f->view = gtk_text_view_new ();
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (f->view), GTK_WRAP_WORD_CHAR);
  gtk_window_set_child (GTK_WINDOW (f->window), f->view);
}

/* Drops the last reference to object, which a worker thread may hold a
 * moment longer (its task ends after the result came back); fails when
 * someone else keeps it after 2 s. */
static void
assert_finalized_soon (gpointer object)
{
  gpointer weak = object;
  gint64 end = g_get_monotonic_time () + 2 * G_USEC_PER_SEC;

  g_object_add_weak_pointer (object, &weak);
  g_object_unref (object);
  while (g_atomic_pointer_get (&weak) != NULL && g_get_monotonic_time () < end)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
  g_assert_null (g_atomic_pointer_get (&weak));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  ui_flush_main_loop ();
  g_clear_object (&f->settings);
  assert_finalized_soon (g_steal_pointer (&f->checker));
  ui_fixture_tear_down (&f->ui);
}

/* The underline on f->view (or widget) in lang, with the fixture's checker
 * and settings, shown. */
static AzqfSpellUnderline *
attach (Fixture   *f,
        GtkWidget *widget,
        AzqfLang   lang)
{
  AzqfSpellUnderline *underline = azqf_spell_underline_attach (widget, lang);

  g_assert_true (AZQF_IS_SPELL_UNDERLINE (underline));
  g_assert_true (azqf_spell_underline_get_for_widget (widget) == underline);
  g_assert_true (azqf_spell_underline_attach (widget, lang) == underline);
  azqf_spell_underline_set_checker (underline, f->checker);
  azqf_spell_underline_set_settings (underline, f->settings);
  if (widget == f->view)
    f->underline = underline;
  gtk_window_present (GTK_WINDOW (f->window));
  return underline;
}

static void
checked_cb (AzqfSpellUnderline *underline,
            gint64             *when)
{
  *when = g_get_monotonic_time ();
}

/* Runs the main loop until underline has checked the text; the time it
 * did, or fails after 5 s. */
static gint64
wait_for_check (AzqfSpellUnderline *underline)
{
  gint64 when = 0;
  gint64 end = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;
  gulong handler = g_signal_connect (underline, "checked", G_CALLBACK (checked_cb), &when);

  while (when == 0 && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handler_disconnect (underline, handler);
  g_assert_cmpint (when, !=, 0);
  return when;
}

static void
run_for (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
}

/* Runs the main loop until the first section of menu (the corrections)
 * no longer says it is looking for them; the time that took, in ms. */
static double
wait_for_corrections (GMenuModel *menu)
{
  gint64 start = g_get_monotonic_time ();
  gint64 end = start + 5 * G_USEC_PER_SEC;

  while (g_get_monotonic_time () < end)
    {
      g_autoptr(GMenuModel) section = g_menu_model_get_item_link (menu, 0, G_MENU_LINK_SECTION);
      g_autofree char *label = NULL;

      g_assert_nonnull (section);
      g_assert_true (g_menu_model_get_item_attribute (section, 0, G_MENU_ATTRIBUTE_LABEL, "s", &label));
      if (!g_str_has_prefix (label, "Looking for"))
        return (g_get_monotonic_time () - start) / 1000.0;
      g_main_context_iteration (NULL, TRUE);
    }
  g_error ("no corrections after 5 s");
}

static void
find_error_tag (GtkTextTag *tag,
                gpointer    data)
{
  GtkTextTag **found = data;
  PangoUnderline underline;

  g_object_get (tag, "underline", &underline, NULL);
  if (underline == PANGO_UNDERLINE_ERROR)
    *found = tag;
}

/* The spans of the view's red wavy underline, "start-end" in characters,
 * joined with spaces ("" without any). */
static char *
underlined_spans (GtkWidget *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  g_autoptr(GString) spans = g_string_new (NULL);
  GtkTextTag *tag = NULL;
  GtkTextIter iter;

  gtk_text_tag_table_foreach (gtk_text_buffer_get_tag_table (buffer), find_error_tag, &tag);
  g_assert_nonnull (tag);

  gtk_text_buffer_get_start_iter (buffer, &iter);
  if (!gtk_text_iter_starts_tag (&iter, tag))
    gtk_text_iter_forward_to_tag_toggle (&iter, tag);
  while (!gtk_text_iter_is_end (&iter))
    {
      int start = gtk_text_iter_get_offset (&iter);

      gtk_text_iter_forward_to_tag_toggle (&iter, tag);
      g_string_append_printf (spans, "%s%d-%d", spans->len > 0 ? " " : "",
                              start, gtk_text_iter_get_offset (&iter));
      gtk_text_iter_forward_to_tag_toggle (&iter, tag);
    }
  return g_string_free (g_steal_pointer (&spans), FALSE);
}

static void
set_text (GtkWidget  *view,
          const char *text)
{
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), text, -1);
}

static char *
get_text (GtkWidget *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, TRUE);
}

static gboolean
skip_without (const char *name)
{
  if (have_dictionary (name))
    return FALSE;
  g_test_skip_printf ("the %s dictionary is not installed", name);
  return TRUE;
}

/* Once typing pauses, the misspelled word is underlined, exactly. */
static void
test_misspelled_english (Fixture       *f,
                         gconstpointer  data)
{
  const char *text = "The learner analyses the qualificaton records.";
  g_autofree char *spans = NULL;
  GPtrArray *shown;
  gint64 typed, checked;

  if (skip_without ("en_US"))
    return;

  attach (f, f->view, AZQF_LANG_EN);
  wait_for_check (f->underline);
  typed = g_get_monotonic_time ();
  set_text (f->view, text);
  checked = wait_for_check (f->underline);
  /* Not at once: after the typing delay. */
  g_assert_cmpint (checked - typed, >=, 190 * 1000);

  spans = underlined_spans (f->view);
  g_assert_cmpstr (spans, ==, "25-37");
  shown = azqf_spell_underline_get_misspellings (f->underline);
  g_assert_cmpuint (shown->len, ==, 1);
  g_assert_cmpstr (azqf_misspelling_get_word (g_ptr_array_index (shown, 0)), ==, "qualificaton");

  /* A fix is checked again and the underline goes. */
  set_text (f->view, "The learner analyses the qualification records.");
  wait_for_check (f->underline);
  g_clear_pointer (&spans, g_free);
  spans = underlined_spans (f->view);
  g_assert_cmpstr (spans, ==, "");
}

/* Azerbaijani letters, right and wrong; character offsets past them. */
static void
test_azerbaijani (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *spans = NULL;

  if (skip_without ("az_AZ"))
    return;

  attach (f, f->view, AZQF_LANG_AZ);
  set_text (f->view, "Təlim nəticələri: işçi mühasibat uçotu sənədlərini təhlil edir və "
                     "peşə standartına uyğun bacarıqlarını nümayiş etdirir.");
  wait_for_check (f->underline);
  spans = underlined_spans (f->view);
  g_assert_cmpstr (spans, ==, "");

  set_text (f->view, "Tələbə məlumatlrı təhlil edir.");
  wait_for_check (f->underline);
  g_clear_pointer (&spans, g_free);
  spans = underlined_spans (f->view);
  g_assert_cmpstr (spans, ==, "7-17");
}

/* The context menu: corrections, Add to Dictionary (saved in the
 * workspace), a correction as one undo step. */
static void
test_menu (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *spans = NULL;
  g_autofree char *text = NULL;
  g_auto(GStrv) words = NULL;
  g_autoptr(AzqfSpellChecker) other = NULL;
  GMenuModel *menu;
  GMenuModel *section;
  g_autofree char *label = NULL;
  g_autofree char *target = NULL;

  if (skip_without ("en_US"))
    return;

  attach (f, f->view, AZQF_LANG_EN);
  set_text (f->view, "Each qualificaton and each qualificaton.");
  wait_for_check (f->underline);
  spans = underlined_spans (f->view);
  g_assert_cmpstr (spans, ==, "5-17 27-39");

  /* Nothing for a right word. */
  menu = azqf_spell_underline_get_menu (f->underline);
  g_assert_false (azqf_spell_underline_update_menu (f->underline, 1));
  g_assert_cmpint (g_menu_model_get_n_items (menu), ==, 0);

  /* The second one, the pointer inside it: the best correction first. */
  g_assert_true (azqf_spell_underline_update_menu (f->underline, 30));
  g_assert_cmpint (g_menu_model_get_n_items (menu), ==, 2);
  wait_for_corrections (menu);
  section = g_menu_model_get_item_link (menu, 0, G_MENU_LINK_SECTION);
  g_assert_cmpint (g_menu_model_get_n_items (section), >=, 1);
  g_assert_cmpint (g_menu_model_get_n_items (section), <=, 5);
  g_assert_true (g_menu_model_get_item_attribute (section, 0, G_MENU_ATTRIBUTE_LABEL, "s", &label));
  g_assert_cmpstr (label, ==, "qualification");
  g_assert_true (g_menu_model_get_item_attribute (section, 0, G_MENU_ATTRIBUTE_TARGET, "s", &target));
  g_assert_cmpstr (target, ==, "qualification");
  g_object_unref (section);
  section = g_menu_model_get_item_link (menu, 1, G_MENU_LINK_SECTION);
  g_clear_pointer (&label, g_free);
  g_assert_true (g_menu_model_get_item_attribute (section, 0, G_MENU_ATTRIBUTE_LABEL, "s", &label));
  g_assert_cmpstr (label, ==, "Add to Dictionary");
  g_clear_pointer (&label, g_free);
  g_assert_true (g_menu_model_get_item_attribute (section, 1, G_MENU_ATTRIBUTE_LABEL, "s", &label));
  g_assert_cmpstr (label, ==, "Ignore");
  g_object_unref (section);

  /* The correction replaces that word only, as one step to undo. */
  g_assert_true (gtk_widget_activate_action (f->view, "spell.correct", "s", "qualification"));
  text = get_text (f->view);
  g_assert_cmpstr (text, ==, "Each qualificaton and each qualification.");
  wait_for_check (f->underline);
  g_clear_pointer (&spans, g_free);
  spans = underlined_spans (f->view);
  g_assert_cmpstr (spans, ==, "5-17");
  gtk_text_buffer_undo (gtk_text_view_get_buffer (GTK_TEXT_VIEW (f->view)));
  g_clear_pointer (&text, g_free);
  text = get_text (f->view);
  g_assert_cmpstr (text, ==, "Each qualificaton and each qualificaton.");
  gtk_text_buffer_redo (gtk_text_view_get_buffer (GTK_TEXT_VIEW (f->view)));
  wait_for_check (f->underline);

  /* A read-only field offers no corrections and takes none. */
  gtk_text_view_set_editable (GTK_TEXT_VIEW (f->view), FALSE);
  g_assert_true (azqf_spell_underline_update_menu (f->underline, 10));
  section = g_menu_model_get_item_link (menu, 0, G_MENU_LINK_SECTION);
  g_assert_cmpint (g_menu_model_get_n_items (section), ==, 0);
  g_object_unref (section);
  g_assert_true (gtk_widget_activate_action (f->view, "spell.correct", "s", "qualification"));
  g_clear_pointer (&text, g_free);
  text = get_text (f->view);
  g_assert_cmpstr (text, ==, "Each qualificaton and each qualification.");
  gtk_text_view_set_editable (GTK_TEXT_VIEW (f->view), TRUE);

  /* Add to Dictionary: the underline goes, the word is in the workspace. */
  g_assert_true (azqf_spell_underline_update_menu (f->underline, 10));
  g_assert_true (gtk_widget_activate_action (f->view, "spell.add", NULL));
  wait_for_check (f->underline);
  g_clear_pointer (&spans, g_free);
  spans = underlined_spans (f->view);
  g_assert_cmpstr (spans, ==, "");
  words = azqf_store_list_words (f->ui.store, AZQF_LANG_EN, &error);
  g_assert_no_error (error);
  g_assert_true (g_strv_contains ((const char * const *) words, "qualificaton"));
  other = azqf_spell_checker_new (f->ui.store, &error);
  g_assert_no_error (error);
  g_assert_true (azqf_spell_checker_load_dictionaries (other, AZQF_LANG_EN, &error));
  g_assert_true (azqf_spell_checker_check_word (other, "qualificaton", AZQF_LANG_EN));
  g_assert_false (azqf_spell_checker_check_word (other, "qualificatin", AZQF_LANG_EN));

  /* Ignore: for the session only. */
  set_text (f->view, "A qualificatin.");
  wait_for_check (f->underline);
  g_assert_true (azqf_spell_underline_update_menu (f->underline, 2));
  g_assert_true (gtk_widget_activate_action (f->view, "spell.ignore", NULL));
  wait_for_check (f->underline);
  g_clear_pointer (&spans, g_free);
  spans = underlined_spans (f->view);
  g_assert_cmpstr (spans, ==, "");
  g_clear_pointer (&words, g_strfreev);
  words = azqf_store_list_words (f->ui.store, AZQF_LANG_EN, &error);
  g_assert_false (g_strv_contains ((const char * const *) words, "qualificatin"));
}

/* The "spell-check" key: off removes every underline, on brings them back. */
static void
test_switch (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *spans = NULL;

  if (skip_without ("en_US"))
    return;

  attach (f, f->view, AZQF_LANG_EN);
  set_text (f->view, "A qualificaton.");
  wait_for_check (f->underline);
  spans = underlined_spans (f->view);
  g_assert_cmpstr (spans, ==, "2-14");

  g_settings_set_boolean (f->settings, "spell-check", FALSE);
  g_assert_false (azqf_spell_underline_get_enabled (f->underline));
  g_clear_pointer (&spans, g_free);
  spans = underlined_spans (f->view);
  g_assert_cmpstr (spans, ==, "");
  g_assert_false (azqf_spell_underline_update_menu (f->underline, 5));

  /* Typing while off checks nothing. */
  set_text (f->view, "A qualificaton again.");
  run_for (400);
  g_clear_pointer (&spans, g_free);
  spans = underlined_spans (f->view);
  g_assert_cmpstr (spans, ==, "");

  g_settings_set_boolean (f->settings, "spell-check", TRUE);
  wait_for_check (f->underline);
  g_clear_pointer (&spans, g_free);
  spans = underlined_spans (f->view);
  g_assert_cmpstr (spans, ==, "2-14");
}

/* The word being typed waits until the cursor leaves it. */
static void
test_word_being_typed (Fixture       *f,
                       gconstpointer  data)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (f->view));
  g_autofree char *spans = NULL;
  GtkTextIter iter;

  if (skip_without ("en_US"))
    return;

  attach (f, f->view, AZQF_LANG_EN);
  gtk_widget_grab_focus (f->view);
  g_assert_true (gtk_widget_is_focus (f->view));
  set_text (f->view, "The learner ");
  wait_for_check (f->underline);
  gtk_text_buffer_get_end_iter (buffer, &iter);
  gtk_text_buffer_place_cursor (buffer, &iter);
  for (const char *p = "qualificaton"; *p != '\0'; p++)
    {
      char key[2] = { *p, '\0' };

      gtk_text_buffer_insert_at_cursor (buffer, key, -1);
      run_for (30);
    }
  wait_for_check (f->underline);
  spans = underlined_spans (f->view);
  g_assert_cmpstr (spans, ==, "");

  /* A space ends it. */
  gtk_text_buffer_insert_at_cursor (buffer, " ", -1);
  wait_for_check (f->underline);
  g_clear_pointer (&spans, g_free);
  spans = underlined_spans (f->view);
  g_assert_cmpstr (spans, ==, "12-24");

  /* So does moving the cursor away. */
  gtk_text_buffer_get_end_iter (buffer, &iter);
  gtk_text_buffer_backspace (buffer, &iter, TRUE, TRUE);
  wait_for_check (f->underline);
  g_clear_pointer (&spans, g_free);
  spans = underlined_spans (f->view);
  g_assert_cmpstr (spans, ==, "");
  gtk_text_buffer_get_start_iter (buffer, &iter);
  gtk_text_buffer_place_cursor (buffer, &iter);
  wait_for_check (f->underline);
  g_clear_pointer (&spans, g_free);
  spans = underlined_spans (f->view);
  g_assert_cmpstr (spans, ==, "12-24");
}

/* The underline attributes of a GtkText, "start-end" in bytes. */
static char *
attributed_spans (GtkWidget *widget)
{
  GtkText *text = GTK_TEXT (gtk_editable_get_delegate (GTK_EDITABLE (widget)));
  PangoAttrList *attrs = gtk_text_get_attributes (text);
  g_autoptr(GString) spans = g_string_new (NULL);
  GSList *list;

  if (attrs == NULL)
    return g_strdup ("");
  list = pango_attr_list_get_attributes (attrs);
  for (GSList *l = list; l != NULL; l = l->next)
    {
      PangoAttribute *attr = l->data;

      if (attr->klass->type == PANGO_ATTR_UNDERLINE &&
          ((PangoAttrInt *) attr)->value == PANGO_UNDERLINE_ERROR)
        g_string_append_printf (spans, "%s%u-%u", spans->len > 0 ? " " : "",
                                attr->start_index, attr->end_index);
    }
  g_slist_free_full (list, (GDestroyNotify) pango_attribute_destroy);
  return g_string_free (g_steal_pointer (&spans), FALSE);
}

/* One-line fields: GtkEntry and AdwEntryRow, through their GtkText. */
static void
test_entries (Fixture       *f,
              gconstpointer  data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *entry = gtk_entry_new ();
  GtkWidget *row = adw_entry_row_new ();
  AzqfSpellUnderline *entry_underline;
  AzqfSpellUnderline *row_underline;
  g_autofree char *spans = NULL;

  if (skip_without ("en_US"))
    return;

  gtk_box_append (GTK_BOX (box), entry);
  gtk_box_append (GTK_BOX (box), row);
  gtk_window_set_child (GTK_WINDOW (f->window), box);
  entry_underline = attach (f, entry, AZQF_LANG_EN);
  row_underline = attach (f, row, AZQF_LANG_EN);
  g_assert_true (entry_underline != row_underline);

  gtk_editable_set_text (GTK_EDITABLE (row), "No mistake here.");
  wait_for_check (row_underline);
  spans = attributed_spans (row);
  g_assert_cmpstr (spans, ==, "");
  g_assert_cmpuint (azqf_spell_underline_get_misspellings (row_underline)->len, ==, 0);
  gtk_editable_set_text (GTK_EDITABLE (entry), "Mühəndis: a qualificaton.");
  wait_for_check (entry_underline);
  g_clear_pointer (&spans, g_free);
  /* Bytes: "ü" and "ə" are two each. */
  spans = attributed_spans (entry);
  g_assert_cmpstr (spans, ==, "14-26");

  g_assert_true (azqf_spell_underline_update_menu (entry_underline, 15));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (gtk_editable_get_delegate (GTK_EDITABLE (entry))), "spell.correct",
                                             "s", "qualification"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "Mühəndis: a qualification.");
  wait_for_check (entry_underline);
  g_clear_pointer (&spans, g_free);
  spans = attributed_spans (entry);
  g_assert_cmpstr (spans, ==, "");

  g_settings_set_boolean (f->settings, "spell-check", FALSE);
  gtk_editable_set_text (GTK_EDITABLE (row), "Another qualificaton.");
  run_for (300);
  g_clear_pointer (&spans, g_free);
  spans = attributed_spans (row);
  g_assert_cmpstr (spans, ==, "");
  g_settings_set_boolean (f->settings, "spell-check", TRUE);
  wait_for_check (row_underline);
  g_clear_pointer (&spans, g_free);
  spans = attributed_spans (row);
  g_assert_cmpstr (spans, ==, "8-20");
}

/* Typing */

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static double
median (GArray *times)
{
  g_array_sort (times, compare_doubles);
  return g_array_index (times, double, times->len / 2);
}

static void
after_paint_cb (GdkFrameClock *clock,
                gboolean      *painted)
{
  *painted = TRUE;
}

static void
wait_for_paint (GdkFrameClock *clock)
{
  gboolean painted = FALSE;
  gulong handler = g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), &painted);
  gint64 end = g_get_monotonic_time () + G_USEC_PER_SEC;

  while (!painted && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handler_disconnect (clock, handler);
}

/* A 300-character outcome with two mistakes. */
static const char outcome_text[] =
  "The learner analyses the financial statements of a small enterprise, records its "
  "transactions in the ledger according to the national accounting standards, prepares "
  "the monthly tax declarations, and explains the results to the managment in clear "
  "language, using spreadsheets and accounting software with acurate references.";

/* Types n keys at the end of view at a typist's pace; the time of each
 * keystroke's handlers (µs) into handlers, to its painted frame (ms) into
 * frames when given. */
static void
type_keys (GtkWidget *view,
           guint      n,
           GArray    *handlers,
           GArray    *frames)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  GdkFrameClock *clock = gtk_widget_get_frame_clock (view);

  for (guint i = 0; i < n; i++)
    {
      GtkTextIter end;
      gint64 start;
      double t;

      run_for (40);
      gtk_text_buffer_get_end_iter (buffer, &end);
      gtk_text_buffer_place_cursor (buffer, &end);
      start = g_get_monotonic_time ();
      gtk_text_buffer_insert_at_cursor (buffer, i % 7 == 6 ? " " : "e", -1);
      t = (double) (g_get_monotonic_time () - start);
      g_array_append_val (handlers, t);
      if (frames != NULL)
        {
          wait_for_paint (clock);
          t = (g_get_monotonic_time () - start) / 1000.0;
          g_array_append_val (frames, t);
        }
    }
}

static void
test_typing_time (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GArray) plain = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) handlers = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) frames = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) checks = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) pauses = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) menus = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) corrections = g_array_new (FALSE, FALSE, sizeof (double));
  GtkWidget *plain_view = gtk_text_view_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  g_autofree char *spans = NULL;
  double cold_ms;

  if (skip_without ("en_US"))
    return;

  g_assert_cmpuint (strlen (outcome_text), >=, 290);
  g_object_ref (f->view);
  gtk_window_set_child (GTK_WINDOW (f->window), NULL);
  gtk_box_append (GTK_BOX (box), plain_view);
  gtk_box_append (GTK_BOX (box), f->view);
  g_object_unref (f->view);
  gtk_window_set_child (GTK_WINDOW (f->window), box);
  attach (f, f->view, AZQF_LANG_EN);
  set_text (plain_view, outcome_text);
  set_text (f->view, outcome_text);
  wait_for_check (f->underline);
  spans = underlined_spans (f->view);
  g_assert_cmpstr (spans, ==, "227-236 304-311");

  /* The keystroke's handlers, without and with the underline. */
  type_keys (plain_view, 50, plain, NULL);
  gtk_widget_grab_focus (f->view);
  type_keys (f->view, 50, handlers, NULL);

  /* To the painted frame, with a pause (the check) every ten keys. */
  for (guint i = 0; i < 10; i++)
    {
      gint64 last;
      double t;

      type_keys (f->view, 10, handlers, frames);
      last = g_get_monotonic_time ();
      t = (wait_for_check (f->underline) - last) / 1000.0;
      g_array_append_val (pauses, t);
    }

  /* The check of the 300 characters itself (in the worker thread). */
  for (guint i = 0; i < 20; i++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autoptr(GPtrArray) found = azqf_spell_checker_check_text (f->checker, outcome_text, -1,
                                                                  AZQF_LANG_EN);
      double t = (g_get_monotonic_time () - start) / 1000.0;

      g_assert_cmpuint (found->len, ==, 2);
      g_array_append_val (checks, t);
    }

  /* The first check of the text, before the checker knows its words. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(AzqfSpellChecker) cold = azqf_spell_checker_new (NULL, &error);
    g_autoptr(GPtrArray) found = NULL;
    gint64 start;

    g_assert_no_error (error);
    g_assert_true (azqf_spell_checker_load_dictionaries (cold, AZQF_LANG_EN, &error));
    start = g_get_monotonic_time ();
    found = azqf_spell_checker_check_text (cold, outcome_text, -1, AZQF_LANG_EN);
    cold_ms = (g_get_monotonic_time () - start) / 1000.0;
    g_assert_cmpuint (found->len, ==, 2);
  }

  /* The right-click: the word found and its corrections. */
  set_text (f->view, outcome_text);
  wait_for_check (f->underline);
  for (guint i = 0; i < 5; i++)
    {
      gint64 start = g_get_monotonic_time ();
      double t;

      g_assert_true (azqf_spell_underline_update_menu (f->underline, 229));
      t = (g_get_monotonic_time () - start) / 1000.0;
      g_array_append_val (menus, t);
      t += wait_for_corrections (azqf_spell_underline_get_menu (f->underline));
      g_array_append_val (corrections, t);
    }

  printf ("# keystroke handlers, plain GtkTextView:   median %7.1f µs\n", median (plain));
  printf ("# keystroke handlers, spell-check on:      median %7.1f µs\n", median (handlers));
  printf ("# keystroke to painted frame, spell on:    median %7.2f ms (%u keys)\n",
          median (frames), frames->len);
  printf ("# check of a %zu-character outcome:        median %7.2f ms (worker thread)\n",
          strlen (outcome_text), median (checks));
  printf ("#   the first time (words not cached):     %7.2f ms\n", cold_ms);
  printf ("# last key's frame to underlines redrawn:  median %7.1f ms (200 ms delay)\n",
          median (pauses));
  printf ("# context menu ready (main thread):        median %7.1f ms\n", median (menus));
  printf ("#   its 5 corrections in (worker thread):  median %7.1f ms\n", median (corrections));

  /* Typing does no checking: the handler stays far below a frame. */
  g_assert_cmpfloat (median (handlers), <, 2000.0);
  g_assert_cmpfloat (median (frames), <, 16.0);
  g_assert_cmpfloat (median (menus), <, 50.0);
}

int
main (int   argc,
      char *argv[])
{
  ui_test_init (&argc, &argv);

  g_test_add ("/ui/spell/misspelled-english", Fixture, NULL,
              fixture_set_up, test_misspelled_english, fixture_tear_down);
  g_test_add ("/ui/spell/azerbaijani", Fixture, NULL,
              fixture_set_up, test_azerbaijani, fixture_tear_down);
  g_test_add ("/ui/spell/menu", Fixture, NULL,
              fixture_set_up, test_menu, fixture_tear_down);
  g_test_add ("/ui/spell/switch", Fixture, NULL,
              fixture_set_up, test_switch, fixture_tear_down);
  g_test_add ("/ui/spell/word-being-typed", Fixture, NULL,
              fixture_set_up, test_word_being_typed, fixture_tear_down);
  g_test_add ("/ui/spell/entries", Fixture, NULL,
              fixture_set_up, test_entries, fixture_tear_down);
  g_test_add ("/ui/spell/typing-time", Fixture, NULL,
              fixture_set_up, test_typing_time, fixture_tear_down);

  return g_test_run ();
}
