/* azqf-classification.h: the bundled ISCO-08 and ISCED-F 2013 code lists
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "azqf-types.h"

G_BEGIN_DECLS

typedef enum
{
  AZQF_CLASSIFICATION_ISCO08,
  AZQF_CLASSIFICATION_ISCED_F,
} AzqfClassificationKind;

#define AZQF_TYPE_CLASSIFICATION_ENTRY (azqf_classification_entry_get_type ())

typedef struct _AzqfClassificationEntry AzqfClassificationEntry;

GType       azqf_classification_entry_get_type     (void) G_GNUC_CONST;
AzqfClassificationEntry *
            azqf_classification_entry_ref          (AzqfClassificationEntry *entry);
void        azqf_classification_entry_unref        (AzqfClassificationEntry *entry);
const char *azqf_classification_entry_get_code     (const AzqfClassificationEntry *entry);
/* Title in the language; the English title when no Azerbaijani one is bundled. */
const char *azqf_classification_entry_get_title    (const AzqfClassificationEntry *entry,
                                                    AzqfLang                 lang);
gboolean    azqf_classification_entry_has_title    (const AzqfClassificationEntry *entry,
                                                    AzqfLang                 lang);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (AzqfClassificationEntry, azqf_classification_entry_unref)

/* Any code of the list (1–4 digits for ISCO-08, 2–4 for ISCED-F), or NULL.
 * The lists are loaded once from the GResource; thread-safe. */
const AzqfClassificationEntry *
            azqf_classification_lookup             (AzqfClassificationKind   kind,
                                                    const char              *code);
/* The codes a standard may carry (4-digit unit groups / detailed fields), in
 * code order, for the editor's pickers: a new array of new references. */
GPtrArray  *azqf_classification_list_leaves        (AzqfClassificationKind   kind);

G_END_DECLS
