/* azqf-lint.h: the bilingual outcome linter
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "azqf-types.h"

G_BEGIN_DECLS

/* A lexicon in resources/lint/ is missing or malformed. */
typedef enum
{
  AZQF_LINT_ERROR_LEXICON,
} AzqfLintError;

#define AZQF_LINT_ERROR (azqf_lint_error_quark ())

#define AZQF_TYPE_LINTER (azqf_linter_get_type ())

G_DECLARE_FINAL_TYPE (AzqfLinter, azqf_linter, AZQF, LINTER, GObject)

GQuark      azqf_lint_error_quark          (void);

/* Loads the lexicons (resources/lint/: vague verbs, action verbs with level
 * bands — a working list, labelled as such). A linter never changes after
 * that, so one may be shared by threads (a worker linting a snapshot). */
AzqfLinter *azqf_linter_new                (GError       **error);
/* Findings (AzqfFinding) for one outcome of standard: a new array. Fast
 * enough for every keystroke (well under 1 ms). */
GPtrArray  *azqf_linter_check_outcome      (AzqfLinter    *self,
                                            AzqfStandard  *standard,
                                            AzqfOutcome   *outcome);
/* The findings of each call come in the order of the outcomes, and for one
 * outcome in the order of the rules; sort with azqf_finding_compare for
 * errors first. */
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
/* Short translated name of a rule ("Vague verb"), or NULL for an unknown id. */
const char *azqf_linter_get_rule_name      (const char    *rule_id);
/* The action verb of an outcome text where the linter looks for it (az: the
 * predicate at the end, also an infinitive before "bacarır"; en: the first
 * verb, after openings like "The learner will be able to"), if it is in the
 * lexicon: *verb (new string, as written in text) and its level band.
 * FALSE when the text has no verb the lexicon knows. For the gap analysis. */
gboolean    azqf_linter_find_verb          (AzqfLinter    *self,
                                            const char    *text,
                                            AzqfLang       lang,
                                            char         **verb,
                                            guint         *min_level,
                                            guint         *max_level);

G_END_DECLS
