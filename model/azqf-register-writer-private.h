/* azqf-register-writer-private.h: internals of the register writer, for its tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* E01: fails when text holds a character XML 1.0 cannot carry (C0 controls
 * other than TAB, LF and CR, U+FFFE, U+FFFF). what names the value, code
 * the standard. The model refuses such text at input, so the writer's check
 * is a second line that tests cannot reach through the model. */
gboolean _azqf_register_check_text (const char  *what,
                                    const char  *code,
                                    const char  *text,
                                    GError     **error);

G_END_DECLS
