/* azqf-register-reader-private.h: what the reader and its rule layer share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>
#include <libxml/parser.h>

#include "azqf-register-reader.h"
#include "azqf-types.h"

G_BEGIN_DECLS

typedef struct
{
  char  *name;
  guint  line;
  guint  column;
} Element;

typedef struct
{
  const char               *file;
  gboolean                  complete;
  AzqfRegisterStandardFunc  func;
  gpointer                  user_data;
  GError                   *func_error;

  xmlParserCtxtPtr          parser;
  GPtrArray                *problems;
  guint                     n_errors;
  gboolean                  stopped;
  gboolean                  terminating;
  gboolean                  in_end;
  gboolean                  seen_root;

  GArray                   *stack;          /* Element */
  Element                   last_end;
  gsize                     text_len;
  GString                  *text;

  /* The standard being read. */
  guint                     std_line;
  guint                     std_column;
  char                     *std_uuid;
  char                     *std_kind;
  char                     *std_code;
  char                     *std_status;
  guint                     std_version;
  AzqfStandard             *standard;
  AzqfUnit                 *unit;
  AzqfOutcome              *outcome;        /* only when func: see attach_item */
  gboolean                  outcome_in_unit;
  gboolean                  outcome_open;   /* an outcome is being read (and would be built) */
  char                     *outcome_code;
  guint                     outcome_langs;  /* 1 << AzqfLang of each text it has */
  gboolean                  criterion_open;
  guint                     criterion_langs;
  AzqfCriterion            *criterion;      /* only when func */
  AzqfLink                 *link;
  AzqfDomain                domain;
  gboolean                  domain_valid;
  char                     *lang;
  guint                     azqf_level;     /* 0 = absent or invalid */
  guint                     eqf_level;
  Element                   eqf_position;
  char                     *cycle;
  Element                   cycle_position;
  Element                   level_position;
  char                     *decision_date;
  char                     *review_date;
  Element                   review_position;
  gint64                    created;
  guint                     n_criteria;     /* of the outcome being read */
  guint                     n_outcomes;     /* of the standard, units' too */
  guint                     n_unit_outcomes;
  GHashTable               *seen;           /* per-standard keys: R03, R11, R15 */
  GHashTable               *unit_codes;
  GHashTable               *outcome_codes;
  GPtrArray                *relations;      /* PendingRelation, checked at the end: R21 */
  GHashTable               *replaces;       /* uuid → GPtrArray of target uuids: R16 */
  GHashTable               *names;          /* uuid → code, for R16's message */

  /* Document-level state (§5.6). */
  GHashTable               *uuids;          /* uuid → line */
  GHashTable               *codes;          /* code → line */
} ReadContext;

typedef struct
{
  char  *target;
  char  *target_code;
  char  *source_code;
  guint  line;
  guint  column;
} PendingRelation;

/* azqf-register-reader.c */
/* xmlInitParser, once per process; the writer calls it too. */
void     _azqf_register_init_libxml          (void);
/* azqf_register_read, stopping with G_IO_ERROR_CANCELLED when cancellable
 * is cancelled (checked at every 64 KiB read). */
gboolean _azqf_register_read_cancellable     (const char                *path,
                                              gboolean                   complete,
                                              AzqfRegisterStandardFunc   func,
                                              gpointer                   user_data,
                                              GCancellable              *cancellable,
                                              GPtrArray                **problems,
                                              GError                   **error);
void     _azqf_register_add_problem          (ReadContext    *rc,
                                              guint           line,
                                              guint           column,
                                              const char     *id,
                                              gboolean        fatal,
                                              char           *message);
void     _azqf_register_stop                 (ReadContext    *rc);

/* azqf-register-rules.c: building standards and the R and C rules */
/* The position of an element on a model object the reader built: "" for a
 * link's <link>, "code" for a standard's <code>. */
void     _azqf_register_set_position         (GObject        *object,
                                              const char     *what,
                                              Element        *element);
gboolean _azqf_register_get_position         (GObject        *object,
                                              const char     *what,
                                              guint          *line,
                                              guint          *column);
char    *_azqf_register_attribute_value      (int             nb_attributes,
                                              const xmlChar **attributes,
                                              const char     *name);
void     _azqf_register_pending_relation_free (gpointer       data);
void     _azqf_register_clear_standard       (ReadContext    *rc);
void     _azqf_register_finish_standard      (ReadContext    *rc);
void     _azqf_register_build_start          (ReadContext    *rc,
                                              const char     *name,
                                              const char     *parent,
                                              Element        *element,
                                              int             nb_attributes,
                                              const xmlChar **attributes);
void     _azqf_register_build_end            (ReadContext    *rc,
                                              const char     *name,
                                              const char     *parent,
                                              Element        *element,
                                              const char     *text);
void     _azqf_register_check_relation_codes (ReadContext    *rc);

G_END_DECLS
