/* azqf-register-import.h: importing register XML into a workspace
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "azqf-types.h"

G_BEGIN_DECLS

typedef enum
{
  AZQF_REGISTER_IMPORT_REFUSE,       /* an existing, different standard is I01 */
  AZQF_REGISTER_IMPORT_REPLACE,      /* --replace */
  AZQF_REGISTER_IMPORT_NEW_VERSION,  /* --new-version */
} AzqfRegisterImportMode;

typedef enum
{
  AZQF_REGISTER_PLAN_ADDED,
  AZQF_REGISTER_PLAN_REPLACED,
  AZQF_REGISTER_PLAN_NEW_VERSION,
  AZQF_REGISTER_PLAN_UNCHANGED,
} AzqfRegisterPlanAction;

/* One line of the import plan. */
typedef struct
{
  char                   *uuid;
  char                   *code;
  AzqfRegisterPlanAction  action;
  guint                   version;   /* the version that will be stored */
} AzqfRegisterPlanItem;

void     azqf_register_plan_item_free (AzqfRegisterPlanItem    *item);

/* Pass 1 reads and validates path (register-format.md §5) and checks it
 * against the workspace (I01–I04), filling *plan (AzqfRegisterPlanItem) and
 * *problems (AzqfRegisterProblem). Only when there is no problem and
 * dry_run is FALSE, pass 2 reads the file again (its size and SHA-256 must
 * be unchanged) and writes every standard in one transaction. Returns FALSE
 * with error only for I/O or store failures; the workspace is then
 * unchanged. Problems are not GErrors: check (*problems)->len. */
gboolean azqf_register_import         (AzqfStore               *store,
                                       const char              *path,
                                       AzqfRegisterImportMode   mode,
                                       gboolean                 dry_run,
                                       GPtrArray              **plan,
                                       GPtrArray              **problems,
                                       GError                 **error);

/* For the GUI: the plan (a dry run) in a worker thread, on a read-only
 * connection of its own to store's workspace; the caller may go on using
 * store meanwhile. finish gives what azqf_register_import gives. */
void     azqf_register_plan_async     (AzqfStore               *store,
                                       const char              *path,
                                       AzqfRegisterImportMode   mode,
                                       GCancellable            *cancellable,
                                       GAsyncReadyCallback      callback,
                                       gpointer                 user_data);
gboolean azqf_register_plan_finish    (AzqfStore               *store,
                                       GAsyncResult            *result,
                                       GPtrArray              **plan,
                                       GPtrArray              **problems,
                                       GError                 **error);
/* The whole import (validation, plan, write) in a worker thread, on store
 * itself: a process has one writing connection per workspace. Until the
 * callback runs, store must not be used from any thread. The plan is made
 * again from the file as it is then. "standards-changed" is emitted in the
 * caller's thread before the callback. Cancelling before the commit writes
 * nothing and gives G_IO_ERROR_CANCELLED. */
void     azqf_register_import_async   (AzqfStore               *store,
                                       const char              *path,
                                       AzqfRegisterImportMode   mode,
                                       GCancellable            *cancellable,
                                       GAsyncReadyCallback      callback,
                                       gpointer                 user_data);
gboolean azqf_register_import_finish  (AzqfStore               *store,
                                       GAsyncResult            *result,
                                       GPtrArray              **plan,
                                       GPtrArray              **problems,
                                       GError                 **error);

G_END_DECLS
