/* azqf-sqlite.c: the "az" and "en" collations, azqf_fold() and the "azqf" FTS5 tokenizer
 *
 * Built twice: into azqf-model, and with AZQF_SQLITE_EXTENSION as a loadable
 * extension, where every sqlite3_*() call goes through the API table SQLite
 * hands to the entry point.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#ifdef AZQF_SQLITE_EXTENSION
# include <sqlite3ext.h>
SQLITE_EXTENSION_INIT1
#else
# include <sqlite3.h>
#endif

#include <unicode/uchar.h>
#include <unicode/ucol.h>
#include <unicode/utf8.h>

#include "azqf-sqlite-private.h"
#include "azqf-text.h"
#include "azqf-text-private.h"

/* sqlite3.h carries FTS5's API (fts5_api, fts5_tokenizer); Debian ships no
 * separate fts5.h. */

typedef int (*TokenFunc) (void       *ctx,
                          int         tflags,
                          const char *token,
                          int         token_len,
                          int         start,
                          int         end);

/* The tokenizer has no state; FTS5 only needs a non-NULL handle. */
static int tokenizer_instance;

static int
collate_az (void       *user_data,
            int         a_len,
            const void *a,
            int         b_len,
            const void *b)
{
  int cmp;

  cmp = _azqf_text_collate_len (a_len > 0 ? a : "", a_len, b_len > 0 ? b : "", b_len);
  if (cmp != 0 || a_len == 0 || b_len == 0)
    return cmp != 0 ? cmp : (a_len > b_len) - (a_len < b_len);

  /* Break the collator's ties (canonically equivalent spellings) by bytes,
   * so ORDER BY is deterministic and "=" means the same text. */
  cmp = memcmp (a, b, MIN (a_len, b_len));
  if (cmp != 0)
    return cmp;

  return (a_len > b_len) - (a_len < b_len);
}

/* ICU's English collator, for ORDER BY title_en COLLATE en. Shared: the
 * ucol_strcoll*() functions are safe from any thread on one collator. */
static UCollator *en_collator;
static gsize en_collator_ready;

static const UCollator *
get_en_collator (void)
{
  if (g_once_init_enter (&en_collator_ready))
    {
      UErrorCode status = U_ZERO_ERROR;

      en_collator = ucol_open ("en", &status);
      if (U_FAILURE (status))
        {
          g_warning ("Cannot open the ICU collator for en: %s", u_errorName (status));
          g_clear_pointer (&en_collator, ucol_close);
        }

      g_once_init_leave (&en_collator_ready, 1);
    }

  return en_collator;
}

#if defined(AZQF_SQLITE_EXTENSION) && defined(__GNUC__)
/* As in azqf-text.c: the extension is unloaded with its connection. */
__attribute__ ((destructor)) static void
close_en_collator (void)
{
  g_clear_pointer (&en_collator, ucol_close);
}
#endif

static int
collate_en (void       *user_data,
            int         a_len,
            const void *a,
            int         b_len,
            const void *b)
{
  const UCollator *collator = get_en_collator ();
  int cmp = 0;

  if (collator != NULL)
    {
      UErrorCode status = U_ZERO_ERROR;

      cmp = ucol_strcollUTF8 (collator, a_len > 0 ? a : "", a_len, b_len > 0 ? b : "", b_len, &status);
      if (U_FAILURE (status))
        cmp = 0;
    }

  /* No collator, or a tie: bytes, as collate_az does. */
  if (cmp != 0)
    return cmp;

  cmp = memcmp (a_len > 0 ? a : "", b_len > 0 ? b : "", MIN (a_len, b_len));
  if (cmp != 0)
    return cmp;

  return (a_len > b_len) - (a_len < b_len);
}

static void
fold_func (sqlite3_context  *context,
           int               argc,
           sqlite3_value   **argv)
{
  const char *text;
  char *folded;

  g_assert (argc == 1);

  if (sqlite3_value_type (argv[0]) == SQLITE_NULL)
    {
      sqlite3_result_null (context);
      return;
    }

  text = (const char *) sqlite3_value_text (argv[0]);
  if (text == NULL)
    {
      sqlite3_result_error_nomem (context);
      return;
    }

  folded = azqf_text_fold (text, sqlite3_value_bytes (argv[0]));
  sqlite3_result_text (context, folded, -1, g_free);
}

static int
tokenizer_create (void           *user_data,
                  const char    **args,
                  int             n_args,
                  Fts5Tokenizer **out)
{
  /* No options: a typo in tokenize='azqf …' should fail, not be ignored. */
  if (n_args > 0)
    return SQLITE_ERROR;

  *out = (Fts5Tokenizer *) &tokenizer_instance;

  return SQLITE_OK;
}

static void
tokenizer_delete (Fts5Tokenizer *tokenizer)
{
}

static inline gboolean
is_word_char (UChar32 c)
{
  if (c < 0x80)
    return g_ascii_isalnum (c);

  return u_isalnum (c);
}

static inline gboolean
is_mark (UChar32 c)
{
  return c >= 0x0300 && (U_GET_GC_MASK (c) & U_GC_M_MASK) != 0;
}

/* Words are maximal runs of letters and digits, with the combining marks
 * inside them. Each is folded for matching (the same for documents and
 * queries, so "tehl"* finds "təhlil"), while its offsets stay those of the
 * original text, so snippet() and highlight() show the text as written. */
static int
tokenizer_tokenize (Fts5Tokenizer *tokenizer,
                    void          *ctx,
                    int            flags,
                    const char    *text,
                    int            text_len,
                    TokenFunc      token_cb)
{
  const guint8 *s = (const guint8 *) text;
  g_autoptr(GString) folded = g_string_sized_new (64);
  int i = 0;

  while (i < text_len)
    {
      int start = i;
      UChar32 c;
      int rc;

      U8_NEXT (s, i, text_len, c);
      if (c < 0 || !is_word_char (c))
        continue;

      while (i < text_len)
        {
          int next = i;

          U8_NEXT (s, next, text_len, c);
          if (c < 0 || !(is_word_char (c) || is_mark (c)))
            break;
          i = next;
        }

      g_string_truncate (folded, 0);
      _azqf_text_fold_word (text + start, i - start, folded);

      rc = token_cb (ctx, 0, folded->str, (int) folded->len, start, i);
      if (rc != SQLITE_OK)
        return rc;
    }

  return SQLITE_OK;
}

static fts5_tokenizer azqf_tokenizer = {
  tokenizer_create,
  tokenizer_delete,
  tokenizer_tokenize,
};

static int
fail (sqlite3     *db,
      int          rc,
      const char  *what,
      char       **errmsg)
{
  if (errmsg != NULL)
    *errmsg = sqlite3_mprintf ("Cannot register %s: %s", what,
                               rc == SQLITE_OK ? "FTS5 is not available"
                                               : sqlite3_errmsg (db));

  return rc == SQLITE_OK ? SQLITE_ERROR : rc;
}

static fts5_api *
get_fts5_api (sqlite3 *db)
{
  sqlite3_stmt *stmt = NULL;
  fts5_api *api = NULL;

  if (sqlite3_prepare_v2 (db, "SELECT fts5(?1)", -1, &stmt, NULL) != SQLITE_OK)
    return NULL;

  if (sqlite3_bind_pointer (stmt, 1, &api, "fts5_api_ptr", NULL) == SQLITE_OK)
    sqlite3_step (stmt);
  sqlite3_finalize (stmt);

  return api;
}

int
_azqf_sqlite_register (sqlite3  *db,
                       char    **errmsg)
{
  fts5_api *fts5;
  int rc;

  g_return_val_if_fail (db != NULL, SQLITE_MISUSE);

  rc = sqlite3_create_collation_v2 (db, "az", SQLITE_UTF8, NULL, collate_az, NULL);
  if (rc != SQLITE_OK)
    return fail (db, rc, "the collation az", errmsg);

  rc = sqlite3_create_collation_v2 (db, "en", SQLITE_UTF8, NULL, collate_en, NULL);
  if (rc != SQLITE_OK)
    return fail (db, rc, "the collation en", errmsg);

  rc = sqlite3_create_function_v2 (db, "azqf_fold", 1,
                                   SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
                                   NULL, fold_func, NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    return fail (db, rc, "azqf_fold()", errmsg);

  fts5 = get_fts5_api (db);
  if (fts5 == NULL || fts5->iVersion < 2)
    return fail (db, SQLITE_OK, "the FTS5 tokenizer azqf", errmsg);

  rc = fts5->xCreateTokenizer (fts5, "azqf", NULL, &azqf_tokenizer, NULL);
  if (rc != SQLITE_OK)
    return fail (db, rc, "the FTS5 tokenizer azqf", errmsg);

  return SQLITE_OK;
}

#ifdef AZQF_SQLITE_EXTENSION
/* Without an explicit entry point, sqlite3_load_extension() tries
 * sqlite3_extension_init, then a name made of the file name's letters:
 * "azqf-sqlite-ext.so" → sqlite3_azqfsqliteext_init. */
int sqlite3_azqfsqliteext_init (sqlite3                     *db,
                                char                       **errmsg,
                                const sqlite3_api_routines  *api);
int sqlite3_extension_init     (sqlite3                     *db,
                                char                       **errmsg,
                                const sqlite3_api_routines  *api);

int
sqlite3_azqfsqliteext_init (sqlite3                     *db,
                            char                       **errmsg,
                            const sqlite3_api_routines  *api)
{
  SQLITE_EXTENSION_INIT2 (api);

  return _azqf_sqlite_register (db, errmsg);
}

int
sqlite3_extension_init (sqlite3                     *db,
                        char                       **errmsg,
                        const sqlite3_api_routines  *api)
{
  return sqlite3_azqfsqliteext_init (db, errmsg, api);
}
#endif
