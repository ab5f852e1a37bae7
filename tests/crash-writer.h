/* crash-writer.h: the shape of the standards crash-writer inserts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

/* Each standard "CRASH-<n>": units, outcomes per unit, criteria per outcome. */
#define CRASH_UNITS    3
#define CRASH_OUTCOMES 2
#define CRASH_CRITERIA 2
