/* azqf-standard-row.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The row is bound and unbound for every standard that scrolls past, so it
 * only copies a few strings from the standard it is given: no query, no
 * signal handler, no binding to undo at unbind.
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "azqf-search-hit.h"
#include "azqf-standard-row.h"

struct _AzqfStandardRow
{
  AdwBin        parent_instance;

  /* template children */
  GtkImage     *kind_icon;
  GtkLabel     *title_label;
  GtkLabel     *code_label;
  GtkLabel     *status_label;
  GtkLabel     *snippet_label;
  GtkLabel     *level_label;

  /* owned */
  AzqfStandard *standard;
  /* what the icon and the badge show now, to skip setting them again */
  int           kind;
  guint         level;
};

G_DEFINE_FINAL_TYPE (AzqfStandardRow, azqf_standard_row, ADW_TYPE_BIN)

const char *
azqf_standard_row_kind_icon_name (AzqfKind kind)
{
  switch (kind)
    {
    case AZQF_KIND_OCCUPATIONAL:
      return "applications-engineering-symbolic";
    case AZQF_KIND_EDUCATIONAL:
      return "applications-science-symbolic";
    case AZQF_KIND_QUALIFICATION:
    default:
      return "application-certificate-symbolic";
    }
}

char *
azqf_standard_row_snippet_markup (const char *snippet)
{
  GString *markup = g_string_new (NULL);
  gboolean in_match = FALSE;
  const char *p = snippet;

  while (p != NULL && *p != '\0')
    {
      const char *mark = strpbrk (p, AZQF_SEARCH_MARK_START AZQF_SEARCH_MARK_END);
      gsize len = mark != NULL ? (gsize) (mark - p) : strlen (p);

      if (len > 0)
        {
          g_autofree char *escaped = g_markup_escape_text (p, len);

          g_string_append (markup, escaped);
        }
      if (mark == NULL)
        break;

      /* A stray mark (a start inside a match, an end outside one) is dropped. */
      if (*mark == AZQF_SEARCH_MARK_START[0] && !in_match)
        {
          g_string_append (markup, "<b>");
          in_match = TRUE;
        }
      else if (*mark == AZQF_SEARCH_MARK_END[0] && in_match)
        {
          g_string_append (markup, "</b>");
          in_match = FALSE;
        }
      p = mark + 1;
    }
  if (in_match)
    g_string_append (markup, "</b>");

  return g_string_free (markup, FALSE);
}

/* Whether snippet, without its marks, is all of title. */
static gboolean
is_whole_title (const char *snippet,
                const char *title)
{
  const char *s = snippet;
  const char *t = title;

  for (;;)
    {
      while (*s == AZQF_SEARCH_MARK_START[0] || *s == AZQF_SEARCH_MARK_END[0])
        s++;
      if (*s == '\0' || *t == '\0' || *s != *t)
        return *s == '\0' && *t == '\0';
      s++;
      t++;
    }
}

static void
azqf_standard_row_dispose (GObject *object)
{
  AzqfStandardRow *self = AZQF_STANDARD_ROW (object);

  g_clear_object (&self->standard);
  gtk_widget_dispose_template (GTK_WIDGET (self), AZQF_TYPE_STANDARD_ROW);

  G_OBJECT_CLASS (azqf_standard_row_parent_class)->dispose (object);
}

static void
azqf_standard_row_class_init (AzqfStandardRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = azqf_standard_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/azqf/Studio/azqf-standard-row.ui");
  gtk_widget_class_bind_template_child (widget_class, AzqfStandardRow, kind_icon);
  gtk_widget_class_bind_template_child (widget_class, AzqfStandardRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, AzqfStandardRow, code_label);
  gtk_widget_class_bind_template_child (widget_class, AzqfStandardRow, status_label);
  gtk_widget_class_bind_template_child (widget_class, AzqfStandardRow, snippet_label);
  gtk_widget_class_bind_template_child (widget_class, AzqfStandardRow, level_label);
}

static void
azqf_standard_row_init (AzqfStandardRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->kind = -1;
}

AzqfStandardRow *
azqf_standard_row_new (void)
{
  return g_object_new (AZQF_TYPE_STANDARD_ROW, NULL);
}

/* Sets what a label shows, and nothing when it shows that already: a row is
 * rebound often, usually to a standard that looks much like the last one. */
static void
set_label (GtkLabel   *label,
           const char *text,
           gboolean    markup)
{
  if (gtk_label_get_use_markup (label) == markup && g_strcmp0 (gtk_label_get_label (label), text) == 0)
    return;
  if (markup)
    gtk_label_set_markup (label, text);
  else
    gtk_label_set_text (label, text);
}

void
azqf_standard_row_set_standard (AzqfStandardRow *self,
                                AzqfStandard    *standard,
                                const char      *snippet)
{
  g_autofree char *markup = NULL;
  g_autofree char *accessible = NULL;
  const char *title, *code;
  gboolean title_hit;
  AzqfKind kind;
  guint level;

  g_return_if_fail (AZQF_IS_STANDARD_ROW (self));
  g_return_if_fail (standard == NULL || AZQF_IS_STANDARD (standard));

  g_set_object (&self->standard, standard);
  /* Nothing to show: hidden as a whole, the labels stay for the next one. */
  gtk_widget_set_visible (adw_bin_get_child (ADW_BIN (self)), standard != NULL);
  if (standard == NULL)
    return;

  title = azqf_standard_get_display_title (standard, AZQF_LANG_AZ);
  code = azqf_standard_get_code (standard);
  kind = azqf_standard_get_kind (standard);
  level = azqf_standard_get_level (standard);

  /* A hit in the title is shown in the title itself, not a second time. */
  if (snippet != NULL)
    markup = azqf_standard_row_snippet_markup (snippet);
  title_hit = markup != NULL && title[0] != '\0' && is_whole_title (snippet, title);
  if (title_hit)
    set_label (self->title_label, markup, TRUE);
  else
    set_label (self->title_label, title[0] != '\0' ? title : _("Untitled"), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->snippet_label), markup != NULL && !title_hit);
  if (markup != NULL && !title_hit)
    set_label (self->snippet_label, markup, TRUE);

  set_label (self->code_label, code, FALSE);
  set_label (self->status_label, azqf_status_get_label (azqf_standard_get_status (standard)), FALSE);

  if (kind != self->kind)
    {
      self->kind = kind;
      gtk_image_set_from_icon_name (self->kind_icon, azqf_standard_row_kind_icon_name (kind));
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->kind_icon), azqf_kind_get_label (kind));
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->kind_icon),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, azqf_kind_get_label (kind),
                                      -1);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->level_label), level > 0);
  if (level > 0 && level != self->level)
    {
      g_autofree char *level_text = g_strdup_printf ("%u", level);
      /* Translators: the tooltip of the level badge in the list of standards. */
      g_autofree char *level_tooltip = g_strdup_printf (_("AzQF level %u"), level);

      gtk_label_set_text (self->level_label, level_text);
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->level_label), level_tooltip);
    }
  self->level = level;

  /* What a screen reader says for the row: "Title, CODE". */
  accessible = g_strdup_printf ("%s, %s", title, code);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);
}

AzqfStandard *
azqf_standard_row_get_standard (AzqfStandardRow *self)
{
  g_return_val_if_fail (AZQF_IS_STANDARD_ROW (self), NULL);

  return self->standard;
}
