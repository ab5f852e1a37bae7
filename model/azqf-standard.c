/* azqf-standard.c: an occupational, educational or qualification standard
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "azqf-enums.h"
#include "azqf-outcome-private.h"
#include "azqf-relation.h"
#include "azqf-standard.h"
#include "azqf-unit-private.h"
#include "azqf-value-private.h"

#define N_TEXT_FIELDS           (AZQF_STANDARD_APPROVING_BODY + 1)
#define DECISION_NUMBER_MAX     64

struct _AzqfStandard
{
  GObject      parent_instance;

  /* owned */
  char        *uuid;
  char        *code;
  char        *text[N_TEXT_FIELDS][2];  /* [AzqfStandardText][AzqfLang] */
  char        *isco08;
  char        *isced_f;
  char        *duration;
  char        *decision_number;
  char        *decision_date;
  char        *review_date;
  GListStore  *units;
  GListStore  *outcomes;
  GListStore  *relations;

  gint64       created;
  gint64       modified;
  double       ects_credits;  /* < 0: unset */
  AzqfKind     kind;
  AzqfStatus   status;
  guint        version;
  guint        level;         /* 0: unset */

  guint        assigning : 1;        /* in azqf_standard_assign(): "changed" waits */
  guint        changed_pending : 1;  /* … and is owed at its end */
};

G_DEFINE_FINAL_TYPE (AzqfStandard, azqf_standard, G_TYPE_OBJECT)

/* The text properties run in AzqfStandardText order, az before en, so
 * PROP_TITLE_AZ + 2 * field + lang is the property of (field, lang). */
enum {
  PROP_0,
  PROP_UUID,
  PROP_CODE,
  PROP_KIND,
  PROP_STATUS,
  PROP_VERSION,
  PROP_CREATED,
  PROP_MODIFIED,
  PROP_TITLE_AZ,
  PROP_TITLE_EN,
  PROP_SUMMARY_AZ,
  PROP_SUMMARY_EN,
  PROP_SECTOR_AZ,
  PROP_SECTOR_EN,
  PROP_AWARDING_BODY_AZ,
  PROP_AWARDING_BODY_EN,
  PROP_APPROVING_BODY_AZ,
  PROP_APPROVING_BODY_EN,
  PROP_LEVEL,
  PROP_EQF_LEVEL,
  PROP_QFEHEA_CYCLE,
  PROP_ISCO08,
  PROP_ISCED_F,
  PROP_ECTS_CREDITS,
  PROP_DURATION,
  PROP_DECISION_NUMBER,
  PROP_DECISION_DATE,
  PROP_REVIEW_DATE,
  PROP_UNITS,
  PROP_OUTCOMES,
  PROP_RELATIONS,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_STATIC_ASSERT (PROP_APPROVING_BODY_EN == PROP_TITLE_AZ + 2 * AZQF_STANDARD_APPROVING_BODY + 1);

static const struct
{
  const char *name_az;
  const char *name_en;
} text_fields[N_TEXT_FIELDS] = {
  [AZQF_STANDARD_TITLE] = { "title-az", "title-en" },
  [AZQF_STANDARD_SUMMARY] = { "summary-az", "summary-en" },
  [AZQF_STANDARD_SECTOR] = { "sector-az", "sector-en" },
  [AZQF_STANDARD_AWARDING_BODY] = { "awarding-body-az", "awarding-body-en" },
  [AZQF_STANDARD_APPROVING_BODY] = { "approving-body-az", "approving-body-en" },
};

typedef gboolean (*CheckFunc) (const char  *value,
                               GError     **error);

static void
emit_changed (AzqfStandard *self)
{
  if (self->assigning)
    {
      self->changed_pending = TRUE;
      return;
    }

  g_signal_emit (self, signals[CHANGED], 0);
}

static void
child_changed_cb (AzqfStandard *self,
                  GObject      *child)
{
  emit_changed (self);
}

static void
relation_notify_cb (AzqfStandard *self,
                    GParamSpec   *pspec,
                    AzqfRelation *relation)
{
  emit_changed (self);
}

static void
list_items_changed_cb (AzqfStandard *self,
                       guint         position,
                       guint         removed,
                       guint         added,
                       GListModel   *list)
{
  emit_changed (self);
}

static gboolean
check_decision_number (const char  *number,
                       GError     **error)
{
  return azqf_value_check_text (number, DECISION_NUMBER_MAX, error);
}

/* Normalises and checks value, stores it in *field and notifies prop_id
 * when it changed. An empty value clears the field. */
static gboolean
set_optional_string (AzqfStandard  *self,
                     char         **field,
                     const char    *value,
                     CheckFunc      check,
                     guint          prop_id,
                     GError       **error)
{
  g_autofree char *normalized = azqf_value_normalize_text (value);

  g_assert (field != NULL);

  if (normalized != NULL && !check (normalized, error))
    return FALSE;

  if (_azqf_value_replace_text (field, normalized))
    g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);

  return TRUE;
}

static gboolean
is_valid_field (AzqfStandardText field,
                AzqfLang         lang)
{
  return (guint) field < N_TEXT_FIELDS && (lang == AZQF_LANG_AZ || lang == AZQF_LANG_EN);
}

static void
forget_unit (AzqfStandard *self,
             AzqfUnit     *unit)
{
  g_signal_handlers_disconnect_by_func (unit, child_changed_cb, self);
  _azqf_unit_set_standard (unit, NULL);
}

static void
forget_outcome (AzqfStandard *self,
                AzqfOutcome  *outcome)
{
  g_signal_handlers_disconnect_by_func (outcome, child_changed_cb, self);
  _azqf_outcome_set_standard (outcome, NULL);
}

static void
forget_relation (AzqfStandard *self,
                 AzqfRelation *relation)
{
  g_signal_handlers_disconnect_by_func (relation, relation_notify_cb, self);
}

/* One "changed" per batch of notifications: a level change notifies
 * "level", "eqf-level" and "qfehea-cycle" under one freeze. */
static void
azqf_standard_dispatch_properties_changed (GObject     *object,
                                           guint        n_pspecs,
                                           GParamSpec **pspecs)
{
  G_OBJECT_CLASS (azqf_standard_parent_class)->dispatch_properties_changed (object,
                                                                            n_pspecs,
                                                                            pspecs);

  emit_changed (AZQF_STANDARD (object));
}

static void
azqf_standard_constructed (GObject *object)
{
  AzqfStandard *self = (AzqfStandard *) object;

  G_OBJECT_CLASS (azqf_standard_parent_class)->constructed (object);

  if (self->uuid == NULL)
    self->uuid = g_uuid_string_random ();
}

static void
azqf_standard_dispose (GObject *object)
{
  AzqfStandard *self = (AzqfStandard *) object;

  if (self->units != NULL)
    {
      guint n = g_list_model_get_n_items (G_LIST_MODEL (self->units));

      for (guint i = 0; i < n; i++)
        {
          g_autoptr (AzqfUnit) unit = g_list_model_get_item (G_LIST_MODEL (self->units), i);

          forget_unit (self, unit);
        }
    }

  if (self->outcomes != NULL)
    {
      guint n = g_list_model_get_n_items (G_LIST_MODEL (self->outcomes));

      for (guint i = 0; i < n; i++)
        {
          g_autoptr (AzqfOutcome) outcome = NULL;

          outcome = g_list_model_get_item (G_LIST_MODEL (self->outcomes), i);
          forget_outcome (self, outcome);
        }
    }

  if (self->relations != NULL)
    {
      guint n = g_list_model_get_n_items (G_LIST_MODEL (self->relations));

      for (guint i = 0; i < n; i++)
        {
          g_autoptr (AzqfRelation) relation = NULL;

          relation = g_list_model_get_item (G_LIST_MODEL (self->relations), i);
          forget_relation (self, relation);
        }
    }

  g_clear_object (&self->units);
  g_clear_object (&self->outcomes);
  g_clear_object (&self->relations);

  G_OBJECT_CLASS (azqf_standard_parent_class)->dispose (object);
}

static void
azqf_standard_finalize (GObject *object)
{
  AzqfStandard *self = (AzqfStandard *) object;

  g_clear_pointer (&self->uuid, g_free);
  g_clear_pointer (&self->code, g_free);
  for (guint i = 0; i < N_TEXT_FIELDS; i++)
    {
      g_clear_pointer (&self->text[i][AZQF_LANG_AZ], g_free);
      g_clear_pointer (&self->text[i][AZQF_LANG_EN], g_free);
    }
  g_clear_pointer (&self->isco08, g_free);
  g_clear_pointer (&self->isced_f, g_free);
  g_clear_pointer (&self->duration, g_free);
  g_clear_pointer (&self->decision_number, g_free);
  g_clear_pointer (&self->decision_date, g_free);
  g_clear_pointer (&self->review_date, g_free);

  G_OBJECT_CLASS (azqf_standard_parent_class)->finalize (object);
}

static void
azqf_standard_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  AzqfStandard *self = AZQF_STANDARD (object);

  if (prop_id >= PROP_TITLE_AZ && prop_id <= PROP_APPROVING_BODY_EN)
    {
      guint field = (prop_id - PROP_TITLE_AZ) / 2;
      guint lang = (prop_id - PROP_TITLE_AZ) % 2;

      g_value_set_string (value, self->text[field][lang]);
      return;
    }

  switch (prop_id)
    {
    case PROP_UUID:
      g_value_set_string (value, self->uuid);
      break;

    case PROP_CODE:
      g_value_set_string (value, self->code);
      break;

    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;

    case PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;

    case PROP_VERSION:
      g_value_set_uint (value, self->version);
      break;

    case PROP_CREATED:
      g_value_set_int64 (value, self->created);
      break;

    case PROP_MODIFIED:
      g_value_set_int64 (value, self->modified);
      break;

    case PROP_LEVEL:
      g_value_set_uint (value, self->level);
      break;

    case PROP_EQF_LEVEL:
      g_value_set_uint (value, azqf_standard_get_eqf_level (self));
      break;

    case PROP_QFEHEA_CYCLE:
      g_value_set_enum (value, azqf_standard_get_qfehea_cycle (self));
      break;

    case PROP_ISCO08:
      g_value_set_string (value, self->isco08);
      break;

    case PROP_ISCED_F:
      g_value_set_string (value, self->isced_f);
      break;

    case PROP_ECTS_CREDITS:
      g_value_set_double (value, self->ects_credits);
      break;

    case PROP_DURATION:
      g_value_set_string (value, self->duration);
      break;

    case PROP_DECISION_NUMBER:
      g_value_set_string (value, self->decision_number);
      break;

    case PROP_DECISION_DATE:
      g_value_set_string (value, self->decision_date);
      break;

    case PROP_REVIEW_DATE:
      g_value_set_string (value, self->review_date);
      break;

    case PROP_UNITS:
      g_value_set_object (value, self->units);
      break;

    case PROP_OUTCOMES:
      g_value_set_object (value, self->outcomes);
      break;

    case PROP_RELATIONS:
      g_value_set_object (value, self->relations);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
azqf_standard_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  AzqfStandard *self = AZQF_STANDARD (object);
  g_autoptr (GError) error = NULL;
  gboolean ok = TRUE;

  if (prop_id >= PROP_TITLE_AZ && prop_id <= PROP_APPROVING_BODY_EN)
    {
      guint field = (prop_id - PROP_TITLE_AZ) / 2;
      guint lang = (prop_id - PROP_TITLE_AZ) % 2;

      azqf_standard_set_text (self, field, lang, g_value_get_string (value));
      return;
    }

  switch (prop_id)
    {
    case PROP_UUID:
      g_assert (self->uuid == NULL);
      /* NULL: constructed() makes a fresh one. */
      if (g_value_get_string (value) == NULL)
        break;
      ok = azqf_value_check_uuid (g_value_get_string (value), &error);
      if (ok)
        self->uuid = g_value_dup_string (value);
      break;

    case PROP_CODE:
      ok = azqf_standard_set_code (self, g_value_get_string (value), &error);
      break;

    case PROP_KIND:
      azqf_standard_set_kind (self, g_value_get_enum (value));
      break;

    case PROP_STATUS:
      azqf_standard_set_status (self, g_value_get_enum (value));
      break;

    case PROP_VERSION:
      ok = azqf_standard_set_version (self, g_value_get_uint (value), &error);
      break;

    case PROP_CREATED:
      azqf_standard_set_created (self, g_value_get_int64 (value));
      break;

    case PROP_MODIFIED:
      azqf_standard_set_modified (self, g_value_get_int64 (value));
      break;

    case PROP_LEVEL:
      ok = azqf_standard_set_level (self, g_value_get_uint (value), &error);
      break;

    case PROP_ISCO08:
      ok = azqf_standard_set_isco08 (self, g_value_get_string (value), &error);
      break;

    case PROP_ISCED_F:
      ok = azqf_standard_set_isced_f (self, g_value_get_string (value), &error);
      break;

    case PROP_ECTS_CREDITS:
      ok = azqf_standard_set_ects_credits (self, g_value_get_double (value), &error);
      break;

    case PROP_DURATION:
      ok = azqf_standard_set_duration (self, g_value_get_string (value), &error);
      break;

    case PROP_DECISION_NUMBER:
      ok = azqf_standard_set_decision_number (self, g_value_get_string (value), &error);
      break;

    case PROP_DECISION_DATE:
      ok = azqf_standard_set_decision_date (self, g_value_get_string (value), &error);
      break;

    case PROP_REVIEW_DATE:
      ok = azqf_standard_set_review_date (self, g_value_get_string (value), &error);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }

  /* Property access has no GError: a bad value is the caller's bug. */
  if (!ok)
    g_warning ("Cannot set %s: %s", pspec->name, error->message);
}

static void
azqf_standard_class_init (AzqfStandardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->dispatch_properties_changed = azqf_standard_dispatch_properties_changed;
  object_class->constructed = azqf_standard_constructed;
  object_class->dispose = azqf_standard_dispose;
  object_class->finalize = azqf_standard_finalize;
  object_class->get_property = azqf_standard_get_property;
  object_class->set_property = azqf_standard_set_property;

  properties[PROP_UUID] =
    g_param_spec_string ("uuid", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties[PROP_CODE] =
    g_param_spec_string ("code", NULL, NULL, NULL, rw);

  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       AZQF_TYPE_KIND, AZQF_KIND_OCCUPATIONAL, rw);

  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL,
                       AZQF_TYPE_STATUS, AZQF_STATUS_DRAFT, rw);

  properties[PROP_VERSION] =
    g_param_spec_uint ("version", NULL, NULL,
                       1, 9999, 1, rw);

  properties[PROP_CREATED] =
    g_param_spec_int64 ("created", NULL, NULL,
                        G_MININT64, G_MAXINT64, 0, rw);

  properties[PROP_MODIFIED] =
    g_param_spec_int64 ("modified", NULL, NULL,
                        G_MININT64, G_MAXINT64, 0, rw);

  for (guint i = 0; i < N_TEXT_FIELDS; i++)
    {
      properties[PROP_TITLE_AZ + 2 * i + AZQF_LANG_AZ] =
        g_param_spec_string (text_fields[i].name_az, NULL, NULL, NULL, rw);
      properties[PROP_TITLE_AZ + 2 * i + AZQF_LANG_EN] =
        g_param_spec_string (text_fields[i].name_en, NULL, NULL, NULL, rw);
    }

  properties[PROP_LEVEL] =
    g_param_spec_uint ("level", NULL, NULL,
                       0, 8, 0, rw);

  properties[PROP_EQF_LEVEL] =
    g_param_spec_uint ("eqf-level", NULL, NULL,
                       0, 8, 0, ro);

  properties[PROP_QFEHEA_CYCLE] =
    g_param_spec_enum ("qfehea-cycle", NULL, NULL,
                       AZQF_TYPE_CYCLE, AZQF_CYCLE_NONE, ro);

  properties[PROP_ISCO08] =
    g_param_spec_string ("isco08", NULL, NULL, NULL, rw);

  properties[PROP_ISCED_F] =
    g_param_spec_string ("isced-f", NULL, NULL, NULL, rw);

  properties[PROP_ECTS_CREDITS] =
    g_param_spec_double ("ects-credits", NULL, NULL,
                         -G_MAXDOUBLE, G_MAXDOUBLE, -1.0, rw);

  properties[PROP_DURATION] =
    g_param_spec_string ("duration", NULL, NULL, NULL, rw);

  properties[PROP_DECISION_NUMBER] =
    g_param_spec_string ("decision-number", NULL, NULL, NULL, rw);

  properties[PROP_DECISION_DATE] =
    g_param_spec_string ("decision-date", NULL, NULL, NULL, rw);

  properties[PROP_REVIEW_DATE] =
    g_param_spec_string ("review-date", NULL, NULL, NULL, rw);

  properties[PROP_UNITS] =
    g_param_spec_object ("units", NULL, NULL, G_TYPE_LIST_MODEL, ro);

  properties[PROP_OUTCOMES] =
    g_param_spec_object ("outcomes", NULL, NULL, G_TYPE_LIST_MODEL, ro);

  properties[PROP_RELATIONS] =
    g_param_spec_object ("relations", NULL, NULL, G_TYPE_LIST_MODEL, ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * AzqfStandard::changed:
   *
   * Emitted once after a property of the standard, or anything in its units,
   * outcomes, criteria, links or relations changed, or one of them was added
   * or removed: the autosave hook.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0,
                  NULL, NULL,
                  NULL,
                  G_TYPE_NONE, 0);
}

static void
azqf_standard_init (AzqfStandard *self)
{
  self->kind = AZQF_KIND_OCCUPATIONAL;
  self->status = AZQF_STATUS_DRAFT;
  self->version = 1;
  self->created = g_get_real_time () / G_USEC_PER_SEC;
  self->modified = self->created;
  self->ects_credits = -1.0;

  self->units = g_list_store_new (AZQF_TYPE_UNIT);
  g_signal_connect_object (self->units, "items-changed",
                           G_CALLBACK (list_items_changed_cb), self, G_CONNECT_SWAPPED);

  self->outcomes = g_list_store_new (AZQF_TYPE_OUTCOME);
  g_signal_connect_object (self->outcomes, "items-changed",
                           G_CALLBACK (list_items_changed_cb), self, G_CONNECT_SWAPPED);

  self->relations = g_list_store_new (AZQF_TYPE_RELATION);
  g_signal_connect_object (self->relations, "items-changed",
                           G_CALLBACK (list_items_changed_cb), self, G_CONNECT_SWAPPED);
}

AzqfStandard *
azqf_standard_new (AzqfKind     kind,
                   const char  *code,
                   GError     **error)
{
  g_return_val_if_fail ((guint) kind <= AZQF_KIND_QUALIFICATION, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!azqf_value_check_standard_code (code, error))
    return NULL;

  return g_object_new (AZQF_TYPE_STANDARD,
                       "kind", kind,
                       "code", code,
                       NULL);
}

AzqfStandard *
azqf_standard_new_with_uuid (const char  *uuid,
                             AzqfKind     kind,
                             const char  *code,
                             GError     **error)
{
  g_return_val_if_fail ((guint) kind <= AZQF_KIND_QUALIFICATION, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!azqf_value_check_uuid (uuid, error) || !azqf_value_check_standard_code (code, error))
    return NULL;

  return g_object_new (AZQF_TYPE_STANDARD,
                       "uuid", uuid,
                       "kind", kind,
                       "code", code,
                       NULL);
}

const char *
azqf_standard_get_uuid (AzqfStandard *self)
{
  g_return_val_if_fail (AZQF_IS_STANDARD (self), NULL);

  return self->uuid;
}

const char *
azqf_standard_get_code (AzqfStandard *self)
{
  g_return_val_if_fail (AZQF_IS_STANDARD (self), NULL);

  return self->code;
}

gboolean
azqf_standard_set_code (AzqfStandard  *self,
                        const char    *code,
                        GError       **error)
{
  g_return_val_if_fail (AZQF_IS_STANDARD (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!azqf_value_check_standard_code (code, error))
    return FALSE;

  if (g_strcmp0 (self->code, code) != 0)
    {
      g_free (self->code);
      self->code = g_strdup (code);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CODE]);
    }

  return TRUE;
}

AzqfKind
azqf_standard_get_kind (AzqfStandard *self)
{
  g_return_val_if_fail (AZQF_IS_STANDARD (self), AZQF_KIND_OCCUPATIONAL);

  return self->kind;
}

void
azqf_standard_set_kind (AzqfStandard *self,
                        AzqfKind      kind)
{
  g_return_if_fail (AZQF_IS_STANDARD (self));
  g_return_if_fail ((guint) kind <= AZQF_KIND_QUALIFICATION);

  if (self->kind != kind)
    {
      self->kind = kind;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
    }
}

AzqfStatus
azqf_standard_get_status (AzqfStandard *self)
{
  g_return_val_if_fail (AZQF_IS_STANDARD (self), AZQF_STATUS_DRAFT);

  return self->status;
}

void
azqf_standard_set_status (AzqfStandard *self,
                          AzqfStatus    status)
{
  g_return_if_fail (AZQF_IS_STANDARD (self));
  g_return_if_fail ((guint) status <= AZQF_STATUS_WITHDRAWN);

  if (self->status != status)
    {
      self->status = status;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
    }
}

guint
azqf_standard_get_version (AzqfStandard *self)
{
  g_return_val_if_fail (AZQF_IS_STANDARD (self), 0);

  return self->version;
}

gboolean
azqf_standard_set_version (AzqfStandard  *self,
                           guint          version,
                           GError       **error)
{
  g_return_val_if_fail (AZQF_IS_STANDARD (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!azqf_value_check_version (version, error))
    return FALSE;

  if (self->version != version)
    {
      self->version = version;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VERSION]);
    }

  return TRUE;
}

gint64
azqf_standard_get_created (AzqfStandard *self)
{
  g_return_val_if_fail (AZQF_IS_STANDARD (self), 0);

  return self->created;
}

void
azqf_standard_set_created (AzqfStandard *self,
                           gint64        unix_time)
{
  g_return_if_fail (AZQF_IS_STANDARD (self));

  if (self->created != unix_time)
    {
      self->created = unix_time;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CREATED]);
    }
}

gint64
azqf_standard_get_modified (AzqfStandard *self)
{
  g_return_val_if_fail (AZQF_IS_STANDARD (self), 0);

  return self->modified;
}

void
azqf_standard_set_modified (AzqfStandard *self,
                            gint64        unix_time)
{
  g_return_if_fail (AZQF_IS_STANDARD (self));

  if (self->modified != unix_time)
    {
      self->modified = unix_time;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
    }
}

const char *
azqf_standard_get_text (AzqfStandard     *self,
                        AzqfStandardText  field,
                        AzqfLang          lang)
{
  g_return_val_if_fail (AZQF_IS_STANDARD (self), NULL);
  g_return_val_if_fail (is_valid_field (field, lang), NULL);

  return self->text[field][lang];
}

/* The caller checks user input with azqf_value_check_text() and the field's
 * length limit first; a character the register cannot carry is a programmer
 * error here. */
void
azqf_standard_set_text (AzqfStandard     *self,
                        AzqfStandardText  field,
                        AzqfLang          lang,
                        const char       *text)
{
  g_return_if_fail (AZQF_IS_STANDARD (self));
  g_return_if_fail (is_valid_field (field, lang));
  g_return_if_fail (_azqf_value_is_storable_text (text));

  if (_azqf_value_replace_text (&self->text[field][lang], text))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE_AZ + 2 * field + lang]);
}

const char *
azqf_standard_get_display_title (AzqfStandard *self,
                                 AzqfLang      lang)
{
  const char *title;

  g_return_val_if_fail (AZQF_IS_STANDARD (self), "");
  g_return_val_if_fail (lang == AZQF_LANG_AZ || lang == AZQF_LANG_EN, "");

  title = self->text[AZQF_STANDARD_TITLE][lang];
  if (title == NULL)
    title = self->text[AZQF_STANDARD_TITLE][lang == AZQF_LANG_AZ ? AZQF_LANG_EN : AZQF_LANG_AZ];

  return title != NULL ? title : "";
}

guint
azqf_standard_get_level (AzqfStandard *self)
{
  g_return_val_if_fail (AZQF_IS_STANDARD (self), 0);

  return self->level;
}

gboolean
azqf_standard_set_level (AzqfStandard  *self,
                         guint          level,
                         GError       **error)
{
  AzqfCycle old_cycle;

  g_return_val_if_fail (AZQF_IS_STANDARD (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (level != 0 && !azqf_value_check_level (level, error))
    return FALSE;

  if (self->level == level)
    return TRUE;

  old_cycle = azqf_cycle_for_level (self->level);
  self->level = level;

  g_object_freeze_notify (G_OBJECT (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LEVEL]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EQF_LEVEL]);
  if (azqf_cycle_for_level (level) != old_cycle)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_QFEHEA_CYCLE]);
  g_object_thaw_notify (G_OBJECT (self));

  return TRUE;
}

/* The EQF level equals the AzQF level (0 when unset). */
guint
azqf_standard_get_eqf_level (AzqfStandard *self)
{
  g_return_val_if_fail (AZQF_IS_STANDARD (self), 0);

  return self->level;
}

AzqfCycle
azqf_standard_get_qfehea_cycle (AzqfStandard *self)
{
  g_return_val_if_fail (AZQF_IS_STANDARD (self), AZQF_CYCLE_NONE);

  return azqf_cycle_for_level (self->level);
}

const char *
azqf_standard_get_isco08 (AzqfStandard *self)
{
  g_return_val_if_fail (AZQF_IS_STANDARD (self), NULL);

  return self->isco08;
}

gboolean
azqf_standard_set_isco08 (AzqfStandard  *self,
                          const char    *code,
                          GError       **error)
{
  g_return_val_if_fail (AZQF_IS_STANDARD (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return set_optional_string (self, &self->isco08, code,
                              azqf_value_check_isco08, PROP_ISCO08, error);
}

const char *
azqf_standard_get_isced_f (AzqfStandard *self)
{
  g_return_val_if_fail (AZQF_IS_STANDARD (self), NULL);

  return self->isced_f;
}

gboolean
azqf_standard_set_isced_f (AzqfStandard  *self,
                           const char    *code,
                           GError       **error)
{
  g_return_val_if_fail (AZQF_IS_STANDARD (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return set_optional_string (self, &self->isced_f, code,
                              azqf_value_check_isced_f, PROP_ISCED_F, error);
}

double
azqf_standard_get_ects_credits (AzqfStandard *self)
{
  g_return_val_if_fail (AZQF_IS_STANDARD (self), -1.0);

  return self->ects_credits;
}

gboolean
azqf_standard_set_ects_credits (AzqfStandard  *self,
                                double         credits,
                                GError       **error)
{
  g_return_val_if_fail (AZQF_IS_STANDARD (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_azqf_value_normalize_credits (&credits, error))
    return FALSE;

  if (self->ects_credits != credits)
    {
      self->ects_credits = credits;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ECTS_CREDITS]);
    }

  return TRUE;
}

const char *
azqf_standard_get_duration (AzqfStandard *self)
{
  g_return_val_if_fail (AZQF_IS_STANDARD (self), NULL);

  return self->duration;
}

gboolean
azqf_standard_set_duration (AzqfStandard  *self,
                            const char    *duration,
                            GError       **error)
{
  g_return_val_if_fail (AZQF_IS_STANDARD (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return set_optional_string (self, &self->duration, duration,
                              azqf_value_check_duration, PROP_DURATION, error);
}

const char *
azqf_standard_get_decision_number (AzqfStandard *self)
{
  g_return_val_if_fail (AZQF_IS_STANDARD (self), NULL);

  return self->decision_number;
}

gboolean
azqf_standard_set_decision_number (AzqfStandard  *self,
                                   const char    *number,
                                   GError       **error)
{
  g_return_val_if_fail (AZQF_IS_STANDARD (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return set_optional_string (self, &self->decision_number, number,
                              check_decision_number, PROP_DECISION_NUMBER, error);
}

const char *
azqf_standard_get_decision_date (AzqfStandard *self)
{
  g_return_val_if_fail (AZQF_IS_STANDARD (self), NULL);

  return self->decision_date;
}

gboolean
azqf_standard_set_decision_date (AzqfStandard  *self,
                                 const char    *date,
                                 GError       **error)
{
  g_return_val_if_fail (AZQF_IS_STANDARD (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return set_optional_string (self, &self->decision_date, date,
                              azqf_value_check_date, PROP_DECISION_DATE, error);
}

const char *
azqf_standard_get_review_date (AzqfStandard *self)
{
  g_return_val_if_fail (AZQF_IS_STANDARD (self), NULL);

  return self->review_date;
}

gboolean
azqf_standard_set_review_date (AzqfStandard  *self,
                               const char    *date,
                               GError       **error)
{
  g_return_val_if_fail (AZQF_IS_STANDARD (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return set_optional_string (self, &self->review_date, date,
                              azqf_value_check_date, PROP_REVIEW_DATE, error);
}

GListModel *
azqf_standard_get_units (AzqfStandard *self)
{
  g_return_val_if_fail (AZQF_IS_STANDARD (self), NULL);

  return G_LIST_MODEL (self->units);
}

GListModel *
azqf_standard_get_outcomes (AzqfStandard *self)
{
  g_return_val_if_fail (AZQF_IS_STANDARD (self), NULL);

  return G_LIST_MODEL (self->outcomes);
}

GListModel *
azqf_standard_get_relations (AzqfStandard *self)
{
  g_return_val_if_fail (AZQF_IS_STANDARD (self), NULL);

  return G_LIST_MODEL (self->relations);
}

static gboolean
check_new_outcome_code (AzqfStandard  *self,
                        const char    *code,
                        GError       **error)
{
  if (!azqf_value_check_item_code (code, error))
    return FALSE;

  if (azqf_standard_find_outcome (self, code, NULL) != NULL)
    {
      g_set_error (error, AZQF_VALUE_ERROR, AZQF_VALUE_ERROR_DUPLICATE,
                   _("Outcome code %s is already used in this standard"), code);
      return FALSE;
    }

  return TRUE;
}

/* A unit that comes with outcomes (moved from another standard) brings their
 * codes along: they must be new here and distinct among themselves. */
gboolean
azqf_standard_add_unit (AzqfStandard  *self,
                        AzqfUnit      *unit,
                        GError       **error)
{
  GListModel *unit_outcomes;
  const char *code;
  guint n;

  g_return_val_if_fail (AZQF_IS_STANDARD (self), FALSE);
  g_return_val_if_fail (AZQF_IS_UNIT (unit), FALSE);
  g_return_val_if_fail (_azqf_unit_get_standard (unit) == NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  code = azqf_unit_get_code (unit);
  if (!azqf_value_check_item_code (code, error))
    return FALSE;

  if (azqf_standard_find_unit (self, code) != NULL)
    {
      g_set_error (error, AZQF_VALUE_ERROR, AZQF_VALUE_ERROR_DUPLICATE,
                   _("Unit code %s is already used in this standard"), code);
      return FALSE;
    }

  unit_outcomes = azqf_unit_get_outcomes (unit);
  n = g_list_model_get_n_items (unit_outcomes);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (AzqfOutcome) outcome = g_list_model_get_item (unit_outcomes, i);
      const char *outcome_code = azqf_outcome_get_code (outcome);

      if (!check_new_outcome_code (self, outcome_code, error))
        return FALSE;

      for (guint j = 0; j < i; j++)
        {
          g_autoptr (AzqfOutcome) other = g_list_model_get_item (unit_outcomes, j);

          if (g_strcmp0 (azqf_outcome_get_code (other), outcome_code) == 0)
            {
              g_set_error (error, AZQF_VALUE_ERROR, AZQF_VALUE_ERROR_DUPLICATE,
                           _("Outcome code %s is already used in this standard"), outcome_code);
              return FALSE;
            }
        }
    }

  _azqf_unit_set_standard (unit, self);
  g_signal_connect_object (unit, "changed", G_CALLBACK (child_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_list_store_append (self->units, unit);

  return TRUE;
}

void
azqf_standard_remove_unit (AzqfStandard *self,
                           AzqfUnit     *unit)
{
  guint position;

  g_return_if_fail (AZQF_IS_STANDARD (self));
  g_return_if_fail (AZQF_IS_UNIT (unit));

  if (!g_list_store_find (self->units, unit, &position))
    g_return_if_reached ();

  forget_unit (self, unit);
  g_list_store_remove (self->units, position);
}

/* Puts an outcome that belongs nowhere into unit (NULL: the standard) at
 * position, clamped to the list's length. */
static void
insert_outcome (AzqfStandard *self,
                AzqfUnit     *unit,
                AzqfOutcome  *outcome,
                guint         position)
{
  if (unit != NULL)
    {
      _azqf_unit_insert_outcome (unit, outcome, position);
      return;
    }

  position = MIN (position, g_list_model_get_n_items (G_LIST_MODEL (self->outcomes)));
  _azqf_outcome_set_standard (outcome, self);
  g_signal_connect_object (outcome, "changed", G_CALLBACK (child_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_list_store_insert (self->outcomes, position, outcome);
}

/* Moves the item at from to to (clamped to the last position) with one
 * "items-changed" over the range between them, so views see a reorder of
 * that range, not a removal and an addition at both ends. */
static void
list_store_move (GListStore *store,
                 guint       from,
                 guint       to)
{
  g_autoptr (GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (store));
  guint first;
  guint last;
  gpointer item;

  g_assert (from < n);

  to = MIN (to, n - 1);
  if (from == to)
    return;

  first = MIN (from, to);
  last = MAX (from, to);
  for (guint i = first; i <= last; i++)
    g_ptr_array_add (items, g_list_model_get_item (G_LIST_MODEL (store), i));

  item = g_ptr_array_steal_index (items, from - first);
  g_ptr_array_insert (items, to - first, item);
  g_list_store_splice (store, first, items->len, items->pdata, items->len);
}

void
azqf_standard_move_unit (AzqfStandard *self,
                         AzqfUnit     *unit,
                         guint         position)
{
  guint from;

  g_return_if_fail (AZQF_IS_STANDARD (self));
  g_return_if_fail (AZQF_IS_UNIT (unit));

  if (!g_list_store_find (self->units, unit, &from))
    g_return_if_reached ();

  list_store_move (self->units, from, position);
}

void
azqf_standard_move_outcome (AzqfStandard *self,
                            AzqfOutcome  *outcome,
                            AzqfUnit     *unit,
                            guint         position)
{
  g_autoptr (AzqfOutcome) keep = NULL;
  AzqfUnit *source;
  GListStore *store;
  guint from;

  g_return_if_fail (AZQF_IS_STANDARD (self));
  g_return_if_fail (AZQF_IS_OUTCOME (outcome));
  g_return_if_fail (_azqf_outcome_get_standard (outcome) == self);
  g_return_if_fail (unit == NULL || AZQF_IS_UNIT (unit));
  g_return_if_fail (unit == NULL || _azqf_unit_get_standard (unit) == self);

  source = _azqf_outcome_get_unit (outcome);
  if (source != unit)
    {
      keep = g_object_ref (outcome);
      azqf_standard_remove_outcome (self, outcome);
      insert_outcome (self, unit, outcome, position);
      return;
    }

  /* A unit's outcomes are a GListStore too (azqf-unit.c). */
  store = unit != NULL ? G_LIST_STORE (azqf_unit_get_outcomes (unit)) : self->outcomes;
  if (!g_list_store_find (store, outcome, &from))
    g_return_if_reached ();

  list_store_move (store, from, position);
}

gboolean
azqf_standard_add_outcome (AzqfStandard  *self,
                           AzqfUnit      *unit,
                           AzqfOutcome   *outcome,
                           GError       **error)
{
  g_return_val_if_fail (AZQF_IS_STANDARD (self), FALSE);
  g_return_val_if_fail (unit == NULL || AZQF_IS_UNIT (unit), FALSE);
  g_return_val_if_fail (unit == NULL || _azqf_unit_get_standard (unit) == self, FALSE);
  g_return_val_if_fail (AZQF_IS_OUTCOME (outcome), FALSE);
  g_return_val_if_fail (_azqf_outcome_get_standard (outcome) == NULL, FALSE);
  g_return_val_if_fail (_azqf_outcome_get_unit (outcome) == NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_new_outcome_code (self, azqf_outcome_get_code (outcome), error))
    return FALSE;

  insert_outcome (self, unit, outcome, G_MAXUINT);

  return TRUE;
}

void
azqf_standard_remove_outcome (AzqfStandard *self,
                              AzqfOutcome  *outcome)
{
  AzqfUnit *unit;
  guint position;

  g_return_if_fail (AZQF_IS_STANDARD (self));
  g_return_if_fail (AZQF_IS_OUTCOME (outcome));
  g_return_if_fail (_azqf_outcome_get_standard (outcome) == self);

  unit = _azqf_outcome_get_unit (outcome);
  if (unit != NULL)
    {
      _azqf_unit_remove_outcome (unit, outcome);
      return;
    }

  if (!g_list_store_find (self->outcomes, outcome, &position))
    g_return_if_reached ();

  forget_outcome (self, outcome);
  g_list_store_remove (self->outcomes, position);
}

/* Borrowed, or NULL. */
AzqfUnit *
azqf_standard_find_unit (AzqfStandard *self,
                         const char   *code)
{
  guint n;

  g_return_val_if_fail (AZQF_IS_STANDARD (self), NULL);

  if (code == NULL)
    return NULL;

  n = g_list_model_get_n_items (G_LIST_MODEL (self->units));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (AzqfUnit) unit = g_list_model_get_item (G_LIST_MODEL (self->units), i);

      if (g_strcmp0 (azqf_unit_get_code (unit), code) == 0)
        return unit;
    }

  return NULL;
}

static AzqfOutcome *
find_outcome_in (GListModel *outcomes,
                 const char *code)
{
  guint n = g_list_model_get_n_items (outcomes);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (AzqfOutcome) outcome = g_list_model_get_item (outcomes, i);

      if (g_strcmp0 (azqf_outcome_get_code (outcome), code) == 0)
        return outcome;
    }

  return NULL;
}

/* Borrowed, or NULL. */
AzqfOutcome *
azqf_standard_find_outcome (AzqfStandard  *self,
                            const char    *code,
                            AzqfUnit     **unit)
{
  AzqfOutcome *outcome;
  guint n;

  g_return_val_if_fail (AZQF_IS_STANDARD (self), NULL);

  if (unit != NULL)
    *unit = NULL;

  if (code == NULL)
    return NULL;

  outcome = find_outcome_in (G_LIST_MODEL (self->outcomes), code);
  if (outcome != NULL)
    return outcome;

  n = g_list_model_get_n_items (G_LIST_MODEL (self->units));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (AzqfUnit) candidate = g_list_model_get_item (G_LIST_MODEL (self->units), i);

      outcome = find_outcome_in (azqf_unit_get_outcomes (candidate), code);
      if (outcome != NULL)
        {
          if (unit != NULL)
            *unit = candidate;
          return outcome;
        }
    }

  return NULL;
}

gboolean
azqf_standard_add_relation (AzqfStandard  *self,
                            AzqfRelation  *relation,
                            GError       **error)
{
  AzqfRelationType type;
  const char *target;
  guint n;

  g_return_val_if_fail (AZQF_IS_STANDARD (self), FALSE);
  g_return_val_if_fail (AZQF_IS_RELATION (relation), FALSE);
  g_return_val_if_fail (azqf_relation_get_target_uuid (relation) != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  type = azqf_relation_get_relation_type (relation);
  target = azqf_relation_get_target_uuid (relation);

  if (g_strcmp0 (target, self->uuid) == 0)
    {
      g_set_error (error, AZQF_VALUE_ERROR, AZQF_VALUE_ERROR_INVALID,
                   _("Standard %s cannot be related to itself"),
                   self->code != NULL ? self->code : self->uuid);
      return FALSE;
    }

  n = g_list_model_get_n_items (G_LIST_MODEL (self->relations));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (AzqfRelation) other = g_list_model_get_item (G_LIST_MODEL (self->relations), i);

      if (other == relation ||
          (azqf_relation_get_relation_type (other) == type &&
           g_strcmp0 (azqf_relation_get_target_uuid (other), target) == 0))
        {
          const char *target_code = azqf_relation_get_target_code (relation);

          g_set_error (error, AZQF_VALUE_ERROR, AZQF_VALUE_ERROR_DUPLICATE,
                       /* Translators: "… has the relation “Based on” to ACC-6" */
                       _("This standard already has the relation “%s” to %s"),
                       azqf_relation_type_get_label (type),
                       target_code != NULL ? target_code : target);
          return FALSE;
        }
    }

  g_signal_connect_object (relation, "notify", G_CALLBACK (relation_notify_cb), self,
                           G_CONNECT_SWAPPED);
  g_list_store_append (self->relations, relation);

  return TRUE;
}

void
azqf_standard_remove_relation (AzqfStandard *self,
                               AzqfRelation *relation)
{
  guint position;

  g_return_if_fail (AZQF_IS_STANDARD (self));
  g_return_if_fail (AZQF_IS_RELATION (relation));

  if (!g_list_store_find (self->relations, relation, &position))
    g_return_if_reached ();

  forget_relation (self, relation);
  g_list_store_remove (self->relations, position);
}

static void
collect_from (GPtrArray  *array,
              GListModel *outcomes)
{
  guint n = g_list_model_get_n_items (outcomes);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (AzqfOutcome) outcome = g_list_model_get_item (outcomes, i);

      g_ptr_array_add (array, outcome);
    }
}

/* A new array of borrowed outcomes: valid while the standard holds them. */
GPtrArray *
azqf_standard_collect_outcomes (AzqfStandard *self)
{
  GPtrArray *array;
  guint n;

  g_return_val_if_fail (AZQF_IS_STANDARD (self), NULL);

  array = g_ptr_array_new ();
  collect_from (array, G_LIST_MODEL (self->outcomes));

  n = g_list_model_get_n_items (G_LIST_MODEL (self->units));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (AzqfUnit) unit = g_list_model_get_item (G_LIST_MODEL (self->units), i);

      collect_from (array, azqf_unit_get_outcomes (unit));
    }

  return array;
}

guint
azqf_standard_count_outcomes (AzqfStandard *self)
{
  guint count;
  guint n;

  g_return_val_if_fail (AZQF_IS_STANDARD (self), 0);

  count = g_list_model_get_n_items (G_LIST_MODEL (self->outcomes));

  n = g_list_model_get_n_items (G_LIST_MODEL (self->units));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (AzqfUnit) unit = g_list_model_get_item (G_LIST_MODEL (self->units), i);

      count += g_list_model_get_n_items (azqf_unit_get_outcomes (unit));
    }

  return count;
}

/* Moves other's units, outcomes and relations into self's lists (one
 * "items-changed" per list), leaving other's lists empty. */
static void
take_units (AzqfStandard *self,
            AzqfStandard *other)
{
  guint n_old = g_list_model_get_n_items (G_LIST_MODEL (self->units));
  guint n_new = g_list_model_get_n_items (G_LIST_MODEL (other->units));
  g_autoptr (GPtrArray) units = g_ptr_array_new_full (n_new, g_object_unref);

  for (guint i = 0; i < n_old; i++)
    {
      g_autoptr (AzqfUnit) unit = g_list_model_get_item (G_LIST_MODEL (self->units), i);

      forget_unit (self, unit);
    }

  for (guint i = 0; i < n_new; i++)
    {
      AzqfUnit *unit = g_list_model_get_item (G_LIST_MODEL (other->units), i);

      forget_unit (other, unit);
      _azqf_unit_set_standard (unit, self);
      g_signal_connect_object (unit, "changed", G_CALLBACK (child_changed_cb), self,
                               G_CONNECT_SWAPPED);
      g_ptr_array_add (units, unit);
    }

  g_list_store_remove_all (other->units);
  if (n_old > 0 || n_new > 0)
    g_list_store_splice (self->units, 0, n_old, units->pdata, n_new);
}

static void
take_outcomes (AzqfStandard *self,
               AzqfStandard *other)
{
  guint n_old = g_list_model_get_n_items (G_LIST_MODEL (self->outcomes));
  guint n_new = g_list_model_get_n_items (G_LIST_MODEL (other->outcomes));
  g_autoptr (GPtrArray) outcomes = g_ptr_array_new_full (n_new, g_object_unref);

  for (guint i = 0; i < n_old; i++)
    {
      g_autoptr (AzqfOutcome) outcome = g_list_model_get_item (G_LIST_MODEL (self->outcomes), i);

      forget_outcome (self, outcome);
    }

  for (guint i = 0; i < n_new; i++)
    {
      AzqfOutcome *outcome = g_list_model_get_item (G_LIST_MODEL (other->outcomes), i);

      forget_outcome (other, outcome);
      _azqf_outcome_set_standard (outcome, self);
      g_signal_connect_object (outcome, "changed", G_CALLBACK (child_changed_cb), self,
                               G_CONNECT_SWAPPED);
      g_ptr_array_add (outcomes, outcome);
    }

  g_list_store_remove_all (other->outcomes);
  if (n_old > 0 || n_new > 0)
    g_list_store_splice (self->outcomes, 0, n_old, outcomes->pdata, n_new);
}

static void
take_relations (AzqfStandard *self,
                AzqfStandard *other)
{
  guint n_old = g_list_model_get_n_items (G_LIST_MODEL (self->relations));
  guint n_new = g_list_model_get_n_items (G_LIST_MODEL (other->relations));
  g_autoptr (GPtrArray) relations = g_ptr_array_new_full (n_new, g_object_unref);

  for (guint i = 0; i < n_old; i++)
    {
      g_autoptr (AzqfRelation) relation = g_list_model_get_item (G_LIST_MODEL (self->relations), i);

      forget_relation (self, relation);
    }

  for (guint i = 0; i < n_new; i++)
    {
      AzqfRelation *relation = g_list_model_get_item (G_LIST_MODEL (other->relations), i);

      forget_relation (other, relation);
      g_signal_connect_object (relation, "notify", G_CALLBACK (relation_notify_cb), self,
                               G_CONNECT_SWAPPED);
      g_ptr_array_add (relations, relation);
    }

  g_list_store_remove_all (other->relations);
  if (n_old > 0 || n_new > 0)
    g_list_store_splice (self->relations, 0, n_old, relations->pdata, n_new);
}

void
azqf_standard_assign (AzqfStandard *self,
                      AzqfStandard *other)
{
  g_return_if_fail (AZQF_IS_STANDARD (self));
  g_return_if_fail (AZQF_IS_STANDARD (other));
  g_return_if_fail (self != other);
  g_return_if_fail (g_strcmp0 (self->uuid, other->uuid) == 0);
  g_return_if_fail (!self->assigning);

  g_object_ref (self);
  self->assigning = TRUE;
  self->changed_pending = FALSE;
  g_object_freeze_notify (G_OBJECT (self));

  /* other's values passed the same checks, so these setters cannot fail. */
  azqf_standard_set_code (self, other->code, NULL);
  azqf_standard_set_kind (self, other->kind);
  azqf_standard_set_status (self, other->status);
  azqf_standard_set_version (self, other->version, NULL);
  azqf_standard_set_created (self, other->created);
  azqf_standard_set_modified (self, other->modified);
  for (guint field = 0; field < N_TEXT_FIELDS; field++)
    {
      azqf_standard_set_text (self, field, AZQF_LANG_AZ, other->text[field][AZQF_LANG_AZ]);
      azqf_standard_set_text (self, field, AZQF_LANG_EN, other->text[field][AZQF_LANG_EN]);
    }
  azqf_standard_set_level (self, other->level, NULL);
  azqf_standard_set_isco08 (self, other->isco08, NULL);
  azqf_standard_set_isced_f (self, other->isced_f, NULL);
  azqf_standard_set_ects_credits (self, other->ects_credits, NULL);
  azqf_standard_set_duration (self, other->duration, NULL);
  azqf_standard_set_decision_number (self, other->decision_number, NULL);
  azqf_standard_set_decision_date (self, other->decision_date, NULL);
  azqf_standard_set_review_date (self, other->review_date, NULL);

  take_units (self, other);
  take_outcomes (self, other);
  take_relations (self, other);

  g_object_thaw_notify (G_OBJECT (self));
  self->assigning = FALSE;
  if (self->changed_pending)
    {
      self->changed_pending = FALSE;
      emit_changed (self);
    }
  g_object_unref (self);
}
