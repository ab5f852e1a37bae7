/* azqf-finding.h: one result of the linter, the gap analysis or the credit checks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>
#include <json-glib/json-glib.h>

#include "azqf-types.h"

G_BEGIN_DECLS

typedef enum
{
  AZQF_SEVERITY_INFO,
  AZQF_SEVERITY_WARNING,
  AZQF_SEVERITY_ERROR,
} AzqfSeverity;

#define AZQF_TYPE_FINDING (azqf_finding_get_type ())

typedef struct _AzqfFinding AzqfFinding;

/* rule_id: stable, never translated ("lint.vague-verb", "gap.element-uncovered",
 * "credits.bachelor-range" …). message: translated, says what and where.
 * The object it concerns is given by the codes (NULL when not about one) and,
 * for framework elements, by element ("eqf:L6.K.1"). lang: the language of
 * the text the finding is about, or -1. */
GType          azqf_finding_get_type             (void) G_GNUC_CONST;
AzqfFinding   *azqf_finding_new                  (AzqfSeverity        severity,
                                                  const char         *rule_id,
                                                  const char         *message,
                                                  const char         *standard_code,
                                                  const char         *unit_code,
                                                  const char         *outcome_code,
                                                  const char         *element);
AzqfFinding   *azqf_finding_ref                  (AzqfFinding        *finding);
void           azqf_finding_unref                (AzqfFinding        *finding);
AzqfSeverity   azqf_finding_get_severity         (const AzqfFinding  *finding);
const char    *azqf_finding_get_rule_id          (const AzqfFinding  *finding);
const char    *azqf_finding_get_message          (const AzqfFinding  *finding);
const char    *azqf_finding_get_standard_code    (const AzqfFinding  *finding);
const char    *azqf_finding_get_unit_code        (const AzqfFinding  *finding);
const char    *azqf_finding_get_outcome_code     (const AzqfFinding  *finding);
const char    *azqf_finding_get_element          (const AzqfFinding  *finding);
int            azqf_finding_get_lang             (const AzqfFinding  *finding);
void           azqf_finding_set_lang             (AzqfFinding        *finding,
                                                  int                 lang);
/* Why the rule exists (translated), shown on hover in the editor. */
const char    *azqf_finding_get_explanation      (const AzqfFinding  *finding);
void           azqf_finding_set_explanation      (AzqfFinding        *finding,
                                                  const char         *explanation);
/* A concrete fix ("use “izah edir” / “explains”"), or NULL. */
const char    *azqf_finding_get_suggestion       (const AzqfFinding  *finding);
void           azqf_finding_set_suggestion       (AzqfFinding        *finding,
                                                  const char         *suggestion);
const char    *azqf_severity_to_string           (AzqfSeverity        severity);
const char    *azqf_severity_get_label           (AzqfSeverity        severity);
/* For `--json`: {severity, rule, message, standard, unit, outcome, element,
 * lang, explanation, suggestion}, absent values omitted. */
JsonNode      *azqf_finding_to_json              (const AzqfFinding  *finding);
/* For g_ptr_array_sort (): errors first, then by standard, unit, outcome, rule. */
int            azqf_finding_compare              (gconstpointer       a,
                                                  gconstpointer       b);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (AzqfFinding, azqf_finding_unref)

G_END_DECLS
