/* azqf-criterion.c: an assessment / performance criterion of one outcome
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "azqf-criterion.h"
#include "azqf-value-private.h"

struct _AzqfCriterion
{
  GObject  parent_instance;

  char    *text[2];  /* indexed by AzqfLang */
};

G_DEFINE_FINAL_TYPE (AzqfCriterion, azqf_criterion, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TEXT_AZ,
  PROP_TEXT_EN,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
azqf_criterion_finalize (GObject *object)
{
  AzqfCriterion *self = (AzqfCriterion *) object;

  g_clear_pointer (&self->text[AZQF_LANG_AZ], g_free);
  g_clear_pointer (&self->text[AZQF_LANG_EN], g_free);

  G_OBJECT_CLASS (azqf_criterion_parent_class)->finalize (object);
}

static void
azqf_criterion_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  AzqfCriterion *self = AZQF_CRITERION (object);

  switch (prop_id)
    {
    case PROP_TEXT_AZ:
      g_value_set_string (value, self->text[AZQF_LANG_AZ]);
      break;

    case PROP_TEXT_EN:
      g_value_set_string (value, self->text[AZQF_LANG_EN]);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
azqf_criterion_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  AzqfCriterion *self = AZQF_CRITERION (object);

  switch (prop_id)
    {
    case PROP_TEXT_AZ:
      azqf_criterion_set_text (self, AZQF_LANG_AZ, g_value_get_string (value));
      break;

    case PROP_TEXT_EN:
      azqf_criterion_set_text (self, AZQF_LANG_EN, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
azqf_criterion_class_init (AzqfCriterionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = azqf_criterion_finalize;
  object_class->get_property = azqf_criterion_get_property;
  object_class->set_property = azqf_criterion_set_property;

  properties[PROP_TEXT_AZ] =
    g_param_spec_string ("text-az", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_TEXT_EN] =
    g_param_spec_string ("text-en", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
azqf_criterion_init (AzqfCriterion *self)
{
}

AzqfCriterion *
azqf_criterion_new (const char *text_az,
                    const char *text_en)
{
  return g_object_new (AZQF_TYPE_CRITERION,
                       "text-az", text_az,
                       "text-en", text_en,
                       NULL);
}

const char *
azqf_criterion_get_text (AzqfCriterion *self,
                         AzqfLang       lang)
{
  g_return_val_if_fail (AZQF_IS_CRITERION (self), NULL);
  g_return_val_if_fail (lang == AZQF_LANG_AZ || lang == AZQF_LANG_EN, NULL);

  return self->text[lang];
}

/* The caller checks user input with azqf_value_check_text() and the field's
 * length limit first; a character the register cannot carry is a programmer
 * error here. */
void
azqf_criterion_set_text (AzqfCriterion *self,
                         AzqfLang       lang,
                         const char    *text)
{
  g_return_if_fail (AZQF_IS_CRITERION (self));
  g_return_if_fail (lang == AZQF_LANG_AZ || lang == AZQF_LANG_EN);
  g_return_if_fail (_azqf_value_is_storable_text (text));

  if (_azqf_value_replace_text (&self->text[lang], text))
    g_object_notify_by_pspec (G_OBJECT (self),
                              properties[lang == AZQF_LANG_AZ ? PROP_TEXT_AZ : PROP_TEXT_EN]);
}

const char *
azqf_criterion_get_text_az (AzqfCriterion *self)
{
  return azqf_criterion_get_text (self, AZQF_LANG_AZ);
}

const char *
azqf_criterion_get_text_en (AzqfCriterion *self)
{
  return azqf_criterion_get_text (self, AZQF_LANG_EN);
}
