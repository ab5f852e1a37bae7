/* azqf-outcome.c: one learning outcome, in az and en, in one domain
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "azqf-criterion.h"
#include "azqf-enums.h"
#include "azqf-link.h"
#include "azqf-outcome-private.h"
#include "azqf-standard.h"
#include "azqf-value-private.h"

struct _AzqfOutcome
{
  GObject       parent_instance;

  /* owned */
  char         *code;
  char         *text[2];  /* indexed by AzqfLang */
  GListStore   *criteria;
  GListStore   *links;

  /* borrowed, set by the containers */
  AzqfUnit     *unit;
  AzqfStandard *standard;

  AzqfDomain    domain;
};

G_DEFINE_FINAL_TYPE (AzqfOutcome, azqf_outcome, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CODE,
  PROP_DOMAIN,
  PROP_TEXT_AZ,
  PROP_TEXT_EN,
  PROP_CRITERIA,
  PROP_LINKS,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
emit_changed (AzqfOutcome *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
child_notify_cb (AzqfOutcome *self,
                 GParamSpec  *pspec,
                 GObject     *child)
{
  emit_changed (self);
}

static void
list_items_changed_cb (AzqfOutcome *self,
                       guint        position,
                       guint        removed,
                       guint        added,
                       GListModel  *list)
{
  emit_changed (self);
}

static void
watch_child (AzqfOutcome *self,
             GObject     *child)
{
  g_signal_connect_object (child, "notify", G_CALLBACK (child_notify_cb), self,
                           G_CONNECT_SWAPPED);
}

static void
unwatch_child (AzqfOutcome *self,
               GObject     *child)
{
  g_signal_handlers_disconnect_by_func (child, child_notify_cb, self);
}

static void
unwatch_list (AzqfOutcome *self,
              GListModel  *list)
{
  guint n = g_list_model_get_n_items (list);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (GObject) child = g_list_model_get_item (list, i);

      unwatch_child (self, child);
    }
}

/* One "changed" per batch of notifications (a g_object_set() with several
 * properties, or a setter that notifies under freeze). */
static void
azqf_outcome_dispatch_properties_changed (GObject     *object,
                                          guint        n_pspecs,
                                          GParamSpec **pspecs)
{
  G_OBJECT_CLASS (azqf_outcome_parent_class)->dispatch_properties_changed (object,
                                                                           n_pspecs,
                                                                           pspecs);

  emit_changed (AZQF_OUTCOME (object));
}

static void
azqf_outcome_dispose (GObject *object)
{
  AzqfOutcome *self = (AzqfOutcome *) object;

  if (self->criteria != NULL)
    unwatch_list (self, G_LIST_MODEL (self->criteria));
  if (self->links != NULL)
    unwatch_list (self, G_LIST_MODEL (self->links));

  g_clear_object (&self->criteria);
  g_clear_object (&self->links);

  self->unit = NULL;
  self->standard = NULL;

  G_OBJECT_CLASS (azqf_outcome_parent_class)->dispose (object);
}

static void
azqf_outcome_finalize (GObject *object)
{
  AzqfOutcome *self = (AzqfOutcome *) object;

  g_clear_pointer (&self->code, g_free);
  g_clear_pointer (&self->text[AZQF_LANG_AZ], g_free);
  g_clear_pointer (&self->text[AZQF_LANG_EN], g_free);

  G_OBJECT_CLASS (azqf_outcome_parent_class)->finalize (object);
}

static void
azqf_outcome_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  AzqfOutcome *self = AZQF_OUTCOME (object);

  switch (prop_id)
    {
    case PROP_CODE:
      g_value_set_string (value, self->code);
      break;

    case PROP_DOMAIN:
      g_value_set_enum (value, self->domain);
      break;

    case PROP_TEXT_AZ:
      g_value_set_string (value, self->text[AZQF_LANG_AZ]);
      break;

    case PROP_TEXT_EN:
      g_value_set_string (value, self->text[AZQF_LANG_EN]);
      break;

    case PROP_CRITERIA:
      g_value_set_object (value, self->criteria);
      break;

    case PROP_LINKS:
      g_value_set_object (value, self->links);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
azqf_outcome_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  AzqfOutcome *self = AZQF_OUTCOME (object);
  g_autoptr (GError) error = NULL;

  switch (prop_id)
    {
    case PROP_CODE:
      if (!azqf_outcome_set_code (self, g_value_get_string (value), &error))
        g_warning ("%s", error->message);
      break;

    case PROP_DOMAIN:
      azqf_outcome_set_domain (self, g_value_get_enum (value));
      break;

    case PROP_TEXT_AZ:
      azqf_outcome_set_text (self, AZQF_LANG_AZ, g_value_get_string (value));
      break;

    case PROP_TEXT_EN:
      azqf_outcome_set_text (self, AZQF_LANG_EN, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
azqf_outcome_class_init (AzqfOutcomeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispatch_properties_changed = azqf_outcome_dispatch_properties_changed;
  object_class->dispose = azqf_outcome_dispose;
  object_class->finalize = azqf_outcome_finalize;
  object_class->get_property = azqf_outcome_get_property;
  object_class->set_property = azqf_outcome_set_property;

  properties[PROP_CODE] =
    g_param_spec_string ("code", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_DOMAIN] =
    g_param_spec_enum ("domain", NULL, NULL,
                       AZQF_TYPE_DOMAIN,
                       AZQF_DOMAIN_KNOWLEDGE,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_TEXT_AZ] =
    g_param_spec_string ("text-az", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_TEXT_EN] =
    g_param_spec_string ("text-en", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_CRITERIA] =
    g_param_spec_object ("criteria", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_LINKS] =
    g_param_spec_object ("links", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * AzqfOutcome::changed:
   *
   * Emitted after a property, a criterion or a link of the outcome changed,
   * or a criterion or link was added or removed.
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
azqf_outcome_init (AzqfOutcome *self)
{
  self->domain = AZQF_DOMAIN_KNOWLEDGE;

  self->criteria = g_list_store_new (AZQF_TYPE_CRITERION);
  g_signal_connect_object (self->criteria, "items-changed",
                           G_CALLBACK (list_items_changed_cb), self, G_CONNECT_SWAPPED);

  self->links = g_list_store_new (AZQF_TYPE_LINK);
  g_signal_connect_object (self->links, "items-changed",
                           G_CALLBACK (list_items_changed_cb), self, G_CONNECT_SWAPPED);
}

AzqfOutcome *
azqf_outcome_new (const char  *code,
                  AzqfDomain   domain,
                  GError     **error)
{
  g_return_val_if_fail ((guint) domain <= AZQF_DOMAIN_AUTONOMY_RESPONSIBILITY, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!azqf_value_check_item_code (code, error))
    return NULL;

  return g_object_new (AZQF_TYPE_OUTCOME,
                       "code", code,
                       "domain", domain,
                       NULL);
}

const char *
azqf_outcome_get_code (AzqfOutcome *self)
{
  g_return_val_if_fail (AZQF_IS_OUTCOME (self), NULL);

  return self->code;
}

/* Fails with AZQF_VALUE_ERROR_DUPLICATE when another outcome of the same
 * standard has the code. */
gboolean
azqf_outcome_set_code (AzqfOutcome  *self,
                       const char   *code,
                       GError      **error)
{
  g_return_val_if_fail (AZQF_IS_OUTCOME (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!azqf_value_check_item_code (code, error))
    return FALSE;

  if (g_strcmp0 (self->code, code) == 0)
    return TRUE;

  if (self->standard != NULL && azqf_standard_find_outcome (self->standard, code, NULL) != NULL)
    {
      g_set_error (error, AZQF_VALUE_ERROR, AZQF_VALUE_ERROR_DUPLICATE,
                   _("Outcome code %s is already used in this standard"), code);
      return FALSE;
    }

  g_free (self->code);
  self->code = g_strdup (code);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CODE]);

  return TRUE;
}

AzqfDomain
azqf_outcome_get_domain (AzqfOutcome *self)
{
  g_return_val_if_fail (AZQF_IS_OUTCOME (self), AZQF_DOMAIN_KNOWLEDGE);

  return self->domain;
}

void
azqf_outcome_set_domain (AzqfOutcome *self,
                         AzqfDomain   domain)
{
  g_return_if_fail (AZQF_IS_OUTCOME (self));
  g_return_if_fail ((guint) domain <= AZQF_DOMAIN_AUTONOMY_RESPONSIBILITY);

  if (self->domain != domain)
    {
      self->domain = domain;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOMAIN]);
    }
}

const char *
azqf_outcome_get_text (AzqfOutcome *self,
                       AzqfLang     lang)
{
  g_return_val_if_fail (AZQF_IS_OUTCOME (self), NULL);
  g_return_val_if_fail (lang == AZQF_LANG_AZ || lang == AZQF_LANG_EN, NULL);

  return self->text[lang];
}

/* The caller checks user input with azqf_value_check_text() and the field's
 * length limit first; a character the register cannot carry is a programmer
 * error here. */
void
azqf_outcome_set_text (AzqfOutcome *self,
                       AzqfLang     lang,
                       const char  *text)
{
  g_return_if_fail (AZQF_IS_OUTCOME (self));
  g_return_if_fail (lang == AZQF_LANG_AZ || lang == AZQF_LANG_EN);
  g_return_if_fail (_azqf_value_is_storable_text (text));

  if (_azqf_value_replace_text (&self->text[lang], text))
    g_object_notify_by_pspec (G_OBJECT (self),
                              properties[lang == AZQF_LANG_AZ ? PROP_TEXT_AZ : PROP_TEXT_EN]);
}

GListModel *
azqf_outcome_get_criteria (AzqfOutcome *self)
{
  g_return_val_if_fail (AZQF_IS_OUTCOME (self), NULL);

  return G_LIST_MODEL (self->criteria);
}

void
azqf_outcome_append_criterion (AzqfOutcome   *self,
                               AzqfCriterion *criterion)
{
  g_return_if_fail (AZQF_IS_OUTCOME (self));
  g_return_if_fail (AZQF_IS_CRITERION (criterion));

  watch_child (self, G_OBJECT (criterion));
  g_list_store_append (self->criteria, criterion);
}

void
azqf_outcome_remove_criterion (AzqfOutcome *self,
                               guint        position)
{
  g_autoptr (AzqfCriterion) criterion = NULL;

  g_return_if_fail (AZQF_IS_OUTCOME (self));
  g_return_if_fail (position < g_list_model_get_n_items (G_LIST_MODEL (self->criteria)));

  criterion = g_list_model_get_item (G_LIST_MODEL (self->criteria), position);
  unwatch_child (self, G_OBJECT (criterion));
  g_list_store_remove (self->criteria, position);
}

GListModel *
azqf_outcome_get_links (AzqfOutcome *self)
{
  g_return_val_if_fail (AZQF_IS_OUTCOME (self), NULL);

  return G_LIST_MODEL (self->links);
}

gboolean
azqf_outcome_add_link (AzqfOutcome  *self,
                       AzqfLink     *link,
                       GError      **error)
{
  const char *element;

  g_return_val_if_fail (AZQF_IS_OUTCOME (self), FALSE);
  g_return_val_if_fail (AZQF_IS_LINK (link), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  element = azqf_link_get_element (link);
  if (azqf_outcome_find_link (self, element) != NULL)
    {
      g_set_error (error, AZQF_VALUE_ERROR, AZQF_VALUE_ERROR_DUPLICATE,
                   _("Outcome %s already has a link to %s"),
                   self->code != NULL ? self->code : "", element);
      return FALSE;
    }

  watch_child (self, G_OBJECT (link));
  g_list_store_append (self->links, link);

  return TRUE;
}

/* Borrowed, or NULL. */
AzqfLink *
azqf_outcome_find_link (AzqfOutcome *self,
                        const char  *element)
{
  guint n;

  g_return_val_if_fail (AZQF_IS_OUTCOME (self), NULL);

  if (element == NULL)
    return NULL;

  n = g_list_model_get_n_items (G_LIST_MODEL (self->links));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (AzqfLink) link = g_list_model_get_item (G_LIST_MODEL (self->links), i);

      if (g_strcmp0 (azqf_link_get_element (link), element) == 0)
        return link;
    }

  return NULL;
}

AzqfUnit *
_azqf_outcome_get_unit (AzqfOutcome *self)
{
  g_return_val_if_fail (AZQF_IS_OUTCOME (self), NULL);

  return self->unit;
}

void
_azqf_outcome_set_unit (AzqfOutcome *self,
                        AzqfUnit    *unit)
{
  g_return_if_fail (AZQF_IS_OUTCOME (self));

  self->unit = unit;
}

AzqfStandard *
_azqf_outcome_get_standard (AzqfOutcome *self)
{
  g_return_val_if_fail (AZQF_IS_OUTCOME (self), NULL);

  return self->standard;
}

void
_azqf_outcome_set_standard (AzqfOutcome  *self,
                            AzqfStandard *standard)
{
  g_return_if_fail (AZQF_IS_OUTCOME (self));

  self->standard = standard;
}
