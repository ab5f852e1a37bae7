#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
#
# bench-spell-accuracy.py: measure the Azerbaijani hunspell dictionary
# (resources/hunspell/az_AZ) on published Azerbaijani prose
# (tests/bench/spell-corpus/az-corpus.txt, sources in SOURCES.md).
#
# Prints three figures, for the whole corpus and for its held-out part:
#   1. false alarms: share of correct running words the dictionary flags
#      (target <= 3 %);
#   2. misspellings caught: share of misspellings derived from the corpus
#      words that the dictionary flags (target >= 90 %); five kinds: a
#      dropped diacritic (ə→e, ı→i, ö→o, ü→u, ç→c, ş→s, ğ→g), two
#      neighbouring letters swapped, a letter doubled, a letter dropped,
#      a suffix vowel of the wrong harmony (-lar for -lər, -da for -də …);
#   3. suggestions: share of dropped-diacritic misspellings whose right
#      word is among the first three suggestions (target >= 80 %).
#
# Words the corpus itself misspells are listed in spell-corpus/errata.txt;
# they are left out of figure 1 (and reported). Tokens that are not
# Azerbaijani words are skipped as the model's spell-checker skips them:
# anything with a digit next to it (2016-cı), abbreviations and codes
# (AzMKÇ, CBHE, ECTS), and words with letters outside the alphabet.
#
# Usage: bench-spell-accuracy.py [--dict PATH-WITHOUT-SUFFIX] [--list-flagged]
#        [--seed N] [--json]
# Needs python3 and the hunspell program; exit 77 (skipped) without it.

import argparse
import json
import os
import random
import re
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, '..', '..'))

AZ_LOWER = 'abcçdeəfgğhxıijkqlmnoöprsştuüvyz'
AZ_UPPER = 'ABCÇDEƏFGĞHXIİJKQLMNOÖPRSŞTUÜVYZ'
AZ_LETTERS = set(AZ_LOWER + AZ_UPPER)
DIACRITIC = {'ə': 'e', 'ı': 'i', 'ö': 'o', 'ü': 'u', 'ç': 'c', 'ş': 's', 'ğ': 'g'}
HARMONY_SWAP = {'a': 'ə', 'ə': 'a', 'ı': 'i', 'i': 'ı', 'u': 'ü', 'ü': 'u'}
VOWELS = set('aıoueəiöü')

TOKEN = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def lower_az(w):
    return w.replace('I', 'ı').replace('İ', 'i').lower()


def read_corpus(path):
    parts = []
    cur = None
    with open(path, encoding='utf-8') as f:
        for line in f:
            if line.startswith('#') and cur is None:
                continue
            m = re.match(r'=== (\S+) (dev|heldout) ===', line)
            if m:
                cur = [m.group(1), m.group(2), []]
                parts.append(cur)
                continue
            if cur is not None:
                cur[2].append(line)
    return [(p, k, ''.join(t)) for p, k, t in parts]


def is_word(tok, text, start, end):
    """Is this token an Azerbaijani word the spell-checker should judge?"""
    if any(ch not in AZ_LETTERS and ch != '-' for ch in tok):
        return False
    # a digit, '+', '/' or '_' glued to it: 2016-cı, Erasmus+, KA2; a case
    # ending written after a closing quote or bracket: “Qaydaları”nın,
    # qrupu(ları)
    before = text[start - 1] if start > 0 else ' '
    after = text[end] if end < len(text) else ' '
    if before.isdigit() or before in '-+_/.@"”»)(\'’' or after.isdigit() or after in '+_@' or \
            (after == '-' and end + 1 < len(text) and text[end + 1].isdigit()):
        return False
    for part in tok.split('-'):
        if not part:
            return False
        # abbreviations and codes: more than one capital (AzMKÇ, CBHE),
        # unless the whole word is in capitals and long (KVALİFİKASİYALAR)
        caps = sum(1 for ch in part if ch.isupper())
        if caps > 1 and not (part.isupper() and len(part) >= 7):
            return False
        if len(part) == 1:
            return False
    return True


def tokens(text):
    for m in TOKEN.finditer(text):
        tok = m.group(0).strip('-')
        if tok and is_word(tok, text, m.start(), m.end()):
            yield tok


class Hunspell:
    def __init__(self, dic):
        self.exe = shutil.which('hunspell')
        self.dic = dic
        self.env = dict(os.environ, LC_ALL='C.UTF-8')

    def flagged(self, words):
        """The subset of words hunspell rejects."""
        words = sorted(set(words))
        inp = '\n'.join(words) + '\n'
        r = subprocess.run([self.exe, '-l', '-d', self.dic, '-i', 'UTF-8'],
                           input=inp.encode('utf-8'), stdout=subprocess.PIPE,
                           env=self.env, check=True)
        return set(r.stdout.decode('utf-8').split())

    def suggest(self, words):
        """{word: [suggestions]} for words hunspell rejects."""
        words = sorted(set(words))
        inp = ''.join('^' + w + '\n' for w in words)
        r = subprocess.run([self.exe, '-a', '-d', self.dic, '-i', 'UTF-8'],
                           input=inp.encode('utf-8'), stdout=subprocess.PIPE,
                           env=self.env, check=True)
        out = {}
        for line in r.stdout.decode('utf-8').split('\n'):
            if line.startswith('& '):
                head, _, sugg = line.partition(': ')
                out[head.split()[1]] = [s.strip() for s in sugg.split(', ')]
            elif line.startswith('# '):
                out[line.split()[1]] = []
        return out


def misspell(word, kind, rng):
    """One misspelling of word of the given kind, or None."""
    n = len(word)
    if kind == 'diacritic':
        pos = [i for i, ch in enumerate(word) if ch in DIACRITIC]
        if not pos:
            return None
        i = rng.choice(pos)
        return word[:i] + DIACRITIC[word[i]] + word[i + 1:]
    if kind == 'swap':
        pos = [i for i in range(1, n - 1) if word[i] != word[i + 1] and word[i + 1] != '-' and word[i] != '-']
        if not pos:
            return None
        i = rng.choice(pos)
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    if kind == 'double':
        pos = [i for i in range(1, n) if word[i] != '-' and word[i] != word[i - 1]
               and (i + 1 >= n or word[i + 1] != word[i])]
        if not pos:
            return None
        i = rng.choice(pos)
        return word[:i] + word[i] + word[i:]
    if kind == 'drop':
        pos = [i for i in range(1, n) if word[i] != '-' and word[i] != word[i - 1]]
        if not pos:
            return None
        i = rng.choice(pos)
        return word[:i] + word[i + 1:]
    if kind == 'harmony':
        # the last vowel of a word with a suffix (at least 2 syllables)
        vs = [i for i, ch in enumerate(word) if ch in VOWELS]
        if len(vs) < 2 or word[vs[-1]] not in HARMONY_SWAP:
            return None
        i = vs[-1]
        return word[:i] + HARMONY_SWAP[word[i]] + word[i + 1:]
    raise ValueError(kind)


KINDS = ('diacritic', 'swap', 'double', 'drop', 'harmony')


def pct(a, b):
    return 100.0 * a / b if b else 0.0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--dict', default=os.path.join(ROOT, 'resources', 'hunspell', 'az_AZ'))
    ap.add_argument('--corpus', default=os.path.join(HERE, 'spell-corpus', 'az-corpus.txt'))
    ap.add_argument('--seed', type=int, default=7)
    ap.add_argument('--list-flagged', action='store_true')
    ap.add_argument('--json', action='store_true')
    args = ap.parse_args()

    hs = Hunspell(args.dict)
    if not hs.exe:
        print('hunspell not found: skipped')
        return 77

    errata = set()
    epath = os.path.join(os.path.dirname(args.corpus), 'errata.txt')
    if os.path.exists(epath):
        with open(epath, encoding='utf-8') as f:
            for line in f:
                line = line.split('#', 1)[0].strip()
                if line:
                    errata.add(line.split()[0])

    parts = read_corpus(args.corpus)
    toks = {}
    for pid, kind, text in parts:
        toks.setdefault('all', []).extend(tokens(text))
        toks.setdefault(kind, []).extend(tokens(text))

    vocab = set(toks['all'])
    flagged = hs.flagged(vocab)
    results = {}
    for scope in ('all', 'dev', 'heldout'):
        ts = toks.get(scope, [])
        good = [t for t in ts if t not in errata]
        fl = [t for t in good if t in flagged]
        caught_err = sorted(set(t for t in ts if t in errata and t in flagged))
        results[scope] = {
            'tokens': len(good), 'types': len(set(good)),
            'flagged_tokens': len(fl), 'flagged_types': len(set(fl)),
            'false_alarm_pct': round(pct(len(fl), len(good)), 2),
            'errata_in_text': len(set(t for t in ts if t in errata)),
            'errata_flagged': len(caught_err),
        }

    # misspellings from the lowercase words of the corpus
    rng = random.Random(args.seed)
    lvocab = set(lower_az(t) for t in vocab)
    base = sorted(set(w for w in (lower_az(t) for t in vocab if t not in errata)
                      if len(w) >= 3 and '-' not in w))
    held = set(lower_az(t) for t in toks.get('heldout', []))
    miss = {k: [] for k in KINDS}
    for w in base:
        for k in KINDS:
            m = misspell(w, k, rng)
            if m and m != w and m not in lvocab:
                miss[k].append((w, m))
    allm = set(m for k in KINDS for _, m in miss[k])
    mflag = hs.flagged(allm)
    caught = {}
    for k in KINDS:
        c = sum(1 for _, m in miss[k] if m in mflag)
        ch = [(w, m) for w, m in miss[k] if w in held]
        caught[k] = (c, len(miss[k]), sum(1 for _, m in ch if m in mflag), len(ch))
    tot_c = sum(v[0] for v in caught.values())
    tot_n = sum(v[1] for v in caught.values())
    tot_hc = sum(v[2] for v in caught.values())
    tot_hn = sum(v[3] for v in caught.values())

    # suggestions for dropped diacritics (one dropped, and all dropped)
    one = miss['diacritic']
    alld = []
    for w in base:
        m = ''.join(DIACRITIC.get(ch, ch) for ch in w)
        if m != w and m not in lvocab and m != misspell(w, 'diacritic', random.Random(0)):
            alld.append((w, m))
    # suggestions are slow: a fixed sample of 150 per kind for the others
    srng = random.Random(args.seed)
    other = []
    for k in ('swap', 'double', 'drop', 'harmony'):
        other += srng.sample(miss[k], min(150, len(miss[k])))
    sugg = hs.suggest([m for _, m in one] + [m for _, m in alld] + [m for _, m in other])

    def top3(pairs):
        ok = sum(1 for w, m in pairs if w in sugg.get(m, [])[:3])
        first = sum(1 for w, m in pairs if sugg.get(m, [])[:1] == [w])
        return ok, first, len(pairs)

    s1 = top3(one)
    s1h = top3([(w, m) for w, m in one if w in held])
    s2 = top3(alld)
    s3 = top3(other)

    if args.json:
        print(json.dumps({'false_alarms': results, 'caught': caught,
                          'suggest_one': s1, 'suggest_all': s2, 'suggest_other': s3},
                         ensure_ascii=False, indent=1))
        return 0

    print('Azerbaijani spell-check accuracy (%s)' % os.path.relpath(args.dict, ROOT))
    print('corpus: %s' % os.path.relpath(args.corpus, ROOT))
    print()
    for scope in ('all', 'dev', 'heldout'):
        r = results[scope]
        print('%-8s %6d running words (%d distinct), flagged %d (%d distinct)' % (
            scope, r['tokens'], r['types'], r['flagged_tokens'], r['flagged_types']))
    print('         errata (words misspelt in the published text): %d, flagged %d' % (
        results['all']['errata_in_text'], results['all']['errata_flagged']))
    print()
    print('1. correct words flagged:        %5.2f %%  (held-out part %5.2f %%)  target <= 3 %%' % (
        results['all']['false_alarm_pct'], results['heldout']['false_alarm_pct']))
    print('2. misspellings caught:          %5.2f %%  (held-out words %5.2f %%)  target >= 90 %%' % (
        pct(tot_c, tot_n), pct(tot_hc, tot_hn)))
    for k in KINDS:
        c, n, hc, hn = caught[k]
        print('     %-10s %5d of %5d  %6.2f %%' % (k, c, n, pct(c, n)))
    print('3. right word in first three suggestions, one diacritic dropped:')
    print('                                 %5.2f %%  (first: %5.2f %%; held-out %5.2f %%)  target >= 80 %%' % (
        pct(s1[0], s1[2]), pct(s1[1], s1[2]), pct(s1h[0], s1h[2])))
    print('   all diacritics dropped:       %5.2f %%  (first: %5.2f %%; %d words)' % (
        pct(s2[0], s2[2]), pct(s2[1], s2[2]), s2[2]))
    print('   other misspellings (swap, double, drop, harmony; a sample):')
    print('                                 %5.2f %%  (first: %5.2f %%; %d words)' % (
        pct(s3[0], s3[2]), pct(s3[1], s3[2]), s3[2]))
    if args.list_flagged:
        print()
        print('flagged words:')
        cnt = {}
        for t in toks['all']:
            if t in flagged and t not in errata:
                cnt[t] = cnt.get(t, 0) + 1
        for t, c in sorted(cnt.items(), key=lambda x: (-x[1], x[0])):
            print('%4d %s' % (c, t))
    return 0


if __name__ == '__main__':
    sys.exit(main())
