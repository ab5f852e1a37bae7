/* azqf-spell-private.h: the spell-checker, for its benchmark and tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "azqf-spell.h"

G_BEGIN_DECLS

/* Whether the providers' answers are kept (the default). Without, every word
 * goes to the providers: the benchmark's measure of the checker's own cost. */
void _azqf_spell_checker_set_caching (AzqfSpellChecker *self,
                                      gboolean          caching);

G_END_DECLS
