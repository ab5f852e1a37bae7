/* azqf-gap-matrix.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A GtkGrid rebuilt from each report: a row per outcome, a column per
 * descriptor element, grouped under their framework. Every cell says what
 * it shows in its tooltip and in its accessible name, so a screen reader
 * (and an end-to-end test) reads "PO.K2, eqf:L6.K.1: covers".
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "azqf-gap-matrix.h"
#include "azqf-outcome.h"

struct _AzqfGapMatrix
{
  GtkWidget  parent_instance;

  GtkGrid   *grid;
};

G_DEFINE_FINAL_TYPE (AzqfGapMatrix, azqf_gap_matrix, GTK_TYPE_WIDGET)

static const struct
{
  const char *mark;
  const char *css_class;
  const char *label;
} cell_kinds[] = {
  [AZQF_GAP_CELL_NONE] = { "", NULL, N_("no link") },
  [AZQF_GAP_CELL_COVERS] = { "✓", "covers", N_("covers") },
  [AZQF_GAP_CELL_PARTIAL] = { "◐", "partial", N_("covers partly") },
  [AZQF_GAP_CELL_RELATED] = { "∼", "related", N_("related") },
  [AZQF_GAP_CELL_PENDING] = { "?", "pending", N_("pending link, to confirm or reject") },
  [AZQF_GAP_CELL_SUGGESTED] = { "+", "suggested", N_("suggested link") },
};

AzqfGapCell
azqf_gap_matrix_get_cell (AzqfGapReport *report,
                          guint          e,
                          guint          o)
{
  const char * const *codes = azqf_gap_report_get_outcome_codes (report);
  AzqfSuggestion *suggestion;

  switch (azqf_gap_report_get_cell (report, e, o))
    {
    case AZQF_LINK_COVERS:
      return AZQF_GAP_CELL_COVERS;
    case AZQF_LINK_PARTIAL:
      return AZQF_GAP_CELL_PARTIAL;
    case AZQF_LINK_RELATED:
      return AZQF_GAP_CELL_RELATED;
    default:
      break;
    }

  if (!azqf_gap_report_is_suggested (report, e, o))
    return AZQF_GAP_CELL_NONE;

  suggestion = azqf_gap_report_get_suggestion (report, e);
  if (suggestion != NULL && g_strcmp0 (azqf_suggestion_get_outcome_code (suggestion), codes[o]) == 0)
    return AZQF_GAP_CELL_SUGGESTED;
  return AZQF_GAP_CELL_PENDING;
}

/* "eqf:L6.K.1" → "K.1", "qfehea:FC.2" → "FC.2": the framework heads the column group. */
static const char *
short_element_id (const char *id)
{
  const char *rest = strchr (id, ':');

  if (rest == NULL)
    return id;
  rest++;
  if (rest[0] == 'L' && g_ascii_isdigit (rest[1]) && rest[2] == '.')
    rest += 3;
  return rest;
}

void
azqf_gap_matrix_append_wrapped (GString    *out,
                                const char *text)
{
  const guint width = 72;
  guint column = 0;
  g_auto(GStrv) words = g_strsplit (text, " ", -1);

  /* Tooltips do not wrap by themselves: a statement would run off screen. */
  for (guint i = 0; words[i] != NULL; i++)
    {
      guint length = g_utf8_strlen (words[i], -1);

      if (column > 0 && column + 1 + length > width)
        {
          g_string_append_c (out, '\n');
          column = 0;
        }
      else if (i > 0)
        {
          g_string_append_c (out, ' ');
          column++;
        }
      g_string_append (out, words[i]);
      column = strchr (words[i], '\n') != NULL ? g_utf8_strlen (strrchr (words[i], '\n') + 1, -1)
                                                : column + length;
    }
}

char *
azqf_gap_matrix_describe_element (AzqfDescriptor *descriptor,
                                  AzqfLang        lang)
{
  AzqfLang other = lang == AZQF_LANG_AZ ? AZQF_LANG_EN : AZQF_LANG_AZ;
  AzqfLang shown = lang;
  const char *text = azqf_descriptor_get_text (descriptor, lang);
  GString *out = g_string_new (NULL);

  if (text == NULL)
    {
      shown = other;
      text = azqf_descriptor_get_text (descriptor, other);
    }

  g_string_append_printf (out, "%s — %s", azqf_descriptor_get_id (descriptor),
                          azqf_descriptor_get_heading (descriptor));
  if (text != NULL)
    {
      g_string_append_c (out, '\n');
      azqf_gap_matrix_append_wrapped (out, text);
      if (!azqf_descriptor_is_complete (descriptor))
        g_string_append (out, "…");
      if (azqf_descriptor_get_provenance (descriptor, shown) == AZQF_PROVENANCE_WORKING)
        /* TRANSLATORS: after a framework statement that is a translation or draft */
        g_string_append_printf (out, "\n%s", _("Working text, not the official wording"));
    }
  if (!azqf_descriptor_is_complete (descriptor))
    g_string_append_printf (out, "\n%s", _("Cut off in the source: not used in the analysis"));

  return g_string_free (out, FALSE);
}

static GtkWidget *
header_label (const char *text,
              const char *tooltip,
              const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_add_css_class (label, css_class);
  if (tooltip != NULL)
    gtk_widget_set_tooltip_text (label, tooltip);
  return label;
}

static void
clear_grid (AzqfGapMatrix *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->grid))) != NULL)
    gtk_grid_remove (self->grid, child);
}

static void
add_element_headers (AzqfGapMatrix *self,
                     GPtrArray     *elements,
                     AzqfLang       lang)
{
  guint first = 0;

  for (guint e = 0; e < elements->len; e++)
    {
      AzqfDescriptor *descriptor = g_ptr_array_index (elements, e);
      const char *framework = azqf_descriptor_get_framework (descriptor);
      g_autofree char *tooltip = azqf_gap_matrix_describe_element (descriptor, lang);
      GtkWidget *label = header_label (short_element_id (azqf_descriptor_get_id (descriptor)),
                                       tooltip, "gap-column-header");

      gtk_accessible_update_property (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      azqf_descriptor_get_id (descriptor), -1);
      gtk_grid_attach (self->grid, label, 1 + e, 1, 1, 1);

      /* The framework's name spans its columns. */
      if (e + 1 == elements->len ||
          strcmp (framework, azqf_descriptor_get_framework (g_ptr_array_index (elements, e + 1))) != 0)
        {
          GtkWidget *group = header_label (azqf_framework_get_abbreviation (framework), NULL,
                                           "gap-framework-header");

          gtk_grid_attach (self->grid, group, 1 + first, 0, e - first + 1, 1);
          first = e + 1;
        }
    }
}

static void
add_outcome_row (AzqfGapMatrix *self,
                 AzqfGapReport *report,
                 AzqfStandard  *standard,
                 guint          o,
                 AzqfLang       lang)
{
  const char *code = azqf_gap_report_get_outcome_codes (report)[o];
  GPtrArray *elements = azqf_gap_report_get_elements (report);
  AzqfOutcome *outcome = standard != NULL ? azqf_standard_find_outcome (standard, code, NULL) : NULL;
  const char *text = NULL;
  GtkWidget *label;

  if (outcome != NULL)
    {
      text = azqf_outcome_get_text (outcome, lang);
      if (text == NULL)
        text = azqf_outcome_get_text (outcome, lang == AZQF_LANG_AZ ? AZQF_LANG_EN : AZQF_LANG_AZ);
    }

  if (text != NULL)
    {
      g_autoptr(GString) tooltip = g_string_new (NULL);

      azqf_gap_matrix_append_wrapped (tooltip, text);
      label = header_label (code, tooltip->str, "gap-row-header");
    }
  else
    label = header_label (code, NULL, "gap-row-header");
  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_grid_attach (self->grid, label, 0, 2 + o, 1, 1);

  for (guint e = 0; e < elements->len; e++)
    {
      AzqfDescriptor *descriptor = g_ptr_array_index (elements, e);
      const char *id = azqf_descriptor_get_id (descriptor);
      AzqfGapCell kind = azqf_gap_matrix_get_cell (report, e, o);
      g_autofree char *name = NULL;
      g_autofree char *element_text = azqf_gap_matrix_describe_element (descriptor, lang);
      g_autofree char *tooltip = NULL;
      GtkWidget *cell;

      /* TRANSLATORS: accessible name of a matrix cell: outcome, element: state */
      name = g_strdup_printf (_("%s, %s: %s"), code, id, _(cell_kinds[kind].label));
      tooltip = g_strdup_printf ("%s\n\n%s", name, element_text);

      /* A bin, not the label itself: the cell's name is what it says,
       * the mark is only its picture. */
      cell = g_object_new (ADW_TYPE_BIN,
                           "child", gtk_label_new (cell_kinds[kind].mark),
                           "accessible-role", GTK_ACCESSIBLE_ROLE_CELL,
                           "tooltip-text", tooltip,
                           NULL);
      gtk_widget_add_css_class (cell, "gap-cell");
      if (cell_kinds[kind].css_class != NULL)
        gtk_widget_add_css_class (cell, cell_kinds[kind].css_class);
      gtk_accessible_update_property (GTK_ACCESSIBLE (cell), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
      gtk_grid_attach (self->grid, cell, 1 + e, 2 + o, 1, 1);
    }
}

void
azqf_gap_matrix_set_report (AzqfGapMatrix *self,
                            AzqfGapReport *report,
                            AzqfStandard  *standard,
                            AzqfLang       lang)
{
  GPtrArray *elements;
  guint n_outcomes;

  g_return_if_fail (AZQF_IS_GAP_MATRIX (self));
  g_return_if_fail (report == NULL || AZQF_IS_GAP_REPORT (report));

  clear_grid (self);
  if (report == NULL)
    return;

  elements = azqf_gap_report_get_elements (report);
  n_outcomes = g_strv_length ((char **) azqf_gap_report_get_outcome_codes (report));
  if (elements->len == 0 || n_outcomes == 0)
    return;

  add_element_headers (self, elements, lang);
  for (guint o = 0; o < n_outcomes; o++)
    add_outcome_row (self, report, standard, o, lang);
}

static void
azqf_gap_matrix_dispose (GObject *object)
{
  AzqfGapMatrix *self = AZQF_GAP_MATRIX (object);

  g_clear_pointer ((GtkWidget **) &self->grid, gtk_widget_unparent);

  G_OBJECT_CLASS (azqf_gap_matrix_parent_class)->dispose (object);
}

static void
azqf_gap_matrix_class_init (AzqfGapMatrixClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = azqf_gap_matrix_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "gapmatrix");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GRID);
}

static void
azqf_gap_matrix_init (AzqfGapMatrix *self)
{
  self->grid = GTK_GRID (gtk_grid_new ());
  gtk_grid_set_column_spacing (self->grid, 2);
  gtk_grid_set_row_spacing (self->grid, 2);
  gtk_widget_set_parent (GTK_WIDGET (self->grid), GTK_WIDGET (self));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Coverage matrix"), -1);
}

GtkWidget *
azqf_gap_matrix_new (void)
{
  return g_object_new (AZQF_TYPE_GAP_MATRIX, NULL);
}
