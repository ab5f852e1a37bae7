/* azqf-document.c: one standard open for editing, saved as the user types
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * State: "stored" is the JSON snapshot of the current undo step, the state
 * the last successful save wrote (or the one the document opened with, or an
 * undo/redo restored). "edited" says the user changed the standard since that
 * step: the next successful save pushes "stored" on the undo stack and makes
 * the saved state the new step. A save after undo/redo only writes.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "azqf-document.h"
#include "azqf-json.h"
#include "azqf-standard.h"
#include "azqf-store.h"

#define MAX_UNDO 200

struct _AzqfDocument
{
  GObject       parent_instance;

  AzqfStore    *store;
  AzqfStandard *standard;
  JsonNode     *stored;     /* the current step */
  GPtrArray    *undo;       /* JsonNode, oldest first */
  GPtrArray    *redo;       /* JsonNode, next redo last */
  GError       *error;
  guint         save_id;

  guint         saved : 1;
  guint         edited : 1;
  guint         quiet : 1;  /* our own changes to the standard: not edits */
  guint         can_undo : 1;
  guint         can_redo : 1;
};

G_DEFINE_FINAL_TYPE (AzqfDocument, azqf_document, G_TYPE_OBJECT)

G_DEFINE_QUARK (azqf-document-error-quark, azqf_document_error)

enum {
  PROP_0,
  PROP_STORE,
  PROP_STANDARD,
  PROP_SAVED,
  PROP_BUSY,
  PROP_ERROR,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  N_PROPS
};

enum {
  SAVED,
  SAVE_FAILED,
  RELOADED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static JsonNode *
snapshot (AzqfDocument *self)
{
  return azqf_json_from_standard (self->standard, TRUE);
}

/* Notifies "can-undo" and "can-redo" when they changed. Undo is possible
 * with a step on the stack, or with edits not saved yet (they become one). */
static void
update_can (AzqfDocument *self)
{
  gboolean can_undo = self->undo->len > 0 || self->edited;
  gboolean can_redo = self->redo->len > 0;

  if (self->can_undo != can_undo)
    {
      self->can_undo = can_undo;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
    }

  if (self->can_redo != can_redo)
    {
      self->can_redo = can_redo;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
    }
}

static void
set_saved (AzqfDocument *self,
           gboolean      saved)
{
  if (self->saved == !!saved)
    return;

  self->saved = !!saved;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SAVED]);
}

static void
cancel_timeout (AzqfDocument *self)
{
  if (self->save_id == 0)
    return;

  g_clear_handle_id (&self->save_id, g_source_remove);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

static void
set_error (AzqfDocument *self,
           const GError *error)
{
  if (self->error == NULL && error == NULL)
    return;

  g_clear_error (&self->error);
  if (error != NULL)
    self->error = g_error_copy (error);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ERROR]);
}

static void
push_step (GPtrArray *stack,
           JsonNode  *node)
{
  g_ptr_array_add (stack, node);
  if (stack->len > MAX_UNDO)
    g_ptr_array_remove_index (stack, 0);
}

/* Writes the standard if the store does not hold it yet, or always with
 * force (after undo/redo, where "saved" stays TRUE unless the write fails). */
static gboolean
write_standard (AzqfDocument  *self,
                gboolean       force,
                GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GObject) keep G_GNUC_UNUSED = g_object_ref (G_OBJECT (self));

  g_object_freeze_notify (G_OBJECT (self));
  cancel_timeout (self);

  if (self->saved && !force)
    {
      g_object_thaw_notify (G_OBJECT (self));
      return TRUE;
    }

  self->quiet = TRUE;
  azqf_standard_set_modified (self->standard, g_get_real_time () / G_USEC_PER_SEC);
  self->quiet = FALSE;

  if (!azqf_store_save_standard (self->store, self->standard, &local_error))
    {
      /* The standard stays as it is: the user's text is not lost. */
      set_error (self, local_error);
      set_saved (self, FALSE);
      g_object_thaw_notify (G_OBJECT (self));
      g_signal_emit (self, signals[SAVE_FAILED], 0, local_error);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  if (self->edited)
    {
      push_step (self->undo, g_steal_pointer (&self->stored));
      self->edited = FALSE;
    }
  g_clear_pointer (&self->stored, json_node_unref);
  self->stored = snapshot (self);

  set_error (self, NULL);
  set_saved (self, TRUE);
  update_can (self);
  g_object_thaw_notify (G_OBJECT (self));

  g_signal_emit (self, signals[SAVED], 0);
  return TRUE;
}

static gboolean
save (AzqfDocument  *self,
      GError       **error)
{
  return write_standard (self, FALSE, error);
}

static gboolean
save_timeout_cb (gpointer data)
{
  AzqfDocument *self = data;

  self->save_id = 0;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
  save (self, NULL);

  return G_SOURCE_REMOVE;
}

static void
standard_changed_cb (AzqfDocument *self,
                     AzqfStandard *standard)
{
  if (self->quiet)
    return;

  g_object_freeze_notify (G_OBJECT (self));

  self->edited = TRUE;
  g_ptr_array_set_size (self->redo, 0);
  set_saved (self, FALSE);
  update_can (self);

  if (self->save_id != 0)
    g_source_remove (self->save_id);
  else
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
  self->save_id = g_timeout_add (AZQF_DOCUMENT_SAVE_DELAY_MS, save_timeout_cb, self);
  g_source_set_name_by_id (self->save_id, "[azqf] document autosave");

  g_object_thaw_notify (G_OBJECT (self));
}

/* Undo and redo: from one stack to the other, through the standard. */
static gboolean
step (AzqfDocument  *self,
      GPtrArray     *from,
      GPtrArray     *to,
      GError       **error)
{
  g_autoptr(AzqfStandard) restored = NULL;
  g_autoptr(GObject) keep G_GNUC_UNUSED = g_object_ref (G_OBJECT (self));
  JsonNode *node;

  /* Edits not saved yet become a step of their own first. */
  if (!self->saved && !save (self, error))
    return FALSE;

  g_assert (from->len > 0);
  node = g_ptr_array_index (from, from->len - 1);
  restored = azqf_json_to_standard (node, error);
  if (restored == NULL)
    return FALSE;

  g_object_freeze_notify (G_OBJECT (self));

  push_step (to, g_steal_pointer (&self->stored));
  self->stored = json_node_ref (node);
  g_ptr_array_remove_index (from, from->len - 1);

  self->quiet = TRUE;
  azqf_standard_assign (self->standard, restored);
  self->quiet = FALSE;

  update_can (self);
  g_object_thaw_notify (G_OBJECT (self));

  g_signal_emit (self, signals[RELOADED], 0);

  /* On failure the restored text stays on screen, unsaved, and "error" and
   * "save-failed" say so; the next change or save_now retries. */
  return write_standard (self, TRUE, error);
}

/* GObject */

static void
azqf_document_constructed (GObject *object)
{
  AzqfDocument *self = AZQF_DOCUMENT (object);

  G_OBJECT_CLASS (azqf_document_parent_class)->constructed (object);

  g_assert (AZQF_IS_STORE (self->store));
  g_assert (AZQF_IS_STANDARD (self->standard));

  self->stored = snapshot (self);
  g_signal_connect_object (self->standard, "changed",
                           G_CALLBACK (standard_changed_cb), self, G_CONNECT_SWAPPED);
}

static void
azqf_document_dispose (GObject *object)
{
  AzqfDocument *self = AZQF_DOCUMENT (object);

  /* Flush what is not saved yet; a failure is reported by "save-failed". */
  if (self->standard != NULL && self->store != NULL && !self->saved)
    save (self, NULL);

  g_clear_handle_id (&self->save_id, g_source_remove);
  if (self->standard != NULL)
    g_signal_handlers_disconnect_by_func (self->standard, standard_changed_cb, self);
  g_clear_object (&self->standard);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (azqf_document_parent_class)->dispose (object);
}

static void
azqf_document_finalize (GObject *object)
{
  AzqfDocument *self = AZQF_DOCUMENT (object);

  g_clear_pointer (&self->stored, json_node_unref);
  g_clear_pointer (&self->undo, g_ptr_array_unref);
  g_clear_pointer (&self->redo, g_ptr_array_unref);
  g_clear_error (&self->error);

  G_OBJECT_CLASS (azqf_document_parent_class)->finalize (object);
}

static void
azqf_document_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  AzqfDocument *self = AZQF_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_STANDARD:
      g_value_set_object (value, self->standard);
      break;

    case PROP_SAVED:
      g_value_set_boolean (value, self->saved);
      break;

    case PROP_BUSY:
      g_value_set_boolean (value, self->save_id != 0);
      break;

    case PROP_ERROR:
      g_value_set_boxed (value, self->error);
      break;

    case PROP_CAN_UNDO:
      g_value_set_boolean (value, self->can_undo);
      break;

    case PROP_CAN_REDO:
      g_value_set_boolean (value, self->can_redo);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
azqf_document_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  AzqfDocument *self = AZQF_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_assert (self->store == NULL);
      self->store = g_value_dup_object (value);
      break;

    case PROP_STANDARD:
      g_assert (self->standard == NULL);
      self->standard = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
azqf_document_class_init (AzqfDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  GParamFlags construct = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->constructed = azqf_document_constructed;
  object_class->dispose = azqf_document_dispose;
  object_class->finalize = azqf_document_finalize;
  object_class->get_property = azqf_document_get_property;
  object_class->set_property = azqf_document_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, AZQF_TYPE_STORE, construct);
  properties[PROP_STANDARD] =
    g_param_spec_object ("standard", NULL, NULL, AZQF_TYPE_STANDARD, construct);
  properties[PROP_SAVED] =
    g_param_spec_boolean ("saved", NULL, NULL, TRUE, ro);
  properties[PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL, FALSE, ro);
  properties[PROP_ERROR] =
    g_param_spec_boxed ("error", NULL, NULL, G_TYPE_ERROR, ro);
  properties[PROP_CAN_UNDO] =
    g_param_spec_boolean ("can-undo", NULL, NULL, FALSE, ro);
  properties[PROP_CAN_REDO] =
    g_param_spec_boolean ("can-redo", NULL, NULL, FALSE, ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * AzqfDocument::saved:
   *
   * Emitted after each successful write of the standard.
   */
  signals[SAVED] =
    g_signal_new ("saved",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0,
                  NULL, NULL,
                  NULL,
                  G_TYPE_NONE, 0);

  /**
   * AzqfDocument::save-failed:
   * @error: why (also in "error" until the next successful save)
   *
   * Emitted when a write failed; the standard keeps what the user typed.
   */
  signals[SAVE_FAILED] =
    g_signal_new ("save-failed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0,
                  NULL, NULL,
                  NULL,
                  G_TYPE_NONE, 1, G_TYPE_ERROR | G_SIGNAL_TYPE_STATIC_SCOPE);

  /**
   * AzqfDocument::reloaded:
   *
   * Emitted after undo or redo replaced the standard's contents (its units,
   * outcomes and relations are new objects): views rebuild.
   */
  signals[RELOADED] =
    g_signal_new ("reloaded",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0,
                  NULL, NULL,
                  NULL,
                  G_TYPE_NONE, 0);
}

static void
azqf_document_init (AzqfDocument *self)
{
  self->saved = TRUE;
  self->undo = g_ptr_array_new_with_free_func ((GDestroyNotify) json_node_unref);
  self->redo = g_ptr_array_new_with_free_func ((GDestroyNotify) json_node_unref);
}

/* API */

/* The document takes a reference on standard, which should be what the store
 * holds (as azqf_store_load_standard returns it). */
AzqfDocument *
azqf_document_new (AzqfStore    *store,
                   AzqfStandard *standard)
{
  g_return_val_if_fail (AZQF_IS_STORE (store), NULL);
  g_return_val_if_fail (AZQF_IS_STANDARD (standard), NULL);

  return g_object_new (AZQF_TYPE_DOCUMENT,
                       "store", store,
                       "standard", standard,
                       NULL);
}

AzqfDocument *
azqf_document_open (AzqfStore   *store,
                    const char  *uuid,
                    GError     **error)
{
  g_autoptr(AzqfStandard) standard = NULL;

  g_return_val_if_fail (AZQF_IS_STORE (store), NULL);
  g_return_val_if_fail (uuid != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  standard = azqf_store_load_standard_by_uuid (store, uuid, error);
  if (standard == NULL)
    return NULL;

  return azqf_document_new (store, standard);
}

AzqfStore *
azqf_document_get_store (AzqfDocument *self)
{
  g_return_val_if_fail (AZQF_IS_DOCUMENT (self), NULL);

  return self->store;
}

AzqfStandard *
azqf_document_get_standard (AzqfDocument *self)
{
  g_return_val_if_fail (AZQF_IS_DOCUMENT (self), NULL);

  return self->standard;
}

gboolean
azqf_document_get_saved (AzqfDocument *self)
{
  g_return_val_if_fail (AZQF_IS_DOCUMENT (self), FALSE);

  return self->saved;
}

gboolean
azqf_document_get_busy (AzqfDocument *self)
{
  g_return_val_if_fail (AZQF_IS_DOCUMENT (self), FALSE);

  return self->save_id != 0;
}

const GError *
azqf_document_get_error (AzqfDocument *self)
{
  g_return_val_if_fail (AZQF_IS_DOCUMENT (self), NULL);

  return self->error;
}

/* Does nothing (and succeeds) when the store already holds the standard. */
gboolean
azqf_document_save_now (AzqfDocument  *self,
                        GError       **error)
{
  g_return_val_if_fail (AZQF_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return save (self, error);
}

gboolean
azqf_document_get_can_undo (AzqfDocument *self)
{
  g_return_val_if_fail (AZQF_IS_DOCUMENT (self), FALSE);

  return self->can_undo;
}

gboolean
azqf_document_get_can_redo (AzqfDocument *self)
{
  g_return_val_if_fail (AZQF_IS_DOCUMENT (self), FALSE);

  return self->can_redo;
}

gboolean
azqf_document_undo (AzqfDocument  *self,
                    GError       **error)
{
  g_return_val_if_fail (AZQF_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (self->undo->len == 0 && !self->edited)
    {
      g_set_error_literal (error, AZQF_DOCUMENT_ERROR, AZQF_DOCUMENT_ERROR_NOTHING_TO_UNDO,
                           _("There is nothing to undo"));
      return FALSE;
    }

  return step (self, self->undo, self->redo, error);
}

gboolean
azqf_document_redo (AzqfDocument  *self,
                    GError       **error)
{
  g_return_val_if_fail (AZQF_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (self->redo->len == 0)
    {
      g_set_error_literal (error, AZQF_DOCUMENT_ERROR, AZQF_DOCUMENT_ERROR_NOTHING_TO_REDO,
                           _("There is nothing to redo"));
      return FALSE;
    }

  return step (self, self->redo, self->undo, error);
}
