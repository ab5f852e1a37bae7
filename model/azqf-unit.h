/* azqf-unit.h: a key function, a module or a unit of learning outcomes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "azqf-types.h"

G_BEGIN_DECLS

#define AZQF_TYPE_UNIT (azqf_unit_get_type ())

G_DECLARE_FINAL_TYPE (AzqfUnit, azqf_unit, AZQF, UNIT, GObject)

/* Properties: "code", "title-az", "title-en", "level" (0 = unset, 1–8),
 * "ects-credits" (double, < 0 = unset), "outcomes" (GListModel of AzqfOutcome,
 * read-only). Outcomes are added through azqf_standard_add_outcome(), which
 * keeps outcome codes unique across the whole standard. */
AzqfUnit    *azqf_unit_new              (const char  *code,
                                         GError     **error);
const char  *azqf_unit_get_code         (AzqfUnit    *self);
gboolean     azqf_unit_set_code         (AzqfUnit    *self,
                                         const char  *code,
                                         GError     **error);
const char  *azqf_unit_get_title        (AzqfUnit    *self,
                                         AzqfLang     lang);
void         azqf_unit_set_title        (AzqfUnit    *self,
                                         AzqfLang     lang,
                                         const char  *title);
guint        azqf_unit_get_level        (AzqfUnit    *self);
gboolean     azqf_unit_set_level        (AzqfUnit    *self,
                                         guint        level,
                                         GError     **error);
double       azqf_unit_get_ects_credits (AzqfUnit    *self);
gboolean     azqf_unit_set_ects_credits (AzqfUnit    *self,
                                         double       credits,
                                         GError     **error);
GListModel  *azqf_unit_get_outcomes     (AzqfUnit    *self);

/* signal: "changed", emitted after any change of the unit, its outcomes or
 * their criteria and links, or an addition or removal in its lists (the
 * standard's "changed" relays it). */

G_END_DECLS
