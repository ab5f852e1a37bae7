/* azqf-hunspell.h: the spell provider backed by libhunspell
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "azqf-spell-provider.h"

G_BEGIN_DECLS

#define AZQF_TYPE_HUNSPELL (azqf_hunspell_get_type ())

G_DECLARE_FINAL_TYPE (AzqfHunspell, azqf_hunspell, AZQF, HUNSPELL, AzqfSpellProvider)

/* The folders searched for NAME.aff + NAME.dic, in this order:
 * $AZQF_HUNSPELL_DIR (the build tree's resources/hunspell, set by the tests),
 * PKGDATADIR/hunspell (our installed az_AZ), each folder of $DICPATH, then
 * hunspell/ and myspell/ (and myspell/dicts/) in the user's and the system's
 * XDG data folders (/usr/share/hunspell …). A new NULL-terminated array. */
char         **azqf_hunspell_get_search_path   (void);
/* The dictionaries of a language, most important first: "az_AZ"; "en_US",
 * "en_GB". NULL-terminated, static. */
const char * const *azqf_hunspell_get_names    (AzqfLang      lang);
/* Finds NAME.aff and NAME.dic in the search path; FALSE when there is none.
 * The paths are new strings. */
gboolean       azqf_hunspell_find              (const char   *name,
                                                char        **aff_path,
                                                char        **dic_path);
/* Loads a dictionary from its two files (slow: tens of milliseconds for a big
 * dictionary; see _load_async). AZQF_SPELL_ERROR_INVALID when a file cannot
 * be read. */
AzqfHunspell  *azqf_hunspell_new               (AzqfLang      lang,
                                                const char   *name,
                                                const char   *aff_path,
                                                const char   *dic_path,
                                                GError      **error);
/* Finds the dictionary name (azqf_hunspell_find) and loads it;
 * AZQF_SPELL_ERROR_NOT_FOUND when it is not installed. */
AzqfHunspell  *azqf_hunspell_load              (AzqfLang      lang,
                                                const char   *name,
                                                GError      **error);
/* The same in a worker thread, for the GUI's startup. */
void           azqf_hunspell_load_async        (AzqfLang             lang,
                                                const char          *name,
                                                GCancellable        *cancellable,
                                                GAsyncReadyCallback  callback,
                                                gpointer             user_data);
AzqfHunspell  *azqf_hunspell_load_finish       (GAsyncResult        *result,
                                                GError             **error);
/* How long loading took, in microseconds. */
gint64         azqf_hunspell_get_load_time     (AzqfHunspell        *self);

G_END_DECLS
