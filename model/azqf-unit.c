/* azqf-unit.c: a key function, a module or a unit of learning outcomes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "azqf-outcome-private.h"
#include "azqf-standard.h"
#include "azqf-unit-private.h"
#include "azqf-value-private.h"

struct _AzqfUnit
{
  GObject       parent_instance;

  /* owned */
  char         *code;
  char         *title[2];  /* indexed by AzqfLang */
  GListStore   *outcomes;

  /* borrowed, set by the standard */
  AzqfStandard *standard;

  double        ects_credits;  /* < 0: unset */
  guint         level;         /* 0: unset */
};

G_DEFINE_FINAL_TYPE (AzqfUnit, azqf_unit, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CODE,
  PROP_TITLE_AZ,
  PROP_TITLE_EN,
  PROP_LEVEL,
  PROP_ECTS_CREDITS,
  PROP_OUTCOMES,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
emit_changed (AzqfUnit *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
outcome_changed_cb (AzqfUnit    *self,
                    AzqfOutcome *outcome)
{
  emit_changed (self);
}

static void
outcomes_items_changed_cb (AzqfUnit   *self,
                           guint       position,
                           guint       removed,
                           guint       added,
                           GListModel *list)
{
  emit_changed (self);
}

/* One "changed" per batch of notifications. */
static void
azqf_unit_dispatch_properties_changed (GObject     *object,
                                       guint        n_pspecs,
                                       GParamSpec **pspecs)
{
  G_OBJECT_CLASS (azqf_unit_parent_class)->dispatch_properties_changed (object,
                                                                        n_pspecs,
                                                                        pspecs);

  emit_changed (AZQF_UNIT (object));
}

static void
azqf_unit_dispose (GObject *object)
{
  AzqfUnit *self = (AzqfUnit *) object;

  if (self->outcomes != NULL)
    {
      guint n = g_list_model_get_n_items (G_LIST_MODEL (self->outcomes));

      for (guint i = 0; i < n; i++)
        {
          g_autoptr (AzqfOutcome) outcome = NULL;

          outcome = g_list_model_get_item (G_LIST_MODEL (self->outcomes), i);
          g_signal_handlers_disconnect_by_func (outcome, outcome_changed_cb, self);
          _azqf_outcome_set_unit (outcome, NULL);
          _azqf_outcome_set_standard (outcome, NULL);
        }
    }

  g_clear_object (&self->outcomes);
  self->standard = NULL;

  G_OBJECT_CLASS (azqf_unit_parent_class)->dispose (object);
}

static void
azqf_unit_finalize (GObject *object)
{
  AzqfUnit *self = (AzqfUnit *) object;

  g_clear_pointer (&self->code, g_free);
  g_clear_pointer (&self->title[AZQF_LANG_AZ], g_free);
  g_clear_pointer (&self->title[AZQF_LANG_EN], g_free);

  G_OBJECT_CLASS (azqf_unit_parent_class)->finalize (object);
}

static void
azqf_unit_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  AzqfUnit *self = AZQF_UNIT (object);

  switch (prop_id)
    {
    case PROP_CODE:
      g_value_set_string (value, self->code);
      break;

    case PROP_TITLE_AZ:
      g_value_set_string (value, self->title[AZQF_LANG_AZ]);
      break;

    case PROP_TITLE_EN:
      g_value_set_string (value, self->title[AZQF_LANG_EN]);
      break;

    case PROP_LEVEL:
      g_value_set_uint (value, self->level);
      break;

    case PROP_ECTS_CREDITS:
      g_value_set_double (value, self->ects_credits);
      break;

    case PROP_OUTCOMES:
      g_value_set_object (value, self->outcomes);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
azqf_unit_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  AzqfUnit *self = AZQF_UNIT (object);
  g_autoptr (GError) error = NULL;

  switch (prop_id)
    {
    case PROP_CODE:
      if (!azqf_unit_set_code (self, g_value_get_string (value), &error))
        g_warning ("%s", error->message);
      break;

    case PROP_TITLE_AZ:
      azqf_unit_set_title (self, AZQF_LANG_AZ, g_value_get_string (value));
      break;

    case PROP_TITLE_EN:
      azqf_unit_set_title (self, AZQF_LANG_EN, g_value_get_string (value));
      break;

    case PROP_LEVEL:
      if (!azqf_unit_set_level (self, g_value_get_uint (value), &error))
        g_warning ("%s", error->message);
      break;

    case PROP_ECTS_CREDITS:
      if (!azqf_unit_set_ects_credits (self, g_value_get_double (value), &error))
        g_warning ("%s", error->message);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
azqf_unit_class_init (AzqfUnitClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispatch_properties_changed = azqf_unit_dispatch_properties_changed;
  object_class->dispose = azqf_unit_dispose;
  object_class->finalize = azqf_unit_finalize;
  object_class->get_property = azqf_unit_get_property;
  object_class->set_property = azqf_unit_set_property;

  properties[PROP_CODE] =
    g_param_spec_string ("code", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_TITLE_AZ] =
    g_param_spec_string ("title-az", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_TITLE_EN] =
    g_param_spec_string ("title-en", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_LEVEL] =
    g_param_spec_uint ("level", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_ECTS_CREDITS] =
    g_param_spec_double ("ects-credits", NULL, NULL,
                         -G_MAXDOUBLE, G_MAXDOUBLE, -1.0,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_OUTCOMES] =
    g_param_spec_object ("outcomes", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * AzqfUnit::changed:
   *
   * Emitted after a property of the unit or anything in its outcomes changed,
   * or an outcome was added or removed.
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
azqf_unit_init (AzqfUnit *self)
{
  self->ects_credits = -1.0;

  self->outcomes = g_list_store_new (AZQF_TYPE_OUTCOME);
  g_signal_connect_object (self->outcomes, "items-changed",
                           G_CALLBACK (outcomes_items_changed_cb), self, G_CONNECT_SWAPPED);
}

AzqfUnit *
azqf_unit_new (const char  *code,
               GError     **error)
{
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!azqf_value_check_item_code (code, error))
    return NULL;

  return g_object_new (AZQF_TYPE_UNIT,
                       "code", code,
                       NULL);
}

const char *
azqf_unit_get_code (AzqfUnit *self)
{
  g_return_val_if_fail (AZQF_IS_UNIT (self), NULL);

  return self->code;
}

/* Fails with AZQF_VALUE_ERROR_DUPLICATE when another unit of the same
 * standard has the code. */
gboolean
azqf_unit_set_code (AzqfUnit    *self,
                    const char  *code,
                    GError     **error)
{
  g_return_val_if_fail (AZQF_IS_UNIT (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!azqf_value_check_item_code (code, error))
    return FALSE;

  if (g_strcmp0 (self->code, code) == 0)
    return TRUE;

  if (self->standard != NULL && azqf_standard_find_unit (self->standard, code) != NULL)
    {
      g_set_error (error, AZQF_VALUE_ERROR, AZQF_VALUE_ERROR_DUPLICATE,
                   _("Unit code %s is already used in this standard"), code);
      return FALSE;
    }

  g_free (self->code);
  self->code = g_strdup (code);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CODE]);

  return TRUE;
}

const char *
azqf_unit_get_title (AzqfUnit *self,
                     AzqfLang  lang)
{
  g_return_val_if_fail (AZQF_IS_UNIT (self), NULL);
  g_return_val_if_fail (lang == AZQF_LANG_AZ || lang == AZQF_LANG_EN, NULL);

  return self->title[lang];
}

/* The caller checks user input with azqf_value_check_text() and the field's
 * length limit first; a character the register cannot carry is a programmer
 * error here. */
void
azqf_unit_set_title (AzqfUnit   *self,
                     AzqfLang    lang,
                     const char *title)
{
  g_return_if_fail (AZQF_IS_UNIT (self));
  g_return_if_fail (lang == AZQF_LANG_AZ || lang == AZQF_LANG_EN);
  g_return_if_fail (_azqf_value_is_storable_text (title));

  if (_azqf_value_replace_text (&self->title[lang], title))
    g_object_notify_by_pspec (G_OBJECT (self),
                              properties[lang == AZQF_LANG_AZ ? PROP_TITLE_AZ : PROP_TITLE_EN]);
}

guint
azqf_unit_get_level (AzqfUnit *self)
{
  g_return_val_if_fail (AZQF_IS_UNIT (self), 0);

  return self->level;
}

/* 1–8, or 0 to clear. */
gboolean
azqf_unit_set_level (AzqfUnit  *self,
                     guint      level,
                     GError   **error)
{
  g_return_val_if_fail (AZQF_IS_UNIT (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (level != 0 && !azqf_value_check_level (level, error))
    return FALSE;

  if (self->level != level)
    {
      self->level = level;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LEVEL]);
    }

  return TRUE;
}

double
azqf_unit_get_ects_credits (AzqfUnit *self)
{
  g_return_val_if_fail (AZQF_IS_UNIT (self), -1.0);

  return self->ects_credits;
}

/* < 0 clears. */
gboolean
azqf_unit_set_ects_credits (AzqfUnit  *self,
                            double     credits,
                            GError   **error)
{
  g_return_val_if_fail (AZQF_IS_UNIT (self), FALSE);
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

GListModel *
azqf_unit_get_outcomes (AzqfUnit *self)
{
  g_return_val_if_fail (AZQF_IS_UNIT (self), NULL);

  return G_LIST_MODEL (self->outcomes);
}

AzqfStandard *
_azqf_unit_get_standard (AzqfUnit *self)
{
  g_return_val_if_fail (AZQF_IS_UNIT (self), NULL);

  return self->standard;
}

/* Also points the unit's outcomes at the standard, for their code checks. */
void
_azqf_unit_set_standard (AzqfUnit     *self,
                         AzqfStandard *standard)
{
  guint n;

  g_return_if_fail (AZQF_IS_UNIT (self));

  self->standard = standard;

  n = g_list_model_get_n_items (G_LIST_MODEL (self->outcomes));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (AzqfOutcome) outcome = g_list_model_get_item (G_LIST_MODEL (self->outcomes), i);

      _azqf_outcome_set_standard (outcome, standard);
    }
}

void
_azqf_unit_append_outcome (AzqfUnit    *self,
                           AzqfOutcome *outcome)
{
  _azqf_unit_insert_outcome (self, outcome, G_MAXUINT);
}

void
_azqf_unit_insert_outcome (AzqfUnit    *self,
                           AzqfOutcome *outcome,
                           guint        position)
{
  g_return_if_fail (AZQF_IS_UNIT (self));
  g_return_if_fail (AZQF_IS_OUTCOME (outcome));
  g_return_if_fail (_azqf_outcome_get_unit (outcome) == NULL);

  position = MIN (position, g_list_model_get_n_items (G_LIST_MODEL (self->outcomes)));
  _azqf_outcome_set_unit (outcome, self);
  _azqf_outcome_set_standard (outcome, self->standard);
  g_signal_connect_object (outcome, "changed",
                           G_CALLBACK (outcome_changed_cb), self, G_CONNECT_SWAPPED);
  g_list_store_insert (self->outcomes, position, outcome);
}

gboolean
_azqf_unit_remove_outcome (AzqfUnit    *self,
                           AzqfOutcome *outcome)
{
  guint position;

  g_return_val_if_fail (AZQF_IS_UNIT (self), FALSE);
  g_return_val_if_fail (AZQF_IS_OUTCOME (outcome), FALSE);

  if (!g_list_store_find (self->outcomes, outcome, &position))
    return FALSE;

  g_signal_handlers_disconnect_by_func (outcome, outcome_changed_cb, self);
  _azqf_outcome_set_unit (outcome, NULL);
  _azqf_outcome_set_standard (outcome, NULL);
  g_list_store_remove (self->outcomes, position);

  return TRUE;
}
