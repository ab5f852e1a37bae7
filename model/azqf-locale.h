/* azqf-locale.h: locale and gettext set-up shared by both mains and the tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Follows the user's locale (LANG, LC_*, LANGUAGE=az) and binds the message
 * catalogue. AZQF_LOCALEDIR overrides the catalogue directory (tests run from
 * the build tree). */
void azqf_locale_init_user (void);
/* For tests: C.UTF-8 behaviour with the catalogue bound, so a test can ask for
 * az with g_setenv ("LANGUAGE", "az", TRUE). */
void azqf_locale_init_test (void);

G_END_DECLS
