/* bench-ui.c: how fast the editor starts and how much memory it holds
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Run inside a display (tests/bench/run-bench.sh uses xvfb-run). For the
 * sample workspace and for the national-scale one (2,000 standards, the
 * foundation benchmark's generator), starts azqf-studio in benchmark mode
 * (AZQF_BENCH_FIRST_FRAME) and the raw-library program bench-ui-raw, N_RUNS
 * times each, and prints the median time from the process start to the
 * first painted frame, the resident memory then, and the ratios; once with
 * GTK's default renderer and once with the cairo renderer, since under
 * Xvfb the default is GL on Mesa's software rasteriser.
 * Targets (issue 6): first frame on the sample < 500 ms; the national
 * workspace's list < 1 s; resident memory with it open < 150 MB.
 */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <gio/gio.h>
#include <glib/gstdio.h>

#include "azqf-sample.h"
#include "azqf-store.h"

#include "bench-generate.h"

#define N_RUNS 5

/* NULL: GTK's default (GL; under Xvfb that is Mesa's software llvmpipe,
 * which alone holds ~70 MB), else the GSK_RENDERER to use. */
static const char *renderer;

typedef struct
{
  double ms;
  double rss_mb;
} Run;

static G_GNUC_NORETURN void
die (const char   *what,
     const GError *error)
{
  g_printerr ("bench-ui: %s: %s\n", what, error != NULL ? error->message : "failed");
  exit (2);
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

/* One start of argv: time to the "first-frame" line, and the RSS printed. */
static Run
run_once (const char * const *argv)
{
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE);
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GDataInputStream) lines = NULL;
  g_autoptr(GError) error = NULL;
  Run run = { -1, -1 };
  gint64 start;
  char *line;

  g_subprocess_launcher_setenv (launcher, "AZQF_BENCH_FIRST_FRAME", "1", TRUE);
  g_subprocess_launcher_setenv (launcher, "GSETTINGS_BACKEND", "memory", TRUE);
  if (renderer != NULL)
    g_subprocess_launcher_setenv (launcher, "GSK_RENDERER", renderer, TRUE);
  start = g_get_monotonic_time ();
  process = g_subprocess_launcher_spawnv (launcher, argv, &error);
  if (process == NULL)
    die (argv[0], error);
  lines = g_data_input_stream_new (g_subprocess_get_stdout_pipe (process));
  while ((line = g_data_input_stream_read_line_utf8 (lines, NULL, NULL, &error)) != NULL)
    {
      if (g_str_has_prefix (line, "rss-kb "))
        run.rss_mb = g_ascii_strtod (line + 7, NULL) / 1024.0;
      else if (g_str_equal (line, "first-frame"))
        run.ms = (g_get_monotonic_time () - start) / 1000.0;
      g_free (line);
    }
  if (!g_subprocess_wait_check (process, NULL, &error) || run.ms < 0)
    die (argv[0], error);
  return run;
}

static Run
median_of_runs (const char * const *argv)
{
  double ms[N_RUNS], rss[N_RUNS];
  Run median;

  run_once (argv);  /* warm the page cache */
  for (guint i = 0; i < N_RUNS; i++)
    {
      Run run = run_once (argv);

      ms[i] = run.ms;
      rss[i] = run.rss_mb;
    }
  qsort (ms, N_RUNS, sizeof (double), compare_doubles);
  qsort (rss, N_RUNS, sizeof (double), compare_doubles);
  median.ms = ms[N_RUNS / 2];
  median.rss_mb = rss[N_RUNS / 2];
  return median;
}

static void
compare (const char *what,
         const char *studio,
         const char *raw,
         const char *workspace,
         double      target_ms,
         double      target_mb)
{
  const char *studio_argv[] = { studio, workspace, NULL };
  const char *raw_argv[] = { raw, workspace, NULL };
  Run ours = median_of_runs (studio_argv);
  Run theirs = median_of_runs (raw_argv);

  printf ("%s\n", what);
  printf ("  first frame   azqf-studio %7.0f ms   raw GTK+sqlite3 %7.0f ms   ratio %.2f×   target < %.0f ms: %s\n",
          ours.ms, theirs.ms, ours.ms / theirs.ms, target_ms, ours.ms < target_ms ? "met" : "NOT met");
  printf ("  resident      azqf-studio %7.1f MB   raw GTK+sqlite3 %7.1f MB   ratio %.2f×",
          ours.rss_mb, theirs.rss_mb, ours.rss_mb / theirs.rss_mb);
  if (target_mb > 0)
    printf ("   target < %.0f MB: %s", target_mb, ours.rss_mb < target_mb ? "met" : "NOT met");
  printf ("\n");
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (BENCH_SEED);
  g_autoptr(BenchGenerator) generator = NULL;
  g_autoptr(AzqfStore) store = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *sample = NULL;
  g_autofree char *national = NULL;
  double build_us, insert_us;

  if (argc != 4)
    {
      g_printerr ("usage: bench-ui AZQF-STUDIO BENCH-UI-RAW WORK-DIR\n");
      return 2;
    }
  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_printerr ("bench-ui: no display; run it under xvfb-run\n");
      return 2;
    }

  g_mkdir_with_parents (argv[3], 0700);
  dir = g_build_filename (argv[3], "bench-ui-XXXXXX", NULL);
  if (g_mkdtemp (dir) == NULL)
    die (dir, NULL);

  sample = g_build_filename (dir, "sample.azqf", NULL);
  store = azqf_store_create (sample, &error);
  if (store == NULL || !azqf_sample_populate (store, &error))
    die (sample, error);
  azqf_store_close (store);

  national = g_build_filename (dir, "national.azqf", NULL);
  generator = bench_generator_new (rand, 50);  /* outcomes per standard, as bench-gap */
  if (!bench_generate_workspace (generator, national, 2000, &build_us, &insert_us, &error))
    die (national, error);

  for (guint i = 0; i < 2; i++)
    {
      renderer = i == 0 ? g_getenv ("GSK_RENDERER") : "cairo";
      printf ("== GTK renderer: %s\n", renderer != NULL ? renderer : "default (GL)");
      compare ("Sample workspace (3 standards): launch to the first frame",
               argv[1], argv[2], sample, 500, 0);
      compare ("National-scale workspace (2,000 standards): launch to the first frame with the list",
               argv[1], argv[2], national, 1000, 150);
    }

  bench_remove_dir (dir);
  return 0;
}
