/* azqf-gap-links.c: the author's decisions on suggested links
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "azqf-framework.h"
#include "azqf-gap.h"
#include "azqf-link.h"
#include "azqf-outcome.h"
#include "azqf-standard.h"
#include "azqf-value.h"

gboolean
azqf_gap_decide_link (AzqfFrameworks  *frameworks,
                      AzqfStandard    *standard,
                      const char      *outcome_code,
                      const char      *element,
                      AzqfLinkState    decision,
                      AzqfLinkType     type,
                      const char      *comment,
                      GError         **error)
{
  g_autoptr(AzqfLink) created = NULL;
  AzqfOutcome *outcome;
  AzqfLink *link;

  g_return_val_if_fail (AZQF_IS_FRAMEWORKS (frameworks), FALSE);
  g_return_val_if_fail (AZQF_IS_STANDARD (standard), FALSE);
  g_return_val_if_fail (outcome_code != NULL, FALSE);
  g_return_val_if_fail (element != NULL, FALSE);
  g_return_val_if_fail (decision == AZQF_LINK_STATE_CONFIRMED ||
                        decision == AZQF_LINK_STATE_REJECTED, FALSE);

  outcome = azqf_standard_find_outcome (standard, outcome_code, NULL);
  if (outcome == NULL)
    {
      g_set_error (error, AZQF_VALUE_ERROR, AZQF_VALUE_ERROR_INVALID,
                   _("Standard %s has no outcome “%s”"),
                   azqf_standard_get_code (standard), outcome_code);
      return FALSE;
    }

  if (azqf_frameworks_lookup (frameworks, element) == NULL)
    {
      g_set_error (error, AZQF_VALUE_ERROR, AZQF_VALUE_ERROR_UNKNOWN_CODE,
                   _("Descriptor element “%s” is not loaded in this workspace"), element);
      return FALSE;
    }

  link = azqf_outcome_find_link (outcome, element);

  if (decision == AZQF_LINK_STATE_REJECTED &&
      link != NULL && azqf_link_get_source (link) == AZQF_LINK_SOURCE_AUTHOR)
    {
      g_set_error (error, AZQF_VALUE_ERROR, AZQF_VALUE_ERROR_INVALID,
                   _("The link from %s to %s was made by the author, not suggested; remove it instead of rejecting it"),
                   outcome_code, element);
      return FALSE;
    }

  if (link == NULL)
    {
      /* Rejecting is only meaningful for a suggestion; confirming a link
       * nobody suggested is the author's own link. */
      created = azqf_link_new (element, type,
                               decision == AZQF_LINK_STATE_REJECTED
                                 ? AZQF_LINK_SOURCE_SUGGESTED : AZQF_LINK_SOURCE_AUTHOR,
                               decision, error);
      if (created == NULL)
        return FALSE;
      if (comment != NULL)
        azqf_link_set_comment (created, comment);
      return azqf_outcome_add_link (outcome, created, error);
    }

  if (!azqf_link_set_state (link, decision, error))
    return FALSE;
  if (decision == AZQF_LINK_STATE_CONFIRMED)
    azqf_link_set_link_type (link, type);
  if (comment != NULL)
    azqf_link_set_comment (link, comment);

  return TRUE;
}
