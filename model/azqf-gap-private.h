/* azqf-gap-private.h: the gap report's insides, shared by azqf-gap*.c and the tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "azqf-gap.h"

G_BEGIN_DECLS

/* Marks of the coverage matrix besides a confirmed link (azqf_gap_report_get_cell). */
typedef enum
{
  AZQF_GAP_MARK_NONE,
  AZQF_GAP_MARK_PENDING,    /* a link that is not confirmed yet */
  AZQF_GAP_MARK_SUGGESTED,  /* the best suggestion for an uncovered element */
} AzqfGapMark;

/* One matrix column: what the report keeps of an outcome (a snapshot). */
typedef struct
{
  char       *code;
  char       *unit_code;   /* NULL for an outcome of the standard itself */
  char       *text[2];     /* AZQF_LANG_AZ, AZQF_LANG_EN; NULL when absent */
  AzqfDomain  domain;
} AzqfGapOutcome;

/* The elements of one framework: elements[first … first + n_elements). */
typedef struct
{
  char  *id;                /* "azqf", "eqf", "qfehea" */
  char  *name[2];
  guint  first;
  guint  n_elements;
  guint  n_covered;
  guint  analysed : 1;      /* FALSE: not applicable at this level (score < 0) */
} AzqfGapFramework;

struct _AzqfGapReport
{
  GObject          parent_instance;

  /* the standard, as it was when analysed */
  char            *standard_code;
  char            *title[2];
  AzqfKind         kind;
  AzqfStatus       status;
  guint            version;
  guint            level;
  double           ects_credits;
  char            *duration;

  GPtrArray       *frameworks;     /* AzqfGapFramework */
  GPtrArray       *elements;       /* AzqfDescriptor, grouped by framework */
  GPtrArray       *outcomes;       /* AzqfGapOutcome, the matrix columns */
  char           **outcome_codes;  /* borrowed from outcomes, NULL-terminated */
  int             *cells;          /* elements × outcomes, AzqfLinkType or -1 */
  guint8          *marks;          /* elements × outcomes, AzqfGapMark */
  GPtrArray       *best;           /* per element: AzqfSuggestion or NULL */
  GPtrArray       *gaps;           /* AzqfFinding */
  GPtrArray       *credits;        /* AzqfFinding */
  GPtrArray       *lint;           /* AzqfFinding, or NULL when not attached */
  GPtrArray       *notes;          /* char *, NULL-terminated */
};

AzqfGapMark        _azqf_gap_report_get_mark        (AzqfGapReport *self,
                                                     guint          element_index,
                                                     guint          outcome_index);
const AzqfGapOutcome *_azqf_gap_report_get_outcome  (AzqfGapReport *self,
                                                     guint          outcome_index);
const AzqfGapFramework *_azqf_gap_report_get_framework (AzqfGapReport *self,
                                                     guint          index);
guint              _azqf_gap_report_get_n_frameworks (AzqfGapReport *self);

/* "AzQF", "EQF", "QF-EHEA" for a framework id. */
/* The ISO 8601 duration as months (P2Y → 24, P18M → 18), or -1 when it is
 * not given in years or months. */
int                _azqf_gap_duration_months         (const char    *duration);
/* TRUE for a unit that stands for a semester: code SEM<n>, or a title with
 * "semestr" / "semester"; *summer is set for a summer semester. */
gboolean           _azqf_gap_unit_is_semester        (AzqfUnit      *unit,
                                                     gboolean      *summer);

G_END_DECLS
