/* azqf-link.c: a link from an outcome to a framework descriptor element
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "azqf-enums.h"
#include "azqf-link.h"
#include "azqf-value-private.h"

/* register-format.md §3.5 */
#define ELEMENT_ID_MAX 64

struct _AzqfLink
{
  GObject         parent_instance;

  char           *element;
  const char     *framework;  /* static string, the element's prefix */
  char           *comment;
  AzqfLinkType    type;
  AzqfLinkSource  source;
  AzqfLinkState   state;
};

G_DEFINE_FINAL_TYPE (AzqfLink, azqf_link, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ELEMENT,
  PROP_FRAMEWORK,
  PROP_LINK_TYPE,
  PROP_SOURCE,
  PROP_STATE,
  PROP_COMMENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const frameworks[] = { "azqf", "eqf", "qfehea" };

/* The framework of "eqf:L6.K.1" ("eqf"), or NULL if element is not of the
 * form (azqf|eqf|qfehea):[A-Za-z0-9._-]{1,64}. */
static const char *
parse_framework (const char *element)
{
  if (element == NULL)
    return NULL;

  for (guint i = 0; i < G_N_ELEMENTS (frameworks); i++)
    {
      gsize prefix_len = strlen (frameworks[i]);
      const char *id;
      gsize id_len = 0;

      if (strncmp (element, frameworks[i], prefix_len) != 0 || element[prefix_len] != ':')
        continue;

      id = element + prefix_len + 1;
      for (; id[id_len] != '\0'; id_len++)
        {
          char c = id[id_len];

          if (!g_ascii_isalnum (c) && c != '.' && c != '_' && c != '-')
            return NULL;
        }

      if (id_len < 1 || id_len > ELEMENT_ID_MAX)
        return NULL;

      return frameworks[i];
    }

  return NULL;
}

static gboolean
check_element (const char  *element,
               GError     **error)
{
  if (parse_framework (element) != NULL)
    return TRUE;

  g_set_error (error, AZQF_VALUE_ERROR, AZQF_VALUE_ERROR_INVALID,
               _("“%s” is not a descriptor element: it must look like azqf:L6.K.1, eqf:L6.K.1 "
                 "or qfehea:FC.2"),
               element != NULL && g_utf8_validate (element, -1, NULL) ? element : "");
  return FALSE;
}

static gboolean
check_state (const char      *element,
             AzqfLinkSource   source,
             AzqfLinkState    state,
             GError         **error)
{
  if (state == AZQF_LINK_STATE_REJECTED && source != AZQF_LINK_SOURCE_SUGGESTED)
    {
      g_set_error (error, AZQF_VALUE_ERROR, AZQF_VALUE_ERROR_INVALID,
                   _("The link to %s cannot be rejected: only suggested links can be rejected"),
                   element != NULL ? element : "");
      return FALSE;
    }

  return TRUE;
}

static void
azqf_link_finalize (GObject *object)
{
  AzqfLink *self = (AzqfLink *) object;

  g_clear_pointer (&self->element, g_free);
  g_clear_pointer (&self->comment, g_free);

  G_OBJECT_CLASS (azqf_link_parent_class)->finalize (object);
}

static void
azqf_link_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  AzqfLink *self = AZQF_LINK (object);

  switch (prop_id)
    {
    case PROP_ELEMENT:
      g_value_set_string (value, self->element);
      break;

    case PROP_FRAMEWORK:
      g_value_set_string (value, self->framework);
      break;

    case PROP_LINK_TYPE:
      g_value_set_enum (value, self->type);
      break;

    case PROP_SOURCE:
      g_value_set_enum (value, self->source);
      break;

    case PROP_STATE:
      g_value_set_enum (value, self->state);
      break;

    case PROP_COMMENT:
      g_value_set_string (value, self->comment);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
azqf_link_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  AzqfLink *self = AZQF_LINK (object);
  g_autoptr (GError) error = NULL;

  switch (prop_id)
    {
    case PROP_ELEMENT:
      g_assert (self->element == NULL);
      if (check_element (g_value_get_string (value), &error))
        {
          self->element = g_value_dup_string (value);
          self->framework = parse_framework (self->element);
        }
      else
        g_warning ("%s", error->message);
      break;

    case PROP_LINK_TYPE:
      azqf_link_set_link_type (self, g_value_get_enum (value));
      break;

    case PROP_SOURCE:
      azqf_link_set_source (self, g_value_get_enum (value));
      break;

    case PROP_STATE:
      if (!azqf_link_set_state (self, g_value_get_enum (value), &error))
        g_warning ("%s", error->message);
      break;

    case PROP_COMMENT:
      azqf_link_set_comment (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
azqf_link_class_init (AzqfLinkClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = azqf_link_finalize;
  object_class->get_property = azqf_link_get_property;
  object_class->set_property = azqf_link_set_property;

  properties[PROP_ELEMENT] =
    g_param_spec_string ("element", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties[PROP_FRAMEWORK] =
    g_param_spec_string ("framework", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_LINK_TYPE] =
    g_param_spec_enum ("link-type", NULL, NULL,
                       AZQF_TYPE_LINK_TYPE,
                       AZQF_LINK_COVERS,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_SOURCE] =
    g_param_spec_enum ("source", NULL, NULL,
                       AZQF_TYPE_LINK_SOURCE,
                       AZQF_LINK_SOURCE_AUTHOR,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_STATE] =
    g_param_spec_enum ("state", NULL, NULL,
                       AZQF_TYPE_LINK_STATE,
                       AZQF_LINK_STATE_PENDING,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_COMMENT] =
    g_param_spec_string ("comment", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
azqf_link_init (AzqfLink *self)
{
  self->type = AZQF_LINK_COVERS;
  self->source = AZQF_LINK_SOURCE_AUTHOR;
  self->state = AZQF_LINK_STATE_PENDING;
}

AzqfLink *
azqf_link_new (const char      *element,
               AzqfLinkType     type,
               AzqfLinkSource   source,
               AzqfLinkState    state,
               GError         **error)
{
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!check_element (element, error) || !check_state (element, source, state, error))
    return NULL;

  /* source before state: a rejected state needs the suggested source. */
  return g_object_new (AZQF_TYPE_LINK,
                       "element", element,
                       "link-type", type,
                       "source", source,
                       "state", state,
                       NULL);
}

const char *
azqf_link_get_element (AzqfLink *self)
{
  g_return_val_if_fail (AZQF_IS_LINK (self), NULL);

  return self->element;
}

const char *
azqf_link_get_framework (AzqfLink *self)
{
  g_return_val_if_fail (AZQF_IS_LINK (self), NULL);

  return self->framework;
}

AzqfLinkType
azqf_link_get_link_type (AzqfLink *self)
{
  g_return_val_if_fail (AZQF_IS_LINK (self), AZQF_LINK_COVERS);

  return self->type;
}

void
azqf_link_set_link_type (AzqfLink     *self,
                         AzqfLinkType  type)
{
  g_return_if_fail (AZQF_IS_LINK (self));
  g_return_if_fail ((guint) type <= AZQF_LINK_RELATED);

  if (self->type != type)
    {
      self->type = type;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LINK_TYPE]);
    }
}

AzqfLinkSource
azqf_link_get_source (AzqfLink *self)
{
  g_return_val_if_fail (AZQF_IS_LINK (self), AZQF_LINK_SOURCE_AUTHOR);

  return self->source;
}

/* A rejected suggestion stays a suggestion: set the state first. */
void
azqf_link_set_source (AzqfLink       *self,
                      AzqfLinkSource  source)
{
  g_return_if_fail (AZQF_IS_LINK (self));
  g_return_if_fail ((guint) source <= AZQF_LINK_SOURCE_SUGGESTED);
  g_return_if_fail (check_state (self->element, source, self->state, NULL));

  if (self->source != source)
    {
      self->source = source;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SOURCE]);
    }
}

AzqfLinkState
azqf_link_get_state (AzqfLink *self)
{
  g_return_val_if_fail (AZQF_IS_LINK (self), AZQF_LINK_STATE_PENDING);

  return self->state;
}

gboolean
azqf_link_set_state (AzqfLink       *self,
                     AzqfLinkState   state,
                     GError        **error)
{
  g_return_val_if_fail (AZQF_IS_LINK (self), FALSE);
  g_return_val_if_fail ((guint) state <= AZQF_LINK_STATE_REJECTED, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_state (self->element, self->source, state, error))
    return FALSE;

  if (self->state != state)
    {
      self->state = state;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATE]);
    }

  return TRUE;
}

const char *
azqf_link_get_comment (AzqfLink *self)
{
  g_return_val_if_fail (AZQF_IS_LINK (self), NULL);

  return self->comment;
}

/* The caller checks user input with azqf_value_check_text() first. */
void
azqf_link_set_comment (AzqfLink   *self,
                       const char *comment)
{
  g_return_if_fail (AZQF_IS_LINK (self));
  g_return_if_fail (_azqf_value_is_storable_text (comment));

  if (_azqf_value_replace_text (&self->comment, comment))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMMENT]);
}
