/* bench-spell.c: spell-checking all text of a national-scale workspace
 *
 * Builds the 2,000 standards of bench-store in memory (bench-generate.c, the
 * same seed), or loads them from --workspace, collects every text (titles,
 * summaries, sectors, bodies, unit titles, outcomes, criteria) per language,
 * and writes them to a file, one text per line. Then, in the same run:
 *
 *  - AzqfSpellChecker on those texts (azqf_spell_checker_check_text), with
 *    the same single dictionary as hunspell (az_AZ; en_US), and the whole
 *    standards (azqf_spell_checker_check_standard, both languages);
 *  - `hunspell -l -d DIR/NAME -i UTF-8 FILE` on the file, and on an empty
 *    file, whose time is hunspell's start and dictionary load;
 *  - the load time of each dictionary (azqf_hunspell_load, median of 5).
 *
 * Prints the times and the ratio ours / hunspell's (target ≤ 1.5×; both
 * without the dictionary load) and the load times (target < 100 ms).
 *
 * Not part of meson test: `ninja -C _build bench-spell` (the run target), or
 * _build/tests/bench/bench-spell [--workspace PATH] [--hunspell PROGRAM].
 * The az_AZ dictionary is found like the application finds it
 * ($AZQF_HUNSPELL_DIR, which the run target sets to resources/hunspell).
 * Exit status: 0 targets met, 1 missed, 2 error.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gstdio.h>

#include "azqf-criterion.h"
#include "azqf-hunspell.h"
#include "azqf-outcome.h"
#include "azqf-spell.h"
#include "azqf-spell-private.h"
#include "azqf-standard.h"
#include "azqf-store.h"
#include "azqf-unit.h"

#include "bench-generate.h"

#define TARGET_RATIO   1.5
#define TARGET_LOAD_MS 100.0
#define N_LOADS        5

typedef struct
{
  AzqfLang    lang;
  const char *name;       /* dictionary */
  GPtrArray  *texts;      /* borrowed strings of the standards */
  gsize       bytes;
  char       *file;
  double      load_ms;    /* median */
  double      load_max_ms;
  double      ours_us;
  double      uncached_us;
  guint       ours_found;
  double      hunspell_us;
  double      hunspell_empty_us;
  guint       hunspell_found;
  gboolean    measured;
} Lang;

static G_GNUC_NORETURN void
die (const char *what,
     GError     *error)
{
  fprintf (stderr, "bench-spell: %s: %s\n", what, error != NULL ? error->message : "failed");
  exit (2);
}

static double
elapsed_us (gint64 start)
{
  return (double) (g_get_monotonic_time () - start);
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return (x > y) - (x < y);
}

static void
add_text (Lang       *langs,
          AzqfLang    lang,
          const char *text)
{
  if (text == NULL || *text == '\0')
    return;

  g_ptr_array_add (langs[lang].texts, (gpointer) text);
  langs[lang].bytes += strlen (text);
}

static void
collect_outcomes (Lang       *langs,
                  GListModel *outcomes)
{
  for (guint i = 0; i < g_list_model_get_n_items (outcomes); i++)
    {
      g_autoptr(AzqfOutcome) outcome = g_list_model_get_item (outcomes, i);
      GListModel *criteria = azqf_outcome_get_criteria (outcome);

      for (AzqfLang lang = AZQF_LANG_AZ; lang <= AZQF_LANG_EN; lang++)
        add_text (langs, lang, azqf_outcome_get_text (outcome, lang));
      for (guint j = 0; j < g_list_model_get_n_items (criteria); j++)
        {
          g_autoptr(AzqfCriterion) criterion = g_list_model_get_item (criteria, j);

          for (AzqfLang lang = AZQF_LANG_AZ; lang <= AZQF_LANG_EN; lang++)
            add_text (langs, lang, azqf_criterion_get_text (criterion, lang));
        }
    }
}

/* Every text of standard, in the order check_standard reads them. */
static void
collect (Lang         *langs,
         AzqfStandard *standard)
{
  GListModel *units = azqf_standard_get_units (standard);

  for (AzqfStandardText field = AZQF_STANDARD_TITLE; field <= AZQF_STANDARD_APPROVING_BODY; field++)
    for (AzqfLang lang = AZQF_LANG_AZ; lang <= AZQF_LANG_EN; lang++)
      add_text (langs, lang, azqf_standard_get_text (standard, field, lang));

  collect_outcomes (langs, azqf_standard_get_outcomes (standard));
  for (guint i = 0; i < g_list_model_get_n_items (units); i++)
    {
      g_autoptr(AzqfUnit) unit = g_list_model_get_item (units, i);

      for (AzqfLang lang = AZQF_LANG_AZ; lang <= AZQF_LANG_EN; lang++)
        add_text (langs, lang, azqf_unit_get_title (unit, lang));
      collect_outcomes (langs, azqf_unit_get_outcomes (unit));
    }
}

/* One text per line; a line break inside a text becomes a space. */
static void
write_texts (Lang       *lang,
             const char *dir)
{
  g_autoptr(GString) data = g_string_sized_new (lang->bytes + lang->texts->len);
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_strdup_printf ("text-%s.txt", azqf_lang_to_string (lang->lang));

  for (guint i = 0; i < lang->texts->len; i++)
    {
      gsize start = data->len;

      g_string_append (data, g_ptr_array_index (lang->texts, i));
      for (gsize j = start; j < data->len; j++)
        if (data->str[j] == '\n' || data->str[j] == '\r')
          data->str[j] = ' ';
      g_string_append_c (data, '\n');
    }

  lang->file = g_build_filename (dir, name, NULL);
  if (!g_file_set_contents (lang->file, data->str, data->len, &error))
    die (lang->file, error);
}

static AzqfHunspell *
measure_load (Lang *lang)
{
  g_autoptr(GArray) samples = g_array_new (FALSE, FALSE, sizeof (double));
  AzqfHunspell *provider = NULL;

  for (guint i = 0; i < N_LOADS; i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 start = g_get_monotonic_time ();
      double us;

      g_clear_object (&provider);
      provider = azqf_hunspell_load (lang->lang, lang->name, &error);
      us = elapsed_us (start);
      if (provider == NULL)
        die (lang->name, error);
      g_array_append_val (samples, us);
    }

  g_array_sort (samples, compare_doubles);
  lang->load_ms = g_array_index (samples, double, N_LOADS / 2) / 1000.0;
  lang->load_max_ms = g_array_index (samples, double, N_LOADS - 1) / 1000.0;
  return provider;
}

/* Wall time of hunspell -l on file; *n_lines: the words it printed. */
static double
run_hunspell (const char *program,
              const char *dictionary,
              const char *file,
              guint      *n_lines)
{
  const char *argv[] = { program, "-l", "-i", "UTF-8", "-d", dictionary, file, NULL };
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  int wait_status = 0;
  gint64 start = g_get_monotonic_time ();
  double us;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                     &out, NULL, &wait_status, &error) ||
      !g_spawn_check_wait_status (wait_status, &error))
    die (program, error);
  us = elapsed_us (start);

  *n_lines = 0;
  for (const char *p = out; *p != '\0'; p++)
    *n_lines += *p == '\n';

  return us;
}

/* Microseconds to check every text of lang. */
static double
check_texts (AzqfSpellChecker *checker,
             Lang             *lang,
             guint            *n_found)
{
  gint64 start = g_get_monotonic_time ();

  *n_found = 0;
  for (guint i = 0; i < lang->texts->len; i++)
    {
      g_autoptr(GPtrArray) found = azqf_spell_checker_check_text (checker, g_ptr_array_index (lang->texts, i),
                                                                  -1, lang->lang);

      *n_found += found->len;
    }

  return elapsed_us (start);
}

static void
measure (Lang       *lang,
         const char *hunspell,
         const char *empty_file)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AzqfSpellChecker) checker = NULL;
  g_autoptr(AzqfHunspell) provider = NULL;
  g_autofree char *aff = NULL;
  g_autofree char *dictionary = NULL;
  guint ignored;

  if (!azqf_hunspell_find (lang->name, &aff, NULL))
    {
      printf ("%s: no %s dictionary, skipped\n", azqf_lang_to_string (lang->lang), lang->name);
      return;
    }
  dictionary = g_strndup (aff, strlen (aff) - strlen (".aff"));

  provider = measure_load (lang);

  /* A fresh checker: its word cache starts empty. */
  checker = azqf_spell_checker_new (NULL, &error);
  if (checker == NULL)
    die ("checker", error);
  azqf_spell_checker_add_provider (checker, AZQF_SPELL_PROVIDER (provider));

  lang->ours_us = check_texts (checker, lang, &lang->ours_found);
  _azqf_spell_checker_set_caching (checker, FALSE);
  lang->uncached_us = check_texts (checker, lang, &ignored);

  if (hunspell != NULL)
    {
      lang->hunspell_empty_us = run_hunspell (hunspell, dictionary, empty_file, &ignored);
      lang->hunspell_us = run_hunspell (hunspell, dictionary, lang->file, &lang->hunspell_found);
    }
  lang->measured = TRUE;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = g_option_context_new ("— spell-check a national-scale workspace");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) standards = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *workspace = NULL;
  g_autofree char *hunspell = NULL;
  g_autofree char *base_dir = NULL;
  g_autofree char *work_dir = NULL;
  g_autofree char *empty_file = NULL;
  gboolean keep = FALSE;
  int n_standards = 2000;
  int n_outcomes = 50;
  const GOptionEntry entries[] = {
    { "workspace", 0, 0, G_OPTION_ARG_FILENAME, &workspace, "Check this workspace instead of generating one", "PATH" },
    { "hunspell", 0, 0, G_OPTION_ARG_FILENAME, &hunspell, "The hunspell program (default: from PATH)", "PROGRAM" },
    { "dir", 0, 0, G_OPTION_ARG_FILENAME, &base_dir, "Where to write the text files (default: the system's temporary folder)", "DIR" },
    { "keep", 0, 0, G_OPTION_ARG_NONE, &keep, "Keep the text files", NULL },
    { "standards", 0, 0, G_OPTION_ARG_INT, &n_standards, "Number of standards (2000)", "N" },
    { "outcomes", 0, 0, G_OPTION_ARG_INT, &n_outcomes, "Outcomes per standard (50)", "N" },
    G_OPTION_ENTRY_NULL
  };
  Lang langs[2] = {
    { .lang = AZQF_LANG_AZ, .name = "az_AZ" },
    { .lang = AZQF_LANG_EN, .name = "en_US" },
  };
  g_autoptr(AzqfSpellChecker) both = NULL;
  double standards_us = 0;
  guint standards_found = 0;
  gboolean missed = FALSE;
  gint64 start;

  setvbuf (stdout, NULL, _IOLBF, 0);

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    die ("options", error);
  if (n_standards < 1 || n_outcomes < 8)
    {
      fprintf (stderr, "bench-spell: at least 1 standard and 8 outcomes\n");
      return 2;
    }
  if (hunspell == NULL)
    hunspell = g_find_program_in_path ("hunspell");
  if (hunspell == NULL)
    printf ("No hunspell program (apt-get install hunspell): measuring ours only\n");

  start = g_get_monotonic_time ();
  if (workspace != NULL)
    {
      g_autoptr(AzqfStore) store = azqf_store_open (workspace, AZQF_STORE_OPEN_READ_ONLY, &error);
      g_autoptr(GPtrArray) listed = NULL;

      if (store == NULL)
        die ("open", error);
      listed = azqf_store_list_standards (store, NULL, &error);
      if (listed == NULL)
        die ("list", error);
      for (guint i = 0; i < listed->len; i++)
        {
          const char *uuid = azqf_standard_get_uuid (g_ptr_array_index (listed, i));
          AzqfStandard *standard = azqf_store_load_standard_by_uuid (store, uuid, &error);

          if (standard == NULL)
            die (uuid, error);
          g_ptr_array_add (standards, standard);
        }
      printf ("AzQF spelling benchmark: %s, %u standards\n", workspace, standards->len);
    }
  else
    {
      g_autoptr(GRand) rand = g_rand_new_with_seed (BENCH_SEED);
      g_autoptr(BenchGenerator) generator = bench_generator_new (rand, n_outcomes);

      for (int i = 0; i < n_standards; i++)
        {
          AzqfStandard *standard = bench_generator_make_standard (generator, i, &error);

          if (standard == NULL)
            die ("generate", error);
          g_ptr_array_add (standards, standard);
        }
      printf ("AzQF spelling benchmark: %d standards × %d outcomes (bench-store's workspace, seed %d, "
              "in memory)\n", n_standards, n_outcomes, BENCH_SEED);
    }
  printf ("Standards ready in %.1f s\n", elapsed_us (start) / 1e6);

  if (base_dir == NULL)
    base_dir = g_strdup (g_get_tmp_dir ());
  if (g_mkdir_with_parents (base_dir, 0755) != 0)
    {
      fprintf (stderr, "bench-spell: cannot create %s\n", base_dir);
      return 2;
    }
  {
    g_autofree char *template = g_build_filename (base_dir, "azqf-bench-spell-XXXXXX", NULL);

    work_dir = g_mkdtemp (g_strdup (template));
    if (work_dir == NULL)
      {
        fprintf (stderr, "bench-spell: cannot create a folder in %s\n", base_dir);
        return 2;
      }
  }

  for (guint l = 0; l < G_N_ELEMENTS (langs); l++)
    langs[l].texts = g_ptr_array_new ();
  for (guint i = 0; i < standards->len; i++)
    collect (langs, g_ptr_array_index (standards, i));

  empty_file = g_build_filename (work_dir, "empty.txt", NULL);
  if (!g_file_set_contents (empty_file, "", 0, &error))
    die (empty_file, error);
  for (guint l = 0; l < G_N_ELEMENTS (langs); l++)
    {
      write_texts (&langs[l], work_dir);
      printf ("%s: %u texts, %.1f MB (%s)\n", azqf_lang_to_string (langs[l].lang), langs[l].texts->len,
              langs[l].bytes / 1e6, langs[l].file);
    }
  printf ("\n");

  for (guint l = 0; l < G_N_ELEMENTS (langs); l++)
    measure (&langs[l], hunspell, empty_file);

  /* The real path: whole standards, both languages, the installed dictionaries. */
  both = azqf_spell_checker_new (NULL, &error);
  if (both == NULL)
    die ("checker", error);
  for (guint l = 0; l < G_N_ELEMENTS (langs); l++)
    if (langs[l].measured && !azqf_spell_checker_load_dictionaries (both, langs[l].lang, &error))
      die ("load", error);
  start = g_get_monotonic_time ();
  for (guint i = 0; i < standards->len; i++)
    {
      g_autoptr(GPtrArray) found = azqf_spell_checker_check_standard (both, g_ptr_array_index (standards, i),
                                                                      -1, 0);

      standards_found += found->len;
    }
  standards_us = elapsed_us (start);

  for (guint l = 0; l < G_N_ELEMENTS (langs); l++)
    {
      Lang *lang = &langs[l];
      double hunspell_check_us = lang->hunspell_us - lang->hunspell_empty_us;

      if (!lang->measured)
        continue;

      printf ("%s (%s):\n", azqf_lang_to_string (lang->lang), lang->name);
      printf ("  dictionary load:   %.1f ms median of %d, max %.1f ms (target < %.0f ms)\n",
              lang->load_ms, N_LOADS, lang->load_max_ms, TARGET_LOAD_MS);
      printf ("  AzqfSpellChecker:  %.3f s, %u misspelled words (fresh checker, cold word cache); "
              "%.3f s without the word cache\n",
              lang->ours_us / 1e6, lang->ours_found, lang->uncached_us / 1e6);
      missed |= lang->load_ms >= TARGET_LOAD_MS;

      if (hunspell == NULL)
        continue;

      printf ("  hunspell -l:       %.3f s wall, of which %.3f s start and load (empty file); %u words listed\n",
              lang->hunspell_us / 1e6, lang->hunspell_empty_us / 1e6, lang->hunspell_found);
      printf ("  ratio ours/hunspell: %.2f× checking alone, %.2f× with our load against its wall time, "
              "%.2f× without the word cache (target ≤ %.1f×)\n",
              lang->ours_us / MAX (hunspell_check_us, 1.0),
              (lang->ours_us + lang->load_ms * 1000.0) / MAX (lang->hunspell_us, 1.0),
              lang->uncached_us / MAX (hunspell_check_us, 1.0), TARGET_RATIO);
      missed |= lang->ours_us / MAX (hunspell_check_us, 1.0) > TARGET_RATIO;
    }

  printf ("\nazqf_spell_checker_check_standard, every standard, both languages: %.3f s, %u misspelled "
          "words (en with en_GB too when installed)\n", standards_us / 1e6, standards_found);

  for (guint l = 0; l < G_N_ELEMENTS (langs); l++)
    {
      if (!keep)
        g_unlink (langs[l].file);
      g_free (langs[l].file);
      g_ptr_array_unref (langs[l].texts);
    }
  g_unlink (empty_file);
  if (keep)
    printf ("Kept %s\n", work_dir);
  else
    g_rmdir (work_dir);

  if (missed)
    {
      printf ("\nTarget missed\n");
      return 1;
    }

  return 0;
}
