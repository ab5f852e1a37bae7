/* azqf-standard.h: an occupational, educational or qualification standard
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "azqf-types.h"

G_BEGIN_DECLS

#define AZQF_TYPE_STANDARD (azqf_standard_get_type ())

G_DECLARE_FINAL_TYPE (AzqfStandard, azqf_standard, AZQF, STANDARD, GObject)

/* Bilingual text fields of a standard, for the get_text/set_text pair. */
typedef enum
{
  AZQF_STANDARD_TITLE,
  AZQF_STANDARD_SUMMARY,
  AZQF_STANDARD_SECTOR,
  AZQF_STANDARD_AWARDING_BODY,
  AZQF_STANDARD_APPROVING_BODY,
} AzqfStandardText;

/* Properties (kebab-case of the getters below), each notifying only on a real
 * change: "uuid" (construct-only), "code", "kind", "status", "version",
 * "created", "modified" (gint64 Unix seconds, UTC), "title-az", "title-en",
 * "summary-az", "summary-en", "sector-az", "sector-en", "awarding-body-az",
 * "awarding-body-en", "approving-body-az", "approving-body-en", "level"
 * (guint, 0 = unset), "eqf-level" and "qfehea-cycle" (read-only, derived from
 * "level"), "isco08", "isced-f", "ects-credits" (double, < 0 = unset),
 * "duration", "decision-number", "decision-date", "review-date"
 * (YYYY-MM-DD), and the read-only lists "units" (AzqfUnit), "outcomes"
 * (standard-level AzqfOutcome) and "relations" (AzqfRelation).
 *
 * Setters that can fail take a GError (AZQF_VALUE_ERROR) and leave the value
 * unchanged on failure. A NULL or empty string clears an optional field. */

/* A new draft, version 1, with a fresh uuid and created = modified = now. */
AzqfStandard *azqf_standard_new                (AzqfKind       kind,
                                                const char    *code,
                                                GError       **error);
/* For the store and importers: an existing identity. */
AzqfStandard *azqf_standard_new_with_uuid      (const char    *uuid,
                                                AzqfKind       kind,
                                                const char    *code,
                                                GError       **error);

const char   *azqf_standard_get_uuid           (AzqfStandard  *self);
const char   *azqf_standard_get_code           (AzqfStandard  *self);
gboolean      azqf_standard_set_code           (AzqfStandard  *self,
                                                const char    *code,
                                                GError       **error);
AzqfKind      azqf_standard_get_kind           (AzqfStandard  *self);
void          azqf_standard_set_kind           (AzqfStandard  *self,
                                                AzqfKind       kind);
AzqfStatus    azqf_standard_get_status         (AzqfStandard  *self);
void          azqf_standard_set_status         (AzqfStandard  *self,
                                                AzqfStatus     status);
guint         azqf_standard_get_version        (AzqfStandard  *self);
gboolean      azqf_standard_set_version        (AzqfStandard  *self,
                                                guint          version,
                                                GError       **error);
gint64        azqf_standard_get_created        (AzqfStandard  *self);
void          azqf_standard_set_created        (AzqfStandard  *self,
                                                gint64         unix_time);
gint64        azqf_standard_get_modified       (AzqfStandard  *self);
void          azqf_standard_set_modified       (AzqfStandard  *self,
                                                gint64         unix_time);

const char   *azqf_standard_get_text           (AzqfStandard  *self,
                                                AzqfStandardText field,
                                                AzqfLang       lang);
void          azqf_standard_set_text           (AzqfStandard  *self,
                                                AzqfStandardText field,
                                                AzqfLang       lang,
                                                const char    *text);
/* Title in lang, falling back to the other language; never NULL (may be ""). */
const char   *azqf_standard_get_display_title  (AzqfStandard  *self,
                                                AzqfLang       lang);

guint         azqf_standard_get_level          (AzqfStandard  *self);
/* 1–8, or 0 to clear. */
gboolean      azqf_standard_set_level          (AzqfStandard  *self,
                                                guint          level,
                                                GError       **error);
guint         azqf_standard_get_eqf_level      (AzqfStandard  *self);
AzqfCycle     azqf_standard_get_qfehea_cycle   (AzqfStandard  *self);
const char   *azqf_standard_get_isco08         (AzqfStandard  *self);
gboolean      azqf_standard_set_isco08         (AzqfStandard  *self,
                                                const char    *code,
                                                GError       **error);
const char   *azqf_standard_get_isced_f        (AzqfStandard  *self);
gboolean      azqf_standard_set_isced_f        (AzqfStandard  *self,
                                                const char    *code,
                                                GError       **error);
double        azqf_standard_get_ects_credits   (AzqfStandard  *self);
/* < 0 clears. */
gboolean      azqf_standard_set_ects_credits   (AzqfStandard  *self,
                                                double         credits,
                                                GError       **error);
const char   *azqf_standard_get_duration       (AzqfStandard  *self);
gboolean      azqf_standard_set_duration       (AzqfStandard  *self,
                                                const char    *duration,
                                                GError       **error);
const char   *azqf_standard_get_decision_number (AzqfStandard *self);
gboolean      azqf_standard_set_decision_number (AzqfStandard *self,
                                                const char    *number,
                                                GError       **error);
const char   *azqf_standard_get_decision_date  (AzqfStandard  *self);
gboolean      azqf_standard_set_decision_date  (AzqfStandard  *self,
                                                const char    *date,
                                                GError       **error);
const char   *azqf_standard_get_review_date    (AzqfStandard  *self);
gboolean      azqf_standard_set_review_date    (AzqfStandard  *self,
                                                const char    *date,
                                                GError       **error);

GListModel   *azqf_standard_get_units          (AzqfStandard  *self);
GListModel   *azqf_standard_get_outcomes       (AzqfStandard  *self);
GListModel   *azqf_standard_get_relations      (AzqfStandard  *self);

/* Unit codes are unique in the standard: AZQF_VALUE_ERROR_DUPLICATE otherwise. */
gboolean      azqf_standard_add_unit           (AzqfStandard  *self,
                                                AzqfUnit      *unit,
                                                GError       **error);
void          azqf_standard_remove_unit        (AzqfStandard  *self,
                                                AzqfUnit      *unit);
/* Appends the outcome to unit (NULL: to the standard itself). Outcome codes
 * are unique across the whole standard: AZQF_VALUE_ERROR_DUPLICATE otherwise. */
gboolean      azqf_standard_add_outcome        (AzqfStandard  *self,
                                                AzqfUnit      *unit,
                                                AzqfOutcome   *outcome,
                                                GError       **error);
void          azqf_standard_remove_outcome     (AzqfStandard  *self,
                                                AzqfOutcome   *outcome);
/* Reordering, for drag and drop and Move Up/Down: unit to position in the
 * units (clamped to the last one); outcome to position in unit's outcomes
 * (NULL: the standard's own), from wherever it is in this standard, position
 * clamped to the end. A move inside one list emits one "items-changed" over
 * the range it crosses. */
void          azqf_standard_move_unit          (AzqfStandard  *self,
                                                AzqfUnit      *unit,
                                                guint          position);
void          azqf_standard_move_outcome       (AzqfStandard  *self,
                                                AzqfOutcome   *outcome,
                                                AzqfUnit      *unit,
                                                guint          position);
AzqfUnit     *azqf_standard_find_unit          (AzqfStandard  *self,
                                                const char    *code);
/* The outcome with this code anywhere in the standard; *unit (if given) is
 * set to its unit or NULL. */
AzqfOutcome  *azqf_standard_find_outcome       (AzqfStandard  *self,
                                                const char    *code,
                                                AzqfUnit     **unit);
/* A relation to the same target with the same type is a duplicate; a
 * relation to the standard itself is refused. */
gboolean      azqf_standard_add_relation       (AzqfStandard  *self,
                                                AzqfRelation  *relation,
                                                GError       **error);
void          azqf_standard_remove_relation    (AzqfStandard  *self,
                                                AzqfRelation  *relation);
/* Every outcome (standard-level first, then unit by unit), borrowed refs. */
GPtrArray    *azqf_standard_collect_outcomes   (AzqfStandard  *self);
guint         azqf_standard_count_outcomes     (AzqfStandard  *self);

/* Replaces everything self holds (metadata, units, outcomes, relations) with
 * what other holds, keeping self's identity: the same object, so views bound
 * to it stay bound (for undo, or a reload from the store). other must have the
 * same uuid; its units, outcomes and relations move to self (other is left
 * without them). Each of self's lists emits one "items-changed" for the whole
 * range, properties notify only on change, and self emits "changed" once at
 * the end, not once per list or property. */
void          azqf_standard_assign             (AzqfStandard  *self,
                                                AzqfStandard  *other);

/* Emitted once after any property or nested list of the standard, its units,
 * outcomes, criteria, links or relations changed: the GUI's autosave hook. */
/* signal: "changed" */

G_END_DECLS
