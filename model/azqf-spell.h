/* azqf-spell.h: spell-checking of bilingual texts, with the workspace's words
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "azqf-misspelling.h"
#include "azqf-spell-provider.h"
#include "azqf-types.h"

G_BEGIN_DECLS

#define AZQF_TYPE_SPELL_CHECKER (azqf_spell_checker_get_type ())

G_DECLARE_FINAL_TYPE (AzqfSpellChecker, azqf_spell_checker, AZQF, SPELL_CHECKER, GObject)

/* What is a word, and which words are not checked (azqf-spell.c explains):
 * a word is a run of letters, with apostrophes and hyphens inside it. Not
 * checked: anything in a piece of text (between spaces) that holds a digit
 * (codes such as "L6.K.1", "AZ-2411", "ISCO-08", numbers, "2019-cu"), an
 * "@" (e-mail), "://" or a leading "www." (URLs), a dot between letters
 * ("e.g.", "edu.az"); single letters; words in all capitals (abbreviations,
 * also "AMEA-nın"), or with a capital inside ("iPhone"); words with a letter
 * of another script (Cyrillic …); in Azerbaijani, words with a letter that
 * is not in its alphabet ("workshop"); in English, words with ə ı ğ ş ç ö ü
 * or İ (Azerbaijani names). A capitalised word is right when its
 * lower-case form is (Turkic casing in az: "İnformasiya", "Işıq"); a
 * hyphenated word when each part is.
 *
 * Thread rules: check_text, check_word, check_standard and suggest may run
 * in a worker thread (they take the checker's lock); add_word, remove_word,
 * ignore_word, add_provider and load_dictionaries_finish belong to the main
 * thread, where "changed" is emitted. */

/* store: the workspace whose word list is used and written by add_word (its
 * words are read now), or NULL: words are then added for the session only.
 * Fails when the word list cannot be read. */
AzqfSpellChecker *azqf_spell_checker_new            (AzqfStore          *store,
                                                     GError            **error);
/* Adds a dictionary for its language (azqf_spell_provider_get_lang). A
 * language may have several (en_US, en_GB): a word is right when any of them
 * knows it; suggestions come from the first, then from the others. */
void              azqf_spell_checker_add_provider   (AzqfSpellChecker   *self,
                                                     AzqfSpellProvider  *provider);
/* Whether a language has a dictionary; without one its texts give no
 * misspellings at all. */
gboolean          azqf_spell_checker_has_dictionary (AzqfSpellChecker   *self,
                                                     AzqfLang            lang);
/* Loads the installed hunspell dictionaries of lang (azqf_hunspell_get_names)
 * and adds them; AZQF_SPELL_ERROR_NOT_FOUND when there is none. */
gboolean          azqf_spell_checker_load_dictionaries (AzqfSpellChecker *self,
                                                     AzqfLang            lang,
                                                     GError            **error);
/* The same, loading in a worker thread; finish adds them (main thread). */
void              azqf_spell_checker_load_dictionaries_async (AzqfSpellChecker *self,
                                                     AzqfLang            lang,
                                                     GCancellable       *cancellable,
                                                     GAsyncReadyCallback callback,
                                                     gpointer            user_data);
gboolean          azqf_spell_checker_load_dictionaries_finish (AzqfSpellChecker *self,
                                                     GAsyncResult       *result,
                                                     GError            **error);

/* The misspelled words of text (len bytes, or -1 when NUL-terminated) in
 * lang, in text order: a new array of AzqfMisspelling with byte and character
 * offsets into text, without suggestions (ask azqf_spell_checker_suggest
 * when the user opens the menu). */
GPtrArray        *azqf_spell_checker_check_text     (AzqfSpellChecker   *self,
                                                     const char         *text,
                                                     gssize              len,
                                                     AzqfLang            lang);
/* TRUE when word (a single word) needs no correction in lang: known, in the
 * workspace's or the session's list, or not checked (see above). */
gboolean          azqf_spell_checker_check_word     (AzqfSpellChecker   *self,
                                                     const char         *word,
                                                     AzqfLang            lang);
/* Up to max_suggestions corrections, best first: a new NULL-terminated
 * array (empty, never NULL). A capitalised word gets capitalised suggestions. */
char            **azqf_spell_checker_suggest        (AzqfSpellChecker   *self,
                                                     const char         *word,
                                                     AzqfLang            lang,
                                                     guint               max_suggestions);
/* "Add to dictionary": into the workspace's word list (saved at once; fails
 * like azqf_store_add_word, e.g. on a read-only workspace), or for the
 * session without a store. */
gboolean          azqf_spell_checker_add_word       (AzqfSpellChecker   *self,
                                                     AzqfLang            lang,
                                                     const char         *word,
                                                     GError            **error);
gboolean          azqf_spell_checker_remove_word    (AzqfSpellChecker   *self,
                                                     AzqfLang            lang,
                                                     const char         *word,
                                                     GError            **error);
/* "Ignore": accepted until the checker is finalized, never saved. */
void              azqf_spell_checker_ignore_word    (AzqfSpellChecker   *self,
                                                     AzqfLang            lang,
                                                     const char         *word);
/* Every text of standard in lang (-1: both languages): title, summary,
 * sector, awarding and approving body, unit titles, outcomes and criteria,
 * in that order, each misspelling with its place
 * (azqf_misspelling_set_place) and up to max_suggestions suggestions (0: none
 * asked). A new array of AzqfMisspelling. */
GPtrArray        *azqf_spell_checker_check_standard (AzqfSpellChecker   *self,
                                                     AzqfStandard       *standard,
                                                     int                 lang,
                                                     guint               max_suggestions);

/* signal "changed": the word lists or the dictionaries changed; texts checked
 * before may have other misspellings now. */

G_END_DECLS
