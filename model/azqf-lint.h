/* azqf-lint.h: the bilingual outcome linter
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "azqf-types.h"

G_BEGIN_DECLS

#define AZQF_TYPE_LINTER (azqf_linter_get_type ())

G_DECLARE_FINAL_TYPE (AzqfLinter, azqf_linter, AZQF, LINTER, GObject)

/* Loads the lexicons (resources/lint/: vague verbs, action verbs with level
 * bands — a working list, labelled as such). */
AzqfLinter *azqf_linter_new                (GError       **error);
/* Findings (AzqfFinding) for one outcome of standard: a new array. Fast
 * enough for every keystroke (well under 1 ms). */
GPtrArray  *azqf_linter_check_outcome      (AzqfLinter    *self,
                                            AzqfStandard  *standard,
                                            AzqfOutcome   *outcome);
/* Every outcome of standard, plus duplicates inside it. */
GPtrArray  *azqf_linter_check_standard     (AzqfLinter    *self,
                                            AzqfStandard  *standard);
/* Every standard, plus near-duplicates across standards. */
GPtrArray  *azqf_linter_check_standards    (AzqfLinter    *self,
                                            GPtrArray     *standards);
/* The rules: id, translated name and explanation, for `azqf lint --rules`
 * and the editor's tooltips. NULL-terminated array of ids. */
const char * const *azqf_linter_get_rule_ids (void);
const char *azqf_linter_get_rule_explanation (const char  *rule_id);

G_END_DECLS
