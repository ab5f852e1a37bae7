/* azqf-text.c: Azerbaijani-aware case mapping, search folding and collation (ICU)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <unicode/ucasemap.h>
#include <unicode/uchar.h>
#include <unicode/ucol.h>
#include <unicode/unorm2.h>
#include <unicode/uscript.h>
#include <unicode/ustring.h>
#include <unicode/utf16.h>
#include <unicode/utf8.h>

#include "azqf-text.h"
#include "azqf-text-private.h"

/* Code points below this fold through a table filled once from
 * fold_char_uncached(): ASCII, Latin-1, Latin Extended-A and -B (every letter
 * of the az alphabet), IPA, combining marks, Greek and Cyrillic. */
#define FOLD_TABLE_SIZE 0x0500

typedef int32_t (*CaseMapFunc) (const UCaseMap *map,
                                char           *dest,
                                int32_t         dest_capacity,
                                const char     *src,
                                int32_t         src_length,
                                UErrorCode     *status);

static gunichar fold_table[FOLD_TABLE_SIZE];
static gsize fold_table_ready;
static UCaseMap *case_maps[2];   /* az, en */
static gsize case_maps_ready;
static UCollator *az_collator;
static gsize az_collator_ready;

static gboolean
is_mark (UChar32 c)
{
  return (U_GET_GC_MASK (c) & U_GC_M_MASK) != 0;
}

static gboolean
is_latin (UChar32 c)
{
  UErrorCode status = U_ZERO_ERROR;

  return uscript_getScript (c, &status) == USCRIPT_LATIN && U_SUCCESS (status);
}

/* The base letter when c's canonical decomposition is one letter followed by
 * combining marks only (é → e, ş → s, ǘ → u), else c itself. */
static UChar32
strip_marks (UChar32 c)
{
  const UNormalizer2 *nfd;
  UErrorCode status = U_ZERO_ERROR;
  UChar decomposition[32];
  UChar32 base;
  int32_t len;
  int32_t i = 0;

  nfd = unorm2_getNFDInstance (&status);
  if (U_FAILURE (status))
    return c;

  len = unorm2_getDecomposition (nfd, c, decomposition,
                                 G_N_ELEMENTS (decomposition), &status);
  if (U_FAILURE (status) || len <= 0)
    return c;

  U16_NEXT (decomposition, i, len, base);
  while (i < len)
    {
      UChar32 mark;

      U16_NEXT (decomposition, i, len, mark);
      if (!is_mark (mark))
        return c;
    }

  return base;
}

static gunichar
fold_char_uncached (UChar32 c)
{
  switch (c)
    {
    case 0x0049: /* I: with Turkic casing the upper case of ı, so it joins ı and i */
    case 0x0130: /* İ */
    case 0x0131: /* ı */
      return 'i';

    case 0x018F: /* Ə */
    case 0x0259: /* ə */
    case 0x018E: /* Ǝ and ǝ: often typed for Ə and ə by keyboards without them */
    case 0x01DD:
      return 'e';

    default:
      break;
    }

  if (is_latin (c) && !is_mark (c))
    c = strip_marks (c);

  /* The simple (one to one) mapping, so positions stay put. */
  return u_tolower (c);
}

static void
ensure_fold_table (void)
{
  if (g_once_init_enter (&fold_table_ready))
    {
      UChar32 c;

      for (c = 0; c < FOLD_TABLE_SIZE; c++)
        fold_table[c] = fold_char_uncached (c);

      g_once_init_leave (&fold_table_ready, 1);
    }
}

/* Callers have run ensure_fold_table(). */
static inline gunichar
fold_char (UChar32 c)
{
  return c < FOLD_TABLE_SIZE ? fold_table[c] : fold_char_uncached (c);
}

gunichar
_azqf_text_fold_char (gunichar c)
{
  if (c > 0x10FFFF)
    return c;

  ensure_fold_table ();

  return fold_char ((UChar32) c);
}

char *
azqf_text_fold (const char *text,
                gssize      len)
{
  const guint8 *s = (const guint8 *) text;
  guint8 *out;
  gssize i = 0;
  gssize o = 0;

  g_return_val_if_fail (text != NULL || len <= 0, NULL);

  if (text == NULL)
    return g_strdup ("");
  if (len < 0)
    len = strlen (text);
  g_return_val_if_fail (len < G_MAXSSIZE / 2, NULL);

  ensure_fold_table ();

  /* ASCII folds to ASCII and no other code point more than doubles in
   * length (two bytes become at most four). */
  out = g_malloc (len * 2 + 1);

  while (i < len)
    {
      gssize start = i;
      UChar32 c = s[i];

      if (c < 0x80)
        {
          out[o++] = (guint8) fold_table[c];
          i++;
          continue;
        }

      U8_NEXT (s, i, len, c);
      if (c < 0)
        {
          /* Ill-formed UTF-8 passes through as it is. */
          memcpy (out + o, s + start, i - start);
          o += i - start;
          continue;
        }

      c = fold_char (c);
      U8_APPEND_UNSAFE (out, o, c);
    }

  out[o] = '\0';

  return (char *) out;
}

static UChar *
normalize (const UNormalizer2 *norm,
           const UChar        *src,
           int32_t             src_len,
           int32_t            *out_len)
{
  UErrorCode status = U_ZERO_ERROR;
  g_autofree UChar *dest = NULL;
  int32_t len;

  len = unorm2_normalize (norm, src, src_len, NULL, 0, &status);
  if (status != U_BUFFER_OVERFLOW_ERROR && U_FAILURE (status))
    return NULL;

  dest = g_new (UChar, len + 1);
  status = U_ZERO_ERROR;
  unorm2_normalize (norm, src, src_len, dest, len + 1, &status);
  if (U_FAILURE (status))
    return NULL;

  *out_len = len;

  return g_steal_pointer (&dest);
}

/* The rare word that spells a letter as base plus combining marks: decompose
 * it, fold each base letter, drop the marks of Latin letters (as the
 * precomposed letters lose theirs) and recompose the rest (и + ̆ → й, as
 * precomposed й stays й). */
static gboolean
fold_word_with_marks (const char *word,
                      gsize       len,
                      GString    *out)
{
  const UNormalizer2 *nfd;
  const UNormalizer2 *nfc;
  UErrorCode status = U_ZERO_ERROR;
  g_autofree UChar *utf16 = NULL;
  g_autofree UChar *decomposed = NULL;
  g_autofree UChar *folded = NULL;
  g_autofree UChar *composed = NULL;
  gboolean latin_base = FALSE;
  int32_t utf16_len;
  int32_t decomposed_len;
  int32_t folded_len = 0;
  int32_t composed_len;
  int32_t utf8_len;
  gsize start = out->len;
  int32_t i = 0;

  nfd = unorm2_getNFDInstance (&status);
  nfc = unorm2_getNFCInstance (&status);
  if (U_FAILURE (status))
    return FALSE;

  /* UTF-16 never needs more units than UTF-8 has bytes. */
  utf16 = g_new (UChar, len + 1);
  u_strFromUTF8WithSub (utf16, len + 1, &utf16_len, word, len, 0xFFFD, NULL, &status);
  if (U_FAILURE (status))
    return FALSE;

  decomposed = normalize (nfd, utf16, utf16_len, &decomposed_len);
  if (decomposed == NULL)
    return FALSE;

  folded = g_new (UChar, decomposed_len * 2 + 1);
  while (i < decomposed_len)
    {
      UChar32 c;

      U16_NEXT (decomposed, i, decomposed_len, c);
      if (is_mark (c))
        {
          if (latin_base)
            continue;
        }
      else
        {
          latin_base = is_latin (c);
          c = fold_char (c);
        }
      U16_APPEND_UNSAFE (folded, folded_len, c);
    }

  composed = normalize (nfc, folded, folded_len, &composed_len);
  if (composed == NULL)
    return FALSE;

  /* At most three bytes of UTF-8 per UTF-16 unit. */
  g_string_set_size (out, start + composed_len * 3 + 1);
  u_strToUTF8 (out->str + start, composed_len * 3 + 1, &utf8_len,
               composed, composed_len, &status);
  if (U_FAILURE (status))
    {
      g_string_truncate (out, start);
      return FALSE;
    }
  g_string_truncate (out, start + utf8_len);

  return TRUE;
}

/* Appends word folded code point by code point. With stop_at_marks, gives up
 * (returning FALSE, out unchanged) at the first combining mark. */
static gboolean
fold_word_simple (const char *word,
                  gsize       len,
                  gboolean    stop_at_marks,
                  GString    *out)
{
  const guint8 *s = (const guint8 *) word;
  gsize start = out->len;
  guint8 *dest;
  gsize i = 0;
  gsize o = 0;

  g_string_set_size (out, start + len * 2);
  dest = (guint8 *) out->str + start;

  while (i < len)
    {
      gsize from = i;
      UChar32 c = s[i];

      if (c < 0x80)
        {
          dest[o++] = (guint8) fold_table[c];
          i++;
          continue;
        }

      U8_NEXT (s, i, len, c);
      if (c < 0)
        {
          memcpy (dest + o, s + from, i - from);
          o += i - from;
          continue;
        }

      /* No code point below U+0300 is a combining mark. */
      if (stop_at_marks && c >= 0x0300 && is_mark (c))
        {
          g_string_truncate (out, start);
          return FALSE;
        }

      c = fold_char (c);
      U8_APPEND_UNSAFE (dest, o, c);
    }

  g_string_truncate (out, start + o);

  return TRUE;
}

void
_azqf_text_fold_word (const char *word,
                      gsize       len,
                      GString    *out)
{
  g_return_if_fail (word != NULL || len == 0);
  g_return_if_fail (out != NULL);

  ensure_fold_table ();

  if (fold_word_simple (word, len, TRUE, out))
    return;
  if (fold_word_with_marks (word, len, out))
    return;

  /* ICU failed: keep the marks rather than lose the word. */
  fold_word_simple (word, len, FALSE, out);
}

static void
case_maps_open (UCaseMap **az,
                UCaseMap **en)
{
  if (g_once_init_enter (&case_maps_ready))
    {
      UErrorCode status = U_ZERO_ERROR;

      case_maps[0] = ucasemap_open ("az", 0, &status);
      case_maps[1] = ucasemap_open ("en", 0, &status);
      if (U_FAILURE (status))
        g_warning ("Cannot open ICU case maps: %s", u_errorName (status));

      g_once_init_leave (&case_maps_ready, 1);
    }

  *az = case_maps[0];
  *en = case_maps[1];
}

static char *
map_case (const char  *text,
          AzqfLang     lang,
          CaseMapFunc  func)
{
  UCaseMap *az;
  UCaseMap *en;
  UCaseMap *map = NULL;
  UErrorCode status = U_ZERO_ERROR;
  g_autofree char *out = NULL;
  gsize len = strlen (text);
  int32_t capacity;
  int32_t n;

  g_return_val_if_fail (len < G_MAXINT32 / 2, NULL);

  case_maps_open (&az, &en);
  switch (lang)
    {
    case AZQF_LANG_AZ:
      map = az;
      break;

    case AZQF_LANG_EN:
      map = en;
      break;

    default:
      g_return_val_if_reached (NULL);
    }

  if (map == NULL)
    return g_strdup (text);

  /* Most text keeps its length; leave room for some growth (ß → SS). */
  capacity = len + len / 4 + 16;
  out = g_malloc (capacity + 1);
  n = func (map, out, capacity, text, len, &status);
  if (status == U_BUFFER_OVERFLOW_ERROR)
    {
      g_free (out);
      capacity = n;
      out = g_malloc (capacity + 1);
      status = U_ZERO_ERROR;
      n = func (map, out, capacity, text, len, &status);
    }
  if (U_FAILURE (status))
    return g_strdup (text);

  out[n] = '\0';

  return g_steal_pointer (&out);
}

char *
azqf_text_down (const char *text,
                AzqfLang    lang)
{
  g_return_val_if_fail (text != NULL, NULL);

  return map_case (text, lang, ucasemap_utf8ToLower);
}

char *
azqf_text_up (const char *text,
              AzqfLang    lang)
{
  g_return_val_if_fail (text != NULL, NULL);

  return map_case (text, lang, ucasemap_utf8ToUpper);
}

/* ucol_strcoll*() on a shared collator is safe from any thread. */
static const UCollator *
get_collator (void)
{
  if (g_once_init_enter (&az_collator_ready))
    {
      UErrorCode status = U_ZERO_ERROR;

      az_collator = ucol_open ("az", &status);
      if (U_FAILURE (status))
        {
          g_warning ("Cannot open the ICU collator for az: %s", u_errorName (status));
          az_collator = NULL;
        }

      g_once_init_leave (&az_collator_ready, 1);
    }

  return az_collator;
}

#if defined(AZQF_SQLITE_EXTENSION) && defined(__GNUC__)
/* SQLite unloads the extension when the connection that loaded it closes;
 * without this every load would leak the ICU objects. */
__attribute__ ((destructor)) static void
close_icu_objects (void)
{
  g_clear_pointer (&az_collator, ucol_close);
  g_clear_pointer (&case_maps[0], ucasemap_close);
  g_clear_pointer (&case_maps[1], ucasemap_close);
}
#endif

int
_azqf_text_collate_len (const char *a,
                        gssize      a_len,
                        const char *b,
                        gssize      b_len)
{
  const UCollator *collator = get_collator ();
  UErrorCode status = U_ZERO_ERROR;
  UCollationResult result;
  int cmp;

  g_return_val_if_fail (a != NULL, 0);
  g_return_val_if_fail (b != NULL, 0);
  g_return_val_if_fail (a_len <= G_MAXINT32 && b_len <= G_MAXINT32, 0);

  if (collator != NULL)
    {
      result = ucol_strcollUTF8 (collator, a, a_len, b, b_len, &status);
      if (U_SUCCESS (status))
        return result;
    }

  /* No collator: code point order, which UTF-8 byte order is. */
  if (a_len < 0)
    a_len = strlen (a);
  if (b_len < 0)
    b_len = strlen (b);
  cmp = memcmp (a, b, MIN (a_len, b_len));
  if (cmp != 0)
    return cmp < 0 ? -1 : 1;

  return (a_len > b_len) - (a_len < b_len);
}

int
azqf_text_collate (const char *a,
                   const char *b)
{
  if (a == NULL || b == NULL)
    return (a != NULL) - (b != NULL);

  return _azqf_text_collate_len (a, -1, b, -1);
}
