/* azqf-gap.h: gap analysis of one standard against AzQF, EQF and QF-EHEA, credit checks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>
#include <json-glib/json-glib.h>

#include "azqf-framework.h"
#include "azqf-types.h"

G_BEGIN_DECLS

/* A suggested link: descriptor, score in [0, 1], and the outcome's words that matched. */
#define AZQF_TYPE_SUGGESTION (azqf_suggestion_get_type ())

typedef struct _AzqfSuggestion AzqfSuggestion;

GType            azqf_suggestion_get_type        (void) G_GNUC_CONST;
AzqfSuggestion  *azqf_suggestion_ref             (AzqfSuggestion        *suggestion);
void             azqf_suggestion_unref           (AzqfSuggestion        *suggestion);
AzqfDescriptor  *azqf_suggestion_get_descriptor  (const AzqfSuggestion  *suggestion);
const char      *azqf_suggestion_get_outcome_code (const AzqfSuggestion *suggestion);
double           azqf_suggestion_get_score       (const AzqfSuggestion  *suggestion);
/* NULL-terminated */
const char * const *azqf_suggestion_get_matched_words (const AzqfSuggestion *suggestion);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (AzqfSuggestion, azqf_suggestion_unref)

/* For outcome of standard: the elements of the standard's level (all three
 * frameworks), best first, at most max, skipping elements the outcome
 * already links to or whose suggestion was rejected. A new array. */
GPtrArray       *azqf_gap_suggest                (AzqfFrameworks        *frameworks,
                                                  AzqfStandard          *standard,
                                                  AzqfOutcome           *outcome,
                                                  guint                  max);

/* The author's decision on a link from an outcome of standard to element:
 * AZQF_LINK_STATE_CONFIRMED makes it coverage (of the given type; an existing
 * suggestion keeps its source), AZQF_LINK_STATE_REJECTED marks a suggestion
 * as rejected so it is never offered again. The element must be loaded in
 * frameworks. Fails with AZQF_VALUE_ERROR (unknown outcome or element, or
 * rejecting a link the author made, which is removed instead). */
gboolean         azqf_gap_decide_link            (AzqfFrameworks        *frameworks,
                                                  AzqfStandard          *standard,
                                                  const char            *outcome_code,
                                                  const char            *element,
                                                  AzqfLinkState          decision,
                                                  AzqfLinkType           type,
                                                  const char            *comment,
                                                  GError               **error);

/* Decision 348 (seed 003) and QF-EHEA ranges: a new array of AzqfFinding. */
GPtrArray       *azqf_gap_check_credits          (AzqfStandard          *standard);

#define AZQF_TYPE_GAP_REPORT (azqf_gap_report_get_type ())

G_DECLARE_FINAL_TYPE (AzqfGapReport, azqf_gap_report, AZQF, GAP_REPORT, GObject)

/* The analysis of product.md §6 on a snapshot of standard. */
AzqfGapReport   *azqf_gap_analyze                (AzqfFrameworks        *frameworks,
                                                  AzqfStandard          *standard);
const char      *azqf_gap_report_get_standard_code (AzqfGapReport       *self);
/* Elements analysed (AzqfDescriptor), grouped by framework, in order. */
GPtrArray       *azqf_gap_report_get_elements    (AzqfGapReport         *self);
/* Outcome codes, in the standard's order (the matrix columns). */
const char * const *azqf_gap_report_get_outcome_codes (AzqfGapReport    *self);
/* The cell of the coverage matrix: the outcome's confirmed link type to the
 * element, or -1 when none (a pending or suggested link is not coverage). */
int              azqf_gap_report_get_cell        (AzqfGapReport         *self,
                                                  guint                  element_index,
                                                  guint                  outcome_index);
/* TRUE when the cell shows a suggestion instead: a pending link, or the
 * outcome that best matches an element nobody covers. */
gboolean         azqf_gap_report_is_suggested    (AzqfGapReport         *self,
                                                  guint                  element_index,
                                                  guint                  outcome_index);
/* The best suggestion for an element without a confirmed link, or NULL
 * (covered, a pending link waits for the author, or no outcome comes
 * close). Owned by self. */
AzqfSuggestion  *azqf_gap_report_get_suggestion  (AzqfGapReport         *self,
                                                  guint                  element_index);
/* The standard's AzQF level, 0 when it has none. */
guint            azqf_gap_report_get_level       (AzqfGapReport         *self);
/* Gaps and notes (AzqfFinding), each gap with its best suggestion. */
GPtrArray       *azqf_gap_report_get_gaps        (AzqfGapReport         *self);
GPtrArray       *azqf_gap_report_get_credit_findings (AzqfGapReport     *self);
/* Share of the framework's analysed elements with a confirmed link, 0–1;
 * negative when the framework has no elements at this level. */
double           azqf_gap_report_get_score       (AzqfGapReport         *self,
                                                  const char            *framework);
/* Plain statements for the reader: "AzQF descriptor text for level 6 is not
 * loaded; the EQF level 6 descriptors are used" (translated). */
const char * const *azqf_gap_report_get_notes    (AzqfGapReport         *self);
gboolean         azqf_gap_report_has_errors      (AzqfGapReport         *self);
/* Attaches the linter's findings (AzqfFinding) for the same standard: the
 * HTML shows them as a section of their own and the JSON under "lint".
 * They are the linter's verdict, not the gap analysis': they do not count
 * in has_errors. NULL detaches them. */
void             azqf_gap_report_set_lint_findings (AzqfGapReport       *self,
                                                  GPtrArray             *findings);
GPtrArray       *azqf_gap_report_get_lint_findings (AzqfGapReport       *self);
JsonNode        *azqf_gap_report_to_json         (AzqfGapReport         *self);
/* A self-contained, printable HTML document (inline CSS, no scripts, no
 * network), in the UI language, with content in lang first. */
char            *azqf_gap_report_to_html         (AzqfGapReport         *self,
                                                  AzqfLang               lang);

G_END_DECLS
