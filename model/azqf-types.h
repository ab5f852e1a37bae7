/* azqf-types.h: forward declarations and the shared enumerations of the model
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _AzqfCriterion AzqfCriterion;
typedef struct _AzqfLink      AzqfLink;
typedef struct _AzqfOutcome   AzqfOutcome;
typedef struct _AzqfRelation  AzqfRelation;
typedef struct _AzqfStandard  AzqfStandard;
typedef struct _AzqfStore     AzqfStore;
typedef struct _AzqfUnit      AzqfUnit;

/* The string forms of every enumeration below are the register format's
 * (register-format.md §3): "in_review", "autonomy_responsibility", "based_on" … */

typedef enum
{
  AZQF_KIND_OCCUPATIONAL,
  AZQF_KIND_EDUCATIONAL,
  AZQF_KIND_QUALIFICATION,
} AzqfKind;

typedef enum
{
  AZQF_STATUS_DRAFT,
  AZQF_STATUS_IN_REVIEW,
  AZQF_STATUS_APPROVED,
  AZQF_STATUS_REGISTERED,
  AZQF_STATUS_WITHDRAWN,
} AzqfStatus;

typedef enum
{
  AZQF_DOMAIN_KNOWLEDGE,
  AZQF_DOMAIN_SKILLS,
  AZQF_DOMAIN_AUTONOMY_RESPONSIBILITY,
} AzqfDomain;

typedef enum
{
  AZQF_CYCLE_NONE,
  AZQF_CYCLE_SHORT,
  AZQF_CYCLE_FIRST,
  AZQF_CYCLE_SECOND,
  AZQF_CYCLE_THIRD,
} AzqfCycle;

typedef enum
{
  AZQF_RELATION_BASED_ON,
  AZQF_RELATION_REPLACES,
  AZQF_RELATION_LEADS_TO,
} AzqfRelationType;

typedef enum
{
  AZQF_LINK_COVERS,
  AZQF_LINK_PARTIAL,
  AZQF_LINK_RELATED,
} AzqfLinkType;

typedef enum
{
  AZQF_LINK_SOURCE_AUTHOR,
  AZQF_LINK_SOURCE_SUGGESTED,
} AzqfLinkSource;

typedef enum
{
  AZQF_LINK_STATE_PENDING,
  AZQF_LINK_STATE_CONFIRMED,
  AZQF_LINK_STATE_REJECTED,
} AzqfLinkState;

typedef enum
{
  AZQF_LANG_AZ,
  AZQF_LANG_EN,
} AzqfLang;

/* Register string form ("occupational") and back. from_string returns FALSE
 * for an unknown string and leaves *out alone. */
const char *azqf_kind_to_string          (AzqfKind          kind);
gboolean    azqf_kind_from_string        (const char       *str,
                                          AzqfKind         *out);
const char *azqf_status_to_string        (AzqfStatus        status);
gboolean    azqf_status_from_string      (const char       *str,
                                          AzqfStatus       *out);
const char *azqf_domain_to_string        (AzqfDomain        domain);
gboolean    azqf_domain_from_string      (const char       *str,
                                          AzqfDomain       *out);
/* AZQF_CYCLE_NONE has no register form: to_string returns NULL for it. */
const char *azqf_cycle_to_string         (AzqfCycle         cycle);
gboolean    azqf_cycle_from_string       (const char       *str,
                                          AzqfCycle        *out);
const char *azqf_relation_type_to_string (AzqfRelationType  type);
gboolean    azqf_relation_type_from_string (const char     *str,
                                          AzqfRelationType *out);
const char *azqf_link_type_to_string     (AzqfLinkType      type);
gboolean    azqf_link_type_from_string   (const char       *str,
                                          AzqfLinkType     *out);
const char *azqf_link_source_to_string   (AzqfLinkSource    source);
gboolean    azqf_link_source_from_string (const char       *str,
                                          AzqfLinkSource   *out);
const char *azqf_link_state_to_string    (AzqfLinkState     state);
gboolean    azqf_link_state_from_string  (const char       *str,
                                          AzqfLinkState    *out);
const char *azqf_lang_to_string          (AzqfLang          lang);
gboolean    azqf_lang_from_string        (const char       *str,
                                          AzqfLang         *out);

/* Translated, user-visible names ("Occupational standard", "Skills" …). */
const char *azqf_kind_get_label          (AzqfKind          kind);
const char *azqf_status_get_label        (AzqfStatus        status);
const char *azqf_domain_get_label        (AzqfDomain        domain);
const char *azqf_cycle_get_label         (AzqfCycle         cycle);
const char *azqf_relation_type_get_label (AzqfRelationType  type);

/* QF-EHEA cycle of an AzQF level: 5 short, 6 first, 7 second, 8 third, else none. */
AzqfCycle   azqf_cycle_for_level         (guint             level);

G_END_DECLS
