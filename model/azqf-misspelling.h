/* azqf-misspelling.h: one misspelled word the spell-checker found
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>
#include <json-glib/json-glib.h>

#include "azqf-types.h"

G_BEGIN_DECLS

#define AZQF_TYPE_MISSPELLING (azqf_misspelling_get_type ())

typedef struct _AzqfMisspelling AzqfMisspelling;

/* A word as written in its text, in lang, at offset bytes from the start of
 * the text (length bytes) and, for GtkTextIter, at char_offset characters
 * (char_length characters). A ref-counted value: the checker fills it in
 * completely before handing it out, nobody changes it afterwards. */
GType            azqf_misspelling_get_type         (void) G_GNUC_CONST;
AzqfMisspelling *azqf_misspelling_new              (const char            *word,
                                                    AzqfLang               lang,
                                                    guint                  offset,
                                                    guint                  length,
                                                    guint                  char_offset,
                                                    guint                  char_length);
AzqfMisspelling *azqf_misspelling_ref              (AzqfMisspelling       *misspelling);
void             azqf_misspelling_unref            (AzqfMisspelling       *misspelling);
const char      *azqf_misspelling_get_word         (const AzqfMisspelling *misspelling);
AzqfLang         azqf_misspelling_get_lang         (const AzqfMisspelling *misspelling);
guint            azqf_misspelling_get_offset       (const AzqfMisspelling *misspelling);
guint            azqf_misspelling_get_length       (const AzqfMisspelling *misspelling);
guint            azqf_misspelling_get_char_offset  (const AzqfMisspelling *misspelling);
guint            azqf_misspelling_get_char_length  (const AzqfMisspelling *misspelling);
/* The text the word is in, for azqf_spell_checker_check_standard: the
 * standard's code; the unit's code (or NULL); the outcome's code (or NULL);
 * the criterion's number in its outcome, from 1 (0: not a criterion); the
 * field: "title", "summary", "sector", "awarding-body", "approving-body"
 * (of the standard), "unit-title", "outcome" or "criterion". */
void             azqf_misspelling_set_place        (AzqfMisspelling       *misspelling,
                                                    const char            *standard_code,
                                                    const char            *unit_code,
                                                    const char            *outcome_code,
                                                    guint                  criterion,
                                                    const char            *field);
const char      *azqf_misspelling_get_standard_code (const AzqfMisspelling *misspelling);
const char      *azqf_misspelling_get_unit_code    (const AzqfMisspelling *misspelling);
const char      *azqf_misspelling_get_outcome_code (const AzqfMisspelling *misspelling);
guint            azqf_misspelling_get_criterion    (const AzqfMisspelling *misspelling);
const char      *azqf_misspelling_get_field        (const AzqfMisspelling *misspelling);
/* Corrections, best first; NULL when not asked for (an empty array when the
 * dictionary has none). set takes ownership of suggestions. */
const char * const *azqf_misspelling_get_suggestions (const AzqfMisspelling *misspelling);
void             azqf_misspelling_set_suggestions  (AzqfMisspelling       *misspelling,
                                                    char                 **suggestions);
/* For `azqf spell --json`: {word, lang, standard, unit, outcome, criterion,
 * field, offset, length (in characters), suggestions}, absent values omitted. */
JsonNode        *azqf_misspelling_to_json          (const AzqfMisspelling *misspelling);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (AzqfMisspelling, azqf_misspelling_unref)

G_END_DECLS
