/* azqf-register-reader.h: the streaming reader of register XML 1.0
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "azqf-types.h"

G_BEGIN_DECLS

#define AZQF_TYPE_REGISTER_PROBLEM (azqf_register_problem_get_type ())

/* One error of register-format.md §7: FILE:LINE:COL: message [ID]. */
typedef struct
{
  char     *file;
  guint     line;
  guint     column;
  char     *id;        /* "X05", never translated */
  char     *message;   /* translated */
  gboolean  fatal;
} AzqfRegisterProblem;

GType                azqf_register_problem_get_type (void) G_GNUC_CONST;
AzqfRegisterProblem *azqf_register_problem_copy     (const AzqfRegisterProblem *self);
void                 azqf_register_problem_free     (AzqfRegisterProblem       *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (AzqfRegisterProblem, azqf_register_problem_free)

/* Called at each </standard> with a standard built from the events and the
 * position of its start tag; the reader drops its reference afterwards.
 * Returning FALSE stops the read. */
typedef gboolean (*AzqfRegisterStandardFunc) (AzqfStandard  *standard,
                                              guint          line,
                                              guint          column,
                                              gpointer       user_data,
                                              GError       **error);

/* Reads and validates PATH. Problems (AzqfRegisterProblem) are appended to
 * a new array in *problems. FALSE with error set only when the file cannot
 * be read (I/O) or func failed; format problems are not GErrors. */
gboolean             azqf_register_read             (const char                *path,
                                                     gboolean                   complete,
                                                     AzqfRegisterStandardFunc   func,
                                                     gpointer                   user_data,
                                                     GPtrArray                **problems,
                                                     GError                   **error);

/* azqf_register_read (path, complete, NULL, …) in a worker thread, for the
 * GUI: finish returns the problems (a new array, empty when the file is
 * valid), or NULL with error when the file cannot be read or cancellable
 * was cancelled (G_IO_ERROR_CANCELLED). Reads of several threads take
 * turns (libxml2 2.9's entity loader is process-wide). */
void                 azqf_register_validate_async   (const char                *path,
                                                     gboolean                   complete,
                                                     GCancellable              *cancellable,
                                                     GAsyncReadyCallback        callback,
                                                     gpointer                   user_data);
GPtrArray           *azqf_register_validate_finish  (GAsyncResult              *result,
                                                     GError                   **error);

G_END_DECLS
