/* azqf-register-import.c: importing register XML into a workspace
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * register-format.md §5 and §10: two passes over the file, one transaction.
 * Pass 2 writes the standards in batches of IMPORT_BATCH as it reads them,
 * inside that one transaction, so memory does not grow with the file.
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <gio/gio.h>

#include "azqf-framework.h"
#include "azqf-link.h"
#include "azqf-outcome.h"
#include "azqf-register-import.h"
#include "azqf-register-import-private.h"
#include "azqf-register-reader.h"
#include "azqf-register-reader-private.h"
#include "azqf-register-writer.h"
#include "azqf-standard.h"
#include "azqf-store.h"
#include "azqf-store-private.h"
#include "azqf-unit.h"

/* Standards per write in pass 2: bounded memory, few statements. */
#define IMPORT_BATCH 50

typedef struct
{
  AzqfStore              *store;
  const char             *path;
  AzqfRegisterImportMode  mode;
  AzqfFrameworks         *frameworks;
  GPtrArray              *plan;
  GPtrArray              *problems;
  GHashTable             *actions;    /* uuid → plan item (borrowed) */
  GPtrArray              *batch;      /* pass 2: read, not yet written */
  char                   *scratch_dir;
  AzqfStore              *scratch;    /* holds incoming standards to compare */
} ImportContext;

void
azqf_register_plan_item_free (AzqfRegisterPlanItem *item)
{
  if (item == NULL)
    return;
  g_free (item->uuid);
  g_free (item->code);
  g_free (item);
}

static void
add_problem (ImportContext *ic,
             guint          line,
             guint          column,
             const char    *id,
             char          *message /* owned */)
{
  AzqfRegisterProblem *problem = g_new0 (AzqfRegisterProblem, 1);

  problem->file = g_strdup (ic->path);
  problem->line = line;
  problem->column = column;
  problem->id = g_strdup (id);
  problem->message = message;
  g_ptr_array_add (ic->problems, problem);
}

/* I03 at the <link>, whose position the reader left on the link. */
static void
check_outcome_links (ImportContext *ic,
                     AzqfOutcome   *outcome,
                     guint          line,
                     guint          column)
{
  GListModel *links = azqf_outcome_get_links (outcome);

  for (guint i = 0; i < g_list_model_get_n_items (links); i++)
    {
      g_autoptr(AzqfLink) link = g_list_model_get_item (links, i);
      const char *element = azqf_link_get_element (link);

      guint link_line = line, link_column = column;

      _azqf_register_get_position (G_OBJECT (link), "", &link_line, &link_column);
      if (azqf_frameworks_lookup (ic->frameworks, element) == NULL)
        add_problem (ic, link_line, link_column, "I03",
                     g_strdup_printf (_("descriptor element \"%s\" is not in this workspace's %s framework"),
                                      element, azqf_link_get_framework (link)));
    }
}

static void
check_links (ImportContext *ic,
             AzqfStandard  *standard,
             guint          line,
             guint          column)
{
  GListModel *outcomes = azqf_standard_get_outcomes (standard);
  GListModel *units = azqf_standard_get_units (standard);

  for (guint i = 0; i < g_list_model_get_n_items (outcomes); i++)
    {
      g_autoptr(AzqfOutcome) outcome = g_list_model_get_item (outcomes, i);
      check_outcome_links (ic, outcome, line, column);
    }
  for (guint i = 0; i < g_list_model_get_n_items (units); i++)
    {
      g_autoptr(AzqfUnit) unit = g_list_model_get_item (units, i);
      GListModel *unit_outcomes = azqf_unit_get_outcomes (unit);

      for (guint j = 0; j < g_list_model_get_n_items (unit_outcomes); j++)
        {
          g_autoptr(AzqfOutcome) outcome = g_list_model_get_item (unit_outcomes, j);
          check_outcome_links (ic, outcome, line, column);
        }
    }
}

/* The register XML of one standard of store, without the header line. */
static char *
export_one (AzqfStore   *store,
            const char  *code,
            GError     **error)
{
  g_autoptr(GOutputStream) stream = g_memory_output_stream_new_resizable ();
  const char *codes[2] = { code, NULL };
  g_autofree char *xml = NULL;
  char *header, *end;

  if (!azqf_register_export_to_stream (store, codes, stream, NULL, error) ||
      !g_output_stream_write_all (stream, "", 1, NULL, NULL, error) ||
      !g_output_stream_close (stream, NULL, error))
    return NULL;
  xml = g_memory_output_stream_steal_data (G_MEMORY_OUTPUT_STREAM (stream));
  header = strstr (xml, "<header ");
  end = header != NULL ? strchr (header, '\n') : NULL;
  if (end != NULL)
    memmove (header, end, strlen (end) + 1);
  return g_steal_pointer (&xml);
}

/* Whether incoming carries exactly what existing does: both written by
 * the writer, incoming from a scratch workspace (register-format.md §7.6). */
static gboolean
same_content (ImportContext *ic,
              AzqfStandard  *incoming,
              AzqfStandard  *existing)
{
  g_autoptr(GPtrArray) one = g_ptr_array_new ();
  g_autofree char *mine = NULL;
  g_autofree char *theirs = NULL;

  if (ic->scratch == NULL)
    {
      g_autofree char *path = NULL;

      ic->scratch_dir = g_dir_make_tmp ("azqf-import-XXXXXX", NULL);
      if (ic->scratch_dir == NULL)
        return FALSE;
      path = g_build_filename (ic->scratch_dir, "scratch.azqf", NULL);
      ic->scratch = azqf_store_create (path, NULL);
      if (ic->scratch == NULL)
        return FALSE;
    }

  g_ptr_array_add (one, incoming);
  if (!azqf_store_put_standards (ic->scratch, one, NULL))
    return FALSE;
  mine = export_one (ic->store, azqf_standard_get_code (existing), NULL);
  theirs = export_one (ic->scratch, azqf_standard_get_code (incoming), NULL);
  return mine != NULL && theirs != NULL && strcmp (mine, theirs) == 0;
}

static void
remove_scratch (ImportContext *ic)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_clear_object (&ic->scratch);
  if (ic->scratch_dir == NULL)
    return;
  dir = g_dir_open (ic->scratch_dir, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (ic->scratch_dir, name, NULL);
      g_unlink (path);
    }
  g_rmdir (ic->scratch_dir);
  g_clear_pointer (&ic->scratch_dir, g_free);
}

static gboolean
plan_cb (AzqfStandard  *standard,
         guint          line,
         guint          column,
         gpointer       user_data,
         GError       **error)
{
  ImportContext *ic = user_data;
  const char *uuid = azqf_standard_get_uuid (standard);
  const char *code = azqf_standard_get_code (standard);
  g_autoptr(AzqfStandard) existing = azqf_store_load_standard_by_uuid (ic->store, uuid, NULL);
  g_autoptr(AzqfStandard) owner = azqf_store_load_standard (ic->store, code, NULL);
  AzqfRegisterPlanItem *item = g_new0 (AzqfRegisterPlanItem, 1);

  item->uuid = g_strdup (uuid);
  item->code = g_strdup (code);
  item->version = azqf_standard_get_version (standard);
  item->action = AZQF_REGISTER_PLAN_ADDED;
  g_ptr_array_add (ic->plan, item);
  g_hash_table_insert (ic->actions, item->uuid, item);

  if (owner != NULL && g_strcmp0 (azqf_standard_get_uuid (owner), uuid) != 0)
    {
      guint code_line = line, code_column = column;

      _azqf_register_get_position (G_OBJECT (standard), "code", &code_line, &code_column);
      add_problem (ic, code_line, code_column, "I02",
                   g_strdup_printf (_("code \"%s\" belongs to another standard in this workspace"), code));
    }

  check_links (ic, standard, line, column);

  if (existing == NULL)
    return TRUE;

  if (same_content (ic, standard, existing))
    {
      item->action = AZQF_REGISTER_PLAN_UNCHANGED;
      return TRUE;
    }

  switch (ic->mode)
    {
    case AZQF_REGISTER_IMPORT_REPLACE:
      item->action = AZQF_REGISTER_PLAN_REPLACED;
      if (azqf_standard_get_version (standard) < azqf_standard_get_version (existing))
        add_problem (ic, line, column, "I04",
                     g_strdup_printf (_("standard \"%s\" is older (version %d) than the one in this workspace (version %d)"),
                                      code, (int) azqf_standard_get_version (standard),
                                      (int) azqf_standard_get_version (existing)));
      break;

    case AZQF_REGISTER_IMPORT_NEW_VERSION:
      item->action = AZQF_REGISTER_PLAN_NEW_VERSION;
      item->version = MAX (azqf_standard_get_version (existing), azqf_standard_get_version (standard)) + 1;
      break;

    case AZQF_REGISTER_IMPORT_REFUSE:
    default:
      add_problem (ic, line, column, "I01",
                   g_strdup_printf (_("standard \"%s\" (%s) already exists in this workspace with different content; use --replace or --new-version"),
                                    code, uuid));
      break;
    }

  return TRUE;
}

/* Writes the standards read so far, inside the import's transaction. */
static gboolean
flush_batch (ImportContext  *ic,
             GError        **error)
{
  if (ic->batch->len == 0)
    return TRUE;
  if (!_azqf_store_put_standards_in_write (ic->store, ic->batch, error))
    return FALSE;
  g_ptr_array_set_size (ic->batch, 0);
  return TRUE;
}

static gboolean
collect_cb (AzqfStandard  *standard,
            guint          line,
            guint          column,
            gpointer       user_data,
            GError       **error)
{
  ImportContext *ic = user_data;
  AzqfRegisterPlanItem *item = g_hash_table_lookup (ic->actions, azqf_standard_get_uuid (standard));

  if (item == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("%s changed while it was being imported"), ic->path);
      return FALSE;
    }
  if (item->action == AZQF_REGISTER_PLAN_UNCHANGED)
    return TRUE;
  if (item->action == AZQF_REGISTER_PLAN_NEW_VERSION &&
      !azqf_standard_set_version (standard, item->version, error))
    return FALSE;
  g_ptr_array_add (ic->batch, g_object_ref (standard));
  if (ic->batch->len < IMPORT_BATCH)
    return TRUE;
  return flush_batch (ic, error);
}

/* Size and SHA-256 of the file, read as a stream. */
static char *
file_digest (const char  *path,
             GError     **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileInputStream) stream = g_file_read (file, NULL, error);
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
  g_autofree char *buffer = NULL;
  guint64 size = 0;
  gssize n;

  if (stream == NULL)
    return NULL;
  buffer = g_malloc (64 * 1024);
  while ((n = g_input_stream_read (G_INPUT_STREAM (stream), buffer, 64 * 1024, NULL, error)) > 0)
    {
      g_checksum_update (checksum, (const guchar *) buffer, n);
      size += n;
    }
  if (n < 0)
    return NULL;
  return g_strdup_printf ("%" G_GUINT64_FORMAT ":%s", size, g_checksum_get_string (checksum));
}

static AzqfRegisterImportHook between_passes_hook;
static gpointer between_passes_data;

void
_azqf_register_import_set_hook (AzqfRegisterImportHook hook,
                                gpointer               user_data)
{
  between_passes_hook = hook;
  between_passes_data = user_data;
}

static gboolean
anything_to_write (GPtrArray *plan)
{
  for (guint i = 0; i < plan->len; i++)
    if (((AzqfRegisterPlanItem *) g_ptr_array_index (plan, i))->action != AZQF_REGISTER_PLAN_UNCHANGED)
      return TRUE;
  return FALSE;
}

/* Pass 2 inside one write transaction: committed only when the file read
 * again gives no problem and has the size and SHA-256 of pass 1. */
static gboolean
write_pass (ImportContext  *ic,
            const char     *digest,
            gboolean        emit,
            GCancellable   *cancellable,
            GError        **error)
{
  g_autoptr(GPtrArray) again = NULL;
  g_autofree char *digest_again = NULL;

  if (!_azqf_store_begin_write (ic->store, error))
    return FALSE;

  ic->batch = g_ptr_array_new_with_free_func (g_object_unref);
  if (!_azqf_register_read_cancellable (ic->path, FALSE, collect_cb, ic, cancellable, &again, error) ||
      !flush_batch (ic, error))
    goto failed;
  digest_again = file_digest (ic->path, error);
  if (digest_again == NULL)
    goto failed;
  if (again->len > 0 || strcmp (digest, digest_again) != 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("%s changed while it was being imported"), ic->path);
      goto failed;
    }
  if (g_cancellable_set_error_if_cancelled (cancellable, error) ||
      !_azqf_store_commit_write (ic->store, emit, error))
    goto failed;

  g_clear_pointer (&ic->batch, g_ptr_array_unref);
  return TRUE;

failed:
  _azqf_store_rollback_write (ic->store);
  g_clear_pointer (&ic->batch, g_ptr_array_unref);
  return FALSE;
}

/* azqf_register_import; *wrote tells whether pass 2 committed anything,
 * and emit whether the store emits "standards-changed" then. */
static gboolean
import_file (AzqfStore               *store,
             const char              *path,
             AzqfRegisterImportMode   mode,
             gboolean                 dry_run,
             gboolean                 emit,
             GCancellable            *cancellable,
             GPtrArray              **plan,
             GPtrArray              **problems,
             gboolean                *wrote,
             GError                 **error)
{
  g_autoptr(AzqfFrameworks) frameworks = NULL;
  g_autoptr(GPtrArray) read_problems = NULL;
  g_autoptr(GHashTable) actions = NULL;
  g_autofree char *digest = NULL;
  ImportContext ic = { 0 };

  *wrote = FALSE;

  frameworks = azqf_frameworks_load (store, error);
  if (frameworks == NULL)
    return FALSE;

  digest = file_digest (path, error);
  if (digest == NULL)
    return FALSE;

  actions = g_hash_table_new (g_str_hash, g_str_equal);
  ic.store = store;
  ic.path = path;
  ic.mode = mode;
  ic.frameworks = frameworks;
  ic.plan = g_ptr_array_new_with_free_func ((GDestroyNotify) azqf_register_plan_item_free);
  ic.problems = g_ptr_array_new_with_free_func ((GDestroyNotify) azqf_register_problem_free);
  ic.actions = actions;

  if (!_azqf_register_read_cancellable (path, FALSE, plan_cb, &ic, cancellable, &read_problems, error))
    {
      remove_scratch (&ic);
      goto failed;
    }
  remove_scratch (&ic);

  /* The reader's problems first, then the workspace's. */
  g_ptr_array_extend_and_steal (read_problems, g_steal_pointer (&ic.problems));
  ic.problems = g_steal_pointer (&read_problems);

  if (ic.problems->len == 0 && !dry_run && anything_to_write (ic.plan))
    {
      if (between_passes_hook != NULL)
        between_passes_hook (path, between_passes_data);
      if (!write_pass (&ic, digest, emit, cancellable, error))
        goto failed;
      *wrote = TRUE;
    }

  *plan = ic.plan;
  *problems = ic.problems;
  return TRUE;

failed:
  g_clear_pointer (&ic.plan, g_ptr_array_unref);
  g_clear_pointer (&ic.problems, g_ptr_array_unref);
  return FALSE;
}

gboolean
azqf_register_import (AzqfStore               *store,
                      const char              *path,
                      AzqfRegisterImportMode   mode,
                      gboolean                 dry_run,
                      GPtrArray              **plan,
                      GPtrArray              **problems,
                      GError                 **error)
{
  gboolean wrote;

  g_return_val_if_fail (AZQF_IS_STORE (store), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (plan != NULL && problems != NULL, FALSE);

  return import_file (store, path, mode, dry_run, TRUE, NULL, plan, problems, &wrote, error);
}

/* Asynchronous plan and import */

typedef struct
{
  char                   *workspace;
  char                   *path;
  AzqfRegisterImportMode  mode;
  GPtrArray              *plan;
  GPtrArray              *problems;
  gboolean                wrote;
} ImportData;

static void
import_data_free (gpointer data)
{
  ImportData *id = data;

  g_free (id->workspace);
  g_free (id->path);
  g_clear_pointer (&id->plan, g_ptr_array_unref);
  g_clear_pointer (&id->problems, g_ptr_array_unref);
  g_free (id);
}

/* A task whose data is a new ImportData. */
static GTask *
import_task_new (AzqfStore              *store,
                 const char             *path,
                 AzqfRegisterImportMode  mode,
                 GCancellable           *cancellable,
                 GAsyncReadyCallback     callback,
                 gpointer                user_data,
                 gpointer                source_tag)
{
  GTask *task = g_task_new (store, cancellable, callback, user_data);
  ImportData *id = g_new0 (ImportData, 1);

  g_task_set_source_tag (task, source_tag);
  id->workspace = g_strdup (azqf_store_get_path (store));
  id->path = g_strdup (path);
  id->mode = mode;
  g_task_set_task_data (task, id, import_data_free);
  return task;
}

static void
plan_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  ImportData *id = task_data;
  g_autoptr(AzqfStore) store = NULL;
  GError *error = NULL;

  /* A read-only connection of this thread's own, beside the caller's. */
  store = azqf_store_open (id->workspace, AZQF_STORE_OPEN_READ_ONLY, &error);
  if (store == NULL ||
      !import_file (store, id->path, id->mode, TRUE, FALSE, cancellable,
                    &id->plan, &id->problems, &id->wrote, &error))
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

void
azqf_register_plan_async (AzqfStore               *store,
                          const char              *path,
                          AzqfRegisterImportMode   mode,
                          GCancellable            *cancellable,
                          GAsyncReadyCallback      callback,
                          gpointer                 user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (AZQF_IS_STORE (store));
  g_return_if_fail (path != NULL);

  task = import_task_new (store, path, mode, cancellable, callback, user_data,
                          azqf_register_plan_async);
  g_task_run_in_thread (task, plan_thread);
}

static gboolean
import_propagate (AzqfStore     *store,
                  GAsyncResult  *result,
                  gpointer       source_tag,
                  GPtrArray    **plan,
                  GPtrArray    **problems,
                  GError       **error)
{
  ImportData *id;

  g_return_val_if_fail (g_task_is_valid (result, store), FALSE);
  g_return_val_if_fail (g_async_result_is_tagged (result, source_tag), FALSE);
  g_return_val_if_fail (plan != NULL && problems != NULL, FALSE);

  if (!g_task_propagate_boolean (G_TASK (result), error))
    return FALSE;
  id = g_task_get_task_data (G_TASK (result));
  *plan = g_steal_pointer (&id->plan);
  *problems = g_steal_pointer (&id->problems);
  return TRUE;
}

gboolean
azqf_register_plan_finish (AzqfStore     *store,
                           GAsyncResult  *result,
                           GPtrArray    **plan,
                           GPtrArray    **problems,
                           GError       **error)
{
  return import_propagate (store, result, azqf_register_plan_async, plan, problems, error);
}

static void
import_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ImportData *id = task_data;
  GError *error = NULL;

  /* On the caller's store: one writer per workspace and process. The store
   * emits "standards-changed" in the caller's thread (import_done). */
  if (!import_file (source_object, id->path, id->mode, FALSE, FALSE, cancellable,
                    &id->plan, &id->problems, &id->wrote, &error))
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

/* In the caller's thread, after import_thread: the signal, then the result.
 * The worker task shares the outer task's data. */
static void
import_done (GObject      *source_object,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  ImportData *id = g_task_get_task_data (task);
  GError *error = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      g_task_return_error (task, error);
      return;
    }
  if (id->wrote)
    _azqf_store_emit_standards_changed (AZQF_STORE (source_object));
  g_task_return_boolean (task, TRUE);
}

void
azqf_register_import_async (AzqfStore               *store,
                            const char              *path,
                            AzqfRegisterImportMode   mode,
                            GCancellable            *cancellable,
                            GAsyncReadyCallback      callback,
                            gpointer                 user_data)
{
  GTask *task;
  g_autoptr(GTask) worker = NULL;

  g_return_if_fail (AZQF_IS_STORE (store));
  g_return_if_fail (path != NULL);

  task = import_task_new (store, path, mode, cancellable, callback, user_data,
                          azqf_register_import_async);
  worker = g_task_new (store, cancellable, import_done, task);
  g_task_set_task_data (worker, g_task_get_task_data (task), NULL);
  g_task_run_in_thread (worker, import_thread);
}

gboolean
azqf_register_import_finish (AzqfStore     *store,
                             GAsyncResult  *result,
                             GPtrArray    **plan,
                             GPtrArray    **problems,
                             GError       **error)
{
  return import_propagate (store, result, azqf_register_import_async, plan, problems, error);
}
