/* azqf-framework.c: the AzQF, EQF and QF-EHEA descriptors a standard is checked against
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The bundled texts are the JSON files in resources/frameworks/, copied word for word
 * from shared/reference/. Nothing here writes descriptor text: a level whose
 * text was not found stays empty, with the data's note saying why, until a
 * workspace imports the text (azqf framework import). The same parser checks
 * the bundled files and imported ones, so both follow docs/frameworks.md.
 */

#include "config.h"

#include <errno.h>
#include <string.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "azqf-framework.h"
#include "azqf-framework-private.h"
#include "azqf-store.h"
#include "azqf-store-private.h"
#include "azqf-value.h"

#define RESOURCE_DIR "/io/github/azqf/Studio/model/frameworks/"

/* Limits in characters: generous, only there to refuse garbage. */
#define MAX_ID_BYTES  64
#define MAX_NAME      500
#define MAX_HEADING   200
#define MAX_TEXT      4000
#define MAX_SOURCE    2000
#define MAX_NOTE      4000
/* Problems listed in one error; the rest are counted. */
#define MAX_PROBLEMS  50

static const char * const framework_ids[] = { "azqf", "eqf", "qfehea", NULL };
#define N_FRAMEWORKS 3

/* The headings the bundled data uses, so that they are translated. */
static const char * const headings[] G_GNUC_UNUSED = {
  /* TRANSLATORS: EQF column heading (2017 Annex II) */
  N_("Knowledge"),
  /* TRANSLATORS: EQF column heading (2017 Annex II) */
  N_("Responsibility and autonomy"),
  /* TRANSLATORS: a QF-EHEA (Dublin descriptor) element name; no official
   * Azerbaijani version is known, translate it as a working label */
  N_("Applying knowledge and understanding"),
  /* TRANSLATORS: a QF-EHEA (Dublin descriptor) element name */
  N_("Making judgements"),
  /* TRANSLATORS: a QF-EHEA (Dublin descriptor) element name */
  N_("Communication"),
  /* TRANSLATORS: a QF-EHEA (Dublin descriptor) element name */
  N_("Learning skills"),
  /* TRANSLATORS: heading of a third-cycle statement whose QF-EHEA element
   * the sources do not confirm */
  N_("Element not verified"),
};

static const char * const provenance_strings[] = { "official", "working" };
static const char * const level_status_strings[] = { "complete", "incomplete", "missing" };

G_DEFINE_QUARK (azqf-framework-error-quark, azqf_framework_error)

/* Descriptors */

struct _AzqfDescriptor
{
  gatomicrefcount  ref_count;
  char            *id;
  char            *framework;
  guint            level;
  AzqfDomain       domain;
  char            *heading;
  char            *text[2];
  AzqfProvenance   provenance[2];
  char            *source[2];
  char            *note;
  gint64           imported;
  guint            complete : 1;
};

G_DEFINE_BOXED_TYPE (AzqfDescriptor, azqf_descriptor, azqf_descriptor_ref, azqf_descriptor_unref)

AzqfDescriptor *
_azqf_descriptor_new (const char           *id,
                      const char           *framework,
                      guint                 level,
                      AzqfDomain            domain,
                      const char           *heading,
                      const char * const    text[2],
                      const AzqfProvenance  provenance[2],
                      const char * const    source[2],
                      const char           *note,
                      gboolean              complete,
                      gint64                imported)
{
  AzqfDescriptor *self;

  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (framework != NULL, NULL);
  g_return_val_if_fail (text[AZQF_LANG_AZ] != NULL || text[AZQF_LANG_EN] != NULL, NULL);

  self = g_new0 (AzqfDescriptor, 1);
  g_atomic_ref_count_init (&self->ref_count);
  self->id = g_strdup (id);
  self->framework = g_strdup (framework);
  self->level = level;
  self->domain = domain;
  self->heading = g_strdup (heading);
  for (guint i = 0; i < 2; i++)
    {
      self->text[i] = g_strdup (text[i]);
      self->provenance[i] = provenance[i];
      self->source[i] = text[i] != NULL ? g_strdup (source[i]) : NULL;
    }
  self->note = g_strdup (note);
  self->complete = complete != FALSE;
  self->imported = imported;

  return self;
}

AzqfDescriptor *
azqf_descriptor_ref (AzqfDescriptor *descriptor)
{
  g_return_val_if_fail (descriptor != NULL, NULL);

  g_atomic_ref_count_inc (&descriptor->ref_count);
  return descriptor;
}

void
azqf_descriptor_unref (AzqfDescriptor *descriptor)
{
  g_return_if_fail (descriptor != NULL);

  if (!g_atomic_ref_count_dec (&descriptor->ref_count))
    return;

  g_free (descriptor->id);
  g_free (descriptor->framework);
  g_free (descriptor->heading);
  for (guint i = 0; i < 2; i++)
    {
      g_free (descriptor->text[i]);
      g_free (descriptor->source[i]);
    }
  g_free (descriptor->note);
  g_free (descriptor);
}

const char *
azqf_descriptor_get_id (const AzqfDescriptor *descriptor)
{
  g_return_val_if_fail (descriptor != NULL, NULL);
  return descriptor->id;
}

const char *
azqf_descriptor_get_framework (const AzqfDescriptor *descriptor)
{
  g_return_val_if_fail (descriptor != NULL, NULL);
  return descriptor->framework;
}

guint
azqf_descriptor_get_level (const AzqfDescriptor *descriptor)
{
  g_return_val_if_fail (descriptor != NULL, 0);
  return descriptor->level;
}

AzqfDomain
azqf_descriptor_get_domain (const AzqfDescriptor *descriptor)
{
  g_return_val_if_fail (descriptor != NULL, AZQF_DOMAIN_KNOWLEDGE);
  return descriptor->domain;
}

const char *
azqf_descriptor_get_heading (const AzqfDescriptor *descriptor)
{
  g_return_val_if_fail (descriptor != NULL, NULL);

  if (descriptor->heading == NULL)
    return azqf_domain_get_label (descriptor->domain);

  return _(descriptor->heading);
}

const char *
_azqf_descriptor_get_raw_heading (const AzqfDescriptor *descriptor)
{
  g_return_val_if_fail (descriptor != NULL, NULL);
  return descriptor->heading;
}

const char *
azqf_descriptor_get_text (const AzqfDescriptor *descriptor,
                          AzqfLang              lang)
{
  g_return_val_if_fail (descriptor != NULL, NULL);
  g_return_val_if_fail (lang <= AZQF_LANG_EN, NULL);
  return descriptor->text[lang];
}

AzqfProvenance
azqf_descriptor_get_provenance (const AzqfDescriptor *descriptor,
                                AzqfLang              lang)
{
  g_return_val_if_fail (descriptor != NULL, AZQF_PROVENANCE_WORKING);
  g_return_val_if_fail (lang <= AZQF_LANG_EN, AZQF_PROVENANCE_WORKING);
  return descriptor->provenance[lang];
}

const char *
azqf_descriptor_get_source (const AzqfDescriptor *descriptor)
{
  g_return_val_if_fail (descriptor != NULL, NULL);

  for (guint i = 0; i < 2; i++)
    if (descriptor->text[i] != NULL && descriptor->provenance[i] == AZQF_PROVENANCE_OFFICIAL)
      return descriptor->source[i];

  return descriptor->source[AZQF_LANG_AZ] != NULL ? descriptor->source[AZQF_LANG_AZ]
                                                  : descriptor->source[AZQF_LANG_EN];
}

const char *
azqf_descriptor_get_text_source (const AzqfDescriptor *descriptor,
                                 AzqfLang              lang)
{
  g_return_val_if_fail (descriptor != NULL, NULL);
  g_return_val_if_fail (lang <= AZQF_LANG_EN, NULL);
  return descriptor->source[lang];
}

gboolean
azqf_descriptor_is_complete (const AzqfDescriptor *descriptor)
{
  g_return_val_if_fail (descriptor != NULL, FALSE);
  return descriptor->complete;
}

const char *
azqf_descriptor_get_note (const AzqfDescriptor *descriptor)
{
  g_return_val_if_fail (descriptor != NULL, NULL);
  return descriptor->note;
}

gint64
azqf_descriptor_get_imported (const AzqfDescriptor *descriptor)
{
  g_return_val_if_fail (descriptor != NULL, 0);
  return descriptor->imported;
}

/* String forms */

static gboolean
lookup_string (const char * const *strings,
               guint               n_strings,
               const char         *str,
               guint              *out)
{
  for (guint i = 0; str != NULL && i < n_strings; i++)
    if (strcmp (strings[i], str) == 0)
      {
        *out = i;
        return TRUE;
      }

  return FALSE;
}

const char *
_azqf_provenance_to_string (AzqfProvenance provenance)
{
  g_return_val_if_fail ((guint) provenance < G_N_ELEMENTS (provenance_strings), NULL);
  return provenance_strings[provenance];
}

gboolean
_azqf_provenance_from_string (const char     *str,
                              AzqfProvenance *out)
{
  guint value;

  if (!lookup_string (provenance_strings, G_N_ELEMENTS (provenance_strings), str, &value))
    return FALSE;
  *out = value;
  return TRUE;
}

const char *
_azqf_level_status_to_string (AzqfLevelStatus status)
{
  g_return_val_if_fail ((guint) status < G_N_ELEMENTS (level_status_strings), NULL);
  return level_status_strings[status];
}

gboolean
_azqf_level_status_from_string (const char      *str,
                                AzqfLevelStatus *out)
{
  guint value;

  if (!lookup_string (level_status_strings, G_N_ELEMENTS (level_status_strings), str, &value))
    return FALSE;
  *out = value;
  return TRUE;
}

static int
framework_index (const char *framework)
{
  for (int i = 0; framework != NULL && framework_ids[i] != NULL; i++)
    if (strcmp (framework_ids[i], framework) == 0)
      return i;

  return -1;
}

static guint
first_level (const char *framework)
{
  /* QF-EHEA's cycles are levels 5–8 (short, first, second, third). */
  return g_strcmp0 (framework, "qfehea") == 0 ? 5 : 1;
}

/* Statement ids */

/* "12" → 12; FALSE unless 1–3 digits without a leading zero. */
static gboolean
parse_number (const char *text,
              guint      *number)
{
  gsize length = strlen (text);

  if (length == 0 || length > 3 || text[0] == '0')
    return FALSE;

  for (gsize i = 0; i < length; i++)
    if (!g_ascii_isdigit (text[i]))
      return FALSE;

  *number = (guint) g_ascii_strtoull (text, NULL, 10);
  return TRUE;
}

static const struct
{
  const char *prefix;
  guint       level;
} cycle_prefixes[] = {
  { "SHC", 5 },
  { "FC", 6 },
  { "SC2", 7 },
  { "TC", 8 },
};

gboolean
_azqf_framework_check_id (const char  *framework,
                          const char  *id,
                          guint        level,
                          AzqfDomain   domain,
                          GError     **error)
{
  g_autofree char *prefix = g_strconcat (framework, ":", NULL);
  g_auto(GStrv) parts = NULL;
  guint number = 0;

  if (!g_str_has_prefix (id, prefix))
    {
      g_set_error (error, AZQF_FRAMEWORK_ERROR, AZQF_FRAMEWORK_ERROR_INVALID,
                   _("the id “%s” must start with “%s”, the framework of the file"), id, prefix);
      return FALSE;
    }

  parts = g_strsplit (id + strlen (prefix), ".", -1);

  if (strcmp (framework, "qfehea") == 0)
    {
      if (g_strv_length (parts) == 2 && parse_number (parts[1], &number))
        for (guint i = 0; i < G_N_ELEMENTS (cycle_prefixes); i++)
          if (strcmp (parts[0], cycle_prefixes[i].prefix) == 0)
            {
              if (cycle_prefixes[i].level == level)
                return TRUE;

              g_set_error (error, AZQF_FRAMEWORK_ERROR, AZQF_FRAMEWORK_ERROR_INVALID,
                           _("the id “%s” belongs to level %u (the %s), but it stands in level %u"),
                           id, cycle_prefixes[i].level,
                           azqf_cycle_get_label (azqf_cycle_for_level (cycle_prefixes[i].level)),
                           level);
              return FALSE;
            }

      g_set_error (error, AZQF_FRAMEWORK_ERROR, AZQF_FRAMEWORK_ERROR_INVALID,
                   _("the id “%s” is not of the form qfehea:CYCLE.N, with CYCLE one of SHC (short cycle), FC (first), SC2 (second), TC (third)"),
                   id);
      return FALSE;
    }
  else
    {
      static const char domain_letters[] = { 'K', 'S', 'A' };
      guint id_level = 0;

      if (g_strv_length (parts) != 3 ||
          parts[0][0] != 'L' || !parse_number (parts[0] + 1, &id_level) || id_level > 8 ||
          strlen (parts[1]) != 1 || strchr ("KSA", parts[1][0]) == NULL ||
          !parse_number (parts[2], &number))
        {
          g_set_error (error, AZQF_FRAMEWORK_ERROR, AZQF_FRAMEWORK_ERROR_INVALID,
                       _("the id “%s” is not of the form %sLn.D.N, with level n 1–8 and domain D one of K (knowledge), S (skills), A (autonomy and responsibility)"),
                       id, prefix);
          return FALSE;
        }

      if (id_level != level)
        {
          g_set_error (error, AZQF_FRAMEWORK_ERROR, AZQF_FRAMEWORK_ERROR_INVALID,
                       _("the id “%s” belongs to level %u, but it stands in level %u"),
                       id, id_level, level);
          return FALSE;
        }

      if (parts[1][0] != domain_letters[domain])
        {
          g_set_error (error, AZQF_FRAMEWORK_ERROR, AZQF_FRAMEWORK_ERROR_INVALID,
                       _("the id “%s” names a statement of another domain than “%s”"),
                       id, azqf_domain_to_string (domain));
          return FALSE;
        }

      return TRUE;
    }
}

/* Parsing framework files */

void
_azqf_framework_level_free (AzqfFrameworkLevel *level)
{
  if (level == NULL)
    return;

  g_free (level->framework);
  g_free (level->note);
  g_free (level);
}

void
_azqf_framework_file_free (AzqfFrameworkFile *file)
{
  if (file == NULL)
    return;

  g_free (file->framework);
  g_free (file->name[0]);
  g_free (file->name[1]);
  g_free (file->source);
  g_free (file->note);
  g_clear_pointer (&file->levels, g_ptr_array_unref);
  g_clear_pointer (&file->statements, g_ptr_array_unref);
  g_free (file);
}

/* Collects every problem of a file, one line each. */
typedef struct
{
  const char *file;
  GString    *problems;
  guint       n_problems;
} Checker;

static void report (Checker    *checker,
                    const char *where,
                    const char *format,
                    ...) G_GNUC_PRINTF (3, 4);

static void
report (Checker    *checker,
        const char *where,
        const char *format,
        ...)
{
  g_autofree char *why = NULL;
  va_list args;

  checker->n_problems++;
  if (checker->n_problems > MAX_PROBLEMS)
    return;

  va_start (args, format);
  why = g_strdup_vprintf (format, args);
  va_end (args);

  if (checker->problems->len > 0)
    g_string_append_c (checker->problems, '\n');

  if (where != NULL)
    g_string_append_printf (checker->problems, "%s: %s: %s", checker->file, where, why);
  else
    g_string_append_printf (checker->problems, "%s: %s", checker->file, why);
}

static gboolean
check_keys (Checker             *checker,
            const char          *where,
            JsonObject          *object,
            const char * const  *allowed)
{
  g_autoptr(GList) members = json_object_get_members (object);
  gboolean ok = TRUE;

  for (GList *l = members; l != NULL; l = l->next)
    {
      const char *key = l->data;

      /* Keys starting with "_" are comments. */
      if (key[0] == '_' || g_strv_contains (allowed, key))
        continue;

      report (checker, where, _("unknown key “%s”"), key);
      ok = FALSE;
    }

  return ok;
}

/* A text value: a string, not empty, storable, at most max_chars. */
static gboolean
check_text (Checker     *checker,
            const char  *where,
            const char  *key,
            JsonNode    *node,
            gsize        max_chars,
            const char **out)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *normalized = NULL;
  const char *text;

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    {
      report (checker, where, _("“%s” must be a string"), key);
      return FALSE;
    }

  text = json_node_get_string (node);
  normalized = azqf_value_normalize_text (text);
  if (normalized == NULL)
    {
      report (checker, where, _("“%s” is empty"), key);
      return FALSE;
    }

  if (!azqf_value_check_text (text, max_chars, &error))
    {
      report (checker, where, _("“%s”: %s"), key, error->message);
      return FALSE;
    }

  *out = text;
  return TRUE;
}

static gboolean
get_text (Checker     *checker,
          const char  *where,
          JsonObject  *object,
          const char  *key,
          gboolean     required,
          gsize        max_chars,
          const char **out)
{
  JsonNode *node = json_object_get_member (object, key);

  *out = NULL;

  if (node == NULL)
    {
      if (required)
        report (checker, where, _("“%s” is missing"), key);
      return !required;
    }

  return check_text (checker, where, key, node, max_chars, out);
}

/* {"az": …, "en": …}; a plain string applies to every language when allow_string. */
static gboolean
get_pair (Checker     *checker,
          const char  *where,
          JsonObject  *object,
          const char  *key,
          gsize        max_chars,
          gboolean     allow_string,
          const char  *out[2])
{
  static const char * const langs[] = { "az", "en", NULL };
  JsonNode *node = json_object_get_member (object, key);
  JsonObject *pair;
  gboolean ok = TRUE;

  out[0] = out[1] = NULL;

  if (node == NULL)
    return TRUE;

  if (allow_string && JSON_NODE_HOLDS_VALUE (node))
    {
      if (!check_text (checker, where, key, node, max_chars, &out[0]))
        return FALSE;
      out[1] = out[0];
      return TRUE;
    }

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      if (allow_string)
        report (checker, where, _("“%s” must be a string or an object with the keys “az” and “en”"), key);
      else
        report (checker, where, _("“%s” must be an object with the keys “az” and “en”"), key);
      return FALSE;
    }

  pair = json_node_get_object (node);
  if (!check_keys (checker, where, pair, langs))
    ok = FALSE;

  for (guint i = 0; i < 2; i++)
    {
      JsonNode *member = json_object_get_member (pair, langs[i]);
      g_autofree char *member_key = NULL;

      if (member == NULL)
        continue;

      member_key = g_strdup_printf ("%s.%s", key, langs[i]);
      if (!check_text (checker, where, member_key, member, max_chars, &out[i]))
        ok = FALSE;
    }

  return ok;
}

static gboolean
get_int (Checker    *checker,
         const char *where,
         JsonObject *object,
         const char *key,
         gint64     *out)
{
  JsonNode *node = json_object_get_member (object, key);

  if (node == NULL)
    {
      report (checker, where, _("“%s” is missing"), key);
      return FALSE;
    }

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64)
    {
      report (checker, where, _("“%s” must be a whole number"), key);
      return FALSE;
    }

  *out = json_node_get_int (node);
  return TRUE;
}

static gboolean
has_text_member (JsonObject *statement,
                 const char *lang)
{
  JsonNode *text = json_object_get_member (statement, "text");

  return text != NULL && JSON_NODE_HOLDS_OBJECT (text) &&
         json_object_has_member (json_node_get_object (text), lang);
}

static AzqfDescriptor *
parse_statement (Checker    *checker,
                 const char *framework,
                 guint       level,
                 guint       index,
                 JsonNode   *node,
                 GHashTable *ids,
                 gint64      imported)
{
  static const char * const keys[] = {
    "id", "domain", "heading", "text", "provenance", "source", "complete", "note", NULL
  };
  static const char * const langs[] = { "az", "en" };
  g_autofree char *where = NULL;
  g_autoptr(GError) error = NULL;
  JsonObject *object;
  JsonNode *member;
  const char *id = NULL;
  const char *domain_text = NULL;
  const char *heading = NULL;
  const char *note = NULL;
  const char *text[2] = { NULL, NULL };
  const char *provenance_text[2] = { NULL, NULL };
  const char *source[2] = { NULL, NULL };
  AzqfProvenance provenance[2] = { AZQF_PROVENANCE_WORKING, AZQF_PROVENANCE_WORKING };
  AzqfDomain domain = AZQF_DOMAIN_KNOWLEDGE;
  gboolean complete = TRUE;
  gboolean ok = TRUE;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      where = g_strdup_printf (_("level %u, statement %u"), level, index + 1);
      report (checker, where, _("a statement must be an object"));
      return NULL;
    }

  object = json_node_get_object (node);

  /* Name the statement by its id in messages when it has a usable one. */
  member = json_object_get_member (object, "id");
  if (member != NULL && JSON_NODE_HOLDS_VALUE (member) &&
      json_node_get_value_type (member) == G_TYPE_STRING &&
      g_utf8_validate (json_node_get_string (member), -1, NULL) &&
      strlen (json_node_get_string (member)) <= MAX_ID_BYTES)
    where = g_strdup_printf (_("level %u, statement %s"), level, json_node_get_string (member));
  else
    where = g_strdup_printf (_("level %u, statement %u"), level, index + 1);

  ok &= check_keys (checker, where, object, keys);

  if (get_text (checker, where, object, "id", TRUE, MAX_ID_BYTES, &id) && id != NULL)
    {
      if (strlen (id) > MAX_ID_BYTES)
        {
          report (checker, where, _("the id is longer than %u characters"), MAX_ID_BYTES);
          id = NULL;
        }
      else if (g_hash_table_contains (ids, id))
        {
          report (checker, where, _("the id “%s” is used twice"), id);
          id = NULL;
        }
      else
        g_hash_table_add (ids, (gpointer) id);
    }

  if (get_text (checker, where, object, "domain", TRUE, 64, &domain_text) && domain_text != NULL &&
      !azqf_domain_from_string (domain_text, &domain))
    {
      report (checker, where, _("unknown domain “%s”: use knowledge, skills or autonomy_responsibility"),
              domain_text);
      domain_text = NULL;
    }

  if (id == NULL || domain_text == NULL)
    ok = FALSE;
  else if (!_azqf_framework_check_id (framework, id, level, domain, &error))
    {
      report (checker, where, "%s", error->message);
      ok = FALSE;
    }

  ok &= get_text (checker, where, object, "heading", FALSE, MAX_HEADING, &heading);
  ok &= get_text (checker, where, object, "note", FALSE, MAX_NOTE, &note);

  member = json_object_get_member (object, "complete");
  if (member != NULL)
    {
      if (!JSON_NODE_HOLDS_VALUE (member) || json_node_get_value_type (member) != G_TYPE_BOOLEAN)
        {
          report (checker, where, _("“%s” must be true or false"), "complete");
          ok = FALSE;
        }
      else
        complete = json_node_get_boolean (member);
    }

  if (json_object_get_member (object, "text") == NULL)
    {
      report (checker, where, _("“%s” is missing"), "text");
      ok = FALSE;
    }
  else if (get_pair (checker, where, object, "text", MAX_TEXT, FALSE, text))
    {
      if (text[0] == NULL && text[1] == NULL)
        {
          report (checker, where, _("the statement has no text in az or en"));
          ok = FALSE;
        }
    }
  else
    ok = FALSE;

  ok &= get_pair (checker, where, object, "provenance", 64, FALSE, provenance_text);
  ok &= get_pair (checker, where, object, "source", MAX_SOURCE, TRUE, source);

  for (guint i = 0; i < 2; i++)
    {
      if (text[i] == NULL)
        {
          /* A text that was given but refused is reported already. */
          if (provenance_text[i] != NULL && !has_text_member (object, langs[i]))
            {
              report (checker, where, _("“provenance.%s” is given, but there is no text in %s"),
                      langs[i], langs[i]);
              ok = FALSE;
            }
          continue;
        }

      if (provenance_text[i] == NULL)
        {
          report (checker, where, _("the text in %s has no “provenance.%s” (official or working)"),
                  langs[i], langs[i]);
          ok = FALSE;
        }
      else if (!_azqf_provenance_from_string (provenance_text[i], &provenance[i]))
        {
          report (checker, where, _("unknown provenance “%s” of the text in %s: use official or working"),
                  provenance_text[i], langs[i]);
          ok = FALSE;
        }
      else if (source[i] == NULL)
        {
          if (provenance[i] == AZQF_PROVENANCE_OFFICIAL)
            report (checker, where, _("the official text in %s has no source: say which document and where it was copied from"),
                    langs[i]);
          else
            report (checker, where, _("the working text in %s has no source: say who wrote or translated it"),
                    langs[i]);
          ok = FALSE;
        }
      else if (provenance[i] == AZQF_PROVENANCE_OFFICIAL &&
               strcmp (source[i], AZQF_WORKING_TRANSLATION_SOURCE) == 0)
        {
          report (checker, where, _("the text in %s is marked official, but its source is “%s”: mark it working"),
                  langs[i], AZQF_WORKING_TRANSLATION_SOURCE);
          ok = FALSE;
        }
    }

  if (!ok)
    return NULL;

  return _azqf_descriptor_new (id, framework, level, domain, heading, text, provenance,
                               source, note, complete, imported);
}

static void
parse_level (Checker           *checker,
             AzqfFrameworkFile *file,
             guint              index,
             JsonNode          *node,
             GHashTable        *ids,
             gboolean          *seen_levels,
             gint64             imported)
{
  static const char * const keys[] = { "level", "cycle", "status", "note", "statements", NULL };
  g_autoptr(AzqfFrameworkLevel) level = NULL;
  g_autofree char *where = NULL;
  JsonObject *object;
  JsonNode *statements;
  const char *status_text = NULL;
  const char *cycle = NULL;
  const char *note = NULL;
  gint64 number = 0;
  guint n_statements = 0;
  guint n_parsed = 0;
  guint n_complete = 0;
  gboolean ok = TRUE;

  where = g_strdup_printf (_("levels item %u"), index + 1);

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      report (checker, where, _("a level must be an object"));
      return;
    }

  object = json_node_get_object (node);

  if (!get_int (checker, where, object, "level", &number))
    return;

  if (number < first_level (file->framework) || number > 8)
    {
      if (first_level (file->framework) == 5)
        report (checker, where, _("level %lld is out of range: QF-EHEA has levels 5–8 (the short, first, second and third cycles)"),
                (long long) number);
      else
        report (checker, where, _("level %lld is out of range: levels run from 1 to 8"),
                (long long) number);
      return;
    }

  g_free (where);
  where = g_strdup_printf (_("level %u"), (guint) number);

  if (seen_levels[number])
    {
      report (checker, where, _("level %u appears twice"), (guint) number);
      return;
    }
  seen_levels[number] = TRUE;

  level = g_new0 (AzqfFrameworkLevel, 1);
  level->framework = g_strdup (file->framework);
  level->level = number;
  level->imported = imported;

  ok &= check_keys (checker, where, object, keys);

  if (get_text (checker, where, object, "cycle", FALSE, 64, &cycle) && cycle != NULL)
    {
      const char *expected = azqf_cycle_to_string (azqf_cycle_for_level (level->level));

      if (strcmp (file->framework, "qfehea") != 0)
        {
          report (checker, where, _("only QF-EHEA levels have a cycle"));
          ok = FALSE;
        }
      else if (g_strcmp0 (cycle, expected) != 0)
        {
          report (checker, where, _("the cycle of level %u is “%s”, not “%s”"),
                  level->level, expected, cycle);
          ok = FALSE;
        }
    }

  if (get_text (checker, where, object, "status", TRUE, 64, &status_text) && status_text != NULL)
    {
      if (!_azqf_level_status_from_string (status_text, &level->status))
        {
          report (checker, where, _("unknown status “%s”: use complete, incomplete or missing"), status_text);
          ok = FALSE;
          status_text = NULL;
        }
    }
  else
    ok = FALSE;

  if (get_text (checker, where, object, "note", FALSE, MAX_NOTE, &note))
    {
      level->note = g_strdup (note);
      if (note == NULL && status_text != NULL && level->status != AZQF_LEVEL_STATUS_COMPLETE)
        {
          report (checker, where, _("a level that is %s needs a “note” that says what is missing and why"),
                  status_text);
          ok = FALSE;
        }
    }
  else
    ok = FALSE;

  statements = json_object_get_member (object, "statements");
  if (statements == NULL)
    {
      report (checker, where, _("“%s” is missing"), "statements");
      ok = FALSE;
    }
  else if (!JSON_NODE_HOLDS_ARRAY (statements))
    {
      report (checker, where, _("“%s” must be an array"), "statements");
      ok = FALSE;
    }
  else
    {
      JsonArray *array = json_node_get_array (statements);

      n_statements = json_array_get_length (array);
      for (guint i = 0; i < n_statements; i++)
        {
          AzqfDescriptor *descriptor = parse_statement (checker, file->framework, level->level, i,
                                                        json_array_get_element (array, i),
                                                        ids, imported);

          if (descriptor == NULL)
            continue;

          n_parsed++;
          if (descriptor->complete)
            n_complete++;
          g_ptr_array_add (file->statements, descriptor);
        }
    }

  if (ok && status_text != NULL)
    {
      switch (level->status)
        {
        case AZQF_LEVEL_STATUS_MISSING:
          if (n_statements > 0)
            report (checker, where, _("the level is marked missing, but it has statements: mark it complete or incomplete"));
          break;

        case AZQF_LEVEL_STATUS_INCOMPLETE:
          if (n_statements == 0)
            report (checker, where, _("the level is marked incomplete, but it has no statements: mark it missing"));
          break;

        case AZQF_LEVEL_STATUS_COMPLETE:
          if (n_statements == 0)
            report (checker, where, _("the level is marked complete, but it has no statements: mark it missing"));
          else if (n_complete < n_parsed)
            report (checker, where, _("the level is marked complete, but some of its statements are cut off (“complete”: false): mark it incomplete"));
          break;

        default:
          g_assert_not_reached ();
        }
    }

  g_ptr_array_add (file->levels, g_steal_pointer (&level));
}

AzqfFrameworkFile *
_azqf_framework_file_parse (const char  *data,
                            gsize        length,
                            const char  *display_name,
                            gint64       imported,
                            GError     **error)
{
  static const char * const keys[] = { "format", "framework", "name", "source", "note", "levels", NULL };
  g_autoptr(AzqfFrameworkFile) file = NULL;
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GHashTable) ids = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GString) problems = g_string_new (NULL);
  Checker checker = { display_name, problems, 0 };
  gboolean seen_levels[9] = { FALSE, };
  const char *framework = NULL;
  const char *name[2] = { NULL, NULL };
  const char *source = NULL;
  const char *note = NULL;
  JsonObject *root;
  JsonNode *levels;
  gint64 format = 0;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (display_name != NULL, NULL);

  if (length > AZQF_FRAMEWORK_FILE_MAX)
    {
      g_set_error (error, AZQF_FRAMEWORK_ERROR, AZQF_FRAMEWORK_ERROR_INVALID,
                   _("%s: the file is too large (%" G_GSIZE_FORMAT " bytes): a framework file has at most %u MB"),
                   display_name, length, AZQF_FRAMEWORK_FILE_MAX / (1024 * 1024));
      return NULL;
    }

  if (!g_utf8_validate_len (data, length, NULL))
    {
      g_set_error (error, AZQF_FRAMEWORK_ERROR, AZQF_FRAMEWORK_ERROR_INVALID,
                   _("%s: the file is not UTF-8 text"), display_name);
      return NULL;
    }

  parser = json_parser_new ();
  if (!json_parser_load_from_data (parser, data, length, &local_error))
    {
      g_set_error (error, AZQF_FRAMEWORK_ERROR, AZQF_FRAMEWORK_ERROR_INVALID,
                   _("%s: the file is not valid JSON: %s"), display_name, local_error->message);
      return NULL;
    }

  if (json_parser_get_root (parser) == NULL)
    {
      g_set_error (error, AZQF_FRAMEWORK_ERROR, AZQF_FRAMEWORK_ERROR_INVALID,
                   _("%s: the file is empty; a framework file is one JSON object (see docs/frameworks.md)"),
                   display_name);
      return NULL;
    }

  if (!JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    {
      g_set_error (error, AZQF_FRAMEWORK_ERROR, AZQF_FRAMEWORK_ERROR_INVALID,
                   _("%s: a framework file is one JSON object (see docs/frameworks.md)"), display_name);
      return NULL;
    }

  root = json_node_get_object (json_parser_get_root (parser));
  file = g_new0 (AzqfFrameworkFile, 1);
  file->levels = g_ptr_array_new_with_free_func ((GDestroyNotify) _azqf_framework_level_free);
  file->statements = g_ptr_array_new_with_free_func ((GDestroyNotify) azqf_descriptor_unref);

  check_keys (&checker, NULL, root, keys);

  if (get_int (&checker, NULL, root, "format", &format) && format != 1)
    report (&checker, NULL, _("format %lld is not known: this version of AzQF Studio reads format 1"),
            (long long) format);

  if (get_text (&checker, NULL, root, "framework", TRUE, 64, &framework) && framework != NULL &&
      framework_index (framework) < 0)
    {
      report (&checker, NULL, _("unknown framework “%s”: use azqf, eqf or qfehea"), framework);
      framework = NULL;
    }

  get_pair (&checker, NULL, root, "name", MAX_NAME, FALSE, name);
  get_text (&checker, NULL, root, "source", FALSE, MAX_SOURCE, &source);
  get_text (&checker, NULL, root, "note", FALSE, MAX_NOTE, &note);

  levels = json_object_get_member (root, "levels");
  if (levels == NULL)
    report (&checker, NULL, _("“%s” is missing"), "levels");
  else if (!JSON_NODE_HOLDS_ARRAY (levels))
    report (&checker, NULL, _("“%s” must be an array"), "levels");
  else if (json_array_get_length (json_node_get_array (levels)) == 0)
    report (&checker, NULL, _("“levels” is empty: the file has nothing to load"));
  else if (framework != NULL)
    {
      JsonArray *array = json_node_get_array (levels);

      file->framework = g_strdup (framework);
      ids = g_hash_table_new (g_str_hash, g_str_equal);

      for (guint i = 0; i < json_array_get_length (array); i++)
        parse_level (&checker, file, i, json_array_get_element (array, i), ids, seen_levels, imported);
    }

  if (checker.n_problems > 0)
    {
      if (checker.n_problems > MAX_PROBLEMS)
        {
          guint more = checker.n_problems - MAX_PROBLEMS;

          g_string_append_c (problems, '\n');
          g_string_append_printf (problems,
                                  g_dngettext (GETTEXT_PACKAGE,
                                               "%s: … and %u more problem",
                                               "%s: … and %u more problems", more),
                                  display_name, more);
        }

      g_set_error_literal (error, AZQF_FRAMEWORK_ERROR, AZQF_FRAMEWORK_ERROR_INVALID, problems->str);
      return NULL;
    }

  file->name[AZQF_LANG_AZ] = g_strdup (name[AZQF_LANG_AZ]);
  file->name[AZQF_LANG_EN] = g_strdup (name[AZQF_LANG_EN]);
  file->source = g_strdup (source);
  file->note = g_strdup (note);

  return g_steal_pointer (&file);
}

/* The frameworks object */

typedef struct
{
  AzqfLevelStatus  status;
  char            *note;
  GPtrArray       *descriptors;   /* AzqfDescriptor, in order */
  guint            present : 1;
} Level;

typedef struct
{
  char  *name[2];
  char  *source;
  char  *note;
  Level  levels[9];               /* by level number; 0 unused */
} Framework;

struct _AzqfFrameworks
{
  GObject     parent_instance;

  Framework   frameworks[N_FRAMEWORKS];
  GHashTable *by_id;              /* id → AzqfDescriptor, borrowed from the levels */
};

G_DEFINE_FINAL_TYPE (AzqfFrameworks, azqf_frameworks, G_TYPE_OBJECT)

static Framework *
get_framework (AzqfFrameworks *self,
               const char     *framework)
{
  int index = framework_index (framework);

  return index >= 0 ? &self->frameworks[index] : NULL;
}

static Level *
get_level (AzqfFrameworks *self,
           const char     *framework,
           guint           level)
{
  Framework *data = get_framework (self, framework);

  if (data == NULL || level < 1 || level > 8)
    return NULL;

  return &data->levels[level];
}

static void
apply_level (AzqfFrameworks           *self,
             const AzqfFrameworkLevel *level)
{
  Level *data = get_level (self, level->framework, level->level);

  g_assert (data != NULL);

  data->present = TRUE;
  data->status = level->status;
  g_free (data->note);
  data->note = g_strdup (level->note);
}

/* A statement with a known id replaces it in place; a new one goes after
 * the last statement of its domain or an earlier one, so the level stays in
 * domain order. */
static void
apply_statement (AzqfFrameworks *self,
                 AzqfDescriptor *descriptor)
{
  AzqfDescriptor *old = g_hash_table_lookup (self->by_id, descriptor->id);
  Level *level = get_level (self, descriptor->framework, descriptor->level);
  guint index;

  g_assert (level != NULL);

  if (old != NULL)
    {
      Level *old_level = get_level (self, old->framework, old->level);

      if (g_ptr_array_find (old_level->descriptors, old, &index))
        {
          if (old_level == level)
            {
              g_hash_table_replace (self->by_id, descriptor->id, descriptor);
              azqf_descriptor_unref (g_ptr_array_index (level->descriptors, index));
              g_ptr_array_index (level->descriptors, index) = azqf_descriptor_ref (descriptor);
              return;
            }

          g_hash_table_remove (self->by_id, old->id);
          g_ptr_array_remove_index (old_level->descriptors, index);
        }
    }

  if (!level->present)
    {
      level->present = TRUE;
      level->status = AZQF_LEVEL_STATUS_INCOMPLETE;
    }

  for (index = level->descriptors->len; index > 0; index--)
    {
      AzqfDescriptor *before = g_ptr_array_index (level->descriptors, index - 1);

      if (before->domain <= descriptor->domain)
        break;
    }

  g_ptr_array_insert (level->descriptors, index, azqf_descriptor_ref (descriptor));
  g_hash_table_replace (self->by_id, descriptor->id, descriptor);
}

static gboolean
load_builtin (AzqfFrameworks  *self,
              GError         **error)
{
  for (guint i = 0; i < N_FRAMEWORKS; i++)
    {
      g_autofree char *path = g_strconcat (RESOURCE_DIR, framework_ids[i], ".json", NULL);
      g_autofree char *display_name = g_strconcat ("resource://", path, NULL);
      g_autoptr(AzqfFrameworkFile) file = NULL;
      g_autoptr(GBytes) bytes = NULL;
      Framework *framework = &self->frameworks[i];
      gsize length = 0;
      const char *data;

      bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
      if (bytes == NULL)
        return FALSE;

      data = g_bytes_get_data (bytes, &length);
      file = _azqf_framework_file_parse (data, length, display_name, 0, error);
      if (file == NULL)
        return FALSE;

      if (strcmp (file->framework, framework_ids[i]) != 0)
        {
          g_set_error (error, AZQF_FRAMEWORK_ERROR, AZQF_FRAMEWORK_ERROR_INVALID,
                       _("%s: the file holds the framework “%s”, not “%s”"),
                       display_name, file->framework, framework_ids[i]);
          return FALSE;
        }

      framework->name[AZQF_LANG_AZ] = g_strdup (file->name[AZQF_LANG_AZ]);
      framework->name[AZQF_LANG_EN] = g_strdup (file->name[AZQF_LANG_EN]);
      framework->source = g_strdup (file->source);
      framework->note = g_strdup (file->note);

      for (guint j = 0; j < file->levels->len; j++)
        apply_level (self, g_ptr_array_index (file->levels, j));
      for (guint j = 0; j < file->statements->len; j++)
        apply_statement (self, g_ptr_array_index (file->statements, j));
    }

  return TRUE;
}

static void
azqf_frameworks_finalize (GObject *object)
{
  AzqfFrameworks *self = AZQF_FRAMEWORKS (object);

  g_clear_pointer (&self->by_id, g_hash_table_unref);

  for (guint i = 0; i < N_FRAMEWORKS; i++)
    {
      Framework *framework = &self->frameworks[i];

      g_clear_pointer (&framework->name[0], g_free);
      g_clear_pointer (&framework->name[1], g_free);
      g_clear_pointer (&framework->source, g_free);
      g_clear_pointer (&framework->note, g_free);
      for (guint level = 0; level <= 8; level++)
        {
          g_clear_pointer (&framework->levels[level].note, g_free);
          g_clear_pointer (&framework->levels[level].descriptors, g_ptr_array_unref);
        }
    }

  G_OBJECT_CLASS (azqf_frameworks_parent_class)->finalize (object);
}

static void
azqf_frameworks_class_init (AzqfFrameworksClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = azqf_frameworks_finalize;
}

static void
azqf_frameworks_init (AzqfFrameworks *self)
{
  self->by_id = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < N_FRAMEWORKS; i++)
    for (guint level = 0; level <= 8; level++)
      self->frameworks[i].levels[level].descriptors =
        g_ptr_array_new_with_free_func ((GDestroyNotify) azqf_descriptor_unref);
}

AzqfFrameworks *
azqf_frameworks_new_builtin (GError **error)
{
  g_autoptr(AzqfFrameworks) self = g_object_new (AZQF_TYPE_FRAMEWORKS, NULL);

  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!load_builtin (self, error))
    return NULL;

  return g_steal_pointer (&self);
}

/* A row the workspace holds that the format does not allow: a damaged or
 * hand-edited file. */
static gboolean
set_corrupt_error (AzqfStore   *store,
                   const char  *what,
                   const char  *why,
                   GError     **error)
{
  g_set_error (error, AZQF_STORE_ERROR, AZQF_STORE_ERROR_CORRUPT,
               _("%s: the workspace holds an invalid framework statement or level (%s): %s"),
               azqf_store_get_path (store), what, why);
  return FALSE;
}

AzqfFrameworks *
azqf_frameworks_load (AzqfStore  *store,
                      GError    **error)
{
  g_autoptr(AzqfFrameworks) self = NULL;
  g_autoptr(GPtrArray) levels = NULL;
  g_autoptr(GPtrArray) statements = NULL;

  g_return_val_if_fail (AZQF_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = azqf_frameworks_new_builtin (error);
  if (self == NULL)
    return NULL;

  if (!_azqf_store_get_framework_data (store, &levels, &statements, error))
    return NULL;

  for (guint i = 0; i < levels->len; i++)
    {
      AzqfFrameworkLevel *level = g_ptr_array_index (levels, i);

      if (framework_index (level->framework) < 0 ||
          level->level < first_level (level->framework) || level->level > 8)
        {
          g_autofree char *what = g_strdup_printf ("%s %u", level->framework, level->level);

          set_corrupt_error (store, what, _("no such framework level"), error);
          return NULL;
        }

      apply_level (self, level);
    }

  for (guint i = 0; i < statements->len; i++)
    {
      AzqfDescriptor *descriptor = g_ptr_array_index (statements, i);
      g_autoptr(GError) local_error = NULL;

      if (framework_index (descriptor->framework) < 0)
        {
          set_corrupt_error (store, descriptor->id, _("unknown framework"), error);
          return NULL;
        }

      if (descriptor->level < first_level (descriptor->framework) || descriptor->level > 8 ||
          !_azqf_framework_check_id (descriptor->framework, descriptor->id, descriptor->level,
                                     descriptor->domain, &local_error))
        {
          set_corrupt_error (store, descriptor->id,
                             local_error != NULL ? local_error->message : _("no such framework level"),
                             error);
          return NULL;
        }

      apply_statement (self, descriptor);
    }

  return g_steal_pointer (&self);
}

const char * const *
azqf_frameworks_get_ids (AzqfFrameworks *self)
{
  g_return_val_if_fail (AZQF_IS_FRAMEWORKS (self), NULL);
  return framework_ids;
}

const char *
azqf_frameworks_get_name (AzqfFrameworks *self,
                          const char     *framework,
                          AzqfLang        lang)
{
  Framework *data;

  g_return_val_if_fail (AZQF_IS_FRAMEWORKS (self), NULL);
  g_return_val_if_fail (lang <= AZQF_LANG_EN, NULL);

  data = get_framework (self, framework);
  if (data == NULL)
    return NULL;

  return data->name[lang] != NULL ? data->name[lang] : data->name[!lang];
}

const char *
azqf_frameworks_get_source (AzqfFrameworks *self,
                            const char     *framework)
{
  Framework *data;

  g_return_val_if_fail (AZQF_IS_FRAMEWORKS (self), NULL);

  data = get_framework (self, framework);
  return data != NULL ? data->source : NULL;
}

const char *
azqf_frameworks_get_note (AzqfFrameworks *self,
                          const char     *framework)
{
  Framework *data;

  g_return_val_if_fail (AZQF_IS_FRAMEWORKS (self), NULL);

  data = get_framework (self, framework);
  return data != NULL ? data->note : NULL;
}

gboolean
azqf_frameworks_get_level_status (AzqfFrameworks  *self,
                                  const char      *framework,
                                  guint            level,
                                  AzqfLevelStatus *status)
{
  Level *data;

  g_return_val_if_fail (AZQF_IS_FRAMEWORKS (self), FALSE);

  data = get_level (self, framework, level);
  if (data == NULL || !data->present)
    return FALSE;

  if (status != NULL)
    *status = data->status;
  return TRUE;
}

static GPtrArray *
collect (AzqfFrameworks *self,
         const char     *framework,
         guint           level,
         gboolean        complete_only)
{
  GPtrArray *result = g_ptr_array_new_with_free_func ((GDestroyNotify) azqf_descriptor_unref);
  Level *data = get_level (self, framework, level);

  if (data == NULL)
    return result;

  for (guint i = 0; i < data->descriptors->len; i++)
    {
      AzqfDescriptor *descriptor = g_ptr_array_index (data->descriptors, i);

      if (!complete_only || descriptor->complete)
        g_ptr_array_add (result, azqf_descriptor_ref (descriptor));
    }

  return result;
}

GPtrArray *
azqf_frameworks_get_descriptors (AzqfFrameworks *self,
                                 const char     *framework,
                                 guint           level)
{
  g_return_val_if_fail (AZQF_IS_FRAMEWORKS (self), NULL);
  return collect (self, framework, level, TRUE);
}

GPtrArray *
azqf_frameworks_get_all_descriptors (AzqfFrameworks *self,
                                     const char     *framework,
                                     guint           level)
{
  g_return_val_if_fail (AZQF_IS_FRAMEWORKS (self), NULL);
  return collect (self, framework, level, FALSE);
}

gboolean
azqf_frameworks_has_level (AzqfFrameworks *self,
                           const char     *framework,
                           guint           level)
{
  Level *data;

  g_return_val_if_fail (AZQF_IS_FRAMEWORKS (self), FALSE);

  data = get_level (self, framework, level);
  if (data == NULL)
    return FALSE;

  for (guint i = 0; i < data->descriptors->len; i++)
    if (((AzqfDescriptor *) g_ptr_array_index (data->descriptors, i))->complete)
      return TRUE;

  return FALSE;
}

const char *
azqf_frameworks_get_level_note (AzqfFrameworks *self,
                                const char     *framework,
                                guint           level)
{
  Level *data;

  g_return_val_if_fail (AZQF_IS_FRAMEWORKS (self), NULL);

  data = get_level (self, framework, level);
  return data != NULL && data->present ? data->note : NULL;
}

AzqfDescriptor *
azqf_frameworks_lookup (AzqfFrameworks *self,
                        const char     *element_id)
{
  g_return_val_if_fail (AZQF_IS_FRAMEWORKS (self), NULL);

  if (element_id == NULL)
    return NULL;

  return g_hash_table_lookup (self->by_id, element_id);
}

/* Import */

gboolean
azqf_frameworks_import_file (AzqfStore   *store,
                             const char  *path,
                             guint       *n_statements,
                             GError     **error)
{
  g_autoptr(AzqfFrameworkFile) file = NULL;
  g_autofree char *display_name = NULL;
  g_autofree char *data = NULL;
  GStatBuf buf;
  gsize length = 0;

  g_return_val_if_fail (AZQF_IS_STORE (store), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  display_name = g_filename_display_name (path);

  if (g_stat (path, &buf) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                   _("%s: cannot read the file: %s"), display_name, g_strerror (saved_errno));
      return FALSE;
    }

  if (!S_ISREG (buf.st_mode))
    {
      g_set_error (error, G_FILE_ERROR, S_ISDIR (buf.st_mode) ? G_FILE_ERROR_ISDIR : G_FILE_ERROR_INVAL,
                   _("%s: this is a folder or a special file, not a framework file"), display_name);
      return FALSE;
    }

  /* Refused before reading, so a huge file costs nothing. */
  if (buf.st_size > AZQF_FRAMEWORK_FILE_MAX)
    {
      g_set_error (error, AZQF_FRAMEWORK_ERROR, AZQF_FRAMEWORK_ERROR_INVALID,
                   _("%s: the file is too large (%lld bytes): a framework file has at most %u MB"),
                   display_name, (long long) buf.st_size, AZQF_FRAMEWORK_FILE_MAX / (1024 * 1024));
      return FALSE;
    }

  if (!g_file_get_contents (path, &data, &length, error))
    return FALSE;

  file = _azqf_framework_file_parse (data, length, display_name,
                                     g_get_real_time () / G_USEC_PER_SEC, error);
  if (file == NULL)
    return FALSE;

  if (!_azqf_store_put_framework_data (store, file->levels, file->statements, error))
    return FALSE;

  if (n_statements != NULL)
    *n_statements = file->statements->len;

  return TRUE;
}

const char *
azqf_framework_get_abbreviation (const char *framework)
{
  g_return_val_if_fail (framework != NULL, NULL);

  /* TRANSLATORS: the abbreviation of the Azerbaijan National Qualifications
   * Framework; in Azerbaijani the decree's own "AzMKÇ" */
  if (strcmp (framework, "azqf") == 0)
    return _("AzQF");
  /* TRANSLATORS: the European Qualifications Framework; the decree says "ÖTAKÇ" */
  if (strcmp (framework, "eqf") == 0)
    return _("EQF");
  /* TRANSLATORS: the Framework for Qualifications of the European Higher
   * Education Area; the decree says "AATMKÇ" */
  if (strcmp (framework, "qfehea") == 0)
    return _("QF-EHEA");

  return framework;
}
