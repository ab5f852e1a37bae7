/* azqf-register-import.c: importing register XML into a workspace
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * register-format.md §5 and §10: two passes over the file, one transaction.
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
#include "azqf-unit.h"

typedef struct
{
  AzqfStore              *store;
  const char             *path;
  AzqfRegisterImportMode  mode;
  AzqfFrameworks         *frameworks;
  GPtrArray              *plan;
  GPtrArray              *problems;
  GHashTable             *actions;    /* uuid → plan item (borrowed) */
  GPtrArray              *standards;  /* pass 2 */
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
  g_ptr_array_add (ic->standards, g_object_ref (standard));
  return TRUE;
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

gboolean
azqf_register_import (AzqfStore               *store,
                      const char              *path,
                      AzqfRegisterImportMode   mode,
                      gboolean                 dry_run,
                      GPtrArray              **plan,
                      GPtrArray              **problems,
                      GError                 **error)
{
  g_autoptr(AzqfFrameworks) frameworks = NULL;
  g_autoptr(GPtrArray) read_problems = NULL;
  g_autoptr(GPtrArray) again = NULL;
  g_autoptr(GHashTable) actions = NULL;
  g_autofree char *digest = NULL;
  g_autofree char *digest_again = NULL;
  ImportContext ic = { 0 };

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (plan != NULL && problems != NULL, FALSE);

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

  if (!azqf_register_read (path, FALSE, plan_cb, &ic, &read_problems, error))
    {
      remove_scratch (&ic);
      goto failed;
    }
  remove_scratch (&ic);

  /* The reader's problems first, then the workspace's. */
  g_ptr_array_extend_and_steal (read_problems, g_steal_pointer (&ic.problems));
  ic.problems = g_steal_pointer (&read_problems);

  if (ic.problems->len == 0 && !dry_run)
    {
      if (between_passes_hook != NULL)
        between_passes_hook (path, between_passes_data);
      ic.standards = g_ptr_array_new_with_free_func (g_object_unref);
      if (!azqf_register_read (path, FALSE, collect_cb, &ic, &again, error))
        goto failed;
      digest_again = file_digest (path, error);
      if (digest_again == NULL)
        goto failed;
      if (again->len > 0 || strcmp (digest, digest_again) != 0)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("%s changed while it was being imported"), path);
          goto failed;
        }
      if (ic.standards->len > 0 && !azqf_store_put_standards (store, ic.standards, error))
        goto failed;
      g_clear_pointer (&ic.standards, g_ptr_array_unref);
    }

  *plan = ic.plan;
  *problems = ic.problems;
  return TRUE;

failed:
  g_clear_pointer (&ic.plan, g_ptr_array_unref);
  g_clear_pointer (&ic.problems, g_ptr_array_unref);
  g_clear_pointer (&ic.standards, g_ptr_array_unref);
  return FALSE;
}
