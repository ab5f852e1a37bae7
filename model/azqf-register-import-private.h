/* azqf-register-import-private.h: for the tests of the register import
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef void (*AzqfRegisterImportHook) (const char *path,
                                        gpointer    user_data);

/* For tests only, not thread-safe: hook (NULL: none) is called between the
 * two passes of an import that is going to write, so a test can change the
 * file there. */
void _azqf_register_import_set_hook (AzqfRegisterImportHook hook,
                                     gpointer               user_data);

G_END_DECLS
