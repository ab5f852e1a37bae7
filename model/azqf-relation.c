/* azqf-relation.c: a relation from one standard to another, which need not be in the workspace
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "azqf-enums.h"
#include "azqf-relation.h"
#include "azqf-value-private.h"

struct _AzqfRelation
{
  GObject           parent_instance;

  char             *target_uuid;
  char             *target_code;  /* always set: shown for targets outside the workspace */
  AzqfRelationType  type;
};

G_DEFINE_FINAL_TYPE (AzqfRelation, azqf_relation, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_RELATION_TYPE,
  PROP_TARGET_UUID,
  PROP_TARGET_CODE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
azqf_relation_finalize (GObject *object)
{
  AzqfRelation *self = (AzqfRelation *) object;

  g_clear_pointer (&self->target_uuid, g_free);
  g_clear_pointer (&self->target_code, g_free);

  G_OBJECT_CLASS (azqf_relation_parent_class)->finalize (object);
}

static void
azqf_relation_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  AzqfRelation *self = AZQF_RELATION (object);

  switch (prop_id)
    {
    case PROP_RELATION_TYPE:
      g_value_set_enum (value, self->type);
      break;

    case PROP_TARGET_UUID:
      g_value_set_string (value, self->target_uuid);
      break;

    case PROP_TARGET_CODE:
      g_value_set_string (value, self->target_code);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
azqf_relation_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  AzqfRelation *self = AZQF_RELATION (object);
  g_autoptr (GError) error = NULL;

  switch (prop_id)
    {
    case PROP_RELATION_TYPE:
      self->type = g_value_get_enum (value);
      break;

    case PROP_TARGET_UUID:
      g_assert (self->target_uuid == NULL);
      /* NULL while constructing through g_object_new() without it. */
      if (g_value_get_string (value) == NULL)
        break;
      if (azqf_value_check_uuid (g_value_get_string (value), &error))
        self->target_uuid = g_value_dup_string (value);
      else
        g_warning ("%s", error->message);
      break;

    case PROP_TARGET_CODE:
      if (!azqf_relation_set_target_code (self, g_value_get_string (value), &error))
        g_warning ("%s", error->message);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
azqf_relation_class_init (AzqfRelationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = azqf_relation_finalize;
  object_class->get_property = azqf_relation_get_property;
  object_class->set_property = azqf_relation_set_property;

  properties[PROP_RELATION_TYPE] =
    g_param_spec_enum ("relation-type", NULL, NULL,
                       AZQF_TYPE_RELATION_TYPE,
                       AZQF_RELATION_BASED_ON,
                       (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties[PROP_TARGET_UUID] =
    g_param_spec_string ("target-uuid", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties[PROP_TARGET_CODE] =
    g_param_spec_string ("target-code", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
azqf_relation_init (AzqfRelation *self)
{
}

/* target_code is required: the register format always carries it, so a
 * relation to a standard outside the workspace can be shown by its code. */
AzqfRelation *
azqf_relation_new (AzqfRelationType   type,
                   const char        *target_uuid,
                   const char        *target_code,
                   GError           **error)
{
  g_autofree char *code = azqf_value_normalize_text (target_code);

  g_return_val_if_fail ((guint) type <= AZQF_RELATION_LEADS_TO, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!azqf_value_check_uuid (target_uuid, error))
    return NULL;

  if (!azqf_value_check_standard_code (code, error))
    return NULL;

  return g_object_new (AZQF_TYPE_RELATION,
                       "relation-type", type,
                       "target-uuid", target_uuid,
                       "target-code", code,
                       NULL);
}

AzqfRelationType
azqf_relation_get_relation_type (AzqfRelation *self)
{
  g_return_val_if_fail (AZQF_IS_RELATION (self), AZQF_RELATION_BASED_ON);

  return self->type;
}

const char *
azqf_relation_get_target_uuid (AzqfRelation *self)
{
  g_return_val_if_fail (AZQF_IS_RELATION (self), NULL);

  return self->target_uuid;
}

const char *
azqf_relation_get_target_code (AzqfRelation *self)
{
  g_return_val_if_fail (AZQF_IS_RELATION (self), NULL);

  return self->target_code;
}

gboolean
azqf_relation_set_target_code (AzqfRelation  *self,
                               const char    *target_code,
                               GError       **error)
{
  g_autofree char *code = azqf_value_normalize_text (target_code);

  g_return_val_if_fail (AZQF_IS_RELATION (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!azqf_value_check_standard_code (code, error))
    return FALSE;

  if (_azqf_value_replace_text (&self->target_code, code))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TARGET_CODE]);

  return TRUE;
}
