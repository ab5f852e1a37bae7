/* azqf-spell-provider.c: a spelling dictionary for one language
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "azqf-enums.h"
#include "azqf-spell-provider.h"

typedef struct
{
  char     *name;
  AzqfLang  lang;
} AzqfSpellProviderPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (AzqfSpellProvider, azqf_spell_provider, G_TYPE_OBJECT)

G_DEFINE_QUARK (azqf-spell-error-quark, azqf_spell_error)

enum
{
  PROP_0,
  PROP_LANG,
  PROP_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
azqf_spell_provider_finalize (GObject *object)
{
  AzqfSpellProvider *self = AZQF_SPELL_PROVIDER (object);
  AzqfSpellProviderPrivate *priv = azqf_spell_provider_get_instance_private (self);

  g_clear_pointer (&priv->name, g_free);

  G_OBJECT_CLASS (azqf_spell_provider_parent_class)->finalize (object);
}

static void
azqf_spell_provider_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  AzqfSpellProvider *self = AZQF_SPELL_PROVIDER (object);
  AzqfSpellProviderPrivate *priv = azqf_spell_provider_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_LANG:
      g_value_set_enum (value, priv->lang);
      break;

    case PROP_NAME:
      g_value_set_string (value, priv->name);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
azqf_spell_provider_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  AzqfSpellProvider *self = AZQF_SPELL_PROVIDER (object);
  AzqfSpellProviderPrivate *priv = azqf_spell_provider_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_LANG:
      priv->lang = g_value_get_enum (value);
      break;

    case PROP_NAME:
      priv->name = g_value_dup_string (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
azqf_spell_provider_class_init (AzqfSpellProviderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = azqf_spell_provider_finalize;
  object_class->get_property = azqf_spell_provider_get_property;
  object_class->set_property = azqf_spell_provider_set_property;

  properties[PROP_LANG] =
    g_param_spec_enum ("lang", NULL, NULL,
                       AZQF_TYPE_LANG, AZQF_LANG_AZ,
                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
azqf_spell_provider_init (AzqfSpellProvider *self)
{
}

AzqfLang
azqf_spell_provider_get_lang (AzqfSpellProvider *self)
{
  AzqfSpellProviderPrivate *priv;

  g_return_val_if_fail (AZQF_IS_SPELL_PROVIDER (self), AZQF_LANG_AZ);

  priv = azqf_spell_provider_get_instance_private (self);
  return priv->lang;
}

const char *
azqf_spell_provider_get_name (AzqfSpellProvider *self)
{
  AzqfSpellProviderPrivate *priv;

  g_return_val_if_fail (AZQF_IS_SPELL_PROVIDER (self), NULL);

  priv = azqf_spell_provider_get_instance_private (self);
  return priv->name;
}

gboolean
azqf_spell_provider_check_word (AzqfSpellProvider *self,
                                const char        *word)
{
  g_return_val_if_fail (AZQF_IS_SPELL_PROVIDER (self), FALSE);
  g_return_val_if_fail (word != NULL, FALSE);

  return AZQF_SPELL_PROVIDER_GET_CLASS (self)->check_word (self, word);
}

char **
azqf_spell_provider_suggest (AzqfSpellProvider *self,
                             const char        *word,
                             guint              max_suggestions)
{
  char **suggestions;

  g_return_val_if_fail (AZQF_IS_SPELL_PROVIDER (self), NULL);
  g_return_val_if_fail (word != NULL, NULL);

  if (max_suggestions == 0)
    return g_new0 (char *, 1);

  suggestions = AZQF_SPELL_PROVIDER_GET_CLASS (self)->suggest (self, word, max_suggestions);
  return suggestions != NULL ? suggestions : g_new0 (char *, 1);
}

void
azqf_spell_provider_add_word (AzqfSpellProvider *self,
                              const char        *word)
{
  AzqfSpellProviderClass *klass;

  g_return_if_fail (AZQF_IS_SPELL_PROVIDER (self));
  g_return_if_fail (word != NULL);

  klass = AZQF_SPELL_PROVIDER_GET_CLASS (self);
  if (klass->add_word != NULL)
    klass->add_word (self, word);
}
