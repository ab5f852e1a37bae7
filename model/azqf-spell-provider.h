/* azqf-spell-provider.h: a spelling dictionary for one language
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The one extension point of the spell-checker (style.md §4): AzqfHunspell
 * is the real provider, tests subclass it with a fixed word list. Words are
 * UTF-8, as written in the text (case included); the checker decides what a
 * word is and which words to skip before it asks the provider.
 */

#pragma once

#include <glib-object.h>

#include "azqf-types.h"

G_BEGIN_DECLS

#define AZQF_SPELL_ERROR (azqf_spell_error_quark ())

/* Messages are translated and name the dictionary. */
typedef enum
{
  AZQF_SPELL_ERROR_NOT_FOUND,   /* no dictionary for the language in the search path */
  AZQF_SPELL_ERROR_INVALID,     /* a dictionary that cannot be read or used */
} AzqfSpellError;

#define AZQF_TYPE_SPELL_PROVIDER (azqf_spell_provider_get_type ())

G_DECLARE_DERIVABLE_TYPE (AzqfSpellProvider, azqf_spell_provider, AZQF, SPELL_PROVIDER, GObject)

/* A subclass implements check and suggest; add_word may be left NULL (the
 * word is then only known through the checker's own lists). A provider may
 * be called from any thread: a subclass with state locks it. */
struct _AzqfSpellProviderClass
{
  GObjectClass parent_class;

  gboolean   (*check_word)  (AzqfSpellProvider *self,
                             const char        *word);
  /* At most max_suggestions, best first: a new NULL-terminated array. */
  char     **(*suggest)     (AzqfSpellProvider *self,
                             const char        *word,
                             guint              max_suggestions);
  void       (*add_word)    (AzqfSpellProvider *self,
                             const char        *word);

  gpointer padding[8];
};

/* Properties: "lang" (AzqfLang, construct-only), "name" (the dictionary's
 * name, e.g. "az_AZ", construct-only). */
GQuark       azqf_spell_error_quark          (void);
AzqfLang     azqf_spell_provider_get_lang    (AzqfSpellProvider *self);
const char  *azqf_spell_provider_get_name    (AzqfSpellProvider *self);
/* TRUE when the dictionary knows word (NUL-terminated UTF-8). */
gboolean     azqf_spell_provider_check_word  (AzqfSpellProvider *self,
                                              const char        *word);
/* Up to max_suggestions corrections, best first: a new NULL-terminated
 * array, empty (never NULL) when there is none. */
char       **azqf_spell_provider_suggest     (AzqfSpellProvider *self,
                                              const char        *word,
                                              guint              max_suggestions);
/* Makes word known for the life of the provider (not saved). */
void         azqf_spell_provider_add_word    (AzqfSpellProvider *self,
                                              const char        *word);

G_END_DECLS
