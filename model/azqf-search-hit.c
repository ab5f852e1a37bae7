/* azqf-search-hit.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "azqf-search-hit.h"

struct _AzqfSearchHit
{
  gatomicrefcount  ref_count;
  AzqfSearchField  field;
  AzqfLang         lang;
  double           rank;
  char            *standard_code;
  char            *title_az;
  char            *title_en;
  char            *item_code;
  char            *snippet;
};

G_DEFINE_BOXED_TYPE (AzqfSearchHit, azqf_search_hit, azqf_search_hit_ref, azqf_search_hit_unref)

AzqfSearchHit *
_azqf_search_hit_new (const char      *standard_code,
                      const char      *title_az,
                      const char      *title_en,
                      AzqfSearchField  field,
                      const char      *item_code,
                      AzqfLang         lang,
                      const char      *snippet,
                      double           rank)
{
  AzqfSearchHit *hit = g_new0 (AzqfSearchHit, 1);

  g_atomic_ref_count_init (&hit->ref_count);
  hit->standard_code = g_strdup (standard_code);
  hit->title_az = g_strdup (title_az);
  hit->title_en = g_strdup (title_en);
  hit->field = field;
  hit->item_code = g_strdup (item_code);
  hit->lang = lang;
  hit->snippet = g_strdup (snippet);
  hit->rank = rank;

  return hit;
}

AzqfSearchHit *
azqf_search_hit_ref (AzqfSearchHit *hit)
{
  g_return_val_if_fail (hit != NULL, NULL);

  g_atomic_ref_count_inc (&hit->ref_count);
  return hit;
}

void
azqf_search_hit_unref (AzqfSearchHit *hit)
{
  g_return_if_fail (hit != NULL);

  if (!g_atomic_ref_count_dec (&hit->ref_count))
    return;

  g_free (hit->standard_code);
  g_free (hit->title_az);
  g_free (hit->title_en);
  g_free (hit->item_code);
  g_free (hit->snippet);
  g_free (hit);
}

const char *
azqf_search_hit_get_standard_code (const AzqfSearchHit *hit)
{
  g_return_val_if_fail (hit != NULL, NULL);
  return hit->standard_code;
}

const char *
azqf_search_hit_get_title (const AzqfSearchHit *hit,
                           AzqfLang             lang)
{
  g_return_val_if_fail (hit != NULL, NULL);
  return lang == AZQF_LANG_AZ ? hit->title_az : hit->title_en;
}

AzqfSearchField
azqf_search_hit_get_field (const AzqfSearchHit *hit)
{
  g_return_val_if_fail (hit != NULL, AZQF_SEARCH_FIELD_TITLE);
  return hit->field;
}

const char *
azqf_search_hit_get_item_code (const AzqfSearchHit *hit)
{
  g_return_val_if_fail (hit != NULL, NULL);
  return hit->item_code;
}

AzqfLang
azqf_search_hit_get_lang (const AzqfSearchHit *hit)
{
  g_return_val_if_fail (hit != NULL, AZQF_LANG_AZ);
  return hit->lang;
}

const char *
azqf_search_hit_get_snippet (const AzqfSearchHit *hit)
{
  g_return_val_if_fail (hit != NULL, NULL);
  return hit->snippet;
}

double
azqf_search_hit_get_rank (const AzqfSearchHit *hit)
{
  g_return_val_if_fail (hit != NULL, 0.0);
  return hit->rank;
}

const char *
azqf_search_field_to_string (AzqfSearchField field)
{
  static const char * const names[] = { "title", "summary", "unit", "outcome", "criterion" };

  g_return_val_if_fail (field <= AZQF_SEARCH_FIELD_CRITERION, NULL);
  return names[field];
}

const char *
azqf_search_field_get_label (AzqfSearchField field)
{
  switch (field)
    {
    case AZQF_SEARCH_FIELD_TITLE:
      return _("Title");
    case AZQF_SEARCH_FIELD_SUMMARY:
      return _("Summary");
    case AZQF_SEARCH_FIELD_UNIT:
      return _("Unit");
    case AZQF_SEARCH_FIELD_OUTCOME:
      return _("Learning outcome");
    case AZQF_SEARCH_FIELD_CRITERION:
      return _("Assessment criterion");
    default:
      g_return_val_if_reached (NULL);
    }
}
