/* azqf-cli.h: what the commands of the azqf tool share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each command family lives in its own file (azqf.c: init, list, show,
 * search, new, set, delete) and is listed in the table in azqf.c.
 */

#pragma once

#include <glib.h>
#include <json-glib/json-glib.h>

#include "azqf-store.h"
#include "azqf-types.h"

G_BEGIN_DECLS

/* The exit codes of product.md §4. */
enum
{
  EXIT_OK = 0,
  EXIT_FINDINGS = 1,
  EXIT_ERROR = 2,
};

typedef int (*AzqfCommandFunc) (int    argc,
                                char **argv);

/* Prints "azqf: MESSAGE" to stderr and returns status. */
int           azqf_cli_fail             (int                  status,
                                         const char          *format,
                                         ...) G_GNUC_PRINTF (2, 3);
/* An error of an operation on workspace: invalid input (1) or I/O (2). */
int           azqf_cli_fail_with_error  (const char          *workspace,
                                         const GError        *error);
void          azqf_cli_print_json       (JsonNode            *root);
/* Pads to a width in characters, not bytes, so Azerbaijani letters line up. */
void          azqf_cli_print_cell       (const char          *text,
                                         guint                width);
/* NULL (not given) leaves *lang alone. */
gboolean      azqf_cli_parse_lang       (const char          *text,
                                         AzqfLang            *lang);
gboolean      azqf_cli_check_level      (int                  level,
                                         GError             **error);
/* NULL with *status set (and the message printed) on failure. */
AzqfStore    *azqf_cli_open_store       (const char          *path,
                                         AzqfStoreOpenFlags   flags,
                                         int                 *status);
AzqfStandard *azqf_cli_load_standard    (AzqfStore           *store,
                                         const char          *workspace,
                                         const char          *code,
                                         int                 *status);
/* Parses options; exactly n_args positional arguments must remain (usage
 * and exit 2 otherwise). A "--" before arguments starting with "-" is dropped. */
gboolean      azqf_cli_parse_options    (GOptionContext      *context,
                                         int                 *argc,
                                         char              ***argv,
                                         int                  n_args,
                                         int                 *status);

/* The commands that live in their own file. */
int           azqf_cmd_export           (int                  argc,
                                         char               **argv);
int           azqf_cmd_framework        (int                  argc,
                                         char               **argv);
int           azqf_cmd_gap              (int                  argc,
                                         char               **argv);
int           azqf_cmd_lint             (int                  argc,
                                         char               **argv);
int           azqf_cmd_link             (int                  argc,
                                         char               **argv);
int           azqf_cmd_import           (int                  argc,
                                         char               **argv);
int           azqf_cmd_spell            (int                  argc,
                                         char               **argv);
int           azqf_cmd_validate         (int                  argc,
                                         char               **argv);

G_END_DECLS
