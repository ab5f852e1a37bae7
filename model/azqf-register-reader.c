/* azqf-register-reader.c: the streaming reader of register XML 1.0
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * register-format.md §5: a SAX2 push parser fed in 64 KiB chunks, with
 * xmlSchemaSAXPlug validating the stream against the bundled XSD, our
 * handlers refusing hostile input (§9) and checking the root (§1.1) first.
 *
 * Threads: libxml2 2.9 has one external entity loader for the whole process
 * (xmlSetExternalEntityLoader), and the reader replaces it while it parses.
 * Every region that replaces it holds libxml_lock, so reads in several
 * threads (the GUI's workers) run one after the other rather than restore
 * each other's loader. The structured error handler is per thread in
 * libxml2 and is put back as it was. Other code of this process that
 * swaps the loader must not do it while a read runs.
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
#include "azqf-register-reader-private.h"
#include "azqf-standard.h"
#include "resources/azqf-model-resources.h"

#define REGISTER_NS "urn:azqf:register:1"
#define REGISTER_NS_PREFIX "urn:azqf:register:"
#define RESOURCE_DIR "/io/github/azqf/Studio/model/register/"
#define CHUNK_SIZE (64 * 1024)
#define MAX_DEPTH 32
#define MAX_TEXT (1024 * 1024)
#define MAX_PROBLEMS 1000

/* Held while the process-wide entity loader is ours (see the top). Recursive:
 * a standard callback may read another file. */
static GRecMutex libxml_lock;


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

void
_azqf_register_stop (ReadContext *rc)
{
  /* xmlStopParser inside a callback can leave xmlParseCharData reading a
   * freed buffer (libxml2 2.9); disabling SAX is enough, and the feeding
   * loop stops at the end of the chunk. */
  rc->stopped = TRUE;
  if (rc->parser != NULL)
    rc->parser->disableSAX = 1;
}

void
_azqf_register_add_problem (ReadContext *rc,
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
      _azqf_register_stop (rc);
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
      _azqf_register_stop (rc);
    }
}

static void
add_fatal_here (ReadContext *rc,
                const char  *id,
                char        *message)
{
  guint line, column;

  current_position (rc, &line, &column);
  _azqf_register_add_problem (rc, line, column, id, TRUE, message);
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
      g_autofree char *version = _azqf_register_attribute_value (nb_attributes, attributes, "version");
      guint64 number = 0;

      _azqf_register_clear_standard (rc);
      rc->std_line = element.line;
      rc->std_column = element.column;
      rc->std_uuid = _azqf_register_attribute_value (nb_attributes, attributes, "uuid");
      rc->std_kind = _azqf_register_attribute_value (nb_attributes, attributes, "kind");
      g_free (rc->std_status);
      rc->std_status = _azqf_register_attribute_value (nb_attributes, attributes, "status");
      rc->std_version = version != NULL && g_ascii_string_to_unsigned (version, 10, 1, 9999, &number, NULL) ? number : 0;
    }
  else if (rc->stack->len > 2 && rc->std_line > 0)
    _azqf_register_build_start (rc, (const char *) localname,
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
    _azqf_register_build_end (rc, rc->last_end.name,
               g_array_index (rc->stack, Element, rc->stack->len - 2).name,
               &rc->last_end, rc->text->str);

  g_array_set_size (rc->stack, rc->stack->len - 1);
  rc->in_end = TRUE;
  rc->text_len = 0;
  g_string_truncate (rc->text, 0);

  if (rc->stack->len == 1 && strcmp (rc->last_end.name, "standard") == 0)
    {
      _azqf_register_finish_standard (rc);
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
    { "title", N_("a text of at most 1,000 characters") },
    { "name", N_("a text of at most 1,000 characters") },
    { "sector", N_("a text of at most 1,000 characters") },
    { "summary", N_("a text of at most 20,000 characters") },
    { "text", N_("a text of at most 4,000 characters") },
    { "comment", N_("a text of at most 4,000 characters") },
    { "decisionNumber", N_("a text of at most 64 characters") },
    { "generator", N_("a text of at most 200 characters") },
    { "type", N_("a value allowed by the register format") },
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
      if (error->code >= XML_SCHEMAV_CVC_FACET_VALID && error->code <= XML_SCHEMAV_CVC_TYPE_2)
        {
          if (attribute != NULL)
            {
              id = "S06";
              message = g_strdup_printf (_("attribute %s of <%s> has an invalid value \"%s\": %s"),
                                         attribute, name, value != NULL ? value : "…",
                                         describe_value (attribute));
            }
          else
            {
              id = "S03";
              message = g_strdup_printf (_("<%s> has an invalid value \"%s\": %s"),
                                         name, value != NULL ? value : "…", describe_value (name));
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

  _azqf_register_add_problem (rc, line, column, id, FALSE, message);
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
    _azqf_register_add_problem (rc, 1, 1, "X01", TRUE, g_strdup (_("the file is empty")));
  else if (error->code == XML_ERR_INVALID_ENCODING || error->code == XML_ERR_INVALID_CHAR ||
           (error->message != NULL && strstr (error->message, "not proper UTF-8") != NULL))
    {
      if (error->code == XML_ERR_INVALID_CHAR && error->message != NULL &&
          strstr (error->message, "UTF-8") == NULL)
        {
          g_autofree char *text = g_strstrip (g_strdup (error->message));
          _azqf_register_add_problem (rc, line, column, "X08", TRUE, g_strdup_printf (_("not well-formed XML: %s"), text));
        }
      else
        _azqf_register_add_problem (rc, line, column, "X03", TRUE, g_strdup (_("the file is not valid UTF-8")));
    }
  else if (rc->terminating || error->code == XML_ERR_TAG_NOT_FINISHED)
    _azqf_register_add_problem (rc, line, column, "X02", TRUE, g_strdup (_("the file ends before the document is complete")));
  else
    {
      g_autofree char *text = g_strstrip (g_strdup (error->message != NULL ? error->message : ""));

      _azqf_register_add_problem (rc, line, column, "X08", TRUE, g_strdup_printf (_("not well-formed XML: %s"), text));
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

void
_azqf_register_init_libxml (void)
{
  static gsize initialized = 0;

  /* libxml2's own globals, once, before two threads could race to it. */
  if (g_once_init_enter (&initialized))
    {
      xmlInitParser ();
      g_once_init_leave (&initialized, 1);
    }
}

static xmlSchemaPtr
load_schema (void)
{
  static gsize initialized = 0;
  static xmlSchemaPtr schema = NULL;

  _azqf_register_init_libxml ();
  if (g_once_init_enter (&initialized))
    {
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GRecMutexLocker) locker = NULL;
      xmlExternalEntityLoader old_loader;
      xmlSchemaParserCtxtPtr parser;
      gsize size;
      const char *data;

      (void) azqf_model_get_resource ();
      locker = g_rec_mutex_locker_new (&libxml_lock);
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
  return _azqf_register_read_cancellable (path, complete, func, user_data, NULL, problems, error);
}

gboolean
_azqf_register_read_cancellable (const char                *path,
                                 gboolean                   complete,
                                 AzqfRegisterStandardFunc   func,
                                 gpointer                   user_data,
                                 GCancellable              *cancellable,
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
  xmlStructuredErrorFunc old_error_func;
  void *old_error_context;
  xmlSchemaPtr schema;
  ReadContext rc = { 0 };
  gboolean first = TRUE;
  gboolean ok = TRUE;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (problems != NULL, FALSE);

  file = g_file_new_for_path (path);
  stream = g_file_read (file, cancellable, error);
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
  rc.relations = g_ptr_array_new_with_free_func (_azqf_register_pending_relation_free);
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

  g_rec_mutex_lock (&libxml_lock);
  old_loader = xmlGetExternalEntityLoader ();
  xmlSetExternalEntityLoader (refusing_entity_loader);
  /* The plugged SAX handler passes the plug, not &rc, to serror; the
   * thread's structured handler gets our context. */
  old_error_func = xmlStructuredError;
  old_error_context = xmlStructuredErrorContext;
  xmlSetStructuredErrorFunc (&rc, parser_error_cb);

  buffer = g_malloc (CHUNK_SIZE);
  while (!rc.stopped)
    {
      gssize n = g_input_stream_read (G_INPUT_STREAM (stream), buffer, CHUNK_SIZE, cancellable, error);

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
              _azqf_register_add_problem (&rc, 1, 1, "X04", TRUE,
                           g_strdup_printf (_("the document declares encoding \"%s\"; only UTF-8 is accepted"), encoding));
              break;
            }
          if (n == 0)
            {
              _azqf_register_add_problem (&rc, 1, 1, "X01", TRUE, g_strdup (_("the file is empty")));
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
  xmlSetStructuredErrorFunc (old_error_context, old_error_func);

  if (ok && !rc.stopped)
    _azqf_register_check_relation_codes (&rc);

  if (rc.parser != NULL)
    {
      if (!rc.stopped && rc.problems->len == 0 && !rc.parser->wellFormed)
        _azqf_register_add_problem (&rc, 1, 1, "X08", TRUE, g_strdup_printf (_("not well-formed XML: %s"), "?"));
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
  g_rec_mutex_unlock (&libxml_lock);

  if (ok && rc.func_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&rc.func_error));
      ok = FALSE;
    }
  g_clear_error (&rc.func_error);

  _azqf_register_clear_standard (&rc);
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

/* Asynchronous validation */

typedef struct
{
  char     *path;
  gboolean  complete;
} ValidateData;

static void
validate_data_free (gpointer data)
{
  ValidateData *vd = data;

  g_free (vd->path);
  g_free (vd);
}

static void
validate_thread (GTask        *task,
                 gpointer      source_object,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  ValidateData *vd = task_data;
  GPtrArray *problems = NULL;
  GError *error = NULL;

  if (_azqf_register_read_cancellable (vd->path, vd->complete, NULL, NULL, cancellable,
                                       &problems, &error))
    g_task_return_pointer (task, problems, (GDestroyNotify) g_ptr_array_unref);
  else
    g_task_return_error (task, error);
}

void
azqf_register_validate_async (const char          *path,
                              gboolean             complete,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  ValidateData *vd;

  g_return_if_fail (path != NULL);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, azqf_register_validate_async);
  vd = g_new0 (ValidateData, 1);
  vd->path = g_strdup (path);
  vd->complete = complete;
  g_task_set_task_data (task, vd, validate_data_free);
  g_task_run_in_thread (task, validate_thread);
}

GPtrArray *
azqf_register_validate_finish (GAsyncResult  *result,
                               GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_async_result_is_tagged (result, azqf_register_validate_async), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
