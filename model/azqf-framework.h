/* azqf-framework.h: the AzQF, EQF and QF-EHEA descriptors a standard is checked against
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "azqf-types.h"

G_BEGIN_DECLS

#define AZQF_FRAMEWORK_ERROR (azqf_framework_error_quark ())

typedef enum
{
  AZQF_FRAMEWORK_ERROR_INVALID,   /* a framework file that does not follow the format */
} AzqfFrameworkError;

/* What the source of a framework gave for one of its levels. */
typedef enum
{
  AZQF_LEVEL_STATUS_COMPLETE,     /* every statement of the level was found */
  AZQF_LEVEL_STATUS_INCOMPLETE,   /* some were found, others are cut off or missing */
  AZQF_LEVEL_STATUS_MISSING,      /* no statement was found: nothing to check against */
} AzqfLevelStatus;

typedef enum
{
  AZQF_PROVENANCE_OFFICIAL,       /* copied exactly from the official text */
  AZQF_PROVENANCE_WORKING,        /* a working text or translation: shown labelled as such */
} AzqfProvenance;

/* One descriptor element: a statement of a framework at a level. */
#define AZQF_TYPE_DESCRIPTOR (azqf_descriptor_get_type ())

typedef struct _AzqfDescriptor AzqfDescriptor;

GType           azqf_descriptor_get_type        (void) G_GNUC_CONST;
AzqfDescriptor *azqf_descriptor_ref             (AzqfDescriptor       *descriptor);
void            azqf_descriptor_unref           (AzqfDescriptor       *descriptor);
/* "azqf:L6.K.1", "eqf:L6.A.2", "qfehea:FC.3" (product.md §2). */
const char     *azqf_descriptor_get_id          (const AzqfDescriptor *descriptor);
/* "azqf", "eqf" or "qfehea". */
const char     *azqf_descriptor_get_framework   (const AzqfDescriptor *descriptor);
/* AzQF/EQF level 1–8; for QF-EHEA the level of the cycle (5–8). */
guint           azqf_descriptor_get_level       (const AzqfDescriptor *descriptor);
AzqfDomain      azqf_descriptor_get_domain      (const AzqfDescriptor *descriptor);
/* The element's heading: a domain ("Skills") or a Dublin element
 * ("Making judgements"), translated. */
const char     *azqf_descriptor_get_heading     (const AzqfDescriptor *descriptor);
/* The statement in lang, or NULL when there is none in that language. */
const char     *azqf_descriptor_get_text        (const AzqfDescriptor *descriptor,
                                                 AzqfLang              lang);
AzqfProvenance  azqf_descriptor_get_provenance  (const AzqfDescriptor *descriptor,
                                                 AzqfLang              lang);
/* Where the text comes from (document, article, URL): the source of the
 * official text when there is one, else of the working text. */
const char     *azqf_descriptor_get_source      (const AzqfDescriptor *descriptor);
/* Where the text in lang comes from ("AzQF Studio working translation" for
 * our own translations), or NULL when there is no text in lang. */
const char     *azqf_descriptor_get_text_source (const AzqfDescriptor *descriptor,
                                                 AzqfLang              lang);
/* FALSE for a statement cut off in the source: shown, never analysed. */
gboolean        azqf_descriptor_is_complete     (const AzqfDescriptor *descriptor);
/* A remark of the data on this statement (a spelling to check, an element
 * not verified …), in English as the reference files give it, or NULL. */
const char     *azqf_descriptor_get_note        (const AzqfDescriptor *descriptor);
/* When the statement was imported into the workspace (Unix time), or 0 for
 * the bundled text. */
gint64          azqf_descriptor_get_imported    (const AzqfDescriptor *descriptor);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (AzqfDescriptor, azqf_descriptor_unref)

/* The three frameworks: the bundled data (resources/frameworks/, one JSON file each), with
 * what a workspace imported on top (azqf framework import). Immutable once
 * loaded, so it can be shared with worker threads. */
#define AZQF_TYPE_FRAMEWORKS (azqf_frameworks_get_type ())

G_DECLARE_FINAL_TYPE (AzqfFrameworks, azqf_frameworks, AZQF, FRAMEWORKS, GObject)

GQuark          azqf_framework_error_quark      (void);

/* The bundled frameworks only. */
AzqfFrameworks *azqf_frameworks_new_builtin     (GError              **error);
/* The bundled frameworks with the statements store's workspace imported. */
AzqfFrameworks *azqf_frameworks_load            (AzqfStore            *store,
                                                 GError              **error);
/* {"azqf", "eqf", "qfehea", NULL} */
const char * const *azqf_frameworks_get_ids     (AzqfFrameworks       *self);
/* The short name of a framework id in the UI language ("AzQF" / "AzMKÇ"),
 * or the id itself when unknown. */
const char     *azqf_framework_get_abbreviation (const char           *framework);
const char     *azqf_frameworks_get_name        (AzqfFrameworks       *self,
                                                 const char           *framework,
                                                 AzqfLang              lang);
/* The document the framework's official texts come from. */
const char     *azqf_frameworks_get_source      (AzqfFrameworks       *self,
                                                 const char           *framework);
/* What the data says about the framework as a whole ("Azerbaijani
 * translation: none found"), in English, or NULL. */
const char     *azqf_frameworks_get_note        (AzqfFrameworks       *self,
                                                 const char           *framework);
/* FALSE when the framework has no such level (QF-EHEA has only 5–8). */
gboolean        azqf_frameworks_get_level_status (AzqfFrameworks      *self,
                                                 const char           *framework,
                                                 guint                 level,
                                                 AzqfLevelStatus      *status);
/* The complete statements of framework at level (1–8), in their order: a new
 * array of new references; empty when that level's text is not loaded. */
GPtrArray      *azqf_frameworks_get_descriptors (AzqfFrameworks       *self,
                                                 const char           *framework,
                                                 guint                 level);
/* Also the incomplete ones, for `azqf framework show`. */
GPtrArray      *azqf_frameworks_get_all_descriptors (AzqfFrameworks   *self,
                                                 const char           *framework,
                                                 guint                 level);
/* TRUE when at least one complete statement of that level is loaded. */
gboolean        azqf_frameworks_has_level       (AzqfFrameworks       *self,
                                                 const char           *framework,
                                                 guint                 level);
/* What the data says about a level that is missing or incomplete in the
 * source ("not found in any source; see SOURCES.md"), in English as the
 * reference files give it, or NULL. */
const char     *azqf_frameworks_get_level_note  (AzqfFrameworks       *self,
                                                 const char           *framework,
                                                 guint                 level);
/* The element with that id ("eqf:L6.K.1"), complete or not, or NULL; owned
 * by self (no new reference). */
AzqfDescriptor *azqf_frameworks_lookup          (AzqfFrameworks       *self,
                                                 const char           *element_id);

/* Checks a framework file (the format of resources/frameworks/, documented in
 * docs/frameworks.md) and stores its statements in the workspace, all or
 * nothing; statements with an existing id replace the earlier text. */
gboolean        azqf_frameworks_import_file     (AzqfStore            *store,
                                                 const char           *path,
                                                 guint                *n_statements,
                                                 GError              **error);

G_END_DECLS
