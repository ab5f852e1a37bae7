/* bench-generate.h: the national-scale workspace the benchmarks share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Bilingual standards built from word lists with a seeded GRand, so every
 * run and every benchmark sees the same 2,000 standards and 100,000
 * outcomes: a third each occupational, educational and qualification,
 * levels 1–8 in turn, 3–8 units.
 */

#pragma once

#include <glib.h>

#include "azqf-types.h"

G_BEGIN_DECLS

/* The seed of the published figures. */
#define BENCH_SEED  20261123
/* Standards per azqf_store_insert_standards transaction. */
#define BENCH_BATCH 100

typedef struct
{
  const char *az;
  const char *en;
} BenchPair;

typedef struct
{
  const BenchPair *pairs;
  guint            n_pairs;
} BenchWordList;

/* The lists outcome texts and titles are made of, in a fixed order (the
 * search benchmark draws its queries from them); ends with { NULL, 0 }. */
extern const BenchWordList bench_word_lists[];

typedef struct _BenchGenerator BenchGenerator;

/* rand is borrowed: the caller may go on drawing from it afterwards. */
BenchGenerator *bench_generator_new        (GRand          *rand,
                                            int             n_outcomes);
void            bench_generator_free       (BenchGenerator *self);
/* Standard number index (0-based) of the workspace. */
AzqfStandard   *bench_generator_make_standard (BenchGenerator *self,
                                            guint           index,
                                            GError        **error);
AzqfOutcome    *bench_make_outcome         (GRand          *rand,
                                            const char     *code,
                                            AzqfDomain      domain,
                                            guint           n_criteria,
                                            GError        **error);
/* Creates the workspace at path with n_standards standards, BENCH_BATCH per
 * transaction, and closes it; the time spent building objects and inserting
 * them goes to build_us and insert_us. */
gboolean        bench_generate_workspace   (BenchGenerator *self,
                                            const char     *path,
                                            int             n_standards,
                                            double         *build_us,
                                            double         *insert_us,
                                            GError        **error);

/* Removes the files in dir (not recursively), then dir itself. */
void            bench_remove_dir           (const char     *dir);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BenchGenerator, bench_generator_free)

G_END_DECLS
