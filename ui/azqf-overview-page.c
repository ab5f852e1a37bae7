/* azqf-overview-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "azqf-overview-page.h"

struct _AzqfOverviewPage
{
  AdwBin            parent_instance;

  /* owned */
  AzqfDocument     *document;
  AzqfFrameworks   *frameworks;
  AzqfLinter       *linter;
  AzqfStandardList *standards;
};

G_DEFINE_FINAL_TYPE (AzqfOverviewPage, azqf_overview_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_FRAMEWORKS,
  PROP_LINTER,
  PROP_STANDARDS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gpointer *
field_for (AzqfOverviewPage *self,
           guint          prop_id)
{
  switch (prop_id)
    {
    case PROP_DOCUMENT:
      return (gpointer *) &self->document;
    case PROP_FRAMEWORKS:
      return (gpointer *) &self->frameworks;
    case PROP_LINTER:
      return (gpointer *) &self->linter;
    case PROP_STANDARDS:
      return (gpointer *) &self->standards;
    default:
      return NULL;
    }
}

static void
azqf_overview_page_dispose (GObject *object)
{
  AzqfOverviewPage *self = AZQF_OVERVIEW_PAGE (object);

  for (guint i = PROP_DOCUMENT; i < N_PROPS; i++)
    g_clear_object ((GObject **) field_for (self, i));

  G_OBJECT_CLASS (azqf_overview_page_parent_class)->dispose (object);
}

static void
azqf_overview_page_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  gpointer *field = field_for (AZQF_OVERVIEW_PAGE (object), prop_id);

  if (field == NULL)
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
  else
    g_value_set_object (value, *field);
}

static void
azqf_overview_page_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  gpointer *field = field_for (AZQF_OVERVIEW_PAGE (object), prop_id);

  if (field == NULL)
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
  else if (g_set_object ((GObject **) field, g_value_get_object (value)))
    g_object_notify_by_pspec (object, pspec);
}

static void
azqf_overview_page_class_init (AzqfOverviewPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = azqf_overview_page_dispose;
  object_class->get_property = azqf_overview_page_get_property;
  object_class->set_property = azqf_overview_page_set_property;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, AZQF_TYPE_DOCUMENT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FRAMEWORKS] =
    g_param_spec_object ("frameworks", NULL, NULL, AZQF_TYPE_FRAMEWORKS,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LINTER] =
    g_param_spec_object ("linter", NULL, NULL, AZQF_TYPE_LINTER,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_STANDARDS] =
    g_param_spec_object ("standards", NULL, NULL, AZQF_TYPE_STANDARD_LIST,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
azqf_overview_page_init (AzqfOverviewPage *self)
{
}
