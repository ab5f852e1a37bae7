/* azqf-document.h: one standard open for editing, saved as the user types
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "azqf-types.h"

G_BEGIN_DECLS

#define AZQF_DOCUMENT_ERROR (azqf_document_error_quark ())

typedef enum
{
  AZQF_DOCUMENT_ERROR_NOTHING_TO_UNDO,
  AZQF_DOCUMENT_ERROR_NOTHING_TO_REDO,
} AzqfDocumentError;

#define AZQF_TYPE_DOCUMENT (azqf_document_get_type ())

G_DECLARE_FINAL_TYPE (AzqfDocument, azqf_document, AZQF, DOCUMENT, GObject)

/* An AzqfDocument owns the whole AzqfStandard (loaded with units, outcomes,
 * criteria, links and relations) that an editor page shows, and writes it to
 * the store so that nothing is lost:
 *
 * - every "changed" of the standard (re)starts a debounce timeout of
 *   AZQF_DOCUMENT_SAVE_DELAY_MS; when it fires the standard is written with
 *   azqf_store_save_standard in one transaction (modified = now). A crash or
 *   kill therefore loses at most that delay of typing;
 * - azqf_document_save_now() flushes at once (window close, switching
 *   standard, before export); dispose also flushes;
 * - a failed save keeps the standard as it is in memory (the user's text
 *   stays), sets "error" and emits "save-failed"; the next change or
 *   save_now retries;
 * - undo/redo: each successful save is one step. The state before it (a JSON
 *   snapshot, azqf_json_from_standard) goes on the undo stack (at most 200
 *   steps); undo restores the previous snapshot into the same AzqfStandard
 *   object (same uuid), saves it at once, and emits "reloaded" so views
 *   rebuild; redo does the reverse; a new edit clears the redo stack.
 *
 * Properties (read-only unless said, all notify only on change): "store"
 * (construct-only), "standard" (construct-only), "saved" (TRUE when the store
 * holds what is on screen), "busy" (a save is pending), "error" (GError
 * boxed, the last save error or NULL), "can-undo", "can-redo".
 *
 * Signals: "saved" (after each successful write), "save-failed" (GError*),
 * "reloaded" (after undo/redo replaced the contents). */

#define AZQF_DOCUMENT_SAVE_DELAY_MS 400

GQuark        azqf_document_error_quark  (void);
AzqfDocument *azqf_document_new          (AzqfStore     *store,
                                          AzqfStandard  *standard);
/* Loads the whole standard with this uuid from the store. */
AzqfDocument *azqf_document_open         (AzqfStore     *store,
                                          const char    *uuid,
                                          GError       **error);
AzqfStore    *azqf_document_get_store    (AzqfDocument  *self);
AzqfStandard *azqf_document_get_standard (AzqfDocument  *self);
gboolean      azqf_document_get_saved    (AzqfDocument  *self);
gboolean      azqf_document_get_busy     (AzqfDocument  *self);
const GError *azqf_document_get_error    (AzqfDocument  *self);
gboolean      azqf_document_save_now     (AzqfDocument  *self,
                                          GError       **error);
gboolean      azqf_document_get_can_undo (AzqfDocument  *self);
gboolean      azqf_document_get_can_redo (AzqfDocument  *self);
gboolean      azqf_document_undo         (AzqfDocument  *self,
                                          GError       **error);
gboolean      azqf_document_redo         (AzqfDocument  *self,
                                          GError       **error);

G_END_DECLS
