/* azqf-standard-list.c: the workspace's standards as a lazy GListModel
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Browsing (no query): n_items is one COUNT with the filter; pages of
 * PAGE_SIZE standards are read with LIMIT/OFFSET the first time one of their
 * positions is asked for, and kept until the next reload. Searching: the
 * store's hits (best first) are grouped by standard, keeping the first, best
 * hit's snippet, and restricted to the standards the filter lets through; that
 * list is small and read at once.
 */

#include "config.h"

#include "azqf-enums.h"
#include "azqf-search-hit.h"
#include "azqf-standard.h"
#include "azqf-standard-list.h"

#define PAGE_SIZE    64
/* Full-text rows read for one query: enough for every standard a person
 * would scroll to, while snippet() runs only for these rows. */
#define SEARCH_LIMIT 2000

struct _AzqfStandardList
{
  GObject     parent_instance;

  AzqfStore  *store;
  GPtrArray  *pages;      /* browsing: page → GPtrArray of AzqfStandard, or NULL (not read) */
  GPtrArray  *results;    /* searching: AzqfStandard, best first; NULL while browsing */
  GPtrArray  *snippets;   /* searching: char *, parallel to results */
  char       *query;      /* as set, NULL for none */
  char       *terms;      /* query trimmed, NULL when that is empty: browsing */
  GError     *error;

  guint       n_items;
  int         kind;
  int         status;
  guint       level;
  AzqfLang    sort_lang;
};

static void azqf_standard_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (AzqfStandardList, azqf_standard_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      azqf_standard_list_model_init))

enum {
  PROP_0,
  PROP_STORE,
  PROP_KIND,
  PROP_STATUS,
  PROP_LEVEL,
  PROP_SORT_LANG,
  PROP_QUERY,
  PROP_N_ITEMS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
filter_init (AzqfStandardList *self,
             AzqfStoreFilter  *filter)
{
  filter->kind = self->kind;
  filter->status = self->status;
  filter->level = self->level;
  filter->sort_lang = self->sort_lang;
  filter->limit = 0;
  filter->offset = 0;
}

static void
page_free (gpointer page)
{
  if (page != NULL)
    g_ptr_array_unref (page);
}

static void
set_error (AzqfStandardList *self,
           GError           *error)
{
  g_clear_error (&self->error);
  self->error = error;
}

/* Reading */

static guint
count_browse (AzqfStandardList *self)
{
  AzqfStoreFilter filter;
  GError *error = NULL;
  guint n;

  filter_init (self, &filter);
  n = azqf_store_count_standards (self->store, &filter, &error);
  if (error != NULL)
    {
      set_error (self, error);
      return 0;
    }

  self->pages = g_ptr_array_new_with_free_func (page_free);
  g_ptr_array_set_size (self->pages, (n + PAGE_SIZE - 1) / PAGE_SIZE);

  return n;
}

static guint
run_search (AzqfStandardList *self)
{
  g_autoptr(GHashTable) by_code = NULL;
  g_autoptr(GPtrArray) standards = NULL;
  g_autoptr(GPtrArray) hits = NULL;
  AzqfStoreFilter filter;
  GError *error = NULL;

  hits = azqf_store_search (self->store, self->terms, SEARCH_LIMIT, &error);
  if (hits == NULL)
    {
      set_error (self, error);
      return 0;
    }

  self->results = g_ptr_array_new_with_free_func (g_object_unref);
  self->snippets = g_ptr_array_new_with_free_func (g_free);
  if (hits->len == 0)
    return 0;

  /* The standards the filter lets through, by code (metadata only). */
  filter_init (self, &filter);
  standards = azqf_store_list_standards (self->store, &filter, &error);
  if (standards == NULL)
    {
      set_error (self, error);
      return 0;
    }

  by_code = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < standards->len; i++)
    {
      AzqfStandard *standard = g_ptr_array_index (standards, i);

      g_hash_table_insert (by_code, (gpointer) azqf_standard_get_code (standard), standard);
    }

  /* Hits come best first, so a standard's first hit is its best; taking it
   * out of by_code keeps the later ones away. */
  for (guint i = 0; i < hits->len; i++)
    {
      AzqfSearchHit *hit = g_ptr_array_index (hits, i);
      const char *code = azqf_search_hit_get_standard_code (hit);
      AzqfStandard *standard = g_hash_table_lookup (by_code, code);

      if (standard == NULL)
        continue;

      g_hash_table_remove (by_code, code);
      g_ptr_array_add (self->results, g_object_ref (standard));
      g_ptr_array_add (self->snippets, g_strdup (azqf_search_hit_get_snippet (hit)));
    }

  return self->results->len;
}

static GPtrArray *
get_page (AzqfStandardList *self,
          guint             page)
{
  GPtrArray *standards = g_ptr_array_index (self->pages, page);
  AzqfStoreFilter filter;
  GError *error = NULL;

  if (standards != NULL)
    return standards;

  filter_init (self, &filter);
  filter.limit = PAGE_SIZE;
  filter.offset = page * PAGE_SIZE;
  standards = azqf_store_list_standards (self->store, &filter, &error);
  if (standards == NULL)
    {
      set_error (self, error);
      return NULL;
    }

  g_ptr_array_index (self->pages, page) = standards;
  return standards;
}

/* Browsing: the standard at position (borrowed) or NULL, when its page could
 * not be read, or the workspace has fewer standards than counted (another
 * process deleted some; its next write or a reload fixes the count). */
static AzqfStandard *
peek_item (AzqfStandardList *self,
           guint             position)
{
  GPtrArray *standards;

  if (position >= self->n_items)
    return NULL;

  if (self->results != NULL)
    return g_ptr_array_index (self->results, position);

  standards = get_page (self, position / PAGE_SIZE);
  if (standards == NULL || position % PAGE_SIZE >= standards->len)
    return NULL;

  return g_ptr_array_index (standards, position % PAGE_SIZE);
}

/* GListModel */

static GType
azqf_standard_list_get_item_type (GListModel *model)
{
  return AZQF_TYPE_STANDARD;
}

static guint
azqf_standard_list_get_n_items (GListModel *model)
{
  return AZQF_STANDARD_LIST (model)->n_items;
}

static gpointer
azqf_standard_list_get_item (GListModel *model,
                             guint       position)
{
  AzqfStandard *standard = peek_item (AZQF_STANDARD_LIST (model), position);

  return standard != NULL ? g_object_ref (standard) : NULL;
}

static void
azqf_standard_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = azqf_standard_list_get_item_type;
  iface->get_n_items = azqf_standard_list_get_n_items;
  iface->get_item = azqf_standard_list_get_item;
}

/* GObject */

static void
standards_changed_cb (AzqfStandardList *self,
                      AzqfStore        *store)
{
  azqf_standard_list_reload (self);
}

static void
azqf_standard_list_constructed (GObject *object)
{
  AzqfStandardList *self = AZQF_STANDARD_LIST (object);

  G_OBJECT_CLASS (azqf_standard_list_parent_class)->constructed (object);

  g_assert (AZQF_IS_STORE (self->store));
  g_signal_connect_object (self->store, "standards-changed",
                           G_CALLBACK (standards_changed_cb), self, G_CONNECT_SWAPPED);
  azqf_standard_list_reload (self);
}

static void
azqf_standard_list_dispose (GObject *object)
{
  AzqfStandardList *self = AZQF_STANDARD_LIST (object);

  g_clear_pointer (&self->pages, g_ptr_array_unref);
  g_clear_pointer (&self->results, g_ptr_array_unref);
  g_clear_pointer (&self->snippets, g_ptr_array_unref);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (azqf_standard_list_parent_class)->dispose (object);
}

static void
azqf_standard_list_finalize (GObject *object)
{
  AzqfStandardList *self = AZQF_STANDARD_LIST (object);

  g_clear_pointer (&self->query, g_free);
  g_clear_pointer (&self->terms, g_free);
  g_clear_error (&self->error);

  G_OBJECT_CLASS (azqf_standard_list_parent_class)->finalize (object);
}

static void
azqf_standard_list_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  AzqfStandardList *self = AZQF_STANDARD_LIST (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_KIND:
      g_value_set_int (value, self->kind);
      break;

    case PROP_STATUS:
      g_value_set_int (value, self->status);
      break;

    case PROP_LEVEL:
      g_value_set_uint (value, self->level);
      break;

    case PROP_SORT_LANG:
      g_value_set_enum (value, self->sort_lang);
      break;

    case PROP_QUERY:
      g_value_set_string (value, self->query);
      break;

    case PROP_N_ITEMS:
      g_value_set_uint (value, self->n_items);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
azqf_standard_list_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  AzqfStandardList *self = AZQF_STANDARD_LIST (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_assert (self->store == NULL);
      self->store = g_value_dup_object (value);
      break;

    case PROP_KIND:
      azqf_standard_list_set_filter (self, g_value_get_int (value), self->status, self->level);
      break;

    case PROP_STATUS:
      azqf_standard_list_set_filter (self, self->kind, g_value_get_int (value), self->level);
      break;

    case PROP_LEVEL:
      azqf_standard_list_set_filter (self, self->kind, self->status, g_value_get_uint (value));
      break;

    case PROP_SORT_LANG:
      azqf_standard_list_set_sort_lang (self, g_value_get_enum (value));
      break;

    case PROP_QUERY:
      azqf_standard_list_set_query (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
azqf_standard_list_class_init (AzqfStandardListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->constructed = azqf_standard_list_constructed;
  object_class->dispose = azqf_standard_list_dispose;
  object_class->finalize = azqf_standard_list_finalize;
  object_class->get_property = azqf_standard_list_get_property;
  object_class->set_property = azqf_standard_list_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, AZQF_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_KIND] =
    g_param_spec_int ("kind", NULL, NULL, -1, AZQF_KIND_QUALIFICATION, -1, rw);
  properties[PROP_STATUS] =
    g_param_spec_int ("status", NULL, NULL, -1, AZQF_STATUS_WITHDRAWN, -1, rw);
  properties[PROP_LEVEL] =
    g_param_spec_uint ("level", NULL, NULL, 0, 8, 0, rw);
  properties[PROP_SORT_LANG] =
    g_param_spec_enum ("sort-lang", NULL, NULL, AZQF_TYPE_LANG, AZQF_LANG_AZ, rw);
  properties[PROP_QUERY] =
    g_param_spec_string ("query", NULL, NULL, NULL, rw);
  properties[PROP_N_ITEMS] =
    g_param_spec_uint ("n-items", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
azqf_standard_list_init (AzqfStandardList *self)
{
  self->kind = -1;
  self->status = -1;
  self->level = 0;
  self->sort_lang = AZQF_LANG_AZ;
}

/* API */

AzqfStandardList *
azqf_standard_list_new (AzqfStore *store)
{
  g_return_val_if_fail (AZQF_IS_STORE (store), NULL);

  return g_object_new (AZQF_TYPE_STANDARD_LIST, "store", store, NULL);
}

AzqfStore *
azqf_standard_list_get_store (AzqfStandardList *self)
{
  g_return_val_if_fail (AZQF_IS_STANDARD_LIST (self), NULL);

  return self->store;
}

void
azqf_standard_list_set_filter (AzqfStandardList *self,
                               int               kind,
                               int               status,
                               guint             level)
{
  gboolean changed = FALSE;

  g_return_if_fail (AZQF_IS_STANDARD_LIST (self));
  g_return_if_fail (kind >= -1 && kind <= AZQF_KIND_QUALIFICATION);
  g_return_if_fail (status >= -1 && status <= AZQF_STATUS_WITHDRAWN);
  g_return_if_fail (level <= 8);

  g_object_freeze_notify (G_OBJECT (self));

  if (self->kind != kind)
    {
      self->kind = kind;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
      changed = TRUE;
    }

  if (self->status != status)
    {
      self->status = status;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
      changed = TRUE;
    }

  if (self->level != level)
    {
      self->level = level;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LEVEL]);
      changed = TRUE;
    }

  if (changed && self->store != NULL)
    azqf_standard_list_reload (self);

  g_object_thaw_notify (G_OBJECT (self));
}

int
azqf_standard_list_get_kind (AzqfStandardList *self)
{
  g_return_val_if_fail (AZQF_IS_STANDARD_LIST (self), -1);

  return self->kind;
}

int
azqf_standard_list_get_status (AzqfStandardList *self)
{
  g_return_val_if_fail (AZQF_IS_STANDARD_LIST (self), -1);

  return self->status;
}

guint
azqf_standard_list_get_level (AzqfStandardList *self)
{
  g_return_val_if_fail (AZQF_IS_STANDARD_LIST (self), 0);

  return self->level;
}

void
azqf_standard_list_set_sort_lang (AzqfStandardList *self,
                                  AzqfLang          lang)
{
  g_return_if_fail (AZQF_IS_STANDARD_LIST (self));
  g_return_if_fail (lang == AZQF_LANG_AZ || lang == AZQF_LANG_EN);

  if (self->sort_lang == lang)
    return;

  self->sort_lang = lang;
  g_object_freeze_notify (G_OBJECT (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SORT_LANG]);
  /* Search results are in rank order, whatever the language. */
  if (self->store != NULL && self->terms == NULL)
    azqf_standard_list_reload (self);
  g_object_thaw_notify (G_OBJECT (self));
}

/* The query is kept as set (so a search entry bound to it keeps its trailing
 * space); only a change of its trimmed text searches again. */
void
azqf_standard_list_set_query (AzqfStandardList *self,
                              const char       *query)
{
  g_autofree char *terms = NULL;
  gboolean search_changed;

  g_return_if_fail (AZQF_IS_STANDARD_LIST (self));

  if (query != NULL && query[0] == '\0')
    query = NULL;

  if (g_strcmp0 (self->query, query) == 0)
    return;

  terms = g_strstrip (g_strdup (query != NULL ? query : ""));
  if (terms[0] == '\0')
    g_clear_pointer (&terms, g_free);

  g_free (self->query);
  self->query = g_strdup (query);
  search_changed = g_strcmp0 (self->terms, terms) != 0;
  g_free (self->terms);
  self->terms = g_steal_pointer (&terms);

  g_object_freeze_notify (G_OBJECT (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_QUERY]);
  if (search_changed && self->store != NULL)
    azqf_standard_list_reload (self);
  g_object_thaw_notify (G_OBJECT (self));
}

const char *
azqf_standard_list_get_query (AzqfStandardList *self)
{
  g_return_val_if_fail (AZQF_IS_STANDARD_LIST (self), NULL);

  return self->query;
}

const char *
azqf_standard_list_get_snippet (AzqfStandardList *self,
                                guint             position)
{
  g_return_val_if_fail (AZQF_IS_STANDARD_LIST (self), NULL);

  if (self->snippets == NULL || position >= self->snippets->len)
    return NULL;

  return g_ptr_array_index (self->snippets, position);
}

/* Browsing, this reads the pages not read yet until it finds the standard:
 * at most n_items / PAGE_SIZE queries, once. */
guint
azqf_standard_list_find (AzqfStandardList *self,
                         const char       *uuid)
{
  g_return_val_if_fail (AZQF_IS_STANDARD_LIST (self), G_MAXUINT);

  if (uuid == NULL)
    return G_MAXUINT;

  if (self->results != NULL)
    {
      for (guint i = 0; i < self->results->len; i++)
        if (g_strcmp0 (azqf_standard_get_uuid (g_ptr_array_index (self->results, i)), uuid) == 0)
          return i;

      return G_MAXUINT;
    }

  if (self->pages == NULL)
    return G_MAXUINT;

  /* The pages already read first, then the others in order. */
  for (guint pass = 0; pass < 2; pass++)
    for (guint page = 0; page < self->pages->len; page++)
      {
        GPtrArray *standards = g_ptr_array_index (self->pages, page);

        if ((standards != NULL) == (pass == 1))
          continue;

        if (standards == NULL)
          standards = get_page (self, page);
        if (standards == NULL)
          return G_MAXUINT;

        for (guint i = 0; i < standards->len; i++)
          if (g_strcmp0 (azqf_standard_get_uuid (g_ptr_array_index (standards, i)), uuid) == 0)
            {
              guint position = page * PAGE_SIZE + i;

              return position < self->n_items ? position : G_MAXUINT;
            }
      }

  return G_MAXUINT;
}

void
azqf_standard_list_reload (AzqfStandardList *self)
{
  guint old_n;

  g_return_if_fail (AZQF_IS_STANDARD_LIST (self));
  g_return_if_fail (self->store != NULL);

  old_n = self->n_items;
  g_clear_pointer (&self->pages, g_ptr_array_unref);
  g_clear_pointer (&self->results, g_ptr_array_unref);
  g_clear_pointer (&self->snippets, g_ptr_array_unref);
  g_clear_error (&self->error);

  self->n_items = self->terms != NULL ? run_search (self) : count_browse (self);

  if (old_n > 0 || self->n_items > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), 0, old_n, self->n_items);
  if (old_n != self->n_items)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
}

const GError *
azqf_standard_list_get_error (AzqfStandardList *self)
{
  g_return_val_if_fail (AZQF_IS_STANDARD_LIST (self), NULL);

  return self->error;
}
