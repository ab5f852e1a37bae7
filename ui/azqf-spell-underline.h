/* azqf-spell-underline.h: misspelled words underlined in a text field, with
 * corrections in its context menu
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "azqf-spell.h"

G_BEGIN_DECLS

#define AZQF_TYPE_SPELL_UNDERLINE (azqf_spell_underline_get_type ())

G_DECLARE_FINAL_TYPE (AzqfSpellUnderline, azqf_spell_underline, AZQF, SPELL_UNDERLINE, GObject)

/* Spell-checks widget in lang: a GtkTextView (a red wavy underline, a
 * GtkTextTag, on each misspelled word), or a GtkText, GtkEntry or
 * AdwEntryRow (the same through the GtkText's "attributes"). Its context
 * menu (the right-click, Menu key or Shift+F10) offers up to five
 * corrections of the word under the pointer or the cursor, "Add to
 * Dictionary" and "Ignore".
 *
 * The text is checked in a worker thread once typing pauses, and again when
 * the checker's word lists or dictionaries change; the word being typed
 * (the cursor at its end, after an edit) is left alone until the cursor or
 * the focus leaves it.
 *
 * Unless set with the functions below, each time the widget is mapped the
 * checker is taken from its AzqfWindow (azqf_window_get_spell_checker) and
 * "enabled" follows the application's "spell-check" key.
 *
 * The underline belongs to the widget and lives as long as it does; the
 * return value is not a new reference. Attaching twice returns the first. */
AzqfSpellUnderline *azqf_spell_underline_attach       (GtkWidget          *widget,
                                                       AzqfLang            lang);
/* The underline attached to widget, or NULL. */
AzqfSpellUnderline *azqf_spell_underline_get_for_widget (GtkWidget        *widget);
AzqfLang            azqf_spell_underline_get_lang     (AzqfSpellUnderline *self);
AzqfSpellChecker   *azqf_spell_underline_get_checker  (AzqfSpellUnderline *self);
/* A checker of one's own (NULL: none, nothing underlined), instead of the
 * window's. */
void                azqf_spell_underline_set_checker  (AzqfSpellUnderline *self,
                                                       AzqfSpellChecker   *checker);
/* Binds "enabled" to the "spell-check" key of settings (NULL: unbinds),
 * instead of the application's. */
void                azqf_spell_underline_set_settings (AzqfSpellUnderline *self,
                                                       GSettings          *settings);
gboolean            azqf_spell_underline_get_enabled  (AzqfSpellUnderline *self);
/* FALSE removes every underline and empties the menu. */
void                azqf_spell_underline_set_enabled  (AzqfSpellUnderline *self,
                                                       gboolean            enabled);
/* The misspelled words underlined now (AzqfMisspelling, offsets into the
 * field's text), in text order. */
GPtrArray          *azqf_spell_underline_get_misspellings (AzqfSpellUnderline *self);
/* Fills the context menu for the word at char_offset in the field's text
 * (what a right-click does): TRUE when that word is misspelled. Its
 * corrections, the menu's first section, follow from a worker thread. */
gboolean            azqf_spell_underline_update_menu  (AzqfSpellUnderline *self,
                                                       int                 char_offset);
/* The GMenuModel given to the widget as its "extra-menu". */
GMenuModel         *azqf_spell_underline_get_menu     (AzqfSpellUnderline *self);

/* signal "checked": the underlines are up to date with a check of the text
 * (or were removed). */

G_END_DECLS
