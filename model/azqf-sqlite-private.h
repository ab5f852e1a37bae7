/* azqf-sqlite-private.h: what the store registers on each SQLite connection
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <sqlite3.h>

/* Registers, on db:
 *  - the collations "az" and "en": ICU's Azerbaijani and English collators
 *    (ORDER BY title_az COLLATE az, title_en COLLATE en);
 *  - the FTS5 tokenizer "azqf": words split on Unicode letters/digits and folded with
 *    azqf_text_fold(), so "tehlil" matches "təhlil" and "İSTİQAMƏT" matches
 *    "istiqamet"; token offsets point into the original text, so snippet() and
 *    highlight() show the text as written;
 *  - the SQL function azqf_fold(text).
 * The same code is built as a loadable extension (model/azqf-sqlite-ext.so, entry
 * points sqlite3_azqfsqliteext_init and sqlite3_extension_init) for the
 * benchmark's raw sqlite3 runs. Returns SQLITE_OK or an SQLite error code
 * with *errmsg set (sqlite3_malloc'ed) when errmsg is not NULL. */
int _azqf_sqlite_register (sqlite3  *db,
                           char    **errmsg);
