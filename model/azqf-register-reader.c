/* azqf-register-reader.c: the streaming reader of register XML 1.0
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * register-format.md §5: a SAX2 push parser fed in 64 KiB chunks, with
 * xmlSchemaSAXPlug validating the stream against the bundled XSD, our
 * handlers refusing hostile input (§9) and checking the root (§1.1) first.
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <glib/gi18n.h>
#include <gio/gio.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/SAX2.h>
#include <libxml/xmlschemas.h>

#include "azqf-register-reader.h"
#include "azqf-criterion.h"
#include "azqf-link.h"
#include "azqf-outcome.h"
#include "azqf-relation.h"
#include "azqf-standard.h"
#include "azqf-unit.h"
#include "azqf-value.h"
#include "resources/azqf-model-resources.h"

#define REGISTER_NS "urn:azqf:register:1"
#define REGISTER_NS_PREFIX "urn:azqf:register:"
#define RESOURCE_DIR "/io/github/azqf/Studio/model/register/"
#define CHUNK_SIZE (64 * 1024)
#define MAX_DEPTH 32
#define MAX_TEXT (1024 * 1024)
#define MAX_PROBLEMS 1000

typedef struct
{
  char  *name;
  guint  line;
  guint  column;
} Element;

typedef struct
{
  const char               *file;
  gboolean                  complete;
  AzqfRegisterStandardFunc  func;
  gpointer                  user_data;
  GError                   *func_error;

  xmlParserCtxtPtr          parser;
  GPtrArray                *problems;
  guint                     n_errors;
  gboolean                  stopped;
  gboolean                  terminating;
  gboolean                  in_end;
  gboolean                  seen_root;

  GArray                   *stack;          /* Element */
  Element                   last_end;
  gsize                     text_len;
  GString                  *text;

  /* The standard being read. */
  guint                     std_line;
  guint                     std_column;
  char                     *std_uuid;
  char                     *std_kind;
  char                     *std_code;
  char                     *std_status;
  guint                     std_version;
  AzqfStandard             *standard;
  AzqfUnit                 *unit;
  AzqfOutcome              *outcome;
  AzqfCriterion            *criterion;
  AzqfLink                 *link;
  AzqfDomain                domain;
  gboolean                  domain_valid;
  char                     *lang;
  guint                     azqf_level;     /* 0 = absent or invalid */
  guint                     eqf_level;
  Element                   eqf_position;
  char                     *cycle;
  Element                   cycle_position;
  Element                   level_position;
  char                     *decision_date;
  char                     *review_date;
  Element                   review_position;
  gint64                    created;
  guint                     n_criteria;
  GHashTable               *seen;           /* per-standard keys: R03, R11, R15 */
  GHashTable               *unit_codes;
  GHashTable               *outcome_codes;
  GPtrArray                *relations;      /* PendingRelation, checked at the end: R21 */
  GHashTable               *replaces;       /* uuid → GPtrArray of target uuids: R16 */
  GHashTable               *names;          /* uuid → code, for R16's message */

  /* Document-level state (§5.6). */
  GHashTable               *uuids;          /* uuid → line */
  GHashTable               *codes;          /* code → line */
} ReadContext;

G_DEFINE_BOXED_TYPE (AzqfRegisterProblem, azqf_register_problem,
                     azqf_register_problem_copy, azqf_register_problem_free)

AzqfRegisterProblem *
azqf_register_problem_copy (const AzqfRegisterProblem *self)
{
  AzqfRegisterProblem *copy = g_new0 (AzqfRegisterProblem, 1);

  copy->file = g_strdup (self->file);
  copy->line = self->line;
  copy->column = self->column;
  copy->id = g_strdup (self->id);
  copy->message = g_strdup (self->message);
  copy->fatal = self->fatal;
  return copy;
}

void
azqf_register_problem_free (AzqfRegisterProblem *self)
{
  if (self == NULL)
    return;
  g_free (self->file);
  g_free (self->id);
  g_free (self->message);
  g_free (self);
}

typedef struct
{
  char  *target;
  char  *target_code;
  char  *source_code;
  guint  line;
  guint  column;
} PendingRelation;

static void
pending_relation_free (gpointer data)
{
  PendingRelation *relation = data;

  g_free (relation->target);
  g_free (relation->target_code);
  g_free (relation->source_code);
  g_free (relation);
}

static void
clear_element (gpointer data)
{
  g_free (((Element *) data)->name);
}

static void
current_position (ReadContext *rc,
                  guint       *line,
                  guint       *column)
{
  int l = rc->parser != NULL ? xmlSAX2GetLineNumber (rc->parser) : 0;
  int c = rc->parser != NULL ? xmlSAX2GetColumnNumber (rc->parser) : 0;

  *line = l > 0 ? (guint) l : 1;
  *column = c > 0 ? (guint) c : 1;
}

static void
stop (ReadContext *rc)
{
  /* xmlStopParser inside a callback can leave xmlParseCharData reading a
   * freed buffer (libxml2 2.9); disabling SAX is enough, and the feeding
   * loop stops at the end of the chunk. */
  rc->stopped = TRUE;
  if (rc->parser != NULL)
    rc->parser->disableSAX = 1;
}

static void
add_problem (ReadContext *rc,
             guint        line,
             guint        column,
             const char  *id,
             gboolean     fatal,
             char        *message /* owned */)
{
  AzqfRegisterProblem *problem;

  if (rc->stopped)
    {
      g_free (message);
      return;
    }

  problem = g_new0 (AzqfRegisterProblem, 1);
  problem->file = g_strdup (rc->file);
  problem->line = line > 0 ? line : 1;
  problem->column = column > 0 ? column : 1;
  problem->id = g_strdup (id);
  problem->message = message;
  problem->fatal = fatal;
  g_ptr_array_add (rc->problems, problem);

  if (fatal)
    {
      stop (rc);
      return;
    }

  if (++rc->n_errors >= MAX_PROBLEMS)
    {
      problem = g_new0 (AzqfRegisterProblem, 1);
      problem->file = g_strdup (rc->file);
      problem->line = line > 0 ? line : 1;
      problem->column = column > 0 ? column : 1;
      problem->id = g_strdup ("X10");
      problem->message = g_strdup (_("too many errors; stopping after 1000"));
      problem->fatal = TRUE;
      g_ptr_array_add (rc->problems, problem);
      stop (rc);
    }
}

static void
add_fatal_here (ReadContext *rc,
                const char  *id,
                char        *message)
{
  guint line, column;

  current_position (rc, &line, &column);
  add_problem (rc, line, column, id, TRUE, message);
}

/* Position of the element a schema error is about: the start tag just seen,
 * or, at an end tag, the start tag of the element being closed. */
static void
element_position (ReadContext *rc,
                  const char **name,
                  guint       *line,
                  guint       *column)
{
  if (rc->in_end || rc->stack->len == 0)
    {
      *name = rc->last_end.name;
      *line = rc->last_end.line;
      *column = rc->last_end.column;
    }
  else
    {
      Element *top = &g_array_index (rc->stack, Element, rc->stack->len - 1);

      *name = top->name;
      *line = top->line;
      *column = top->column;
    }
  if (*name == NULL)
    *name = "register";
}

/* Security (§9) */

static void
internal_subset_cb (void          *ctx,
                    const xmlChar *name,
                    const xmlChar *external_id,
                    const xmlChar *system_id)
{
  add_fatal_here (ctx, "X05", g_strdup (_("document type declarations (DOCTYPE) are not allowed")));
}

static void
entity_decl_cb (void          *ctx,
                const xmlChar *name,
                int            type,
                const xmlChar *public_id,
                const xmlChar *system_id,
                xmlChar       *content)
{
  add_fatal_here (ctx, "X05", g_strdup (_("document type declarations (DOCTYPE) are not allowed")));
}

static xmlEntityPtr
get_entity_cb (void          *ctx,
               const xmlChar *name)
{
  /* Only the five predefined ones, which libxml2 handles itself. */
  return xmlGetPredefinedEntity (name);
}

static void
reference_cb (void          *ctx,
              const xmlChar *name)
{
  ReadContext *rc = ctx;

  add_fatal_here (rc, "X09", g_strdup_printf (_("undefined entity \"&%s;\""), (const char *) name));
}

/* Version (§1.1) */

static gboolean
check_root (ReadContext    *rc,
            const char     *localname,
            const char     *uri,
            int             nb_attributes,
            const xmlChar **attributes)
{
  g_autofree char *version = NULL;

  if (g_strcmp0 (localname, "register") != 0)
    {
      add_fatal_here (rc, "V01", g_strdup_printf (_("the root element is <%s>, not <register>"), localname));
      return FALSE;
    }

  if (uri != NULL && g_str_has_prefix (uri, REGISTER_NS_PREFIX) && strcmp (uri, REGISTER_NS) != 0)
    {
      const char *major = uri + strlen (REGISTER_NS_PREFIX);
      guint64 n;

      if (g_ascii_string_to_unsigned (major, 10, 2, G_MAXUINT32, &n, NULL))
        {
          add_fatal_here (rc, "V06", g_strdup_printf (_("this file uses format %s, a newer major version of the register format"), major));
          return FALSE;
        }
    }

  if (g_strcmp0 (uri, REGISTER_NS) != 0)
    {
      add_fatal_here (rc, "V02", g_strdup_printf (_("the document is in namespace \"%s\", not \"urn:azqf:register:1\""), uri != NULL ? uri : ""));
      return FALSE;
    }

  for (int i = 0; i < nb_attributes; i++)
    {
      const xmlChar **a = attributes + 5 * i;

      if (a[2] == NULL && strcmp ((const char *) a[0], "version") == 0)
        version = g_strndup ((const char *) a[3], a[4] - a[3]);
    }

  if (version == NULL)
    {
      add_fatal_here (rc, "V03", g_strdup (_("<register> has no version attribute")));
      return FALSE;
    }

  if (strcmp (version, "1.0") != 0)
    {
      g_auto (GStrv) parts = g_strsplit (version, ".", -1);
      guint64 major, minor;

      if (g_strv_length (parts) == 2 &&
          g_ascii_string_to_unsigned (parts[0], 10, 0, 9999, &major, NULL) &&
          g_ascii_string_to_unsigned (parts[1], 10, 0, 9999, &minor, NULL) &&
          major == 1 && minor > 0)
        add_fatal_here (rc, "V04", g_strdup_printf (_("format version %s is newer than this program reads (1.0); update AzQF Studio"), version));
      else
        add_fatal_here (rc, "V05", g_strdup_printf (_("format version \"%s\" is not valid; expected \"1.0\""), version));
      return FALSE;
    }

  return TRUE;
}

/* Standards */

static char *
attribute_value (int             nb_attributes,
                 const xmlChar **attributes,
                 const char     *name)
{
  for (int i = 0; i < nb_attributes; i++)
    {
      const xmlChar **a = attributes + 5 * i;

      if (a[2] == NULL && strcmp ((const char *) a[0], name) == 0)
        return g_strndup ((const char *) a[3], a[4] - a[3]);
    }
  return NULL;
}

static void
clear_standard (ReadContext *rc)
{
  g_clear_pointer (&rc->std_uuid, g_free);
  g_clear_pointer (&rc->std_kind, g_free);
  g_clear_pointer (&rc->std_code, g_free);
  g_clear_pointer (&rc->std_status, g_free);
  g_clear_object (&rc->standard);
  g_clear_object (&rc->unit);
  g_clear_object (&rc->outcome);
  g_clear_object (&rc->criterion);
  g_clear_object (&rc->link);
  g_clear_pointer (&rc->lang, g_free);
  g_clear_pointer (&rc->cycle, g_free);
  g_clear_pointer (&rc->decision_date, g_free);
  g_clear_pointer (&rc->review_date, g_free);
  rc->azqf_level = 0;
  rc->eqf_level = 0;
  rc->created = 0;
  memset (&rc->level_position, 0, sizeof rc->level_position);
  memset (&rc->eqf_position, 0, sizeof rc->eqf_position);
  memset (&rc->cycle_position, 0, sizeof rc->cycle_position);
  memset (&rc->review_position, 0, sizeof rc->review_position);
  if (rc->seen != NULL)
    {
      g_hash_table_remove_all (rc->seen);
      g_hash_table_remove_all (rc->unit_codes);
      g_hash_table_remove_all (rc->outcome_codes);
    }
}

static gboolean
parse_lang (const char *lang,
            AzqfLang   *out)
{
  return azqf_lang_from_string (lang, out);
}

static char *
attribute_ns (int             nb_attributes,
              const xmlChar **attributes,
              const char     *uri,
              const char     *name)
{
  for (int i = 0; i < nb_attributes; i++)
    {
      const xmlChar **a = attributes + 5 * i;

      if (a[2] != NULL && strcmp ((const char *) a[2], uri) == 0 &&
          strcmp ((const char *) a[0], name) == 0)
        return g_strndup ((const char *) a[3], a[4] - a[3]);
    }
  return NULL;
}

/* TRUE the first time KEY is seen in this standard. */
static gboolean
first_time (ReadContext *rc,
            char        *key /* owned */)
{
  if (g_hash_table_contains (rc->seen, key))
    {
      g_free (key);
      return FALSE;
    }
  g_hash_table_add (rc->seen, key);
  return TRUE;
}

static const char *
status_label (AzqfStatus status)
{
  switch (status)
    {
    case AZQF_STATUS_DRAFT:
      return _("draft");
    case AZQF_STATUS_IN_REVIEW:
      return _("in review");
    case AZQF_STATUS_APPROVED:
      return _("approved");
    case AZQF_STATUS_REGISTERED:
      return _("registered");
    case AZQF_STATUS_WITHDRAWN:
    default:
      return _("withdrawn");
    }
}

static const char *
expected_cycle (guint level)
{
  switch (level)
    {
    case 5:
      return "short";
    case 6:
      return "first";
    case 7:
      return "second";
    case 8:
      return "third";
    default:
      return "none";
    }
}

static void
check_levels (ReadContext *rc)
{
  if (rc->eqf_level > 0 && rc->azqf_level == 0 && rc->level_position.line == 0)
    add_problem (rc, rc->eqf_position.line, rc->eqf_position.column, "R08", FALSE,
                 g_strdup (_("<eqfLevel> is given without <azqfLevel>")));
  else if (rc->eqf_level > 0 && rc->azqf_level > 0 && rc->eqf_level != rc->azqf_level)
    add_problem (rc, rc->eqf_position.line, rc->eqf_position.column, "R06", FALSE,
                 g_strdup_printf (_("EQF level %d differs from AzQF level %d; they must be equal"),
                                  (int) rc->eqf_level, (int) rc->azqf_level));

  if (rc->cycle != NULL && (rc->azqf_level > 0 || rc->level_position.line == 0))
    {
      if (g_strcmp0 (rc->cycle, expected_cycle (rc->azqf_level)) != 0)
        add_problem (rc, rc->cycle_position.line, rc->cycle_position.column, "R07", FALSE,
                     g_strdup_printf (_("QF-EHEA cycle does not match AzQF level %d (expected %s)"),
                                      (int) rc->azqf_level, expected_cycle (rc->azqf_level)));
    }
  else if (rc->cycle == NULL && rc->azqf_level >= 5)
    add_problem (rc, rc->level_position.line, rc->level_position.column, "R07", FALSE,
                 g_strdup_printf (_("QF-EHEA cycle does not match AzQF level %d (expected %s)"),
                                  (int) rc->azqf_level, expected_cycle (rc->azqf_level)));
}

static void
missing (ReadContext *rc,
         guint        line,
         guint        column,
         const char  *id,
         const char  *label,
         const char  *what)
{
  AzqfStatus status = azqf_standard_get_status (rc->standard);

  if (strcmp (id, "C01") == 0)
    add_problem (rc, line, column, id, FALSE,
                 g_strdup_printf (_("standard \"%s\" (%s): %s is missing"), label, status_label (status), what));
  else if (strcmp (id, "C04") == 0)
    add_problem (rc, line, column, id, FALSE, g_strdup_printf (_("unit \"%s\": %s is missing"), label, what));
  else
    add_problem (rc, line, column, id, FALSE, g_strdup_printf (_("outcome \"%s\": %s is missing"), label, what));
}

/* C06–C08 for one outcome. Positions of items are not kept, so they are
 * reported at the standard. */
static guint
check_outcome_complete (ReadContext *rc,
                        AzqfOutcome *outcome,
                        AzqfKind     kind)
{
  const char *code = azqf_outcome_get_code (outcome);
  GListModel *criteria = azqf_outcome_get_criteria (outcome);
  guint line = rc->std_line, column = rc->std_column;

  if (azqf_outcome_get_text (outcome, AZQF_LANG_AZ) == NULL)
    missing (rc, line, column, "C06", code, _("Azerbaijani text"));
  if (azqf_outcome_get_text (outcome, AZQF_LANG_EN) == NULL)
    missing (rc, line, column, "C06", code, _("English text"));
  if (kind == AZQF_KIND_QUALIFICATION && g_list_model_get_n_items (criteria) == 0)
    add_problem (rc, line, column, "C07", FALSE,
                 g_strdup_printf (_("outcome \"%s\" has no assessment criteria"), code));
  for (guint i = 0; i < g_list_model_get_n_items (criteria); i++)
    {
      g_autoptr(AzqfCriterion) criterion = g_list_model_get_item (criteria, i);

      if (azqf_criterion_get_text (criterion, AZQF_LANG_AZ) == NULL)
        add_problem (rc, line, column, "C08", FALSE,
                     g_strdup_printf (_("criterion %d of outcome \"%s\": %s is missing"), (int) i + 1, code, _("Azerbaijani text")));
      if (azqf_criterion_get_text (criterion, AZQF_LANG_EN) == NULL)
        add_problem (rc, line, column, "C08", FALSE,
                     g_strdup_printf (_("criterion %d of outcome \"%s\": %s is missing"), (int) i + 1, code, _("English text")));
    }
  return 1;
}

static void
check_complete (ReadContext *rc)
{
  AzqfStandard *self = rc->standard;
  AzqfKind kind = azqf_standard_get_kind (self);
  AzqfStatus status = azqf_standard_get_status (self);
  const char *code = azqf_standard_get_code (self);
  guint line = rc->std_line, column = rc->std_column;
  GListModel *units = azqf_standard_get_units (self);
  GListModel *outcomes = azqf_standard_get_outcomes (self);
  guint n_outcomes = 0;
  static const struct { AzqfStandardText field; AzqfLang lang; const char *label; guint kinds; } texts[] = {
    { AZQF_STANDARD_TITLE, AZQF_LANG_AZ, N_("Azerbaijani title"), 7 },
    { AZQF_STANDARD_TITLE, AZQF_LANG_EN, N_("English title"), 7 },
    { AZQF_STANDARD_SUMMARY, AZQF_LANG_AZ, N_("Azerbaijani summary"), 7 },
    { AZQF_STANDARD_SUMMARY, AZQF_LANG_EN, N_("English summary"), 7 },
    { AZQF_STANDARD_SECTOR, AZQF_LANG_AZ, N_("Azerbaijani sector"), 1 },
    { AZQF_STANDARD_SECTOR, AZQF_LANG_EN, N_("English sector"), 1 },
    { AZQF_STANDARD_AWARDING_BODY, AZQF_LANG_AZ, N_("awarding body (Azerbaijani)"), 6 },
    { AZQF_STANDARD_AWARDING_BODY, AZQF_LANG_EN, N_("awarding body (English)"), 6 },
    { AZQF_STANDARD_APPROVING_BODY, AZQF_LANG_AZ, N_("approving body (Azerbaijani)"), 7 },
    { AZQF_STANDARD_APPROVING_BODY, AZQF_LANG_EN, N_("approving body (English)"), 7 },
  };
  /* kinds: 1 occupational, 2 educational, 4 qualification */
  guint bit = kind == AZQF_KIND_OCCUPATIONAL ? 1 : kind == AZQF_KIND_EDUCATIONAL ? 2 : 4;

  if (!rc->complete && status != AZQF_STATUS_APPROVED && status != AZQF_STATUS_REGISTERED)
    return;

  for (gsize i = 0; i < G_N_ELEMENTS (texts); i++)
    if ((texts[i].kinds & bit) && azqf_standard_get_text (self, texts[i].field, texts[i].lang) == NULL)
      missing (rc, line, column, "C01", code, _(texts[i].label));
  if (azqf_standard_get_level (self) == 0)
    {
      missing (rc, line, column, "C01", code, _("AzQF level"));
      missing (rc, line, column, "C01", code, _("EQF level"));
    }
  if (azqf_standard_get_isced_f (self) == NULL)
    missing (rc, line, column, "C01", code, _("ISCED-F field"));
  if (kind == AZQF_KIND_OCCUPATIONAL && azqf_standard_get_isco08 (self) == NULL)
    missing (rc, line, column, "C01", code, _("ISCO-08 code"));
  if (kind == AZQF_KIND_EDUCATIONAL && azqf_standard_get_ects_credits (self) < 0)
    missing (rc, line, column, "C01", code, _("ECTS credits"));
  if (kind == AZQF_KIND_EDUCATIONAL && azqf_standard_get_duration (self) == NULL)
    missing (rc, line, column, "C01", code, _("duration"));
  if (azqf_standard_get_decision_number (self) == NULL)
    missing (rc, line, column, "C01", code, _("decision number"));
  if (azqf_standard_get_decision_date (self) == NULL)
    missing (rc, line, column, "C01", code, _("decision date"));
  if (azqf_standard_get_review_date (self) == NULL)
    missing (rc, line, column, "C01", code, _("review date"));

  if (kind != AZQF_KIND_EDUCATIONAL && g_list_model_get_n_items (units) == 0)
    add_problem (rc, line, column, "C02", FALSE,
                 g_strdup_printf (_("standard \"%s\" (%s) has no units"), code, status_label (status)));

  for (guint i = 0; i < g_list_model_get_n_items (outcomes); i++)
    {
      g_autoptr(AzqfOutcome) outcome = g_list_model_get_item (outcomes, i);
      n_outcomes += check_outcome_complete (rc, outcome, kind);
    }
  for (guint i = 0; i < g_list_model_get_n_items (units); i++)
    {
      g_autoptr(AzqfUnit) unit = g_list_model_get_item (units, i);
      GListModel *unit_outcomes = azqf_unit_get_outcomes (unit);
      const char *unit_code = azqf_unit_get_code (unit);

      if (azqf_unit_get_title (unit, AZQF_LANG_AZ) == NULL)
        missing (rc, line, column, "C04", unit_code, _("Azerbaijani title"));
      if (azqf_unit_get_title (unit, AZQF_LANG_EN) == NULL)
        missing (rc, line, column, "C04", unit_code, _("English title"));
      if (g_list_model_get_n_items (unit_outcomes) == 0)
        add_problem (rc, line, column, "C05", FALSE,
                     g_strdup_printf (_("unit \"%s\" has no learning outcomes"), unit_code));
      for (guint j = 0; j < g_list_model_get_n_items (unit_outcomes); j++)
        {
          g_autoptr(AzqfOutcome) outcome = g_list_model_get_item (unit_outcomes, j);
          n_outcomes += check_outcome_complete (rc, outcome, kind);
        }
    }
  if (n_outcomes == 0)
    add_problem (rc, line, column, "C03", FALSE,
                 g_strdup_printf (_("standard \"%s\" (%s) has no learning outcomes"), code, status_label (status)));
}

static void
finish_standard (ReadContext *rc)
{
  if (rc->std_uuid != NULL)
    {
      const char *first = g_hash_table_lookup (rc->uuids, rc->std_uuid);

      if (first != NULL)
        add_problem (rc, rc->std_line, rc->std_column, "R01", FALSE,
                     g_strdup_printf (_("standard %s appears twice in this document (first at line %d)"),
                                      rc->std_uuid, atoi (first)));
      else
        g_hash_table_insert (rc->uuids, g_strdup (rc->std_uuid), g_strdup_printf ("%u\t%s", rc->std_line, rc->std_code != NULL ? rc->std_code : ""));
    }

  check_levels (rc);

  if (rc->review_date != NULL && rc->decision_date != NULL &&
      strcmp (rc->review_date, rc->decision_date) < 0)
    add_problem (rc, rc->review_position.line, rc->review_position.column, "R18", FALSE,
                 g_strdup_printf (_("review date %s is earlier than decision date %s"),
                                  rc->review_date, rc->decision_date));

  if (rc->standard != NULL)
    check_complete (rc);

  if (rc->func != NULL && rc->func_error == NULL && !rc->stopped && rc->standard != NULL &&
      !rc->func (rc->standard, rc->std_line, rc->std_column, rc->user_data, &rc->func_error))
    stop (rc);

  clear_standard (rc);
}

/* Finds a path of "replaces" edges from `from` to `to`, appending the uuids
 * on it (without `from`) to path. */
static gboolean
find_path (GHashTable *edges,
           GHashTable *visited,
           const char *from,
           const char *to,
           GPtrArray  *path)
{
  GPtrArray *targets;

  if (strcmp (from, to) == 0)
    return TRUE;
  if (!g_hash_table_add (visited, (gpointer) from))
    return FALSE;
  targets = g_hash_table_lookup (edges, from);
  for (guint i = 0; targets != NULL && i < targets->len; i++)
    {
      const char *next = g_ptr_array_index (targets, i);

      g_ptr_array_add (path, (gpointer) next);
      if (find_path (edges, visited, next, to, path))
        return TRUE;
      g_ptr_array_set_size (path, path->len - 1);
    }
  return FALSE;
}

/* R16: adds the edge source → target and reports the cycle it closes. */
static void
add_replaces (ReadContext *rc,
              Element     *element,
              const char  *target,
              const char  *target_code)
{
  g_autoptr(GHashTable) visited = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) path = g_ptr_array_new ();
  GPtrArray *targets;

  if (rc->std_uuid == NULL)
    return;
  if (target_code != NULL && !g_hash_table_contains (rc->names, target))
    g_hash_table_insert (rc->names, g_strdup (target), g_strdup (target_code));
  if (rc->std_code != NULL)
    g_hash_table_insert (rc->names, g_strdup (rc->std_uuid), g_strdup (rc->std_code));

  if (find_path (rc->replaces, visited, target, rc->std_uuid, path))
    {
      g_autoptr(GString) cycle = g_string_new (NULL);
      const char *name = g_hash_table_lookup (rc->names, rc->std_uuid);

      g_string_append (cycle, name != NULL ? name : rc->std_uuid);
      name = g_hash_table_lookup (rc->names, target);
      g_string_append_printf (cycle, " → %s", name != NULL ? name : target);
      for (guint i = 0; i < path->len; i++)
        {
          const char *uuid = g_ptr_array_index (path, i);

          name = g_hash_table_lookup (rc->names, uuid);
          g_string_append_printf (cycle, " → %s", name != NULL ? name : uuid);
        }
      add_problem (rc, element->line, element->column, "R16", FALSE,
                   g_strdup_printf (_("\"replaces\" relations form a cycle: %s"), cycle->str));
      return;
    }

  targets = g_hash_table_lookup (rc->replaces, rc->std_uuid);
  if (targets == NULL)
    {
      targets = g_ptr_array_new_with_free_func (g_free);
      g_hash_table_insert (rc->replaces, g_strdup (rc->std_uuid), targets);
    }
  g_ptr_array_add (targets, g_strdup (target));
}

/* Start tags inside a <standard>: objects that need their attributes. */
static void
build_start (ReadContext    *rc,
             const char     *name,
             const char     *parent,
             Element        *element,
             int             nb_attributes,
             const xmlChar **attributes)
{
  g_free (rc->lang);
  rc->lang = attribute_ns (nb_attributes, attributes, "http://www.w3.org/XML/1998/namespace", "lang");

  if (strcmp (name, "outcome") == 0)
    {
      g_autofree char *domain = attribute_value (nb_attributes, attributes, "domain");

      g_clear_object (&rc->outcome);
      rc->n_criteria = 0;
      rc->domain_valid = domain != NULL && azqf_domain_from_string (domain, &rc->domain);
    }
  else if (strcmp (name, "unit") == 0)
    g_clear_object (&rc->unit);
  else if (strcmp (name, "criterion") == 0)
    {
      g_clear_object (&rc->criterion);
      rc->n_criteria++;
      if (rc->outcome != NULL)
        {
          rc->criterion = azqf_criterion_new (NULL, NULL);
          azqf_outcome_append_criterion (rc->outcome, rc->criterion);
        }
    }
  else if (strcmp (name, "link") == 0)
    {
      g_autofree char *framework = attribute_value (nb_attributes, attributes, "framework");
      g_autofree char *target = attribute_value (nb_attributes, attributes, "element");
      g_autofree char *type = attribute_value (nb_attributes, attributes, "type");
      g_autofree char *source = attribute_value (nb_attributes, attributes, "source");
      g_autofree char *state = attribute_value (nb_attributes, attributes, "state");
      AzqfLinkType link_type;
      AzqfLinkSource link_source;
      AzqfLinkState link_state;

      g_clear_object (&rc->link);
      if (target == NULL)
        return;
      if (framework != NULL && !(g_str_has_prefix (target, framework) && target[strlen (framework)] == ':'))
        add_problem (rc, element->line, element->column, "R12", FALSE,
                     g_strdup_printf (_("descriptor element \"%s\" does not belong to framework \"%s\""), target, framework));
      if (g_strcmp0 (state, "rejected") == 0 && g_strcmp0 (source, "suggested") != 0 && source != NULL)
        add_problem (rc, element->line, element->column, "R13", FALSE, g_strdup (_("only suggested links can be rejected")));
      if (rc->outcome != NULL &&
          !first_time (rc, g_strdup_printf ("link\t%s\t%s", azqf_outcome_get_code (rc->outcome), target)))
        {
          add_problem (rc, element->line, element->column, "R11", FALSE,
                       g_strdup_printf (_("the link to %s is given twice for this outcome"), target));
          return;
        }
      if (rc->outcome != NULL && type != NULL && source != NULL && state != NULL &&
          azqf_link_type_from_string (type, &link_type) &&
          azqf_link_source_from_string (source, &link_source) &&
          azqf_link_state_from_string (state, &link_state))
        {
          rc->link = azqf_link_new (target, link_type, link_source, link_state, NULL);
          if (rc->link != NULL && !azqf_outcome_add_link (rc->outcome, rc->link, NULL))
            g_clear_object (&rc->link);
        }
    }
  else if (strcmp (name, "relation") == 0)
    {
      g_autofree char *type = attribute_value (nb_attributes, attributes, "type");
      g_autofree char *target = attribute_value (nb_attributes, attributes, "target");
      g_autofree char *target_code = attribute_value (nb_attributes, attributes, "targetCode");
      AzqfRelationType relation_type;

      if (target == NULL || type == NULL)
        return;
      if (g_strcmp0 (target, rc->std_uuid) == 0)
        {
          add_problem (rc, element->line, element->column, "R14", FALSE, g_strdup (_("a standard cannot relate to itself")));
          return;
        }
      if (!first_time (rc, g_strdup_printf ("relation\t%s\t%s", type, target)))
        {
          add_problem (rc, element->line, element->column, "R15", FALSE,
                       g_strdup_printf (_("relation %s to %s is given twice"), type, target));
          return;
        }
      if (strcmp (type, "replaces") == 0)
        add_replaces (rc, element, target, target_code);
      if (target_code != NULL)
        {
          PendingRelation *pending = g_new0 (PendingRelation, 1);

          pending->target = g_strdup (target);
          pending->target_code = g_strdup (target_code);
          pending->line = element->line;
          pending->column = element->column;
          g_ptr_array_add (rc->relations, pending);
        }
      if (rc->standard != NULL && azqf_relation_type_from_string (type, &relation_type))
        {
          g_autoptr(AzqfRelation) relation = azqf_relation_new (relation_type, target, target_code, NULL);

          if (relation != NULL)
            azqf_standard_add_relation (rc->standard, relation, NULL);
        }
    }
}

static gboolean
is_blank (const char *text)
{
  for (; *text != '\0'; text++)
    if (!g_ascii_isspace (*text))
      return FALSE;
  return TRUE;
}

/* A language text: R03, R04, R05. Returns the language, or FALSE. */
static gboolean
check_text (ReadContext *rc,
            const char  *name,
            const char  *parent,
            Element     *element,
            const char  *text,
            AzqfLang    *lang)
{
  if (is_blank (text))
    {
      add_problem (rc, element->line, element->column, "R05", FALSE, g_strdup_printf (_("<%s> is empty"), name));
      return FALSE;
    }
  if (rc->lang == NULL)
    return FALSE;   /* S04 already */
  if (!parse_lang (rc->lang, lang))
    {
      add_problem (rc, element->line, element->column, "R04", FALSE,
                   g_strdup_printf (_("language \"%s\" is not supported; use \"az\" or \"en\""), rc->lang));
      return FALSE;
    }
  if (!first_time (rc, g_strdup_printf ("text\t%s\t%s\t%s\t%u", parent, name, rc->lang,
                                        rc->stack->len > 1 ? g_array_index (rc->stack, Element, rc->stack->len - 2).line : 0)))
    {
      add_problem (rc, element->line, element->column, "R03", FALSE,
                   g_strdup_printf (_("<%s> has two texts in language \"%s\""), name, rc->lang));
      return FALSE;
    }
  return TRUE;
}

static void
build_code (ReadContext *rc,
            const char  *parent,
            Element     *element,
            const char  *code)
{
  if (strcmp (parent, "standard") == 0)
    {
      gpointer first = g_hash_table_lookup (rc->codes, code);
      AzqfKind kind;
      AzqfStatus status;

      g_free (rc->std_code);
      rc->std_code = g_strdup (code);
      if (first != NULL)
        add_problem (rc, element->line, element->column, "R02", FALSE,
                     g_strdup_printf (_("code \"%s\" is used by two standards in this document (first at line %d)"),
                                      code, GPOINTER_TO_INT (first)));
      else if (*code != '\0')
        g_hash_table_insert (rc->codes, g_strdup (code), GUINT_TO_POINTER (element->line));

      if (rc->std_uuid != NULL && rc->std_kind != NULL && azqf_kind_from_string (rc->std_kind, &kind))
        rc->standard = azqf_standard_new_with_uuid (rc->std_uuid, kind, code, NULL);
      if (rc->standard != NULL && rc->std_status != NULL && azqf_status_from_string (rc->std_status, &status))
        azqf_standard_set_status (rc->standard, status);
      if (rc->standard != NULL && rc->std_version > 0)
        azqf_standard_set_version (rc->standard, rc->std_version, NULL);
    }
  else if (strcmp (parent, "unit") == 0)
    {
      if (g_hash_table_contains (rc->unit_codes, code))
        {
          add_problem (rc, element->line, element->column, "R09", FALSE,
                       g_strdup_printf (_("unit code \"%s\" is used twice in this standard"), code));
          return;
        }
      g_hash_table_add (rc->unit_codes, g_strdup (code));
      if (rc->standard != NULL)
        {
          rc->unit = azqf_unit_new (code, NULL);
          if (rc->unit != NULL && !azqf_standard_add_unit (rc->standard, rc->unit, NULL))
            g_clear_object (&rc->unit);
        }
    }
  else if (strcmp (parent, "outcome") == 0)
    {
      /* ..., unit or standard, outcomes, outcome, code */
      gboolean in_unit = rc->stack->len >= 4 &&
        g_strcmp0 (g_array_index (rc->stack, Element, rc->stack->len - 4).name, "unit") == 0;

      if (g_hash_table_contains (rc->outcome_codes, code))
        {
          add_problem (rc, element->line, element->column, "R10", FALSE,
                       g_strdup_printf (_("outcome code \"%s\" is used twice in this standard"), code));
          return;
        }
      g_hash_table_add (rc->outcome_codes, g_strdup (code));
      if (rc->standard != NULL && rc->domain_valid && (!in_unit || rc->unit != NULL))
        {
          rc->outcome = azqf_outcome_new (code, rc->domain, NULL);
          if (rc->outcome != NULL &&
              !azqf_standard_add_outcome (rc->standard, in_unit ? rc->unit : NULL, rc->outcome, NULL))
            g_clear_object (&rc->outcome);
        }
    }
}

/* End tags inside a <standard>: values. */
static void
build_end (ReadContext *rc,
           const char  *name,
           const char  *parent,
           Element     *element,
           const char  *text)
{
  AzqfStandard *self = rc->standard;
  AzqfLang lang;

  if (strcmp (name, "code") == 0)
    {
      build_code (rc, parent, element, text);
      return;
    }

  if (strcmp (name, "title") == 0 || strcmp (name, "summary") == 0 || strcmp (name, "sector") == 0 ||
      strcmp (name, "name") == 0 || strcmp (name, "text") == 0)
    {
      if (!check_text (rc, name, parent, element, text, &lang))
        return;
      if (strcmp (parent, "standard") == 0 && self != NULL)
        azqf_standard_set_text (self,
                                name[0] == 't' ? AZQF_STANDARD_TITLE : name[1] == 'u' ? AZQF_STANDARD_SUMMARY : AZQF_STANDARD_SECTOR,
                                lang, text);
      else if (strcmp (parent, "awardingBody") == 0 && self != NULL)
        azqf_standard_set_text (self, AZQF_STANDARD_AWARDING_BODY, lang, text);
      else if (strcmp (parent, "approvingBody") == 0 && self != NULL)
        azqf_standard_set_text (self, AZQF_STANDARD_APPROVING_BODY, lang, text);
      else if (strcmp (parent, "unit") == 0 && rc->unit != NULL)
        azqf_unit_set_title (rc->unit, lang, text);
      else if (strcmp (parent, "outcome") == 0 && rc->outcome != NULL)
        azqf_outcome_set_text (rc->outcome, lang, text);
      else if (strcmp (parent, "criterion") == 0 && rc->criterion != NULL)
        azqf_criterion_set_text (rc->criterion, lang, text);
      return;
    }

  if (strcmp (name, "comment") == 0)
    {
      if (is_blank (text))
        add_problem (rc, element->line, element->column, "R05", FALSE, g_strdup_printf (_("<%s> is empty"), name));
      else if (rc->link != NULL)
        azqf_link_set_comment (rc->link, text);
      return;
    }

  if (strcmp (name, "decisionNumber") == 0)
    {
      if (is_blank (text))
        add_problem (rc, element->line, element->column, "R05", FALSE, g_strdup_printf (_("<%s> is empty"), name));
      else if (self != NULL)
        azqf_standard_set_decision_number (self, text, NULL);
      return;
    }

  if (strcmp (name, "azqfLevel") == 0 || strcmp (name, "eqfLevel") == 0 || strcmp (name, "ectsCredits") == 0)
    {
      guint64 level = 0;
      gboolean valid = g_ascii_string_to_unsigned (text, 10, 1, 8, &level, NULL);

      if (strcmp (name, "ectsCredits") == 0)
        {
          char *end = NULL;
          double credits = g_ascii_strtod (text, &end);

          if (end != NULL && end != text && *end == '\0')
            {
              if (strcmp (parent, "unit") == 0 && rc->unit != NULL)
                azqf_unit_set_ects_credits (rc->unit, credits, NULL);
              else if (strcmp (parent, "standard") == 0 && self != NULL)
                azqf_standard_set_ects_credits (self, credits, NULL);
            }
          return;
        }
      if (strcmp (parent, "unit") == 0)
        {
          if (valid && rc->unit != NULL)
            azqf_unit_set_level (rc->unit, level, NULL);
          return;
        }
      if (strcmp (name, "azqfLevel") == 0)
        {
          rc->level_position = *element;
          rc->level_position.name = NULL;
          rc->azqf_level = valid ? level : 0;
          if (valid && self != NULL)
            azqf_standard_set_level (self, level, NULL);
        }
      else
        {
          rc->eqf_position = *element;
          rc->eqf_position.name = NULL;
          rc->eqf_level = valid ? level : 0;
        }
      return;
    }

  if (strcmp (name, "qfeheaCycle") == 0)
    {
      g_free (rc->cycle);
      rc->cycle = g_strdup (text);
      rc->cycle_position = *element;
      rc->cycle_position.name = NULL;
      return;
    }

  if (strcmp (name, "created") == 0 || strcmp (name, "modified") == 0)
    {
      gint64 unix_time;

      if (!azqf_value_parse_datetime (text, &unix_time, NULL))
        return;
      if (name[0] == 'c')
        {
          rc->created = unix_time;
          if (self != NULL)
            azqf_standard_set_created (self, unix_time);
        }
      else
        {
          if (rc->created > unix_time)
            {
              g_autoptr(GDateTime) created = g_date_time_new_from_unix_utc (rc->created);
              g_autofree char *created_text = g_date_time_format (created, "%Y-%m-%dT%H:%M:%SZ");

              add_problem (rc, element->line, element->column, "R17", FALSE,
                           g_strdup_printf (_("created time %s is later than modified time %s"), created_text, text));
            }
          if (self != NULL)
            azqf_standard_set_modified (self, unix_time);
        }
      return;
    }

  if (strcmp (name, "isco08") == 0 || strcmp (name, "iscedF") == 0)
    {
      gboolean isco = name[2] == 'c' && name[3] == 'o';

      if (strlen (text) != 4 || !g_ascii_isdigit (text[0]) || !g_ascii_isdigit (text[1]) ||
          !g_ascii_isdigit (text[2]) || !g_ascii_isdigit (text[3]))
        return;   /* S03 */
      if (isco ? !azqf_value_check_isco08 (text, NULL) : !azqf_value_check_isced_f (text, NULL))
        {
          if (isco)
            add_problem (rc, element->line, element->column, "R20", FALSE,
                         g_strdup_printf (_("ISCO-08 code %s is not an ISCO-08 unit group"), text));
          else
            add_problem (rc, element->line, element->column, "R19", FALSE,
                         g_strdup_printf (_("ISCED-F code %s is not in ISCED-F 2013"), text));
          return;
        }
      if (self != NULL)
        {
          if (isco)
            azqf_standard_set_isco08 (self, text, NULL);
          else
            azqf_standard_set_isced_f (self, text, NULL);
        }
      return;
    }

  if (strcmp (name, "duration") == 0)
    {
      if (self != NULL)
        azqf_standard_set_duration (self, text, NULL);
      return;
    }

  if (strcmp (name, "decisionDate") == 0 || strcmp (name, "reviewDate") == 0)
    {
      if (!azqf_value_check_date (text, NULL))
        return;
      if (name[0] == 'd')
        {
          g_free (rc->decision_date);
          rc->decision_date = g_strdup (text);
          if (self != NULL)
            azqf_standard_set_decision_date (self, text, NULL);
        }
      else
        {
          g_free (rc->review_date);
          rc->review_date = g_strdup (text);
          rc->review_position = *element;
          rc->review_position.name = NULL;
          if (self != NULL)
            azqf_standard_set_review_date (self, text, NULL);
        }
      return;
    }

  if (strcmp (name, "qfeheaCycle") == 0)
    return;
}

static void
start_element_cb (void           *ctx,
                  const xmlChar  *localname,
                  const xmlChar  *prefix,
                  const xmlChar  *uri,
                  int             nb_namespaces,
                  const xmlChar **namespaces,
                  int             nb_attributes,
                  int             nb_defaulted,
                  const xmlChar **attributes)
{
  ReadContext *rc = ctx;
  Element element;

  if (rc->stopped)
    return;

  rc->in_end = FALSE;

  if (!rc->seen_root)
    {
      rc->seen_root = TRUE;
      if (!check_root (rc, (const char *) localname, (const char *) uri, nb_attributes, attributes))
        return;
    }

  if (rc->stack->len >= MAX_DEPTH)
    {
      add_fatal_here (rc, "X06", g_strdup (_("elements are nested deeper than 32 levels")));
      return;
    }

  element.name = g_strdup ((const char *) localname);
  current_position (rc, &element.line, &element.column);
  g_array_append_val (rc->stack, element);
  rc->text_len = 0;
  g_string_truncate (rc->text, 0);

  if (rc->stack->len == 2 && strcmp ((const char *) localname, "standard") == 0)
    {
      g_autofree char *version = attribute_value (nb_attributes, attributes, "version");
      guint64 number = 0;

      clear_standard (rc);
      rc->std_line = element.line;
      rc->std_column = element.column;
      rc->std_uuid = attribute_value (nb_attributes, attributes, "uuid");
      rc->std_kind = attribute_value (nb_attributes, attributes, "kind");
      g_free (rc->std_status);
      rc->std_status = attribute_value (nb_attributes, attributes, "status");
      rc->std_version = version != NULL && g_ascii_string_to_unsigned (version, 10, 1, 9999, &number, NULL) ? number : 0;
    }
  else if (rc->stack->len > 2 && rc->std_line > 0)
    build_start (rc, (const char *) localname,
                 g_array_index (rc->stack, Element, rc->stack->len - 2).name,
                 &g_array_index (rc->stack, Element, rc->stack->len - 1),
                 nb_attributes, attributes);
}

static void
end_element_cb (void          *ctx,
                const xmlChar *localname,
                const xmlChar *prefix,
                const xmlChar *uri)
{
  ReadContext *rc = ctx;
  Element *top;

  if (rc->stopped || rc->stack->len == 0)
    return;

  top = &g_array_index (rc->stack, Element, rc->stack->len - 1);
  g_clear_pointer (&rc->last_end.name, g_free);
  rc->last_end = *top;
  top->name = NULL;

  if (rc->stack->len > 2 && rc->std_line > 0)
    build_end (rc, rc->last_end.name,
               g_array_index (rc->stack, Element, rc->stack->len - 2).name,
               &rc->last_end, rc->text->str);

  g_array_set_size (rc->stack, rc->stack->len - 1);
  rc->in_end = TRUE;
  rc->text_len = 0;
  g_string_truncate (rc->text, 0);

  if (rc->stack->len == 1 && strcmp (rc->last_end.name, "standard") == 0)
    {
      finish_standard (rc);
      rc->std_line = 0;
    }
}

static void
characters_cb (void          *ctx,
               const xmlChar *ch,
               int            len)
{
  ReadContext *rc = ctx;

  if (rc->stopped)
    return;

  rc->text_len += len;
  if (rc->text_len > MAX_TEXT)
    {
      add_fatal_here (rc, "X07", g_strdup (_("a text value is longer than 1 MiB")));
      return;
    }

  g_string_append_len (rc->text, (const char *) ch, len);
}

/* R21, once every standard of the document is known. */
static void
check_relation_codes (ReadContext *rc)
{
  for (guint i = 0; i < rc->relations->len; i++)
    {
      PendingRelation *relation = g_ptr_array_index (rc->relations, i);
      const char *entry = g_hash_table_lookup (rc->uuids, relation->target);
      const char *code = entry != NULL ? strchr (entry, '\t') : NULL;

      if (code != NULL && *++code != '\0' && strcmp (code, relation->target_code) != 0)
        add_problem (rc, relation->line, relation->column, "R21", FALSE,
                     g_strdup_printf (_("relation target %s has code \"%s\" in this document, not \"%s\""),
                                      relation->target, code, relation->target_code));
    }
}

/* Errors */

static char *
quoted (const char *message,
        const char *after)
{
  const char *p = message != NULL ? strstr (message, after) : NULL;
  const char *end;

  if (p == NULL)
    return NULL;
  p += strlen (after);
  end = strchr (p, '\'');
  if (end == NULL)
    return NULL;
  return g_strndup (p, end - p);
}

static char *
expected_child (const char *message)
{
  const char *p = message != NULL ? strstr (message, "Expected is ") : NULL;
  const char *end;

  if (p == NULL)
    return g_strdup ("?");
  p = strchr (p, '(');
  if (p == NULL)
    return g_strdup ("?");
  p++;
  while (*p == ' ')
    p++;
  if (*p == '{')
    {
      const char *close = strchr (p, '}');
      if (close != NULL)
        p = close + 1;
    }
  end = p;
  while (*end != '\0' && *end != ' ' && *end != ',' && *end != ')')
    end++;
  return g_strndup (p, end - p);
}

static const char *
describe_value (const char *name)
{
  static const struct { const char *name; const char *text; } types[] = {
    { "uuid", N_("a lowercase UUID") },
    { "target", N_("a lowercase UUID") },
    { "workspace", N_("a lowercase UUID") },
    { "code", N_("a code of letters, digits, “.”, “_”, “/” and “-”") },
    { "created", N_("a UTC time such as 2026-11-23T10:15:00Z") },
    { "modified", N_("a UTC time such as 2026-11-23T10:15:00Z") },
    { "azqfLevel", N_("a whole number from 1 to 8") },
    { "eqfLevel", N_("a whole number from 1 to 8") },
    { "version", N_("a whole number from 1 to 9999") },
    { "isco08", N_("a four-digit ISCO-08 code") },
    { "iscedF", N_("a four-digit ISCED-F code") },
    { "ectsCredits", N_("a decimal number such as 240 or 7.5") },
    { "duration", N_("a duration such as P4Y, P18M or PT600H") },
    { "decisionDate", N_("a date such as 2026-11-23") },
    { "reviewDate", N_("a date such as 2026-11-23") },
    { "kind", N_("occupational, educational or qualification") },
    { "status", N_("draft, in_review, approved, registered or withdrawn") },
    { "domain", N_("knowledge, skills or autonomy_responsibility") },
    { "framework", N_("azqf, eqf or qfehea") },
    { "source", N_("author or suggested") },
    { "state", N_("confirmed, pending or rejected") },
    { "qfeheaCycle", N_("short, first, second or third") },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (types); i++)
    if (strcmp (name, types[i].name) == 0)
      return _(types[i].text);
  return _("a value allowed by the register format");
}

static gboolean
same_as_last (ReadContext *rc,
              const char  *id,
              guint        line,
              guint        column)
{
  AzqfRegisterProblem *last;

  if (rc->problems->len == 0)
    return FALSE;
  last = g_ptr_array_index (rc->problems, rc->problems->len - 1);
  return strcmp (last->id, id) == 0 && last->line == line && last->column == column;
}

static void
schema_error_cb (void        *ctx,
                 xmlErrorPtr  error)
{
  ReadContext *rc = ctx;
  const char *name;
  guint line, column;
  g_autofree char *attribute = NULL;
  g_autofree char *value = NULL;
  const char *id;
  char *message;

  if (rc->stopped || error == NULL || error->level == XML_ERR_WARNING)
    return;

  element_position (rc, &name, &line, &column);
  attribute = quoted (error->message, "attribute '");
  value = quoted (error->message, "The value '");
  if (value == NULL)
    value = quoted (error->message, "': '");

  switch (error->code)
    {
    case XML_SCHEMAV_ELEMENT_CONTENT:
      if (error->message != NULL && strstr (error->message, "Missing child") != NULL)
        {
          g_autofree char *child = expected_child (error->message);

          id = "S02";
          message = g_strdup_printf (_("<%s> is incomplete: <%s> is missing"), name, child);
        }
      else
        {
          id = "S01";
          message = g_strdup_printf (_("element <%s> is not allowed here"), name);
        }
      break;

    case XML_SCHEMAV_CVC_COMPLEX_TYPE_4:
      id = "S04";
      message = g_strdup_printf (_("<%s> lacks the attribute %s"), name, attribute != NULL ? attribute : "?");
      break;

    case XML_SCHEMAV_CVC_COMPLEX_TYPE_3_2_1:
    case XML_SCHEMAV_CVC_COMPLEX_TYPE_3_2_2:
      id = "S05";
      message = g_strdup_printf (_("<%s> has an unknown attribute %s"), name, attribute != NULL ? attribute : "?");
      break;

    case XML_SCHEMAV_CVC_COMPLEX_TYPE_2_3:
    case XML_SCHEMAV_CVC_COMPLEX_TYPE_2_1:
      id = "S07";
      message = g_strdup_printf (_("<%s> must not contain text"), name);
      break;

    default:
      if (error->code >= XML_SCHEMAV_CVC_FACET_VALID && error->code <= XML_SCHEMAV_CVC_TYPE_2 &&
          (value != NULL || attribute != NULL))
        {
          if (attribute != NULL)
            {
              id = "S06";
              message = g_strdup_printf (_("attribute %s of <%s> has an invalid value \"%s\": %s"),
                                         attribute, name, value != NULL ? value : "",
                                         describe_value (attribute));
            }
          else
            {
              id = "S03";
              message = g_strdup_printf (_("<%s> has an invalid value \"%s\": %s"),
                                         name, value != NULL ? value : "", describe_value (name));
            }
        }
      else
        {
          g_autofree char *text = g_strstrip (g_strdup (error->message != NULL ? error->message : ""));

          id = "S99";
          message = g_strdup_printf (_("does not match the register schema: %s"), text);
        }
      break;
    }

  /* A blank text is R05, reported by the rule layer. */
  if (strcmp (id, "S03") == 0 && value != NULL && value[strspn (value, " \t\r\n")] == '\0')
    {
      g_free (message);
      return;
    }

  /* libxml2 often reports one bad value twice (facet, then type). */
  if (same_as_last (rc, id, line, column))
    {
      g_free (message);
      return;
    }

  add_problem (rc, line, column, id, FALSE, message);
}

static void
parser_error_cb (void        *ctx,
                 xmlErrorPtr  error)
{
  ReadContext *rc = ctx;
  guint line, column;

  if (rc->stopped || error == NULL)
    return;

  if (error->domain == XML_FROM_SCHEMASV)
    {
      schema_error_cb (ctx, error);
      return;
    }

  if (error->code == XML_ERR_UNDECLARED_ENTITY || error->code == XML_WAR_UNDECLARED_ENTITY)
    {
      g_autofree char *name = g_strdup (error->str1 != NULL ? error->str1 : "");

      add_fatal_here (rc, "X09", g_strdup_printf (_("undefined entity \"&%s;\""), name));
      return;
    }

  if (error->level == XML_ERR_WARNING)
    return;

  line = error->line > 0 ? (guint) error->line : 1;
  column = error->int2 > 0 ? (guint) error->int2 : 1;

  /* Nothing but a BOM, white space or comments is empty too. */
  if (error->code == XML_ERR_DOCUMENT_EMPTY || (rc->terminating && !rc->seen_root))
    add_problem (rc, 1, 1, "X01", TRUE, g_strdup (_("the file is empty")));
  else if (error->code == XML_ERR_INVALID_ENCODING || error->code == XML_ERR_INVALID_CHAR ||
           (error->message != NULL && strstr (error->message, "not proper UTF-8") != NULL))
    {
      if (error->code == XML_ERR_INVALID_CHAR && error->message != NULL &&
          strstr (error->message, "UTF-8") == NULL)
        {
          g_autofree char *text = g_strstrip (g_strdup (error->message));
          add_problem (rc, line, column, "X08", TRUE, g_strdup_printf (_("not well-formed XML: %s"), text));
        }
      else
        add_problem (rc, line, column, "X03", TRUE, g_strdup (_("the file is not valid UTF-8")));
    }
  else if (rc->terminating || error->code == XML_ERR_TAG_NOT_FINISHED)
    add_problem (rc, line, column, "X02", TRUE, g_strdup (_("the file ends before the document is complete")));
  else
    {
      g_autofree char *text = g_strstrip (g_strdup (error->message != NULL ? error->message : ""));

      add_problem (rc, line, column, "X08", TRUE, g_strdup_printf (_("not well-formed XML: %s"), text));
    }
}

/* The schema and the entity loader (§9) */

static xmlParserInputPtr
bundled_entity_loader (const char       *url,
                       const char       *id,
                       xmlParserCtxtPtr  ctxt)
{
  g_autoptr(GBytes) bytes = NULL;
  const char *base;
  g_autofree char *path = NULL;
  xmlParserInputBufferPtr buffer;
  gsize size;
  const char *data;

  if (url == NULL)
    return NULL;

  base = strrchr (url, '/');
  base = base != NULL ? base + 1 : url;
  if ((strcmp (base, "xml.xsd") != 0 && strcmp (base, "register-1.0.xsd") != 0) ||
      (base != url && !g_str_has_prefix (url, "resource:")))
    return NULL;

  path = g_strconcat (RESOURCE_DIR, base, NULL);
  bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  if (bytes == NULL)
    return NULL;

  data = g_bytes_get_data (bytes, &size);
  buffer = xmlParserInputBufferCreateMem (data, (int) size, XML_CHAR_ENCODING_NONE);
  if (buffer == NULL)
    return NULL;
  return xmlNewIOInputStream (ctxt, buffer, XML_CHAR_ENCODING_NONE);
}

static xmlSchemaPtr
load_schema (void)
{
  static gsize initialized = 0;
  static xmlSchemaPtr schema = NULL;

  if (g_once_init_enter (&initialized))
    {
      g_autoptr(GBytes) bytes = NULL;
      xmlExternalEntityLoader old_loader;
      xmlSchemaParserCtxtPtr parser;
      gsize size;
      const char *data;

      (void) azqf_model_get_resource ();
      bytes = g_resources_lookup_data (RESOURCE_DIR "register-1.0.xsd",
                                       G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
      if (bytes != NULL)
        {
          data = g_bytes_get_data (bytes, &size);
          old_loader = xmlGetExternalEntityLoader ();
          xmlSetExternalEntityLoader (bundled_entity_loader);
          parser = xmlSchemaNewMemParserCtxt (data, (int) size);
          if (parser != NULL)
            {
              schema = xmlSchemaParse (parser);
              xmlSchemaFreeParserCtxt (parser);
            }
          xmlSetExternalEntityLoader (old_loader);
        }
      if (schema == NULL)
        g_critical ("Cannot load the bundled register schema");
      g_once_init_leave (&initialized, 1);
    }

  return schema;
}

static xmlParserInputPtr
refusing_entity_loader (const char       *url,
                        const char       *id,
                        xmlParserCtxtPtr  ctxt)
{
  return NULL;
}

/* X04: a declared encoding other than UTF-8, refused before libxml2 would
 * switch to it. */
static char *
declared_encoding (const char *data,
                   gsize       len)
{
  g_autofree char *head = NULL;
  const char *p, *end;
  char quote;

  if (len >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    {
      data += 3;
      len -= 3;
    }
  if (len < 5 || memcmp (data, "<?xml", 5) != 0)
    return NULL;

  head = g_strndup (data, MIN (len, 200));
  end = strstr (head, "?>");
  p = strstr (head, "encoding");
  if (p == NULL || (end != NULL && p > end))
    return NULL;
  p += strlen ("encoding");
  while (*p == ' ' || *p == '=' || *p == '\t')
    p++;
  quote = *p;
  if (quote != '"' && quote != '\'')
    return NULL;
  p++;
  end = strchr (p, quote);
  if (end == NULL)
    return NULL;
  return g_strndup (p, end - p);
}

gboolean
azqf_register_read (const char                *path,
                    gboolean                   complete,
                    AzqfRegisterStandardFunc   func,
                    gpointer                   user_data,
                    GPtrArray                **problems,
                    GError                   **error)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFileInputStream) stream = NULL;
  g_autofree char *buffer = NULL;
  xmlSAXHandler sax;
  xmlSAXHandlerPtr sax_ptr = &sax;
  void *sax_data;
  xmlSchemaValidCtxtPtr valid = NULL;
  xmlSchemaSAXPlugPtr plug = NULL;
  xmlExternalEntityLoader old_loader;
  xmlSchemaPtr schema;
  ReadContext rc = { 0 };
  gboolean first = TRUE;
  gboolean ok = TRUE;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (problems != NULL, FALSE);

  file = g_file_new_for_path (path);
  stream = g_file_read (file, NULL, error);
  if (stream == NULL)
    return FALSE;

  schema = load_schema ();

  rc.file = path;
  rc.complete = complete;
  rc.func = func;
  rc.user_data = user_data;
  rc.problems = g_ptr_array_new_with_free_func ((GDestroyNotify) azqf_register_problem_free);
  rc.stack = g_array_new (FALSE, TRUE, sizeof (Element));
  g_array_set_clear_func (rc.stack, clear_element);
  rc.text = g_string_new (NULL);
  rc.uuids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  rc.codes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  rc.seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  rc.unit_codes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  rc.outcome_codes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  rc.relations = g_ptr_array_new_with_free_func (pending_relation_free);
  rc.replaces = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_ptr_array_unref);
  rc.names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  memset (&sax, 0, sizeof sax);
  sax.initialized = XML_SAX2_MAGIC;
  sax.internalSubset = internal_subset_cb;
  sax.externalSubset = internal_subset_cb;
  sax.entityDecl = entity_decl_cb;
  sax.getEntity = get_entity_cb;
  sax.reference = reference_cb;
  sax.startElementNs = start_element_cb;
  sax.endElementNs = end_element_cb;
  sax.characters = characters_cb;
  sax.cdataBlock = characters_cb;
  sax_data = &rc;

  if (schema != NULL)
    {
      valid = xmlSchemaNewValidCtxt (schema);
      xmlSchemaSetValidStructuredErrors (valid, schema_error_cb, &rc);
      plug = xmlSchemaSAXPlug (valid, &sax_ptr, &sax_data);
    }

  old_loader = xmlGetExternalEntityLoader ();
  xmlSetExternalEntityLoader (refusing_entity_loader);
  /* The plugged SAX handler passes the plug, not &rc, to serror; the
   * thread's structured handler gets our context. */
  xmlSetStructuredErrorFunc (&rc, parser_error_cb);

  buffer = g_malloc (CHUNK_SIZE);
  while (!rc.stopped)
    {
      gssize n = g_input_stream_read (G_INPUT_STREAM (stream), buffer, CHUNK_SIZE, NULL, error);

      if (n < 0)
        {
          ok = FALSE;
          break;
        }

      if (first)
        {
          g_autofree char *encoding = declared_encoding (buffer, n);

          first = FALSE;
          if (encoding != NULL && g_ascii_strcasecmp (encoding, "UTF-8") != 0)
            {
              add_problem (&rc, 1, 1, "X04", TRUE,
                           g_strdup_printf (_("the document declares encoding \"%s\"; only UTF-8 is accepted"), encoding));
              break;
            }
          if (n == 0)
            {
              add_problem (&rc, 1, 1, "X01", TRUE, g_strdup (_("the file is empty")));
              break;
            }
          rc.parser = xmlCreatePushParserCtxt (sax_ptr, sax_data, NULL, 0, path);
          if (rc.parser == NULL)
            {
              g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "%s", _("Cannot create the XML parser"));
              ok = FALSE;
              break;
            }
          rc.parser->sax->serror = NULL;
          xmlCtxtUseOptions (rc.parser, XML_PARSE_NONET);
          xmlSwitchEncoding (rc.parser, XML_CHAR_ENCODING_UTF8);

          /* With the encoding forced to UTF-8, libxml2 no longer skips a BOM. */
          if (n >= 3 && memcmp (buffer, "\xEF\xBB\xBF", 3) == 0)
            {
              memmove (buffer, buffer + 3, n - 3);
              n -= 3;
              if (n == 0)
                continue;
            }
        }

      if (n == 0)
        {
          rc.terminating = TRUE;
          xmlParseChunk (rc.parser, NULL, 0, 1);
          break;
        }
      xmlParseChunk (rc.parser, buffer, (int) n, 0);
    }

  xmlSetExternalEntityLoader (old_loader);
  xmlSetStructuredErrorFunc (NULL, NULL);

  if (ok && !rc.stopped)
    check_relation_codes (&rc);

  if (rc.parser != NULL)
    {
      if (!rc.stopped && rc.problems->len == 0 && !rc.parser->wellFormed)
        add_problem (&rc, 1, 1, "X08", TRUE, g_strdup_printf (_("not well-formed XML: %s"), "?"));
      /* libxml2 may make a document for entity declarations of an internal
       * subset, even with our SAX handlers (after X05). */
      if (rc.parser->myDoc != NULL)
        xmlFreeDoc (rc.parser->myDoc);
      xmlFreeParserCtxt (rc.parser);
    }
  if (plug != NULL)
    xmlSchemaSAXUnplug (plug);
  if (valid != NULL)
    xmlSchemaFreeValidCtxt (valid);

  if (ok && rc.func_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&rc.func_error));
      ok = FALSE;
    }
  g_clear_error (&rc.func_error);

  clear_standard (&rc);
  g_clear_pointer (&rc.last_end.name, g_free);
  g_array_unref (rc.stack);
  g_string_free (rc.text, TRUE);
  g_hash_table_unref (rc.uuids);
  g_hash_table_unref (rc.codes);
  g_hash_table_unref (rc.seen);
  g_hash_table_unref (rc.unit_codes);
  g_hash_table_unref (rc.outcome_codes);
  g_ptr_array_unref (rc.relations);
  g_hash_table_unref (rc.replaces);
  g_hash_table_unref (rc.names);

  if (ok)
    *problems = rc.problems;
  else
    g_ptr_array_unref (rc.problems);
  return ok;
}
