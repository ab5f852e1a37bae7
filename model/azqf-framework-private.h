/* azqf-framework-private.h: framework files and statements, for the store and the tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "azqf-framework.h"

G_BEGIN_DECLS

/* The reserved source of the texts AzQF Studio translated itself. */
#define AZQF_WORKING_TRANSLATION_SOURCE "AzQF Studio working translation"

/* Framework files larger than this are refused (the bundled ones are ~30 KB). */
#define AZQF_FRAMEWORK_FILE_MAX (4 * 1024 * 1024)

/* What a framework file or the workspace says about one level. */
typedef struct
{
  char            *framework;
  guint            level;
  AzqfLevelStatus  status;
  char            *note;       /* NULL when none */
  gint64           imported;   /* Unix time of the import, 0 for bundled data */
} AzqfFrameworkLevel;

void                _azqf_framework_level_free (AzqfFrameworkLevel *level);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (AzqfFrameworkLevel, _azqf_framework_level_free)

/* One framework file, checked. */
typedef struct
{
  char      *framework;
  char      *name[2];      /* by AzqfLang, NULL when absent */
  char      *source;
  char      *note;
  GPtrArray *levels;       /* AzqfFrameworkLevel, in file order */
  GPtrArray *statements;   /* AzqfDescriptor, in file order */
} AzqfFrameworkFile;

void                _azqf_framework_file_free  (AzqfFrameworkFile *file);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (AzqfFrameworkFile, _azqf_framework_file_free)

/* Checks data (the contents of a framework file; display_name names it in
 * messages) against the format of docs/frameworks.md. On failure: one
 * AZQF_FRAMEWORK_ERROR_INVALID whose message has one line per problem,
 * "FILE: WHERE: WHY". Statements get imported as their import time. */
AzqfFrameworkFile  *_azqf_framework_file_parse (const char         *data,
                                                gsize               length,
                                                const char         *display_name,
                                                gint64              imported,
                                                GError            **error);

/* A statement; text, provenance and source are by AzqfLang (NULL: absent). */
AzqfDescriptor     *_azqf_descriptor_new       (const char         *id,
                                                const char         *framework,
                                                guint               level,
                                                AzqfDomain          domain,
                                                const char         *heading,
                                                const char * const  text[2],
                                                const AzqfProvenance provenance[2],
                                                const char * const  source[2],
                                                const char         *note,
                                                gboolean            complete,
                                                gint64              imported);
/* The untranslated heading the data gives, or NULL (then the domain's label is shown). */
const char         *_azqf_descriptor_get_raw_heading (const AzqfDescriptor *descriptor);

const char         *_azqf_provenance_to_string (AzqfProvenance      provenance);
gboolean            _azqf_provenance_from_string (const char       *str,
                                                AzqfProvenance     *out);
const char         *_azqf_level_status_to_string (AzqfLevelStatus   status);
gboolean            _azqf_level_status_from_string (const char     *str,
                                                AzqfLevelStatus    *out);

/* Checks that id (with its "framework:" prefix) names a statement of
 * framework at level in domain (azqf/eqf: "L6.K.1"; qfehea: "FC.1" at 6,
 * "SC2.1" at 7, "TC.1" at 8, "SHC.1" at 5). Sets a translated reason. */
gboolean            _azqf_framework_check_id   (const char         *framework,
                                                const char         *id,
                                                guint               level,
                                                AzqfDomain          domain,
                                                GError            **error);

G_END_DECLS
