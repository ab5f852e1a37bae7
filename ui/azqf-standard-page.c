/* azqf-standard-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "azqf-gap-page.h"
#include "azqf-outcomes-page.h"
#include "azqf-overview-page.h"
#include "azqf-relations-page.h"
#include "azqf-standard-page.h"
#include "azqf-standard.h"

struct _AzqfStandardPage
{
  AdwBin               parent_instance;

  /* template children */
  AdwViewSwitcherTitle *switcher_title;
  GtkWidget            *back_button;
  GtkLabel             *saved_label;
  AdwViewStack         *view_stack;
  GtkWidget            *overview_page;
  GtkWidget            *outcomes_page;
  GtkWidget            *gap_page;
  GtkWidget            *relations_page;

  /* owned */
  AzqfDocument         *document;
  AzqfFrameworks       *frameworks;
  AzqfLinter           *linter;
  AzqfStandardList     *standards;
  GSignalGroup         *document_signals;
  GSignalGroup         *standard_signals;
};

G_DEFINE_FINAL_TYPE (AzqfStandardPage, azqf_standard_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_FRAMEWORKS,
  PROP_LINTER,
  PROP_STANDARDS,
  PROP_SHOW_BACK_BUTTON,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
pass_on (AzqfStandardPage *self,
         const char       *property,
         gpointer          value)
{
  GtkWidget *pages[] = { self->overview_page, self->outcomes_page, self->gap_page, self->relations_page };

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    g_object_set (pages[i], property, value, NULL);
}

static void
update_saved_label (AzqfStandardPage *self)
{
  const char *text = "";

  if (self->document != NULL)
    {
      if (azqf_document_get_error (self->document) != NULL && !azqf_document_get_saved (self->document))
        text = _("Not saved");
      else if (!azqf_document_get_saved (self->document))
        text = _("Saving…");
      else
        text = _("Saved");
    }
  gtk_label_set_text (self->saved_label, text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->saved_label),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
}

static void
update_title (AzqfStandardPage *self)
{
  AzqfStandard *standard = self->document != NULL ? azqf_document_get_standard (self->document) : NULL;
  g_autofree char *subtitle = NULL;

  if (standard != NULL)
    subtitle = g_strdup_printf ("%s · %s", azqf_standard_get_code (standard),
                                azqf_standard_get_display_title (standard, AZQF_LANG_AZ));
  adw_view_switcher_title_set_subtitle (self->switcher_title, subtitle != NULL ? subtitle : "");
}

static void
azqf_standard_page_dispose (GObject *object)
{
  AzqfStandardPage *self = AZQF_STANDARD_PAGE (object);

  g_clear_object (&self->document_signals);
  g_clear_object (&self->standard_signals);
  g_clear_object (&self->document);
  g_clear_object (&self->frameworks);
  g_clear_object (&self->linter);
  g_clear_object (&self->standards);
  gtk_widget_dispose_template (GTK_WIDGET (self), AZQF_TYPE_STANDARD_PAGE);

  G_OBJECT_CLASS (azqf_standard_page_parent_class)->dispose (object);
}

static void
azqf_standard_page_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  AzqfStandardPage *self = AZQF_STANDARD_PAGE (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;
    case PROP_FRAMEWORKS:
      g_value_set_object (value, self->frameworks);
      break;
    case PROP_LINTER:
      g_value_set_object (value, self->linter);
      break;
    case PROP_STANDARDS:
      g_value_set_object (value, self->standards);
      break;
    case PROP_SHOW_BACK_BUTTON:
      g_value_set_boolean (value, gtk_widget_get_visible (self->back_button));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
set_service (AzqfStandardPage *self,
             gpointer         *field,
             gpointer          value,
             guint             prop_id)
{
  if (!g_set_object ((GObject **) field, value))
    return;
  pass_on (self, properties[prop_id]->name, value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

static void
azqf_standard_page_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  AzqfStandardPage *self = AZQF_STANDARD_PAGE (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      azqf_standard_page_set_document (self, g_value_get_object (value));
      break;
    case PROP_FRAMEWORKS:
      set_service (self, (gpointer *) &self->frameworks, g_value_get_object (value), prop_id);
      break;
    case PROP_LINTER:
      set_service (self, (gpointer *) &self->linter, g_value_get_object (value), prop_id);
      break;
    case PROP_STANDARDS:
      set_service (self, (gpointer *) &self->standards, g_value_get_object (value), prop_id);
      break;
    case PROP_SHOW_BACK_BUTTON:
      if (gtk_widget_get_visible (self->back_button) != g_value_get_boolean (value))
        {
          gtk_widget_set_visible (self->back_button, g_value_get_boolean (value));
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
azqf_standard_page_class_init (AzqfStandardPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = azqf_standard_page_dispose;
  object_class->get_property = azqf_standard_page_get_property;
  object_class->set_property = azqf_standard_page_set_property;

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
  properties[PROP_SHOW_BACK_BUTTON] =
    g_param_spec_boolean ("show-back-button", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (AZQF_TYPE_OVERVIEW_PAGE);
  g_type_ensure (AZQF_TYPE_OUTCOMES_PAGE);
  g_type_ensure (AZQF_TYPE_GAP_PAGE);
  g_type_ensure (AZQF_TYPE_RELATIONS_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/azqf/Studio/azqf-standard-page.ui");
  gtk_widget_class_bind_template_child (widget_class, AzqfStandardPage, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, AzqfStandardPage, back_button);
  gtk_widget_class_bind_template_child (widget_class, AzqfStandardPage, saved_label);
  gtk_widget_class_bind_template_child (widget_class, AzqfStandardPage, view_stack);
  gtk_widget_class_bind_template_child (widget_class, AzqfStandardPage, overview_page);
  gtk_widget_class_bind_template_child (widget_class, AzqfStandardPage, outcomes_page);
  gtk_widget_class_bind_template_child (widget_class, AzqfStandardPage, gap_page);
  gtk_widget_class_bind_template_child (widget_class, AzqfStandardPage, relations_page);
}

static void
azqf_standard_page_init (AzqfStandardPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_set_visible (self->back_button, FALSE);

  self->document_signals = g_signal_group_new (AZQF_TYPE_DOCUMENT);
  g_signal_group_connect_object (self->document_signals, "notify::saved",
                                 G_CALLBACK (update_saved_label), self, G_CONNECT_SWAPPED);
  g_signal_group_connect_object (self->document_signals, "notify::error",
                                 G_CALLBACK (update_saved_label), self, G_CONNECT_SWAPPED);
  self->standard_signals = g_signal_group_new (G_TYPE_OBJECT);
  g_signal_group_connect_object (self->standard_signals, "notify::code",
                                 G_CALLBACK (update_title), self, G_CONNECT_SWAPPED);
  g_signal_group_connect_object (self->standard_signals, "notify::title-az",
                                 G_CALLBACK (update_title), self, G_CONNECT_SWAPPED);
}

AzqfDocument *
azqf_standard_page_get_document (AzqfStandardPage *self)
{
  g_return_val_if_fail (AZQF_IS_STANDARD_PAGE (self), NULL);

  return self->document;
}

void
azqf_standard_page_set_document (AzqfStandardPage *self,
                                 AzqfDocument     *document)
{
  g_return_if_fail (AZQF_IS_STANDARD_PAGE (self));
  g_return_if_fail (document == NULL || AZQF_IS_DOCUMENT (document));

  if (!g_set_object (&self->document, document))
    return;
  g_signal_group_set_target (self->document_signals, document);
  g_signal_group_set_target (self->standard_signals,
                             document != NULL ? azqf_document_get_standard (document) : NULL);
  pass_on (self, "document", document);
  update_saved_label (self);
  update_title (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
}

void
azqf_standard_page_show_page (AzqfStandardPage *self,
                              const char       *name)
{
  g_return_if_fail (AZQF_IS_STANDARD_PAGE (self));

  if (adw_view_stack_get_child_by_name (self->view_stack, name) != NULL)
    adw_view_stack_set_visible_child_name (self->view_stack, name);
}
