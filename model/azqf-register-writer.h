/* azqf-register-writer.h: exporting standards as register XML 1.0
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "azqf-types.h"

G_BEGIN_DECLS

#define AZQF_REGISTER_WRITER_ERROR (azqf_register_writer_error_quark ())

/* Every message is translated; the IDs are those of register-format.md §7.7. */
typedef enum
{
  AZQF_REGISTER_WRITER_ERROR_CHARACTER, /* E01: a value XML 1.0 cannot carry */
  AZQF_REGISTER_WRITER_ERROR_WRITE,     /* E02: the file could not be written */
} AzqfRegisterWriterError;

GQuark   azqf_register_writer_error_quark (void);

/* Writes the standards with the given codes (NULL: all of the workspace) to
 * path, one standard in memory at a time, in the deterministic form of
 * register-format.md §8. The file is replaced atomically: on any error the
 * old file at path is left as it was and no new file appears. Errors:
 * AZQF_REGISTER_WRITER_ERROR, or AZQF_STORE_ERROR when a standard cannot be
 * read (AZQF_STORE_ERROR_NOT_FOUND for an unknown code). */
gboolean azqf_register_export           (AzqfStore          *store,
                                         const char * const *codes,
                                         const char         *path,
                                         GError            **error);
/* The same document, written to stream (not closed). On error, part of the
 * document may have been written. */
gboolean azqf_register_export_to_stream (AzqfStore          *store,
                                         const char * const *codes,
                                         GOutputStream      *stream,
                                         GCancellable       *cancellable,
                                         GError            **error);

/* azqf_register_export in a worker thread, for the GUI. The worker opens a
 * read-only connection of its own to store's workspace, so the caller may go
 * on using store (and saving) meanwhile; each standard is written as it is
 * committed when the worker reaches it, so save before exporting. Cancelling
 * leaves the old file as it was and gives G_IO_ERROR_CANCELLED. */
void     azqf_register_export_async     (AzqfStore          *store,
                                         const char * const *codes,
                                         const char         *path,
                                         GCancellable       *cancellable,
                                         GAsyncReadyCallback callback,
                                         gpointer            user_data);
gboolean azqf_register_export_finish    (AzqfStore          *store,
                                         GAsyncResult       *result,
                                         GError            **error);

G_END_DECLS
